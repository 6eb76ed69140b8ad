package animate

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// barsScene is a chart "chart" of two categories: a, one bar standing on
// the baseline y = 100 with a value label, and s, a stack of two series
// (s.lo from the baseline, s.hi on top of it) with their total; and a
// proportional bar "split" of two parts that grow from their left ends.
func barsScene() *scene.Scene {
	bar := func(r scene.Rect, at float64, order int) *scene.Group {
		return &scene.Group{Kind: scene.KindPart, Grow: &scene.Grow{At: at, Order: order},
			Items: []scene.Item{&scene.Box{Role: scene.RoleMark, R: r}}}
	}
	label := func(s string, x, y float64) *scene.Text {
		return &scene.Text{X: x, Y: y, Runs: []scene.Run{{Text: s}}, Ink: scene.Rect{X: x, Y: y - 8, W: 10, H: 10}}
	}
	a := &scene.Group{ID: "a", Kind: scene.KindMark, Items: []scene.Item{
		bar(scene.Rect{X: 10, Y: 40, W: 20, H: 60}, 100, 0), label("60", 12, 36)}}
	lo := &scene.Group{ID: "s.lo", Kind: scene.KindMark, Items: []scene.Item{bar(scene.Rect{X: 50, Y: 80, W: 20, H: 20}, 100, 0)}}
	hi := &scene.Group{ID: "s.hi", Kind: scene.KindMark, Items: []scene.Item{bar(scene.Rect{X: 50, Y: 50, W: 20, H: 30}, 80, 1)}}
	s := &scene.Group{ID: "s", Kind: scene.KindMark, Items: []scene.Item{lo, hi, label("50", 52, 46)}}
	chart := &scene.Group{ID: "chart", Kind: scene.KindPanel, Items: []scene.Item{
		&scene.Group{Kind: scene.KindPlotArea, Items: []scene.Item{a, s}},
		&scene.Group{Kind: scene.KindAxes, Items: []scene.Item{label("0", 0, 104)}},
	}}
	part := func(id string, x, w float64, order int) *scene.Group {
		g := bar(scene.Rect{X: x, Y: 200, W: w, H: 40}, x, order)
		g.Grow.Horizontal = true
		return &scene.Group{ID: id, Kind: scene.KindMark, Items: []scene.Item{g}}
	}
	split := &scene.Group{ID: "split", Kind: scene.KindPanel, Items: []scene.Item{part("train", 0, 140, 0), part("test", 140, 60, 1)}}
	node := &scene.Group{ID: "n", Kind: scene.KindNode, Items: []scene.Item{&scene.Box{Role: scene.RoleNode, R: scene.Rect{X: 300, Y: 0, W: 40, H: 20}}}}
	return &scene.Scene{Width: 400, Height: 300, Items: []scene.Item{chart, split, node}}
}

// stateOf returns the state of a track at t.
func stateOf(t *testing.T, tl *Timeline, target string, prop Prop, at float64) State {
	t.Helper()
	for _, st := range tl.At(at) {
		if st.Target == target && st.Prop == prop {
			return st
		}
	}
	t.Fatalf("no %v track of %q", prop, target)
	return State{}
}

