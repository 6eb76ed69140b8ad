package layout

import (
	"errors"
	"fmt"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout/layered"
)

// Limits caps the work of a layout, all panels together, so that no
// diagram within the model's counts takes minutes or gigabytes. A zero
// field takes its default. A diagram past a cap is refused with an error
// at the element that passes it, before the work that would pass it is
// done.
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
	// Raise, when set, gives the last words of the hint of an error that
	// reports a limit: how to raise the limit named by a field of Limits.
	// When nil, the hint says to raise the Limits field.
	Raise func(field string) string
}

// The default limits of a layout. At these, the layout of any diagram
// takes well under a second; every curriculum sheet needs a small part.
const (
	DefaultMaxLayoutDummies   = layered.DefaultMaxDummies
	DefaultMaxCrossingWork    = layered.DefaultMaxOrderWork
	DefaultMaxContourVertices = 200_000
	DefaultMaxFormulaWork     = 200_000_000
)

// withDefaults returns l with every zero or negative field set to its
// default.
func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxLayoutDummies, DefaultMaxLayoutDummies)
	def(&l.MaxCrossingWork, DefaultMaxCrossingWork)
	def(&l.MaxContourVertices, DefaultMaxContourVertices)
	def(&l.MaxFormulaWork, DefaultMaxFormulaWork)
	return l
}

// raise returns the end of the hint for a limit.
func (l Limits) raise(field string) string {
	if l.Raise != nil {
		return l.Raise(field)
	}
	return "or raise the limit with Limits." + field
}

// usage counts what the diagram has used of the limits so far.
type usage struct {
	dummies, crossingWork, contourVertices, formulaWork int
}

// passed records the limits already reported.
type passed struct {
	formula, contour bool
}

// left returns what is left of a limit once used is spent, for a budget
// of the layered engine, where zero means the default: nothing left is -1.
func left(limit, used int) int {
	if used >= limit {
		return -1
	}
	return limit - used
}

// budgetError reports a graph the layered engine refused for a budget, at
// the edge where the dummy nodes first pass it or else at the graph.
func (c *ctx) budgetError(g *diagram.Graph, be *layered.BudgetError) {
	pos := g.Pos
	if be.Edge >= 0 && be.Edge < len(g.Edges) && g.Edges[be.Edge].Pos.IsValid() {
		pos = g.Edges[be.Edge].Pos
	}
	name := "graph"
	if g.ID != "" {
		name = fmt.Sprintf("graph %q", g.ID)
	}
	switch be.Budget {
	case layered.DummyBudget:
		c.errorf(pos, "shorten the long edges (an edge across many ranks needs a dummy node in each), split the graph, "+c.lim.raise("MaxLayoutDummies"),
			"the layout of %s needs %d dummy nodes for its long edges, more than the %s", name, be.Need, c.limitWords(c.lim.MaxLayoutDummies, c.used.dummies))
	default:
		c.errorf(pos, "split the graph, or use fewer long edges and groups, "+c.lim.raise("MaxCrossingWork"),
			"the crossing reduction of %s would take %d steps, more than the %s", name, be.Need, c.limitWords(c.lim.MaxCrossingWork, c.used.crossingWork))
	}
}

// limitWords names a limit of which used is spent already.
func (c *ctx) limitWords(limit, used int) string {
	if used == 0 {
		return fmt.Sprintf("limit of %d", limit)
	}
	return fmt.Sprintf("%d left of the limit of %d", max(limit-used, 0), limit)
}

// asBudgetError returns err as a *layered.BudgetError, or nil.
func asBudgetError(err error) *layered.BudgetError {
	var be *layered.BudgetError
	if errors.As(err, &be) {
		return be
	}
	return nil
}

// formulaBudget spends the work of evaluating e at evals points, or
// reports at pos that it would pass the formula work limit and returns
// false (once: after one such error every later formula is refused
// silently, as the diagram fails anyway).
func (c *ctx) formulaBudget(pos diagram.Pos, evals int, e *expr.Expr) bool {
	if c.over.formula {
		return false
	}
	need := workOf(evals, e)
	if c.used.formulaWork+need > c.lim.MaxFormulaWork {
		c.over.formula = true
		c.errorf(pos, "use a simpler formula, fewer marks or a smaller plot, "+c.lim.raise("MaxFormulaWork"),
			"evaluating this formula at %d points takes %d operations, more than the %s", evals, need, c.limitWords(c.lim.MaxFormulaWork, c.used.formulaWork))
		return false
	}
	c.used.formulaWork += need
	return true
}

// spendFormula counts the work of evaluating e at evals more points
// against the formula work limit, when it is already done.
func (c *ctx) spendFormula(evals int, e *expr.Expr) {
	c.used.formulaWork += workOf(evals, e)
}

// workOf returns the operations of evaluating e at evals points, saturated
// far beyond any limit.
func workOf(evals int, e *expr.Expr) int {
	cost := e.Cost()
	if evals > 0 && cost > math.MaxInt/2/evals {
		return math.MaxInt / 2
	}
	return evals * cost
}

// contourBudget spends n contour points, or reports at pos that they pass
// the contour vertex limit and returns false (once).
func (c *ctx) contourBudget(pos diagram.Pos, n int) bool {
	if c.over.contour {
		return false
	}
	c.used.contourVertices += n
	if c.used.contourVertices > c.lim.MaxContourVertices {
		c.over.contour = true
		c.errorf(pos, "use fewer levels or a smaller plot, "+c.lim.raise("MaxContourVertices"),
			"contour lines have more than %d points", c.lim.MaxContourVertices)
		return false
	}
	return true
}
