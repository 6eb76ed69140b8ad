package layered

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/aiprep/diag/layout/quality"
)

// randomGraph builds a graph from seed: 2–40 nodes of random sizes, edges
// with cycles, self-loops, parallel edges and labels, same-rank sets, and
// (for odd seeds) groups nested up to depth 3 with edges to groups.
func randomGraph(seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	g := &Graph{}
	n := 2 + r.IntN(39)
	if seed%2 == 1 {
		ng := 1 + r.IntN(6)
		depth := make([]int, ng)
		for i := range ng {
			parent := -1
			if i > 0 && r.IntN(2) == 0 {
				parent = r.IntN(i)
				if depth[parent] >= 3 {
					parent = -1
				}
			}
			depth[i] = 1
			if parent >= 0 {
				depth[i] = depth[parent] + 1
			}
			g.Groups = append(g.Groups, Group{Parent: parent, TitleW: float64(20 + r.IntN(80)), TitleH: 14})
		}
	}
	for range n {
		grp := -1
		if len(g.Groups) > 0 && r.IntN(3) > 0 {
			grp = r.IntN(len(g.Groups))
		}
		g.Nodes = append(g.Nodes, Node{W: float64(20 + r.IntN(120)), H: float64(20 + r.IntN(40)), Group: grp})
	}
	ne := r.IntN(2*n + 1)
	for range ne {
		e := Edge{From: NodeEnd(r.IntN(n)), To: NodeEnd(r.IntN(n))}
		switch k := r.IntN(20); {
		case k == 0:
			e.To = e.From // self-loop
		case k == 1 && len(g.Edges) > 0:
			e = g.Edges[r.IntN(len(g.Edges))] // parallel edge
		case k == 2 && len(g.Groups) > 0:
			e.To = GroupEnd(r.IntN(len(g.Groups)))
		case k == 3 && len(g.Groups) > 0:
			e.From = GroupEnd(r.IntN(len(g.Groups)))
		}
		if r.IntN(4) == 0 {
			e.LabelW, e.LabelH = float64(10+r.IntN(60)), 14
		}
		if r.IntN(10) == 0 {
			e.MinLen = 2
		}
		if endInside(g, e.From, e.To) || endInside(g, e.To, e.From) {
			continue
		}
		g.Edges = append(g.Edges, e)
	}
	if r.IntN(4) == 0 {
		set := []int{r.IntN(n), r.IntN(n)}
		if r.IntN(2) == 0 {
			set = append(set, r.IntN(n))
		}
		g.SameRank = append(g.SameRank, set)
		if set[0] != set[1] && r.IntN(2) == 0 {
			g.Edges = append(g.Edges, Edge{From: NodeEnd(set[0]), To: NodeEnd(set[1]), LabelW: float64(10 + r.IntN(60)), LabelH: 14})
		}
	}
	return g
}

// TestRandomGraphs checks the invariants on 500 seeded random graphs, in
// every direction, orthogonal, spline, straight and the three mixed edge
// by edge.
func TestRandomGraphs(t *testing.T) {
	n := 500
	if testing.Short() {
		n = 100
	}
	for seed := range uint64(n) {
		g := randomGraph(seed)
		switch seed % 4 {
		case 1: // every edge straight
			for i := range g.Edges {
				g.Edges[i].Style = RouteStraight
			}
		case 3: // each edge its own style
			for i := range g.Edges {
				g.Edges[i].Style = RouteStyle((i + int(seed)) % 4)
			}
		}
		opt := Options{Direction: Direction(seed / 2 % 4), Spline: seed%3 == 0}
		if seed%5 == 4 {
			// Tight spacing and a single sweep.
			opt.NodeSep, opt.RankSep, opt.EdgeSep, opt.GroupPad, opt.Sweeps = 3, 5, 1, 2, 1
		}
		res, err := Layout(g, opt)
		if err != nil {
			t.Fatalf("seed %d: Layout: %v", seed, err)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Errorf("seed %d (%d nodes, %d edges, %d groups, %+v): %s", seed, len(g.Nodes), len(g.Edges), len(g.Groups), opt, msg)
		}
	}
}

