package diag_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/matrix"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

var matrixIgnorePos = cmpopts.IgnoreTypes(diagram.Pos{})

func TestMatrixGrammar(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *diagram.Matrix
	}{
		{
			name: "confusion matrix with named cells, axis titles and the diagonal",
			src: `matrix cm "Confusion" {
  cols "Pos" "Neg" title "Predicted"
  rows "Pos" "Neg" title "Actual"
  row tp: "42" detail "TP" tone good   fn: "FN" tone bad
  row fp: "FP" tone bad        tn: "TN" tone good bold
  outline right: diagonal tone good "correct"
}`,
			want: &diagram.Matrix{
				PanelHead: diagram.PanelHead{ID: "cm", Title: "Confusion"},
				Cols:      []string{"Pos", "Neg"}, ColTitle: "Predicted", RowTitle: "Actual",
				Rows: []*diagram.MatrixRow{
					{ID: "cm.r1", Header: "Pos", Cells: []*diagram.Cell{
						{ID: "cm.tp", Text: "42", Detail: "TP", Tone: diagram.Good}, {ID: "cm.fn", Text: "FN", Tone: diagram.Bad}}},
					{ID: "cm.r2", Header: "Neg", Cells: []*diagram.Cell{
						{ID: "cm.fp", Text: "FP", Tone: diagram.Bad}, {ID: "cm.tn", Text: "TN", Tone: diagram.Good, Bold: true}}},
				},
				Outlines: []*diagram.Outline{{ID: "cm.right", Tone: diagram.Good, Label: "correct",
					Blocks: []diagram.CellBlock{{Row0: 0, Col0: 0, Row1: 0, Col1: 0}, {Row0: 1, Col0: 1, Row1: 1, Col1: 1}}}},
			},
		},
		{
			name: "heatmap with inline row headers, numbers and a range outline",
			src: `matrix attn heat -1..1 diverging {
  cols "a" "b"
  row q1 "a": 0.5, -0.25
  row "b": 1 0.75
  outline r1c1 .. r2c1 dashed
}`,
			want: &diagram.Matrix{
				PanelHead: diagram.PanelHead{ID: "attn"},
				Cols:      []string{"a", "b"},
				Heat:      &diagram.HeatScale{Lo: -1, Hi: 1, Kind: diagram.Diverging},
				Rows: []*diagram.MatrixRow{
					{ID: "attn.q1", Header: "a", Cells: []*diagram.Cell{
						{ID: "attn.r1c1", Text: "0.5", Value: 0.5, Numeric: true},
						{ID: "attn.r1c2", Text: "−0.25", Value: -0.25, Numeric: true}}},
					{ID: "attn.r2", Header: "b", Cells: []*diagram.Cell{
						{ID: "attn.r2c1", Text: "1", Value: 1, Numeric: true},
						{ID: "attn.r2c2", Text: "0.75", Value: 0.75, Numeric: true}}},
				},
				Outlines: []*diagram.Outline{{Tone: diagram.Accent, Dashed: true,
					Blocks: []diagram.CellBlock{{Row0: 0, Col0: 0, Row1: 1, Col1: 0}}}},
			},
		},
		{
			name: "diverging scale with a centre, proportional widths, a causal mask and an icon",
			src: `matrix a heat -1..3 diverging centre 0 {
  widths 50% 25, 25
  row 1 "" ""
  row 0.5 2 ""
  row "" -1 3 icon lock
  mask future: upper "future"
  mask r3c1
}`,
			want: &diagram.Matrix{
				PanelHead: diagram.PanelHead{ID: "a"},
				Heat:      &diagram.HeatScale{Lo: -1, Hi: 3, Kind: diagram.Diverging, Centre: 0, HasCentre: true},
				Widths:    []float64{50, 25, 25},
				Rows: []*diagram.MatrixRow{
					{ID: "a.r1", Cells: []*diagram.Cell{
						{ID: "a.r1c1", Text: "1", Value: 1, Numeric: true}, {ID: "a.r1c2"}, {ID: "a.r1c3"}}},
					{ID: "a.r2", Cells: []*diagram.Cell{
						{ID: "a.r2c1", Text: "0.5", Value: 0.5, Numeric: true}, {ID: "a.r2c2", Text: "2", Value: 2, Numeric: true}, {ID: "a.r2c3"}}},
					{ID: "a.r3", Cells: []*diagram.Cell{
						{ID: "a.r3c1"}, {ID: "a.r3c2", Text: "−1", Value: -1, Numeric: true},
						{ID: "a.r3c3", Text: "3", Value: 3, Numeric: true, Icon: "lock"}}},
				},
				Masks: []*diagram.Mask{
					{ID: "a.future", Label: "future", Blocks: []diagram.CellBlock{{Row0: 0, Col0: 1, Row1: 0, Col1: 2}, {Row0: 1, Col0: 2, Row1: 1, Col1: 2}}},
					{Blocks: []diagram.CellBlock{{Row0: 2, Col0: 0, Row1: 2, Col1: 0}}},
				},
			},
		},
		{
			name: "categorical scale, a lower mask and an icon alone",
			src: `matrix k heat categorical {
  row "A" "" ""
  row "" "B" "" icon lock
  row "" "" "A"
  mask lower
}`,
			want: &diagram.Matrix{
				PanelHead: diagram.PanelHead{ID: "k"},
				Heat:      &diagram.HeatScale{Kind: diagram.Categorical},
				Rows: []*diagram.MatrixRow{
					{ID: "k.r1", Cells: []*diagram.Cell{{ID: "k.r1c1", Text: "A"}, {ID: "k.r1c2"}, {ID: "k.r1c3"}}},
					{ID: "k.r2", Cells: []*diagram.Cell{{ID: "k.r2c1"}, {ID: "k.r2c2", Text: "B"}, {ID: "k.r2c3", Icon: "lock"}}},
					{ID: "k.r3", Cells: []*diagram.Cell{{ID: "k.r3c1"}, {ID: "k.r3c2"}, {ID: "k.r3c3", Text: "A"}}},
				},
				Masks: []*diagram.Mask{{Blocks: []diagram.CellBlock{{Row0: 1, Col0: 0, Row1: 1, Col1: 0}, {Row0: 2, Col0: 0, Row1: 2, Col1: 1}}}},
			},
		},
		{
			name: "a matrix without an id names only what is named",
			src:  `matrix { row a: "x" "y" 42% }`,
			want: &diagram.Matrix{Rows: []*diagram.MatrixRow{{Cells: []*diagram.Cell{
				{ID: "a", Text: "x"}, {Text: "y"}, {Text: "42%", Value: 42, Numeric: true}}}}},
		},
	}
	for _, tt := range tests {
		got := compileBody(t, tt.src)
		if diff := cmp.Diff(tt.want, got, matrixIgnorePos); diff != "" {
			t.Errorf("%s: Compile(%q) mismatch (-want +got)\n%s", tt.name, tt.src, diff)
		}
	}
}

func TestMatrixErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"matrix m {\n  row 1 2\n  row 3\n}", `test.diag:3:3: row has 1 cells, but the first row has 2`},
		{"matrix m {\n  cols \"a\" \"b\"\n  row 1 2 3\n}", `test.diag:3:3: row has 3 cells, but the matrix has 2 columns (cols at 2:3)`},
		{"matrix m {\n  colums \"a\"\n  row 1\n}", `test.diag:2:3: unknown matrix statement "colums"`},
		{"matrix m heat 1..0 {\n  row 1\n}", `test.diag:1:15: heat range 1..0 is empty`},
		{"matrix m heat 0 1 {\n  row 1\n}", `test.diag:1:17: expected .. after heat range start, found number 1`},
		{"matrix m {\n  row a: \"x\" tone blu\n}", `test.diag:2:19: unknown tone "blu"`},
		{"matrix m {\n  row a: \"x\"\n  outline b\n}", `test.diag:3:11: unknown cell "b"`},
		{"matrix m {\n  row \"x\"\n  outline r2c1\n}", `test.diag:3:11: cell r2c1 is outside the matrix`},
		{"matrix m {\n  row tp:\n}", `test.diag:2:10: expected cell tp, found end of line`},
		{"matrix m {\n  rows \"a\" \"b\"\n  row 1\n}", `test.diag:2:3: rows lists 2 headers, but the matrix has 1 rows`},
		{"matrix m heat 0..1 {\n  row \"a\"\n}", `test.diag:1:1: heat matrix has no numeric cells`},
		{"matrix m {\n}", `test.diag:1:1: matrix has no rows`},
		{"matrix m {\n  row \"**TP\" 1\n}", `test.diag:2:8: bold not closed`},
		{"matrix m {\n  cols \"x_{1\"\n  row 1\n}", `test.diag:2:11: { not closed`},
		{"matrix m {\n  row a: 1\n  row a: 2\n}", `test.diag:3:7: duplicate id "m.a"`},
		{"matrix m heat 0..1 centre 0.5 {\n  row 1\n}", `test.diag:1:20: a sequential heat scale has no centre`},
		{"matrix m heat 0..1 diverging centre 2 {\n  row 1\n}", `test.diag:1:37: heat centre 2 is outside the range 0..1`},
		{"matrix m heat 0..1 diverging centre -1e308 {\n  row 1\n}", `test.diag:1:37: heat centre takes a plain number, not "-1e308"`},
		{"matrix m heat 0..1 diverging centre {\n  row 1\n}", `test.diag:1:36: heat centre must be a number, found end of line`},
		{"matrix m heat categorical {\n  row \"\" \"\"\n}", `test.diag:1:1: categorical heat matrix has no cell texts`},
		{"matrix m heat categorical {\n  row 1 2 3 4 5 6 7 8 9 10 11\n}", `test.diag:1:1: categorical heat matrix has 11 distinct texts`},
		{"matrix m heat categorical diverging {\n  row 1\n}", `test.diag:1:27: unexpected "diverging" after matrix`},
		{"matrix m {\n  widths 1 2\n  row 1 2 3\n}", `test.diag:2:3: widths lists 2 shares, but the first row has 3`},
		{"matrix m {\n  widths 1 -2\n  row 1 2\n}", `test.diag:2:12: a column width is a positive share, found "-"`},
		{"matrix m {\n  widths 1 0\n  row 1 2\n}", `test.diag:2:12: column width 0 is not a positive share`},
		{"matrix m {\n  widths 1 2s\n  row 1 2\n}", `test.diag:2:12: a column width is a number, or a number with %, not "2s"`},
		{"matrix m {\n  widths 1 1000\n  row 1 2\n}", `test.diag:2:3: column widths 1 and 1000 are too far apart`},
		{"matrix m {\n  widths 1 1\n  widths 1 1\n  row 1 2\n}", `test.diag:3:3: second widths statement in matrix`},
		{"matrix m {\n  widths\n  row 1 2\n}", `test.diag:2:3: widths needs one number per column`},
		{"matrix m {\n  widths 1 x\n  row 1 2\n}", `test.diag:2:12: unexpected "x" in widths statement`},
		{"matrix m {\n  row 1 \"x\"\n  mask upper\n}", `test.diag:2:9: cell r1c2 is masked, but holds "x"`},
		{"matrix m {\n  row 1\n  mask upper\n}", `test.diag:3:3: mask upper covers no cells of a 1×1 matrix`},
		{"matrix m {\n  row 1 \"\"\n  mask r1c3\n}", `test.diag:3:8: cell r1c3 is outside the matrix`},
		{"matrix m {\n  row 1 \"\"\n  mask\n}", `test.diag:3:7: expected a cell name or address like r1c2, found end of line`},
		{"matrix m {\n  row 1 \"\"\n  mask r1c2 \"a\" 3\n}", `test.diag:3:17: unexpected number 3 in mask statement`},
		{"matrix m heat 0..1 {\n  row 1 \"\"\n  mask r1c1\n}", `test.diag:1:1: heat matrix has no numeric cells`},
		{"matrix m {\n  row \"x\" icon lok\n}", `test.diag:2:16: unknown icon "lok"`},
		{"matrix m {\n  row \"x\" icon\n}", `test.diag:2:11: icon needs a name`},
		{"matrix m {\n  row \"x\" icon lock icon key\n}", `test.diag:2:21: second icon for a cell`},
	}
	for _, tt := range tests {
		_, _, err := dsl.Compile("test.diag", []byte(tt.src))
		if err == nil {
			t.Errorf("Compile(%q) succeeded, want %q", tt.src, tt.want)
			continue
		}
		got := firstError(err)
		if got != tt.want {
			t.Errorf("Compile(%q) error\n got: %s\nwant: %s", tt.src, err, tt.want)
		}
	}
}

