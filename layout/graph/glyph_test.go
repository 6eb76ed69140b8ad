package graph

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/tensor"
	"github.com/aiprep/diag/scene"
)

// TestTensorEdgesMeetVolumes checks that in a chain of tensors, drawn in
// each direction and with each routing, every edge starts and ends on the
// outline of its tensor's volume, not on the box around the volume and
// its labels, and crosses no text.
func TestTensorEdgesMeetVolumes(t *testing.T) {
	for _, dir := range []diagram.Direction{diagram.Right, diagram.Down, diagram.Left, diagram.Up} {
		for _, route := range []diagram.Routing{diagram.RouteOrthogonal, diagram.RouteStraight, diagram.RouteSpline} {
			g := &diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "g"}, Direction: dir, Route: route,
				Nodes: []*diagram.Node{
					{ID: "in", Label: "Image", Tensor: []int{224, 224, 3}},
					{ID: "conv", Label: "conv", Tensor: []int{7, 7, 512}},
					{ID: "fc", Label: "fc", Tensor: []int{4096}},
					{ID: "seq", Label: "tokens", Tensor: []int{16, 512}},
				},
				Edges: []*diagram.Edge{{ID: "in->conv", From: "in", To: "conv"}, {ID: "conv->fc", From: "conv", To: "fc"}, {ID: "fc->seq", From: "fc", To: "seq"}},
			}
			env := panel.NewEnv(panel.Limits{MaxLayoutDummies: 1000, MaxCrossingWork: 1_000_000, MaxContourVertices: 1000, MaxFormulaWork: 1000})
			items := Layout(env, g).Place(0, 0)
			if errs := env.Errors(); len(errs) > 0 {
				t.Fatal(errs)
			}
			boxes := nodeBoxes(items)
			var texts []scene.Rect
			for _, it := range items {
				if sg, ok := it.(*scene.Group); ok && sg.Kind == scene.KindNode {
					for _, sub := range sg.Items {
						if tx, ok := sub.(*scene.Text); ok {
							texts = append(texts, tx.Bounds())
						}
					}
				}
			}
			dims := map[string][]int{}
			for _, n := range g.Nodes {
				dims[n.ID] = n.Tensor
			}
			for _, e := range g.Edges {
				p := edgePaths(items)[e.ID]
				if p == nil {
					t.Fatalf("%v %v: no path for %s", dir, route, e.ID)
				}
				for k, id := range []string{e.From, e.To} {
					end := p.Poly[0]
					if k == 1 {
						end = p.Poly[len(p.Poly)-1]
					}
					poly := tensor.Shape(dims[id]).Outline(boxes[id].Center())
					if d := distToPoly(end, poly); d > 0.5 {
						t.Errorf("%v %v: %s ends at %v, %.1f px off the outline of %s", dir, route, e.ID, end, d, id)
					}
				}
				for i := 1; i < len(p.Poly); i++ {
					for _, r := range texts {
						if segmentInRect(p.Poly[i-1], p.Poly[i], r) {
							t.Errorf("%v %v: %s crosses a label at %v", dir, route, e.ID, r)
						}
					}
				}
			}
		}
	}
}

// distToPoly returns the distance from p to the polyline poly.
func distToPoly(p scene.Point, poly []scene.Point) float64 {
	best := math.Inf(1)
	for i := 1; i < len(poly); i++ {
		a, b := poly[i-1], poly[i]
		dx, dy := b.X-a.X, b.Y-a.Y
		t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / (dx*dx + dy*dy)
		t = min(max(t, 0), 1)
		best = min(best, math.Hypot(p.X-a.X-t*dx, p.Y-a.Y-t*dy))
	}
	return best
}

// segmentInRect reports whether the segment a→b passes inside r (sampled
// every half pixel).
func segmentInRect(a, b scene.Point, r scene.Rect) bool {
	n := int(math.Hypot(b.X-a.X, b.Y-a.Y)*2) + 1
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		x, y := a.X+t*(b.X-a.X), a.Y+t*(b.Y-a.Y)
		if x > r.X+0.5 && x < r.Right()-0.5 && y > r.Y+0.5 && y < r.Bottom()-0.5 {
			return true
		}
	}
	return false
}
