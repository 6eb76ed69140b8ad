package layered

import (
	"math/rand/v2"
	"testing"
)

// TestTightTreeOptimum holds the simplex of coordinates, whose first tree
// is joined from tight subtrees, to the same optimum as the ranking's
// simplex on random acyclic graphs with random lengths and weights.
func TestTightTreeOptimum(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 4))
	for trial := range 200 {
		n := 2 + r.IntN(40)
		var arcs []arc
		for range n + r.IntN(2*n) {
			a, b := r.IntN(n), r.IntN(n)
			if a == b {
				continue
			}
			if a > b {
				a, b = b, a
			}
			arcs = append(arcs, arc{tail: a, head: b, minLen: r.IntN(30), weight: r.IntN(9)})
		}
		cost := func(rank []int) int {
			c := 0
			for _, a := range arcs {
				d := rank[a.head] - rank[a.tail]
				if d < a.minLen {
					t.Fatalf("trial %d: arc %d->%d has length %d, less than %d", trial, a.tail, a.head, d, a.minLen)
				}
				c += a.weight * d
			}
			return c
		}
		plain := newSimplex(n, arcs)
		want := cost(plain.run())
		joined := newSimplex(n, arcs)
		joined.coords = true
		if got := cost(joined.run()); got != want {
			t.Errorf("trial %d (%d vertices, %d arcs): cost %d with joined trees, %d with one grown tree", trial, n, len(arcs), got, want)
		}
	}
}

// TestPositionStraightens checks what the horizontal simplex is for: a
// chain of boxes of different widths runs straight down, a node between
// two children sits between them, and its two edges leave from their own
// ports straight down when the children fit under it.
func TestPositionStraightens(t *testing.T) {
	g := &Graph{
		Nodes: []Node{{W: 60, H: 30, Group: -1}, {W: 140, H: 30, Group: -1}, {W: 40, H: 30, Group: -1},
			{W: 200, H: 30, Group: -1}, {W: 50, H: 30, Group: -1}, {W: 50, H: 30, Group: -1}},
		Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1)}, {From: NodeEnd(1), To: NodeEnd(2)},
			{From: NodeEnd(3), To: NodeEnd(4)}, {From: NodeEnd(3), To: NodeEnd(5)}},
	}
	res, err := Layout(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	centre := func(i int) float64 { return res.Nodes[i].X + res.Nodes[i].W/2 }
	if centre(0) != centre(1) || centre(1) != centre(2) {
		t.Errorf("chain centres %v, %v, %v: want one x", centre(0), centre(1), centre(2))
	}
	if c, a, b := centre(3), centre(4), centre(5); c <= min(a, b) || c >= max(a, b) {
		t.Errorf("parent at %v, children at %v and %v: want it between them", c, a, b)
	}
	for _, e := range res.Edges[2:] {
		if len(e.Points) != 2 || e.Points[0].X != e.Points[1].X {
			t.Errorf("edge from the wide parent: route %v, want one straight segment", e.Points)
		}
	}
}
