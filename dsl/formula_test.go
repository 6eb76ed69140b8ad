package dsl

import (
	"reflect"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// formulaCases are plot statements at the edges of a formula's extent.
var formulaCases = []string{
	"curve y = x^2 + 1",
	"curve c: y = sigmoid(x - 1) from -2 to 2 dashed tone bad",
	"curve f y = x colour good",
	"curve y = colour x",
	"curve y = 2 3 (x) tone good",
	"curve y = max(x, tone) \"label\"",
	"curve y = + - tone good",
	"points s: linspace n=5 y = 2*x marker square \"s\"",
	"contour k: z = x*y + foo at 1 2",
	"rule r: y = 1e9*x dashed",
	"rule x = 2",
	"region h: 2*x + y - 1 > 0 tone bad",
	"region x > 0 > 1",
	"region x foo > 1",
	"region (x > 1) \"a\"",
	"region > 1",
	"region x >= y - 1",
	"region x > = = 1",
	"region x -> 1 < 2",
	// A parenthesis opened on one line and closed on the next.
	"curve y = (x\n  curve y = x) \"a\" colour",
	"curve y = (x\n  region x) > 0 tone bad",
}

// TestFormulaExtent checks that the check of a formula's length before
// parsing finds each formula where the grammar does: on the cases above and
// on every plot statement of the examples and curriculum sheets.
func TestFormulaExtent(t *testing.T) {
	var srcs []string
	for _, c := range formulaCases {
		srcs = append(srcs, "plot p {\n  "+c+"\n}\n")
	}
	for _, src := range exampleSources(t) {
		srcs = append(srcs, string(src))
	}
	checked := 0
	for _, src := range srcs {
		f, err := Parse("f.diag", []byte(src))
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		Inspect(f, func(n Node) bool {
			st, ok := n.(PlotStmt)
			if !ok {
				return true
			}
			toks := st.(interface{ tokens() []lexer.Token }).tokens()
			want := grammarExtent(st)
			from, to := formulaExtent(toks)
			got := ""
			if from >= 0 {
				got = tokenText(toks[from:to])
			}
			if got != want {
				t.Errorf("formula of %q: the length check finds %q, the grammar %q", tokenText(toks), got, want)
			}
			checked++
			return false
		})
	}
	if checked < 50 {
		t.Errorf("checked %d plot statements, want at least 50", checked)
	}
}

// grammarExtent returns the tokens of a plot statement's formula as the
// grammar finds it, as text; a region's is its whole inequality.
func grammarExtent(st PlotStmt) string {
	var eq *Equation
	switch st := st.(type) {
	case *Curve:
		eq = st.Y
	case *Scatter:
		if st.Linspace != nil {
			eq = st.Linspace.Y
		}
	case *Contour:
		eq = st.Z
	case *Rule:
		eq = st.Line
	case *Region:
		return inequality(st)
	}
	if eq == nil || eq.Formula == nil {
		return ""
	}
	return tokenText(eq.Formula.Tokens)
}

// inequality returns the tokens of a region's inequality as text: its
// left side, comparison, "=" and right side, as far as they are there.
func inequality(r *Region) string {
	from := 1 // after the keyword
	if r.ID.Value != "" {
		from = 3 // and the id and its colon
	}
	n := 0
	if r.Lhs != nil {
		n += len(r.Lhs.Tokens)
	}
	if r.Cmp != "" {
		n++
	}
	if r.Eq {
		n++
	}
	if r.Rhs != nil {
		n += len(r.Rhs.Tokens)
	}
	if n == 0 {
		return ""
	}
	return tokenText(r.Tokens[from : from+n])
}

func tokenText(toks []lexer.Token) string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Value)
	}
	return strings.Join(out, " ")
}

// TestFormulaWords checks that the words the Formula grammar lists are
// formulaWords and optionWords.
func TestFormulaWords(t *testing.T) {
	field, _ := reflect.TypeOf(Formula{}).FieldByName("Groups")
	tag := field.Tag.Get("parser")
	for _, w := range append(append([]string(nil), formulaWords...), optionWords...) {
		if !strings.Contains(tag, "'"+w+"'") {
			t.Errorf("the Formula grammar does not list %q", w)
		}
	}
	var quoted []string
	for _, part := range strings.Split(tag, "'")[1:] {
		quoted = append(quoted, part)
	}
	var words []string
	for i := 0; i < len(quoted); i += 2 {
		if w := quoted[i]; w[0] >= 'a' && w[0] <= 'z' {
			words = append(words, w)
		}
	}
	want := map[string]bool{}
	for _, w := range append(append([]string(nil), formulaWords...), optionWords...) {
		want[w] = true
	}
	for _, w := range words {
		if !want[w] {
			t.Errorf("the Formula grammar lists %q, which is neither a formula word nor an option word", w)
		}
	}
}
