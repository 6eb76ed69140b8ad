package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteDir replaces the folder at path with one made by build. build fills
// tmpDir, a fresh folder beside path; when it succeeds, the old folder (if
// any) is renamed to a backup, tmpDir is renamed to path, and the backup is
// removed. When build fails, tmpDir is removed and the old folder is left as
// it was. If path exists and is not a folder, WriteDir refuses to touch it.
//
// The swap takes two renames, so there is a short moment when path does not
// exist; a crash in that moment leaves the old folder under the backup name
// beside path.
func WriteDir(path string, build func(tmpDir string) error) (err error) {
	path = filepath.Clean(path)
	parent, base := filepath.Split(path)
	if parent == "" {
		parent = "."
	}
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return fmt.Errorf("atomicfile: %s exists and is not a folder", path)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err = build(tmp); err != nil {
		return err
	}
	// MkdirTemp makes the folder 0700; give it the usual mode of a folder.
	if err = os.Chmod(tmp, 0o755); err != nil {
		return err
	}

	backup := ""
	if _, statErr := os.Stat(path); statErr == nil {
		backup = tmp + ".old"
		if err = os.Rename(path, backup); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		if backup != "" {
			os.Rename(backup, path)
		}
		return err
	}
	syncDir(parent)
	if backup != "" {
		return os.RemoveAll(backup)
	}
	return nil
}
