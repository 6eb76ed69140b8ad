package dsl

import (
	"strings"
	"unicode/utf8"

	"github.com/aiprep/diag/diagram"
)

// PointStmt is one point whose coordinates are formulas: point [ID:]
// (FORMULA, FORMULA) [marker M] [tone T] ["label"]. The coordinates are
// one parenthesised formula of the grammar, split at its comma.
type PointStmt struct {
	Span
	Commented
	ID      Token         `parser:"'point' ( @Ident ':' | (?! '(') @Ident )?"`
	At      *Formula      `parser:"@@?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

func (*PointStmt) plotStmt() {}

// point converts "point [ID:] (FORMULA, FORMULA) [options]".
func (b *plotBuilder) formulaPoint(st *PointStmt) {
	c := b.c
	h, after := b.head(st.Tokens, st.ID)
	usage := "write " + plotHelp.usage["point"]
	if st.At == nil {
		t := c.next(after)
		c.errorf(tokenPos(t), usage, "point needs (x, y), found %s", describe(t))
		return
	}
	f := c.formula(st.At.Span)
	x, y, ok := splitPair(f)
	if !ok {
		c.errorAt(f.Pos, usage+": two formulas in parentheses, split by a comma", "point needs (x, y)")
		return
	}
	for _, g := range []diagram.Formula{x, y} {
		e, good := c.parseFormula(g)
		if !good {
			return
		}
		if e.UsesX() || e.UsesY() {
			c.errorAt(g.Pos, "a point's coordinates are numbers: use constants, parameters and count(SET, CONDITION), not x or y", "a point's formula uses x or y")
			return
		}
	}
	o, ok := b.options("point", st.Options, st.Extra, "tone", "marker", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	if !b.textFormulas(st.Options, h.Label) {
		return
	}
	m := diagram.MarkerDot
	if o.markerSet {
		m = o.marker
	}
	b.add(&diagram.PlotPoint{MarkHead: h, X: x, Y: y, Marker: m})
}

// splitPair splits the formula "(A, B)" at its comma outside inner
// parentheses into A and B, each positioned at its first character.
func splitPair(f diagram.Formula) (x, y diagram.Formula, ok bool) {
	s := f.Text
	if len(s) < 2 || s[0] != '(' || s[len(s)-1] != ')' {
		return x, y, false
	}
	depth, comma := 0, -1
	for i := 1; i < len(s)-1; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				if comma >= 0 {
					return x, y, false
				}
				comma = i
			}
		}
		if depth < 0 {
			return x, y, false
		}
	}
	if comma < 0 {
		return x, y, false
	}
	part := func(from, to int) diagram.Formula {
		t := s[from:to]
		lead := len(t) - len(strings.TrimLeft(t, " \t"))
		p := f.Pos
		p.Col += utf8.RuneCountInString(s[:from+lead])
		return diagram.Formula{Text: strings.TrimSpace(t), Pos: p}
	}
	x, y = part(1, comma), part(comma+1, len(s)-1)
	return x, y, x.Text != "" && y.Text != ""
}
