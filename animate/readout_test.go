package animate

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// TestStepMarks checks the dots and the readout of a move along a line
// of a plot: a dot appears as the element reaches each point, and the
// readout shows the value at the last point reached and rides with the
// element.
func TestStepMarks(t *testing.T) {
	sc := testScene()
	// A plot 100 × 100 px at (0, 200) of x 0 .. 10 and y 0 .. 10; a path
	// through (0, 0), (5, 5) and (10, 5), and its marker.
	sc.Plots = []scene.PlotFrame{{ID: "p", Area: scene.Rect{X: 0, Y: 200, W: 100, H: 100}, X1: 10, Y1: 10}}
	poly := []scene.Point{{X: 0, Y: 300}, {X: 50, Y: 250}, {X: 100, Y: 250}}
	path := &scene.Group{ID: "s", Kind: scene.KindMark, Items: []scene.Item{&scene.Path{Role: scene.RoleMark, Ops: scene.Polyline(poly...), Poly: poly,
		Style: scene.Style{Stroke: scene.Paint{Tone: diagram.Warn}, StrokeWidth: 2}}}}
	marker := &scene.Group{ID: "s.marker", Kind: scene.KindMark, Items: []scene.Item{&scene.Circle{C: poly[0], R: 5}}}
	sc.Items = append(sc.Items, path, marker)
	move := &diagram.Action{Kind: diagram.MoveAlong, Targets: []string{"s.marker"}, Path: "s", Dots: true, Readout: "y = {y}", Easing: diagram.Linear}
	tl, err := Build(&diagram.Script{Steps: []*diagram.Step{step(1, act(diagram.Show, "a")), step(4, move)}}, sc)
	if err != nil {
		t.Fatal(err)
	}
	// The line is 70.71 + 50 px long: the element reaches (5, 5) at
	// 1 + 4·70.71/120.71 = 3.343 s.
	reach := 1 + 4*math.Hypot(50, 50)/(math.Hypot(50, 50)+50)
	var dots, readout string
	for _, it := range tl.Overlays {
		g := it.(*scene.Group)
		switch {
		case len(g.Items) == 3 && dots == "":
			if _, ok := g.Items[0].(*scene.Circle); ok {
				dots = g.ID
				continue
			}
			readout = g.ID
		case len(g.Items) == 3:
			readout = g.ID
		}
	}
	if dots == "" || readout == "" {
		t.Fatalf("overlays %v: want the dots and the readout", tl.Overlays)
	}
	texts := map[string]string{}
	for i, it := range tl.Overlays[1].(*scene.Group).Items {
		texts[readout+"."+string(rune('1'+i))] = it.(*scene.Group).Items[1].(*scene.Text).String()
	}
	if want := map[string]string{readout + ".1": "y = 0", readout + ".2": "y = 5", readout + ".3": "y = 5"}; texts[readout+".2"] != want[readout+".2"] || texts[readout+".1"] != want[readout+".1"] {
		t.Errorf("readout texts %v, want %v", texts, want)
	}
	for _, tc := range []struct {
		id   string
		at   float64
		want float64
	}{
		{dots + ".1", 0.5, 0}, {dots + ".1", 1.01, 1}, {dots + ".2", reach - 0.05, 0}, {dots + ".2", reach + 0.05, 1},
		{dots + ".3", 4.9, 0}, {dots + ".3", 5.01, 1},
		{readout + ".1", 2, 1}, {readout + ".2", 2, 0}, {readout + ".1", reach + 0.05, 0}, {readout + ".2", reach + 0.05, 1},
		{readout, 0.5, 0}, {readout, 3, 1},
	} {
		if got := opacityAt(tl, tc.id, tc.at); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s at %gs: opacity %g, want %g", tc.id, tc.at, got, tc.want)
		}
	}
	// Halfway along the first leg, the readout has moved with the
	// element, by (25, -25).
	for _, st := range tl.At(1 + (reach-1)/2) {
		if st.Target == readout && st.Prop == Transform && (math.Abs(st.V.DX-25) > 0.1 || math.Abs(st.V.DY+25) > 0.1) {
			t.Errorf("readout moved by (%g, %g), want (25, -25)", st.V.DX, st.V.DY)
		}
	}
}
