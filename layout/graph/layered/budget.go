package layered

import (
	"fmt"
	"math"
)

// The default budgets of a layout. At these a layout takes well under a
// second and a few hundred megabytes at most; every graph of real use
// needs a small fraction of them.
const (
	// DefaultMaxDummies is the default of Options.MaxDummies.
	DefaultMaxDummies = 50_000
	// DefaultMaxOrderWork is the default of Options.MaxOrderWork.
	DefaultMaxOrderWork = 5_000_000
)

// BudgetError reports a graph whose layout would pass a budget of
// [Options]. Layout returns it after ranking, before it builds the layered
// graph, so the refusal itself is cheap.
type BudgetError struct {
	// Budget is the budget passed.
	Budget Budget
	// Need is what the graph needs; Max is the budget.
	Need, Max int
	// Edge is the edge at which the dummy nodes first pass the budget, or
	// -1 when the error is not about one edge.
	Edge int
}

func (e *BudgetError) Error() string {
	switch e.Budget {
	case DummyBudget:
		return fmt.Sprintf("layered: the edges pass through %d ranks in all, more than the budget of %d dummy nodes", e.Need, e.Max)
	}
	return fmt.Sprintf("layered: crossing reduction would take %d steps, more than the budget of %d", e.Need, e.Max)
}

// Budget is one of the budgets of [Options].
type Budget int

// The budgets.
const (
	DummyBudget     Budget = iota // Options.MaxDummies
	OrderWorkBudget               // Options.MaxOrderWork
)

// layeredSize is the size of the layered graph that a ranking makes, known
// before it is built.
type layeredSize struct {
	// dummies counts the dummy and label nodes of edges passing through
	// ranks; overEdge is the edge at which the running count first passes
	// the budget (-1 when it never does).
	dummies, overEdge int
	// fillers bounds the filler nodes of groups from above: a group may
	// need one in every rank it spans.
	fillers int
	// nodes and edges count the layered graph: real nodes, dummies and
	// fillers, and one edge for each rank an edge spans.
	nodes, edges int
}

// sizeOf measures the layered graph of rank, with the ends buildLayers
// will pick; maxDummies only sets overEdge.
func (l *lay) sizeOf(rank []int, maxDummies int) layeredSize {
	s := layeredSize{overEdge: -1}
	for i, e := range l.g.Edges {
		f, t := l.pickEnds(e, rank)
		span := rank[t] - rank[f]
		if span < 0 {
			span = -span
		}
		if span == 0 {
			continue
		}
		s.dummies += span - 1
		s.edges += span
		if s.overEdge < 0 && s.dummies > maxDummies {
			s.overEdge = i
		}
	}
	if ng := len(l.g.Groups); ng > 0 {
		lo, hi := make([]int, ng), make([]int, ng)
		for c := range lo {
			lo[c], hi[c] = -1, -1
		}
		for v := range l.realN {
			for c := l.realCluster[v]; c >= 0; c = l.g.Groups[c].Parent {
				if lo[c] < 0 || rank[v] < lo[c] {
					lo[c] = rank[v]
				}
				hi[c] = max(hi[c], rank[v])
			}
		}
		for c := range ng {
			if lo[c] >= 0 {
				s.fillers += hi[c] - lo[c] + 1
			}
		}
	}
	s.nodes = l.realN + s.dummies + s.fillers
	return s
}

// orderWork estimates the work of crossing reduction on a layered graph of
// the given size: every sweep visits each node and each edge, and the
// passes make up to a known number of sweeps.
func orderWork(s layeredSize, sweeps int) int {
	passes, _ := orderPlan(s.nodes)
	n := 0
	for pass := range passes {
		n = min(n+passSweeps(pass, sweeps), math.MaxInt/2)
	}
	size := s.nodes + s.edges
	if size > 0 && n > math.MaxInt/size {
		return math.MaxInt
	}
	return n * size
}

// checkBudget measures the layered graph of rank against the budgets of
// the options and returns a *BudgetError for the first it passes.
func (l *lay) checkBudget(rank []int) (layeredSize, error) {
	s := l.sizeOf(rank, l.opt.MaxDummies)
	if s.dummies > l.opt.MaxDummies {
		return s, &BudgetError{Budget: DummyBudget, Need: s.dummies, Max: l.opt.MaxDummies, Edge: s.overEdge}
	}
	if w := orderWork(s, l.opt.Sweeps); w > l.opt.MaxOrderWork {
		return s, &BudgetError{Budget: OrderWorkBudget, Need: w, Max: l.opt.MaxOrderWork, Edge: -1}
	}
	return s, nil
}
