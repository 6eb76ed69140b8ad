package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/scene"
)

// regionMark shades the half-plane where a linear inequality holds.
type regionMark struct{ *diagram.Region }

func (m regionMark) head() *diagram.MarkHead { return m.Mark() }

func (m regionMark) prepare(pl *plotter) (xs, ys []float64) {
	pl.formula(m.Lhs)
	pl.formula(m.Rhs)
	return nil, nil
}

func (m regionMark) plot(d *plotDraw) drawn {
	lhs, rhs := d.exprs[m.Lhs], d.exprs[m.Rhs]
	f := func(x, y float64) float64 { return lhs.Eval(x, y) - rhs.Eval(x, y) }
	c := f(0, 0)
	a, b := f(1, 0)-c, f(0, 1)-c
	if m.Less {
		a, b, c = -a, -b, -c
	}
	r := plotmath.Rect{X: d.sx.lo, Y: d.sy.lo, W: d.sx.hi - d.sx.lo, H: d.sy.hi - d.sy.lo}
	half := plotmath.ClipHalfPlane(plotmath.RectPolygon(r), a, b, c)
	if len(half) < 3 {
		return drawn{under: true}
	}
	var poly []scene.Point
	steps := 1
	if d.sx.log || d.sy.log {
		steps = 32 // straight in data space is curved on a log axis
	}
	for i, p := range half {
		q := half[(i+1)%len(half)]
		for s := range steps {
			t := float64(s) / float64(steps)
			poly = append(poly, d.screen(diagram.XY{X: p.X + t*(q.X-p.X), Y: p.Y + t*(q.Y-p.Y)}))
		}
	}
	p := d.fill(poly, m.Tone)
	if p == nil {
		return drawn{under: true}
	}
	return drawn{items: []scene.Item{p}, under: true}
}

func (m regionMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, fill: true}}
}
