package quality

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/scene/geom"
)

// fanIn returns a node t at (0, 100) 120 px wide and 30 high, and k edges
// that come down into its top side, their tips step px apart starting at
// x0, each bending 40 px above the node.
func fanIn(k int, x0, step float64) geom.Geometry {
	g := geom.Geometry{Nodes: []geom.Node{node("t", 0, 100, 120, 30)}}
	for i := range k {
		x := x0 + float64(i)*step
		g.Edges = append(g.Edges, edge(fmt.Sprint("s", i), "t", float64(i)*50-100, 0, float64(i)*50-100, 60, x, 60, x, 100))
	}
	return g
}

func TestCrowdedEnds(t *testing.T) {
	tests := []struct {
		name string
		g    geom.Geometry
		want int
	}{
		{"three ends 10 px apart", fanIn(3, 40, 10), 0},
		{"three ends 8 px apart", fanIn(3, 40, 8), 0},
		{"three ends 5 px apart", fanIn(3, 40, 5), 2},
		{"four ends fused at one point", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 100, 120, 30)},
			Edges: []geom.Edge{edge("a", "t", 0, 0, 60, 100), edge("b", "t", 40, 0, 60, 100), edge("c", "t", 80, 0, 60, 100), edge("d", "t", 120, 0, 60, 100)},
		}, 3},
		{"two ends apart on different sides", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 0, 40, 40)},
			Edges: []geom.Edge{edge("a", "t", 40, -30, 40, 0), edge("b", "t", 70, 2, 40, 2)},
		}, 0},
		{"a tail and a tip close on one side", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 0, 40, 40)},
			Edges: []geom.Edge{edge("a", "t", 20, -30, 20, 0), edge("t", "b", 24, 0, 24, -30)},
		}, 1},
		{"ends merged into one trunk", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 100, 120, 30)},
			Edges: []geom.Edge{
				edge("a", "t", 0, 0, 0, 60, 60, 60, 60, 100),
				edge("b", "t", 120, 0, 120, 60, 60, 60, 60, 100),
				edge("c", "t", 60, 0, 60, 100),
			},
		}, 0},
		{"a trunk and a fused end at its point", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 100, 120, 30)},
			Edges: []geom.Edge{
				edge("a", "t", 0, 0, 0, 60, 60, 60, 60, 100),
				edge("b", "t", 120, 0, 120, 60, 60, 60, 60, 100),
				edge("c", "t", 0, 100, 60, 100),
			},
		}, 1},
		{"fan-out trunk", geom.Geometry{
			Nodes: []geom.Node{node("s", 0, 0, 120, 30)},
			Edges: []geom.Edge{
				edge("s", "a", 60, 30, 60, 50, 0, 50, 0, 90),
				edge("s", "b", 60, 30, 60, 50, 120, 50, 120, 90),
			},
		}, 0},
		{"ends on a group's box", geom.Geometry{
			Groups: []geom.Group{{ID: "g", X: 0, Y: 100, W: 200, H: 100}},
			Edges:  []geom.Edge{edge("a", "g", 50, 0, 50, 100), edge("b", "g", 53, 0, 53, 100)},
		}, 1},
		{"ends away from their node", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 0, 40, 40)},
			Edges: []geom.Edge{edge("a", "t", 20, 200, 20, 100), edge("b", "t", 22, 200, 22, 100)},
		}, 0},
		{"ends round a circle", geom.Geometry{
			Nodes: []geom.Node{node("t", 0, 0, 40, 40)},
			Edges: []geom.Edge{
				edge("a", "t", 20, -40, 20, 0),
				edge("b", "t", -20, -40, 20-20*math.Sqrt2/2, 20-20*math.Sqrt2/2),
			},
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Measure(tt.g).CrowdedEnds; got != tt.want {
				t.Errorf("Measure(%s).CrowdedEnds = %d, want %d\n%v", tt.name, got, tt.want, Measure(tt.g).Problems)
			}
		})
	}
}

