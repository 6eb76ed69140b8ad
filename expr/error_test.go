package expr

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aiprep/diag/diagram"
	"github.com/google/go-cmp/cmp"
)

func TestParseErrors(t *testing.T) {
	at := diagram.Pos{File: "loss.diag", Line: 7, Col: 20}
	pos := func(line, col int) diagram.Pos { return diagram.Pos{File: "loss.diag", Line: line, Col: col} }
	tests := []struct {
		src  string
		want diagram.Error
	}{
		{"", diagram.Error{Pos: pos(7, 20), Msg: "empty expression", Hint: "write a formula such as x^2 + 1"}},
		{"   ", diagram.Error{Pos: pos(7, 20), Msg: "empty expression", Hint: "write a formula such as x^2 + 1"}},
		{"sigmod(x)", diagram.Error{Pos: pos(7, 20), Msg: `unknown function "sigmod"`, Hint: `did you mean "sigmoid"?`}},
		{"1 + Sin(x)", diagram.Error{Pos: pos(7, 24), Msg: `unknown function "Sin"`, Hint: `did you mean "sin"?`}},
		{"foo(x)", diagram.Error{Pos: pos(7, 20), Msg: `unknown function "foo"`, Hint: "the functions are exp, log, log10, sqrt, abs, min, max, sin, cos, tan, tanh, sigmoid, relu, softplus, gelu, clamp, if"}},
		{"x(1 + x)", diagram.Error{Pos: pos(7, 20), Msg: `unknown function "x"`, Hint: "write x*(...) to multiply"}},
		{"z + 1", diagram.Error{Pos: pos(7, 20), Msg: `unknown variable "z"`, Hint: "only x and y are defined, with the constants pi and e"}},
		{"X^2", diagram.Error{Pos: pos(7, 20), Msg: `unknown variable "X"`, Hint: `did you mean "x"? only x and y are defined, with the constants pi and e`}},
		{"2*pie", diagram.Error{Pos: pos(7, 22), Msg: `unknown variable "pie"`, Hint: `did you mean "pi"? only x and y are defined, with the constants pi and e; declare a constant at the top level with let pie = VALUE`}},
		{"x + sin", diagram.Error{Pos: pos(7, 24), Msg: `function "sin" needs parentheses`, Hint: "write sin(x)"}},
		{"min(x)", diagram.Error{Pos: pos(7, 20), Msg: "min takes at least 2 arguments, got 1", Hint: "write min(a, b, ...)"}},
		{"sin(x, y)", diagram.Error{Pos: pos(7, 20), Msg: "sin takes 1 argument, got 2", Hint: "write sin(x)"}},
		{"exp()", diagram.Error{Pos: pos(7, 20), Msg: "exp takes 1 argument, got 0", Hint: "write exp(x)"}},
		{"clamp(x, 0)", diagram.Error{Pos: pos(7, 20), Msg: "clamp takes 3 arguments, got 2", Hint: "write clamp(v, lo, hi)"}},
		{"(x + 1", diagram.Error{Pos: pos(7, 20), Msg: `unclosed "("`, Hint: `add a matching ")"`}},
		{"max(x, (y + 1)", diagram.Error{Pos: pos(7, 23), Msg: `unclosed "("`, Hint: `add a matching ")"`}},
		{"x + 1)", diagram.Error{Pos: pos(7, 25), Msg: `unmatched ")"`, Hint: `remove it or add a matching "(" before it`}},
		{"()", diagram.Error{Pos: pos(7, 20), Msg: "empty parentheses", Hint: "write an expression inside ( )"}},
		{"2x", diagram.Error{Pos: pos(7, 21), Msg: `missing operator before "x"`, Hint: "implicit multiplication is not allowed: write 2*x"}},
		{"3 sin(x)", diagram.Error{Pos: pos(7, 22), Msg: `missing operator before "sin"`, Hint: "implicit multiplication is not allowed: write 3*sin(...)"}},
		{"sin(x)cos(x)", diagram.Error{Pos: pos(7, 26), Msg: `missing operator before "cos"`, Hint: "implicit multiplication is not allowed: write sin(...)*cos(...)"}},
		{"(x + 1)(x - 1)", diagram.Error{Pos: pos(7, 27), Msg: `missing operator before "("`, Hint: "implicit multiplication is not allowed: write (...)*(...)"}},
		{"x +", diagram.Error{Pos: pos(7, 23), Msg: `missing operand after "+"`, Hint: "complete the formula"}},
		{"x * / 2", diagram.Error{Pos: pos(7, 24), Msg: `missing operand before "/"`, Hint: "write a number, x, y, a function call or ( ... ) here"}},
		{"x**2", diagram.Error{Pos: pos(7, 22), Msg: `missing operand before "*"`, Hint: "write x^2, not x**2, for powers"}},
		{"max(x,, y)", diagram.Error{Pos: pos(7, 26), Msg: `missing operand before ","`, Hint: "write a number, x, y, a function call or ( ... ) here"}},
		{"x, y", diagram.Error{Pos: pos(7, 21), Msg: `unexpected ","`, Hint: "commas only separate function arguments, as in max(x, 0)"}},
		{"x # 2", diagram.Error{Pos: pos(7, 22), Msg: `unexpected character '#'`, Hint: "an expression uses numbers, x, y, + - * / ^, parentheses and functions such as sin(x)"}},
		{"if(x < 0, 1)", diagram.Error{Pos: pos(7, 20), Msg: "if takes at least 3 arguments, got 2", Hint: "write if(condition, then, else) or if(c1, v1, c2, v2, ..., else)"}},
		{"if(x < 0, 1, x < 1, 2)", diagram.Error{Pos: pos(7, 20), Msg: "if takes conditions and values in pairs and then one value for else, got 4 arguments", Hint: "write if(condition, then, else) or if(c1, v1, c2, v2, ..., else)"}},
		{"if(0 < x < 1, 1, 0)", diagram.Error{Pos: pos(7, 29), Msg: "comparisons do not chain", Hint: "write if(a < b, if(b < c, ...), ...) or compare two values at a time"}},
		{"x < ", diagram.Error{Pos: pos(7, 24), Msg: `missing operand after "<"`, Hint: "complete the formula"}},
		{"y = x^2", diagram.Error{Pos: pos(7, 22), Msg: `unexpected character '='`, Hint: "write only the formula, e.g. x^2 + 1, not an equation; compare with < <= > >=, as in if(x < 0, 0, x)"}},
		{"2·x", diagram.Error{Pos: pos(7, 21), Msg: `unexpected character '·'`, Hint: "write * for multiplication"}},
		{"θ + 1", diagram.Error{Pos: pos(7, 20), Msg: `unknown variable "θ"`, Hint: "only x and y are defined, with the constants pi and e"}},
		{"1.2.3", diagram.Error{Pos: pos(7, 20), Msg: `malformed number "1.2.3"`, Hint: "a number has at most one decimal point"}},
		{"x + .", diagram.Error{Pos: pos(7, 24), Msg: `unexpected "."`, Hint: "write a number such as .5 or 0.5"}},
		{"1e999*x", diagram.Error{Pos: pos(7, 20), Msg: `number "1e999" is out of range`, Hint: "numbers must lie within ±1.8e308"}},
		// A newline inside the source moves to the next line, column 1.
		{"x +\n  2 y", diagram.Error{Pos: pos(8, 5), Msg: `missing operator before "y"`, Hint: "implicit multiplication is not allowed: write 2*y"}},
		// Columns count runes: the bad token follows two θs (2 bytes each).
		{"abs(θθ)", diagram.Error{Pos: pos(7, 24), Msg: `unknown variable "θθ"`, Hint: "only x and y are defined, with the constants pi and e; declare a constant at the top level with let θθ = VALUE"}},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src, at, Options{})
		got, ok := err.(*diagram.Error)
		if !ok {
			t.Errorf("Parse(%q) error = %v (%T), want a *diagram.Error", tt.src, err, err)
			continue
		}
		if diff := cmp.Diff(tt.want, *got); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.src, diff)
		}
	}
}

