package site

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/aiprep/diag/internal/atomicfile"
)

// The marker is the file in the output folder that lists, one slash path a
// line after its header, the files the last build wrote. A rebuild replaces
// or removes those files and touches nothing else.
const (
	markerName   = ".diag-site"
	markerTemp   = ".diag-site.tmp" // the marker is written here, then renamed
	markerHeader = "# diag site: the files below were written by diag site; a rebuild replaces or removes them and nothing else"
	maxMarker    = 1 << 20
)

// ErrForeign is matched (with errors.Is) by the error of Build when the
// output folder holds files Build did not write that stand in its way: a
// non-empty folder without a marker, or files at names the site writes.
// Options.Force lets Build write the site into it all the same.
var ErrForeign = errors.New("site: the output folder holds files that the site did not write")

// foreignError is the error matched by ErrForeign.
type foreignError struct{ msg string }

func (e *foreignError) Error() string        { return e.msg }
func (e *foreignError) Is(target error) bool { return target == ErrForeign }

// resolvePaths returns the real paths of the curriculum folder dir and of the
// output folder out, with every symlink resolved (for an output folder that
// does not exist yet, in its nearest existing ancestor), and refuses an
// output folder that is, holds, or lies inside the curriculum folder.
func resolvePaths(dir, out string) (realDir, realOut string, err error) {
	realDir, err = filepath.EvalSymlinks(dir)
	if err != nil {
		return "", "", fmt.Errorf("site: folder of diagrams: %w", err)
	}
	if realDir, err = filepath.Abs(realDir); err != nil {
		return "", "", fmt.Errorf("site: %w", err)
	}
	if realOut, err = resolveMissing(out); err != nil {
		return "", "", fmt.Errorf("site: output folder: %w", err)
	}
	if within(realOut, realDir) {
		return "", "", fmt.Errorf("site: output folder %s holds the folder of diagrams %s; pick an output folder outside it", out, dir)
	}
	if within(realDir, realOut) {
		return "", "", fmt.Errorf("site: output folder %s is inside the folder of diagrams %s; pick an output folder outside it, such as ../public", out, dir)
	}
	return realDir, realOut, nil
}

// resolveMissing returns the absolute path of p with every symlink resolved,
// for a p that may not exist yet: the symlinks of its nearest existing
// ancestor are resolved and the missing rest is joined to it.
func resolveMissing(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		real, err := filepath.EvalSymlinks(abs)
		if err == nil {
			return filepath.Join(real, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", err
		}
		rest = filepath.Join(filepath.Base(abs), rest)
		abs = parent
	}
}

// within reports whether path p is folder dir or lies inside it; both are
// absolute and clean.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// plan is an update of an output folder: the files to write, the folders
// they need, and the files of the last build to remove.
type plan struct {
	root    *os.Root
	out     string   // the output folder as the caller named it, for messages
	marked  bool     // the folder holds a marker
	old     []string // the files the marker lists, sorted
	files   files    // the new site
	mkdirs  []string // folders to create, parents first
	stale   []string // files of the last build that the new one does not write
	cleanup []string // leftovers of an interrupted build to remove: the marker's temporary file
}

// writeSite writes files into the folder realOut, which the caller named
// out: each file atomically, the marker listing them last. It removes the
// files of the last build that the new one no longer writes, and nothing
// else. It refuses a folder that holds files of someone else in its way,
// unless force is set; even then it only replaces the files at the names it
// writes.
func writeSite(realOut, out string, content files, force bool) (err error) {
	fi, err := os.Stat(realOut)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(realOut, 0o755); err != nil {
			return fmt.Errorf("site: %w", err)
		}
		defer func() {
			if err != nil {
				os.Remove(realOut) // only if the failed update left it empty
			}
		}()
	case err != nil:
		return fmt.Errorf("site: output folder: %w", err)
	case !fi.IsDir():
		return fmt.Errorf("site: output %s exists and is not a folder", out)
	}
	root, err := os.OpenRoot(realOut)
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	defer root.Close()
	p := &plan{root: root, out: out, files: content}
	if err := p.check(force); err != nil {
		return err
	}
	if err := p.apply(); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	return nil
}

