package diag_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
)

func TestStackGrammar(t *testing.T) {
	tests := []struct {
		src  string
		want *diagram.Stack
	}{
		{
			src: "stack layers \"Layers\" {\n  band app \"UI / app\" tone info {\n    chat \"Chat UI\"\n    upload tone warn\n    threat inj \"Prompt injection\"\n    defence \"Output encoding\"\n    note \"Checked weekly\" tone muted\n  }\n  band data {\n  }\n}",
			want: &diagram.Stack{
				PanelHead: diagram.PanelHead{ID: "layers", Title: "Layers"},
				Bands: []*diagram.Band{
					{
						ID: "app", Label: "UI / app", Tone: diagram.Info,
						Items: []*diagram.StackItem{{ID: "chat", Label: "Chat UI"}, {ID: "upload", Tone: diagram.Warn}},
						Notes: []*diagram.StackNote{
							{ID: "inj", Text: "Prompt injection", Tone: diagram.Bad},
							{Text: "Output encoding", Tone: diagram.Good},
							{Text: "Checked weekly", Tone: diagram.Muted},
						},
					},
					{ID: "data"},
				},
			},
		},
		{
			src: "stack {\n  band a { x; defense \"US spelling\" }\n}",
			want: &diagram.Stack{Bands: []*diagram.Band{{ID: "a",
				Items: []*diagram.StackItem{{ID: "x"}},
				Notes: []*diagram.StackNote{{Text: "US spelling", Tone: diagram.Good}}}}},
		},
	}
	for _, tt := range tests {
		got := compileBody(t, tt.src)
		if diff := cmp.Diff(tt.want, got, ignoreAnyPos); diff != "" {
			t.Errorf("Compile(%q) mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

func TestStackErrors(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"stack {\n}", []string{`1:1: stack has no bands`}},
		{"stack {\n  chat \"Chat\"\n}", []string{`2:3: unexpected "chat" in stack`}},
		{"stack {\n  band { x }\n}", []string{`2:3: band needs an id`}},
		{"stack {\n  band a {\n    x \"X\" \"Y\"\n  }\n}", []string{`3:11: second label for item "x"`}},
		{"stack {\n  band a {\n    x tone pink\n  }\n}", []string{`3:12: unknown tone "pink"`}},
		{"stack {\n  band a {\n    threat\n  }\n}", []string{`3:11: threat needs a text in quotes, found end of line`}},
		{"stack {\n  band a {\n    \"Chat\"\n  }\n}", []string{`3:5: unexpected string "Chat" in band`}},
		{"stack {\n  band a {\n    x shape box\n  }\n}", []string{`3:7: unexpected "shape" in item "x"`}},
		{"stack {\n  band a { x }\n  band b { x }\n}", []string{`3:12: duplicate id "x"`}},
		{"stack {\n  band a shape box { x }\n}", []string{`2:10: a band does not take shape`}},
		{"stack {\n  band a {\n    defence \"ok\" extra\n  }\n}", []string{`3:18: unexpected "extra"`}},
	}
	for _, tt := range tests {
		got := compileErrorLines(tt.src)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Compile(%q) errors mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

// TestStackLayout checks that items wrap inside their band, that bands,
// items and notes can be found by id, and that the scene passes the
// quality checks.
func TestStackLayout(t *testing.T) {
	src := `stack s {
  band a "A band with a long label that wraps" tone info {
    i1 "first item"; i2 "second item"; i3 "third item"; i4 "fourth item"; i5 "fifth item"; i6 "sixth item"; i7 "seventh item"
    threat n1 "A threat that is long enough to wrap onto a second line in the notes column"
    defence n2 "A defence"
  }
  band b { j1 }
}`
	d, _, err := dsl.Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatal(err)
	}
	if r := quality.Measure(sc.Geometry()); r.Violations() > 0 {
		t.Errorf("quality problems: %v", r.Problems)
	}
	for _, id := range []string{"s", "a", "b", "i1", "i7", "j1", "n1", "n2"} {
		if sc.Find(id) == nil {
			t.Errorf("Find(%q) = nil", id)
		}
	}
	band := sc.Find("a").Bounds()
	first, last := sc.Find("i1").Bounds(), sc.Find("i7").Bounds()
	if last.Y <= first.Y {
		t.Errorf("items did not wrap: i1 at y %.1f, i7 at y %.1f", first.Y, last.Y)
	}
	for _, id := range []string{"i1", "i7"} {
		r := sc.Find(id).Bounds()
		if r.X < band.X || r.Right() > band.Right() || r.Y < band.Y || r.Bottom() > band.Bottom() {
			t.Errorf("item %s %v sticks out of band %v", id, r, band)
		}
	}
	if n := sc.Find("n1").Bounds(); n.X < band.Right() {
		t.Errorf("note n1 %v is not right of band %v", n, band)
	}
}
