package animate

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// motionScene holds a line "l" from (0, 0) to (100, 0), a box "r" from
// (200, 0) to (240, 20), a node "n" around (300, 10), a curve "c" of three
// points, a curve "d" of two, a line "two" in two pieces and a group
// "empty" with no line.
func motionScene() *scene.Scene {
	line := func(id string, pts ...scene.Point) *scene.Group {
		return &scene.Group{ID: id, Kind: scene.KindMark, Items: []scene.Item{&scene.Path{Ops: scene.Polyline(pts...),
			Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Accent, Role: scene.Line}, StrokeWidth: 2}}}}
	}
	two := line("two", scene.Pt(0, 50), scene.Pt(10, 50))
	p := two.Items[0].(*scene.Path)
	p.Ops = append(p.Ops, scene.Polyline(scene.Pt(20, 50), scene.Pt(30, 50))...)
	return &scene.Scene{Width: 400, Height: 200, Items: []scene.Item{
		line("l", scene.Pt(0, 0), scene.Pt(100, 0)),
		&scene.Group{ID: "r", Kind: scene.KindMark, Items: []scene.Item{&scene.Box{Role: scene.RoleMark, R: scene.Rect{X: 200, Y: 0, W: 40, H: 20}}}},
		&scene.Group{ID: "n", Kind: scene.KindNode, Items: []scene.Item{&scene.Box{Role: scene.RoleNode, R: scene.Rect{X: 280, Y: 0, W: 40, H: 20}}}},
		line("c", scene.Pt(0, 100), scene.Pt(50, 150), scene.Pt(100, 100)),
		line("d", scene.Pt(0, 120), scene.Pt(100, 120)),
		two,
		&scene.Group{ID: "empty", Kind: scene.KindMark},
	}}
}

func oneStep(actions ...*diagram.Action) *diagram.Script {
	var steps []*diagram.Step
	for _, a := range actions {
		steps = append(steps, &diagram.Step{Caption: "s", Duration: 2 * time.Second, Actions: []*diagram.Action{a}})
	}
	return &diagram.Script{Steps: steps}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// TestRotate checks that an element turned twice starts turned back by
// both angles, is turned back by the second after the first step, ends as
// drawn, and turns about its pivot: its centre, an anchor, another
// element's centre.
func TestRotate(t *testing.T) {
	sc := motionScene()
	tl, err := Build(oneStep(
		&diagram.Action{Kind: diagram.Rotate, Targets: []string{"l"}, Angle: 30},
		&diagram.Action{Kind: diagram.Rotate, Targets: []string{"l"}, Angle: -90},
		&diagram.Action{Kind: diagram.Rotate, Targets: []string{"r"}, Angle: 45, Pivot: &diagram.Pivot{Anchor: diagram.AnchorBottomLeft}},
		&diagram.Action{Kind: diagram.Rotate, Targets: []string{"n"}, Angle: 10, Pivot: &diagram.Pivot{Of: "r"}},
	), sc)
	if err != nil {
		t.Fatal(err)
	}
	// Counterclockwise is a negative CSS angle: what remains to turn is
	// its opposite.
	for _, c := range []struct {
		at   float64
		want float64
	}{{0, -60}, {1, -75}, {2, -90}, {3, -45}, {4, 0}, {7, 0}} {
		if got := stateOf(t, tl, "l", Transform, c.at).V.Rotate; !near(got, c.want) {
			t.Errorf("l at %gs turned %g°, want %g°", c.at, got, c.want)
		}
	}
	if o := stateOf(t, tl, "l", Transform, 0).Origin; o != scene.Pt(50, 0) {
		t.Errorf("l turns about %v, want its centre (50, 0)", o)
	}
	if o := stateOf(t, tl, "r", Transform, 0).Origin; o != scene.Pt(200, 20) {
		t.Errorf("r turns about %v, want its bottom-left corner (200, 20)", o)
	}
	if o := stateOf(t, tl, "n", Transform, 0).Origin; o != scene.Pt(220, 10) {
		t.Errorf("n turns about %v, want the centre of r (220, 10)", o)
	}
	for _, st := range tl.At(tl.End + Settle) {
		if st.V != (Value{}) {
			t.Errorf("%s is %+v in the end, want as drawn", st.Target, st.V)
		}
	}
}

// TestScale checks that scales multiply: an element scaled by 0.5 and then
// by 2 starts as drawn, is half its size after the first step and as drawn
// in the end.
func TestScale(t *testing.T) {
	tl, err := Build(oneStep(
		&diagram.Action{Kind: diagram.Scale, Targets: []string{"r"}, Factor: 0.5, Pivot: &diagram.Pivot{Anchor: diagram.AnchorBottom}},
		&diagram.Action{Kind: diagram.Scale, Targets: []string{"r"}, Factor: 4},
	), motionScene())
	if err == nil || !strings.Contains(err.Error(), "same pivot") {
		t.Fatalf("two pivots: got %v, want an error asking for the same pivot", err)
	}
	tl, err = Build(oneStep(
		&diagram.Action{Kind: diagram.Scale, Targets: []string{"r"}, Factor: 0.5, Pivot: &diagram.Pivot{Anchor: diagram.AnchorBottom}},
		&diagram.Action{Kind: diagram.Scale, Targets: []string{"r"}, Factor: 4, Pivot: &diagram.Pivot{Anchor: diagram.AnchorBottom}},
	), motionScene())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ at, want float64 }{{0, 0.5}, {2, 0.25}, {4, 1}} {
		st := stateOf(t, tl, "r", Transform, c.at)
		if !near(st.V.ScaleX(), c.want) || !near(st.V.ScaleY(), c.want) {
			t.Errorf("r at %gs scaled %g × %g, want %g", c.at, st.V.ScaleX(), st.V.ScaleY(), c.want)
		}
		if st.Origin != scene.Pt(220, 20) {
			t.Errorf("r scales about %v, want the middle of its bottom (220, 20)", st.Origin)
		}
	}
	if !tl.Tracks[0].Scales() || tl.Tracks[0].Rotates() {
		t.Error("a scale track should scale and not rotate")
	}
}

