package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/scene"
)

// A mark is one mark of a plot, in the manner of gonum/plot's plotters:
// every kind of mark prepares its data, draws itself on the plot and gives
// its legend entries, and the plot treats all marks alike. Each kind is a
// type of its own (curve.go, scatter.go, ...); markOf names them. A new
// kind of mark is one more type and one more line in markOf.
type mark interface {
	// head returns the fields every mark has: its id, label and tone.
	head() *diagram.MarkHead
	// prepare parses the mark's formulas through pl.formula, which
	// reports those that do not parse, and returns the data points that
	// the axes must hold when the plot does not give their ranges.
	prepare(pl *plotter) (xs, ys []float64)
	// plot draws the mark on the plot being placed.
	plot(d *plotDraw) drawn
	// legend returns the mark's entries in the plot's legend; the legend
	// leaves out the entries without a label.
	legend(d *plotDraw) []legendEntry
}

// sampler is a mark drawn from a formula y = f(x): when the plot does not
// give its y range, the range holds the formula's values over the x range.
type sampler interface {
	mark
	// formulaY returns the mark's formula, or nil when it has none.
	formulaY(pl *plotter) *expr.Expr
}

// liner is a mark drawn as one line, under which or between which an area
// can be filled.
type liner interface {
	mark
	// line returns the screen points of the line, left to right as drawn.
	line(d *plotDraw) []scene.Point
}

// drawn is a mark drawn on the plot.
type drawn struct {
	// items are the mark's own, grouped under its id; after are drawn
	// right after it in groups of their own (a path's marker, the centres
	// of blobs).
	items, after []scene.Item
	// under says the mark is a filled area, drawn beneath every line and
	// point; it is labelled in the legend only.
	under bool
	// spots are where the mark's labels go when the plot shows no legend.
	spots []labelSpot
	// free, for a free label, draws it once every mark is drawn, so that
	// it keeps clear of them.
	free func() []scene.Item
}

// markOf returns the mark that draws the model's mark m, or nil for a kind
// the plot does not know.
func markOf(m diagram.PlotMark) mark {
	switch v := m.(type) {
	case *diagram.Curve:
		return curveMark{v}
	case *diagram.Scatter:
		return scatterMark{v}
	case *diagram.PlotPath:
		return pathMark{v}
	case *diagram.PlotArea:
		return areaMark{v}
	case *diagram.Region:
		return regionMark{v}
	case *diagram.Contour:
		return contourMark{v}
	case *diagram.Rule:
		return ruleMark{v}
	case *diagram.PlotLabel:
		return labelMark{v}
	case *diagram.Fit:
		return fitMark{v}
	case *diagram.PlotShape:
		return shapeMark{v}
	case *diagram.Decision:
		return decisionMark{v}
	case *diagram.Field:
		return fieldMark{v}
	case *diagram.PlotPoint:
		return pointMark{v}
	}
	return nil
}
