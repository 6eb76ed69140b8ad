package atomicfile

import (
	"io"
	"os"
	"path/filepath"
)

// Write writes data to path atomically: it writes a temporary file in the
// same folder, syncs it, sets its mode to perm and renames it over path. On
// any failure the temporary file is removed and an existing file at path is
// left as it was.
func Write(path string, data []byte, perm os.FileMode) error {
	return writeFrom(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeFrom is Write with the content produced by fill, so that tests can
// make the writing fail halfway.
func writeFrom(path string, perm os.FileMode, fill func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmpName, path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir asks the file system to persist the folder's entries (the rename).
// Some systems cannot sync a folder; that is not an error worth reporting.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
