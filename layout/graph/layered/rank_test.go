package layered

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRankNodes(t *testing.T) {
	tests := []struct {
		name string
		n    int
		arcs []arc
		want []int
	}{
		{"chain", 3, []arc{{0, 1, 1, 1}, {1, 2, 1, 1}}, []int{0, 1, 2}},
		{"min length", 2, []arc{{0, 1, 3, 1}}, []int{0, 3}},
		// Longest path would put 3 at rank 0, three ranks from 2; the
		// optimum pulls it down next to its child.
		{"pull down a source", 4, []arc{{0, 1, 1, 1}, {1, 2, 1, 1}, {3, 2, 1, 1}}, []int{0, 1, 2, 1}},
		// A heavy arc is kept short at the cost of light ones.
		{"weights", 4, []arc{{0, 1, 1, 1}, {1, 2, 1, 1}, {0, 3, 1, 5}, {3, 2, 1, 1}}, []int{0, 1, 2, 1}},
		{"two components", 4, []arc{{0, 1, 2, 1}, {2, 3, 1, 1}}, []int{0, 2, 0, 1}},
		{"isolated", 1, nil, []int{0}},
	}
	for _, tt := range tests {
		got := rankNodes(tt.n, tt.arcs)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("rankNodes(%s) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestRankNodesOptimal checks feasibility on random DAGs and that no
// single-node move lowers the weighted length (a necessary condition of
// optimality that network simplex always meets).
func TestRankNodesOptimal(t *testing.T) {
	for seed := range uint64(200) {
		g := randomGraph(seed)
		n := len(g.Nodes)
		var arcs []arc
		for _, e := range g.Edges {
			if !e.From.IsGroup() && !e.To.IsGroup() && e.From.Node < e.To.Node {
				arcs = append(arcs, arc{tail: e.From.Node, head: e.To.Node, minLen: max(e.MinLen, 1), weight: 1})
			}
		}
		rank := rankNodes(n, arcs)
		cost := func() int {
			c := 0
			for _, a := range arcs {
				c += a.weight * (rank[a.head] - rank[a.tail])
			}
			return c
		}
		feasible := func() bool {
			for _, a := range arcs {
				if rank[a.head]-rank[a.tail] < a.minLen {
					return false
				}
			}
			return true
		}
		if !feasible() {
			t.Fatalf("seed %d: infeasible ranking %v", seed, rank)
		}
		base := cost()
		for v := range n {
			for _, d := range []int{-1, 1} {
				rank[v] += d
				if feasible() && cost() < base {
					t.Errorf("seed %d: moving node %d by %d lowers the cost from %d", seed, v, d, base)
				}
				rank[v] -= d
			}
		}
	}
}
