package plot

import (
	"errors"
	"fmt"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/scene"
)

// fitMark is a curve computed from the points of a scatter: a
// least-squares polynomial or line, a logistic curve or a moving average.
type fitMark struct{ *diagram.Fit }

func (m fitMark) head() *diagram.MarkHead { return m.Mark() }

// prepare adds nothing to the axes: a fit is drawn within the ranges its
// points set, and an overfitted polynomial is clipped at the plot's edges
// instead of stretching them.
func (m fitMark) prepare(pl *plotter) (xs, ys []float64) { return nil, nil }

// fitted is a computed fit: a function of x drawn across the axis, or the
// points of a moving average.
type fitted struct {
	f    func(x float64) float64
	cost int // operations of one evaluation of f
	pts  []diagram.XY
}

// compute fits the points of the mark's scatter. The error says why the
// points do not determine the fit.
func (m fitMark) compute(d *plotDraw) (fitted, error) {
	var xs, ys []float64
	for _, mk := range d.list {
		sc, ok := mk.(scatterMark)
		if !ok || sc.ID != m.Of {
			continue
		}
		cls, _ := sc.classes(d)
		for _, c := range cls {
			for _, q := range c.pts {
				xs, ys = append(xs, q.X), append(ys, q.Y)
			}
		}
		break
	}
	switch m.Kind {
	case diagram.FitPoly, diagram.FitLinear:
		deg := m.Degree
		if m.Kind == diagram.FitLinear {
			deg = 1
		}
		p, err := plotmath.PolyFit(xs, ys, deg)
		if err != nil {
			return fitted{}, err
		}
		return fitted{f: p.Eval, cost: 2*deg + 2}, nil
	case diagram.FitLogistic:
		l, err := plotmath.LogisticFit(xs, ys)
		if err != nil {
			return fitted{}, err
		}
		return fitted{f: l.Eval, cost: 4}, nil
	}
	var pts []diagram.XY
	for _, p := range plotmath.MovingAverage(xs, ys, m.Window) {
		pts = append(pts, diagram.XY(p))
	}
	if len(pts) < 2 {
		return fitted{}, fmt.Errorf("%w: a moving average needs 2 points, the points have %d", plotmath.ErrFewPoints, len(pts))
	}
	return fitted{pts: pts}, nil
}

// pieces returns the fit as screen polylines, or reports why it cannot be
// drawn when report is set.
func (m fitMark) pieces(d *plotDraw, report bool) [][]scene.Point {
	ft, err := m.compute(d)
	if err != nil {
		if report {
			hint := "fit points whose values are finite"
			switch {
			case errors.Is(err, plotmath.ErrFewPoints) && m.Kind == diagram.FitPoly:
				hint = "lower the degree or fit more points"
			case errors.Is(err, plotmath.ErrFewPoints):
				hint = "fit more points"
			case m.Kind == diagram.FitLogistic:
				hint = "a logistic fit takes points whose y is a label from 0 to 1"
			}
			d.env.Errorf(m.Pos, hint, "cannot fit %s: %v", m.Of, err)
		}
		return nil
	}
	if ft.pts != nil {
		line := make([]scene.Point, 0, len(ft.pts))
		for _, q := range ft.pts {
			if !math.IsNaN(q.X+q.Y) && !math.IsInf(q.X+q.Y, 0) {
				line = append(line, d.screen(q))
			}
		}
		return [][]scene.Point{line}
	}
	evals := 0
	f := func(u float64) float64 { evals++; return ft.f(d.sx.inv(u)) }
	toScreen := func(u, y float64) (float64, float64) { return d.sx.lin(u), d.sy.pos(y) }
	var out [][]scene.Point
	for _, pc := range plotmath.SampleCurve(f, d.sx.fwd(d.sx.lo), d.sx.fwd(d.sx.hi), toScreen, sampleTol) {
		out = append(out, simplify(fromMath(pc), simplifyTol))
	}
	if report && !workBudget(d.env, m.Pos, "fit", evals, ft.cost) {
		return nil
	}
	return out
}

func (m fitMark) line(d *plotDraw) []scene.Point {
	var out []scene.Point
	for _, pc := range m.pieces(d, false) {
		out = append(out, pc...)
	}
	return out
}

func (m fitMark) plot(d *plotDraw) drawn {
	paths := d.strokes(m.pieces(d, true), lineStyle(m.Tone, curveWidth, m.Dashed))
	return drawn{items: pathsToItems(paths), spots: lineSpots(paths, m.Label, m.Tone)}
}

func (m fitMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, dashed: m.Dashed}}
}
