package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/aiprep/diag/curriculum"
)

// Options configure Build.
type Options struct {
	// Dir is the folder of diagrams. A folder that holds a folder named
	// after a layer of the curriculum (curriculum.Layer.Dir, such as
	// "1-foundations") is the curriculum: a file ID.diag in a layer's folder
	// is the diagram of the manifest's entry ID, and the site shows every
	// entry of the manifest, in its order and layers, with the entries that
	// have no file as "coming soon". Any other folder is a gallery: every
	// .diag file under it, in sections by sub-folder, titled by the title
	// its picture carries (or its file name).
	Dir string

	// Out is the output folder. Build writes each file of the site into
	// it atomically, and lists them in the folder's marker file, .diag-site.
	// A rebuild replaces or removes the files of that list and touches
	// nothing else, so files added beside a site (a .git folder, a CNAME)
	// stay. Build refuses a folder that is not empty and has no marker,
	// unless Force is set. When a diagram fails to compile, Build writes
	// nothing.
	Out string

	// Force lets Build write into a folder that holds files it did not
	// write: a non-empty folder without a marker, or files at names the
	// site writes. It replaces the files at those names, and still neither
	// removes nor changes anything else.
	Force bool

	// Compile turns one .diag file into SVG. name is the file's path, for
	// positions in errors. static=false asks for the animated SVG without an
	// embedded font; static=true asks for the final frame, for thumbnails.
	// Build calls Compile from several goroutines at once.
	Compile func(name string, src []byte, static bool) ([]byte, error)

	// FontCSS returns the content of fonts.css, which the page loads before
	// its own styles: the place for the @font-face rules that the inlined
	// diagrams share. It is given the sources of the authored diagrams, in
	// curriculum order, once they all compiled. Nil, or an empty result,
	// writes a file with only a comment.
	FontCSS func(sources [][]byte) (string, error)

	// MaxSource caps the bytes Build reads of each source. It reads one
	// byte more, so that Compile sees the source is too large and says so.
	// Zero means 1 MiB.
	MaxSource int
}

// defaultMaxSource is the cap on a source when Options.MaxSource is zero.
const defaultMaxSource = 1 << 20

