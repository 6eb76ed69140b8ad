package layout

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

// lineHeight is the distance between baselines of consecutive lines.
func lineHeight(size float64) float64 { return size * 1.3 }

// ascent returns the font's ascent at a size.
func ascent(f scene.FontFace, size float64) float64 {
	a, _, _ := font.Metrics(font.Face(f), size)
	return a
}

// descent returns the font's descent at a size (positive).
func descent(f scene.FontFace, size float64) float64 {
	_, d, _ := font.Metrics(font.Face(f), size)
	return d
}

// label makes a one-run text line. (x, y) is the anchor point on the
// baseline; the run's X is resolved from the anchor, so renderers never
// measure.
func label(id, s string, x, y float64, anchor scene.Anchor, face scene.FontFace, size float64, paint scene.Paint) *scene.Text {
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
		Ink:  scene.Rect{X: x0, Y: y - ascent(face, size), W: w, H: ascent(face, size) + descent(face, size)},
	}
}

// textBlock is a measured block of lines: the size it needs and a way to
// place it.
type textBlock struct {
	lines []string
	face  scene.FontFace
	size  float64
	W, H  float64
}

// measureLines splits s at newlines and measures every line.
func measureLines(s string, face scene.FontFace, size float64) textBlock {
	lines := strings.Split(s, "\n")
	b := textBlock{lines: lines, face: face, size: size}
	for _, l := range lines {
		b.W = max(b.W, Measure(face, size, l))
	}
	b.H = float64(len(lines)-1)*lineHeight(size) + ascent(face, size) + descent(face, size)
	return b
}

// place returns the lines centred (or anchored) at x, with the block's top
// at y.
func (b textBlock) place(id string, x, y float64, anchor scene.Anchor, paint scene.Paint) []scene.Item {
	var out []scene.Item
	base := y + ascent(b.face, b.size)
	for i, l := range b.lines {
		lid := ""
		if i == 0 {
			lid = id
		}
		out = append(out, label(lid, l, x, base+float64(i)*lineHeight(b.size), anchor, b.face, b.size, paint))
	}
	return out
}

// wrap breaks s into lines no wider than width, at spaces; a word wider than
// width stands on its own line.
func wrap(s string, face scene.FontFace, size, width float64) []string {
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
