package expr

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestEval(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	tests := []struct {
		src  string
		x, y float64
		want float64
	}{
		// Precedence and associativity.
		{"1 + 2*3", 0, 0, 7},
		{"(1 + 2)*3", 0, 0, 9},
		{"10 - 4 - 3", 0, 0, 3},
		{"64/4/2", 0, 0, 8},
		{"2^3^2", 0, 0, 512},
		{"(2^3)^2", 0, 0, 64},
		{"-x^2", 3, 0, -9},
		{"(-x)^2", 3, 0, 9},
		{"-2^2", 0, 0, -4},
		{"2^-1", 0, 0, 0.5},
		{"-x*y", 2, 3, -6},
		{"+x - -y", 2, 3, 5},
		{"x^2 + y^2", 3, 4, 25},
		{"x^0.5", 9, 0, 3},
		{"pi", 0, 0, math.Pi},
		{"e", 0, 0, math.E},
		// Comparisons and if.
		{"x < 1", 0, 0, 1},
		{"x < 1", 1, 0, 0},
		{"x <= 1", 1, 0, 1},
		{"x > y", 2, 1, 1},
		{"x >= y", 1, 2, 0},
		{"x < 1", nan, 0, nan},
		{"(x > 0)*x", -2, 0, 0},
		{"if(x < 0, -x, x^2)", -3, 0, 3},
		{"if(x < 0, -x, x^2)", 3, 0, 9},
		{"if(x < 0, 0, x < 1, x, 1)", 0.25, 0, 0.25},
		{"if(x < 0, 0, x < 1, x, 1)", 7, 0, 1},
		{"if(x < 0, 0, x < 1, x, 1)", -7, 0, 0},
		{"if(x > 0, log(x), 0)", -1, 0, 0},
		{"if(x, 2, 3)", nan, 0, nan},
		{"if(1 < 2, 5, 6)", 0, 0, 5},
		// Every function.
		{"exp(1)", 0, 0, math.E},
		{"exp(x)", 0, 0, 1},
		{"log(e^2)", 0, 0, 2},
		{"log(x)", 1, 0, 0},
		{"log10(1000)", 0, 0, 3},
		{"sqrt(16)", 0, 0, 4},
		{"abs(-2.5)", 0, 0, 2.5},
		{"min(3, 1, 2)", 0, 0, 1},
		{"max(3, 1, 2)", 0, 0, 3},
		{"min(x, y)", -1, 1, -1},
		{"sin(pi/2)", 0, 0, 1},
		{"cos(0)", 0, 0, 1},
		{"tan(pi/4)", 0, 0, 1},
		{"tanh(0)", 0, 0, 0},
		{"tanh(1)", 0, 0, 0.7615941559557649},
		{"sigmoid(0)", 0, 0, 0.5},
		{"sigmoid(x)", 2, 0, 0.8807970779778823},
		{"sigmoid(-800)", 0, 0, 0},
		{"sigmoid(800)", 0, 0, 1},
		{"relu(-3)", 0, 0, 0},
		{"relu(x)", 2.5, 0, 2.5},
		{"softplus(0)", 0, 0, math.Ln2},
		{"softplus(1000)", 0, 0, 1000},
		{"softplus(-1000)", 0, 0, 0},
		{"gelu(1)", 0, 0, 0.8413447460685429},
		{"gelu(-1)", 0, 0, -0.15865525393145707},
		{"gelu(0)", 0, 0, 0},
		{"clamp(5, 0, 1)", 0, 0, 1},
		{"clamp(-5, 0, 1)", 0, 0, 0},
		{"clamp(x, 0, 1)", 0.25, 0, 0.25},
		{"clamp(0.5, 1, 0)", 0, 0, 0}, // hi wins when lo > hi
		// IEEE special values propagate.
		{"1/x", 0, 0, inf},
		{"-1/x", 0, 0, -inf},
		{"x/x", 0, 0, nan},
		{"log(x)", 0, 0, -inf},
		{"log(x)", -1, 0, nan},
		{"sqrt(x)", -1, 0, nan},
		{"x + 1", nan, 0, nan},
		{"max(x, 0)", nan, 0, nan},
		{"relu(x)", nan, 0, nan},
		{"sigmoid(x)", nan, 0, nan},
		{"exp(x)", 1000, 0, inf},
		{"x - x", inf, 0, nan},
		{"1/(1 - 1)", 0, 0, inf}, // folded at compile time, same result
	}
	for _, tt := range tests {
		e := MustParse(tt.src)
		got := e.Eval(tt.x, tt.y)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-15), cmpopts.EquateNaNs()); diff != "" {
			t.Errorf("Parse(%q).Eval(%v, %v) mismatch (-want +got):\n%s", tt.src, tt.x, tt.y, diff)
		}
	}
}

