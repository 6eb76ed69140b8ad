package graph

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/scene"
)

// TestGraphEdgeIntoOwnGroup checks that an edge the layered engine refuses
// is reported at the edge's own position, found by the engine's typed
// error rather than by its message.
func TestGraphEdgeIntoOwnGroup(t *testing.T) {
	at := diagram.Pos{File: "g.diag", Line: 4, Col: 3}
	g := &diagram.Graph{
		PanelHead: diagram.PanelHead{ID: "g", Pos: diagram.Pos{File: "g.diag", Line: 1, Col: 1}},
		Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
		Groups:    []*diagram.Group{{ID: "box", Nodes: []string{"a"}}},
		Edges: []*diagram.Edge{
			{From: "a", To: "b", Pos: diagram.Pos{File: "g.diag", Line: 3, Col: 3}},
			{From: "box", To: "a", Pos: at},
		},
	}
	env := panel.NewEnv(panel.Limits{MaxLayoutDummies: 1000, MaxCrossingWork: 1_000_000, MaxContourVertices: 1000, MaxFormulaWork: 1000})
	Layout(env, g)
	list := env.Errors()
	if len(list) != 1 {
		t.Fatalf("Layout errors = %v, want one positioned error", list)
	}
	if list[0].Pos != at || !strings.Contains(list[0].Msg, "box -> a") {
		t.Errorf("Layout error = %v at %v, want one about box -> a at %v", list[0].Msg, list[0].Pos, at)
	}
}

// edgePaths returns the path of every edge of the placed graph, by edge
// id.
func edgePaths(items []scene.Item) map[string]*scene.Path {
	out := map[string]*scene.Path{}
	for _, it := range items {
		g, ok := it.(*scene.Group)
		if !ok || g.Kind != scene.KindEdge {
			continue
		}
		for _, sub := range g.Items {
			if p, ok := sub.(*scene.Path); ok {
				out[g.ID] = p
			}
		}
	}
	return out
}

// nodeBoxes returns the box of every node of the placed graph, by id.
func nodeBoxes(items []scene.Item) map[string]scene.Rect {
	out := map[string]scene.Rect{}
	for _, it := range items {
		g, ok := it.(*scene.Group)
		if !ok || g.Kind != scene.KindNode {
			continue
		}
		out[g.ID] = g.Items[0].(*scene.Box).R
	}
	return out
}

func testEnv() *panel.Env {
	return panel.NewEnv(panel.Limits{MaxLayoutDummies: 1000, MaxCrossingWork: 1_000_000, MaxContourVertices: 1000, MaxFormulaWork: 1000})
}

// TestArrowsMeetOutlines checks that straight and spline routes end on
// the outline of a circle and of a diamond, where their arrowheads touch
// the shape, not on the box around it; an orthogonal route into a box
// ends on the box.
func TestArrowsMeetOutlines(t *testing.T) {
	for _, route := range []diagram.Routing{diagram.RouteStraight, diagram.RouteSpline} {
		g := &diagram.Graph{
			PanelHead: diagram.PanelHead{ID: "g"},
			Route:     route,
			Nodes: []*diagram.Node{{ID: "a"}, {ID: "b"}, {ID: "ring", Shape: diagram.Circle}, {ID: "gem", Shape: diagram.Diamond},
				{ID: "box", Shape: diagram.Box}},
			Edges: []*diagram.Edge{
				{ID: "a->ring", From: "a", To: "ring"}, {ID: "b->ring", From: "b", To: "ring"},
				{ID: "a->gem", From: "a", To: "gem"}, {ID: "b->gem", From: "b", To: "gem"},
				{ID: "ring->box", From: "ring", To: "box", Route: diagram.RouteOrthogonal},
			},
		}
		env := testEnv()
		b := Layout(env, g)
		if errs := env.Errors(); len(errs) > 0 {
			t.Fatal(errs)
		}
		items := b.Place(0, 0)
		paths, boxes := edgePaths(items), nodeBoxes(items)
		ring, gem := boxes["ring"], boxes["gem"]
		onCircle := func(p scene.Point) float64 {
			c := ring.Center()
			return math.Abs(math.Hypot(p.X-c.X, p.Y-c.Y) - ring.W/2)
		}
		onDiamond := func(p scene.Point) float64 {
			c := gem.Center()
			// |dx|/(w/2) + |dy|/(h/2) = 1 on the outline; scaled to px.
			return math.Abs(math.Abs(p.X-c.X)/(gem.W/2)+math.Abs(p.Y-c.Y)/(gem.H/2)-1) * min(gem.W, gem.H) / 2
		}
		for id, dist := range map[string]func(scene.Point) float64{"a->ring": onCircle, "b->ring": onCircle, "a->gem": onDiamond, "b->gem": onDiamond} {
			p := paths[id]
			end := p.Poly[len(p.Poly)-1]
			last := p.Ops[len(p.Ops)-1].Pts
			tip := last[len(last)-1]
			if d := dist(end); d > 0.5 {
				t.Errorf("%v: %s ends at %v, %.2f px from the outline", route, id, end, d)
			}
			if tip != end {
				t.Errorf("%v: %s draws its tip at %v, its route ends at %v", route, id, tip, end)
			}
		}
		// ring -> box starts on ring's outline too (straight and spline
		// ends are both carried), and an orthogonal route is left as
		// the engine drew it: on the box.
		p := paths["ring->box"]
		if end := p.Poly[len(p.Poly)-1]; math.Abs(end.Y-boxes["box"].Y) > 0.01 {
			t.Errorf("%v: orthogonal ring->box ends at %v, not on the top of %v", route, end, boxes["box"])
		}
	}
}
