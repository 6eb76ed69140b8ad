package layered

import (
	"slices"
	"testing"
)

// boxes returns n nodes of the given size, in no group.
func boxes(n int, w, h float64) []Node {
	out := make([]Node, n)
	for i := range out {
		out[i] = Node{W: w, H: h, Group: -1}
	}
	return out
}

// edgesOf returns edges between nodes, as pairs.
func edgesOf(pairs ...int) []Edge {
	var out []Edge
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, Edge{From: NodeEnd(pairs[i]), To: NodeEnd(pairs[i+1])})
	}
	return out
}

// across returns the coordinate of a node's centre along its rank: x going
// down or up, y going right or left.
func across(r Rect, dir Direction) float64 {
	if dir == Right || dir == Left {
		return r.Y + r.H/2
	}
	return r.X + r.W/2
}

// TestStraightChain lays out a graph that branches at its top (0 fans
// out to 1, 2 and 3, whose widths differ) and joins at its bottom (9),
// where 2 -> 4 -> 5 -> 6 -> 9 is a chain with no branching and 1 -> 7 ->
// 9 and 3 -> 8 -> 9 run beside it. Every node of the chain 2, 4, 5, 6
// lies on one line in every direction, as does 1, 7 and 3, 8.
func TestStraightChain(t *testing.T) {
	g := &Graph{Nodes: boxes(10, 60, 30)}
	g.Nodes[1].W, g.Nodes[3].W, g.Nodes[5].W, g.Nodes[7].W = 140, 30, 110, 90
	g.Edges = edgesOf(0, 1, 0, 2, 0, 3, 2, 4, 4, 5, 5, 6, 6, 9, 1, 7, 7, 9, 3, 8, 8, 9, 0, 9)
	for _, dir := range []Direction{Down, Right, Up, Left} {
		res, err := Layout(g, Options{Direction: dir})
		if err != nil {
			t.Fatal(err)
		}
		for _, chain := range [][]int{{2, 4, 5, 6}, {1, 7}, {3, 8}} {
			want := across(res.Nodes[chain[0]], dir)
			for _, v := range chain[1:] {
				if got := across(res.Nodes[v], dir); abs(got-want) > 0.01 {
					t.Errorf("direction %d: node %d of chain %v at %g, node %d at %g", dir, v, chain, got, chain[0], want)
				}
			}
		}
	}
}

// orderIn returns the nodes of list sorted by their place along their
// rank.
func orderIn(res *Result, dir Direction, list ...int) []int {
	out := slices.Clone(list)
	slices.SortFunc(out, func(a, b int) int {
		pa, pb := across(res.Nodes[a], dir), across(res.Nodes[b], dir)
		switch {
		case pa < pb:
			return -1
		case pa > pb:
			return 1
		}
		return 0
	})
	return out
}

// TestOrderLists checks that an order list holds against the crossing
// reduction: 0 feeds 5 and 1 feeds 4, so crossings would put 4 first;
// the list 5, 4 keeps 5 first. With SourceOrder, the rank 2, 3 keeps its
// input order although 3's only neighbour is on the left.
func TestOrderLists(t *testing.T) {
	g := &Graph{Nodes: boxes(6, 50, 30), Edges: edgesOf(0, 5, 1, 4)}
	g.SameRank = [][]int{{0, 1}}
	for _, dir := range []Direction{Down, Right} {
		res, err := Layout(g, Options{Direction: dir})
		if err != nil {
			t.Fatal(err)
		}
		free := orderIn(res, dir, 4, 5)
		g2 := *g
		g2.Orders = [][]int{{free[1], free[0]}}
		res, err = Layout(&g2, Options{Direction: dir})
		if err != nil {
			t.Fatal(err)
		}
		if got := orderIn(res, dir, 4, 5); !slices.Equal(got, g2.Orders[0]) {
			t.Errorf("direction %d: order %v, want the list's %v", dir, got, g2.Orders[0])
		}
	}
	// Source order: 3 hangs under 0, 2 under 1.
	g = &Graph{Nodes: boxes(4, 50, 30), Edges: edgesOf(0, 3, 1, 2)}
	res, err := Layout(g, Options{SourceOrder: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := orderIn(res, Down, 0, 1); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("source order: rank 0 is %v, want [0 1]", got)
	}
	if got := orderIn(res, Down, 2, 3); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("source order: rank 1 is %v, want [2 3]", got)
	}
}

// along returns the coordinate of a node's centre along the ranks,
// growing in the direction the ranks run.
func along(r Rect, dir Direction) float64 {
	switch dir {
	case Right:
		return r.X + r.W/2
	case Left:
		return -(r.X + r.W/2)
	case Up:
		return -(r.Y + r.H/2)
	}
	return r.Y + r.H/2
}

