package animate

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// sweepScene has a mark drawn at three values of a parameter t: two
// overlays and its own drawing, at the last value.
func sweepScene() *scene.Scene {
	sc := testScene()
	mark := &scene.Group{ID: "m", Kind: scene.KindMark}
	for _, id := range []string{"m~t1", "m~t2", "m~t3"} {
		kind := scene.KindOverlay
		if id == "m~t3" {
			kind = scene.KindMark
		}
		mark.Items = append(mark.Items, &scene.Group{ID: id, Kind: kind, Items: []scene.Item{&scene.Circle{C: scene.Point{X: 10, Y: 10}, R: 3}}})
	}
	sc.Items = append(sc.Items, mark)
	sc.Sweeps = []scene.Sweep{{Param: "t", Values: []float64{0, 0.5, 1}, Groups: []string{"m~t1", "m~t2", "m~t3"}}}
	return sc
}

// TestSweep checks that a sweep shows one drawing at a time, in order,
// each a third of the slot, crossfading from the one before; that the
// first value shows before the sweep and the last after it; and that ease
// steps cuts without a crossfade.
func TestSweep(t *testing.T) {
	sweep := &diagram.Action{Kind: diagram.Sweep, Param: "t"}
	tl, err := Build(&diagram.Script{Steps: []*diagram.Step{step(1, act(diagram.Show, "a")), step(3, sweep), step(1, act(diagram.Show, "b"))}}, sweepScene())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		t    float64
		want [3]float64
	}{
		{0, [3]float64{1, 0, 0}},
		{0.9, [3]float64{1, 0, 0}},
		{1.5, [3]float64{1, 0, 0}},
		{2.5, [3]float64{0, 1, 0}},
		{3.9, [3]float64{0, 0, 1}},
		{4.5, [3]float64{0, 0, 1}},
		{6, [3]float64{0, 0, 1}},
	} {
		for i, id := range []string{"m~t1", "m~t2", "m~t3"} {
			if got := opacityAt(tl, id, tc.t); math.Abs(got-tc.want[i]) > 1e-9 {
				t.Errorf("%s at %gs: opacity %g, want %g", id, tc.t, got, tc.want[i])
			}
		}
	}
	// Halfway through the crossfade at 2 s, both drawings show in part.
	a, b := opacityAt(tl, "m~t1", 2.15), opacityAt(tl, "m~t2", 2.15)
	if !(a > 0.2 && a < 0.8 && b > 0.2 && b < 0.8) {
		t.Errorf("crossfade at 2.15s: %g and %g, want both between 0.2 and 0.8", a, b)
	}

	steps := &diagram.Action{Kind: diagram.Sweep, Param: "t", Easing: diagram.Steps}
	tl, err = Build(&diagram.Script{Steps: []*diagram.Step{step(3, steps)}}, sweepScene())
	if err != nil {
		t.Fatal(err)
	}
	if a, b := opacityAt(tl, "m~t1", 1.01), opacityAt(tl, "m~t2", 1.01); a != 0 || b != 1 {
		t.Errorf("ease steps at 1.01s: %g and %g, want 0 and 1", a, b)
	}

	_, err = Build(&diagram.Script{Steps: []*diagram.Step{step(3, &diagram.Action{Kind: diagram.Sweep, Param: "u"})}}, sweepScene())
	if err == nil || !strings.Contains(err.Error(), `no mark uses parameter "u"`) {
		t.Errorf("sweep of an unused parameter: %v", err)
	}
}