// TestMorph checks a morph: the copy changes shape from the element's
// resampled outline to the other's, point by point; the element hides and
// the other appears when the copy reaches it; and where shapes do not
// animate, the copy keeps the element's shape and the two copies
// crossfade, their opacities adding to one at every moment of the slot.
func TestMorph(t *testing.T) {
	tl, err := Build(oneStep(&diagram.Action{Kind: diagram.Morph, Targets: []string{"d"}, Into: "c", Easing: diagram.Linear}), motionScene())
	if err != nil {
		t.Fatal(err)
	}
	var shape *Track
	for i := range tl.Tracks {
		if tl.Tracks[i].Prop == Shape {
			shape = &tl.Tracks[i]
		}
	}
	if shape == nil || len(shape.Shapes) != 2 {
		t.Fatalf("no Shape track of two outlines: %+v", tl.Tracks)
	}
	from, to := shape.Shapes[0], shape.Shapes[1]
	// The fractions of both lines' vertices: 0, 0.5 (c's bend) and 1.
	if len(from) != 1 || len(from[0]) != 3 || len(to[0]) != 3 {
		t.Fatalf("outlines %v and %v, want one piece of 3 points each", from, to)
	}
	if to[0][1] != scene.Pt(50, 150) || from[0][1] != scene.Pt(50, 120) {
		t.Errorf("middle points %v and %v, want (50, 120) on d and c's bend (50, 150)", from[0][1], to[0][1])
	}
	mid := stateOf(t, tl, shape.Target, Shape, 1)
	if p := mid.Outline[0][1]; p != scene.Pt(50, 135) {
		t.Errorf("halfway the middle point is at %v, want (50, 135)", p)
	}
	if v := stateOf(t, tl, "d", Opacity, 0.5).V.Opacity; v != 0 {
		t.Errorf("d has opacity %g while its copy morphs, want 0", v)
	}
	if v := stateOf(t, tl, "c", Opacity, 1).V.Opacity; v != 0 {
		t.Errorf("c has opacity %g before the copy reaches it, want 0", v)
	}
	if v := stateOf(t, tl, "c", Opacity, 2.1).V.Opacity; v != 1 {
		t.Errorf("c has opacity %g after the morph, want 1", v)
	}
	// The fallback: the copy of d fades out as the copy of c fades in.
	for at := 0.05; at < 2; at += 0.1 {
		sum := 0.0
		shown := 0
		for _, st := range tl.FallbackAt(at) {
			if strings.HasPrefix(st.Target, "~morph") && st.Prop == Opacity {
				sum += st.V.Opacity
				shown++
			}
			if st.Prop == Shape && st.Outline[0][1] != from[0][1] {
				t.Errorf("at %.2fs the fallback changes the shape of %s", at, st.Target)
			}
		}
		if shown != 2 || math.Abs(sum-1) > 1e-9 {
			t.Errorf("fallback at %.2fs: %d copies, opacities adding to %g, want 2 adding to 1", at, shown, sum)
		}
	}
	for _, st := range tl.At(1) {
		if st.Target == "~morph2" {
			t.Error("At gives the fallback copy a state")
		}
	}
}