// TestErrorColumnAfterMultibyte parses an expression cut from a .diag line
// whose earlier text holds a multi-byte character, as the dsl does: the
// expression's column and the error's column count runes, not bytes.
func TestErrorColumnAfterMultibyte(t *testing.T) {
	line := `  curve θ: y = 2x + 1`
	start := strings.Index(line, "2x")
	at := diagram.Pos{File: "a.diag", Line: 3, Col: utf8.RuneCountInString(line[:start]) + 1}
	_, err := Parse(line[start:], at, Options{})
	want := &diagram.Error{
		Pos:  diagram.Pos{File: "a.diag", Line: 3, Col: 17}, // the x of 2x; byte offset 17 would be col 18
		Msg:  `missing operator before "x"`,
		Hint: "implicit multiplication is not allowed: write 2*x",
	}
	if diff := cmp.Diff(want, err); diff != "" {
		t.Errorf("Parse(%q) mismatch (-want +got):\n%s", line[start:], diff)
	}
	if got := err.Error(); got != `a.diag:3:17: missing operator before "x" (implicit multiplication is not allowed: write 2*x)` {
		t.Errorf("Error() = %q", got)
	}
}

func TestParseLimits(t *testing.T) {
	at := diagram.Pos{File: "a.diag", Line: 1, Col: 1}
	tests := []struct {
		name string
		src  string
		opts Options
		want diagram.Error
	}{
		{
			name: "parentheses past the default depth",
			src:  strings.Repeat("(", 65) + "x" + strings.Repeat(")", 65),
			want: diagram.Error{Pos: diagram.Pos{File: "a.diag", Line: 1, Col: 65}, Msg: "expression is nested too deeply (more than 64 levels)", Hint: "remove unneeded parentheses or simplify the formula"},
		},
		{
			name: "unary minus past a small depth",
			src:  "----x",
			opts: Options{MaxDepth: 3},
			want: diagram.Error{Pos: diagram.Pos{File: "a.diag", Line: 1, Col: 4}, Msg: "expression is nested too deeply (more than 3 levels)", Hint: "remove unneeded parentheses or simplify the formula"},
		},
		{
			name: "powers past a small depth",
			src:  "x^x^x^x",
			opts: Options{MaxDepth: 2},
			want: diagram.Error{Pos: diagram.Pos{File: "a.diag", Line: 1, Col: 6}, Msg: "expression is nested too deeply (more than 2 levels)", Hint: "remove unneeded parentheses or simplify the formula"},
		},
		{
			name: "calls past a small depth",
			src:  "sin(sin(sin(x)))",
			opts: Options{MaxDepth: 2},
			want: diagram.Error{Pos: diagram.Pos{File: "a.diag", Line: 1, Col: 12}, Msg: "expression is nested too deeply (more than 2 levels)", Hint: "remove unneeded parentheses or simplify the formula"},
		},
		{
			name: "too long, counted in runes",
			src:  "θ" + strings.Repeat("+x", 2048),
			want: diagram.Error{Pos: diagram.Pos{File: "a.diag", Line: 1, Col: 4097}, Msg: "expression is too long (4097 characters; the limit is 4096)", Hint: "shorten the formula"},
		},
		{
			name: "200 000 parentheses stay bounded",
			src:  strings.Repeat("(", 200_000),
			opts: Options{MaxLen: 1_000_000},
			want: diagram.Error{Pos: diagram.Pos{File: "a.diag", Line: 1, Col: 65}, Msg: "expression is nested too deeply (more than 64 levels)", Hint: "remove unneeded parentheses or simplify the formula"},
		},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src, at, tt.opts)
		got, ok := err.(*diagram.Error)
		if !ok {
			t.Errorf("%s: error = %v (%T), want a *diagram.Error", tt.name, err, err)
			continue
		}
		if diff := cmp.Diff(tt.want, *got); diff != "" {
			t.Errorf("%s: Parse mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
	// Exactly at the caps is fine.
	if _, err := Parse(strings.Repeat("(", 64)+"x"+strings.Repeat(")", 64), at, Options{}); err != nil {
		t.Errorf("64 levels: %v", err)
	}
	if _, err := Parse("x"+strings.Repeat("+x", 2047), at, Options{}); err != nil {
		t.Errorf("4095 characters: %v", err)
	}
}
