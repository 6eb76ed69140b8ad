package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/scene"
)

// contourMark draws the level lines of z = f(x, y), sampled on a grid of
// about 3 px cells.
type contourMark struct{ *diagram.Contour }

func (m contourMark) head() *diagram.MarkHead { return m.Mark() }

func (m contourMark) prepare(pl *plotter) (xs, ys []float64) {
	pl.formula(m.Z)
	return nil, nil
}

func (m contourMark) plot(d *plotDraw) drawn {
	e := d.exprs[m.Z]
	f := func(u, w float64) float64 { return e.Eval(d.sx.inv(u), d.sy.inv(w)) }
	ax, bx := d.sx.fwd(d.sx.lo), d.sx.fwd(d.sx.hi)
	ay, by := d.sy.fwd(d.sy.lo), d.sy.fwd(d.sy.hi)
	nx, ny := max(int(d.w/3), 8), max(int(d.h/3), 8)
	samples := plotmath.Samples(nx, ny)
	if !formulaBudget(d.env, m.Pos, samples, e) {
		return drawn{}
	}
	grid := plotmath.NewGrid(f, ax, bx, ay, by, nx, ny)
	defer func() { spendFormula(d.env, grid.Evals()-samples, e) }() // saddle centres
	var pieces [][]scene.Point
	for _, level := range m.Levels {
		n := 0
		for _, line := range grid.Contour(level) {
			pts := make([]scene.Point, len(line))
			for i, q := range line {
				pts[i] = scene.Point{X: d.sx.lin(q.X), Y: d.sy.lin(q.Y)}
			}
			pieces = append(pieces, pts)
			n += len(pts)
		}
		if !contourBudget(d.env, m.Pos, n) {
			return drawn{}
		}
	}
	paths := d.strokes(pieces, lineStyle(m.Tone, 1.75, m.Dashed))
	var spots []labelSpot
	if len(paths) > 0 && m.Label != "" {
		poly := paths[0].Poly
		spots = append(spots, labelSpot{m.Label, poly[len(poly)/2], []side{sideNE, sideNW, sideSE, sideSW, sideN, sideS}, m.Tone, nil})
	}
	return drawn{items: pathsToItems(paths), spots: spots}
}

func (m contourMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, dashed: m.Dashed}}
}