// check reads the marker and fills in the plan, or refuses the update:
// always when a folder or a symlink stands where the site needs a file or a
// folder, and without force when the folder has no marker and is not empty,
// or when a file the site writes exists and is not one the last build wrote.
func (p *plan) check(force bool) error {
	if err := p.readMarker(); err != nil {
		return err
	}
	owned := make(map[string]bool, len(p.old))
	for _, name := range p.old {
		owned[name] = true
	}
	var inWay []string // files of someone else the site would replace
	seenDir := map[string]bool{}
	names := append(p.files.names(), markerName, markerTemp)
	for _, name := range names {
		if err := p.checkParents(name, seenDir); err != nil {
			return err
		}
		fi, err := p.root.Lstat(name)
		switch {
		case errors.Is(err, os.ErrNotExist):
			continue
		case err != nil:
			return fmt.Errorf("site: %w", err)
		case fi.IsDir():
			return fmt.Errorf("site: %s is a folder where the site writes a file; move it away or pick another output folder", p.show(name))
		}
		switch {
		case name == markerName && p.marked:
		case name == markerTemp && p.marked && fi.Mode().IsRegular():
			p.cleanup = append(p.cleanup, name)
		case owned[name] && fi.Mode().IsRegular():
		default:
			inWay = append(inWay, name)
		}
	}
	if !p.marked {
		entries, err := readNames(p.root)
		if err != nil {
			return fmt.Errorf("site: output folder: %w", err)
		}
		if len(entries) > 0 && !force {
			msg := fmt.Sprintf("site: output folder %s is not empty and holds no site built by diag site (it has no %s file): it holds %s",
				p.out, markerName, listSome(entries))
			if len(inWay) > 0 {
				msg += "; the site would replace " + listSome(inWay)
			}
			return &foreignError{msg}
		}
	} else if len(inWay) > 0 && !force {
		return &foreignError{fmt.Sprintf("site: output folder %s holds %s, which the site would replace but did not write",
			p.out, listSome(inWay))}
	}
	p.findStale()
	return nil
}

// checkParents checks the folders above name: each one must be a real
// folder, or missing (then it is to be made). seen remembers the folders
// already checked.
func (p *plan) checkParents(name string, seen map[string]bool) error {
	var parents []string
	for d := path.Dir(name); d != "."; d = path.Dir(d) {
		parents = append(parents, d)
	}
	missing := false
	for _, d := range slices.Backward(parents) {
		if seen[d] {
			continue
		}
		seen[d] = true
		if missing {
			p.mkdirs = append(p.mkdirs, d)
			continue
		}
		fi, err := p.root.Lstat(d)
		switch {
		case errors.Is(err, os.ErrNotExist):
			missing = true
			p.mkdirs = append(p.mkdirs, d)
		case err != nil:
			return fmt.Errorf("site: %w", err)
		case !fi.IsDir():
			return fmt.Errorf("site: %s is not a folder (%s), and the site writes its files into it; move it away or pick another output folder",
				p.show(d), kind(fi.Mode()))
		}
	}
	return nil
}

// findStale lists the files of the last build that the new one does not
// write and that are still what the build left: regular files under real
// folders. A file the user has since replaced by a folder, a symlink or a
// special file is no longer the site's, and stays.
func (p *plan) findStale() {
	for _, name := range p.old {
		if _, ok := p.files[name]; ok || !p.isOwnedFile(name) {
			continue
		}
		p.stale = append(p.stale, name)
	}
}

// isOwnedFile reports whether name is a regular file reached through real
// folders only.
func (p *plan) isOwnedFile(name string) bool {
	for d := path.Dir(name); d != "."; d = path.Dir(d) {
		if fi, err := p.root.Lstat(d); err != nil || !fi.IsDir() {
			return false
		}
	}
	fi, err := p.root.Lstat(name)
	return err == nil && fi.Mode().IsRegular()
}

