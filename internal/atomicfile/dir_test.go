package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

func TestWriteDir(t *testing.T) {
	newFiles := map[string]string{"index.html": "<html>new</html>", "img/a.svg": "<svg/>"}
	tests := []struct {
		name string
		old  map[string]string // nil means no folder before
	}{
		{"new folder", nil},
		{"replace folder", map[string]string{"index.html": "old", "stale.svg": "gone"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			out := filepath.Join(parent, "site")
			if tt.old != nil {
				filetree.Write(t, out, tt.old)
			}
			err := WriteDir(out, func(tmp string) error {
				filetree.Write(t, tmp, newFiles)
				return nil
			})
			if err != nil {
				t.Fatalf("WriteDir: %v", err)
			}
			if diff := cmp.Diff(newFiles, filetree.Read(t, out)); diff != "" {
				t.Errorf("folder content mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{"site"}, filetree.Names(t, parent)); diff != "" {
				t.Errorf("leftovers beside the folder (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteDirBuildFails(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	old := map[string]string{"index.html": "<html>good</html>", "a/b.svg": "<svg>good</svg>"}
	filetree.Write(t, out, old)

	boom := errors.New("page 3 failed")
	err := WriteDir(out, func(tmp string) error {
		filetree.Write(t, tmp, map[string]string{"index.html": "<html>half"})
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("WriteDir error = %v, want %v", err, boom)
	}
	if diff := cmp.Diff(old, filetree.Read(t, out)); diff != "" {
		t.Errorf("old folder changed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"site"}, filetree.Names(t, parent)); diff != "" {
		t.Errorf("temporary folder left behind (-want +got):\n%s", diff)
	}
}

func TestWriteDirOverFileFails(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	if err := os.WriteFile(out, []byte("a file"), 0o644); err != nil {
		t.Fatal(err)
	}
	called := false
	err := WriteDir(out, func(string) error { called = true; return nil })
	if err == nil {
		t.Fatal("WriteDir over a file succeeded, want an error")
	}
	if called {
		t.Error("build was called although the target is a file")
	}
	if got, _ := os.ReadFile(out); string(got) != "a file" {
		t.Errorf("file changed to %q", got)
	}
}
