package preview

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Options configure a Server.
type Options struct {
	// Path is the watched .diag file or folder.
	Path string

	// Compile turns one source into SVG. name is the file's path as shown
	// to the user, for positions in errors. The Server calls it from one
	// goroutine per file at a time, and from several files at once.
	Compile func(name string, src []byte) ([]byte, error)

	// FormatError returns the text the page and the log show for an error
	// of Compile: the position, the source line with a caret, the hint.
	// Nil shows err.Error().
	FormatError func(src []byte, err error) string

	// MaxSource caps the bytes read of a file. The Server reads one byte
	// more, so that Compile sees the source is too large and says so. Zero
	// means 1 MiB.
	MaxSource int

	// Debounce is how long a file must stay quiet after a change before it
	// is compiled: an editor's save is often several events (a write, a
	// rename), and only the file they leave is drawn. Zero means 20 ms.
	Debounce time.Duration

	// Log receives a line for each picture drawn and each error, for the
	// terminal. Nil discards them.
	Log func(line string)
}

// Defaults of Options.
const (
	defaultMaxSource = 1 << 20
	defaultDebounce  = 20 * time.Millisecond
)

// Server is a live preview of the watched files. Its Handler serves the
// pages; Run watches the files until the server is closed.
type Server struct {
	opts    Options
	root    *os.Root // the watched folder, or the folder of the watched file
	rootDir string   // its path, with symbolic links resolved
	shown   string   // the folder as the user named it, for file names in errors and logs
	only    string   // in file mode, the one name served; "" in folder mode
	watcher *fsnotify.Watcher

	mu     sync.Mutex
	files  map[string]*file // by slash path relative to the root
	closed bool
	done   chan struct{} // closed by Close
}

// file is the state of one file that a page has asked for.
type file struct {
	name string // slash path relative to the root

	// Guarded by Server.mu.
	version int      // counts the states pushed, from 1
	drawn   int      // the version of the last good picture
	svg     []byte   // the last good picture
	errText string   // the error of the last compile; "" when it drew
	sum     [32]byte // hash of the source last compiled
	tried   bool     // compiled at least once
	timer   *time.Timer
	subs    map[chan struct{}]bool // pages to tell of a new version

	compiling sync.Mutex // one compile of this file at a time
}

// New returns a Server for opts.Path, which must be a .diag file or a
// folder. It starts watching at once; call Run to react to changes and
// Close to stop.
func New(opts Options) (*Server, error) {
	if opts.Compile == nil {
		return nil, errors.New("preview: Options.Compile must be set")
	}
	if opts.MaxSource <= 0 {
		opts.MaxSource = defaultMaxSource
	}
	if opts.Debounce <= 0 {
		opts.Debounce = defaultDebounce
	}
	fi, err := os.Stat(opts.Path)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(opts.Path)
	if err != nil {
		return nil, err
	}
	real, err = filepath.Abs(real)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, files: make(map[string]*file), done: make(chan struct{})}
	switch {
	case fi.IsDir():
		s.rootDir, s.shown = real, opts.Path
	case fi.Mode().IsRegular() && strings.EqualFold(filepath.Ext(opts.Path), ".diag"):
		s.rootDir, s.only = filepath.Dir(real), filepath.Base(real)
		s.shown = filepath.Dir(opts.Path)
	default:
		return nil, fmt.Errorf("%s is not a .diag file or a folder", opts.Path)
	}
	if s.root, err = os.OpenRoot(s.rootDir); err != nil {
		return nil, err
	}
	if s.watcher, err = fsnotify.NewWatcher(); err != nil {
		s.root.Close()
		return nil, err
	}
	if err := s.watchTree(s.rootDir); err != nil {
		s.watcher.Close()
		s.root.Close()
		return nil, err
	}
	return s, nil
}

// Only returns the name of the watched file relative to its folder in
// file mode, and "" in folder mode.
func (s *Server) Only() string { return s.only }

// watchTree adds a watch on dir and, in folder mode, on every folder under
// it but hidden ones (.git). Symbolic links to folders are not followed.
func (s *Server) watchTree(dir string) error {
	if s.only != "" {
		return s.watcher.Add(dir)
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // a folder that vanished or cannot be read is not watched
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return s.watcher.Add(p)
	})
}

// Run reacts to changes of the watched files until Close. It returns the
// watcher's error, if one stops it.
func (s *Server) Run() error {
	for {
		select {
		case <-s.done:
			return nil
		case ev, ok := <-s.watcher.Events:
			if !ok {
				return nil
			}
			s.changed(ev)
		case err, ok := <-s.watcher.Errors:
			if !ok {
				return nil
			}
			s.logf("diag watch: %v", err)
		}
	}
}

// Close stops watching, ends every page's stream and releases the folder.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	for _, f := range s.files {
		if f.timer != nil {
			f.timer.Stop()
		}
	}
	s.mu.Unlock()
	err := s.watcher.Close()
	if rerr := s.root.Close(); err == nil {
		err = rerr
	}
	return err
}

// changed handles one event of the watcher: a new folder is watched, and
// a change to a file a page has open schedules its compile.
func (s *Server) changed(ev fsnotify.Event) {
	rel, err := filepath.Rel(s.rootDir, ev.Name)
	if err != nil || !filepath.IsLocal(rel) {
		return
	}
	if ev.Has(fsnotify.Create) && s.only == "" {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() && !strings.HasPrefix(fi.Name(), ".") {
			s.watchTree(ev.Name)
			return
		}
	}
	name := filepath.ToSlash(rel)
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.files[name]
	if f == nil || s.closed {
		return
	}
	if f.timer != nil {
		f.timer.Stop()
	}
	f.timer = time.AfterFunc(s.opts.Debounce, func() { s.compile(f) })
}

