package plot

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// TestShapeGeometry checks that a rect fills exactly its corners on the
// screen, a band the plot's full height between its x values, and that a
// shape reaching past the axes is clipped to the plot area.
func TestShapeGeometry(t *testing.T) {
	p := &diagram.Plot{
		PanelHead: diagram.PanelHead{ID: "p"},
		X:         diagram.Axis{Lo: 0, Hi: 10}, Y: diagram.Axis{Lo: 0, Hi: 10}, Width: 200, Height: 200,
		Marks: []diagram.PlotMark{
			&diagram.PlotShape{MarkHead: diagram.MarkHead{ID: "r", Tone: diagram.Good}, Kind: diagram.ShapeRect, Points: []diagram.XY{{X: 6, Y: 1}, {X: 2, Y: 4}}},
			&diagram.PlotShape{MarkHead: diagram.MarkHead{ID: "b", Tone: diagram.Info}, Kind: diagram.ShapeBand, From: 7, To: 8},
			&diagram.PlotShape{MarkHead: diagram.MarkHead{ID: "g", Tone: diagram.Bad}, Kind: diagram.ShapePolygon, Points: []diagram.XY{{X: 5, Y: 5}, {X: 50, Y: 5}, {X: 5, Y: 50}}},
		},
	}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	f := s.Plots[0]
	sx := func(x float64) float64 { return f.Area.X + (x-f.X0)/(f.X1-f.X0)*f.Area.W }
	sy := func(y float64) float64 { return f.Area.Y + (f.Y1-y)/(f.Y1-f.Y0)*f.Area.H }
	want := map[string]scene.Rect{
		"r": {X: sx(2), Y: sy(4), W: sx(6) - sx(2), H: sy(1) - sy(4)},
		"b": {X: sx(7), Y: f.Area.Y, W: sx(8) - sx(7), H: f.Area.H},
		"g": {X: sx(5), Y: f.Area.Y, W: f.Area.Right() - sx(5), H: sy(5) - f.Area.Y},
	}
	found := 0
	scene.Walk(s.Items, func(it scene.Item) bool {
		g, ok := it.(*scene.Group)
		if !ok || want[g.ID] == (scene.Rect{}) {
			return true
		}
		b := g.Items[0].(*scene.Path).Bounds()
		w := want[g.ID]
		if math.Abs(b.X-w.X) > 1e-6 || math.Abs(b.Y-w.Y) > 1e-6 || math.Abs(b.W-w.W) > 1e-6 || math.Abs(b.H-w.H) > 1e-6 {
			t.Errorf("shape %s covers %+v, want %+v", g.ID, b, w)
		}
		found++
		return false
	})
	if found != 3 {
		t.Errorf("found %d shapes, want 3", found)
	}
}