// Report says what Build wrote.
type Report struct {
	Gallery    bool     // the folder was a gallery, not the curriculum
	Sections   int      // layers of the curriculum, or folders of the gallery
	Entries    int      // entries in the curriculum manifest, or diagrams in the gallery
	Authored   []string // ids of the diagrams compiled, in the site's order
	ComingSoon int      // entries without a .diag file, shown as "coming soon" tiles
	Unlisted   []string // .diag files under Dir that no entry names at that place, sorted, relative to Dir
	Skipped    []string // .diag names under Dir that are not regular files (a FIFO, a device), left unread; sorted, relative to Dir
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
// "3 of 68 diagrams authored, 65 coming soon; 41.2 kB page, 0.1 kB fonts, 6.0 kB thumbnails, 9.3 kB diagrams"
// for the curriculum, or "5 diagrams in 3 folders; …" for a gallery.
func (r Report) String() string {
	kb := func(n int64) string { return fmt.Sprintf("%.1f kB", float64(n)/1000) }
	sizes := fmt.Sprintf("%s page, %s fonts, %s thumbnails, %s diagrams", kb(r.Bytes.Page), kb(r.Bytes.Fonts), kb(r.Bytes.Thumbs), kb(r.Bytes.Diagrams))
	if r.Gallery {
		return fmt.Sprintf("%s in %s; %s", plural(len(r.Authored), "diagram"), plural(r.Sections, "folder"), sizes)
	}
	return fmt.Sprintf("%d of %d diagrams authored, %d coming soon; %s", len(r.Authored), r.Entries, r.ComingSoon, sizes)
}

// Build compiles the authored diagrams of opts.Dir and writes the study site
// into opts.Out. When any diagram fails to compile, Build returns the errors
// joined (errors.Join), one for each diagram that failed, as Compile
// returned it, and leaves opts.Out as it was.
func Build(opts Options) (Report, error) {
	if opts.Dir == "" || opts.Out == "" {
		return Report{}, errors.New("site: Options.Dir and Options.Out must be set")
	}
	if opts.Compile == nil {
		return Report{}, errors.New("site: Options.Compile must be set")
	}
	if fi, err := os.Stat(opts.Dir); err != nil {
		return Report{}, fmt.Errorf("site: folder of diagrams: %w", err)
	} else if !fi.IsDir() {
		return Report{}, fmt.Errorf("site: %s is not a folder", opts.Dir)
	}
	dir, out, err := resolvePaths(opts.Dir, opts.Out)
	if err != nil {
		return Report{}, err
	}
	maxSource := opts.MaxSource
	if maxSource <= 0 {
		maxSource = defaultMaxSource
	}

	src := sources{real: dir, shown: opts.Dir}
	var c catalog
	var skipped, unlisted []string
	if isCurriculum(dir) {
		var skippedOther []string
		if c, skipped, err = src.read(maxSource); err != nil {
			return Report{}, err
		}
		if unlisted, skippedOther, err = src.findUnlisted(); err != nil {
			return Report{}, err
		}
		skipped = append(skipped, skippedOther...)
	} else if c, skipped, err = src.readGallery(maxSource); err != nil {
		return Report{}, err
	}
	if err := compileAll(c.tiles, opts.Compile); err != nil {
		return Report{}, err
	}
	if c.gallery {
		c.nameTiles()
	}
	fontCSS, err := fonts(c.tiles, opts.FontCSS)
	if err != nil {
		return Report{}, err
	}
	files, err := render(c, fontCSS)
	if err != nil {
		return Report{}, err
	}
	if err := writeSite(out, opts.Out, files, opts.Force); err != nil {
		return Report{}, err
	}

	r := Report{Gallery: c.gallery, Sections: len(c.sections), Entries: len(c.tiles), Unlisted: unlisted, Bytes: files.bytes()}
	r.Skipped = slices.Sorted(slices.Values(skipped))
	for _, t := range c.tiles {
		if t.authored() {
			r.Authored = append(r.Authored, t.id)
		} else {
			r.ComingSoon++
		}
	}
	return r, nil
}

// fonts returns the content of fonts.css that fontCSS makes for the
// sources of the authored tiles, or "" when fontCSS is nil.
func fonts(tiles []*tile, fontCSS func([][]byte) (string, error)) (string, error) {
	if fontCSS == nil {
		return "", nil
	}
	var sources [][]byte
	for _, t := range tiles {
		if t.authored() {
			sources = append(sources, t.src)
		}
	}
	css, err := fontCSS(sources)
	if err != nil {
		return "", fmt.Errorf("site: fonts.css: %w", err)
	}
	return css, nil
}

// catalog is what a site shows: the texts of its header, its sections
// (the layers of the curriculum, the folders of a gallery) and its tiles
// in order.
type catalog struct {
	site     curriculum.Site
	sections []section
	tiles    []*tile
	gallery  bool   // a folder of diagrams, not the curriculum
	noun     string // what a section is called: "Layer" or "Folder"
	storeKey string // the localStorage key of the study progress
}

// section is one layer or folder of the site.
type section struct {
	Number  int    // 1, 2, … in order
	Name    string // e.g. "Foundations", or a folder's path
	Short   string // name for the chip
	Tagline string
}

// tile is one diagram of the site, with its compiled pictures if authored.
type tile struct {
	id      string // names its files and its deep link
	title   string
	tagline string
	kicker  string // the line above the title in the viewer
	section int    // the number of its section
	path    string // path of the .diag file; empty when not authored
	src     []byte
	svg     []byte // animated SVG for the viewer
	static  []byte // final frame for the thumbnail
}

func (t *tile) authored() bool { return t.path != "" }

// sources is the curriculum folder: real is its path with symlinks
// resolved, which Build reads, and shown the path the caller gave, which
// names the files in errors.
type sources struct {
	real, shown string
}

// errNotRegular is returned by readSource for a name that is not a regular
// file.
var errNotRegular = errors.New("not a regular file")

// read makes the catalog of the curriculum, a tile per manifest entry,
// and reads the .diag files that exist, each up to max+1 bytes. It
// returns the names (relative to the folder) of the entries' files that
// are not regular files, which it skips.
func (s sources) read(max int) (c catalog, skipped []string, err error) {
	c.site = curriculum.SiteText()
	c.noun = "Layer"
	c.storeKey = "aiprep.studied.v1"
	for _, l := range curriculum.Layers() {
		c.sections = append(c.sections, section{Number: l.Number, Name: l.Name, Short: shortName(l.Name), Tagline: l.Tagline})
	}
	for _, e := range curriculum.Entries() {
		l, _ := curriculum.LayerOf(e.Layer)
		t := &tile{id: e.ID, title: e.Title, tagline: e.Tagline, kicker: curriculum.Kicker(e), section: e.Layer}
		rel := l.Dir() + "/" + e.ID + ".diag"
		src, err := readSource(filepath.Join(s.real, filepath.FromSlash(rel)), max)
		switch {
		case err == nil:
			t.path, t.src = filepath.Join(s.shown, filepath.FromSlash(rel)), src
		case errors.Is(err, errNotRegular):
			skipped = append(skipped, rel)
		case !errors.Is(err, os.ErrNotExist):
			return catalog{}, nil, fmt.Errorf("site: %w", err)
		}
		c.tiles = append(c.tiles, t)
	}
	return c, skipped, nil
}

// readSource reads the regular file at p, following symlinks, up to max+1
// bytes. Anything else, such as a FIFO that would block the read or a
// device that never ends, gives errNotRegular.
func readSource(p string, max int) ([]byte, error) {
	if fi, err := os.Stat(p); err != nil {
		return nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, errNotRegular
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, errNotRegular // replaced since the check above
	}
	return io.ReadAll(io.LimitReader(f, int64(max)+1))
}

// findUnlisted returns the .diag files under the folder that are not at the
// place of a manifest entry, and the .diag names that are not regular files
// (following symlinks) and not at such a place, both relative to the folder
// with forward slashes, sorted.
func (s sources) findUnlisted() (unlisted, skipped []string, err error) {
	want := make(map[string]bool)
	for _, e := range curriculum.Entries() {
		l, _ := curriculum.LayerOf(e.Layer)
		want[l.Dir()+"/"+e.ID+".diag"] = true
	}
	err = filepath.WalkDir(s.real, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".diag" {
			return err
		}
		rel, err := filepath.Rel(s.real, p)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); want[rel] {
			return nil // read, or skipped, with the entries
		}
		regular := d.Type().IsRegular()
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			regular = err == nil && fi.Mode().IsRegular()
		}
		if regular {
			unlisted = append(unlisted, rel)
		} else {
			skipped = append(skipped, rel)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("site: %w", err)
	}
	return unlisted, skipped, nil // WalkDir visits in lexical order
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
	// Both compiles of a diagram read the same source: report an error
	// they share once.
	for i := 1; i < len(jobs); i++ {
		if jobs[i].t == jobs[i-1].t && errs[i] != nil && errs[i-1] != nil && errs[i].Error() == errs[i-1].Error() {
			errs[i] = nil
		}
	}
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
