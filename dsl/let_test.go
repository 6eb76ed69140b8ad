package dsl

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// TestLet checks that let statements become the diagram's constants, in
// order, each able to use those above it, and that a plot anywhere in the
// file may use them.
func TestLet(t *testing.T) {
	src := "plot p {\n  curve c: y = lambda*x^2 + t2\n}\nlet lambda = 0.3\nlet t2 = 2*lambda + 1 # a comment\n"
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []diagram.Const{{Name: "lambda", Value: 0.3, Pos: pos(4, 5)}, {Name: "t2", Value: 1.6, Pos: pos(5, 5)}}
	if diff := cmp.Diff(want, d.Consts); diff != "" {
		t.Errorf("Consts mismatch (-want +got):\n%s", diff)
	}
	if err := diagram.Validate(d); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// TestLetErrors checks the errors of let statements, each at its place.
func TestLetErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"let a = 1\nlet a = 2\n", `t.diag:2:5: constant "a" is declared twice`},
		{"let e = 1\n", `t.diag:1:5: constant "e" takes a name of the formula language`},
		{"let w = x + 1\n", `t.diag:1:9: constant "w" depends on x or y`},
		{"let w = 1/0\n", `t.diag:1:9: constant "w" is +Inf`},
		{"let w = b\nlet b = 1\n", `t.diag:1:9: unknown variable "b"`},
		{"let = 3\n", `t.diag:1:5: let needs a name, found "="`},
		{"let w 3\n", `t.diag:1:7: expected "=" after the constant's name, found number 3`},
		{"let w =\n", `t.diag:1:8: missing value of constant "w"`},
		{"let w = 2 \"two\"\n", `t.diag:1:11: unexpected string "two" after the value of constant "w"`},
		{"plot p {\n  curve c: y = lambd*x\n}\nlet lambda = 1\n", `t.diag:2:16: unknown variable "lambd"`},
		{"let delta = 1\nplot p {\n  points q: (-delt, 1)\n}\n", `t.diag:3:15: unknown constant "delt"`},
		{"let lo = 2\nplot p {\n  x lo .. 1\n}\n", `t.diag:3:5: x range 2 .. 1 is empty`},
		{"let lo = 0\nplot p {\n  x lo .. 1 log\n}\n", `t.diag:3:5: x log scale starts at 0`},
		{"let w = 1\nplot p {\n  band b: from w to -w\n}\n", `t.diag:3:11: band range from 1 to -1 is empty`},
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte(tt.src))
		list, _ := diagram.Errors(err)
		if len(list) == 0 || list[0].Pos.String()+": "+list[0].Msg != tt.want {
			t.Errorf("Compile(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}

// TestLetInPlotNumbers checks that a named constant, with or without a
// sign, stands for a number wherever a plot takes one: the axis ranges,
// points of every mark, a band's and a curve's from .. to, a linear
// decision's weights and bias, and a label's leader.
func TestLetInPlotNumbers(t *testing.T) {
	src := `let span = 4
let delta = 1.5
plot p {
  x -span .. span
  y -delta .. +span
  band b: from -delta to delta
  rect r: (-delta, 0) (delta, span)
  polygon g: (0, 0) (span, 0) (0, delta)
  points q: (-span, 1) (+span, -delta)
  label l: (0, span) "top" -> (delta, -delta)
  decision d: linear w = (delta, -span) b = -delta
  curve c: y = x from -delta to span
}
`
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := d.Body.(*diagram.Plot)
	if p.X.Lo != -4 || p.X.Hi != 4 || p.Y.Lo != -1.5 || p.Y.Hi != 4 {
		t.Errorf("ranges x %g .. %g, y %g .. %g, want x -4 .. 4, y -1.5 .. 4", p.X.Lo, p.X.Hi, p.Y.Lo, p.Y.Hi)
	}
	marks := map[string]diagram.PlotMark{}
	for _, m := range p.Marks {
		marks[m.Mark().ID] = m
	}
	band := marks["b"].(*diagram.PlotShape)
	rect := marks["r"].(*diagram.PlotShape)
	poly := marks["g"].(*diagram.PlotShape)
	pts := marks["q"].(*diagram.Scatter)
	lab := marks["l"].(*diagram.PlotLabel)
	dec := marks["d"].(*diagram.Decision)
	cv := marks["c"].(*diagram.Curve)
	got := []float64{band.From, band.To, rect.Points[0].X, rect.Points[1].Y, poly.Points[2].Y,
		pts.Points[0].X, pts.Points[1].X, pts.Points[1].Y, lab.At.Y, lab.To.X, lab.To.Y,
		dec.W.X, dec.W.Y, dec.B, cv.From, cv.To}
	want := []float64{-1.5, 1.5, -1.5, 4, 1.5, -4, 4, -1.5, 4, 1.5, -1.5, 1.5, -4, -1.5, -1.5, 4}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("numbers mismatch (-want +got):\n%s", diff)
	}
	out, err := Format("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != src {
		t.Errorf("Format changed the file:\n%s", out)
	}
}