// TestMatrixScene lays out the matrix examples and checks that every cell,
// row and outline can be found by its id, that heat cells carry their
// computed colour with readable ink, and that the quality checks pass.
func TestMatrixScene(t *testing.T) {
	for _, path := range []string{"examples/matrix-confusion.diag", "examples/matrix-heatmap.diag", "examples/matrix-kfold.diag",
		"examples/matrix-mask.diag", "examples/matrix-diverging.diag", "examples/matrix-categorical.diag", "examples/matrix-split.diag"} {
		d, sc := layoutExample(t, path)
		var m *diagram.Matrix
		walkMatrixPanels(d.Body, func(p diagram.Panel) {
			if mm, ok := p.(*diagram.Matrix); ok {
				m = mm
			}
		})
		cells := 0
		masked := m.Masked()
		categories := m.Categories()
		for i, r := range m.Rows {
			if r.ID != "" && sc.Find(r.ID) == nil {
				t.Errorf("%s: row %s not in the scene", path, r.ID)
			}
			for j, c := range r.Cells {
				cells++
				g, ok := sc.Find(c.ID).(*scene.Group)
				switch {
				case !ok:
					t.Errorf("%s: cell %s not in the scene", path, c.ID)
				case masked != nil && masked[i][j]:
					checkMaskedCell(t, path, c, g)
				case m.Heat != nil && m.Heat.Kind == diagram.Categorical && c.Text != "":
					k := slices.Index(categories, c.Text)
					checkCellFill(t, path, c, g, matrix.CategoryColor(k))
				case m.Heat != nil && c.Numeric:
					checkCellFill(t, path, c, g, matrix.HeatColor(m.Heat, c.Value))
				}
			}
		}
		for _, mk := range m.Masks {
			if mk.ID != "" && sc.Find(mk.ID) == nil {
				t.Errorf("%s: mask %s not in the scene", path, mk.ID)
			}
		}
		for _, o := range m.Outlines {
			if o.ID != "" && sc.Find(o.ID) == nil {
				t.Errorf("%s: outline %s not in the scene", path, o.ID)
			}
		}
		if cells < 3 {
			t.Errorf("%s: only %d cells", path, cells)
		}
		r := quality.Measure(sc.Geometry())
		if r.NodeOverlaps+r.LabelOverlaps+r.TextOverflow > 0 {
			t.Errorf("%s: %v", path, r.Problems)
		}
	}
}

