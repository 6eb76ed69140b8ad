package dsl

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzFormat holds the formatter to its promises for any source that
// parses: Format succeeds, its result parses to the same AST with the same
// comments (positions and separators aside), and formatting the result
// again changes nothing. Run it with
//
//	go test -run NONE -fuzz FuzzFormat -parallel 1 ./dsl
func FuzzFormat(f *testing.F) {
	for _, tc := range formatCases {
		f.Add(tc.in)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	seeds, _ := filepath.Glob("../examples/*.diag")
	for _, name := range seeds {
		if src, err := os.ReadFile(name); err == nil && len(src) <= 1500 {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		x, err := Parse("f.diag", []byte(src))
		if err != nil {
			return
		}
		out, err := Format("f.diag", []byte(src))
		if err != nil {
			t.Fatalf("Format fails on a source that parses:\n%s", FormatError([]byte(src), err))
		}
		y, err := Parse("f.diag", out)
		if err != nil {
			t.Fatalf("the result does not parse: %v\n%s", err, out)
		}
		if at, what := compareTrees(x, y); what != "" {
			t.Fatalf("%v: the result means something else: %s\n%s", x.Position(at), what, out)
		}
		again, err := Format("f.diag", out)
		if err != nil || string(again) != string(out) {
			t.Fatalf("formatting twice changes the text:\n%s\nthen\n%s", out, again)
		}
	})
}
