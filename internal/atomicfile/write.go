package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Write writes data to path so that readers see either the old content or
// all of the new, never a mix. What is at path decides how:
//
//   - nothing, or a regular file: data goes into a temporary file in the
//     same folder, which is synced, given mode perm and renamed over path.
//     Temporary files that earlier writes of path left behind when they
//     were killed are removed first (see removeStale).
//   - a symbolic link: it is followed to the file it names, which is
//     written as above, in that file's own folder; the link stays a link.
//   - a FIFO, a character device such as /dev/null or a terminal, or
//     anything reached through /proc, as /dev/stdout is: it is opened and
//     written in place, appending as a shell's >> does. Nothing is
//     created, renamed or truncated.
//   - a folder, a socket or a block device: Write refuses and touches
//     nothing.
//
// On any failure the temporary file is removed and an existing file at path
// is left as it was. A program that calls CleanUpOnSignal also has the
// temporary files of the writes in progress removed when it is interrupted.
func Write(path string, data []byte, perm os.FileMode) error {
	return writeFrom(path, perm, true, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteUnsynced writes data to path as Write does, in one step that
// readers see whole or not at all, but does not wait for the disk: it
// neither syncs the new file nor its folder. A power loss right after it
// may lose the new content, as it may for a file written by most
// compilers, and waiting for the disk can take longer than making the
// file. It is for a file made from others, which a new run makes again,
// such as a compiled picture; a file whose content exists nowhere else,
// such as a rewritten source, is written with Write.
func WriteUnsynced(path string, data []byte, perm os.FileMode) error {
	return writeFrom(path, perm, false, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeFrom is Write, or WriteUnsynced when durable is false, with the
// content produced by fill, so that tests can make the writing fail
// halfway.
func writeFrom(path string, perm os.FileMode, durable bool, fill func(w io.Writer) error) error {
	target, fi, err := follow(path)
	if err != nil {
		return err
	}
	if fi == nil || fi.Mode().IsRegular() && !inProc(target) {
		return replace(target, perm, durable, fill)
	}
	if err := writable(path, fi); err != nil {
		return err
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Target returns the file that Write writes for path: path with its
// symbolic links followed, made absolute. Two paths with the same Target
// are one file to Write.
func Target(path string) string {
	if t, _, err := follow(path); err == nil {
		path = t
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path
}

// maxLinks is how many symbolic links follow follows before it gives up,
// as the system's own lookups do.
const maxLinks = 40

// follow follows the symbolic links at path to the file they name and
// returns that file's path and information, or nil information when it
// does not exist (a new file, or the target of a dangling link). A link
// under /proc, where /dev/stdout and /dev/fd/N lead, is not read but
// returned with the information of what it names: it stands for a file
// that is already open, which may have no path of its own.
func follow(path string) (string, fs.FileInfo, error) {
	orig := path
	for range maxLinks {
		// Resolve the folder first: a link's ".." goes up from where the
		// links lead, not from the path as written.
		if dir, base := split(path); base != "" && base != "." && base != ".." {
			if dir, err := filepath.EvalSymlinks(dir); err == nil {
				path = filepath.Join(dir, base)
			}
		}
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil, nil
		}
		if err != nil {
			return "", nil, err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return path, fi, nil
		}
		if inProc(path) {
			fi, err := os.Stat(path)
			return path, fi, err
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", nil, err
		}
		if !filepath.IsAbs(link) {
			dir, _ := split(path)
			link = dir + string(os.PathSeparator) + link
		}
		path = link
	}
	return "", nil, &fs.PathError{Op: "write", Path: orig, Err: syscall.ELOOP}
}

// split splits path after its last separator, without cleaning the folder
// part as filepath.Split and filepath.Dir do.
func split(path string) (dir, base string) {
	i := len(path) - 1
	for i >= 0 && !os.IsPathSeparator(path[i]) {
		i--
	}
	switch {
	case i < 0:
		return ".", path
	case i == 0:
		return path[:1], path[1:]
	}
	return path[:i], path[i+1:]
}

// inProc reports whether path lies in /proc, whose links name open files.
func inProc(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && strings.HasPrefix(abs, "/proc/")
}

// writable returns an error naming path unless fi, which is not a regular
// file, is something Write writes in place: a FIFO, a character device, or
// a regular file reached through /proc.
func writable(path string, fi fs.FileInfo) error {
	var what string
	switch m := fi.Mode(); {
	case m.IsDir():
		what = "is a folder, not a file"
	case m&fs.ModeSocket != 0:
		what = "is a socket, not a file"
	case m&fs.ModeDevice != 0 && m&fs.ModeCharDevice == 0:
		what = "is a block device, not a file"
	default:
		return nil
	}
	return &fs.PathError{Op: "write", Path: path, Err: errors.New(what)}
}

// replace writes a new regular file at path through a temporary file in the
// same folder and a rename; when durable, it syncs the file before the
// rename and the folder after it.
func replace(path string, perm os.FileMode, durable bool, fill func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base)
	tmp, err := createTemp(dir, base)
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			pending.remove(tmpName)
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if durable {
		if err = syncFile(tmp); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if testHookBeforeRename != nil {
		testHookBeforeRename(tmpName)
	}
	if err = pending.rename(tmpName, path); err != nil {
		return err
	}
	if durable {
		syncDir(dir)
	}
	return nil
}

// syncFile syncs a complete temporary file; a test counts the calls.
var syncFile = (*os.File).Sync

// testHookBeforeRename, when set by a test, is called with the name of the
// complete temporary file just before it is renamed over the target.
var testHookBeforeRename func(tmpName string)

// tempPrefix returns how the names of the temporary files for a target
// named base begin: a dot, so that they are hidden, base, shortened when
// long so that the name stays within the system's limit, and ".tmp-". A
// decimal number follows.
func tempPrefix(base string) string {
	const maxBase = 200
	if len(base) > maxBase {
		base = base[:maxBase]
	}
	return "." + base + ".tmp-"
}

// createTemp creates a new temporary file for base in dir and records it as
// pending.
func createTemp(dir, base string) (*os.File, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, tempPrefix(base)+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := pending.create(name)
		if err == nil || !errors.Is(err, fs.ErrExist) || try == 100 {
			return f, err
		}
	}
}

// staleAge is how old a temporary file must be before a later write of the
// same target takes it for the leftover of a write that was killed: far
// longer than any write takes.
const staleAge = time.Minute

// removeStale removes the temporary files that earlier writes of base left
// in dir when they were killed before they could clean up. It removes only
// regular files named exactly as createTemp names them for base, owned by
// this user and older than staleAge; anything else is left alone, and
// errors are ignored, since the write does not depend on them.
func removeStale(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := tempPrefix(base)
	for _, e := range entries {
		num, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !isDecimal(num) || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || !fi.Mode().IsRegular() || time.Since(fi.ModTime()) < staleAge || !ownedByUs(fi) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// isDecimal reports whether s is a number of one to ten decimal digits, as
// createTemp writes.
func isDecimal(s string) bool {
	if s == "" || len(s) > 10 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
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
