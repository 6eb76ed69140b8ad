package panel

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
)

// Limits caps the work of a layout, all panels together, so that no
// diagram within the model's counts takes minutes or gigabytes. A diagram
// past a cap is refused with an error at the element that passes it,
// before the work that would pass it is done.
type Limits struct {
	// MaxLayoutDummies caps the dummy nodes of the graphs' layered
	// layouts: an edge between ranks r and r+k passes k-1 ranks and needs
	// a dummy node in each (see layered.Options.MaxDummies).
	MaxLayoutDummies int
	// MaxCrossingWork caps the work of the graphs' crossing reduction: the
	// nodes and edges of each layered graph times the sweeps over them (see
	// layered.Options.MaxOrderWork).
	MaxCrossingWork int
	// MaxContourVertices caps the points of all contour lines.
	MaxContourVertices int
	// MaxFormulaWork caps the work of evaluating plot formulas: every
	// evaluation costs the operations of the formula (expr.Expr.Cost), and
	// a contour evaluates its formula on a grid of about 3 px cells, a
	// curve at up to tens of thousands of points.
	MaxFormulaWork int
	// MaxSweepDrawings caps the marks drawn again for the values of the
	// parameters the animation sweeps: a mark that uses a parameter of K
	// values is drawn K − 1 more times. The formula work of those
	// drawings counts towards MaxFormulaWork too.
	MaxSweepDrawings int
	// Raise, when set, gives the last words of the hint of an error that
	// reports a limit: how to raise the limit.
	// When nil, the hint says to raise the Limits field.
	Raise func(limit diagram.Limit) string
}

// Usage counts what the panels of a diagram have used of the limits.
type Usage struct {
	Dummies, CrossingWork, ContourVertices, FormulaWork, SweepDrawings int
	// FormulaPassed and ContourPassed record that the formula work or the
	// contour points passed their limit, which is reported once: every
	// later formula or contour is refused silently, as the diagram fails
	// anyway.
	FormulaPassed, ContourPassed bool
}

// Raise returns the end of the hint of an error about the limit.
func (e *Env) Raise(limit diagram.Limit) string {
	if e.Limits.Raise != nil {
		return e.Limits.Raise(limit)
	}
	return "or raise the limit with Limits." + string(limit)
}

// LimitWords names a limit of which used is spent already: "limit of N",
// or "M left of the limit of N".
func LimitWords(limit, used int) string {
	if used == 0 {
		return fmt.Sprintf("limit of %d", limit)
	}
	return fmt.Sprintf("%d left of the limit of %d", max(limit-used, 0), limit)
}