// checkMaskedCell checks that a masked cell is drawn hatched, with no text.
func checkMaskedCell(t *testing.T, path string, c *diagram.Cell, g *scene.Group) {
	t.Helper()
	var box, hatch bool
	for _, it := range g.Items {
		switch v := it.(type) {
		case *scene.Box:
			box = v.Style.Fill == scene.Paint{Tone: diagram.Neutral, Role: scene.Soft}
		case *scene.Path:
			hatch = len(v.Ops) > 0
		case *scene.Text:
			t.Errorf("%s: masked cell %s shows %q", path, c.ID, v.String())
		}
	}
	if !box || !hatch {
		t.Errorf("%s: masked cell %s: box in the mask style %v, hatched %v", path, c.ID, box, hatch)
	}
}

// checkCellFill checks that a coloured cell is filled want, with readable
// ink.
func checkCellFill(t *testing.T, path string, c *diagram.Cell, g *scene.Group, want string) {
	t.Helper()
	var fill, ink string
	for _, it := range g.Items {
		switch v := it.(type) {
		case *scene.Box:
			fill = v.Style.Fill.Color
		case *scene.Text:
			ink = v.Paint.Color
			if v.Box == (scene.Rect{}) {
				t.Errorf("%s: text of cell %s has no box", path, c.ID)
			}
		}
	}
	if fill != want {
		t.Errorf("%s: cell %s filled %q, want %q", path, c.ID, fill, want)
	}
	if ink == "" || matrix.Contrast(fill, ink) < 4.5 {
		t.Errorf("%s: cell %s ink %q on %q is not readable", path, c.ID, ink, fill)
	}
}

