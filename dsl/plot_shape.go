package dsl

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
)

// ShapeStmt is a filled shape: rect [ID:] (x, y) (x, y), polygon [ID:]
// (x, y)..., or band [ID:] from A to B, then options.
type ShapeStmt struct {
	Span
	Commented
	Kind    string        `parser:"@('rect' | 'polygon' | 'band')"`
	ID      Token         `parser:"( @Ident ':'? )?"`
	Points  []*XY         `parser:"@@*"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

func (*ShapeStmt) plotStmt() {}

// shape converts a rect, polygon or band statement.
func (b *plotBuilder) shape(st *ShapeStmt) {
	c := b.c
	kw := st.Kind
	h, after := b.head(st.Tokens, st.ID)
	usage := "write " + plotHelp.usage[kw]
	pts, ok := b.points(st.Points)
	if !ok {
		return
	}
	out := &diagram.PlotShape{Points: pts}
	allowed := []string{"tone", "label"}
	switch kw {
	case "rect":
		out.Kind = diagram.ShapeRect
		if len(pts) != 2 {
			at := c.next(after)
			if len(pts) > 2 {
				at = st.Points[2].Tokens[0]
			}
			c.errorf(tokenPos(at), usage, "a rect takes two opposite corners, found %d point(s)", len(pts))
			return
		}
	case "polygon":
		out.Kind = diagram.ShapePolygon
		if len(pts) < 3 || len(pts) > diagram.MaxShapePoints {
			at := c.next(after)
			c.errorf(tokenPos(at), usage, fmt.Sprintf("a polygon takes 3 to %d corners, found %%d", diagram.MaxShapePoints), len(pts))
			return
		}
	default:
		out.Kind = diagram.ShapeBand
		allowed = append(allowed, "from")
		if len(pts) > 0 {
			c.errorf(tokenPos(st.Points[0].Tokens[0]), usage, "a band takes a range from A to B, not points")
			return
		}
	}
	o, ok := b.options(kw, st.Options, st.Extra, allowed...)
	if !ok {
		return
	}
	if out.Kind == diagram.ShapeBand {
		if !o.ranged {
			c.errorf(tokenPos(c.next(after)), usage, "a band needs its range: from A to B")
			return
		}
		out.From, out.To = o.from, o.to
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	out.MarkHead = h
	b.add(out)
}
