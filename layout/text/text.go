package text

import (
	"strings"

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

// Block is a measured block of lines in one face and size: the lines, and
// the size the block needs (W, H); Place draws it.
type Block struct {
	Lines []string
	Face  scene.FontFace
	Size  float64
	W, H  float64
}

// Lines splits s at newlines and measures every line.
func Lines(s string, face scene.FontFace, size float64) Block {
	lines := strings.Split(s, "\n")
	b := Block{Lines: lines, Face: face, Size: size}
	for _, l := range lines {
		b.W = max(b.W, Measure(face, size, l))
	}
	b.H = float64(len(lines)-1)*LineHeight(size) + Ascent(face, size) + Descent(face, size)
	return b
}

// Place returns the lines anchored at x (by their start, middle or end),
// with the block's top at y; the first line takes the id.
func (b Block) Place(id string, x, y float64, anchor scene.Anchor, paint scene.Paint) []scene.Item {
	var out []scene.Item
	base := y + Ascent(b.Face, b.Size)
	for i, l := range b.Lines {
		lid := ""
		if i == 0 {
			lid = id
		}
		out = append(out, Label(lid, l, x, base+float64(i)*LineHeight(b.Size), anchor, b.Face, b.Size, paint))
	}
	return out
}

// Wrap breaks s into lines no wider than width, at spaces; a word wider than
// width stands on its own line.
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

// Wrapped wraps s at width (see Wrap) and measures the lines.
func Wrapped(s string, face scene.FontFace, size, width float64) Block {
	lines := Wrap(s, face, size, width)
	tb := Block{Lines: lines, Face: face, Size: size}
	for _, l := range lines {
		tb.W = max(tb.W, Measure(face, size, l))
	}
	tb.H = float64(len(lines)-1)*LineHeight(size) + Ascent(face, size) + Descent(face, size)
	return tb
}
