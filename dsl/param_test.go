package dsl

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// TestParam checks that param statements become swept constants whose
// value is their last, that formulas use them, and that a step sweeps
// them.
func TestParam(t *testing.T) {
	src := "param t from 0.2 to 0.8 steps 4\nparam k values 3 1 2\nplot p {\n  points pos: (0.9, 1) (0.5, 1)\n  rule r: x = t\n  label n: (0.5, 0.5) \"TP {count(pos, x >= t)}, k = {k}\"\n}\nanimate {\n  step \"Slide\" 2s { sweep t }\n}\n"
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []diagram.Const{
		{Name: "t", Value: 0.8, Sweep: []float64{0.2, 0.4, 0.6, 0.8}, Pos: pos(1, 7)},
		{Name: "k", Value: 2, Sweep: []float64{3, 1, 2}, Pos: pos(2, 7)},
	}
	if diff := cmp.Diff(want, d.Consts); diff != "" {
		t.Errorf("Consts mismatch (-want +got):\n%s", diff)
	}
	rule := d.Body.(*diagram.Plot).Marks[1].(*diagram.Rule)
	if rule.X != 0.8 || rule.XFormula.Text != "t" {
		t.Errorf("rule x = %g from %q, want 0.8 from \"t\"", rule.X, rule.XFormula.Text)
	}
	if a := d.Script.Steps[0].Actions[0]; a.Kind != diagram.Sweep || a.Param != "t" {
		t.Errorf("action %v %q, want sweep t", a.Kind, a.Param)
	}
	if err := diagram.Validate(d); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// TestParamErrors checks the errors of param statements, sweeps and the
// formulas in labels, each at its place.
func TestParamErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"param t from 0 to 1\nparam t from 0 to 2\n", `t.diag:2:7: "t" is declared twice`},
		{"param x from 0 to 1\n", `t.diag:1:7: parameter "x" takes a name of the formula language`},
		{"param t\n", `t.diag:1:8: parameter "t" needs from A to B or values, found end of line`},
		{"param t from 0\n", `t.diag:1:1: parameter "t" needs from A to B`},
		{"param t from 0 to 1 steps 1\n", `t.diag:1:27: steps 1 is out of range`},
		{"param t from 0 to 1 steps 2.5\n", `t.diag:1:27: steps 2.5 is out of range`},
		{"param t from 1 to 1\n", `t.diag:1:14: parameter "t" runs from 1 to 1`},
		{"param t values 1\n", `t.diag:1:1: parameter "t" has 1 value(s)`},
		{"param t from 0 to 1 \"x\"\n", `t.diag:1:21: unexpected string "x" after parameter "t"`},
		{"param t from 0 to 1\nlet u = 2*t\n", `t.diag:2:9: constant "u" uses parameter "t"`},
		{"param t from 0 to 1\nplot p {\n  rule x = t\n}\nanimate {\n  step \"s\" 1s { sweep u }\n}\n", `t.diag:6:23: no parameter "u" to sweep`},
		{"param t from 0 to 1\nplot p {\n  rule x = t\n}\nanimate {\n  step \"s\" 1s { sweep }\n}\n", `t.diag:6:17: sweep needs the name of a parameter`},
		{"plot p {\n  points pos: (1, 1)\n  label (0, 0) \"n = {count(pso, x > 0)}\"\n}\n", `t.diag:3:28: unknown set of points "pso"`},
		{"plot p {\n  label (0, 0) \"n = {x}\"\n}\n", `t.diag:2:22: formula in a label uses x or y`},
		{"plot p {\n  label (0, 0) \"n = {1\"\n}\n", `t.diag:2:21: formula in a label has no closing }`},
		{"plot p {\n  point q: (1; 2)\n}\n", `t.diag:2:12: point needs (x, y)`},
		{"plot p {\n  point q: (1, x)\n}\n", `t.diag:2:16: a point's formula uses x or y`},
		{"plot p {\n  point q: (1, cnt(a))\n}\n", `t.diag:2:16: unknown function "cnt"`},
		{"plot p {\n  point q\n}\n", `t.diag:2:10: point needs (x, y), found end of line`},
		{"plot p {\n  point q: (1, 2) \"{count(pos)}\"\n}\nplot r {\n  points pos: (1, 1)\n}\n", `t.diag:2:27: unknown set of points "pos"`},
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte(tt.src))
		list, _ := diagram.Errors(err)
		if len(list) == 0 || list[0].Pos.String()+": "+list[0].Msg != tt.want {
			t.Errorf("Compile(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}

// TestPoint checks a point with formula coordinates, counting the points
// of an earlier plot, and its label with a number.
func TestPoint(t *testing.T) {
	src := "plot a {\n  points pos: (0.9, 1) (0.5, 1)\n}\nplot b {\n  point now: ( count(pos, x >= 0.6) / count(pos) , 1 ) marker star \"n = {count(pos)}\"\n}\n"
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := d.Body.(*diagram.Split).Items[1].(*diagram.Plot).Marks[0].(*diagram.PlotPoint)
	want := &diagram.PlotPoint{MarkHead: diagram.MarkHead{ID: "now", Label: "n = {count(pos)}", Tone: diagram.Accent, Pos: pos(5, 3)},
		X: diagram.Formula{Text: "count(pos, x >= 0.6) / count(pos)", Pos: pos(5, 16)}, Y: diagram.Formula{Text: "1", Pos: pos(5, 52)}, Marker: diagram.MarkerStar}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("point mismatch (-want +got):\n%s", diff)
	}
	if err := diagram.Validate(d); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// TestMoveAlongMarks checks the dots and readout of a move along a path,
// and the errors of a readout.
func TestMoveAlongMarks(t *testing.T) {
	src := "plot p {\n  path s: (0, 0) (1, 1) marker dot\n}\nanimate {\n  step \"Go\" 2s { move s.marker along s dots readout \"y = {y}\" }\n}\n"
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Script.Steps[0].Actions[0]
	if a.Kind != diagram.MoveAlong || !a.Dots || a.Readout != "y = {y}" {
		t.Errorf("move: %v dots %v readout %q", a.Kind, a.Dots, a.Readout)
	}
	for _, tt := range []struct{ src, want string }{
		{"readout \"y\"", `t.diag:5:48: readout shows no value`},
		{"readout \"y = {yy}\"", `t.diag:5:54: unknown variable "yy"`},
		{"readout \"y = {y\"", `t.diag:5:53: formula in a readout has no closing }`},
		{"readout", `t.diag:5:18: readout needs its text`},
	} {
		src := "plot p {\n  path s: (0, 0) (1, 1) marker dot\n}\nanimate {\n  step \"Go\" 2s { move s.marker along s " + tt.src + " }\n}\n"
		_, _, err := Compile("t.diag", []byte(src))
		list, _ := diagram.Errors(err)
		if len(list) == 0 || list[0].Pos.String()+": "+list[0].Msg != tt.want {
			t.Errorf("Compile(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}
