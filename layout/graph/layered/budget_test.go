package layered

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// chainGraph returns the chain 0 -> 1 -> ... -> n-1 of boxes, plus the
// extra edges.
func chainGraph(n int, extra ...[2]int) *Graph {
	g := &Graph{}
	for range n {
		g.Nodes = append(g.Nodes, Node{W: 40, H: 20, Group: -1})
	}
	for i := 0; i+1 < n; i++ {
		g.Edges = append(g.Edges, Edge{From: NodeEnd(i), To: NodeEnd(i + 1)})
	}
	for _, e := range extra {
		g.Edges = append(g.Edges, Edge{From: NodeEnd(e[0]), To: NodeEnd(e[1])})
	}
	return g
}

// TestBudgets checks the budgets at their boundaries: a graph that needs
// exactly a budget is laid out and reports what it used; one less is
// refused with a *BudgetError that says what the graph needs and where.
func TestBudgets(t *testing.T) {
	// 0 -> 3 skips ranks 1 and 2, 1 -> 4 ranks 2 and 3: 4 dummies, the
	// budget passed at edge 5 (1 -> 4) when it is 2 or 3.
	g := chainGraph(5, [2]int{0, 3}, [2]int{1, 4})
	res, err := Layout(g, Options{MaxDummies: 4})
	if err != nil {
		t.Fatalf("Layout with MaxDummies 4: %v", err)
	}
	if res.Dummies != 4 {
		t.Errorf("Layout used %d dummies, want 4", res.Dummies)
	}
	work := res.OrderWork
	tests := []struct {
		name string
		opt  Options
		want *BudgetError
	}{
		{"dummies one short", Options{MaxDummies: 3}, &BudgetError{Budget: DummyBudget, Need: 4, Max: 3, Edge: 5}},
		{"dummies passed at the first long edge", Options{MaxDummies: 1}, &BudgetError{Budget: DummyBudget, Need: 4, Max: 1, Edge: 4}},
		{"no dummies allowed", Options{MaxDummies: -1}, &BudgetError{Budget: DummyBudget, Need: 4, Max: 0, Edge: 4}},
		{"order work at the budget", Options{MaxOrderWork: work}, nil},
		{"order work one short", Options{MaxOrderWork: work - 1}, &BudgetError{Budget: OrderWorkBudget, Need: work, Max: work - 1, Edge: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Layout(g, tt.opt)
			var got *BudgetError
			if err != nil && !errors.As(err, &got) {
				t.Fatalf("Layout(%+v) error %v, want a *BudgetError", tt.opt, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Layout(%+v) error mismatch (-want +got):\n%s", tt.opt, diff)
			}
		})
	}
	// The work estimate is the nodes and edges of the layered graph (5
	// nodes, 4 dummies; 4 chain edges and 3+3 ranks of the long edges)
	// times the 200 sweeps planned for a small graph.
	if want := 200 * (5 + 4 + 4 + 6); work != want {
		t.Errorf("OrderWork = %d, want %d", work, want)
	}
}