// TestEvalMatchesTree checks the compiled, folded program against a direct
// walk of the syntax tree.
func TestEvalMatchesTree(t *testing.T) {
	srcs := []string{
		"x^2 + 1", "sigmoid(4*x) - 0.5", "max(0, 1 - y*(2*x - 1))",
		"2^3^x", "-x^2*y/(1 + y)", "clamp(x*y, -pi, pi) + log10(abs(x) + 1)",
		"min(x, y, 2*pi, sqrt(2))", "gelu(x) + softplus(y) + relu(x - y)",
		"exp(-(x^2 + y^2)/2)", "tan(x) + tanh(y) + cos(x*y)",
		"if(x < y, x*y, x > 1, 2, y)", "(x >= 0)*x + (y <= 0.3)", "if(x^2 + y^2 < 1, 1, 0)",
	}
	pts := []float64{-2, -0.5, 0, 0.3, 1, 7}
	for _, src := range srcs {
		e := MustParse(src)
		for _, x := range pts {
			for _, y := range pts {
				want := walk(e.root, x, y)
				got := e.Eval(x, y)
				if diff := cmp.Diff(want, got, cmpopts.EquateNaNs()); diff != "" {
					t.Errorf("Parse(%q).Eval(%v, %v) mismatch (-tree +program):\n%s", src, x, y, diff)
				}
			}
		}
	}
}

// walk evaluates a tree directly, the slow and obvious way.
func walk(n *node, x, y float64) float64 {
	switch n.kind {
	case numberNode, constNode:
		return n.value
	case varNode:
		if n.name == "x" {
			return x
		}
		return y
	case negNode:
		return -walk(n.args[0], x, y)
	case compareNode:
		a, b := walk(n.args[0], x, y), walk(n.args[1], x, y)
		switch {
		case math.IsNaN(a) || math.IsNaN(b):
			return math.NaN()
		case n.cmp == "<" && a < b, n.cmp == "<=" && a <= b, n.cmp == ">" && a > b, n.cmp == ">=" && a >= b:
			return 1
		}
		return 0
	case binaryNode:
		a, b := walk(n.args[0], x, y), walk(n.args[1], x, y)
		switch n.op {
		case '+':
			return a + b
		case '-':
			return a - b
		case '*':
			return a * b
		case '/':
			return a / b
		}
		if b == 2 {
			return a * a
		}
		return math.Pow(a, b)
	}
	v := make([]float64, len(n.args))
	for i, a := range n.args {
		v[i] = walk(a, x, y)
	}
	switch n.name {
	case "min", "max":
		r := v[0]
		for _, w := range v[1:] {
			if n.name == "min" {
				r = math.Min(r, w)
			} else {
				r = math.Max(r, w)
			}
		}
		return r
	case "clamp":
		return clamp(v[0], v[1], v[2])
	case "if":
		for i := 0; i+1 < len(v); i += 2 {
			switch {
			case math.IsNaN(v[i]):
				return math.NaN()
			case v[i] != 0:
				return v[i+1]
			}
		}
		return v[len(v)-1]
	}
	f := map[string]func(float64) float64{
		"exp": math.Exp, "log": math.Log, "log10": math.Log10, "sqrt": math.Sqrt,
		"abs": math.Abs, "sin": math.Sin, "cos": math.Cos, "tan": math.Tan,
		"tanh": math.Tanh, "sigmoid": sigmoid, "relu": relu, "softplus": softplus, "gelu": gelu,
	}[n.name]
	return f(v[0])
}

func TestEvalDeepStack(t *testing.T) {
	// A right-nested sum needs a deeper stack than Eval's fixed buffer.
	src := "x"
	for range 50 {
		src = "x + (" + src + ")"
	}
	e, err := Parse(src, diagram.Pos{}, Options{MaxDepth: 100})
	if err != nil {
		t.Fatal(err)
	}
	if e.maxStack <= 16 {
		t.Fatalf("maxStack = %d, want more than the fixed buffer", e.maxStack)
	}
	if got := e.Eval(1, 0); got != 51 {
		t.Errorf("Eval(1, 0) = %v, want 51", got)
	}
}

func TestZeroExpr(t *testing.T) {
	var e Expr
	if got := e.Eval(1, 2); !math.IsNaN(got) {
		t.Errorf("zero Expr Eval = %v, want NaN", got)
	}
	if got := e.String(); got != "" {
		t.Errorf("zero Expr String = %q, want empty", got)
	}
}

// TestConsts checks that named constants are values in a formula, that
// the names of the language shadow them, and that an unknown name lists
// them in its hint.
func TestConsts(t *testing.T) {
	consts := map[string]float64{"lambda": 0.3, "threshold": 2, "pi": 3, "sin": 1}
	e, err := Parse("lambda*x^2 + threshold + pi", diagram.Pos{}, Options{Consts: consts})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := e.Eval(2, 0), 0.3*4+2+math.Pi; got != want {
		t.Errorf("Eval = %v, want %v", got, want)
	}
	if e.Cost() != 5 { // x, ^2, *0.3, +2, +pi: a constant joins its operator
		t.Errorf("Cost() = %d, want 5", e.Cost())
	}
	if got := e.String(); got != "lambda*x^2 + threshold + pi" {
		t.Errorf("String() = %q, keeps the names", got)
	}
	_, err = Parse("lamda*x", diagram.Pos{}, Options{Consts: consts})
	de, ok := err.(*diagram.Error)
	if !ok || de.Hint != `did you mean "lambda"? only x and y are defined, with the constants pi, e and lambda, pi, sin, threshold` {
		t.Errorf("Parse(lamda) error = %#v", err)
	}
	if !IsReserved("if") || !IsReserved("x") || !IsReserved("pi") || IsReserved("lambda") {
		t.Error("IsReserved names the wrong names")
	}
}
