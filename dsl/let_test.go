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
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte(tt.src))
		list, _ := diagram.Errors(err)
		if len(list) == 0 || list[0].Pos.String()+": "+list[0].Msg != tt.want {
			t.Errorf("Compile(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}
