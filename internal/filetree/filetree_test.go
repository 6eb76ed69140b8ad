package filetree

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRead(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"top.txt": "1", "a/b/deep.svg": "<svg/>", "a/empty": ""} {
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(name)), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{"top.txt": "1", "a/b/deep.svg": "<svg/>", "a/empty": ""}
	if diff := cmp.Diff(want, Read(t, root)); diff != "" {
		t.Errorf("Read(dir) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{".": "1"}, Read(t, filepath.Join(root, "top.txt"))); diff != "" {
		t.Errorf("Read(file) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "top.txt"}, Names(t, root)); diff != "" {
		t.Errorf("Names mismatch (-want +got):\n%s", diff)
	}
}
