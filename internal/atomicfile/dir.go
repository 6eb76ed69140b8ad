package atomicfile

import (
	"os"
	"path"
)

// WriteNew creates the file name inside root, which must not exist yet,
// writes data to it, sets its mode to perm and syncs it. On any failure the
// file is removed. WriteNew followed by RenameNew is a write that readers
// never see half done: write a new file beside the target, then rename it
// over the target. The rename replaces the entry at the target itself: a
// symlink there is replaced, never followed, and a FIFO or a device is
// replaced without being opened.
//
// Until RenameNew or RemoveNew takes it, the new file is pending: a
// program that called CleanUpOnSignal removes it when it is interrupted.
func WriteNew(root *os.Root, name string, data []byte, perm os.FileMode) (err error) {
	f, err := pending.createIn(root, name, perm)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			pending.removeIn(root, name)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	return f.Close()
}

// RenameNew renames the file name that WriteNew made inside root over
// target. Once the program is being interrupted it refuses, leaving target
// as it was, and the file is gone.
func RenameNew(root *os.Root, name, target string) error {
	return pending.renameIn(root, name, target)
}

// RemoveNew removes the file name that WriteNew made inside root.
func RemoveNew(root *os.Root, name string) error {
	return pending.removeIn(root, name)
}

// SyncDir asks the file system to persist the entries of the folder name
// inside root: the renames and removals in it. Some systems cannot sync a
// folder; that is not an error worth reporting.
func SyncDir(root *os.Root, name string) {
	d, err := root.Open(path.Clean(name))
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