// TestMotionErrors checks that motions that cannot be drawn are errors at
// the action: a morph of an element with no line, of lines in different
// numbers of pieces, an element both moved and turned, and a scale past
// its range over several actions.
func TestMotionErrors(t *testing.T) {
	pos := diagram.Pos{File: "m.diag", Line: 7, Col: 3}
	for _, c := range []struct {
		name string
		a    []*diagram.Action
		want string
	}{
		{"empty", []*diagram.Action{{Kind: diagram.Morph, Targets: []string{"empty"}, Into: "c", Pos: pos}}, `"empty" has no line to morph`},
		{"into empty", []*diagram.Action{{Kind: diagram.Morph, Targets: []string{"c"}, Into: "empty", Pos: pos}}, `"empty" has no line to morph`},
		{"pieces", []*diagram.Action{{Kind: diagram.Morph, Targets: []string{"two"}, Into: "c", Pos: pos}}, "2 pieces"},
		{"move and rotate", []*diagram.Action{
			{Kind: diagram.MoveAlong, Targets: []string{"n"}, Path: "c"},
			{Kind: diagram.Rotate, Targets: []string{"n"}, Angle: 30, Pos: pos}}, "already animated by a move"},
		{"rotate and move", []*diagram.Action{
			{Kind: diagram.Rotate, Targets: []string{"n"}, Angle: 30},
			{Kind: diagram.MoveAlong, Targets: []string{"n"}, Path: "c", Pos: pos}}, "already animated by a rotate"},
		{"scale range", []*diagram.Action{
			{Kind: diagram.Scale, Targets: []string{"r"}, Factor: 50, Pos: pos},
			{Kind: diagram.Scale, Targets: []string{"r"}, Factor: 50}}, "by 2500 in all"},
		{"no plot", []*diagram.Action{{Kind: diagram.Rotate, Targets: []string{"n"}, Angle: 30, Pivot: &diagram.Pivot{Point: true, X: 1, Y: 2}, Pos: pos}}, "not inside a plot"},
	} {
		_, err := Build(oneStep(c.a...), motionScene())
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "m.diag:7:3") {
			t.Errorf("%s: got %v, want an error at m.diag:7:3 with %q", c.name, err, c.want)
		}
	}
}

// TestMorphKeyframeLimit checks that the points of a morph's outlines
// count against the keyframe limit.
func TestMorphKeyframeLimit(t *testing.T) {
	var acts []*diagram.Action
	for range 10 {
		acts = append(acts, &diagram.Action{Kind: diagram.Morph, Targets: []string{"d"}, Into: "c"})
	}
	if _, err := BuildWithin(oneStep(acts...), motionScene(), Limits{MaxKeyframes: 60}); err == nil || !strings.Contains(err.Error(), "more than 60 keyframes") {
		t.Errorf("10 morphs of 3 points within 60 keyframes: got %v, want the limit", err)
	}
	if _, err := BuildWithin(oneStep(acts[0]), motionScene(), Limits{MaxKeyframes: 60}); err != nil {
		t.Errorf("one morph within 60 keyframes: %v", err)
	}
}

// TestResample checks that resampling keeps the corners of both lines and
// caps the points, evenly spaced past the cap.
func TestResample(t *testing.T) {
	a := Outline{{scene.Pt(0, 0), scene.Pt(10, 0), scene.Pt(40, 0)}}
	b := Outline{{scene.Pt(0, 0), scene.Pt(0, 20), scene.Pt(0, 40)}}
	ra, rb, ok := Resample(a, b, 100)
	if !ok || len(ra[0]) != 4 || len(rb[0]) != 4 {
		t.Fatalf("got %v and %v, want 4 points each (fractions 0, 1/4, 1/2, 1)", ra, rb)
	}
	if ra[0][1] != scene.Pt(10, 0) || rb[0][2] != scene.Pt(0, 20) {
		t.Errorf("corners lost: %v, %v", ra, rb)
	}
	var long []scene.Point
	for i := range 1000 {
		long = append(long, scene.Pt(float64(i), float64(i%2)))
	}
	ra, rb, ok = Resample(Outline{long}, b, 50)
	if !ok || len(ra[0]) != 50 || len(rb[0]) != 50 || rb[0][49] != scene.Pt(0, 40) {
		t.Errorf("past the cap: %d and %d points, want 50 each ending at the ends", len(ra[0]), len(rb[0]))
	}
	if _, _, ok := Resample(Outline{long[:2], long[2:4]}, Outline{long[:2]}, 50); ok {
		t.Error("outlines of different pieces resampled")
	}
}