// TestPins checks pins on nodes and a group in each direction, each pin
// read in layout terms (Pin.sides): a node pinned to the first or last
// rank has no node before or after it along the ranks, and one pinned
// first or last in its rank no node of its rank before or after it; a
// group pinned to the same side as a node may come before or
// after it.
func TestPins(t *testing.T) {
	for _, dir := range []Direction{Down, Right, Up, Left} {
		for _, pins := range [][2]Pin{{PinLeft, PinBottom}, {PinTop, PinRight}, {PinRight, PinTop}, {PinBottom, PinLeft}} {
			g := &Graph{Nodes: boxes(7, 50, 30), Groups: []Group{{Parent: -1, TitleW: 30, TitleH: 14, Pin: pins[1]}}}
			g.Edges = edgesOf(0, 1, 0, 2, 0, 3, 3, 4, 0, 5, 0, 6, 1, 4)
			g.Nodes[3].Pin = pins[0]
			g.Nodes[2].Pin = pins[1]
			g.Nodes[5].Group, g.Nodes[6].Group = 0, 0
			res, err := Layout(g, Options{Direction: dir})
			if err != nil {
				t.Fatal(err)
			}
			if msg := checkResult(g, res); msg != "" {
				t.Fatalf("direction %d, pins %v: %s", dir, pins, msg)
			}
			n := res.Nodes
			for _, v := range []int{3, 2} {
				order, rank := g.Nodes[v].Pin.sides(dir)
				for u := range n {
					if u == v {
						continue
					}
					du := along(n[u], dir) - along(n[v], dir)
					if rank != 0 && float64(rank)*du > 0.01 {
						t.Errorf("direction %d, pins %v: node %d (%v) is beyond node %d pinned %d in the ranks (%v)", dir, pins, u, n[u], v, rank, n[v])
					}
					if g.Nodes[u].Group == 0 && g.Groups[0].Pin == g.Nodes[v].Pin {
						continue // pinned to the same side: either may come first
					}
					dx := across(n[u], dir) - across(n[v], dir)
					if order != 0 && abs(du) < 0.01 && float64(order)*dx > 0 {
						t.Errorf("direction %d, pins %v: node %d (%v) is beyond node %d pinned %d in its rank (%v)", dir, pins, u, n[u], v, order, n[v])
					}
				}
			}
			// The group's box against the nodes outside it in its ranks.
			order, _ := g.Groups[0].Pin.sides(dir)
			box := res.Groups[0]
			for u := range n {
				if g.Nodes[u].Group == 0 || u == 2 && g.Nodes[2].Pin == g.Groups[0].Pin {
					continue
				}
				a := along(n[u], dir)
				if a < min(along(n[5], dir), along(n[6], dir))-0.01 || a > max(along(n[5], dir), along(n[6], dir))+0.01 {
					continue
				}
				d := across(n[u], dir) - across(box, dir)
				if order != 0 && float64(order)*d > 0 {
					t.Errorf("direction %d, pins %v: node %d (%v) is beyond the group pinned %d in order (%v)", dir, pins, u, n[u], order, box)
				}
			}
		}
	}
}

// TestAlign checks that an align set puts nodes of different ranks on
// one line although the median would place them apart: 0 -> 2, 1 -> 2,
// 1 -> 3, and 0 aligned with 3.
func TestAlign(t *testing.T) {
	g := &Graph{Nodes: boxes(5, 50, 30), Edges: edgesOf(0, 2, 1, 2, 1, 3, 1, 4, 0, 4), Aligns: [][]int{{0, 3}}}
	for _, dir := range []Direction{Down, Right} {
		res, err := Layout(g, Options{Direction: dir})
		if err != nil {
			t.Fatal(err)
		}
		if a, b := across(res.Nodes[0], dir), across(res.Nodes[3], dir); abs(a-b) > 0.01 {
			t.Errorf("direction %d: aligned nodes at %g and %g", dir, a, b)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Errorf("direction %d: %s", dir, msg)
		}
	}
}

// TestTogether fans one node out to four in source order, 1 2 3 4, and
// keeps 1 and 4 together: they end up side by side, and an order list
// over them still holds.
func TestTogether(t *testing.T) {
	g := &Graph{Nodes: boxes(5, 60, 30), Edges: edgesOf(0, 1, 0, 2, 0, 3, 0, 4)}
	res, err := Layout(g, Options{SourceOrder: true})
	if err != nil {
		t.Fatal(err)
	}
	apart := orderIn(res, Down, 1, 2, 3, 4)
	g.Together = [][]int{{1, 4}}
	res, err = Layout(g, Options{SourceOrder: true})
	if err != nil {
		t.Fatal(err)
	}
	got := orderIn(res, Down, 1, 2, 3, 4)
	i, j := slices.Index(got, 1), slices.Index(got, 4)
	if abs(float64(i-j)) != 1 {
		t.Errorf("order with 1 and 4 together = %v (without: %v), want them side by side", got, apart)
	}
	if _, err := Layout(&Graph{Nodes: boxes(2, 10, 10), Together: [][]int{{0, 2}}}, Options{}); err == nil {
		t.Error("Layout accepted a together set with node 2 of 2")
	}
}
