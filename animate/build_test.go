package animate

import (
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// testScene has three nodes a, b, c and an edge a -> b.
func testScene() *scene.Scene {
	node := func(id string, x float64) *scene.Group {
		return &scene.Group{ID: id, Kind: scene.KindNode, Items: []scene.Item{
			&scene.Box{Role: scene.RoleNode, R: scene.Rect{X: x, Y: 0, W: 40, H: 20},
				Style: scene.Style{Stroke: scene.Paint{Tone: diagram.Info}, StrokeWidth: 1}},
		}}
	}
	a, b, c := node("a", 0), node("b", 100), node("c", 200)
	edge := &scene.Group{ID: "a->b", Kind: scene.KindEdge, Items: []scene.Item{
		&scene.Path{Role: scene.RoleEdge, From: a, To: b,
			Ops:   []scene.PathOp{{Cmd: 'M', Pts: []scene.Point{{X: 40, Y: 10}}}, {Cmd: 'L', Pts: []scene.Point{{X: 100, Y: 10}}}},
			Poly:  []scene.Point{{X: 40, Y: 10}, {X: 100, Y: 10}},
			Style: scene.Style{Stroke: scene.Paint{Tone: diagram.Neutral}, StrokeWidth: 1.5, ArrowEnd: true}},
	}}
	return &scene.Scene{Width: 300, Height: 100, Items: []scene.Item{a, b, c, edge}}
}

func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func act(kind diagram.ActionKind, targets ...string) *diagram.Action {
	return &diagram.Action{Kind: kind, Targets: targets}
}

func step(d float64, actions ...*diagram.Action) *diagram.Step {
	return &diagram.Step{Caption: "s", Duration: sec(d), Actions: actions}
}

// opacityAt returns the opacity of target at t.
func opacityAt(tl *Timeline, target string, t float64) float64 {
	for _, st := range tl.At(t) {
		if st.Target == target && st.Prop == Opacity {
			return st.V.Opacity
		}
	}
	return math.NaN()
}

// TestSchedule checks when actions happen: steps in order, actions of a
// step one after another in equal slots, together at once, delays within
// the slot, the settle and hold at the end of a loop, and each easing.
func TestSchedule(t *testing.T) {
	type probe struct {
		target string
		t      float64
		want   float64
	}
	tests := []struct {
		name   string
		script *diagram.Script
		period float64
		probes []probe
	}{
		{
			name:   "steps in order",
			script: &diagram.Script{Steps: []*diagram.Step{step(2, act(diagram.Show, "a")), step(2, act(diagram.Show, "b"))}},
			period: 4 + Settle,
			probes: []probe{
				{"a", 0, 0}, {"a", 0.25, 0.5}, {"a", 0.5, 1}, {"b", 0.5, 0}, {"b", 1.99, 0},
				{"b", 2.25, 0.5}, {"b", 2.5, 1}, {"b", 100, 1},
			},
		},
		{
			name:   "actions of a step take equal slots",
			script: &diagram.Script{Steps: []*diagram.Step{step(3, act(diagram.Show, "a"), act(diagram.Show, "b"), act(diagram.Show, "c"))}},
			period: 3 + Settle,
			probes: []probe{
				{"a", 0.5, 1}, {"b", 0.99, 0}, {"b", 1.25, 0.5}, {"c", 1.99, 0}, {"c", 2.25, 0.5}, {"c", 2.5, 1},
			},
		},
		{
			name: "together runs at once",
			script: &diagram.Script{Steps: []*diagram.Step{step(2,
				&diagram.Action{Kind: diagram.Together, Actions: []*diagram.Action{act(diagram.Show, "a"), act(diagram.Show, "b")}},
				act(diagram.Show, "c"))}},
			period: 2 + Settle,
			probes: []probe{{"a", 0.25, 0.5}, {"b", 0.25, 0.5}, {"c", 0.25, 0}, {"c", 1.25, 0.5}},
		},
		{
			name: "delay shifts an action within its slot",
			script: &diagram.Script{Steps: []*diagram.Step{step(2,
				&diagram.Action{Kind: diagram.Together, Actions: []*diagram.Action{
					act(diagram.Show, "a"),
					{Kind: diagram.Show, Targets: []string{"b"}, Delay: sec(0.75)},
				}},
			)}},
			period: 2 + Settle,
			probes: []probe{{"b", 0.74, 0}, {"b", 1.0, 0.5}, {"b", 1.25, 1}},
		},
		{
			name:   "a delay past the slot's end is cut to it",
			script: &diagram.Script{Steps: []*diagram.Step{step(1, &diagram.Action{Kind: diagram.Show, Targets: []string{"a"}, Delay: sec(5)})}},
			period: 1 + Settle,
			probes: []probe{{"a", 0.99, 0}, {"a", 1.01, 1}},
		},
		{
			name:   "loop settles back to the full picture, holds, then returns to the first frame",
			script: &diagram.Script{Loop: true, Steps: []*diagram.Step{step(1, act(diagram.Dim, "a")), step(1, act(diagram.Hide, "b"), act(diagram.Show, "c"))}},
			period: 2 + Settle + Hold + Reset,
			probes: []probe{
				{"a", 0, 1}, {"a", 0.5, dimOpacity}, {"b", 1.5, 0}, {"b", 1.99, 0}, {"c", 1.49, 0}, {"c", 2, 1},
				{"a", 2.25, (1 + dimOpacity) / 2}, {"b", 2.25, 0.5},
				{"a", 2.5, 1}, {"b", 2.5, 1}, {"a", 5.49, 1}, {"b", 5.49, 1}, {"c", 5.49, 1},
				// the reset: only c, hidden at first, changes
				{"a", 5.7, 1}, {"b", 5.7, 1}, {"c", 5.7, 0.5},
				// the next loop starts over
				{"c", 5.9, 0}, {"a", 5.9 + 0.5, dimOpacity}, {"b", 5.9 + 1.5, 0},
			},
		},
		{
			name: "easing applies to each action's interval",
			script: &diagram.Script{Steps: []*diagram.Step{step(1,
				&diagram.Action{Kind: diagram.Together, Actions: []*diagram.Action{
					act(diagram.Show, "a"),
					{Kind: diagram.Show, Targets: []string{"b"}, Easing: diagram.Linear},
					{Kind: diagram.Show, Targets: []string{"c"}, Easing: diagram.Steps},
				}},
			)}},
			period: 1 + Settle,
			probes: []probe{
				{"a", 0.125, cubicBezier(0.42, 0, 0.58, 1, 0.25)}, {"a", 0.25, 0.5},
				{"b", 0.125, 0.25}, {"b", 0.25, 0.5},
				{"c", 0.125, 0}, {"c", 0.49, 0}, {"c", 0.5, 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := Build(tt.script, testScene())
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if math.Abs(tl.Period-tt.period) > 1e-9 {
				t.Errorf("Period = %v, want %v", tl.Period, tt.period)
			}
			for _, p := range tt.probes {
				if got := opacityAt(tl, p.target, p.t); math.Abs(got-p.want) > 1e-3 {
					t.Errorf("opacity of %s at %vs = %.4f, want %.4f", p.target, p.t, got, p.want)
				}
			}
		})
	}
}

// TestTracksSpanPeriod checks that every track of every action kind starts
// at 0, ends at the period, has strictly increasing times and, at the end,
// shows the still picture (opacity 1 for elements, 0 for overlays,
// no offset or translation).
func TestTracksSpanPeriod(t *testing.T) {
	sc := testScene()
	sc.Items = append(sc.Items, &scene.Text{ID: "n", X: 10, Y: 80, Runs: []scene.Run{{Text: "n = 5", Size: 12, X: 10, Width: 30}}, Ink: scene.Rect{X: 10, Y: 70, W: 30, H: 14}})
	script := &diagram.Script{Loop: true, Steps: []*diagram.Step{
		step(1, act(diagram.Show, "a"), act(diagram.Highlight, "b")),
		step(2, act(diagram.Flow, "a", "b"), act(diagram.Trace, "a->b")),
		step(2, &diagram.Action{Kind: diagram.MoveAlong, Targets: []string{"c"}, Path: "a->b"}),
		step(2, &diagram.Action{Kind: diagram.Count, Targets: []string{"n"}, From: 1, To: 5}),
	}}
	tl, err := Build(script, sc)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	overlay := map[string]bool{}
	for _, it := range tl.Overlays {
		overlay[it.(*scene.Group).ID] = true
	}
	if len(tl.Overlays) != 1+1+5 {
		t.Errorf("%d overlays, want 7 (highlight, flow, five counts)", len(tl.Overlays))
	}
	for _, tr := range tl.Tracks {
		if tr.Keys[0].T != 0 || math.Abs(tr.Keys[len(tr.Keys)-1].T-tl.Period) > 1e-9 {
			t.Errorf("track %s/%d spans [%v, %v], want [0, %v]", tr.Target, tr.Prop, tr.Keys[0].T, tr.Keys[len(tr.Keys)-1].T, tl.Period)
		}
		for i := 1; i < len(tr.Keys); i++ {
			if !(tr.Keys[i].T > tr.Keys[i-1].T) {
				t.Errorf("track %s/%d: key %d at %v not after %v", tr.Target, tr.Prop, i, tr.Keys[i].T, tr.Keys[i-1].T)
			}
		}
	}
	holdEnd := tl.Period - Reset - 0.01
	for _, st := range tl.At(holdEnd) {
		want := Value{Opacity: 1}
		switch {
		case st.Prop != Opacity:
			continue
		case overlay[st.Target]:
			want = Value{}
		}
		if st.V != want {
			t.Errorf("%s at the end of the hold = %+v, want %+v", st.Target, st.V, want)
		}
	}
	for _, st := range tl.At(holdEnd) {
		if st.Target == "c" && st.Prop == Transform && (st.V.DX != 0 || st.V.DY != 0) {
			t.Errorf("moved element at the end of the hold = %+v, want no translation", st.V)
		}
		if st.Target == "a->b~line" && st.Prop == DashOffset && st.V.Offset != 0 {
			t.Errorf("traced line at the end of the hold has offset %v, want 0", st.V.Offset)
		}
	}
}

// TestEffects checks the values of the effects: a traced line hidden by
// its full dash before its step, a dot along the route, a count showing
// one value at a time.
func TestEffects(t *testing.T) {
	sc := testScene()
	sc.Items = append(sc.Items, &scene.Text{ID: "n", X: 10, Y: 80, Runs: []scene.Run{{Text: "n = 3", Size: 12, X: 10, Width: 30}}, Ink: scene.Rect{X: 10, Y: 70, W: 30, H: 14}})
	script := &diagram.Script{Steps: []*diagram.Step{
		step(2, &diagram.Action{Kind: diagram.Trace, Targets: []string{"a->b"}, Easing: diagram.Linear}),
		step(2, &diagram.Action{Kind: diagram.Flow, Targets: []string{"a", "b"}, Easing: diagram.Linear}),
		step(3, &diagram.Action{Kind: diagram.Count, Targets: []string{"n"}, From: 1, To: 3}),
	}}
	tl, err := Build(script, sc)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	type probe struct {
		target string
		prop   Prop
		t      float64
		want   Value
	}
	for _, p := range []probe{
		{"a->b~line", DashOffset, 0, Value{Offset: 60}},
		{"a->b~line", DashOffset, 1, Value{Offset: 30}},
		{"a->b~line", DashOffset, 2, Value{}},
		{HeadsID("a->b~line"), Opacity, 1.99, Value{}},
		{HeadsID("a->b~line"), Opacity, 2.01, Value{Opacity: 1}},
		{"~flow1.dot", Transform, 3, Value{DX: 30}},
		{"~flow1", Opacity, 3, Value{Opacity: 1}},
		{"~flow1", Opacity, 1.9, Value{}},
		{"n", Opacity, 3.9, Value{Opacity: 1}},
		{"n", Opacity, 4.5, Value{}},
		{"~count2", Opacity, 4.5, Value{Opacity: 1}},
		{"~count3", Opacity, 4.5, Value{}},
		{"~count3", Opacity, 5.5, Value{Opacity: 1}},
		{"~count3", Opacity, 6.5, Value{}},
		{"~count4", Opacity, 6.5, Value{Opacity: 1}},
		{"n", Opacity, 7, Value{Opacity: 1}},
		{"~count4", Opacity, 7, Value{}},
	} {
		found := false
		for _, st := range tl.At(p.t) {
			if st.Target == p.target && st.Prop == p.prop {
				found = true
				if diff := cmp.Diff(p.want, st.V, cmpopts.EquateApprox(0, 1e-6)); diff != "" {
					t.Errorf("%s at %vs mismatch (-want +got):\n%s", p.target, p.t, diff)
				}
			}
		}
		if !found {
			t.Errorf("no track for %s (%d)", p.target, p.prop)
		}
	}
	texts := []string{}
	for _, it := range tl.Overlays {
		for _, m := range it.(*scene.Group).Items {
			if tx, ok := m.(*scene.Text); ok {
				texts = append(texts, tx.String())
			}
		}
	}
	if diff := cmp.Diff([]string{"n = 1", "n = 2", "n = 3"}, texts); diff != "" {
		t.Errorf("count copies mismatch (-want +got):\n%s", diff)
	}
}

// TestBuildErrors checks that targets missing from the scene are reported
// with the action's position.
func TestBuildErrors(t *testing.T) {
	pos := diagram.Pos{File: "x.diag", Line: 3, Col: 5}
	tests := []struct {
		action *diagram.Action
		want   string
	}{
		{&diagram.Action{Kind: diagram.Show, Targets: []string{"zz"}, Pos: pos}, `no element "zz" to show`},
		{&diagram.Action{Kind: diagram.Flow, Targets: []string{"b", "a"}, Pos: pos}, `no drawn edge from "b" to "a" to flow along`},
		{&diagram.Action{Kind: diagram.Trace, Targets: []string{"a"}, Pos: pos}, `"a" has no line to trace`},
		{&diagram.Action{Kind: diagram.MoveTo, Targets: []string{"a"}, X: 1, Y: 2, Pos: pos}, `"a" is not inside a plot, so (1, 2) has no place`},
		{&diagram.Action{Kind: diagram.MoveAlong, Targets: []string{"a"}, Path: "nope", Pos: pos}, `no path "nope" to move along`},
		{&diagram.Action{Kind: diagram.Count, Targets: []string{"a"}, From: 1, To: 2, Pos: pos}, `"a" has no text to count with`},
	}
	for _, tt := range tests {
		_, err := Build(&diagram.Script{Steps: []*diagram.Step{step(1, tt.action)}}, testScene())
		list, ok := err.(diagram.ErrorList)
		if !ok || len(list) != 1 {
			t.Errorf("Build(%s) error = %v, want one positioned error", tt.action.Kind, err)
			continue
		}
		if list[0].Msg != tt.want || list[0].Pos != pos || list[0].Hint == "" {
			t.Errorf("Build(%s) error = %q at %v (hint %q), want %q at %v with a hint", tt.action.Kind, list[0].Msg, list[0].Pos, list[0].Hint, tt.want, pos)
		}
	}
}

// TestMoveTo checks that move X to (x, y) maps data coordinates through
// the plot frame whose area holds X, on linear and log axes, and that the
// element glides back to its place once the steps are over.
func TestMoveTo(t *testing.T) {
	mark := &scene.Circle{ID: "m", Role: scene.RoleMark, C: scene.Point{X: 110, Y: 90}, R: 3}
	tests := []struct {
		frame  scene.PlotFrame
		x, y   float64
		dx, dy float64
	}{
		// Area 100..300 × 10..110, x 0..10, y 0..5: (5, 2.5) is (200, 60).
		{scene.PlotFrame{Area: scene.Rect{X: 100, Y: 10, W: 200, H: 100}, X0: 0, X1: 10, Y0: 0, Y1: 5}, 5, 2.5, 90, -30},
		// A log x axis 1..100: 10 is half way.
		{scene.PlotFrame{Area: scene.Rect{X: 100, Y: 10, W: 200, H: 100}, X0: 1, X1: 100, Y0: 0, Y1: 5, LogX: true}, 10, 0, 90, 20},
	}
	for _, tt := range tests {
		sc := &scene.Scene{Width: 400, Height: 200, Items: []scene.Item{mark}, Plots: []scene.PlotFrame{tt.frame}}
		script := &diagram.Script{Steps: []*diagram.Step{step(2, &diagram.Action{Kind: diagram.MoveTo, Targets: []string{"m"}, X: tt.x, Y: tt.y, Easing: diagram.Linear})}}
		tl, err := Build(script, sc)
		if err != nil {
			t.Fatalf("Build: %v", err)
		}
		for _, p := range []struct {
			t      float64
			dx, dy float64
		}{{0, 0, 0}, {1, tt.dx / 2, tt.dy / 2}, {2, tt.dx, tt.dy}, {2 + Settle, 0, 0}} {
			got := tl.At(p.t)[0].V
			if math.Abs(got.DX-p.dx) > 1e-6 || math.Abs(got.DY-p.dy) > 1e-6 {
				t.Errorf("move to (%v, %v) at %vs: translate(%v, %v), want (%v, %v)", tt.x, tt.y, p.t, got.DX, got.DY, p.dx, p.dy)
			}
		}
	}
}
