package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// shapeMark fills a rectangle, a polygon or a vertical band, beneath the
// lines and points, with its label in its middle.
type shapeMark struct{ *diagram.PlotShape }

func (m shapeMark) head() *diagram.MarkHead { return m.Mark() }

// prepare gives the axes the shape's corners; a band spans whatever y
// range the plot has, so it gives only its x range.
func (m shapeMark) prepare(pl *plotter) (xs, ys []float64) {
	if m.Kind == diagram.ShapeBand {
		return []float64{m.From, m.To}, nil
	}
	for _, q := range m.Points {
		xs, ys = append(xs, q.X), append(ys, q.Y)
	}
	return xs, ys
}

// corners returns the shape's outline in data coordinates.
func (m shapeMark) corners(d *plotDraw) []diagram.XY {
	switch m.Kind {
	case diagram.ShapeRect:
		a, b := m.Points[0], m.Points[1]
		return []diagram.XY{a, {X: b.X, Y: a.Y}, b, {X: a.X, Y: b.Y}}
	case diagram.ShapeBand:
		lo, hi := max(m.From, d.sx.lo), min(m.To, d.sx.hi)
		if !(lo < hi) {
			return nil
		}
		return []diagram.XY{{X: lo, Y: d.sy.lo}, {X: hi, Y: d.sy.lo}, {X: hi, Y: d.sy.hi}, {X: lo, Y: d.sy.hi}}
	}
	return m.Points
}

func (m shapeMark) plot(d *plotDraw) drawn {
	cs := m.corners(d)
	if len(cs) < 3 {
		return drawn{under: true}
	}
	// Straight edges in data space bend on a log axis: follow them.
	steps := 1
	if d.sx.log || d.sy.log {
		steps = 32
	}
	var poly []scene.Point
	for i, p := range cs {
		q := cs[(i+1)%len(cs)]
		for s := range steps {
			t := float64(s) / float64(steps)
			poly = append(poly, d.screen(diagram.XY{X: p.X + t*(q.X-p.X), Y: p.Y + t*(q.Y-p.Y)}))
		}
	}
	p := d.fill(poly, m.Tone)
	if p == nil {
		return drawn{under: true}
	}
	if m.Kind != diagram.ShapeBand {
		// A thin edge in the shape's tone keeps neighbours of one tone,
		// such as two leaves of one class, apart.
		p.Style.Stroke, p.Style.StrokeWidth = scene.Paint{Tone: m.Tone, Role: scene.Line}, 1
	}
	dr := drawn{items: []scene.Item{p}, under: true}
	if m.Label != "" {
		b := p.Bounds()
		mid := scene.Point{X: b.X + b.W/2, Y: b.Y + b.H/2}
		dr.spots = []labelSpot{{m.Label, mid, []side{sideC, sideN, sideS}, m.Tone, nil}}
	}
	return dr
}

func (m shapeMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, fill: true}}
}
