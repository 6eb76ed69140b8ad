package dsl

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
)

// fuzzSeeds are inputs the fuzzer starts from: valid files of each feature
// and a few broken ones.
var fuzzSeeds = []string{
	"",
	"title \"T\"\nsubtitle \"S\"\ntheme dark\nsize 1440 900\nsheet bias-variance\n",
	"legend {\n  solid \"data flow\"\n  bad \"failure case\"\n}\nask \"Q?\" \"A.\"\n",
	"row \"r\" {\n  graph g \"G\" direction right {\n    a \"A\" shape cylinder tone warn icon db\n    a -> b <- c <-> d -- e \"x\" dashed bold tone bad\n    group h \"H\" { f; group i { j } }\n    rank same a b\n  }\n  grid 2 { column { } }\n}\n",
	"graph g { a -> b -> c }\nanimate loop {\n  step \"one\" 1.5s { flow a -> b -> c; show a -> b delay 0.5s ease linear }\n  step \"two\" 500ms { together { dim a; hide b }; trace c; move a to (-1, 2.5); count c from 0 to 10; move a along c }\n}\n",
	"graph g {\n  a -> \n",
	"row { row { row { graph { x } } } }",
	"title \"θ \\u{2207} \\\" open",
	"}{)(][",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return // keep each run fast; size is covered by BenchmarkCompile
		}
		_, _, err := Compile("fuzz.diag", src)
		if err == nil {
			return
		}
		msg := FormatError(src, err)
		list, ok := err.(diagram.ErrorList)
		if !ok || len(list) == 0 || len(list) > maxErrors || strings.Contains(msg, "internal parser error") {
			t.Fatalf("Compile(%q): %s", src, msg)
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, e := range list {
			if !e.Pos.IsValid() || e.Pos.Line > lines || e.Pos.Col < 1 || e.Msg == "" {
				t.Fatalf("Compile(%q): bad error %#v", src, e)
			}
		}
	})
}

// TestDeepNesting checks that nesting beyond MaxDepth is a positioned error
// and not a stack overflow, and that MaxDepth levels are fine.
func TestDeepNesting(t *testing.T) {
	for _, n := range []int{MaxDepth, MaxDepth + 1, 10000} {
		src := strings.Repeat("row {\n", n) + strings.Repeat("}\n", n)
		_, _, err := Compile("deep.diag", []byte(src))
		if n <= MaxDepth {
			if err != nil {
				t.Errorf("Compile(%d levels): unexpected error %v", n, err)
			}
			continue
		}
		want := "deep.diag:65:5: blocks nested deeper than 64 levels\n    row {\n        ^\n    hint: the limit is 64 nested blocks and parentheses; flatten the structure\n"
		if got := FormatError([]byte(src), err); got != want {
			t.Errorf("Compile(%d levels) error:\n%s\nwant:\n%s", n, got, want)
		}
	}
}
