package quality

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/scene/geom"
)

func TestCrossings(t *testing.T) {
	hub := node("n", 0, 0, 20, 20)
	tests := []struct {
		name string
		g    geom.Geometry
		want int
	}{
		{"x of two edges", edges(edge("a", "b", 0, 0, 10, 10), edge("c", "d", 0, 10, 10, 0)), 1},
		{"apart", edges(edge("a", "b", 0, 0, 10, 0), edge("c", "d", 0, 5, 10, 5)), 0},
		{"same edge crossing itself", edges(edge("a", "b", 0, 0, 10, 10, 10, 0, 0, 10)), 0},
		{"collinear overlap", edges(edge("a", "b", 0, 0, 10, 0), edge("c", "d", 5, 0, 15, 0)), 0},
		{"sides changed along a shared stretch",
			edges(edge("a", "b", 0, 0, 30, 0), edge("c", "d", 10, -10, 10, 0, 20, 0, 20, 10)), 0},
		{"start touching the other route", edges(edge("a", "b", 0, 0, 10, 0), edge("c", "d", 5, 0, 5, 10)), 0},
		{"end touching the other route", edges(edge("a", "b", 0, 0, 10, 0), edge("c", "d", 5, 10, 5, 0)), 0},
		{"routes meeting end to end", edges(edge("a", "b", 0, 0, 10, 0), edge("c", "d", 10, 0, 10, 10)), 0},
		{"S-curve crossing a line twice",
			edges(edge("a", "b", 0, 10, 100, 10), edge("c", "d", 0, 0, 30, 0, 30, 20, 60, 20, 60, 0, 90, 0)), 2},
		{"flattened curve crossing twice", edges(edge("a", "b", 0, 10, 100, 10), arc("c", "d", 50, 0, 40, 24)), 2},
		{"vertex exactly on the other route",
			edges(edge("a", "b", 0, 0, 20, 0), edge("c", "d", 10, -10, 10, 0, 10, 10)), 1},
		{"vertex touching from one side",
			edges(edge("a", "b", 0, 0, 20, 0), edge("c", "d", 5, -10, 10, 0, 15, -10)), 0},
		{"vertices meeting, crossing",
			edges(edge("a", "b", 0, 0, 10, 0, 20, 5), edge("c", "d", 10, -10, 10, 0, 10, 10)), 1},
		{"vertices meeting, touching",
			edges(edge("a", "b", 0, 0, 10, 0, 20, 0), edge("c", "d", 10, -10, 10, 0, 0, -10)), 0},
		{"shared endpoint, meeting inside its grown box",
			geom.Geometry{Nodes: []geom.Node{hub}, Edges: []geom.Edge{edge("n", "a", 6, 18, 14, 24), edge("n", "b", 14, 18, 6, 24)}}, 0},
		{"shared endpoint as target, meeting inside its grown box",
			geom.Geometry{Nodes: []geom.Node{hub}, Edges: []geom.Edge{edge("a", "n", 6, 24, 14, 18), edge("b", "n", 14, 24, 6, 18)}}, 0},
		{"shared endpoint, meeting outside its grown box",
			geom.Geometry{Nodes: []geom.Node{hub}, Edges: []geom.Edge{edge("n", "a", 6, 18, 14, 30), edge("n", "b", 14, 18, 6, 30)}}, 1},
		{"no shared endpoint, meeting inside a node box",
			geom.Geometry{Nodes: []geom.Node{hub}, Edges: []geom.Edge{edge("n", "a", 6, 18, 14, 24), edge("m", "b", 14, 18, 6, 24)}}, 0 + 1},
		{"three edges through one point", edges(
			edge("a", "b", 0, 0, 10, 10), edge("c", "d", 0, 10, 10, 0), edge("e", "f", 5, -5, 5, 15)), 3},
		{"grid of 3 by 4 lines", gridLines(3, 4), 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Measure(tt.g).Crossings; got != tt.want {
				t.Errorf("Measure(%s).Crossings = %d, want %d", tt.name, got, tt.want)
			}
		})
	}
}

// arc returns an edge along a half circle below (cx, cy) of radius r,
// flattened into n chords; it crosses the line y = cy+r/4 twice.
func arc(from, to string, cx, cy, r float64, n int) geom.Edge {
	e := geom.Edge{From: from, To: to}
	for i := 0; i <= n; i++ {
		a := math.Pi * float64(i) / float64(n)
		e.Points = append(e.Points, [2]float64{cx - r*math.Cos(a), cy + r*math.Sin(a)})
	}
	return e
}

