package layout

import (
	"errors"
	"fmt"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout/layered"
	"github.com/aiprep/diag/layout/panel"
)

// Limits caps the work of a layout, all panels together, so that no
// diagram within the model's counts takes minutes or gigabytes; a zero
// field takes its default. The panel package, whose kinds spend the
// limits, declares the fields.
type Limits = panel.Limits

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
func withDefaults(l Limits) Limits {
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
func budgetError(env *panel.Env, g *diagram.Graph, be *layered.BudgetError) {
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
		env.Errorf(pos, "shorten the long edges (an edge across many ranks needs a dummy node in each), split the graph, "+env.Raise("MaxLayoutDummies"),
			"the layout of %s needs %d dummy nodes for its long edges, more than the %s", name, be.Need, panel.LimitWords(env.Limits.MaxLayoutDummies, env.Used.Dummies))
	default:
		env.Errorf(pos, "split the graph, or use fewer long edges and groups, "+env.Raise("MaxCrossingWork"),
			"the crossing reduction of %s would take %d steps, more than the %s", name, be.Need, panel.LimitWords(env.Limits.MaxCrossingWork, env.Used.CrossingWork))
	}
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
func formulaBudget(env *panel.Env, pos diagram.Pos, evals int, e *expr.Expr) bool {
	if env.Used.FormulaPassed {
		return false
	}
	need := workOf(evals, e)
	if env.Used.FormulaWork+need > env.Limits.MaxFormulaWork {
		env.Used.FormulaPassed = true
		env.Errorf(pos, "use a simpler formula, fewer marks or a smaller plot, "+env.Raise("MaxFormulaWork"),
			"evaluating this formula at %d points takes %d operations, more than the %s", evals, need, panel.LimitWords(env.Limits.MaxFormulaWork, env.Used.FormulaWork))
		return false
	}
	env.Used.FormulaWork += need
	return true
}

// spendFormula counts the work of evaluating e at evals more points
// against the formula work limit, when it is already done.
func spendFormula(env *panel.Env, evals int, e *expr.Expr) {
	env.Used.FormulaWork += workOf(evals, e)
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
func contourBudget(env *panel.Env, pos diagram.Pos, n int) bool {
	if env.Used.ContourPassed {
		return false
	}
	env.Used.ContourVertices += n
	if env.Used.ContourVertices > env.Limits.MaxContourVertices {
		env.Used.ContourPassed = true
		env.Errorf(pos, "use fewer levels or a smaller plot, "+env.Raise("MaxContourVertices"),
			"contour lines have more than %d points", env.Limits.MaxContourVertices)
		return false
	}
	return true
}
