package dsl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
)

// fuzzSeeds are inputs the fuzzer starts from: valid files of each feature
// and a few broken ones.
var fuzzSeeds = []string{
	"",
	"plot p {\n  curve a: y = x\n  curve b: y = x^2\n  path l (0, 0) (1, 1)\n}\nanimate {\n  step \"s\" 1s { rotate l by 30 about (0, 0); rotate l by -1e308 about top-left; scale a by 0.5 about l; scale b by 0 ease steps; morph a into b delay 0.2s; morph a; rotate; scale l by; rotate l about }\n}\n",
	"title \"T\"\nsubtitle \"S\"\ntheme dark\nsize 1440 900\nsheet bias-variance\n",
	"legend {\n  solid \"data flow\"\n  bad \"failure case\"\n}\nask \"Q?\" \"A.\"\n",
	"row \"r\" {\n  graph g \"G\" direction right {\n    a \"A\" shape cylinder tone warn icon db\n    a -> b <- c <-> d -- e \"x\" dashed bold tone bad\n    group h \"H\" { f; group i { j } }\n    rank same a b\n  }\n  grid 2 { column { } }\n}\n",
	"graph g { a -> b -> c }\nanimate loop {\n  step \"one\" 1.5s { flow a -> b -> c; show a -> b delay 0.5s ease linear }\n  step \"two\" 500ms { together { dim a; hide b }; trace c; move a to (-1, 2.5); count c from 0 to 10; move a along c }\n}\n",
	"graph g {\n  a -> \n",
	"row { row { row { graph { x } } } }",
	"title \"θ \\u{2207} \\\" open",
	"}{)(][",
	"plot p {\n  x -1 .. 1\n  y 0 .. 1 log\n  curve c: y = 1/x\n  points (NaN, 1)\n  region y > 1/0\n}\n",
	"let t = 0.5\nplot p {\n  points d: (NaN, 1) (1e308, -1e308)\n  decision r: nearest of d e tones good\n  decision l: linear w = (0, ) b = +\n  decision z: z = log(x) at t 1 tones bad bad bad \"a\"\n  field f: p = 1/x ramp diverging from 1 to 0 at t, tones\n  area a under c to t\n}\n",
	"plot p {\n  legend outside\n  legend outside below right\n  legend none 1e308\n  curve c: y = x \"\"\n  points (NaN, NaN) \"a\"\n}\nplot q { legend auto; legend outside right; rect (0, 0) (1e308, -1e308) \"r\" }\n",
	"matrix m heat 0..1 {\n  cols \"<a>\" \"]]>\"\n  row c: 1e999 \"\"\n}\n",
	"matrix m heat -1..3 diverging centre 0 {\n  widths 50% 25, 25\n  row 1 \"\" \"\" icon lock\n  mask f: upper \"x\"\n  mask r1c1 .. r2c2\n}\n",
	"matrix m heat categorical { widths 1 -1 0 1e9; mask lower \"l\" 3; row \"a\" icon: \"b\" icon icon lock }\n",
	"sequence s {\n  a \"A\"\n  a -> a \"self\" {\n    alt \"x\" { a -> b \"y\" } else { }\n  }\n}\n",
	"tree t { root \"r\" { \"b\": c \"c\" { } } }\n",
	"timeline t {\n  budget 0s\n  a \"a\" 1e300ms tone red\n}\n",
	"stack s {\n  band b \"B\" { i \"i\"; threat t \"t\"; defence d \"d\" }\n}\n",
	"note n {\n  \"**a `b` _c_ ^{d}\"\n  formula \"x_{\"\n}\n",
	"graph g { a \"x\" tone red;}</style><script> }\n",
	"graph g {\n  group a { group a { a } }\n  a -> a\n}\n",
	"title \"\\u{202e}\\u{0}\\u{d800}\\u{110000}\"\n",
	// Other tools' habits, each with its hint, and parallel edge ids.
	"// don't\ngraph g {\n  // inputs\n  a -> b // a's { edge\n}\n",
	"graph g {\n  a -> b: sends \"x\"\n  db: Database\n  A-->B\n  A --- C\n  A-.->D\n  A ==> E\n}\n",
	"graph TD\n  A-->B\n",
	"graph g {\n  A[Start] --> B(End)\n  C(\n}\n",
	"flowchart LR\n  A-->B\n  B --> C: done\ndigraph G {\n  a -> b;\n}\n",
	"graph g {\n  a -> b\n  a <- b\n}\nanimate {\n  step \"s\" 1s { show a -> b#2 }\n  step \"t\" 1s { show a -> b[2]; dim a <- b [ 2 ]; hide a -> b[3]; show a <-> b[0]; highlight a -> b[] }\n}\n",
	// Bars, histograms, proportional bars and grow.
	"bars b \"B\" {\n  horizontal\n  stacked\n  value -1 .. 1e308 \"v\" log\n  baseline -0\n  unit \"%\"\n  values off\n  size 80 2001\n  series s \"S\" tone info\n  a \"A\" 1 -2 error 0.5 tone bad\n  series t\n  c NaN\n}\n",
	"histogram h {\n  bins width 0\n  bins 1\n  density\n  x 1 .. 1\n  y \"n\"\n  a \"A\" tone warn { 1 2\n 3 -\n }\n  b { }\n  c {\n",
	"split s {\n  unit \"GB\"\n  size 119\n  a \"A\" 70% tone good\n  b 30\n  c -1%\n  d 1e3%\n  e \"E\" \"F\" 1 2\n}\n",
	"bars b {\n  series s\n  x 1\n}\nsplit p { q 1 }\nhistogram h { v { 1 } }\nanimate loop {\n  step \"s\" 1s { grow b x.s x p q h v; grow a -> b ease steps delay 2s; grow }\n}\n",
	// The secondary y axis: twice, without a range, marks on it before it
	// is declared, in a plot without it, and y2 where it is no option.
	"plot p {\n  curve c: y = x y2 \"c\"\n  y2 \"rate\" log\n  y2 -1e308 .. 1e308\n  points q: (1, NaN) y2 y2\n  region r: x > y y2\n  area a under c\n  label (0, 0) \"t\" -> (1, 1) y2\n  rule s: x = 1 y2\n}\nplot b {\n  path p: (0, 0) (1, 1) y2\n  y2 0 ..\n  y2\n}\n",
	// Named constants where plots take numbers, signs and odd neighbours.
	"let w = 1e308\nlet n = 0\nplot p {\n  x -w .. +w log\n  y n .. - n\n  band b: from to w\n  rect r: (-w, n) (w, -)\n  points q: (nan, inf) (-x, y)\n  decision d: linear w = (w, -w) b = -\n  label (log, w) \"t\" -> (-n, +n)\n  curve c: y = x from -w to\n}\n",
}

// exampleSources returns the sources of the examples and curriculum sheets,
// as fuzz seeds.
func exampleSources(t testing.TB) [][]byte {
	var out [][]byte
	for _, pattern := range []string{"../examples/*.diag", "../curriculum/*/*.diag"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, src)
		}
	}
	if len(out) == 0 {
		t.Fatal("no example sources found")
	}
	return out
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, src := range exampleSources(f) {
		f.Add(src)
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
