package layered

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFeedbackArcs(t *testing.T) {
	tests := []struct {
		name string
		n    int
		arcs [][2]int
		want []bool
	}{
		{"chain", 3, [][2]int{{0, 1}, {1, 2}}, []bool{false, false}},
		{"two-cycle", 2, [][2]int{{0, 1}, {1, 0}}, []bool{false, true}},
		{"triangle", 3, [][2]int{{0, 1}, {1, 2}, {2, 0}}, []bool{false, false, true}},
		{"loop ignored", 2, [][2]int{{0, 0}, {0, 1}}, []bool{false, false}},
		// No node lacks a predecessor: the search starts at 0, and only
		// the arc back into it is reversed.
		{"hub", 4, [][2]int{{0, 1}, {0, 2}, {0, 3}, {3, 0}, {1, 2}}, []bool{false, false, false, true, false}},
		// The search starts at the source 3, so the arc back to 1 (listed
		// last) is reversed, not the one into 1 from 3's side.
		{"from the source", 4, [][2]int{{3, 1}, {1, 2}, {2, 0}, {0, 1}}, []bool{false, false, false, true}},
	}
	for _, tt := range tests {
		var arcs []arc
		for _, a := range tt.arcs {
			arcs = append(arcs, arc{tail: a[0], head: a[1], minLen: 1, weight: 1})
		}
		got := feedbackArcs(tt.n, arcs)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("feedbackArcs(%s) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestFeedbackArcsAcyclic checks on random graphs that reversing the chosen
// arcs leaves no cycle.
func TestFeedbackArcsAcyclic(t *testing.T) {
	for seed := range uint64(200) {
		g := randomGraph(seed)
		n := len(g.Nodes)
		var arcs []arc
		for _, e := range g.Edges {
			if !e.From.IsGroup() && !e.To.IsGroup() {
				arcs = append(arcs, arc{tail: e.From.Node, head: e.To.Node, minLen: 1, weight: 1})
			}
		}
		rev := feedbackArcs(n, arcs)
		out := make([][]int, n)
		indeg := make([]int, n)
		for i, a := range arcs {
			if a.tail == a.head {
				continue
			}
			if rev[i] {
				a.tail, a.head = a.head, a.tail
			}
			out[a.tail] = append(out[a.tail], a.head)
			indeg[a.head]++
		}
		var queue []int
		for v := range n {
			if indeg[v] == 0 {
				queue = append(queue, v)
			}
		}
		for i := 0; i < len(queue); i++ {
			for _, w := range out[queue[i]] {
				if indeg[w]--; indeg[w] == 0 {
					queue = append(queue, w)
				}
			}
		}
		if len(queue) != n {
			t.Errorf("seed %d: %d of %d nodes left on a cycle after reversal", seed, n-len(queue), n)
		}
	}
}
