package diag

import (
	"strings"

	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
)

// applySheet fills the common header of a curriculum sheet from the
// manifest: a file that says "sheet bias-variance" gets the kicker, title
// and tagline of that entry, so the words are never copied by hand.
func applySheet(f *dsl.File, d *diagram.Diagram) error {
	for _, st := range f.Stmts {
		h := st.Header
		if h == nil || h.Keyword != "sheet" || len(h.Args) != 1 || h.Args[0].Ident.Value == "" {
			continue
		}
		id := h.Args[0].Ident.Value
		e, ok := curriculum.Lookup(id)
		if !ok {
			pos := f.Position(h.Args[0].Pos())
			return diagram.ErrorList{{Pos: pos, Msg: "unknown curriculum sheet \"" + id + "\"", Hint: sheetHint(id)}}
		}
		d.Kicker = curriculum.Kicker(e)
		if d.Title == "" {
			d.Title = e.Title
		}
		if d.Subtitle == "" {
			d.Subtitle = e.Tagline
		}
	}
	return nil
}

// sheetHint suggests the closest curriculum id.
func sheetHint(id string) string {
	best, bestD := "", 1<<30
	for _, e := range curriculum.Entries() {
		if d := distance(id, e.ID); d < bestD {
			best, bestD = e.ID, d
		}
	}
	if bestD <= max(2, len(id)/3) {
		return "did you mean \"" + best + "\"?"
	}
	return "use an id of the curriculum manifest (curriculum/ids.tsv)"
}

// distance is the Levenshtein distance between two strings, in runes.
func distance(a, b string) int {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