// fileFor returns the state of the file name, compiling it first when no
// page asked for it before. name must have passed checkName.
func (s *Server) fileFor(name string) *file {
	s.mu.Lock()
	f := s.files[name]
	if f == nil {
		f = &file{name: name, subs: make(map[chan struct{}]bool)}
		s.files[name] = f
	}
	tried := f.tried
	s.mu.Unlock()
	if !tried {
		s.compile(f)
	}
	return f
}

// compile reads and compiles f, and tells its pages when the result
// differs from what they have.
func (s *Server) compile(f *file) {
	f.compiling.Lock()
	defer f.compiling.Unlock()
	select {
	case <-s.done:
		return
	default:
	}
	shownName := filepath.Join(s.shown, filepath.FromSlash(f.name))
	start := time.Now()
	src, err := s.read(f.name)
	sum := sha256.Sum256(src)
	s.mu.Lock()
	same := err == nil && f.tried && sum == f.sum
	s.mu.Unlock()
	if same {
		return // a save that changed nothing, or the second event of one
	}
	var svg []byte
	var errText string
	if err != nil {
		errText = fmt.Sprintf("%s: %v\n", shownName, err)
	} else if svg, err = s.compileSafely(shownName, src); err != nil {
		errText = s.formatError(src, err)
	}
	took := time.Since(start)

	s.mu.Lock()
	f.tried = true
	f.sum = sum
	f.version++
	f.errText = errText
	if errText == "" {
		f.svg, f.drawn = svg, f.version
	}
	for ch := range f.subs {
		select {
		case ch <- struct{}{}:
		default: // the page has a wake-up pending already
		}
	}
	s.mu.Unlock()

	if errText != "" {
		s.logf("%s", strings.TrimRight(errText, "\n"))
	} else {
		s.logf("%s: drawn in %d ms", shownName, took.Milliseconds())
	}
}

// compileSafely calls Options.Compile, turning a panic into an error, so
// that one bad save cannot stop the server.
func (s *Server) compileSafely(name string, src []byte) (svg []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: compiler panic: %v", name, r)
		}
	}()
	svg, err = s.opts.Compile(name, src)
	if err == nil && !bytes.Contains(svg, []byte("<svg")) {
		err = fmt.Errorf("%s: the compiler returned no <svg> element", name)
	}
	return svg, err
}

func (s *Server) formatError(src []byte, err error) string {
	if s.opts.FormatError != nil {
		return s.opts.FormatError(src, err)
	}
	return err.Error() + "\n"
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		s.opts.Log(fmt.Sprintf(format, args...))
	}
}

// read reads the watched file name through the root, which refuses a name
// or a symbolic link that leads out of the folder. Only a regular file is
// read, and at most MaxSource+1 bytes of it.
func (s *Server) read(name string) ([]byte, error) {
	f, err := s.root.Open(filepath.FromSlash(name))
	if err != nil {
		return nil, cleanPathError(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, cleanPathError(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	return io.ReadAll(io.LimitReader(f, int64(s.opts.MaxSource)+1))
}

// cleanPathError drops the path from err, which the caller names itself.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// state is one message of a page's stream.
type state struct {
	Version int    `json:"version"`
	Drawn   int    `json:"drawn"`         // the version of the picture the page should show
	SVG     string `json:"svg,omitempty"` // the picture, when the page does not have it yet
	Error   string `json:"error"`         // "" when the last compile drew
}

// message returns the stream message for f, given the picture version the
// page already has, and the picture version it will have after it.
func (s *Server) message(f *file, has int) (msg []byte, version, drawn int) {
	s.mu.Lock()
	st := state{Version: f.version, Drawn: f.drawn, Error: f.errText}
	svg := f.svg
	s.mu.Unlock()
	if st.Drawn != has {
		st.SVG = string(svg)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the page parses the text; < need not be \u003c
	enc.Encode(st)           // a struct of strings and ints always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), st.Version, st.Drawn
}

// subscribe returns a channel that receives when f has a new version, and
// the function that ends the subscription.
func (s *Server) subscribe(f *file) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	f.subs[ch] = true
	s.mu.Unlock()
	return ch, func() {
		s.mu.Lock()
		delete(f.subs, ch)
		s.mu.Unlock()
	}
}

// list returns the .diag files under the folder, as slash paths relative
// to it: those of the top folder first, then each folder's in path order;
// in file mode, the one file. Hidden folders are skipped
// and symbolic links are not followed.
func (s *Server) list() []string {
	if s.only != "" {
		return []string{s.only}
	}
	var names []string
	fs.WalkDir(s.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && strings.EqualFold(path.Ext(p), ".diag") {
			names = append(names, p)
		}
		return nil
	})
	// The top folder's files first, then each folder's, in path order.
	slices.SortStableFunc(names, func(a, b string) int {
		da, db := path.Dir(a), path.Dir(b)
		switch {
		case da == db:
			return strings.Compare(a, b)
		case da == ".":
			return -1
		case db == ".":
			return 1
		}
		return strings.Compare(da, db)
	})
	return names
}