// walkMatrixPanels calls fn for p and every panel inside it.
func walkMatrixPanels(p diagram.Panel, fn func(diagram.Panel)) {
	if p == nil {
		return
	}
	fn(p)
	if s, ok := p.(*diagram.Split); ok {
		for _, it := range s.Items {
			walkMatrixPanels(it, fn)
		}
	}
}

// firstError formats the first error of a list as "file:line:col: message"
// and checks that it has a hint.
func firstError(err error) string {
	var list diagram.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return err.Error()
	}
	e := list[0]
	if e.Hint == "" {
		return e.Pos.String() + ": " + e.Msg + " [no hint]"
	}
	return e.Pos.String() + ": " + e.Msg
}

// FuzzMatrixNote compiles and lays out matrix and note panels: no input
// panics, and every error has a position.
func FuzzMatrixNote(f *testing.F) {
	for _, s := range []string{
		"matrix cm \"C\" {\n  cols \"a\" \"b\" title \"P\"\n  rows \"x\" \"y\" title \"A\"\n  row tp: \"TP\\n4\" tone good fn: 3 bold\n  row 1, -2\n  outline o: diagonal tone bad dashed \"d\"\n  outline r1c1 .. r2c2\n}\n",
		"matrix h heat -1..1 diverging { row q \"a\": 0.5 -0.25 42%; row \"b\": 1 \"\" }",
		"matrix h heat -1..3 diverging centre 0 {\n  widths 50% 25, 25\n  row 1 \"\" \"\"\n  row 0.5 2 \"\" icon lock\n  row \"\" -1 3\n  mask f: upper \"future\"\n  mask r3c1 .. r3c1\n}\n",
		"matrix k heat categorical {\n  row \"A\" \"\" icon lock bold\n  row \"B\" \"A\" detail \"d\"\n  mask lower \"l\"\n  outline r1c1 .. r2c2 \"o\"\n}\n",
		"matrix s { widths 70 15 15; row \"Train\" tone accent \"Val\" \"Test\" icon lock tone warn }",
		"matrix e heat 0..1 center -1 { widths 1 -1; mask; row 1 icon: 2 }",
		"note n tip \"T\" tone warn icon bug width 200 {\n  \"**b** `c` x_i x^2 W_{ij} e^{-z}\"\n  text k: \"t\"\n  formula \"θ_{t+1} = θ_t − η ∇L\"\n}\n",
		"note pitfall { \"a **b\" }",
		"note { \"\\\\_ \\\\* ^{ _\" }",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<12 {
			return
		}
		d, _, err := dsl.Compile("fuzz.diag", src)
		if err != nil {
			var list diagram.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Compile(%q): %v", src, err)
			}
			for _, e := range list {
				if !e.Pos.IsValid() {
					t.Fatalf("Compile(%q): error without a position: %v", src, e)
				}
			}
			return
		}
		if _, err := layout.Layout(d); err != nil {
			var list diagram.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Layout(%q): %v", src, err)
			}
		}
	})
}
