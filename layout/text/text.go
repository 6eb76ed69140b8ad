package text

import (
	"math"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/font"
	"github.com/aiprep/diag/scene"
)

// Type sizes in px used across the picture. No text is smaller than 11 px.
const (
	SizeKicker   = 12
	SizeTitle    = 26
	SizeSubtitle = 15
	SizePanel    = 15 // panel titles
	SizeBody     = 14 // node labels, notes
	SizeSmall    = 12 // edge labels, ticks, legend
	SizeCaption  = 14
)

// Measure returns the advance width of s in a face at a size, from the
// font's real metrics.
func Measure(f scene.FontFace, size float64, s string) float64 {
	return font.Measure(font.Face(f), size, s)
}

// LineHeight is the distance between baselines of consecutive lines.
func LineHeight(size float64) float64 { return size * 1.3 }

// Ascent returns the font's ascent at a size.
func Ascent(f scene.FontFace, size float64) float64 {
	a, _, _ := font.Metrics(font.Face(f), size)
	return a
}

// Descent returns the font's descent at a size (positive).
func Descent(f scene.FontFace, size float64) float64 {
	_, d, _ := font.Metrics(font.Face(f), size)
	return d
}

// Label makes a one-run text line. (x, y) is the anchor point on the
// baseline; the run's X is resolved from the anchor, so renderers never
// measure.
func Label(id, s string, x, y float64, anchor scene.Anchor, face scene.FontFace, size float64, paint scene.Paint) *scene.Text {
	w := Measure(face, size, s)
	x0 := x
	switch anchor {
	case scene.Middle:
		x0 = x - w/2
	case scene.End:
		x0 = x - w
	}
	return &scene.Text{
		ID: id, X: x, Y: y, Anchor: anchor, Size: size, Paint: paint,
		Runs: []scene.Run{{Text: s, Face: face, Size: size, X: x0, Width: w}},
		Ink:  scene.Rect{X: x0, Y: y - Ascent(face, size), W: w, H: Ascent(face, size) + Descent(face, size)},
	}
}

// Block is a measured block of rich text in one face and size (see
// MeasureRich): its lines, and the size the block needs (W, H); Place
// draws it.
type Block struct {
	Face scene.FontFace
	Size float64
	W, H float64
	rich Rich
}

// NumLines returns how many lines the block has.
func (b Block) NumLines() int { return b.rich.NumLines() }

// Lines splits s at newlines and measures every line as rich text: inline
// markup (see diagram.ParseMarkup) becomes runs of their own face, size
// and baseline. Text whose markup does not parse is shown as written; the
// language reports the error before layout.
func Lines(s string, face scene.FontFace, size float64) Block {
	return block(measureRich(s, face, size, math.Inf(1), true), face, size)
}

// PlainLines is Lines for text that is not rich text (a footnote, a
// number): it is drawn as written.
func PlainLines(s string, face scene.FontFace, size float64) Block {
	return Lines(diagram.EscapeMarkup(s), face, size)
}

// Wrapped breaks the rich text s into lines no wider than width (see
// WrapRich) and measures them.
func Wrapped(s string, face scene.FontFace, size, width float64) Block {
	return block(measureRich(s, face, size, width, true), face, size)
}

// PlainWrapped is Wrapped for text that is not rich text.
func PlainWrapped(s string, face scene.FontFace, size, width float64) Block {
	return Wrapped(diagram.EscapeMarkup(s), face, size, width)
}

func block(rt Rich, face scene.FontFace, size float64) Block {
	return Block{Face: face, Size: size, W: rt.W, H: rt.H, rich: rt}
}

// Place returns the lines anchored at x (by their start, middle or end),
// with the block's top at y; the first line takes the id. The background
// of inline code comes before the line it sits behind.
func (b Block) Place(id string, x, y float64, anchor scene.Anchor, paint scene.Paint) []scene.Item {
	var out []scene.Item
	for i, line := range b.PlaceLines(x, y, anchor, paint) {
		if i == 0 {
			line[len(line)-1].(*scene.Text).ID = id
		}
		out = append(out, line...)
	}
	return out
}

// PlaceLines returns the items of each line, as Place does: the line's
// Text last, after the backgrounds of its inline code.
func (b Block) PlaceLines(x, y float64, anchor scene.Anchor, paint scene.Paint) [][]scene.Item {
	out := make([][]scene.Item, b.rich.NumLines())
	for i := range out {
		t, behind := b.rich.Line(i, x, y, anchor, paint)
		out[i] = append(behind, t)
	}
	return out
}

// Wrap breaks s into lines no wider than width, at spaces; a word wider than
// width stands on its own line. It does not read markup.
func Wrap(s string, face scene.FontFace, size, width float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		cur := ""
		for _, w := range words {
			try := w
			if cur != "" {
				try = cur + " " + w
			}
			if cur != "" && Measure(face, size, try) > width {
				lines = append(lines, cur)
				cur = w
				continue
			}
			cur = try
		}
		lines = append(lines, cur)
	}
	return lines
}

// PlaceIn is Place without an id, with every line bound to box, the area
// it must fit in (see scene.Text.Box).
func (b Block) PlaceIn(x, y float64, anchor scene.Anchor, paint scene.Paint, box scene.Rect) []scene.Item {
	return b.rich.Place(x, y, anchor, paint, box)
}
