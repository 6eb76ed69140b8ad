package curriculum

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

//go:embed layers.tsv
var layersTSV string

//go:embed ids.tsv
var idsTSV string

//go:embed site.tsv
var siteTSV string

// A Layer is one of the eight sections of the curriculum.
type Layer struct {
	Number  int    // 1 to 8, in study order
	Name    string // e.g. "Foundations"
	Tagline string // one sentence under the name
	Slug    string // e.g. "foundations", "rag-agents-generative"
}

// Dir returns the name of the layer's folder, e.g. "1-foundations".
func (l Layer) Dir() string {
	return fmt.Sprintf("%d-%s", l.Number, l.Slug)
}

// An Entry is one diagram of the curriculum.
type Entry struct {
	Layer   int    // number of the layer the diagram belongs to
	ID      string // stable slug: file name and link target
	Title   string // fixed title, used verbatim
	Tagline string // fixed tagline, used verbatim
}

// Site holds the texts of the study site's header.
type Site struct {
	Title    string // e.g. "AI Interview Prep"
	Subtitle string
	Intro    string
}

// manifest is the parsed content of the embedded files.
type manifest struct {
	layers  []Layer
	entries []Entry
	byID    map[string]int
	site    Site
}

var (
	loadOnce sync.Once
	loaded   *manifest
)

// load parses the embedded files once. The files ship with the package and
// are checked by its tests, so a malformed file is a programming error.
func load() *manifest {
	loadOnce.Do(func() {
		m, err := parse(layersTSV, idsTSV, siteTSV)
		if err != nil {
			panic("curriculum: " + err.Error())
		}
		loaded = m
	})
	return loaded
}

// parse builds a manifest from the text of the three files.
func parse(layersText, idsText, siteText string) (*manifest, error) {
	m := &manifest{byID: make(map[string]int)}
	for _, row := range rows(layersText) {
		if len(row.fields) != 3 {
			return nil, fmt.Errorf("layers.tsv:%d: want 3 fields, got %d", row.line, len(row.fields))
		}
		n, err := strconv.Atoi(row.fields[0])
		if err != nil || n != len(m.layers)+1 {
			return nil, fmt.Errorf("layers.tsv:%d: layer number %q out of order", row.line, row.fields[0])
		}
		m.layers = append(m.layers, Layer{Number: n, Name: row.fields[1], Tagline: row.fields[2], Slug: slug(row.fields[1])})
	}
	for _, row := range rows(idsText) {
		if len(row.fields) != 4 {
			return nil, fmt.Errorf("ids.tsv:%d: want 4 fields, got %d", row.line, len(row.fields))
		}
		n, err := strconv.Atoi(row.fields[0])
		if err != nil || n < 1 || n > len(m.layers) {
			return nil, fmt.Errorf("ids.tsv:%d: unknown layer %q", row.line, row.fields[0])
		}
		id := row.fields[1]
		if _, dup := m.byID[id]; dup {
			return nil, fmt.Errorf("ids.tsv:%d: duplicate id %q", row.line, id)
		}
		m.byID[id] = len(m.entries)
		m.entries = append(m.entries, Entry{Layer: n, ID: id, Title: row.fields[2], Tagline: row.fields[3]})
	}
	for _, row := range rows(siteText) {
		if len(row.fields) != 2 {
			return nil, fmt.Errorf("site.tsv:%d: want 2 fields, got %d", row.line, len(row.fields))
		}
		switch key, value := row.fields[0], row.fields[1]; key {
		case "title":
			m.site.Title = value
		case "subtitle":
			m.site.Subtitle = value
		case "intro":
			m.site.Intro = value
		default:
			return nil, fmt.Errorf("site.tsv:%d: unknown key %q", row.line, key)
		}
	}
	return m, nil
}

// row is one data line of a tab-separated file.
type row struct {
	line   int
	fields []string
}

// rows splits text into tab-separated rows, skipping blank lines and
// comment lines that start with "#".
func rows(text string) []row {
	var out []row
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, row{line: i + 1, fields: strings.Split(line, "\t")})
	}
	return out
}

// slug lower-cases name, drops "&" and punctuation, and joins the words
// with "-": "RAG, Agents & Generative" becomes "rag-agents-generative".
func slug(name string) string {
	var words []string
	for _, w := range strings.Fields(name) {
		var b strings.Builder
		for _, r := range strings.ToLower(w) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	return strings.Join(words, "-")
}
