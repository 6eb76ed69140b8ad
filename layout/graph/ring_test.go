package graph

import (
	"math"
	"slices"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// TestRingOrder checks the order of a ring: from the first node declared,
// along the edges in the order written; nodes no edge reaches last.
func TestRingOrder(t *testing.T) {
	g := &diagram.Graph{
		Nodes: []*diagram.Node{{ID: "d"}, {ID: "a"}, {ID: "c"}, {ID: "b"}, {ID: "alone"}},
		Edges: []*diagram.Edge{
			{From: "a", To: "b"}, {From: "b", To: "c"}, {From: "c", To: "d"}, {From: "d", To: "a"},
			{From: "a", To: "c"}, // a chord, after the ring edge a -> b
		},
	}
	index := map[string]int{}
	for i, n := range g.Nodes {
		index[n.ID] = i
	}
	var got []string
	for _, v := range ringOrder(g, index) {
		got = append(got, g.Nodes[v].ID)
	}
	if want := []string{"d", "a", "b", "c", "alone"}; !slices.Equal(got, want) {
		t.Errorf("ring order %v, want %v", got, want)
	}
}

// TestRingGeometry lays out a lifecycle of six nodes of different sizes
// and shapes on a ring, with a chord and a second edge between
// neighbours: the node centres lie on one circle, clockwise from the top
// in cycle order; no edge passes through a node other than its ends;
// and the label of an outer arc
// lies outside the circle, clear of every node.
func TestRingGeometry(t *testing.T) {
	ids := []string{"frame", "data", "train", "eval", "deploy", "monitor"}
	g := &diagram.Graph{PanelHead: diagram.PanelHead{ID: "life"}, Layout: diagram.LayoutRing}
	for i, id := range ids {
		n := &diagram.Node{ID: id, Label: id}
		if i == 1 {
			n.Shape = diagram.Cylinder
		}
		if i == 3 {
			n.Shape, n.Label = diagram.Diamond, "evaluate the model"
		}
		g.Nodes = append(g.Nodes, n)
	}
	for i := range ids {
		e := &diagram.Edge{ID: ids[i] + "->" + ids[(i+1)%6], From: ids[i], To: ids[(i+1)%6]}
		if i == 5 {
			e.Label = "drift"
		}
		g.Edges = append(g.Edges, e)
	}
	g.Edges = append(g.Edges, &diagram.Edge{ID: "monitor->data", From: "monitor", To: "data", Label: "new labels"},
		&diagram.Edge{ID: "eval->train", From: "eval", To: "train"})
	env := testEnv()
	b := Layout(env, g)
	if errs := env.Errors(); len(errs) > 0 {
		t.Fatal(errs)
	}
	items := b.Place(0, 0)
	boxes, paths := nodeBoxes(items), edgePaths(items)
	// The circle through the centres: its centre is the mean of them.
	var c scene.Point
	for _, id := range ids {
		p := boxes[id].Center()
		c.X += p.X / 6
		c.Y += p.Y / 6
	}
	r := math.Hypot(boxes["frame"].Center().X-c.X, boxes["frame"].Center().Y-c.Y)
	prev := -math.Pi
	for k, id := range ids {
		p := boxes[id].Center()
		if d := math.Hypot(p.X-c.X, p.Y-c.Y); math.Abs(d-r) > 0.01 {
			t.Errorf("node %s is %.2f from the centre, want %.2f", id, d, r)
		}
		// Clockwise from the top: the angle from straight up grows.
		a := math.Atan2(p.X-c.X, -(p.Y - c.Y))
		if a < 0 {
			a += 2 * math.Pi
		}
		if k > 0 && a <= prev {
			t.Errorf("node %s at %.3f rad from the top, not after %.3f", id, a, prev)
		}
		prev = a
	}
	for id, p := range paths {
		e := g.Edges[slices.IndexFunc(g.Edges, func(e *diagram.Edge) bool { return e.ID == id })]
		for other, box := range boxes {
			if other == e.From || other == e.To {
				continue
			}
			for i := 1; i < len(p.Poly); i++ {
				if segmentInside(p.Poly[i-1], p.Poly[i], box) {
					t.Errorf("edge %s passes through node %s", id, other)
					break
				}
			}
		}
	}
	// The drift arc's label: beyond the circle, clear of the nodes.
	for _, it := range items {
		grp, ok := it.(*scene.Group)
		if !ok || grp.ID != "monitor->frame" {
			continue
		}
		for _, sub := range grp.Items {
			bx, ok := sub.(*scene.Box)
			if !ok {
				continue
			}
			lc := bx.R.Center()
			if d := math.Hypot(lc.X-c.X, lc.Y-c.Y); d <= r {
				t.Errorf("label of monitor->frame at %v is inside the ring (%.1f <= %.1f)", bx.R, d, r)
			}
			for id, box := range boxes {
				if overlap(bx.R, box) {
					t.Errorf("label of monitor->frame at %v overlaps node %s", bx.R, id)
				}
			}
		}
	}
}

// segmentInside reports whether the segment a-b passes through the inside
// of r, 1 px in from its sides.
func segmentInside(a, b scene.Point, r scene.Rect) bool {
	in := scene.Rect{X: r.X + 1, Y: r.Y + 1, W: r.W - 2, H: r.H - 2}
	for k := 0; k <= 20; k++ {
		t := float64(k) / 20
		p := scene.Point{X: a.X + t*(b.X-a.X), Y: a.Y + t*(b.Y-a.Y)}
		if p.X > in.X && p.X < in.Right() && p.Y > in.Y && p.Y < in.Bottom() {
			return true
		}
	}
	return false
}

// overlap reports whether two boxes overlap.
func overlap(a, b scene.Rect) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}
