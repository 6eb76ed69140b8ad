package layered

import (
	"testing"

	"github.com/aiprep/diag/layout/quality"
)

// fanGraph returns a hub w px wide with k edges into it from k sources
// above, then out edges from it to k2 targets below; the edges out are
// reversed (drawn from the targets up) when back.
func fanGraph(w float64, k, k2 int, back bool) *Graph {
	g := &Graph{}
	for range k {
		g.Nodes = append(g.Nodes, Node{W: 50, H: 30, Group: -1})
	}
	hub := len(g.Nodes)
	g.Nodes = append(g.Nodes, Node{W: w, H: 30, Group: -1})
	for i := range k {
		g.Edges = append(g.Edges, Edge{From: NodeEnd(i), To: NodeEnd(hub)})
	}
	for range k2 {
		t := len(g.Nodes)
		g.Nodes = append(g.Nodes, Node{W: 50, H: 30, Group: -1})
		g.Edges = append(g.Edges, Edge{From: NodeEnd(hub), To: NodeEnd(t)})
	}
	if back {
		// Edges back from two targets to the first source: they share
		// the sources' rank but end on the bottom side of source 0.
		g.Edges = append(g.Edges, Edge{From: NodeEnd(hub + 1), To: NodeEnd(0)}, Edge{From: NodeEnd(hub + 2), To: NodeEnd(0)})
	}
	return g
}

// TestPortsFollowable lays out fans too wide for their hub's side and
// holds the routes to the checks of ends, tracks and last segments: the
// edges merge into trunks instead of crowding, and the trunks end with one
// arrowhead each.
func TestPortsFollowable(t *testing.T) {
	tests := []struct {
		name      string
		g         *Graph
		hub       int
		mostPorts int // distinct ends on the hub's top side
	}{
		{"fan-in of 23 into 60 px", fanGraph(60, 23, 2, false), 23, 7},
		{"fan-in of 6 into 24 px", fanGraph(24, 6, 0, false), 6, 3},
		{"fan-in of 5 into 40 px", fanGraph(40, 5, 0, false), 5, 5},
		{"fan-out of 12 from 40 px", fanGraph(40, 1, 12, false), 1, 1},
		{"fans with back edges", fanGraph(48, 10, 10, true), 10, 6},
	}
	for _, tt := range tests {
		for _, spline := range []bool{false, true} {
			res, err := Layout(tt.g, Options{Spline: spline})
			if err != nil {
				t.Fatal(err)
			}
			rep := quality.Measure(geometry(tt.g, res, nil, nil))
			if !spline && rep.CrowdedEnds+rep.CloseTracks+rep.ShortLastSegments > 0 {
				t.Errorf("%s: crowded ends %d, close tracks %d, short last segments %d\n%v",
					tt.name, rep.CrowdedEnds, rep.CloseTracks, rep.ShortLastSegments, rep.Problems)
			}
			if spline && rep.CrowdedEnds+rep.ShortLastSegments > 0 {
				t.Errorf("%s, spline: crowded ends %d, short last segments %d\n%v",
					tt.name, rep.CrowdedEnds, rep.ShortLastSegments, rep.Problems)
			}
			if rep.NodeOverlaps+rep.EdgesThroughNodes > 0 {
				t.Errorf("%s: %v", tt.name, rep.Problems)
			}
			top := map[Point]bool{}
			hub := res.Nodes[tt.hub]
			for i, e := range tt.g.Edges {
				pts := res.Edges[i].Points
				if e.To.Node == tt.hub && abs(pts[len(pts)-1].Y-hub.Y) < 0.5 {
					top[pts[len(pts)-1]] = true
				}
			}
			if len(top) > tt.mostPorts || len(top) == 0 {
				t.Errorf("%s: %d ends on the hub's top side, want 1 to %d", tt.name, len(top), tt.mostPorts)
			}
		}
	}
}

// TestBundlePorts numbers ports of edges that end here (h) and start here
// (t) on a side that holds most of them.
func TestBundlePorts(t *testing.T) {
	side := func(kinds string, others ...float64) []portConn {
		var out []portConn
		for i, k := range kinds {
			out = append(out, portConn{edge: i, other: others[i], head: k == 'h'})
		}
		return out
	}
	tests := []struct {
		name string
		side []portConn
		most int
		want []int
	}{
		{"fits", side("hhh", 0, 10, 20), 3, []int{0, 1, 2}},
		{"closest merge", side("hhhh", 0, 10, 100, 105), 3, []int{0, 1, 2, 2}},
		{"to one trunk", side("hhhh", 0, 10, 100, 105), 1, []int{0, 0, 0, 0}},
		{"heads and tails apart", side("hhtt", 0, 1, 2, 3), 2, []int{0, 0, 1, 1}},
		{"cannot merge alternating", side("htht", 0, 1, 2, 3), 2, []int{0, 1, 2, 3}},
	}
	for _, tt := range tests {
		got := bundlePorts(tt.side, tt.most)
		if len(got) != len(tt.want) {
			t.Fatalf("%s: %v, want %v", tt.name, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}
