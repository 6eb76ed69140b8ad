package diag_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

func TestNoteGrammar(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *diagram.Note
	}{
		{
			name: "plain note with every kind of line",
			src: `note gd "Gradient descent" width 300 {
  "step **downhill**"
  text "no bullet"
  formula "θ ← θ − η·∇_θ L"
  key: "named line with ` + "`code`" + `"
}`,
			want: &diagram.Note{
				PanelHead: diagram.PanelHead{ID: "gd", Title: "Gradient descent"},
				Width:     300,
				Lines: []*diagram.NoteLine{
					{ID: "gd.1", Kind: diagram.BulletLine, Text: "step **downhill**"},
					{ID: "gd.2", Kind: diagram.TextLine, Text: "no bullet"},
					{ID: "gd.3", Kind: diagram.FormulaLine, Text: "θ ← θ − η·∇_θ L"},
					{ID: "gd.key", Kind: diagram.BulletLine, Text: "named line with `code`"},
				},
			},
		},
		{
			name: "tip callout: the title becomes the heading",
			src:  `note tip "Interview tip" { "say it" }`,
			want: &diagram.Note{Style: diagram.TipNote, Heading: "Interview tip",
				Lines: []*diagram.NoteLine{{Kind: diagram.BulletLine, Text: "say it"}}},
		},
		{
			name: "pitfall with an id, a tone and an icon",
			src:  "note leak pitfall \"Leakage\" tone warn icon bug {\n  text \"fit on train only\"\n}",
			want: &diagram.Note{PanelHead: diagram.PanelHead{ID: "leak"}, Style: diagram.PitfallNote, Heading: "Leakage",
				Tone: diagram.Warn, Icon: "bug",
				Lines: []*diagram.NoteLine{{ID: "leak.1", Kind: diagram.TextLine, Text: "fit on train only"}}},
		},
	}
	for _, tt := range tests {
		d, _, err := dsl.Compile("test.diag", []byte(tt.src))
		if err != nil {
			t.Errorf("%s: Compile(%q): %v", tt.name, tt.src, err)
			continue
		}
		if diff := cmp.Diff(tt.want, d.Body, matrixIgnorePos); diff != "" {
			t.Errorf("%s: Compile(%q) mismatch (-want +got)\n%s", tt.name, tt.src, diff)
		}
	}
}

func TestNoteErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"note n {\n  \"a **bold\"\n}", `test.diag:2:6: bold not closed`},
		{"note n {\n  \"x\\n `code\"\n}", `test.diag:2:8: code span not closed`},
		{"note n {\n  \"W_{ij\"\n}", `test.diag:2:6: { not closed`},
		{"note n {\n  formla \"x\"\n}", `test.diag:2:3: unknown note line "formla"`},
		{"note n {\n  \"a\" \"b\"\n}", `test.diag:2:7: unexpected string "b" after the note line`},
		{"note n tone blu {\n  \"a\"\n}", `test.diag:1:13: unknown tone "blu"`},
		{"note n tip icon bulb {\n  \"a\"\n}", `test.diag:1:17: unknown icon "bulb"`},
		{"note n width 20 {\n  \"a\"\n}", `test.diag:1:14: note width 20 is out of range`},
		{"note n \"T\" tip {\n  \"a\"\n}", `test.diag:1:12: tip must come before the title`},
		{"note n {\n}", `test.diag:1:1: note has no lines`},
		{"note n icon bug {\n  \"a\"\n}", `test.diag:1:1: a plain note has no icon`},
	}
	for _, tt := range tests {
		_, _, err := dsl.Compile("test.diag", []byte(tt.src))
		if err == nil {
			t.Errorf("Compile(%q) succeeded, want %q", tt.src, tt.want)
			continue
		}
		if got := firstError(err); got != tt.want {
			t.Errorf("Compile(%q) error\n got: %s\nwant: %s", tt.src, err, tt.want)
		}
	}
}

// TestNoteScene lays out the note examples and checks that every line is in
// its group, that scripts are smaller and shifted, that every text fits its
// box and that nothing overlaps.
func TestNoteScene(t *testing.T) {
	for _, path := range []string{"examples/note-formulas.diag", "examples/note-callouts.diag", "examples/matrix-confusion.diag"} {
		d, sc := layoutExample(t, path)
		scripts := 0
		walkMatrixPanels(d.Body, func(p diagram.Panel) {
			n, ok := p.(*diagram.Note)
			if !ok {
				return
			}
			for _, ln := range n.Lines {
				if ln.ID != "" && sc.Find(ln.ID) == nil {
					t.Errorf("%s: line %s not in the scene", path, ln.ID)
				}
			}
		})
		scene.Walk(sc.Items, func(it scene.Item) bool {
			tx, ok := it.(*scene.Text)
			if !ok {
				return true
			}
			for _, r := range tx.Runs {
				if r.Shift != 0 {
					scripts++
					if r.Size >= tx.Size || r.Size < 11 {
						t.Errorf("%s: script %q has size %v in a %v px line", path, r.Text, r.Size, tx.Size)
					}
				}
			}
			return true
		})
		if path != "examples/matrix-confusion.diag" && scripts == 0 {
			t.Errorf("%s: no sub- or superscripts drawn", path)
		}
		r := quality.Measure(sc.Geometry())
		if r.NodeOverlaps+r.LabelOverlaps+r.TextOverflow > 0 {
			t.Errorf("%s: %v", path, r.Problems)
		}
	}
}

// BenchmarkMatrixNoteLayout compiles and lays out the matrix and note
// examples.
func BenchmarkMatrixNoteLayout(b *testing.B) {
	var srcs [][]byte
	for _, name := range []string{"matrix-confusion", "matrix-heatmap", "matrix-kfold", "matrix-correlation", "note-formulas", "note-callouts"} {
		src, err := os.ReadFile("examples/" + name + ".diag")
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			d, _, err := dsl.Compile("bench.diag", src)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := layout.Layout(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
