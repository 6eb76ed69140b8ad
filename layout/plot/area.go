package plot

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// areaMark fills the area under a curve or path (down to zero, or to the
// edge of the plot when zero is out of range), or between two of them.
type areaMark struct{ *diagram.PlotArea }

func (m areaMark) head() *diagram.MarkHead { return m.Mark() }

func (m areaMark) prepare(pl *plotter) (xs, ys []float64) { return nil, nil }

func (m areaMark) plot(d *plotDraw) drawn {
	upper := d.linePoints(m.Upper)
	if len(upper) < 2 {
		return drawn{under: true}
	}
	poly := append([]scene.Point(nil), upper...)
	if m.HasBase {
		base := d.sy.pos(m.Base)
		switch {
		case d.sy.log && m.Base <= 0 || math.IsNaN(base):
			base = d.area.Bottom()
		default:
			base = max(min(base, d.area.Bottom()+1), d.area.Y-1)
		}
		poly = append(poly, scene.Point{X: upper[len(upper)-1].X, Y: base}, scene.Point{X: upper[0].X, Y: base})
	} else if m.Lower != "" {
		lower := d.linePoints(m.Lower)
		for i := len(lower) - 1; i >= 0; i-- {
			poly = append(poly, lower[i])
		}
	} else {
		base := d.area.Bottom()
		if !d.sy.log && d.sy.contains(0) {
			base = d.sy.pos(0)
		} else if !d.sy.log && d.sy.hi < 0 {
			base = d.area.Y
		}
		poly = append(poly, scene.Point{X: upper[len(upper)-1].X, Y: base}, scene.Point{X: upper[0].X, Y: base})
	}
	p := d.fill(poly, m.Tone)
	if p == nil {
		return drawn{under: true}
	}
	return drawn{items: []scene.Item{p}, under: true}
}

func (m areaMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, fill: true}}
}
