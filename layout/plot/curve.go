package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/scene"
)

// curveMark is the graph of y = f(x) over the x range, or a part of it,
// sampled adaptively and cut at poles.
type curveMark struct{ *diagram.Curve }

func (m curveMark) head() *diagram.MarkHead { return m.Mark() }

func (m curveMark) prepare(pl *plotter) (xs, ys []float64) {
	pl.formula(m.Y)
	return nil, nil
}

func (m curveMark) formulaY(pl *plotter) *expr.Expr { return pl.exprs[m.Y] }

func (m curveMark) line(d *plotDraw) []scene.Point {
	var out []scene.Point
	for _, pc := range d.sample(d.exprs[m.Y], m.From, m.To, m.Pos) {
		out = append(out, pc...)
	}
	return out
}

func (m curveMark) plot(d *plotDraw) drawn {
	paths := d.strokes(d.sample(d.exprs[m.Y], m.From, m.To, m.Pos), lineStyle(m.Tone, curveWidth, m.Dashed))
	return drawn{items: pathsToItems(paths), spots: lineSpots(paths, m.Label, m.Tone)}
}

// lineSpots returns where the label of a line drawn as paths goes: by its
// last point inside the plot, or further back along it when that end is
// crowded.
func lineSpots(paths []*scene.Path, label string, tone diagram.Tone) []labelSpot {
	p, ok := lastInside(paths)
	if !ok || label == "" {
		return nil
	}
	spot := labelSpot{label, p, []side{sideNW, sideSW, sideN, sideS, sideW, sideNE, sideSE}, tone, nil}
	for _, frac := range []float64{0.9, 0.75, 0.6, 0.45, 0.3} {
		if q, ok := pointAlong(paths, frac); ok {
			for _, sd := range []side{sideNW, sideSE, sideNE, sideSW} {
				spot.extra = append(spot.extra, spotPlace{q, sd})
			}
		}
	}
	return []labelSpot{spot}
}

func (m curveMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, dashed: m.Dashed}}
}
