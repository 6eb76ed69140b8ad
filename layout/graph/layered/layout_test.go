package layered

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLayoutErrors(t *testing.T) {
	node := Node{W: 10, H: 10, Group: -1}
	tests := []struct {
		name string
		g    Graph
		want Item
		at   int
	}{
		{"edge node out of range", Graph{Nodes: []Node{node}, Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(3)}}}, ItemEdge, 0},
		{"node group out of range", Graph{Nodes: []Node{{W: 1, H: 1, Group: 2}}}, ItemNode, 0},
		{"negative size", Graph{Nodes: []Node{{W: -1, H: 1, Group: -1}}}, ItemNode, 0},
		{"group cycle", Graph{Groups: []Group{{Parent: 1}, {Parent: 0}}}, ItemGroup, 0},
		{"group to own member", Graph{Nodes: []Node{{W: 1, H: 1, Group: 0}}, Groups: []Group{{Parent: -1}},
			Edges: []Edge{{From: GroupEnd(0), To: NodeEnd(0)}}}, ItemEdge, 0},
		{"group end out of range", Graph{Nodes: []Node{node}, Edges: []Edge{{From: NodeEnd(0), To: GroupEnd(0)}}}, ItemEdge, 0},
		{"bad group end", Graph{Nodes: []Node{node}, Groups: []Group{{Parent: -1}}, Edges: []Edge{{From: End{Node: -2, Group: 0}}}}, ItemEdge, 0},
		{"same rank out of range", Graph{Nodes: []Node{node}, SameRank: [][]int{{0, 1}}}, ItemSameRank, 0},
	}
	for _, tt := range tests {
		_, err := Layout(&tt.g, Options{})
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("Layout(%s) error = %v, want an *InputError", tt.name, err)
			continue
		}
		if ie.Item != tt.want || ie.Index != tt.at {
			t.Errorf("Layout(%s) error names %v %d, want %v %d", tt.name, ie.Item, ie.Index, tt.want, tt.at)
		}
	}
}

// TestLayoutDeterministic lays out the same graphs twice.
func TestLayoutDeterministic(t *testing.T) {
	for seed := range uint64(40) {
		g := randomGraph(seed)
		opt := Options{Direction: Direction(seed % 4), Spline: seed%2 == 0}
		a, err := Layout(g, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Layout(g, opt)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("seed %d: two layouts differ (-first +second):\n%s", seed, diff)
		}
	}
}

// TestLayoutSmall pins the geometry of a two-node graph in every direction.
func TestLayoutSmall(t *testing.T) {
	g := &Graph{
		Nodes: []Node{{W: 40, H: 20, Group: -1}, {W: 60, H: 20, Group: -1}},
		Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1)}},
	}
	tests := []struct {
		dir  Direction
		want *Result
	}{
		{Down, &Result{
			Nodes: []Rect{{10, 0, 40, 20}, {0, 60, 60, 20}},
			Edges: []Route{{Points: []Point{{30, 20}, {30, 60}}, Style: RouteOrthogonal}},
			Width: 60, Height: 80, Groups: []Rect{}, GroupTitles: []Rect{},
			OrderWork: 600, // 200 planned sweeps over 2 nodes and 1 edge
		}},
		{Up, &Result{
			Nodes: []Rect{{10, 60, 40, 20}, {0, 0, 60, 20}},
			Edges: []Route{{Points: []Point{{30, 60}, {30, 20}}, Style: RouteOrthogonal}},
			Width: 60, Height: 80, Groups: []Rect{}, GroupTitles: []Rect{},
			OrderWork: 600, // 200 planned sweeps over 2 nodes and 1 edge
		}},
		{Right, &Result{
			Nodes: []Rect{{0, 0, 40, 20}, {80, 0, 60, 20}},
			Edges: []Route{{Points: []Point{{40, 10}, {80, 10}}, Style: RouteOrthogonal}},
			Width: 140, Height: 20, Groups: []Rect{}, GroupTitles: []Rect{},
			OrderWork: 600, // 200 planned sweeps over 2 nodes and 1 edge
		}},
		{Left, &Result{
			Nodes: []Rect{{100, 0, 40, 20}, {0, 0, 60, 20}},
			Edges: []Route{{Points: []Point{{100, 10}, {60, 10}}, Style: RouteOrthogonal}},
			Width: 140, Height: 20, Groups: []Rect{}, GroupTitles: []Rect{},
			OrderWork: 600, // 200 planned sweeps over 2 nodes and 1 edge
		}},
	}
	for _, tt := range tests {
		got, err := Layout(g, Options{Direction: tt.dir})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Layout(direction %d) mismatch (-want +got):\n%s", tt.dir, diff)
		}
	}
}

