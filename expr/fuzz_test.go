package expr

import (
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzParse checks that Parse never panics, that Eval agrees with a direct
// walk of the tree, and that the canonical text of anything that parses parses again to the same
// canonical text.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"x^2 + 1", "-x^2", "2^3^2", "2^-x", "sigmoid(4*x) - 0.5",
		"max(0, 1 - y*(2*x - 1))", "clamp(x, -1, 1)", "1e-3*.5/7.",
		"((x))", "--x", "2x", "sigmod(x)", "(x", "x)", "min(x)", "",
		"1.2.3", "1e999", "θ", "x,y", "exp(-(x^2 + y^2)/2)", "gelu(x)*softplus(y)",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := Parse(src, diagram.Pos{File: "f.diag", Line: 1, Col: 1}, Options{})
		if err != nil {
			if _, ok := err.(*diagram.Error); !ok {
				t.Fatalf("Parse(%q) error %T, want *diagram.Error", src, err)
			}
			return
		}
		// The compiled program agrees with a direct walk of the tree.
		for _, xy := range [][2]float64{{0.5, -1.5}, {0, 2}, {-3, 0}} {
			want, got := walk(e.root, xy[0], xy[1]), e.Eval(xy[0], xy[1])
			if !cmp.Equal(want, got, cmpopts.EquateNaNs(), cmpopts.EquateApprox(1e-12, 0)) {
				t.Fatalf("Parse(%q).Eval(%v, %v) = %v, the tree gives %v", src, xy[0], xy[1], got, want)
			}
		}
		canon := e.String()
		// The canonical text may be longer than the source (spaces, 1e5
		// written as 100000), so it gets room to spare.
		again, err := Parse(canon, diagram.Pos{}, Options{MaxLen: 1 << 20, MaxDepth: 1 << 10})
		if err != nil {
			t.Fatalf("Parse(%q) canonical text %q does not parse: %v", src, canon, err)
		}
		if got := again.String(); got != canon {
			t.Fatalf("Parse(%q): canonical text %q re-parses to %q", src, canon, got)
		}
	})
}
