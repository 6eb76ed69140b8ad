package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// ruleMark is a straight line across the plot: vertical at an x, or
// y = f(x) for a linear f.
type ruleMark struct{ *diagram.Rule }

func (m ruleMark) head() *diagram.MarkHead { return m.Mark() }

func (m ruleMark) prepare(pl *plotter) (xs, ys []float64) {
	if !m.Vertical {
		pl.formula(m.Y)
	} else if m.XFormula.Text != "" {
		pl.formula(m.XFormula)
	}
	return nil, nil
}

func (m ruleMark) plot(d *plotDraw) drawn {
	st := lineStyle(m.Tone, ruleWidth, m.Dashed)
	var paths []*scene.Path
	if m.Vertical {
		x := m.X
		if e := d.exprs[m.XFormula]; m.XFormula.Text != "" && e != nil {
			x = e.Eval(0, 0)
		}
		if d.sx.contains(x) {
			px := d.sx.pos(x)
			paths = d.strokes([][]scene.Point{{{X: px, Y: d.area.Bottom()}, {X: px, Y: d.area.Y}}}, st)
		}
	} else {
		paths = d.strokes(d.sample(d.exprs[m.Y], 0, 0, m.Pos), st)
	}
	var spots []labelSpot
	if p, ok := pointAlong(paths, 0.8); ok && m.Label != "" {
		sides := []side{sideNE, sideSW, sideNW, sideSE, sideE, sideW}
		spot := labelSpot{m.Label, p, sides, m.Tone, nil}
		// Further back along the rule, where the first place is crowded.
		for _, frac := range []float64{0.65, 0.5, 0.35, 0.2} {
			if q, ok := pointAlong(paths, frac); ok {
				for _, sd := range sides[:4] {
					spot.extra = append(spot.extra, spotPlace{q, sd})
				}
			}
		}
		spots = append(spots, spot)
	}
	return drawn{items: pathsToItems(paths), spots: spots}
}

func (m ruleMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, dashed: m.Dashed}}
}
