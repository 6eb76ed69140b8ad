package site

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/aiprep/diag/curriculum"
)

// isCurriculum reports whether the folder real is laid out as the
// curriculum: it holds a folder named after a layer of the manifest
// (such as "1-foundations").
func isCurriculum(real string) bool {
	for _, l := range curriculum.Layers() {
		if fi, err := os.Stat(filepath.Join(real, l.Dir())); err == nil && fi.IsDir() {
			return true
		}
	}
	return false
}

// readGallery makes a tile for every .diag file under the folder, in
// sections by sub-folder (the top folder first, then the others in path
// order), and reads each file up to max+1 bytes. Hidden folders (.git)
// are skipped, symbolic links to folders are not followed, and a .diag
// name that is not a regular file (following links) is returned in
// skipped instead.
func (s sources) readGallery(max int) (c catalog, skipped []string, err error) {
	title := filepath.Base(filepath.Clean(s.shown))
	if title == "." || title == string(filepath.Separator) {
		title = filepath.Base(s.real)
	}
	c.site = curriculum.Site{Title: title, Subtitle: "Diagrams made with diag"}
	c.gallery = true
	c.noun = "Folder"
	c.storeKey = "diag.studied.v1:" + title
	bySection := map[string]int{}
	var names []string
	err = filepath.WalkDir(s.real, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != s.real && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.EqualFold(filepath.Ext(p), ".diag") {
			return nil
		}
		rel, err := filepath.Rel(s.real, p)
		if err != nil {
			return err
		}
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return catalog{}, nil, fmt.Errorf("site: %w", err)
	}
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
	ids := map[string]bool{}
	for _, rel := range names {
		src, err := readSource(filepath.Join(s.real, filepath.FromSlash(rel)), max)
		switch {
		case errors.Is(err, errNotRegular):
			skipped = append(skipped, rel)
			continue
		case err != nil:
			return catalog{}, nil, fmt.Errorf("site: %w", err)
		}
		dir := path.Dir(rel)
		n, ok := bySection[dir]
		if !ok {
			name := dir
			if dir == "." {
				name = title
			}
			c.sections = append(c.sections, section{Number: len(c.sections) + 1, Name: name, Short: name})
			n = len(c.sections)
			bySection[dir] = n
		}
		id := galleryID(rel, ids)
		c.tiles = append(c.tiles, &tile{
			id:      id,
			section: n,
			tagline: rel,
			kicker:  galleryKicker(title, dir),
			path:    filepath.Join(s.shown, filepath.FromSlash(rel)),
			src:     src,
		})
	}
	for i := range c.sections {
		k := 0
		for _, t := range c.tiles {
			if t.section == i+1 {
				k++
			}
		}
		c.sections[i].Tagline = plural(k, "diagram")
	}
	return c, skipped, nil
}

// galleryID returns the id of the file rel in a gallery: its path without
// the extension, with every character other than a letter, a digit, "-"
// and "_" made "-" and the folders joined by ".", unique among taken (a
// clash gets "-2", "-3"). The id names the diagram's files and its deep
// link, so it holds nothing a URL or a file name would treat specially.
func galleryID(rel string, taken map[string]bool) string {
	segs := strings.Split(strings.TrimSuffix(rel, path.Ext(rel)), "/")
	for i, seg := range segs {
		segs[i] = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
				return r
			}
			return '-'
		}, seg)
	}
	base := strings.Join(segs, ".")
	id := base
	for n := 2; taken[strings.ToLower(id)]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	taken[strings.ToLower(id)] = true
	return id
}

// plural returns "1 diagram" or "n diagrams".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// svgTitleRe finds the <title> of an SVG, compiled on first use.
var svgTitleRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<title>([^<]*)</title>`) })

// svgTitle returns the text of the first <title> of the SVG, unescaped
// and with its spaces folded, or "".
func svgTitle(svg []byte) string {
	start, _, ok := svgElement(svg)
	if !ok {
		return ""
	}
	m := svgTitleRe().FindSubmatch(svg[start:])
	if m == nil {
		return ""
	}
	return strings.Join(strings.Fields(html.UnescapeString(string(m[1]))), " ")
}

// nameTiles titles each tile of a gallery by the <title> its picture
// carries, the diagram's title, or else by its file name.
func (c *catalog) nameTiles() {
	for _, t := range c.tiles {
		t.title = svgTitle(t.static)
		if t.title == "" {
			t.title = strings.TrimSuffix(path.Base(t.tagline), path.Ext(t.tagline))
		}
	}
}

// galleryKicker returns the line above a diagram's title in the viewer:
// the gallery's name, and the folder the diagram is in unless it is the
// top one.
func galleryKicker(title, dir string) string {
	if dir == "." {
		return title
	}
	return title + " · " + dir
}
