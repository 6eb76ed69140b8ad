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
			src: "timeline t {\n  talk \"User speaks\" 600ms excluded tone muted\n  vad 200ms\n  milestone stop \"user stops\" after talk\n  milestone first with vad + 50ms tone good\n  milestone late at 2s\n}",
			want: &diagram.Timeline{
				PanelHead: diagram.PanelHead{ID: "t"},
				Segments: []*diagram.Segment{
					{ID: "talk", Label: "User speaks", Duration: 600 * time.Millisecond, Tone: diagram.Muted, Excluded: true},
					{ID: "vad", Duration: 200 * time.Millisecond},
				},
				Milestones: []*diagram.Milestone{
					{ID: "stop", Label: "user stops", Start: diagram.After, Ref: "talk"},
					{ID: "first", Start: diagram.With, Ref: "vad", Offset: 50 * time.Millisecond, Tone: diagram.Good},
					{ID: "late", Start: diagram.At, Offset: 2 * time.Second},
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

// TestTimelineCounted checks the total of a timeline with excluded
// segments: the time when only excluded segments run is left out, and the
// time when a counted segment runs beside an excluded one is kept.
func TestTimelineCounted(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		src           string
		end, counted  time.Duration
		excludedSpans [][2]time.Duration
	}{
		{"timeline {\n a 100ms\n b 50ms\n}", 150 * ms, 150 * ms, nil},
		{"timeline {\n talk 600ms excluded\n a 200ms\n}", 800 * ms, 200 * ms, [][2]time.Duration{{0, 600 * ms}}},
		// b overlaps the end of the excluded x: only 100..150 is left out.
		{"timeline {\n a 100ms\n x 100ms excluded\n b 50ms with x + 50ms\n}", 200 * ms, 150 * ms, [][2]time.Duration{{100 * ms, 150 * ms}}},
		// Two excluded segments that overlap count once.
		{"timeline {\n x 100ms excluded\n y 100ms with x + 50ms excluded\n a 10ms\n}", 160 * ms, 10 * ms, [][2]time.Duration{{0, 150 * ms}}},
	}
	for _, tt := range tests {
		p := compileBody(t, tt.src).(*diagram.Timeline)
		starts, end := p.Schedule()
		if end != tt.end {
			t.Errorf("%q: end %v, want %v", tt.src, end, tt.end)
		}
		if got := p.Counted(starts, end); got != tt.counted {
			t.Errorf("%q: Counted = %v, want %v", tt.src, got, tt.counted)
		}
		if diff := cmp.Diff(tt.excludedSpans, p.ExcludedOnly(starts)); diff != "" {
			t.Errorf("%q: ExcludedOnly mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

// TestTimelineLayoutMilestones checks the layout of milestones, excluded
// segments and the axis length: a short timeline gets a shorter axis than
// 880 px, a milestone's diamond stands on the axis at its time, the total
// counts only counted time, and the budget line stands where counted time
// reaches the budget.
func TestTimelineLayoutMilestones(t *testing.T) {
	src := `timeline t {
  budget 300ms
  talk "Talk" 400ms excluded
  a "A" 200ms
  milestone stop "stop" after talk
  milestone done "done" after a
}`
	d, _, err := dsl.Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatal(err)
	}
	axis := sc.Find("t.axis").(*scene.Group)
	line := axis.Items[0].(*scene.Path)
	x0, x1 := line.Ops[0].Pts[0].X, line.Ops[1].Pts[0].X
	if w := x1 - x0; w >= 880 || w < 320 {
		t.Errorf("axis is %.1f px long, want between 320 and 880 for two short segments", w)
	}
	// Times are to scale from x0: stop at 400 ms, done at 600 ms, and the
	// budget at 700 ms, where 300 ms of counted time end.
	at := map[string]float64{}
	for _, id := range []string{"stop", "done"} {
		g, ok := sc.Find(id).(*scene.Group)
		if !ok {
			t.Fatalf("milestone %s not found", id)
		}
		at[id] = g.Items[1].(*scene.Path).Bounds().Center().X - x0
	}
	at["budget"] = sc.Find("t.budget").(*scene.Group).Items[0].(*scene.Path).Ops[0].Pts[0].X - x0
	for id, want := range map[string]float64{"stop": 400, "budget": 700} {
		if got := at[id] / at["done"] * 600; got < want-1 || got > want+1 {
			t.Errorf("%s stands at %.1f ms on the axis, want %.0f", id, got, want)
		}
	}
	var total string
	scene.Walk([]scene.Item{sc.Find("t.total")}, func(it scene.Item) bool {
		if tx, ok := it.(*scene.Text); ok {
			total = tx.String()
		}
		return true
	})
	if want := "total 200 ms ≤ 300 ms budget"; total != want {
		t.Errorf("total reads %q, want %q", total, want)
	}
	if r := quality.Measure(sc.Geometry()); r.Violations() > 0 {
		t.Errorf("quality: %v", r.Problems)
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
		{"timeline {\n  a 10ms\n  milestone m \"M\"\n}", []string{`3:3: milestone "m" needs a time`}},
		{"timeline {\n  a 10ms\n  milestone \"M\" at 1ms\n}", []string{`3:3: milestone needs an id`}},
		{"timeline {\n  a 10ms\n  milestone m 5ms\n}", []string{`3:15: a milestone has no duration`}},
		{"timeline {\n  a 10ms\n  milestone m at 1ms after a\n}", []string{`3:22: at and after both set the time of milestone "m"`}},
		{"timeline {\n  a 10ms\n  milestone m after b\n}", []string{`3:21: unknown segment "b"`}},
		{"timeline {\n  a 10ms\n  milestone m at 1ms colour red\n}", []string{`3:22: unexpected "colour" in milestone "m"`}},
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
