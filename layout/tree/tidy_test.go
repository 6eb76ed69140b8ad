package tree

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// leaf and node build hand-made trees for the tidy tests.
func leaf(size float64) *tidyNode { return &tidyNode{Size: size} }

func node(size float64, kids ...*tidyNode) *tidyNode { return &tidyNode{Size: size, Kids: kids} }

// centres lists the X of every node, depth first.
func centres(roots []*tidyNode) []float64 {
	var out []float64
	var walk func(n *tidyNode)
	walk = func(n *tidyNode) {
		out = append(out, n.X)
		for _, k := range n.Kids {
			walk(k)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	return out
}

func TestTidyHandMade(t *testing.T) {
	tests := []struct {
		name  string
		roots []*tidyNode
		sep   float64
		width float64
		xs    []float64 // centres, depth first
	}{
		{"one node", []*tidyNode{leaf(10)}, 20, 10, []float64{5}},
		{"two leaves", []*tidyNode{node(10, leaf(10), leaf(10))}, 20, 40, []float64{20, 5, 35}},
		{"complete binary tree of depth 2", []*tidyNode{node(10, node(10, leaf(10), leaf(10)), node(10, leaf(10), leaf(10)))}, 10,
			70, []float64{35, 15, 5, 25, 55, 45, 65}},
		// A wide leaf next to a narrow node with a wide child: the child
		// tucks under the wide leaf's level-free space, so the subtrees
		// are 65 apart, not 110 as their bounding boxes would be.
		{"contour tucks a subtree under its neighbour", []*tidyNode{node(10, leaf(100), node(10, leaf(100)))}, 10,
			165, []float64{82.5, 50, 115, 115}},
		// The same on the left: the wide child hangs under the wide leaf's
		// right neighbour only.
		{"contour on the left", []*tidyNode{node(10, node(10, leaf(100)), leaf(100))}, 10,
			165, []float64{82.5, 50, 50, 115}},
		{"parent wider than its children", []*tidyNode{node(100, leaf(10), leaf(10))}, 10, 100, []float64{50, 40, 60}},
		{"forest", []*tidyNode{node(10, leaf(10)), leaf(30)}, 20, 60, []float64{5, 5, 45}},
		// Three leaves under the middle child spread below its siblings,
		// which have no children, so nothing pushes the siblings apart.
		{"middle subtree spreads under its siblings", []*tidyNode{node(10, leaf(10), node(10, leaf(10), leaf(10), leaf(10)), leaf(10))}, 10,
			50, []float64{25, 5, 25, 5, 25, 45, 45}},
		// Two leaves between two wide subtrees are spread evenly over the
		// room the subtrees leave, not packed against the left one.
		{"small siblings spread between wide ones", []*tidyNode{node(10,
			node(10, leaf(10), leaf(10), leaf(10), leaf(10)), leaf(10), leaf(10), node(10, leaf(10), leaf(10), leaf(10), leaf(10)))}, 10,
			150, []float64{75, 35, 5, 25, 45, 65, 35 + 80.0/3, 35 + 160.0/3, 115, 85, 105, 125, 145}},
		// A subtree on each side keeps the leaves below them sep apart.
		{"cousins keep their distance", []*tidyNode{node(10, node(10, leaf(10), leaf(10)), node(10, leaf(10), leaf(10)), node(10, leaf(10), leaf(10)))}, 10,
			110, []float64{55, 15, 5, 25, 55, 45, 65, 95, 85, 105}},
	}
	for _, tt := range tests {
		w := tidy(tt.roots, tt.sep)
		if diff := cmp.Diff(tt.width, w); diff != "" {
			t.Errorf("%s: tidy width mismatch (-want +got)\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.xs, centres(tt.roots), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("%s: tidy centres mismatch (-want +got)\n%s", tt.name, diff)
		}
	}
}

// randomTree builds a tree of up to n nodes with sizes from 10 to 90.
func randomTree(r *rand.Rand, depth, n int) *tidyNode {
	t := &tidyNode{Size: 10 + float64(r.IntN(9))*10}
	if depth == 0 {
		return t
	}
	for range r.IntN(n) {
		t.Kids = append(t.Kids, randomTree(r, depth-1, n))
	}
	return t
}

// TestTidyProperties checks on random trees that every parent is centred
// over its first and last child, that nodes on one level keep sep apart,
// and that the drawing starts at 0 and is as wide as tidy says.
func TestTidyProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const sep = 12
	for trial := range 200 {
		roots := []*tidyNode{randomTree(r, 4, 5)}
		if trial%3 == 0 {
			roots = append(roots, randomTree(r, 3, 3))
		}
		w := tidy(roots, sep)
		levels := map[int][]*tidyNode{}
		var walk func(n *tidyNode, d int)
		walk = func(n *tidyNode, d int) {
			levels[d] = append(levels[d], n)
			if len(n.Kids) > 0 {
				mid := (n.Kids[0].X + n.Kids[len(n.Kids)-1].X) / 2
				if math.Abs(n.X-mid) > 1e-9 {
					t.Fatalf("trial %d: parent at %.2f, not centred over its children at %.2f", trial, n.X, mid)
				}
			}
			for _, k := range n.Kids {
				walk(k, d+1)
			}
		}
		for _, root := range roots {
			walk(root, 0)
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for d, ns := range levels {
			sort.SliceStable(ns, func(i, j int) bool { return ns[i].X < ns[j].X })
			for i, n := range ns {
				lo, hi = min(lo, n.X-n.Size/2), max(hi, n.X+n.Size/2)
				if i > 0 {
					gap := (n.X - n.Size/2) - (ns[i-1].X + ns[i-1].Size/2)
					if gap < sep-1e-9 {
						t.Fatalf("trial %d: level %d: neighbours %.2f apart, want at least %d", trial, d, gap, sep)
					}
				}
			}
		}
		if math.Abs(lo) > 1e-9 || math.Abs(hi-w) > 1e-9 {
			t.Fatalf("trial %d: drawing spans %.2f..%.2f, tidy said 0..%.2f", trial, lo, hi, w)
		}
	}
}

// BenchmarkTidy places a complete ternary tree of depth 7 (3,280 nodes).
func BenchmarkTidy(b *testing.B) {
	var build func(d int) *tidyNode
	build = func(d int) *tidyNode {
		n := &tidyNode{Size: 40}
		if d > 0 {
			for range 3 {
				n.Kids = append(n.Kids, build(d-1))
			}
		}
		return n
	}
	root := build(7)
	for b.Loop() {
		tidy([]*tidyNode{root}, 20)
	}
}
