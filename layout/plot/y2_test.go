package plot

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// TestY2 checks that marks on the secondary y axis are drawn by its scale
// and the others by the first axis's, with the y2 range following its own
// data when it is not given, and that the y2 tick labels stand right of
// the plot area.
func TestY2(t *testing.T) {
	pts := func(id string, y2 bool, q ...diagram.XY) *diagram.Scatter {
		return &diagram.Scatter{MarkHead: diagram.MarkHead{ID: id, Tone: diagram.Info, Y2: y2}, Points: q}
	}
	p := &diagram.Plot{Width: 300, Height: 200,
		X: diagram.Axis{Lo: 0, Hi: 10}, Y: diagram.Axis{Lo: 0, Hi: 1}, Y2: &diagram.Axis{},
		Marks: []diagram.PlotMark{
			pts("left", false, diagram.XY{X: 5, Y: 0.5}),
			pts("right", true, diagram.XY{X: 5, Y: 0}, diagram.XY{X: 6, Y: 100}),
		}}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	area := s.Plots[0].Area
	centres := map[string][]scene.Point{}
	var ticks []*scene.Text
	var walk func(items []scene.Item, id string)
	walk = func(items []scene.Item, id string) {
		for _, it := range items {
			switch v := it.(type) {
			case *scene.Group:
				gid := id
				if v.ID != "" {
					gid = v.ID
				}
				if v.Kind == scene.KindAxes {
					for _, a := range v.Items {
						if tx, ok := a.(*scene.Text); ok {
							ticks = append(ticks, tx)
						}
					}
				}
				walk(v.Items, gid)
			case *scene.Circle:
				centres[id] = append(centres[id], v.C)
			}
		}
	}
	walk(s.Items, "")
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.01 }
	if c := centres["left"]; len(c) != 1 || !near(c[0].Y, area.Y+area.H/2) {
		t.Errorf("left point at %v, want y %.2f (0.5 of 0 .. 1)", c, area.Y+area.H/2)
	}
	c := centres["right"]
	if len(c) != 2 || !near(c[0].Y, area.Bottom()) || !near(c[1].Y, area.Y) {
		t.Errorf("right points at %v, want y %.2f and %.2f (0 and 100 of the y2 range 0 .. 100)", c, area.Bottom(), area.Y)
	}
	right := 0
	for _, tx := range ticks {
		if tx.Ink.X > area.Right() {
			right++
			if tx.String() == "100" && !near(tx.Ink.Center().Y, area.Y) && math.Abs(tx.Ink.Center().Y-area.Y) > 3 {
				t.Errorf("y2 tick 100 at %v, want level with the top of the area %.1f", tx.Ink, area.Y)
			}
		}
	}
	if right < 3 {
		t.Errorf("%d tick labels right of the plot area, want the y2 axis's (at least 3)", right)
	}
}
