package plot

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout/panel"
)

// formulaBudget spends the work of evaluating e at evals points, or
// reports at pos that it would pass the formula work limit and returns
// false (once: after one such error every later formula is refused
// silently, as the diagram fails anyway).
func formulaBudget(env *panel.Env, pos diagram.Pos, evals int, e *expr.Expr) bool {
	return workBudget(env, pos, "formula", evals, e.Cost())
}

// workBudget spends the work of evaluating something that costs cost
// operations at evals points, or reports at pos, naming what it evaluates,
// that it would pass the formula work limit, and returns false (once).
func workBudget(env *panel.Env, pos diagram.Pos, what string, evals, cost int) bool {
	if env.Used.FormulaPassed {
		return false
	}
	need := math.MaxInt / 2
	if evals <= 0 || cost <= math.MaxInt/2/evals {
		need = evals * cost
	}
	if env.Used.FormulaWork+need > env.Limits.MaxFormulaWork {
		env.Used.FormulaPassed = true
		env.Errorf(pos, "use a simpler "+what+", fewer marks or a smaller plot, "+env.Raise(diagram.LimitFormulaWork),
			"evaluating this %s at %d points takes %d operations, more than the %s", what, evals, need, panel.LimitWords(env.Limits.MaxFormulaWork, env.Used.FormulaWork))
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
		env.Errorf(pos, "use fewer levels or a smaller plot, "+env.Raise(diagram.LimitContourVertices),
			"contour lines have more than %d points", env.Limits.MaxContourVertices)
		return false
	}
	return true
}