// TestLayoutFeatures checks a few features one by one.
func TestLayoutFeatures(t *testing.T) {
	n := func(g int) Node { return Node{W: 50, H: 24, Group: g} }
	t.Run("same rank", func(t *testing.T) {
		g := &Graph{Nodes: []Node{n(-1), n(-1), n(-1)}, Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1)}, {From: NodeEnd(1), To: NodeEnd(2)}},
			SameRank: [][]int{{0, 2}}}
		res, err := Layout(g, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Nodes[0].Y != res.Nodes[2].Y {
			t.Errorf("same-rank nodes at y %g and %g", res.Nodes[0].Y, res.Nodes[2].Y)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Error(msg)
		}
	})
	t.Run("cycle reversed", func(t *testing.T) {
		g := &Graph{Nodes: []Node{n(-1), n(-1)}, Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1)}, {From: NodeEnd(1), To: NodeEnd(0)}}}
		res, _ := Layout(g, Options{})
		if got := []bool{res.Edges[0].Reversed, res.Edges[1].Reversed}; !cmp.Equal(got, []bool{false, true}) {
			t.Errorf("Reversed = %v, want [false true]", got)
		}
		// The reversed edge still ends at node 0.
		last := res.Edges[1].Points[len(res.Edges[1].Points)-1]
		if b := res.Nodes[0]; last.Y != b.Y+b.H {
			t.Errorf("reversed edge ends at %v, want on the bottom of %v", last, b)
		}
	})
	t.Run("label rank", func(t *testing.T) {
		g := &Graph{Nodes: []Node{n(-1), n(-1)}, Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1), LabelW: 30, LabelH: 12}}}
		res, _ := Layout(g, Options{})
		lb := res.Edges[0].Label
		if !(lb.Y > res.Nodes[0].Y+res.Nodes[0].H && lb.Y+lb.H < res.Nodes[1].Y) {
			t.Errorf("label %v is not between the nodes %v and %v", lb, res.Nodes[0], res.Nodes[1])
		}
	})
	t.Run("group end", func(t *testing.T) {
		g := &Graph{Nodes: []Node{n(-1), n(0), n(0)}, Groups: []Group{{Parent: -1, TitleW: 40, TitleH: 14}},
			Edges: []Edge{{From: NodeEnd(0), To: GroupEnd(0)}, {From: NodeEnd(1), To: NodeEnd(2)}}}
		res, _ := Layout(g, Options{})
		pts := res.Edges[0].Points
		if end, box := pts[len(pts)-1], res.Groups[0]; end.Y != box.Y {
			t.Errorf("edge to group ends at %v, want on the top of %v", end, box)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Error(msg)
		}
	})
	t.Run("parallel and loops", func(t *testing.T) {
		g := &Graph{Nodes: []Node{n(-1), n(-1)}, Edges: []Edge{
			{From: NodeEnd(0), To: NodeEnd(1)}, {From: NodeEnd(0), To: NodeEnd(1)},
			{From: NodeEnd(0), To: NodeEnd(0)}, {From: NodeEnd(0), To: NodeEnd(0), LabelW: 20, LabelH: 10}}}
		res, _ := Layout(g, Options{})
		if cmp.Equal(res.Edges[0].Points, res.Edges[1].Points) {
			t.Errorf("parallel edges share a route: %v", res.Edges[0].Points)
		}
		if cmp.Equal(res.Edges[2].Points, res.Edges[3].Points) {
			t.Errorf("two self-loops share a route: %v", res.Edges[2].Points)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Error(msg)
		}
	})
	t.Run("empty group", func(t *testing.T) {
		g := &Graph{Nodes: []Node{n(-1)}, Groups: []Group{{Parent: -1, TitleW: 40, TitleH: 14}, {Parent: 0}},
			Edges: []Edge{{From: NodeEnd(0), To: GroupEnd(1)}}}
		res, err := Layout(g, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Groups[1].W <= 0 || res.Groups[0].W < res.Groups[1].W {
			t.Errorf("groups %v: want a box for the empty group inside its parent", res.Groups)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Error(msg)
		}
	})
}

func TestLayoutEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		g    Graph
	}{
		{"empty", Graph{}},
		{"groups only", Graph{Groups: []Group{{Parent: -1, TitleW: 30, TitleH: 10}, {Parent: 0}}}},
		{"zero sizes", Graph{Nodes: []Node{{Group: -1}, {Group: -1}}, Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1)}}}},
		{"huge min length", Graph{Nodes: []Node{{W: 5, H: 5, Group: -1}, {W: 5, H: 5, Group: -1}},
			Edges: []Edge{{From: NodeEnd(0), To: NodeEnd(1), MinLen: 1 << 30}}}},
		{"group to group", Graph{Nodes: []Node{{W: 5, H: 5, Group: 0}, {W: 5, H: 5, Group: 1}},
			Groups: []Group{{Parent: -1}, {Parent: -1}},
			Edges:  []Edge{{From: GroupEnd(0), To: GroupEnd(1), LabelW: 10, LabelH: 5}, {From: GroupEnd(1), To: GroupEnd(0)}}}},
	}
	for _, tt := range tests {
		for dir := Down; dir <= Left; dir++ {
			res, err := Layout(&tt.g, Options{Direction: dir})
			if err != nil {
				t.Fatalf("Layout(%s): %v", tt.name, err)
			}
			if msg := checkResult(&tt.g, res); msg != "" {
				t.Errorf("Layout(%s, direction %d): %s", tt.name, dir, msg)
			}
		}
	}
}

// FuzzLayout lays out random graphs from fuzzed seeds and options.
func FuzzLayout(f *testing.F) {
	f.Add(uint64(1), uint8(0))
	f.Add(uint64(7), uint8(5))
	f.Fuzz(func(t *testing.T, seed uint64, flags uint8) {
		g := randomGraph(seed)
		opt := Options{Direction: Direction(flags % 4), Spline: flags&4 != 0}
		res, err := Layout(g, opt)
		if err != nil {
			t.Fatal(err)
		}
		if msg := checkResult(g, res); msg != "" {
			t.Error(msg)
		}
	})
}
