package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// animScene has an edge with an arrowhead and an overlay made by the
// timeline.
func animScene() (*scene.Scene, *animate.Timeline) {
	edge := &scene.Group{ID: "a->b", Kind: scene.KindEdge, Items: []scene.Item{
		&scene.Path{ID: "a->b~line", Role: scene.RoleEdge,
			Ops:   []scene.PathOp{{Cmd: 'M', Pts: []scene.Point{{X: 10, Y: 10}}}, {Cmd: 'L', Pts: []scene.Point{{X: 110, Y: 10}}}},
			Style: scene.Style{Stroke: scene.Paint{Tone: diagram.Neutral}, StrokeWidth: 1.5, Dash: []float64{6, 4}, ArrowEnd: true}},
	}}
	s := &scene.Scene{Width: 200, Height: 50, Items: []scene.Item{edge}}
	tl := &animate.Timeline{Period: 4, Loop: true, Tracks: []animate.Track{
		{Target: "a->b~line", Prop: animate.DashOffset, DashLen: 100, Keys: []animate.Key{
			{T: 0, V: animate.Value{Offset: 100}, Ease: diagram.Linear}, {T: 2, V: animate.Value{}}, {T: 4, V: animate.Value{}}}},
		{Target: animate.HeadsID("a->b~line"), Prop: animate.Opacity, Keys: []animate.Key{
			{T: 0, V: animate.Value{}, Ease: diagram.Steps}, {T: 2, V: animate.Value{Opacity: 1}}, {T: 4, V: animate.Value{Opacity: 1}}}},
		{Target: "~dot1", Prop: animate.Transform, Keys: []animate.Key{
			{T: 0, V: animate.Value{}}, {T: 1, V: animate.Value{DX: 50, DY: -2.5}}, {T: 4, V: animate.Value{DX: 50, DY: -2.5}}}},
		{Target: "~dot1", Prop: animate.Opacity, Keys: []animate.Key{
			{T: 0, V: animate.Value{}, Ease: diagram.Steps}, {T: 1, V: animate.Value{Opacity: 1}, Ease: diagram.Steps}, {T: 4, V: animate.Value{}}}},
	}, Overlays: []scene.Item{&scene.Group{ID: "~dot1", Kind: scene.KindOverlay, Items: []scene.Item{
		&scene.Circle{C: scene.Point{X: 10, Y: 10}, R: 4, Style: scene.Style{Fill: scene.Paint{Tone: diagram.Accent, Role: scene.Solid}}},
	}}}}
	return s, tl
}

// styleLines returns the lines of the style sheet that mention animation.
func styleLines(svg string) []string {
	var out []string
	for _, l := range strings.Split(svg, "\n") {
		if strings.Contains(l, "@keyframes") || strings.Contains(l, "animation") {
			out = append(out, l)
		}
	}
	return out
}

// TestKeyframes checks the animation style sheet: one @keyframes per track
// with prefixed names, the timing function of each interval on its first
// keyframe (the default ease-in-out left out), one animation rule per
// element listing its tracks, transform boxes for moved elements, and the
// reduced-motion rule.
func TestKeyframes(t *testing.T) {
	s, tl := animScene()
	out, err := Render(s, tl, Options{Prefix: "p", NoFont: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"@keyframes p-k0{0%{stroke-dashoffset:100;animation-timing-function:linear}50%{stroke-dashoffset:0}100%{stroke-dashoffset:0}}",
		"@keyframes p-k1{0%{opacity:0;animation-timing-function:steps(1,end)}50%{opacity:1}100%{opacity:1}}",
		"@keyframes p-k2{0%{transform:translate(0px,0px) scale(1)}25%{transform:translate(50px,-2.5px) scale(1)}100%{transform:translate(50px,-2.5px) scale(1)}}",
		"@keyframes p-k3{0%{opacity:0;animation-timing-function:steps(1,end)}25%{opacity:1;animation-timing-function:steps(1,end)}100%{opacity:0}}",
		"#p-a-_3e_b_7e_line{animation:p-k0 4s ease-in-out 0s infinite both}",
		"#p-a-_3e_b_7e_line_7e_heads{animation:p-k1 4s ease-in-out 0s infinite both}",
		"#p-_7e_dot1{transform-box:fill-box;transform-origin:center;animation:p-k2 4s ease-in-out 0s infinite both,p-k3 4s ease-in-out 0s infinite both}",
		"@media (prefers-reduced-motion: reduce){.p .p-a{animation:none!important}}",
	}
	if diff := cmp.Diff(want, styleLines(string(out))); diff != "" {
		t.Errorf("style sheet mismatch (-want +got):\n%s", diff)
	}
	body := string(out)
	for _, s := range []string{
		// The traced line: one dash as long as the path, its own pattern
		// dropped; the animation class on the group with the id.
		`<g id="p-a-_3e_b_7e_line" class="p-a" >`,
		`stroke-dasharray="100 100"`,
		`<g id="p-a-_3e_b_7e_line_7e_heads" class="p-a" >`,
		`<g id="p-_7e_dot1" class="p-ov p-a" >`,
	} {
		if !strings.Contains(body, s) {
			t.Errorf("SVG lacks %s", s)
		}
	}
	if strings.Contains(body, `stroke-dasharray="6 4"`) {
		t.Errorf("traced line keeps its dash pattern")
	}
	wellFormed(t, out)
}

// TestFrame checks a still frame: no keyframes, the overlays drawn, each
// state fixed in the element's attributes.
func TestFrame(t *testing.T) {
	s, tl := animScene()
	out, err := Render(s, tl, Options{Prefix: "p", NoFont: true, Frame: tl.At(1.5)})
	if err != nil {
		t.Fatal(err)
	}
	body := string(out)
	if lines := styleLines(body); len(lines) != 0 {
		t.Errorf("frame has animation CSS: %q", lines)
	}
	for _, s := range []string{
		`<g id="p-a-_3e_b_7e_line" style="stroke-dashoffset:25" >`,
		`<g id="p-a-_3e_b_7e_line_7e_heads" style="opacity:0" >`,
		`<g id="p-_7e_dot1" class="p-ov" transform="translate(50 -2.5)" style="opacity:1" >`,
	} {
		if !strings.Contains(body, s) {
			t.Errorf("frame lacks %s", s)
		}
	}
	wellFormed(t, out)
}

func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
	}
}
