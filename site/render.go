package site

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/aiprep/diag/curriculum"
)

//go:embed assets/index.html.tmpl
var indexTemplate string

//go:embed assets/site.css
var siteCSS []byte

//go:embed assets/site.js
var siteJS []byte

//go:embed assets/icon.svg
var iconSVG []byte

// pageTemplate is the page's template, parsed on first use: a process
// that builds no site, such as diag compile, pays nothing for it.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("index.html").Parse(indexTemplate))
})

// files maps the slash-separated path of each output file to its content.
type files map[string][]byte

// names returns the paths in sorted order.
func (fs files) names() []string {
	names := make([]string, 0, len(fs))
	for name := range fs {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// bytes counts the size of the files by kind.
func (fs files) bytes() Bytes {
	var b Bytes
	for name, data := range fs {
		n := int64(len(data))
		switch {
		case strings.HasPrefix(name, "thumbs/"):
			b.Thumbs += n
		case strings.HasPrefix(name, "d/"):
			b.Diagrams += n
		case name == "fonts.css":
			b.Fonts += n
		default:
			b.Page += n
		}
	}
	return b
}

// version returns a short content hash, appended to URLs as ?v= so that a
// static host's cache never serves a stale file after a rebuild.
func version(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:4])
}

// pageData is what the index template renders.
type pageData struct {
	Site     curriculum.Site
	Layers   []layerView
	Authored int
	Total    int
	Counts   string // how many diagrams there are and how many are coming
	Noun     string // what a section is called: "Layer" or "Folder"
	StoreKey string // the localStorage key of the study progress
	CSS      string // URLs with versions
	JS       string
	Fonts    string
}

// layerView is one section of the index: a layer or a folder.
type layerView struct {
	section
	Tiles    []tileView
	Authored int
}

// tileView is one tile of the index.
type tileView struct {
	ID, Title, Tagline string
	Kicker             string
	Authored           bool
	Thumb              string // URL of the thumbnail
	Version            string // version of d/ID.js
	Width, Height      int    // size of the thumbnail, 0 if unknown
	Search             string // lower-case text the filter matches
}

// render makes every file of the site from the compiled tiles of c.
func render(c catalog, fontCSS string) (files, error) {
	fs := files{
		"site.css": siteCSS,
		"site.js":  siteJS,
		"icon.svg": iconSVG,
	}
	if strings.TrimSpace(fontCSS) == "" {
		fontCSS = "/* The shared font of the diagrams goes here. */\n"
	}
	fs["fonts.css"] = []byte(fontCSS)

	data := pageData{
		Site:     c.site,
		Total:    len(c.tiles),
		Noun:     c.noun,
		StoreKey: c.storeKey,
		CSS:      "site.css?v=" + version(siteCSS),
		JS:       "site.js?v=" + version(siteJS),
		Fonts:    "fonts.css?v=" + version(fs["fonts.css"]),
	}
	for _, sec := range c.sections {
		data.Layers = append(data.Layers, layerView{section: sec})
	}
	for _, t := range c.tiles {
		v := tileView{
			ID:      t.id,
			Title:   t.title,
			Tagline: t.tagline,
			Kicker:  t.kicker,
			Search:  searchText(t.title, t.tagline, t.id),
		}
		if t.authored() {
			script, err := diagramScript(t.id, t.svg)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", t.path, err)
			}
			fs["d/"+t.id+".js"] = script
			fs["thumbs/"+t.id+".svg"] = t.static
			v.Authored = true
			v.Version = version(script)
			v.Thumb = "thumbs/" + t.id + ".svg?v=" + version(t.static)
			v.Width, v.Height = svgSize(t.static)
			data.Authored++
		}
		lv := &data.Layers[t.section-1]
		lv.Tiles = append(lv.Tiles, v)
		if v.Authored {
			lv.Authored++
		}
	}
	if c.gallery {
		data.Counts = fmt.Sprintf("%s in %s.", plural(data.Authored, "diagram"), plural(len(data.Layers), "folder"))
	} else {
		data.Counts = fmt.Sprintf("%d of %d diagrams ready, %d coming.", data.Authored, data.Total, data.Total-data.Authored)
	}

	var page bytes.Buffer
	if err := pageTemplate().Execute(&page, data); err != nil {
		return nil, fmt.Errorf("site: index page: %w", err)
	}
	fs["index.html"] = page.Bytes()
	return fs, nil
}

// diagramScript returns the file d/ID.js: one call that hands the diagram's
// markup, as a JSON string, to the page. A script file loads from file://,
// where the page may not fetch.
func diagramScript(id string, svg []byte) ([]byte, error) {
	start, _, ok := svgElement(svg)
	if !ok {
		return nil, fmt.Errorf("no <svg> element")
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.WriteString("window.diagLoaded(")
	if err := enc.Encode(id); err != nil {
		return nil, err
	}
	b.Truncate(b.Len() - 1) // Encode ends with a newline
	b.WriteString(", ")
	if err := enc.Encode(strings.TrimSpace(string(svg[start:]))); err != nil {
		return nil, err
	}
	b.Truncate(b.Len() - 1)
	b.WriteString(");\n")
	return b.Bytes(), nil
}

// svgStart and viewBoxAttr are compiled on first use, as pageTemplate.
var svgStart = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<svg[\s>]`) })

// svgElement returns the offset of the <svg> start tag in data, skipping an
// XML declaration, a doctype and comments, and the offset of the end of the
// start tag.
func svgElement(data []byte) (start, tagEnd int, ok bool) {
	loc := svgStart().FindIndex(data)
	if loc == nil {
		return 0, 0, false
	}
	end := bytes.IndexByte(data[loc[0]:], '>')
	if end < 0 {
		return 0, 0, false
	}
	return loc[0], loc[0] + end + 1, true
}

var viewBoxAttr = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\sviewBox\s*=\s*["']\s*([-+0-9.eE]+)[\s,]+([-+0-9.eE]+)[\s,]+([-+0-9.eE]+)[\s,]+([-+0-9.eE]+)\s*["']`)
})

// svgSize returns the width and height of the viewBox of the SVG, rounded,
// or zeros when it has none.
func svgSize(svg []byte) (w, h int) {
	start, end, ok := svgElement(svg)
	if !ok {
		return 0, 0
	}
	m := viewBoxAttr().FindSubmatch(svg[start:end])
	if m == nil {
		return 0, 0
	}
	fw, err1 := strconv.ParseFloat(string(m[3]), 64)
	fh, err2 := strconv.ParseFloat(string(m[4]), 64)
	if err1 != nil || err2 != nil || fw <= 0 || fh <= 0 || fw > 1e6 || fh > 1e6 {
		return 0, 0
	}
	return int(fw + 0.5), int(fh + 0.5)
}

// shortName cuts a layer name at its first comma or "&", for the compact
// layer chips: "Transformers & LLMs" becomes "Transformers".
func shortName(name string) string {
	if i := strings.IndexAny(name, ",&"); i > 0 {
		return strings.TrimSpace(name[:i])
	}
	return name
}

// dashes turns the dashes and slashes inside words into spaces, so that
// "bias-variance", "bias–variance" and "bias variance" all match the filter.
var dashes = strings.NewReplacer("-", " ", "‐", " ", "‑", " ", "–", " ", "—", " ", "/", " ")

// searchText returns the lower-case text the filter matches: the title,
// the tagline and the id, with dashes made spaces. site.js normalizes the
// query the same way.
func searchText(title, tagline, id string) string {
	return strings.Join(strings.Fields(dashes.Replace(strings.ToLower(title+" "+tagline+" "+id))), " ")
}
