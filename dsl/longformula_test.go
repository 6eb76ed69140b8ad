package dsl

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aiprep/diag/expr"
)

// formulaOf returns a formula of exactly n characters (n >= 2).
func formulaOf(n int) string {
	k := (n - 1) / 2
	return strings.Repeat("1", n-2*k) + strings.Repeat("+x", k)
}

// TestLongFormulaBeforeGrammar checks the cap on the length of a formula
// in every statement that holds one: a formula of expr.DefaultMaxLen
// characters compiles; one character more is refused at the character past
// the cap, with the expression parser's message, and before the grammar
// runs, so the error comes even when a later statement is a syntax error.
func TestLongFormulaBeforeGrammar(t *testing.T) {
	forms := []struct {
		name string
		line func(f string) string
		col  int // column of the formula's first character
	}{
		{"curve", func(f string) string { return "  curve c: y = " + f + " tone good" }, 16},
		{"curve without id", func(f string) string { return "  curve y = " + f }, 13},
		{"linspace", func(f string) string { return "  points s: linspace n=5 y = " + f + " \"s\"" }, 30},
		{"contour", func(f string) string { return "  contour k: z = " + f + " at 1 2" }, 18},
		{"rule", func(f string) string { return "  rule r: y = " + f + " dashed" }, 15},
		// A region's formula is the whole inequality.
		{"region", func(f string) string { return "  region " + f[:len(f)-4] + " > 0" }, 10},
		{"region with id", func(f string) string { return "  region h: " + f[:len(f)-4] + " > 0 tone bad" }, 13},
	}
	for _, form := range forms {
		t.Run(form.name, func(t *testing.T) {
			source := func(n int, tail string) []byte {
				return []byte("plot p {\n  x 0 .. 1\n  y 0 .. 1\n" + form.line(formulaOf(n)) + "\n}\n" + tail)
			}
			if _, _, err := Compile("t.diag", source(expr.DefaultMaxLen, "")); err != nil {
				t.Fatalf("Compile(formula of %d characters): %v", expr.DefaultMaxLen, err)
			}
			want := fmt.Sprintf("t.diag:4:%d: expression is too long (%d characters; the limit is %d)",
				form.col+expr.DefaultMaxLen, expr.DefaultMaxLen+1, expr.DefaultMaxLen)
			for _, tail := range []string{"", "animate {\n  step \"s\" 1s { bogus }\n}\n"} {
				_, err := Parse("t.diag", source(expr.DefaultMaxLen+1, tail))
				got := ""
				if err != nil {
					got, _, _ = strings.Cut(err.Error(), " (shorten")
				}
				if got != want {
					t.Errorf("Parse(formula of %d characters, tail %q) error = %q, want %q", expr.DefaultMaxLen+1, tail, got, want)
				}
			}
		})
	}
}
