package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// labelMark is a free label at a data point, with an optional leader arrow
// to another point. It is placed after every other mark, clear of them
// (plotLabel).
type labelMark struct{ *diagram.PlotLabel }

func (m labelMark) head() *diagram.MarkHead { return m.Mark() }

func (m labelMark) prepare(pl *plotter) (xs, ys []float64) {
	for _, f := range textFormulas(m.Label, m.Pos) {
		pl.formula(f)
	}
	return []float64{m.At.X}, []float64{m.At.Y}
}

func (m labelMark) plot(d *plotDraw) drawn {
	return drawn{free: func() []scene.Item { return d.plotLabel(m.PlotLabel) }}
}

func (m labelMark) legend(d *plotDraw) []legendEntry { return nil }
