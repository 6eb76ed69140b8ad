package filetree

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSnapshot(t *testing.T) {
	root := t.TempDir()
	Write(t, root, map[string]string{"a/b.txt": "b", "c.txt": "c"})
	if err := os.Symlink("a/b.txt", filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	before := Snapshot(t, root)
	got := map[string]string{}
	for name, e := range before {
		got[name] = e.Mode.Type().String() + " " + e.Content + e.Link
	}
	want := map[string]string{"a": "d--------- ", "a/b.txt": "---------- b", "c.txt": "---------- c", "link": "L--------- a/b.txt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Snapshot mismatch (-want +got):\n%s", diff)
	}

	// Rewriting a file with the same bytes, through a new file, shows.
	p := filepath.Join(root, "c.txt")
	if err := os.WriteFile(p+".new", []byte("c"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(p+".new", p); err != nil {
		t.Fatal(err)
	}
	after := Snapshot(t, root)
	if cmp.Equal(before["c.txt"], after["c.txt"]) && before["c.txt"].Inode != 0 {
		t.Errorf("Snapshot does not tell a replaced file from the old one: %+v", after["c.txt"])
	}
	if diff := cmp.Diff(Without(before, []string{"c.txt"}), Without(after, []string{"c.txt"})); diff != "" {
		t.Errorf("Snapshot of untouched entries changed (-before +after):\n%s", diff)
	}
}
