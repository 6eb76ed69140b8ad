package filetree

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Entry is what Snapshot records of one entry of a tree: enough to tell
// whether anything changed it, replaced it or merely rewrote it with the
// same bytes.
type Entry struct {
	Mode    fs.FileMode // type and permission bits
	Content string      // a regular file's bytes
	Link    string      // a symlink's target
	Inode   uint64      // the file's identity on systems that have one; 0 for folders
	ModTime time.Time   // last change of the content; zero for folders
}

// Snapshot returns every entry under root (root itself excluded) by slash
// path relative to root. Symlinks are recorded, never followed. A folder's
// inode and time are left out: they change whenever an entry is added to
// or removed from it, which says nothing about the entries it holds. Any
// error fails the test.
func Snapshot(t testing.TB, root string) map[string]Entry {
	t.Helper()
	tree := map[string]Entry{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		e := Entry{Mode: fi.Mode()}
		switch {
		case fi.Mode().IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			e.Content = string(b)
		case fi.Mode()&fs.ModeSymlink != 0:
			if e.Link, err = os.Readlink(p); err != nil {
				return err
			}
		}
		if !fi.IsDir() {
			e.Inode = inode(fi)
			e.ModTime = fi.ModTime()
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		tree[filepath.ToSlash(rel)] = e
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// Without returns a copy of tree without the entries named in names.
func Without(tree map[string]Entry, names []string) map[string]Entry {
	out := make(map[string]Entry, len(tree))
	for k, v := range tree {
		out[k] = v
	}
	for _, n := range names {
		delete(out, n)
	}
	return out
}
