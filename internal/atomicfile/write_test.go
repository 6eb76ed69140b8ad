package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

func TestWrite(t *testing.T) {
	tests := []struct {
		name string
		old  string // existing content; "" means no file
		data string
	}{
		{"new file", "", "<svg/>"},
		{"replace file", "old content", "<svg>new</svg>"},
		{"empty data", "old", ""},
	}
	syncs := 0
	syncFile = func(f *os.File) error {
		syncs++
		return f.Sync()
	}
	defer func() { syncFile = (*os.File).Sync }()
	writers := []struct {
		name  string
		write func(string, []byte, os.FileMode) error
		syncs int // files synced by one write
	}{{"Write", Write, 1}, {"WriteUnsynced", WriteUnsynced, 0}}
	for _, w := range writers {
		for _, tt := range tests {
			t.Run(w.name+"/"+tt.name, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "out.svg")
				if tt.old != "" {
					if err := os.WriteFile(path, []byte(tt.old), 0o600); err != nil {
						t.Fatal(err)
					}
				}
				syncs = 0
				if err := w.write(path, []byte(tt.data), 0o644); err != nil {
					t.Fatalf("%s: %v", w.name, err)
				}
				if syncs != w.syncs {
					t.Errorf("%s synced %d files, want %d", w.name, syncs, w.syncs)
				}
				got, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.data, string(got)); diff != "" {
					t.Errorf("content mismatch (-want +got):\n%s", diff)
				}
				fi, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := fi.Mode().Perm(), os.FileMode(0o644); got != want {
					t.Errorf("mode = %v, want %v", got, want)
				}
				if diff := cmp.Diff([]string{"out.svg"}, filetree.Names(t, dir)); diff != "" {
					t.Errorf("folder mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestWriteFailsHalfway(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "good.svg")
	const good = "<svg>good</svg>"
	if err := os.WriteFile(path, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk on fire")
	err := writeFrom(path, 0o644, true, func(w io.Writer) error {
		if _, err := w.Write([]byte("<svg>half")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("writeFrom error = %v, want %v", err, boom)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != good {
		t.Errorf("old file changed to %q, want %q", got, good)
	}
	if diff := cmp.Diff([]string{"good.svg"}, filetree.Names(t, dir)); diff != "" {
		t.Errorf("temporary file left behind (-want +got):\n%s", diff)
	}
}

func TestWriteMissingFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "no", "such", "out.svg")
	if err := Write(path, []byte("x"), 0o644); err == nil {
		t.Fatalf("Write(%q) succeeded, want an error", path)
	}
	if diff := cmp.Diff([]string(nil), filetree.Names(t, dir)); diff != "" {
		t.Errorf("folder mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteOverFolderFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.svg")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("x"), 0o644); err == nil {
		t.Fatalf("Write over a folder succeeded, want an error")
	}
	if diff := cmp.Diff([]string{"out.svg"}, filetree.Names(t, dir)); diff != "" {
		t.Errorf("temporary file left behind (-want +got):\n%s", diff)
	}
}
