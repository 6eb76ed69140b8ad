package site

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/atomicfile"
)

// Options configure Build.
type Options struct {
	// Dir is the curriculum folder. It holds one folder per layer, named by
	// curriculum.Layer.Dir (e.g. "1-foundations"), with a file ID.diag for
	// each authored diagram of that layer.
	Dir string

	// Out is the output folder. Build writes the site into a temporary
	// folder beside it and renames that into place, so a failed build leaves
	// the old site untouched.
	Out string

	// Compile turns one .diag file into SVG. name is the file's path, for
	// positions in errors. static=false asks for the animated SVG without an
	// embedded font; static=true asks for the final frame, for thumbnails.
	// Build calls Compile from several goroutines at once.
	Compile func(name string, src []byte, static bool) ([]byte, error)

	// FontCSS is written to fonts.css, which the page loads before its own
	// styles: the place for the one @font-face rule that the inlined diagrams
	// share. Empty writes a file with only a comment.
	FontCSS string
}

// Report says what Build wrote.
type Report struct {
	Entries    int      // entries in the curriculum manifest
	Authored   []string // ids of the entries that have a .diag file, in curriculum order
	ComingSoon int      // entries without a .diag file, shown as "coming soon" tiles
	Unlisted   []string // .diag files under Dir that no entry names at that place, sorted, relative to Dir
	Bytes      Bytes    // size of the output by kind
}

// Bytes counts the bytes of the output by kind.
type Bytes struct {
	Page     int64 // index.html, site.css, site.js, icon.svg
	Fonts    int64 // fonts.css
	Thumbs   int64 // thumbs/*.svg, the static final frames
	Diagrams int64 // d/*.js, the animated diagrams
}

// Total returns the size of the whole site.
func (b Bytes) Total() int64 {
	return b.Page + b.Fonts + b.Thumbs + b.Diagrams
}

// String summarizes the report in one line, e.g.
// "3 of 68 diagrams authored, 65 coming soon; 41.2 kB page, 0.1 kB fonts, 6.0 kB thumbnails, 9.3 kB diagrams".
func (r Report) String() string {
	kb := func(n int64) string { return fmt.Sprintf("%.1f kB", float64(n)/1000) }
	return fmt.Sprintf("%d of %d diagrams authored, %d coming soon; %s page, %s fonts, %s thumbnails, %s diagrams",
		len(r.Authored), r.Entries, r.ComingSoon, kb(r.Bytes.Page), kb(r.Bytes.Fonts), kb(r.Bytes.Thumbs), kb(r.Bytes.Diagrams))
}

// Build compiles the authored diagrams of opts.Dir and writes the study site
// into opts.Out. When any diagram fails to compile, Build returns all the
// errors joined and leaves opts.Out as it was.
func Build(opts Options) (Report, error) {
	if opts.Dir == "" || opts.Out == "" {
		return Report{}, errors.New("site: Options.Dir and Options.Out must be set")
	}
	if opts.Compile == nil {
		return Report{}, errors.New("site: Options.Compile must be set")
	}
	if fi, err := os.Stat(opts.Dir); err != nil {
		return Report{}, fmt.Errorf("site: curriculum folder: %w", err)
	} else if !fi.IsDir() {
		return Report{}, fmt.Errorf("site: curriculum folder %s is not a folder", opts.Dir)
	}

	if err := checkOut(opts.Dir, opts.Out); err != nil {
		return Report{}, err
	}

	tiles, err := readSources(opts.Dir)
	if err != nil {
		return Report{}, err
	}
	unlisted, err := findUnlisted(opts.Dir)
	if err != nil {
		return Report{}, err
	}
	if err := compileAll(tiles, opts.Compile); err != nil {
		return Report{}, err
	}

	files, err := render(tiles, opts.FontCSS)
	if err != nil {
		return Report{}, err
	}
	err = atomicfile.WriteDir(opts.Out, func(tmp string) error {
		return files.write(tmp)
	})
	if err != nil {
		return Report{}, fmt.Errorf("site: %w", err)
	}

	r := Report{Entries: len(tiles), Unlisted: unlisted, Bytes: files.bytes()}
	for _, t := range tiles {
		if t.authored() {
			r.Authored = append(r.Authored, t.entry.ID)
		} else {
			r.ComingSoon++
		}
	}
	return r, nil
}