// TestGrow checks a grow: each bar starts flat on the line it grows from
// and reaches its full length at the end of its round, the rounds of a
// stack and of a split follow one another, the origin lies on the line,
// labels arrive with their bars, and the still picture is the complete
// chart.
func TestGrow(t *testing.T) {
	sc := barsScene()
	script := &diagram.Script{Steps: []*diagram.Step{
		step(2, act(diagram.Grow, "chart")),
		step(2, &diagram.Action{Kind: diagram.Grow, Targets: []string{"split"}, Easing: diagram.Linear}),
	}}
	tl, err := Build(script, sc)
	if err != nil {
		t.Fatal(err)
	}
	sy := func(target string, at float64) float64 { return stateOf(t, tl, target, Transform, at).V.ScaleY() }
	sx := func(target string, at float64) float64 { return stateOf(t, tl, target, Transform, at).V.ScaleX() }
	// The chart's rounds: a and s.lo in the first second, s.hi in the next.
	for _, c := range []struct {
		name string
		got  float64
		want float64
	}{
		{"a at 0", sy("a~grow", 0), 0},
		{"a at 0.5", sy("a~grow", 0.5), 0.5},
		{"a at 1", sy("a~grow", 1), 1},
		{"s.lo at 0.5", sy("s.lo~grow", 0.5), 0.5},
		{"s.hi at 1", sy("s.hi~grow", 1), 0},
		{"s.hi at 1.5", sy("s.hi~grow", 1.5), 0.5},
		{"s.hi at 2", sy("s.hi~grow", 2), 1},
		// The split, linear: train in [2, 3], test in [3, 4], across.
		{"train at 2.25", sx("train~grow", 2.25), 0.25},
		{"test at 2.5", sx("test~grow", 2.5), 0},
		{"test at 3.5", sx("test~grow", 3.5), 0.5},
		{"train keeps its height", stateOf(t, tl, "train~grow", Transform, 2.5).V.ScaleY(), 1},
		// The still picture at the end.
		{"a settled", sy("a~grow", 10), 1},
		{"test settled", sx("test~grow", 10), 1},
	} {
		if math.Abs(c.got-c.want) > 1e-3 {
			t.Errorf("%s: scale %.4f, want %g", c.name, c.got, c.want)
		}
	}
	// Origins lie on the line each bar grows from.
	for target, want := range map[string]scene.Point{"a~grow": {X: 20, Y: 100}, "s.hi~grow": {X: 60, Y: 80}, "test~grow": {X: 140, Y: 220}} {
		if got := stateOf(t, tl, target, Transform, 0).Origin; got != want {
			t.Errorf("%s: origin %v, want %v", target, got, want)
		}
	}
	// Labels arrive with their bars: a's at 1 s, the stack's total at 2 s;
	// the axis labels are not the bars' and never fade.
	for _, c := range []struct {
		target string
		at     float64
		want   float64
	}{{"a~label1", 0.4, 0}, {"a~label1", 1, 1}, {"s~label1", 1.4, 0}, {"s~label1", 2, 1}} {
		if got := opacityAt(tl, c.target, c.at); math.Abs(got-c.want) > 1e-3 {
			t.Errorf("%s at %g: opacity %.3f, want %g", c.target, c.at, got, c.want)
		}
	}
	for _, tr := range tl.Tracks {
		if strings.HasPrefix(tr.Target, "chart") || tr.Target == "n" {
			t.Errorf("track of %q: only bars and their labels are animated", tr.Target)
		}
		if tr.Prop == Transform && !tr.Scales() {
			t.Errorf("track of %q does not scale", tr.Target)
		}
	}
}

// TestGrowOne checks a grow of one bar of a stack: it grows from its own
// start in the whole slot, the other bars stand still, and a grow repeated
// later flattens the bar again before it grows.
func TestGrowOne(t *testing.T) {
	sc := barsScene()
	script := &diagram.Script{Steps: []*diagram.Step{
		step(2, act(diagram.Grow, "s.hi")),
		step(2, act(diagram.Grow, "s.hi")),
	}}
	tl, err := Build(script, sc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ at, want float64 }{{0, 0}, {1, 0.5}, {2, 1}, {2.001, 0}, {3, 0.5}, {4, 1}} {
		if got := stateOf(t, tl, "s.hi~grow", Transform, c.at).V.ScaleY(); math.Abs(got-c.want) > 2e-3 {
			t.Errorf("s.hi at %g: scale %.4f, want %g", c.at, got, c.want)
		}
	}
	for _, tr := range tl.Tracks {
		if tr.Target != "s.hi~grow" {
			t.Errorf("track of %q: only s.hi grows", tr.Target)
		}
	}
}

// TestGrowNoBars checks that a grow of an element without bars is an error
// at the action's position.
func TestGrowNoBars(t *testing.T) {
	pos := diagram.Pos{File: "x.diag", Line: 3, Col: 5}
	script := &diagram.Script{Steps: []*diagram.Step{step(1, &diagram.Action{Kind: diagram.Grow, Targets: []string{"n"}, Pos: pos})}}
	_, err := Build(script, barsScene())
	if err == nil || !strings.Contains(err.Error(), `"n" has no bars to grow`) || !strings.Contains(err.Error(), "3:5") {
		t.Fatalf("err = %v, want a positioned error that n has no bars", err)
	}
}