// gridLines returns h horizontal and v vertical edges that cross each other
// h*v times.
func gridLines(h, v int) geom.Geometry {
	var g geom.Geometry
	for i := 0; i < h; i++ {
		y := float64(10 + 10*i)
		g.Edges = append(g.Edges, edge(fmt.Sprint("h", i), "x", 0, y, 100, y))
	}
	for i := 0; i < v; i++ {
		x := float64(10 + 10*i)
		g.Edges = append(g.Edges, edge(fmt.Sprint("v", i), "x", x, 0, x, 100))
	}
	return g
}

func TestBoxChecks(t *testing.T) {
	a := node("a", 0, 0, 20, 20)
	tests := []struct {
		name string
		g    geom.Geometry
		want counts
	}{
		{"nodes apart", geom.Geometry{Nodes: []geom.Node{a, node("b", 30, 0, 20, 20)}}, counts{}},
		{"nodes touching", geom.Geometry{Nodes: []geom.Node{a, node("b", 20, 0, 20, 20)}}, counts{}},
		{"nodes overlapping by 0.4 px", geom.Geometry{Nodes: []geom.Node{a, node("b", 19.6, 0, 20, 20)}}, counts{}},
		{"nodes overlapping by 1 px", geom.Geometry{Nodes: []geom.Node{a, node("b", 19, 0, 20, 20)}}, counts{NodeOverlaps: 1}},
		{"nodes overlapping by 1 px in x only", geom.Geometry{Nodes: []geom.Node{a, node("b", 19, 19.6, 20, 20)}}, counts{}},
		{"node inside a node", geom.Geometry{Nodes: []geom.Node{a, node("b", 5, 5, 5, 5)}}, counts{NodeOverlaps: 1}},
		{"three nodes on top of each other", geom.Geometry{Nodes: []geom.Node{a, a, a}}, counts{NodeOverlaps: 3}},
		{"negative size normalised", geom.Geometry{Nodes: []geom.Node{a, node("b", 25, 25, -10, -10)}}, counts{NodeOverlaps: 1}},
		{"label over a node", geom.Geometry{Nodes: []geom.Node{a}, Labels: []geom.Box{{ID: "l", X: 10, Y: 10, W: 30, H: 8}}},
			counts{LabelOverlaps: 1}},
		{"label beside a node", geom.Geometry{Nodes: []geom.Node{a}, Labels: []geom.Box{{ID: "l", X: 20, Y: 10, W: 30, H: 8}}},
			counts{}},
		{"two labels overlapping", geom.Geometry{Labels: []geom.Box{{ID: "l", W: 30, H: 8}, {ID: "m", X: 29, Y: 7, W: 30, H: 8}}},
			counts{LabelOverlaps: 1}},
		{"text 1 px too wide", geom.Geometry{Texts: []geom.TextBox{{ID: "t", Text: "hello", X: 2, Y: 2, W: 19, H: 10,
			Container: geom.Box{ID: "a", W: 20, H: 20}}}}, counts{TextOverflow: 1}},
		{"text 0.4 px too wide", geom.Geometry{Texts: []geom.TextBox{{ID: "t", Text: "hello", X: 2, Y: 2, W: 18.4, H: 10,
			Container: geom.Box{ID: "a", W: 20, H: 20}}}}, counts{}},
		{"text too high", geom.Geometry{Texts: []geom.TextBox{{ID: "t", Text: "hello", X: 2, Y: -3, W: 10, H: 10,
			Container: geom.Box{ID: "a", W: 20, H: 20}}}}, counts{TextOverflow: 1}},
		{"mark inside", geom.Geometry{Marks: []geom.Mark{{ID: "m", X: 95, Y: 5, W: 5, H: 5, Area: geom.Box{W: 100, H: 50}}}}, counts{}},
		{"mark outside", geom.Geometry{Marks: []geom.Mark{{ID: "m", X: 96, Y: 5, W: 5, H: 5, Area: geom.Box{W: 100, H: 50}}}},
			counts{MarksOutside: 1}},
		{"not finite", geom.Geometry{Nodes: []geom.Node{a, node("b", math.NaN(), 0, 10, 10)},
			Edges: []geom.Edge{edge("a", "b", 0, 0, math.Inf(1), 0)}}, counts{Invalid: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, countsOf(Measure(tt.g))); diff != "" {
				t.Errorf("Measure(%s) mismatch (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func TestEdgesThroughNodes(t *testing.T) {
	nodes := []geom.Node{node("a", 0, 0, 20, 20), node("b", 100, 0, 20, 20), node("c", 50, 0, 20, 20), node("d", 50, 40, 20, 20)}
	tests := []struct {
		name string
		e    geom.Edge
		want int
	}{
		{"passing by", edge("a", "b", 20, 30, 100, 30), 0},
		{"grazing within 2 px", edge("a", "b", 20, 1.5, 100, 1.5), 0},
		{"along the shrunk border", edge("a", "b", 20, 2, 100, 2), 0},
		{"just inside the shrunk border", edge("a", "b", 20, 2.1, 100, 2.1), 1},
		{"passing through", edge("a", "b", 20, 10, 100, 10), 1},
		{"through two nodes", edge("a", "b", 20, 10, 60, 10, 60, 60), 2},
		{"in and out of a node twice", edge("a", "b", 20, 5, 75, 5, 75, 15, 45, 15, 45, 25, 100, 25), 1},
		{"through its own endpoints", edge("a", "b", 10, 10, 110, 10), 1},
		{"ending inside a node", edge("a", "x", 20, 10, 60, 10), 1},
		{"a single point inside a node", edge("a", "x", 60, 10), 1},
		{"diagonal missing a corner", edge("a", "x", 40, 13.9, 60, -6.1), 0},
		{"diagonal through a corner", edge("a", "x", 40, 14.1, 60, -5.9), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := geom.Geometry{Nodes: nodes, Edges: []geom.Edge{tt.e}}
			if got := Measure(g).EdgesThroughNodes; got != tt.want {
				t.Errorf("Measure(%s).EdgesThroughNodes = %d, want %d", tt.name, got, tt.want)
			}
		})
	}
}

func TestGroups(t *testing.T) {
	n := node("n", 10, 10, 20, 20)
	m := node("m", 50, 10, 20, 20)
	tests := []struct {
		name string
		g    geom.Geometry
		want counts
	}{
		{"member inside", geom.Geometry{Nodes: []geom.Node{n},
			Groups: []geom.Group{{ID: "g", W: 40, H: 40, Members: []string{"n"}}}}, counts{}},
		{"node overlapping a group it is not in", geom.Geometry{Nodes: []geom.Node{n, m},
			Groups: []geom.Group{{ID: "g", W: 55, H: 40, Members: []string{"n"}}}}, counts{GroupIntrusions: 1}},
		{"non-member fully inside", geom.Geometry{Nodes: []geom.Node{n, m},
			Groups: []geom.Group{{ID: "g", W: 80, H: 40, Members: []string{"n"}}}}, counts{GroupIntrusions: 1}},
		{"member sticking out", geom.Geometry{Nodes: []geom.Node{n},
			Groups: []geom.Group{{ID: "g", W: 25, H: 40, Members: []string{"n"}}}}, counts{MembersOutside: 1}},
		{"member of a nested group", geom.Geometry{Nodes: []geom.Node{n},
			Groups: []geom.Group{{ID: "outer", W: 50, H: 50}, {ID: "inner", X: 5, Y: 5, W: 30, H: 30, Members: []string{"n"}, Parent: "outer"}}},
			counts{}},
		{"nested group sticking out of its parent", geom.Geometry{Nodes: []geom.Node{n},
			Groups: []geom.Group{{ID: "outer", W: 30, H: 50}, {ID: "inner", X: 5, Y: 5, W: 30, H: 30, Members: []string{"n"}, Parent: "outer"}}},
			counts{MembersOutside: 1}},
		{"siblings overlapping", geom.Geometry{Nodes: []geom.Node{n, m},
			Groups: []geom.Group{{ID: "g", W: 45, H: 40, Members: []string{"n"}}, {ID: "h", X: 40, W: 40, H: 40, Members: []string{"m"}}}},
			counts{GroupIntrusions: 1}},
		{"siblings side by side", geom.Geometry{Nodes: []geom.Node{n, m},
			Groups: []geom.Group{{ID: "g", W: 40, H: 40, Members: []string{"n"}}, {ID: "h", X: 40, W: 40, H: 40, Members: []string{"m"}}}},
			counts{}},
		{"sibling drawn inside a sibling", geom.Geometry{Nodes: []geom.Node{n},
			Groups: []geom.Group{{ID: "g", W: 50, H: 50, Members: []string{"n"}}, {ID: "h", X: 35, Y: 35, W: 10, H: 10}}},
			counts{GroupIntrusions: 1}},
		{"parent cycle does not hang", geom.Geometry{
			Groups: []geom.Group{{ID: "g", W: 50, H: 50, Parent: "h"}, {ID: "h", X: 60, W: 10, H: 10, Parent: "g"}}},
			counts{MembersOutside: 2}},
		{"plain: node inside", geom.Geometry{Nodes: []geom.Node{n}, Groups: []geom.Group{{ID: "g", W: 40, H: 40}}}, counts{}},
		{"plain: node half inside", geom.Geometry{Nodes: []geom.Node{n}, Groups: []geom.Group{{ID: "g", W: 20, H: 40}}},
			counts{GroupIntrusions: 1}},
		{"plain: group inside a group", geom.Geometry{Nodes: []geom.Node{n},
			Groups: []geom.Group{{ID: "g", W: 50, H: 50}, {ID: "h", X: 5, Y: 5, W: 30, H: 30}}}, counts{}},
		{"plain: groups overlapping", geom.Geometry{
			Groups: []geom.Group{{ID: "g", W: 50, H: 50}, {ID: "h", X: 40, Y: 5, W: 30, H: 30}}}, counts{GroupIntrusions: 1}},
		{"edge from a group running inside it", geom.Geometry{Nodes: []geom.Node{n, m},
			Groups: []geom.Group{{ID: "g", W: 40, H: 40, Members: []string{"n"}}},
			Edges:  []geom.Edge{edge("g", "m", 2, 35, 38, 35, 50, 20)}}, counts{Bends: 1}},
		{"edge from a group through its member", geom.Geometry{Nodes: []geom.Node{n, m},
			Groups: []geom.Group{{ID: "g", W: 40, H: 40, Members: []string{"n"}}},
			Edges:  []geom.Edge{edge("g", "m", 2, 20, 50, 20)}}, counts{EdgesThroughNodes: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, countsOf(Measure(tt.g))); diff != "" {
				t.Errorf("Measure(%s) mismatch (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func TestBends(t *testing.T) {
	turned := func(deg float64) geom.Edge {
		a := deg * math.Pi / 180
		return edge("a", "b", 0, 0, 100, 0, 100+100*math.Cos(a), 100*math.Sin(a))
	}
	tests := []struct {
		name string
		e    geom.Edge
		want int
	}{
		{"straight", edge("a", "b", 0, 0, 100, 0), 0},
		{"L route", edge("a", "b", 0, 0, 100, 0, 100, 50), 1},
		{"Z route", edge("a", "b", 0, 0, 50, 0, 50, 50, 100, 50), 2},
		{"redundant midpoint", edge("a", "b", 0, 0, 50, 0, 100, 0), 0},
		{"repeated point", edge("a", "b", 0, 0, 50, 0, 50, 0, 50, 50), 1},
		{"turn by 0.5 degree", turned(0.5), 0},
		{"turn by 2 degrees", turned(2), 1},
		{"turning back", edge("a", "b", 0, 0, 100, 0, 50, 0), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Measure(edges(tt.e)).Bends; got != tt.want {
				t.Errorf("Measure(%s).Bends = %d, want %d", tt.name, got, tt.want)
			}
		})
	}
}

func TestLengthAndSize(t *testing.T) {
	g := geom.Geometry{
		Nodes:  []geom.Node{node("a", 10, 10, 20, 20), node("b", 100, 10, 20, 20)},
		Groups: []geom.Group{{ID: "g", X: 5, Y: 5, W: 30, H: 30}},
		Edges:  []geom.Edge{edge("a", "b", 30, 20, 33, 24, 33, 120), edge("b", "a", 100, 20)},
		Labels: []geom.Box{{ID: "far", X: 1000, Y: 1000, W: 10, H: 10}},
	}
	r := Measure(g)
	got := [3]float64{r.EdgeLength, r.Width, r.Height}
	want := [3]float64{5 + 96, 120 - 5, 120 - 5}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Measure: length, width, height mismatch (-want +got):\n%s", diff)
	}
	if r := Measure(geom.Geometry{}); r.Width != 0 || r.Height != 0 {
		t.Errorf("Measure(empty): size %g × %g, want 0 × 0", r.Width, r.Height)
	}
}

func TestProblems(t *testing.T) {
	g := geom.Geometry{
		Nodes: []geom.Node{node("a", 0, 0, 20, 20), node("b", 19, 0, 20, 20), node("c", 100, 0, 20, 20), node("", 200, 0, 20, 20)},
		Edges: []geom.Edge{
			{ID: "a-c", From: "a", To: "c", Points: [][2]float64{{20, 10}, {100, 10}}},
			edge("c", "x", 120, 10, 230, 10),
			edge("c", "x", 110, 30, 110, 31), edge("d", "c", 120, 25, 110, -2),
		},
		Labels: []geom.Box{{ID: "l", X: 100, Y: 15, W: 20, H: 10}},
		Texts:  []geom.TextBox{{ID: "t", Text: "a rather long text that does not fit at all", W: 30, H: 10, Container: geom.Box{W: 20, H: 20}}},
		Marks:  []geom.Mark{{ID: "m", X: -5, W: 5, H: 5, Area: geom.Box{ID: "plot", W: 100, H: 100}}},
		Groups: []geom.Group{{ID: "g", X: 90, Y: -10, W: 120, H: 40, Members: []string{"c"}}},
	}
	want := []string{
		"edge through node: edge a-c passes through node b",
		"edge through node: edge c->x passes through node #3",
		"group intrusion: node #3 overlaps group g, which it is not in, by 10.0 px × 20.0 px",
		"label overlap: label l overlaps node c by 20.0 px × 5.0 px",
		"mark outside: mark m sticks out of box plot by 5.0 px",
		"node overlap: node a and node b overlap by 1.0 px × 20.0 px",
		"short last segment: edge c->x ends with a straight stretch of 1.0 px",
		"text overflow: text t (\"a rather long text that does …\") sticks out of its box by 10.0 px",
	}
	r := Measure(g)
	if diff := cmp.Diff(want, r.Problems); diff != "" {
		t.Errorf("Measure: problems mismatch (-want +got):\n%s", diff)
	}
	if got, want := r.Violations(), len(want); got != want {
		t.Errorf("Measure: Violations() = %d, want %d", got, want)
	}
}

func TestProblemsCapped(t *testing.T) {
	var g geom.Geometry
	for i := 0; i < 12; i++ {
		g.Nodes = append(g.Nodes, node(fmt.Sprintf("n%02d", i), 0, 0, 10, 10))
	}
	r := Measure(g)
	if r.NodeOverlaps != 66 {
		t.Fatalf("Measure: NodeOverlaps = %d, want 66", r.NodeOverlaps)
	}
	if len(r.Problems) != MaxProblems+1 {
		t.Fatalf("Measure: %d problem lines, want %d", len(r.Problems), MaxProblems+1)
	}
	want := []string{
		"node overlap: node n00 and node n01 overlap by 10.0 px × 10.0 px",
		"... and 16 more problems",
	}
	got := []string{r.Problems[0], r.Problems[MaxProblems]}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Measure: first and last problem mismatch (-want +got):\n%s", diff)
	}
}

func TestMeasurePlainSchema(t *testing.T) {
	const plain = `{"nodes":[{"id":"n0","x":10,"y":20,"w":80,"h":36},
	                 {"id":"n1","x":10,"y":120,"w":80,"h":36,"shape":"rect"}],
	 "edges":[{"from":"n0","to":"n1","points":[[50,56],[50,120]]}],
	 "groups":[{"id":"ingest","x":0,"y":0,"w":300,"h":200}],
	 "engine":"dot"}`
	g, err := geom.Decode(strings.NewReader(plain))
	if err != nil {
		t.Fatalf("Decode(plain): %v", err)
	}
	r := Measure(g)
	if r.Violations() != 0 || r.EdgeLength != 64 || r.Width != 300 || r.Height != 200 {
		t.Errorf("Measure(plain) = %+v, want no violations, length 64, size 300 × 200", r)
	}
}