// checkOut refuses an output folder whose replacement would destroy work:
// the curriculum folder or a folder around it, or an existing folder that
// does not hold a site written by Build.
func checkOut(dir, out string) error {
	absDir, err1 := filepath.Abs(dir)
	absOut, err2 := filepath.Abs(out)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if rel, err := filepath.Rel(absOut, absDir); err == nil && (rel == "." || filepath.IsLocal(rel)) {
		return fmt.Errorf("site: output folder %s holds the curriculum folder %s; pick an output folder outside it", out, dir)
	}
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("site: output folder: %w", err)
	}
	if len(entries) == 0 {
		return nil
	}
	for _, name := range []string{"index.html", "site.js"} {
		if fi, err := os.Stat(filepath.Join(out, name)); err != nil || !fi.Mode().IsRegular() {
			return fmt.Errorf("site: output folder %s is not empty and holds no site; remove it or pick another folder", out)
		}
	}
	return nil
}

// tile is one entry of the manifest with its compiled pictures, if authored.
type tile struct {
	entry  curriculum.Entry
	layer  curriculum.Layer
	path   string // path of the .diag file; empty when not authored
	src    []byte
	svg    []byte // animated SVG for the viewer
	static []byte // final frame for the thumbnail
}

func (t *tile) authored() bool { return t.path != "" }

// readSources makes a tile per manifest entry and reads the .diag files that
// exist.
func readSources(dir string) ([]*tile, error) {
	var tiles []*tile
	for _, e := range curriculum.Entries() {
		l, _ := curriculum.LayerOf(e.Layer)
		t := &tile{entry: e, layer: l}
		p := filepath.Join(dir, l.Dir(), e.ID+".diag")
		src, err := os.ReadFile(p)
		switch {
		case err == nil:
			t.path, t.src = p, src
		case !errors.Is(err, os.ErrNotExist):
			return nil, fmt.Errorf("site: %w", err)
		}
		tiles = append(tiles, t)
	}
	return tiles, nil
}

// findUnlisted returns the .diag files under dir that are not at the place of
// a manifest entry, relative to dir with forward slashes, sorted.
func findUnlisted(dir string) ([]string, error) {
	want := make(map[string]bool)
	for _, e := range curriculum.Entries() {
		l, _ := curriculum.LayerOf(e.Layer)
		want[l.Dir()+"/"+e.ID+".diag"] = true
	}
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".diag" {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); !want[rel] {
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	return out, nil // WalkDir visits in lexical order
}

// compileAll compiles every authored tile twice, on several goroutines. It
// returns the errors of all failed compiles, in curriculum order.
func compileAll(tiles []*tile, compile func(string, []byte, bool) ([]byte, error)) error {
	type job struct {
		t      *tile
		static bool
	}
	var jobs []job
	for _, t := range tiles {
		if t.authored() {
			jobs = append(jobs, job{t, false}, job{t, true})
		}
	}
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				out, err := compileOne(j.t.path, j.t.src, j.static, compile)
				if err != nil {
					errs[i] = err
					continue
				}
				if j.static {
					j.t.static = out
				} else {
					j.t.svg = out
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// compileOne runs compile and checks that the result looks like SVG. A panic
// in compile becomes an error, so one bad diagram cannot stop the build.
func compileOne(path string, src []byte, static bool, compile func(string, []byte, bool) ([]byte, error)) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: compiler panic: %v", path, r)
		}
	}()
	out, err = compile(path, src, static)
	if err != nil {
		return nil, err
	}
	if _, _, ok := svgElement(out); !ok {
		return nil, fmt.Errorf("%s: compiler returned no <svg> element", path)
	}
	return out, nil
}