// checkResult returns a description of the first broken invariant, or "".
func checkResult(g *Graph, res *Result) string {
	rep := quality.Measure(geometry(g, res, nil, nil))
	if v := rep.NodeOverlaps + rep.EdgesThroughNodes + rep.LabelOverlaps + rep.GroupIntrusions + rep.MembersOutside + rep.Invalid; v > 0 {
		return fmt.Sprintf("overlaps %d, through %d, labels %d, intrusions %d, outside %d, invalid %d: %v",
			rep.NodeOverlaps, rep.EdgesThroughNodes, rep.LabelOverlaps, rep.GroupIntrusions, rep.MembersOutside, rep.Invalid, rep.Problems)
	}
	within := func(r Rect) bool {
		return r.X >= -0.01 && r.Y >= -0.01 && r.X+r.W <= res.Width+0.01 && r.Y+r.H <= res.Height+0.01
	}
	for i, r := range res.Nodes {
		if !within(r) {
			return fmt.Sprintf("node %d at %v lies outside %gx%g", i, r, res.Width, res.Height)
		}
		if r.W != g.Nodes[i].W || r.H != g.Nodes[i].H {
			return fmt.Sprintf("node %d is %gx%g, want %gx%g", i, r.W, r.H, g.Nodes[i].W, g.Nodes[i].H)
		}
	}
	for i, e := range res.Edges {
		if len(e.Points) < 2 {
			return fmt.Sprintf("edge %d has %d points", i, len(e.Points))
		}
		for _, p := range e.Points {
			if !within(Rect{p.X, p.Y, 0, 0}) {
				return fmt.Sprintf("edge %d point %v lies outside", i, p)
			}
		}
		if ge := g.Edges[i]; hasLabel(ge.LabelW, ge.LabelH) && (e.Label.W != ge.LabelW || e.Label.H != ge.LabelH) {
			return fmt.Sprintf("edge %d label is %v, want %gx%g", i, e.Label, ge.LabelW, ge.LabelH)
		}
		// The route starts on its source's box and ends on its target's.
		if msg := endOnBox(g, res, g.Edges[i].From, e.Points[0]); msg != "" {
			return fmt.Sprintf("edge %d start: %s", i, msg)
		}
		if msg := endOnBox(g, res, g.Edges[i].To, e.Points[len(e.Points)-1]); msg != "" {
			return fmt.Sprintf("edge %d end: %s", i, msg)
		}
	}
	for i, r := range res.Groups {
		if !within(r) {
			return fmt.Sprintf("group %d at %v lies outside", i, r)
		}
		t := res.GroupTitles[i]
		for v, nb := range res.Nodes {
			if overlaps(t, nb) {
				return fmt.Sprintf("group %d title %v overlaps node %d at %v", i, t, v, nb)
			}
		}
		for e, rt := range res.Edges {
			if rt.Label != (Rect{}) && overlaps(t, rt.Label) {
				return fmt.Sprintf("group %d title %v overlaps the label of edge %d at %v", i, t, e, rt.Label)
			}
		}
		if t.X < r.X-0.01 || t.Y < r.Y-0.01 || t.X+t.W > r.X+r.W+0.01 || t.Y+t.H > r.Y+r.H+0.01 {
			return fmt.Sprintf("group %d title %v sticks out of %v", i, t, r)
		}
	}
	return ""
}

func endOnBox(g *Graph, res *Result, e End, p Point) string {
	r := res.Groups
	var b Rect
	if e.IsGroup() {
		b = r[e.Group]
	} else {
		b = res.Nodes[e.Node]
	}
	const tol = 0.01
	in := p.X >= b.X-tol && p.X <= b.X+b.W+tol && p.Y >= b.Y-tol && p.Y <= b.Y+b.H+tol
	onSide := abs(p.X-b.X) < tol || abs(p.X-b.X-b.W) < tol || abs(p.Y-b.Y) < tol || abs(p.Y-b.Y-b.H) < tol
	if !in || !onSide {
		return fmt.Sprintf("%v is not on the boundary of %v", p, b)
	}
	return ""
}

// overlaps reports whether two boxes overlap by more than 0.5 px both ways.
func overlaps(a, b Rect) bool {
	dx := min(a.X+a.W, b.X+b.W) - max(a.X, b.X)
	dy := min(a.Y+a.H, b.Y+b.H) - max(a.Y, b.Y)
	return dx > 0.5 && dy > 0.5
}
