package layout

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
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
	env := panel.NewEnv(withDefaults(lim))
	env.Consts = d.ConstValues()
	env.Params = sweptParams(d)
	env.Sets = pointSets(d)
	s := &scene.Scene{Title: d.Title, Desc: d.Subtitle, Theme: d.Theme}

	var sections []panel.Block
	captions := -1 // the index of the caption strip among the sections
	bodyAt := -1   // the index of the body among the sections
	if h, ok := header(d); ok {
		sections = append(sections, h)
	}
	cards, left, right := calloutCards(d)
	var body scene.Rect // where the panels went, beside the callouts
	if d.Body != nil {
		gutter := float64(gap)
		if len(d.Connectors) > 0 || len(d.Callouts) > 0 {
			gutter = connectGutter // room for the connectors and their labels
		}
		bodyAt = len(sections)
		sections = append(sections, withCallouts(layoutPanel(env, d.Body, gutter), left, right, &body))
	}
	if len(d.Legend) > 0 {
		sections = append(sections, legend(d.Legend))
	}
	if len(d.Asks) > 0 {
		sections = append(sections, asks(d.Asks, sectionsWidth(sections)))
	}
	if d.Script != nil && len(d.Script.Steps) > 0 {
		captions = len(sections)
		sections = append(sections, captionStrip(d.Script, sectionsWidth(sections)))
	}
	if d.Footer != "" {
		sections = append(sections, footer(d.Footer))
	}
	if errs := env.Errors(); len(errs) > 0 {
		return nil, errs
	}

	w := sectionsWidth(sections)
	y := float64(margin)
	for i, sec := range sections {
		if i > 0 {
			y += sectionGap
		}
		if i == captions {
			s.Captions = scene.Rect{X: margin, Y: y, W: w, H: sec.H}
		}
		if i == bodyAt {
			s.Body = scene.Rect{X: margin, Y: y, W: sec.W, H: sec.H}
		}
		s.Items = append(s.Items, sec.Place(margin, y)...)
		y += sec.H
	}
	if body != (scene.Rect{}) {
		s.Body = body // the panels, without the callouts' columns
	}
	if errs := env.Errors(); len(errs) > 0 { // limits passed while drawing plots
		return nil, errs
	}
	s.Plots = env.Plots()
	s.Sweeps = env.Sweeps()
	s.Width = max(w+2*margin, d.Width)
	s.Height = max(y+margin, d.Height)
	s.Items = append(s.Items, connectors(env, d, s)...)
	s.Items = append(s.Items, callouts(env, cards, s, body)...)
	if errs := env.Errors(); len(errs) > 0 {
		return nil, errs
	}
	s.Items = append(s.Items, readingPath(d.Script, s)...)
	return s, nil
}

func sectionsWidth(bs []panel.Block) float64 {
	w := 0.0
	for _, b := range bs {
		w = max(w, b.W)
	}
	return w
}

// header draws the kicker, the title and the subtitle.
func header(d *diagram.Diagram) (panel.Block, bool) {
	type line struct {
		text  string
		face  scene.FontFace
		size  float64
		paint scene.Paint
	}
	var lines []line
	if d.Kicker != "" {
		lines = append(lines, line{d.Kicker, scene.SansBold, text.SizeKicker, scene.Paint{Tone: diagram.Accent, Role: scene.Ink}})
	}
	if d.Title != "" {
		lines = append(lines, line{d.Title, scene.SansBold, text.SizeTitle, draw.Ink})
	}
	if d.Subtitle != "" {
		lines = append(lines, line{d.Subtitle, scene.Sans, text.SizeSubtitle, draw.MutedInk})
	}
	if len(lines) == 0 {
		return panel.Block{}, false
	}
	var b panel.Block
	for i, l := range lines {
		b.W = max(b.W, text.Measure(l.face, l.size, l.text))
		if i > 0 {
			b.H += 6
		}
		b.H += text.Ascent(l.face, l.size) + text.Descent(l.face, l.size)
	}
	b.Place = func(x, y float64) []scene.Item {
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

// footer draws the footnote under everything else.
func footer(s string) panel.Block {
	tb := text.PlainLines(s, scene.Sans, text.SizeSmall)
	return panel.Block{W: tb.W, H: tb.H, Place: func(x, y float64) []scene.Item {
		return tb.Place("", x, y, scene.Start, draw.MutedInk)
	}}
}

// sweptParams returns the values of the parameters that the animation
// sweeps, by name; nil when it sweeps none.
func sweptParams(d *diagram.Diagram) map[string][]float64 {
	if d.Script == nil {
		return nil
	}
	var out map[string][]float64
	var visit func(list []*diagram.Action)
	visit = func(list []*diagram.Action) {
		for _, a := range list {
			if a == nil {
				continue
			}
			if a.Kind == diagram.Sweep {
				for _, p := range d.Params() {
					if p.Name == a.Param {
						if out == nil {
							out = map[string][]float64{}
						}
						out[p.Name] = p.Sweep
					}
				}
			}
			visit(a.Actions)
		}
	}
	for _, st := range d.Script.Steps {
		if st != nil {
			visit(st.Actions)
		}
	}
	return out
}

// pointSets returns the points marks with listed points of every plot, by
// id: the sets a count in a formula counts.
func pointSets(d *diagram.Diagram) map[string][]diagram.XY {
	var out map[string][]diagram.XY
	diagram.Inspect(d.Body, func(e diagram.Element) bool {
		if s, ok := e.(*diagram.Scatter); ok && s.ID != "" && len(s.Points) > 0 {
			if out == nil {
				out = map[string][]diagram.XY{}
			}
			out[s.ID] = s.Points
		}
		return true
	})
	return out
}
