package diag_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/internal/golden"
	"github.com/aiprep/diag/scene"
)

// animatedExamples returns the examples whose name starts with "anim-".
func animatedExamples(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("examples", "anim-*.diag"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no animated examples: %v", err)
	}
	return files
}

// scriptedExamples returns every example with an animation script.
func scriptedExamples(t testing.TB) []string {
	var out []string
	for _, path := range examples(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if regexp.MustCompile(`(?m)^animate\b`).Match(src) {
			out = append(out, path)
		}
	}
	return out
}

// buildExample compiles, lays out and animates an example.
func buildExample(t testing.TB, path string) (*scene.Scene, *animate.Timeline) {
	t.Helper()
	d, sc := layoutExample(t, path)
	tl, err := animate.Build(d.Script, sc)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if tl.Empty() {
		t.Fatalf("%s: no animation", path)
	}
	return sc, tl
}

// sampleState is one state of a timeline golden: opacity and dash offset
// have a value, transforms a translation and, when they scale, a scale.
type sampleState struct {
	Target string   `json:"target"`
	Prop   string   `json:"prop"`
	Value  *float64 `json:"value,omitempty"`
	DX     *float64 `json:"dx,omitempty"`
	DY     *float64 `json:"dy,omitempty"`
	SX     *float64 `json:"sx,omitempty"`
	SY     *float64 `json:"sy,omitempty"`
	Rotate *float64 `json:"rotate,omitempty"`
	// Points is, for a shape, how many points its outline has, and
	// Ends its first, middle and last point.
	Points int        `json:"points,omitempty"`
	Ends   []*float64 `json:"ends,omitempty"`
}

var propNames = map[animate.Prop]string{animate.Opacity: "opacity", animate.Transform: "transform", animate.DashOffset: "dashoffset", animate.Shape: "shape"}

// sampleTimes are the moments every timeline golden records: across the
// steps, the settle, the hold and into a second loop.
var sampleTimes = []float64{0, 0.2, 0.5, 0.75, 1, 1.3, 1.75, 2, 2.6, 3, 3.5, 4.2, 5, 6, 7, 8, 9.5, 11, 13}

func r4(v float64) *float64 {
	r := math.Round(v*1e4) / 1e4
	if r == 0 {
		r = 0 // no negative zero
	}
	return &r
}

// TestTimelineGoldens samples each animated example's timeline at fixed
// times and compares the states with testdata/timeline/NAME.json: one
// line per state, so a change shows as the states it moves.
func TestTimelineGoldens(t *testing.T) {
	for _, path := range animatedExamples(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".diag")
		t.Run(name, func(t *testing.T) {
			_, tl := buildExample(t, path)
			var b strings.Builder
			fmt.Fprintf(&b, "{\"period\": %v, \"end\": %v, \"loop\": %v, \"samples\": [\n", tl.Period, tl.End, tl.Loop)
			for i, at := range sampleTimes {
				fmt.Fprintf(&b, " {\"t\": %v, \"states\": [\n", at)
				states := tl.At(at)
				for j, st := range states {
					ss := sampleState{Target: st.Target, Prop: propNames[st.Prop]}
					switch st.Prop {
					case animate.Opacity:
						ss.Value = r4(st.V.Opacity)
					case animate.DashOffset:
						ss.Value = r4(st.V.Offset)
					case animate.Transform:
						ss.DX, ss.DY = r4(st.V.DX), r4(st.V.DY)
						if st.V.Scales() {
							ss.SX, ss.SY = r4(st.V.ScaleX()), r4(st.V.ScaleY())
						}
						if st.V.Rotate != 0 {
							ss.Rotate = r4(st.V.Rotate)
						}
					case animate.Shape:
						var pts []scene.Point
						for _, piece := range st.Outline {
							pts = append(pts, piece...)
						}
						ss.Points = len(pts)
						for _, p := range []scene.Point{pts[0], pts[len(pts)/2], pts[len(pts)-1]} {
							ss.Ends = append(ss.Ends, r4(p.X), r4(p.Y))
						}
					}
					line, err := json.Marshal(ss)
					if err != nil {
						t.Fatal(err)
					}
					b.WriteString("  " + string(line))
					if j < len(states)-1 {
						b.WriteString(",")
					}
					b.WriteString("\n")
				}
				b.WriteString(" ]}")
				if i < len(sampleTimes)-1 {
					b.WriteString(",")
				}
				b.WriteString("\n")
			}
			b.WriteString("]}\n")
			if !json.Valid([]byte(b.String())) {
				t.Fatalf("timeline golden is not valid JSON:\n%s", b.String())
			}
			golden.Check(t, filepath.Join("testdata", "timeline", name+".json"), []byte(b.String()))
		})
	}
}

// TestBadgesClear checks that every reading-path badge of the examples
// with a script covers no text and no label box, and that each step has
// one.
func TestBadgesClear(t *testing.T) {
	for _, path := range scriptedExamples(t) {
		sc, tl := buildExample(t, path)
		var texts []scene.Rect
		var badges []*scene.Group
		scene.Walk(sc.Items, func(it scene.Item) bool {
			switch v := it.(type) {
			case *scene.Group:
				if v.Kind == scene.KindBadge && strings.HasSuffix(v.ID, "-badge") {
					badges = append(badges, v)
					return false
				}
			case *scene.Text:
				texts = append(texts, v.Ink)
			case *scene.Box:
				if v.Role == scene.RoleLabel {
					texts = append(texts, v.R)
				}
			}
			return true
		})
		if len(badges) != len(tl.Captions) {
			t.Errorf("%s: %d badges for %d steps", path, len(badges), len(tl.Captions))
		}
		for i, b := range badges {
			r := b.Bounds()
			for _, x := range texts {
				if r.X < x.Right() && x.X < r.Right() && r.Y < x.Bottom() && x.Y < r.Bottom() {
					t.Errorf("%s: badge %s at %+v covers text at %+v", path, b.ID, r, x)
				}
			}
			for _, o := range badges[:i] {
				q := o.Bounds()
				if r.X < q.Right() && q.X < r.Right() && r.Y < q.Bottom() && q.Y < r.Bottom() {
					t.Errorf("%s: badges %s and %s overlap", path, o.ID, b.ID)
				}
			}
		}
	}
}

