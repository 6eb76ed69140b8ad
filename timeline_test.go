package diag_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// compileErrorLines compiles src and returns its errors as
// "line:col: message" lines; an error without a hint gets " (no hint)".
func compileErrorLines(src string) []string {
	_, _, err := dsl.Compile("t.diag", []byte(src))
	list, ok := err.(diagram.ErrorList)
	if !ok {
		if err == nil {
			return nil
		}
		return []string{err.Error()}
	}
	var out []string
	for _, e := range list {
		line := strings.TrimPrefix(e.Pos.String(), "t.diag:") + ": " + e.Msg
		if e.Hint == "" {
			line += " (no hint)"
		}
		out = append(out, line)
	}
	return out
}

var ignoreAnyPos = cmpopts.IgnoreTypes(diagram.Pos{})

func TestTimelineGrammar(t *testing.T) {
	tests := []struct {
		src  string
		want *diagram.Timeline
	}{
		{
			src: "timeline voice \"Voice\" {\n  budget 1s \"turn budget\"\n  vad \"VAD\" 200ms tone muted\n  llm 350ms\n}",
			want: &diagram.Timeline{
				PanelHead: diagram.PanelHead{ID: "voice", Title: "Voice"},
				Budget:    time.Second, BudgetLabel: "turn budget",
				Segments: []*diagram.Segment{
					{ID: "vad", Label: "VAD", Duration: 200 * time.Millisecond, Tone: diagram.Muted},
					{ID: "llm", Duration: 350 * time.Millisecond},
				},
			},
		},
		{
			src: "timeline s {\n  a 1.5s\n  b 120ms with a + 80ms tone good\n  c 40ms after b - 10ms\n  d \"D\" 5ms at 2s\n  e 1ms after a\n}",
			want: &diagram.Timeline{
				PanelHead: diagram.PanelHead{ID: "s"},
				Segments: []*diagram.Segment{
					{ID: "a", Duration: 1500 * time.Millisecond},
					{ID: "b", Duration: 120 * time.Millisecond, Tone: diagram.Good, Start: diagram.With, Ref: "a", Offset: 80 * time.Millisecond},
					{ID: "c", Duration: 40 * time.Millisecond, Start: diagram.After, Ref: "b", Offset: -10 * time.Millisecond},
					{ID: "d", Label: "D", Duration: 5 * time.Millisecond, Start: diagram.At, Offset: 2 * time.Second},
					{ID: "e", Duration: time.Millisecond, Start: diagram.After, Ref: "a"},
				},
			},
		},
		{
			// Attributes may come in any order.
			src:  "timeline { x tone bad 10ms \"X\" }",
			want: &diagram.Timeline{Segments: []*diagram.Segment{{ID: "x", Label: "X", Duration: 10 * time.Millisecond, Tone: diagram.Bad}}},
		},
	}
	for _, tt := range tests {
		got := compileBody(t, tt.src)
		if diff := cmp.Diff(tt.want, got, ignoreAnyPos); diff != "" {
			t.Errorf("Compile(%q) mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

func TestTimelineSchedule(t *testing.T) {
	p := compileBody(t, "timeline {\n a 100ms\n b 50ms\n c 30ms with a + 20ms\n d 10ms after c - 40ms\n e 5ms at 400ms\n}").(*diagram.Timeline)
	starts, end := p.Schedule()
	ms := time.Millisecond
	want := []time.Duration{0, 100 * ms, 20 * ms, 10 * ms, 400 * ms}
	if diff := cmp.Diff(want, starts); diff != "" {
		t.Errorf("Schedule() starts mismatch (-want +got)\n%s", diff)
	}
	if end != 405*ms {
		t.Errorf("Schedule() end = %v, want 405ms", end)
	}
}

func TestTimelineErrors(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"timeline {\n  asr \"ASR\"\n}", []string{`2:3: segment "asr" needs a duration`}},
		{"timeline {\n  asr 180\n}", []string{`2:7: duration "180" needs a unit`}},
		{"timeline {\n  asr 180 ms\n}", []string{`2:7: duration "180" needs a unit`}},
		{"timeline {\n  llm 300ms\n  tts 100ms with lm + 80ms\n}", []string{`3:18: unknown segment "lm"`}},
		{"timeline {\n  tts 100ms after llm\n  llm 300ms\n}", []string{`2:19: unknown segment "llm"`}},
		{"timeline {\n  budget 1s\n  budget 2s\n  a 1ms\n}", []string{`3:3: second budget in timeline`}},
		{"timeline {\n  a 10ms tone red\n}", []string{`2:15: unknown tone "red"`}},
		{"timeline {\n  a 10ms at 5ms after b\n}", []string{`2:17: at and after both set the start of segment "a"`}},
		{"timeline {\n  a 10ms colour red\n}", []string{`2:10: unexpected "colour" in segment "a"`}},
		{"timeline {\n  a 10ms\n  a 20ms\n}", []string{`3:3: duplicate id "a"`}},
		{"timeline {\n  a 0ms\n}", []string{`2:5: segment "a" has no length`}},
		{"timeline {\n}", []string{`1:1: timeline has no segments`}},
		{"timeline {\n  budget 1s\n}\ntimeline {\n  x 1\n}", []string{`1:1: timeline has no segments`, `5:5: duration "1" needs a unit`}},
		{"timeline {\n  \"ASR\" 10ms\n}", []string{`2:3: unexpected string "ASR" in timeline`}},
		{"timeline {\n  a 10ms with a\n}", []string{`2:15: segment "a" cannot start with itself`}},
		{"timeline {\n  a 10ms\n  b 5ms after a +\n}", []string{`3:18: expected a duration after "+", found end of line`}},
		{"timeline {\n  budget\n  a 1ms\n}", []string{`2:9: budget needs a duration, found end of line`}},
		{"timeline {\n  a 10ms\n  b 5ms with a - 20ms\n}", []string{`3:9: segment "b" would start 20ms before zero`}},
		{"timeline {\n  a 10ms\n  b 5ms after a - 30ms\n}", []string{`3:9: segment "b" would start 20ms before zero`}},
	}
	for _, tt := range tests {
		got := compileErrorLines(tt.src)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Compile(%q) errors mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

// TestTimelineTinyLabels lays out timelines of many tiny segments and
// checks that no label overlaps another label or a segment, and that the
// scene passes every quality check.
func TestTimelineTinyLabels(t *testing.T) {
	tests := []string{
		"timeline { budget 100ms; a \"Alpha stage\" 30ms; b \"DNS\" 1ms; c \"TLS handshake\" 2ms; d \"Queue\" 1ms; e \"Compute\" 40ms; f \"Serialize\" 3ms; g \"Send\" 2ms; h \"Ack\" 1ms }",
		"timeline { a \"first tiny one\" 1ms; b \"second tiny one\" 1ms; c \"third tiny one\" 1ms; d \"fourth tiny one\" 1ms; e \"fifth\" 1ms; f \"long tail\" 995ms }",
		"timeline { big 500ms; x1 \"one\" 1ms with big + 100ms; x2 \"two\" 1ms with big + 102ms; x3 \"three\" 1ms with big + 104ms; x4 \"four\" 1ms with big + 106ms }",
		"timeline { budget 1s; a \"a very long label for a tiny segment at the very start\" 1ms; b 998ms; c \"and another one at the very end of it all\" 1ms }",
	}
	for _, src := range tests {
		d, _, err := dsl.Compile("t.diag", []byte(src))
		if err != nil {
			t.Fatalf("Compile(%q): %v", src, err)
		}
		sc, err := layout.Layout(d)
		if err != nil {
			t.Fatalf("Layout(%q): %v", src, err)
		}
		r := quality.Measure(sc.Geometry())
		if r.Violations() > 0 {
			t.Errorf("Layout(%q): quality problems %v", src, r.Problems)
		}
		labels := 0
		scene.Walk(sc.Items, func(it scene.Item) bool {
			if tx, ok := it.(*scene.Text); ok && tx.Role == scene.RoleLabel {
				labels++
			}
			return true
		})
		if labels == 0 {
			t.Errorf("Layout(%q): no outside labels; the test does not exercise placement", src)
		}
	}
}

// TestTimelineIDs checks that segments and the parts drawn under the
// panel's id can be named in the animation and found in the scene.
func TestTimelineIDs(t *testing.T) {
	src := `timeline voice {
  budget 100ms
  a "A" 80ms
  b "B" 40ms
}
animate {
  step "one" 1s { show a }
  step "two" 1s { show b; show voice.overrun }
  step "three" 1s { highlight voice.total voice.budget voice.axis }
}`
	d, _, err := dsl.Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	for _, id := range []string{"voice", "a", "b", "voice.total", "voice.budget", "voice.axis", "voice.overrun"} {
		if sc.Find(id) == nil {
			t.Errorf("Find(%q) = nil", id)
		}
	}
}

// TestTimelineWithoutID checks that a timeline without an id draws its
// budget line as well as its total: the two markers are told apart by what
// they are, not by their ids, which are both empty.
func TestTimelineWithoutID(t *testing.T) {
	src := `timeline {
  budget 100ms "turn budget"
  a "A" 80ms
  b "B" 40ms
}`
	d, _, err := dsl.Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	var markers []string
	scene.Walk(sc.Items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindMarker {
			for _, m := range g.Items {
				if tx, ok := m.(*scene.Text); ok {
					markers = append(markers, tx.String())
				}
			}
		}
		return true
	})
	want := []string{"turn budget 100 ms", "total 120 ms > 100 ms budget"}
	if diff := cmp.Diff(want, markers); diff != "" {
		t.Errorf("marker labels mismatch (-want +got):\n%s", diff)
	}
}
