package layered

import (
	"math"
	"testing"
)

// segmentsCross reports whether any segment of the route passes through
// the inside of r.
func segmentsCross(pts []Point, r Rect) bool {
	for i := 1; i < len(pts); i++ {
		if crosses(pts[i-1], pts[i], r) {
			return true
		}
	}
	return false
}

// centre returns the centre of r.
func centre(r Rect) Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// onLine reports whether p lies within 0.01 px of the line through a and b.
func onLine(p, a, b Point) bool {
	d := math.Hypot(b.X-a.X, b.Y-a.Y)
	return math.Abs((b.X-a.X)*(p.Y-a.Y)-(b.Y-a.Y)*(p.X-a.X))/d < 0.01
}

// TestStraightFullyConnected lays out two inputs, three hidden units and
// one output, every pair of neighbouring layers joined: nothing stands
// between two joined nodes, so every route is one segment on the line
// between the centres of its ends, from one box's side to the other's.
func TestStraightFullyConnected(t *testing.T) {
	g := &Graph{}
	for range 6 {
		g.Nodes = append(g.Nodes, Node{W: 40, H: 40, Group: -1})
	}
	for _, a := range []int{0, 1} {
		for _, b := range []int{2, 3, 4} {
			g.Edges = append(g.Edges, Edge{From: NodeEnd(a), To: NodeEnd(b), Style: RouteStraight})
		}
	}
	for _, b := range []int{2, 3, 4} {
		g.Edges = append(g.Edges, Edge{From: NodeEnd(b), To: NodeEnd(5), Style: RouteStraight})
	}
	for _, dir := range []Direction{Down, Right, Up, Left} {
		res, err := Layout(g, Options{Direction: dir})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range g.Edges {
			rt := res.Edges[i]
			if rt.Style != RouteStraight || len(rt.Points) != 2 {
				t.Errorf("direction %d, edge %d: style %d, points %v; want one straight segment", dir, i, rt.Style, rt.Points)
				continue
			}
			a, b := centre(res.Nodes[e.From.Node]), centre(res.Nodes[e.To.Node])
			for _, p := range rt.Points {
				if !onLine(p, a, b) {
					t.Errorf("direction %d, edge %d: point %v is off the line through %v and %v", dir, i, p, a, b)
				}
			}
			if msg := endOnBox(g, res, e.From, rt.Points[0]); msg != "" {
				t.Errorf("direction %d, edge %d start: %s", dir, i, msg)
			}
			if msg := endOnBox(g, res, e.To, rt.Points[1]); msg != "" {
				t.Errorf("direction %d, edge %d end: %s", dir, i, msg)
			}
		}
	}
}

// TestStraightGoesRound lays out a -> b -> c, twice each, with a long
// edge a -> c: the doubled edges hold b under a and c, so the straight way
// from a to c passes through b. The route must bend round b, crossing no
// box, and reach c.
func TestStraightGoesRound(t *testing.T) {
	g := &Graph{
		Nodes: []Node{{W: 60, H: 30, Group: -1}, {W: 120, H: 60, Group: -1}, {W: 60, H: 30, Group: -1}},
		Edges: []Edge{
			{From: NodeEnd(0), To: NodeEnd(1), Style: RouteStraight},
			{From: NodeEnd(1), To: NodeEnd(2), Style: RouteStraight},
			{From: NodeEnd(0), To: NodeEnd(2), Style: RouteStraight},
			{From: NodeEnd(0), To: NodeEnd(1), Style: RouteStraight},
			{From: NodeEnd(1), To: NodeEnd(2), Style: RouteStraight},
		},
	}
	res, err := Layout(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := res.Nodes[0], res.Nodes[1], res.Nodes[2]
	if !segmentsCross([]Point{centre(a), centre(c)}, b) {
		t.Fatalf("test premise: the line from a to c misses b (a %v, b %v, c %v)", a, b, c)
	}
	rt := res.Edges[2]
	if segmentsCross(rt.Points, b) {
		t.Errorf("route a -> c %v passes through b %v", rt.Points, b)
	}
	if len(rt.Points) < 3 {
		t.Errorf("route a -> c %v does not bend", rt.Points)
	}
	for i, e := range res.Edges[:2] {
		if len(e.Points) != 2 {
			t.Errorf("edge %d (nothing in its way) has points %v, want one segment", i, e.Points)
		}
	}
}

// TestStraightLabelOnLine checks that a labelled straight edge passes
// through the middle of its label.
func TestStraightLabelOnLine(t *testing.T) {
	g := &Graph{
		Nodes: []Node{{W: 60, H: 30, Group: -1}, {W: 60, H: 30, Group: -1}, {W: 60, H: 30, Group: -1}},
		Edges: []Edge{
			{From: NodeEnd(0), To: NodeEnd(1), Style: RouteStraight, LabelW: 50, LabelH: 16},
			{From: NodeEnd(0), To: NodeEnd(2), Style: RouteStraight},
			{From: NodeEnd(0), To: NodeEnd(1), Style: RouteStraight},
			{From: NodeEnd(1), To: NodeEnd(2), Style: RouteStraight},
		},
	}
	res, err := Layout(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rt := res.Edges[0]
	m := centre(rt.Label)
	passes := false
	for i := 1; i < len(rt.Points); i++ {
		p, q := rt.Points[i-1], rt.Points[i]
		if m.Y >= min(p.Y, q.Y) && m.Y <= max(p.Y, q.Y) && onLine(m, p, q) {
			passes = true
		}
	}
	if !passes {
		t.Errorf("route %v misses the middle %v of its label", rt.Points, m)
	}
}