func TestCloseTracks(t *testing.T) {
	tests := []struct {
		name string
		g    geom.Geometry
		want int
	}{
		{"tracks 8 px apart", edges(edge("a", "b", 0, 0, 0, 20, 100, 20, 100, 60), edge("c", "d", 10, 0, 10, 28, 120, 28, 120, 60)), 0},
		{"tracks 5 px apart", edges(edge("a", "b", 0, 0, 0, 20, 100, 20, 100, 60), edge("c", "d", 10, 0, 10, 25, 120, 25, 120, 60)), 1},
		{"three vertical lines 4 px apart", edges(
			edge("a", "b", 0, 0, 0, 50), edge("c", "d", 4, 0, 4, 50), edge("e", "f", 8, 0, 8, 50)), 2},
		{"close for 6 px only", edges(edge("a", "b", 0, 0, 0, 50), edge("c", "d", 4, 44, 4, 100)), 0},
		{"close but not parallel", edges(edge("a", "b", 0, 0, 0, 50), edge("c", "d", 1, 0, 6, 50)), 0},
		{"one line drawn twice", edges(edge("a", "b", 0, 0, 0, 50), edge("c", "d", 0, 10, 0, 60)), 1},
		{"a trunk into one node", edges(
			edge("a", "t", 0, 0, 0, 20, 50, 20, 50, 60), edge("b", "t", 100, 0, 100, 20, 50, 20, 50, 60)), 0},
		{"a trunk out of one node", edges(
			edge("s", "a", 50, 0, 50, 40, 0, 40, 0, 60), edge("s", "b", 50, 0, 50, 40, 100, 40, 100, 60)), 0},
		{"opposite directions, close", edges(edge("a", "b", 0, 0, 100, 0), edge("c", "d", 100, 3, 0, 3)), 1},
		{"same edge", edges(edge("a", "b", 0, 0, 0, 50, 4, 50, 4, 0)), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Measure(tt.g).CloseTracks; got != tt.want {
				t.Errorf("Measure(%s).CloseTracks = %d, want %d\n%v", tt.name, got, tt.want, Measure(tt.g).Problems)
			}
		})
	}
}

func TestShortLastSegments(t *testing.T) {
	tests := []struct {
		name string
		g    geom.Geometry
		want int
	}{
		{"straight", edges(edge("a", "b", 0, 0, 0, 50)), 0},
		{"bend 12 px before the tip", edges(edge("a", "b", 0, 0, 0, 50, 40, 50, 40, 62)), 0},
		{"bend 6 px before the tip", edges(edge("a", "b", 0, 0, 0, 50, 40, 50, 40, 56)), 1},
		{"a whole route of 10 px", edges(edge("a", "b", 0, 0, 0, 10)), 1},
		{"a gentle arc", edges(arc("a", "b", 0, 0, 100, 64)), 0},
		{"a tight arc", edges(arc("a", "b", 0, 0, 20, 16)), 1},
		{"a hook at the end of a flattened S-curve", edges(edge("a", "b", 0, 0, 0, 10, 40, 30, 80, 36, 84, 38, 84, 42)), 1},
		{"a one-point route", edges(edge("a", "b", 0, 0)), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Measure(tt.g).ShortLastSegments; got != tt.want {
				t.Errorf("Measure(%s).ShortLastSegments = %d, want %d\n%v", tt.name, got, tt.want, Measure(tt.g).Problems)
			}
		})
	}
}

func TestFollowProblems(t *testing.T) {
	g := fanIn(2, 40, 5)
	g.Edges = append(g.Edges, edge("x", "y", 200, 0, 200, 50), edge("z", "w", 204, 0, 204, 50, 240, 50, 240, 54))
	want := []string{
		"close tracks: edge s0->t and edge s1->t run 5.0 px apart for 40.0 px",
		"close tracks: edge x->y and edge z->w run 4.0 px apart for 50.0 px",
		"crowded ends: edge s0->t and edge s1->t end 5.0 px apart on the top side of node t",
		"short last segment: edge z->w ends with a straight stretch of 4.0 px",
	}
	r := Measure(g)
	if diff := cmp.Diff(want, r.Problems); diff != "" {
		t.Errorf("Measure: problems mismatch (-want +got):\n%s", diff)
	}
	if r.Violations() != 4 {
		t.Errorf("Measure: Violations() = %d, want 4", r.Violations())
	}
}