// readMarker reads the marker of the last build, if the folder has one: a
// regular file whose first line is markerHeader. A marker that lists a path
// outside the folder is refused.
func (p *plan) readMarker() error {
	fi, err := p.root.Lstat(markerName)
	if errors.Is(err, os.ErrNotExist) || err == nil && !fi.Mode().IsRegular() {
		return nil
	}
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	f, err := p.root.Open(markerName)
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxMarker+1))
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if len(data) > maxMarker {
		return fmt.Errorf("site: %s is larger than %d bytes; it cannot be the list of a site's files", p.show(markerName), maxMarker)
	}
	lines := strings.Split(string(data), "\n")
	if lines[0] != markerHeader {
		return nil // a file of someone else that has the marker's name
	}
	p.marked = true
	for i, line := range lines[1:] {
		if line == "" {
			continue
		}
		if !fs.ValidPath(line) || line == "." || line == markerName || line == markerTemp || strings.Contains(line, `\`) {
			return fmt.Errorf("site: %s:%d: %q is not the path of a file inside the folder; fix the line, or delete %s and rebuild with --force",
				p.show(markerName), i+2, line, markerName)
		}
		p.old = append(p.old, line)
	}
	slices.Sort(p.old)
	p.old = slices.Compact(p.old)
	return nil
}

// apply carries out the plan. First the marker lists every file the update
// may leave behind (the old files, the new ones and their temporary files),
// so that a build interrupted at any point leaves a folder whose next build
// knows all its files. Then every new file is written beside its target; if
// any of those writes fails, the temporary files are removed and the site
// stays as it was. Only then are they renamed into place, the stale files
// removed, and the marker rewritten to list the new site alone.
func (p *plan) apply() (err error) {
	for _, name := range p.cleanup {
		if err := p.root.Remove(name); err != nil {
			return err
		}
	}
	names := p.files.names()
	temps := make([]string, len(names))
	for i, name := range names {
		temps[i] = tempName(name)
	}
	var made []string // folders made by this update
	for _, d := range p.mkdirs {
		err := p.root.Mkdir(d, 0o755)
		if err == nil {
			made = append(made, d)
		} else if !errors.Is(err, os.ErrExist) {
			p.undo(nil, made)
			return err
		}
	}
	if err := p.writeMarker(slices.Concat(p.old, names, temps)); err != nil {
		p.undo(nil, made)
		return err
	}
	for i, name := range names {
		if err := atomicfile.WriteNew(p.root, temps[i], p.files[name], 0o644); err != nil {
			p.undo(temps[:i], made)
			return err
		}
	}
	for i, name := range names {
		if err := atomicfile.RenameNew(p.root, temps[i], name); err != nil {
			for _, t := range temps[i:] {
				atomicfile.RemoveNew(p.root, t)
			}
			return err
		}
	}
	for _, name := range p.stale {
		if err := p.root.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	p.removeEmptied()
	for _, d := range p.folders() {
		atomicfile.SyncDir(p.root, d)
	}
	return p.writeMarker(names)
}

// undo takes back an update that failed before any file was in place: it
// removes the temporary files written, puts back the old marker and
// removes the folders made, so that the folder is as it was.
func (p *plan) undo(temps, made []string) {
	for _, t := range temps {
		atomicfile.RemoveNew(p.root, t)
	}
	if p.marked {
		p.writeMarker(p.old)
	} else {
		p.root.Remove(markerName)
	}
	for _, d := range slices.Backward(made) {
		p.root.Remove(d)
	}
}

// removeEmptied removes the folders that the removal of stale files left
// empty, deepest first. A folder that still holds anything stays.
func (p *plan) removeEmptied() {
	var dirs []string
	for _, name := range p.stale {
		for d := path.Dir(name); d != "."; d = path.Dir(d) {
			dirs = append(dirs, d)
		}
	}
	slices.SortFunc(dirs, func(a, b string) int { return strings.Count(b, "/") - strings.Count(a, "/") })
	for _, d := range slices.Compact(dirs) {
		p.root.Remove(d) // fails, as it should, for a folder that is not empty
	}
}

// folders returns the folders whose entries the update changed.
func (p *plan) folders() []string {
	dirs := []string{"."}
	for _, name := range slices.Concat(p.files.names(), p.stale) {
		dirs = append(dirs, path.Dir(name))
	}
	slices.Sort(dirs)
	return slices.Compact(dirs)
}

// writeMarker writes the marker listing names (sorted, without repeats)
// through its temporary file.
func (p *plan) writeMarker(names []string) error {
	names = slices.Clone(names)
	slices.Sort(names)
	names = slices.Compact(names)
	var b strings.Builder
	b.WriteString(markerHeader + "\n")
	for _, name := range names {
		b.WriteString(name + "\n")
	}
	p.root.Remove(markerTemp)
	if err := atomicfile.WriteNew(p.root, markerTemp, []byte(b.String()), 0o644); err != nil {
		return err
	}
	if err := atomicfile.RenameNew(p.root, markerTemp, markerName); err != nil {
		atomicfile.RemoveNew(p.root, markerTemp)
		return err
	}
	atomicfile.SyncDir(p.root, ".")
	return nil
}

// show returns name inside the output folder for a message.
func (p *plan) show(name string) string {
	return filepath.Join(p.out, filepath.FromSlash(name))
}

// tempName returns a fresh name beside name for the file's temporary copy.
func tempName(name string) string {
	var b [8]byte
	rand.Read(b[:])
	dir, base := path.Split(name)
	return dir + "." + base + ".tmp-" + hex.EncodeToString(b[:])
}

// readNames returns the names of the entries of the root folder, sorted,
// with a slash after each folder.
func readNames(root *os.Root) ([]string, error) {
	entries, err := fs.ReadDir(root.FS(), ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() {
			name += "/"
		}
		names = append(names, name)
	}
	return names, nil
}

// listSome lists the first few names, and says how many more there are.
func listSome(names []string) string {
	const few = 4
	if len(names) <= few {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:few], ", "), len(names)-few)
}

// kind names the type of a file for messages.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symlink"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsRegular():
		return "a file"
	}
	return "not a regular file"
}
