package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

func TestWriteNew(t *testing.T) {
	dir := t.TempDir()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	filetree.Write(t, dir, map[string]string{"old.txt": "old", "sub/keep": "kept"})

	if err := WriteNew(root, "sub/new.txt", []byte("new"), 0o640); err != nil {
		t.Fatalf("WriteNew: %v", err)
	}
	fi, err := os.Stat(filepath.Join(dir, "sub", "new.txt"))
	if err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("WriteNew made %v (%v), want mode -rw-r-----", fi, err)
	}
	if err := WriteNew(root, "old.txt", []byte("clobbered"), 0o644); err == nil {
		t.Error("WriteNew over an existing file succeeded, want an error")
	}
	if err := WriteNew(root, "../outside.txt", []byte("x"), 0o644); err == nil {
		t.Error("WriteNew outside the root succeeded, want an error")
	}
	if err := WriteNew(root, "missing/x.txt", []byte("x"), 0o644); err == nil {
		t.Error("WriteNew into a missing folder succeeded, want an error")
	}
	want := map[string]string{"old.txt": "old", "sub/keep": "kept", "sub/new.txt": "new"}
	if diff := cmp.Diff(want, filetree.Read(t, dir)); diff != "" {
		t.Errorf("folder content mismatch (-want +got):\n%s", diff)
	}
	if _, err := os.Lstat(filepath.Join(filepath.Dir(dir), "outside.txt")); !os.IsNotExist(err) {
		t.Errorf("WriteNew wrote outside the root: %v", err)
	}
}

// TestWriteNewThroughSymlink checks that a symlink inside the root cannot
// lead a write out of it, and that a rename over a symlink replaces the
// link, not the file it points at.
func TestWriteNewThroughSymlink(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "root")
	filetree.Write(t, parent, map[string]string{"target.txt": "the target", "elsewhere/keep": "kept"})
	filetree.Write(t, dir, map[string]string{"tmp": "new"})
	if err := os.Symlink(filepath.Join(parent, "elsewhere"), filepath.Join(dir, "away")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(parent, "target.txt"), filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if err := WriteNew(root, "away/x.txt", []byte("x"), 0o644); err == nil {
		t.Error("WriteNew through a symlink out of the root succeeded, want an error")
	}
	if err := root.Rename("tmp", "link"); err != nil {
		t.Fatalf("rename over a symlink: %v", err)
	}
	SyncDir(root, ".")
	if b, err := os.ReadFile(filepath.Join(parent, "target.txt")); err != nil || string(b) != "the target" {
		t.Errorf("rename over a symlink changed its target: %q, %v", b, err)
	}
	if fi, err := os.Lstat(filepath.Join(dir, "link")); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("rename over a symlink left %v, %v; want a regular file", fi, err)
	}
	want := map[string]string{"keep": "kept"}
	if diff := cmp.Diff(want, filetree.Read(t, filepath.Join(parent, "elsewhere"))); diff != "" {
		t.Errorf("folder outside the root changed (-want +got):\n%s", diff)
	}
}

// TestStopRemovesNewInRoot stops the pending writes after WriteNew made its
// file inside a root: the file is gone, RenameNew refuses, and the target
// keeps its old content.
func TestStopRemovesNewInRoot(t *testing.T) {
	dir := t.TempDir()
	filetree.Write(t, dir, map[string]string{"index.html": "old"})
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	t.Cleanup(func() { pending = tempFiles{} })
	if err := WriteNew(root, ".index.html.tmp-1", []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	pending.stop()
	if err := RenameNew(root, ".index.html.tmp-1", "index.html"); !errors.Is(err, errInterrupted) {
		t.Errorf("RenameNew after stop = %v, want %v", err, errInterrupted)
	}
	if err := WriteNew(root, ".other.tmp-1", []byte("new"), 0o644); !errors.Is(err, errInterrupted) {
		t.Errorf("WriteNew after stop = %v, want %v", err, errInterrupted)
	}
	if diff := cmp.Diff(map[string]string{"index.html": "old"}, filetree.Read(t, dir)); diff != "" {
		t.Errorf("stopped writes changed the folder (-want +got):\n%s", diff)
	}
}

// TestRenameNewForgets checks that a file renamed into place is no longer
// pending: stopping afterwards leaves it.
func TestRenameNewForgets(t *testing.T) {
	dir := t.TempDir()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	t.Cleanup(func() { pending = tempFiles{} })
	if err := WriteNew(root, ".a.tmp-1", []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := RenameNew(root, ".a.tmp-1", "a"); err != nil {
		t.Fatal(err)
	}
	pending.stop()
	if diff := cmp.Diff(map[string]string{"a": "a"}, filetree.Read(t, dir)); diff != "" {
		t.Errorf("stop after rename changed the folder (-want +got):\n%s", diff)
	}
}
