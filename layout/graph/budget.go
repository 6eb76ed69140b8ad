package graph

import (
	"errors"
	"fmt"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/graph/layered"
	"github.com/aiprep/diag/layout/panel"
)

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
		env.Errorf(pos, "shorten the long edges (an edge across many ranks needs a dummy node in each), split the graph, "+env.Raise(diagram.LimitLayoutDummies),
			"the layout of %s needs %d dummy nodes for its long edges, more than the %s", name, be.Need, panel.LimitWords(env.Limits.MaxLayoutDummies, env.Used.Dummies))
	default:
		env.Errorf(pos, "split the graph, or use fewer long edges and groups, "+env.Raise(diagram.LimitCrossingWork),
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
