package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// TestRemoveStale checks that a write removes the temporary files that
// killed writes of the same target left behind, and nothing else: not a
// fresh one (a write in progress), not one of another target, not a name
// that only looks like ours, not a folder or a link.
func TestRemoveStale(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("owners are not told on this system")
	}
	dir := t.TempDir()
	old := time.Now().Add(-2 * staleAge)
	files := map[string]bool{ // name: made old
		".out.svg.tmp-123":         true,
		".out.svg.tmp-4294967295":  true,
		".out.svg.tmp-77":          false, // fresh: a write in progress
		".out.svg.tmp-12a":         true,  // not a number
		".out.svg.tmp-":            true,  // no number
		".out.svg.tmp-12345678901": true,  // longer than any number of ours
		"out.svg.tmp-5":            true,  // not hidden
		".other.svg.tmp-5":         true,  // another target
		".out.svg.tmp-5.bak":       true,
		"notes.txt":                true,
	}
	for name, makeOld := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if makeOld {
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.Mkdir(filepath.Join(dir, ".out.svg.tmp-9"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(dir, ".out.svg.tmp-9"), old, old); err != nil {
		t.Fatal(err)
	}
	// A link to an old file of ours is not ours to remove either.
	if err := os.Symlink(".out.svg.tmp-123", filepath.Join(dir, ".out.svg.tmp-8")); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		path := filepath.Join(dir, ".out.svg.tmp-55")
		if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(path, 4321, 4321); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	want := filetree.Without(filetree.Snapshot(t, dir), []string{".out.svg.tmp-123", ".out.svg.tmp-4294967295"})
	if err := Write(filepath.Join(dir, "out.svg"), []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := filetree.Without(filetree.Snapshot(t, dir), []string{"out.svg"})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Write removed the wrong files (-want +got):\n%s", diff)
	}
}