// TestStillFrames checks the still pictures: the static SVG has no
// animation and no overlay; a frame has no keyframes, draws the overlays
// and fixes each animated element's state in its attributes.
func TestStillFrames(t *testing.T) {
	path := filepath.Join("examples", "anim-flow.diag")
	static := compileExample(t, path, diag.Options{Static: true})
	for _, bad := range []string{"@keyframes", "animation:", "_7e_flow"} {
		if strings.Contains(string(static), bad) {
			t.Errorf("static SVG contains %q", bad)
		}
	}
	frame := compileExample(t, path, diag.Options{Static: true, Frame: 1200 * time.Millisecond})
	if strings.Contains(string(frame), "@keyframes") {
		t.Errorf("frame SVG contains keyframes")
	}
	// At 1.2 s the first flow runs: its overlay shows and its dot has moved.
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`id="anim-flow-_7e_flow1" class="anim-flow-ov" style="opacity:1"`),
		regexp.MustCompile(`id="anim-flow-_7e_flow1_2e_dot"[^>]* transform="translate\([0-9.]+ [-0-9.]+\)"`),
		regexp.MustCompile(`id="anim-flow-_7e_flow2" class="anim-flow-ov" style="opacity:0"`),
	} {
		if !want.Match(frame) {
			t.Errorf("frame SVG has no match for %s", want)
		}
	}
}

// TestStyleSheet checks the emitted CSS of every animated example: every
// name carries the prefix, only opacity, transform, stroke-dashoffset and
// (for a morph, with a fallback for browsers that cannot animate it) d
// are animated, keyframe offsets increase, and reduced motion stops every
// animation.
func TestStyleSheet(t *testing.T) {
	keyframes := regexp.MustCompile(`@keyframes ([^{]+)\{((?:[0-9.]+%\{[^}]*\})+)\}`)
	frame := regexp.MustCompile(`([0-9.]+)%\{([^}]*)\}`)
	for _, path := range animatedExamples(t) {
		out := compileExample(t, path, diag.Options{Prefix: "px"})
		svg := string(out)
		if !strings.Contains(svg, "@media (prefers-reduced-motion: reduce){.px .px-a{animation:none!important}}") {
			t.Errorf("%s: no reduced-motion rule", path)
		}
		all := keyframes.FindAllStringSubmatch(svg, -1)
		if len(all) == 0 {
			t.Errorf("%s: no keyframes", path)
		}
		for _, m := range all {
			if !strings.HasPrefix(m[1], "px-") {
				t.Errorf("%s: keyframes %q without the prefix", path, m[1])
			}
			prev := -1.0
			for _, f := range frame.FindAllStringSubmatch(m[2], -1) {
				var pct float64
				fmt.Sscan(f[1], &pct)
				if pct <= prev {
					t.Errorf("%s: %s: offset %v%% after %v%%", path, m[1], pct, prev)
				}
				prev = pct
				for _, decl := range strings.Split(f[2], ";") {
					prop := strings.SplitN(decl, ":", 2)[0]
					switch prop {
					case "opacity", "transform", "stroke-dashoffset", "animation-timing-function":
					case "d":
						if !strings.Contains(svg, `@supports not (d:path("M0 0")){`) {
							t.Errorf("%s: %s animates d with no fallback", path, m[1])
						}
					default:
						t.Errorf("%s: %s animates %q", path, m[1], prop)
					}
				}
			}
			if prev != 100 {
				t.Errorf("%s: %s ends at %v%%, want 100%%", path, m[1], prev)
			}
		}
		for _, m := range regexp.MustCompile(`(?m)^#([^{]+)\{[^}]*animation:`).FindAllStringSubmatch(svg, -1) {
			if !strings.HasPrefix(m[1], "px-") {
				t.Errorf("%s: animation rule for %q without the prefix", path, m[1])
			}
		}
	}
}

// TestBuildLeavesSceneAlone checks that animate.Build only reads the scene:
// a scene that was animated is deeply equal to one laid out afresh, in
// every example with a script, although traces and counts animate lines
// and texts that have no id of their own. The names they need live in the
// timeline.
func TestBuildLeavesSceneAlone(t *testing.T) {
	named := 0
	for _, path := range scriptedExamples(t) {
		d, animated := layoutExample(t, path)
		_, fresh := layoutExample(t, path)
		tl, err := animate.Build(d.Script, animated)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if diff := cmp.Diff(fresh, animated); diff != "" {
			t.Errorf("%s: Build changed the scene (-before +after):\n%s", path, diff)
		}
		scene.Walk(animated.Items, func(it scene.Item) bool {
			if tl.ID(it) != "" {
				named++
			}
			return true
		})
	}
	if named == 0 {
		t.Error("no example names an element through its timeline; the test does not exercise Build's names")
	}
}
