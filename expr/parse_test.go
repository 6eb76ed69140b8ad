package expr

import (
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/google/go-cmp/cmp"
)

// Tree builders for the tests.
func num(v float64) *node           { return &node{kind: numberNode, value: v} }
func vr(name string) *node          { return &node{kind: varNode, name: name} }
func neg(a *node) *node             { return &node{kind: negNode, args: []*node{a}} }
func bin(op byte, a, b *node) *node { return &node{kind: binaryNode, op: op, args: []*node{a, b}} }
func call(name string, args ...*node) *node {
	return &node{kind: callNode, name: name, args: args}
}

var nodeCmp = cmp.AllowUnexported(node{})

func TestParseTree(t *testing.T) {
	x, y := vr("x"), vr("y")
	tests := []struct {
		src  string
		want *node
	}{
		{"1 + 2*3", bin('+', num(1), bin('*', num(2), num(3)))},
		{"1 - 2 - 3", bin('-', bin('-', num(1), num(2)), num(3))},
		{"8/4/2", bin('/', bin('/', num(8), num(4)), num(2))},
		{"2^3^2", bin('^', num(2), bin('^', num(3), num(2)))},
		{"-x^2", neg(bin('^', x, num(2)))},
		{"-x*y", bin('*', neg(x), y)},
		{"2^-x", bin('^', num(2), neg(x))},
		{"+x", x},
		{"- -x", neg(neg(x))},
		{"(x + y)*2", bin('*', bin('+', x, y), num(2))},
		{"x - (y - 1)", bin('-', x, bin('-', y, num(1)))},
		{".5 + 1.5 + 1e-3 + 2E+2 + 7.", bin('+', bin('+', bin('+', bin('+', num(.5), num(1.5)), num(1e-3)), num(200)), num(7))},
		{"max(x, 0, y)", call("max", x, num(0), y)},
		{"clamp(x, -1, 1)", call("clamp", x, neg(num(1)), num(1))},
		{"sin(x)^2", bin('^', call("sin", x), num(2))},
		{"pi*e", bin('*', &node{kind: constNode, name: "pi", value: 3.141592653589793}, &node{kind: constNode, name: "e", value: 2.718281828459045})},
		{"\tx\n+ y ", bin('+', x, y)},
	}
	for _, tt := range tests {
		e, err := Parse(tt.src, diagram.Pos{}, Options{})
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		if diff := cmp.Diff(tt.want, e.root, nodeCmp); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.src, diff)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x^2+1", "x^2 + 1"},
		{"((x))", "x"},
		{"(x+y)*(x-y)", "(x + y)*(x - y)"},
		{"x-(y-1)", "x - (y - 1)"},
		{"(x-y)-1", "x - y - 1"},
		{"x/(y*2)", "x/(y*2)"},
		{"(x/y)*2", "x/y*2"},
		{"(2^3)^2", "(2^3)^2"},
		{"2^(3^2)", "2^3^2"},
		{"(-x)^2", "(-x)^2"},
		{"-(x^2)", "-x^2"},
		{"-(x*y)", "-(x*y)"},
		{"(-x)*y", "-x*y"},
		{"2^(-x)", "2^-x"},
		{"2^(x*y)", "2^(x*y)"},
		{"x*(-1)", "x*-1"},
		{"x-(-1)", "x - -1"},
		{"+x", "x"},
		{"--x", "--x"},
		{"1e6 + 0.000001 + 1e21 + 1.50", "1e+06 + 1e-06 + 1e+21 + 1.5"},
		{"max( x ,0,y )", "max(x, 0, y)"},
		{"sigmoid(-(x))", "sigmoid(-x)"},
		{"pi*e", "pi*e"},
		{"if(x<0,-x,x)", "if(x < 0, -x, x)"},
		{"(x+1)>=(y*2)", "x + 1 >= y*2"},
		{"((x<1))*2", "(x < 1)*2"},
		{"if(x <= 0, 0, x>1, 1, x)", "if(x <= 0, 0, x > 1, 1, x)"},
	}
	for _, tt := range tests {
		e, err := Parse(tt.src, diagram.Pos{}, Options{})
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		got := e.String()
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q).String() mismatch (-want +got):\n%s", tt.src, diff)
		}
		again, err := Parse(got, diagram.Pos{}, Options{})
		if err != nil {
			t.Errorf("Parse(%q) of the canonical text: %v", got, err)
			continue
		}
		if diff := cmp.Diff(e.root, again.root, nodeCmp); diff != "" {
			t.Errorf("round trip of %q mismatch (-want +got):\n%s", tt.src, diff)
		}
	}
}

func TestUsesVars(t *testing.T) {
	tests := []struct {
		src          string
		usesX, usesY bool
	}{
		{"1 + pi", false, false},
		{"x^2", true, false},
		{"y", false, true},
		{"max(0, x*y)", true, true},
	}
	for _, tt := range tests {
		e := MustParse(tt.src)
		got := [2]bool{e.UsesX(), e.UsesY()}
		if diff := cmp.Diff([2]bool{tt.usesX, tt.usesY}, got); diff != "" {
			t.Errorf("Parse(%q) [UsesX, UsesY] mismatch (-want +got):\n%s", tt.src, diff)
		}
	}
}

func TestFunctionsListed(t *testing.T) {
	want := []string{"exp", "log", "log10", "sqrt", "abs", "min", "max", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "softplus", "gelu", "clamp", "if"}
	if diff := cmp.Diff(want, Functions()); diff != "" {
		t.Errorf("Functions() mismatch (-want +got):\n%s", diff)
	}
}
