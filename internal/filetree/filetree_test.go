package filetree

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWriteRead(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{"top.txt": "1", "a/b/deep.svg": "<svg/>", "a/empty": ""}
	Write(t, root, files)
	if diff := cmp.Diff(files, Read(t, root)); diff != "" {
		t.Errorf("Read(dir) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{".": "1"}, Read(t, filepath.Join(root, "top.txt"))); diff != "" {
		t.Errorf("Read(file) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "top.txt"}, Names(t, root)); diff != "" {
		t.Errorf("Names mismatch (-want +got):\n%s", diff)
	}
}
