package layout

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Spacing in px.
const (
	margin     = 32 // around the whole picture
	gap        = 20 // between panels
	panelPad   = 16 // inside a panel's frame
	sectionGap = 24 // between header, body, legend and questions
)

// Layout places a diagram within the default limits. The diagram must have
// passed the dsl's checks (or diagram validation); problems that only show
// with real sizes are returned as positioned errors.
func Layout(d *diagram.Diagram) (*scene.Scene, error) {
	return LayoutWithin(d, Limits{})
}

// LayoutWithin places a diagram as Layout does, within the limits lim.
func LayoutWithin(d *diagram.Diagram, lim Limits) (*scene.Scene, error) {
	c := &ctx{lim: lim.withDefaults()}
	s := &scene.Scene{Title: d.Title, Desc: d.Subtitle, Theme: d.Theme}

	var sections []block
	if h, ok := c.header(d); ok {
		sections = append(sections, h)
	}
	if d.Body != nil {
		b := c.panel(d.Body, true)
		sections = append(sections, b)
	}
	if len(d.Legend) > 0 {
		sections = append(sections, c.legend(d.Legend))
	}
	if len(d.Asks) > 0 {
		sections = append(sections, c.asks(d.Asks, sectionsWidth(sections)))
	}
	if d.Script != nil && len(d.Script.Steps) > 0 {
		sections = append(sections, c.captions(d.Script, sectionsWidth(sections)))
	}
	if d.Footer != "" {
		sections = append(sections, c.footer(d.Footer))
	}
	if len(c.errs) > 0 {
		c.errs.Sort()
		return nil, c.errs
	}

	w := sectionsWidth(sections)
	y := float64(margin)
	for i, sec := range sections {
		if i > 0 {
			y += sectionGap
		}
		if sec.kind == "captions" {
			s.Captions = scene.Rect{X: margin, Y: y, W: w, H: sec.H}
		}
		s.Items = append(s.Items, sec.place(margin, y)...)
		y += sec.H
	}
	if len(c.errs) > 0 { // limits passed while drawing plots
		c.errs.Sort()
		return nil, c.errs
	}
	s.Plots = c.plots
	s.Width = max(w+2*margin, d.Width)
	s.Height = max(y+margin, d.Height)
	s.Items = append(s.Items, readingPath(d.Script, s)...)
	return s, nil
}

// ctx carries what the layout of one diagram accumulates.
type ctx struct {
	errs diagram.ErrorList
	// lim holds the limits, used what the diagram has used of them.
	lim  Limits
	used usage
	over passed
	// plots collects the frame of each plot as it is placed.
	plots []scene.PlotFrame
}

func (c *ctx) errorf(pos diagram.Pos, hint, format string, args ...any) {
	c.errs.Add(pos, fmt.Sprintf(format, args...), hint)
}

// block is a measured piece of the picture: its size, and a function that
// returns its items once its top-left corner is known.
type block struct {
	W, H  float64
	kind  string
	place func(x, y float64) []scene.Item
	// resize, when set, returns the same block grown to fill a cell.
	resize func(w, h float64) block
}

func sectionsWidth(bs []block) float64 {
	w := 0.0
	for _, b := range bs {
		w = max(w, b.W)
	}
	return w
}

var (
	inkPaint   = scene.Paint{Tone: diagram.Neutral, Role: scene.Ink}
	mutedInk   = scene.Paint{Tone: diagram.Muted, Role: scene.Ink}
	panelFill  = scene.Paint{Role: scene.Panel}
	borderLine = scene.Paint{Tone: diagram.Muted, Role: scene.Line}
)

// header draws the kicker, the title and the subtitle.
func (c *ctx) header(d *diagram.Diagram) (block, bool) {
	type line struct {
		text  string
		face  scene.FontFace
		size  float64
		paint scene.Paint
		id    string
	}
	var lines []line
	if d.Kicker != "" {
		lines = append(lines, line{d.Kicker, scene.SansBold, text.SizeKicker, scene.Paint{Tone: diagram.Accent, Role: scene.Ink}, "kicker"})
	}
	if d.Title != "" {
		lines = append(lines, line{d.Title, scene.SansBold, text.SizeTitle, inkPaint, "title"})
	}
	if d.Subtitle != "" {
		lines = append(lines, line{d.Subtitle, scene.Sans, text.SizeSubtitle, mutedInk, "subtitle"})
	}
	if len(lines) == 0 {
		return block{}, false
	}
	b := block{kind: "header"}
	for i, l := range lines {
		b.W = max(b.W, text.Measure(l.face, l.size, l.text))
		if i > 0 {
			b.H += 6
		}
		b.H += text.Ascent(l.face, l.size) + text.Descent(l.face, l.size)
	}
	b.place = func(x, y float64) []scene.Item {
		var items []scene.Item
		for i, l := range lines {
			if i > 0 {
				y += 6
			}
			items = append(items, text.Label("", l.text, x, y+text.Ascent(l.face, l.size), scene.Start, l.face, l.size, l.paint))
			y += text.Ascent(l.face, l.size) + text.Descent(l.face, l.size)
		}
		return []scene.Item{&scene.Group{ID: "", Kind: scene.KindHeader, Items: items}}
	}
	return b, true
}

func (c *ctx) footer(s string) block {
	tb := text.Lines(s, scene.Sans, text.SizeSmall)
	return block{W: tb.W, H: tb.H, kind: "footer", place: func(x, y float64) []scene.Item {
		return tb.Place("", x, y, scene.Start, mutedInk)
	}}
}
