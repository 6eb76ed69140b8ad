package plot

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// pointMark is one point whose coordinates are formulas of constants,
// parameters and counts, drawn with its marker.
type pointMark struct{ *diagram.PlotPoint }

func (m pointMark) head() *diagram.MarkHead { return m.Mark() }

// prepare parses the two formulas and gives the axes the point.
func (m pointMark) prepare(pl *plotter) (xs, ys []float64) {
	ex, ey := pl.formula(m.X), pl.formula(m.Y)
	for _, f := range textFormulas(m.Label, m.Pos) {
		pl.formula(f)
	}
	if ex == nil || ey == nil {
		return nil, nil
	}
	x, y := ex.Eval(0, 0), ey.Eval(0, 0)
	if math.IsNaN(x) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) {
		return nil, nil
	}
	return []float64{x}, []float64{y}
}

// at returns the point in data coordinates, and whether it is a point.
func (m pointMark) at(d *plotDraw) (diagram.XY, bool) {
	ex, ey := d.exprs[m.X], d.exprs[m.Y]
	if ex == nil || ey == nil {
		return diagram.XY{}, false
	}
	q := diagram.XY{X: ex.Eval(0, 0), Y: ey.Eval(0, 0)}
	return q, !math.IsNaN(q.X) && !math.IsNaN(q.Y) && d.inside(q)
}

func (m pointMark) plot(d *plotDraw) drawn {
	q, ok := m.at(d)
	if !ok {
		return drawn{}
	}
	p := d.screen(q)
	dr := drawn{items: []scene.Item{markerItem(m.Marker, p, pathMarker, m.Tone, scene.RoleMark)}}
	if m.Label != "" {
		dr.spots = []labelSpot{{d.fillText(m.Label, m.Pos), p, []side{sideSE, sideNE, sideSW, sideNW, sideE, sideW, sideS, sideN}, m.Tone, nil}}
	}
	return dr
}

func (m pointMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: d.fillText(m.Label, m.Pos), tone: m.Tone, marker: m.Marker}}
}
