package dsl

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fastCases are inputs at the edges of fastParse's subset. Some it must
// take, some it must leave to participle; on all of them the two must not
// disagree.
var fastCases = []struct {
	src  string
	fast bool // fastParse takes it
}{
	{"", true},
	{"\n\n# only a comment\n", true},
	{"title \"T\"\nsubtitle \"S\"; size 1440 900\ntheme dark\nsheet bias-variance\nask \"Q?\" \"A.\"\n", true},
	{"size -1 -2.5 x\nfooter \"f\" 3s", true},
	{"graph { }", true},
	{"graph g \"G\" direction right {\n  a \"A\" shape cylinder tone warn icon db\n  a -> b <- c <-> d -- e \"x\" dashed bold tone bad\n  group h \"H\" { f; group i { j } }\n  rank same a b\n}\n", true},
	{"graph direction down {\n  graph -> group2\n  rank\n  rank -- x\n}", false},
	{"graph g {\n  rank same a b\n  dashed \"d\" tone\n  x tone dashed bold\n}", true},
	{"row \"r\" {\n  graph g { a }\n  grid 2 g2 { column { } }\n}\n", true},
	{"grid -2 { }", true},
	{"graph g {\n  group\n}", false},
	{"graph g {\n  group -> x\n}", false},
	{"graph g {\n  group \"x\"\n}", false},
	{"graph g {\n  a -> \n}", false},
	{"graph g {\n  a -> b -> \n}", false},
	{"graph g {\n  a b\n}", false},
	{"graph g {\n  \"a\"\n}", false},
	{"graph g g2 { }", false},
	{"graph g { } graph h { }", false},
	{"grid - { }", false},
	{"title \"T\" -> x", false},
	{"legend {\n  solid \"data\"\n}\ngraph g { a }", false},
	{"graph g { a }\nanimate { step \"s\" 1s { show a } }", false},
	{"plot p { x 0 .. 1 }", false},
	{"row { plot p { x 0 .. 1 } }", false},
	{"graph g {\n  a\n", false},
}

// TestFastParse checks which inputs take the fast path and that its trees
// equal participle's.
func TestFastParse(t *testing.T) {
	for _, c := range fastCases {
		_, fast := fastParse(scanTokens("f.diag", []byte(c.src)))
		if fast != c.fast {
			t.Errorf("fastParse(%q) took it = %v, want %v", c.src, fast, c.fast)
		}
		checkFastParse(t, c.src)
	}
}

// TestFastParseMatchesParticiple compares the trees of the fast path and of
// participle on every example and curriculum sheet, the fuzz seeds and
// generated graphs of every size the benchmark uses.
func TestFastParseMatchesParticiple(t *testing.T) {
	var inputs []string
	for _, src := range exampleSources(t) {
		inputs = append(inputs, string(src))
	}
	inputs = append(inputs, fuzzSeeds...)
	for _, n := range []int{1, 10, 200} {
		inputs = append(inputs, generatedGraph(n))
	}
	fast := 0
	for _, in := range inputs {
		if checkFastParse(t, in) {
			fast++
		}
	}
	t.Logf("%d of %d inputs took the fast path", fast, len(inputs))
	for _, n := range []int{1, 10, 200} {
		if _, ok := fastParse(scanTokens("g.diag", []byte(generatedGraph(n)))); !ok {
			t.Errorf("a generated graph of %d nodes did not take the fast path", n)
		}
	}
}

// generatedGraph is a graph of n nodes in groups of five, with labelled and
// plain edges, as the benchmark's graphs are written.
func generatedGraph(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "graph g \"generated %d\" direction down {\n", n)
	for i := 0; i < n; i += 5 {
		fmt.Fprintf(&b, "  group c%d \"cluster %d\" {\n", i, i)
		for j := i; j < min(n, i+5); j++ {
			fmt.Fprintf(&b, "    n%d \"service %d\"\n", j, j)
		}
		b.WriteString("  }\n")
	}
	for i := 1; i < n; i++ {
		if i%3 == 0 {
			fmt.Fprintf(&b, "  n%d -> n%d \"calls\"\n", i/2, i)
		} else {
			fmt.Fprintf(&b, "  n%d -> n%d\n", i-1, i)
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// FuzzFastParse holds fastParse to participle on any input: whenever the
// fast path takes a file, participle must parse it to the same tree.
func FuzzFastParse(f *testing.F) {
	for _, c := range fastCases {
		f.Add(c.src)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkFastParse(t, in)
	})
}

// checkFastParse fails when fastParse takes src and participle does not
// build the same tree. It reports whether the fast path took src.
func checkFastParse(t *testing.T, src string) bool {
	t.Helper()
	toks := scanTokens("f.diag", []byte(src))
	fast, ok := fastParse(toks)
	if !ok {
		return false
	}
	slow, err := parseTokens("f.diag", toks)
	if err != nil {
		t.Errorf("fastParse took %q, which participle rejects: %v", src, err)
		return true
	}
	if diff := cmp.Diff(slow, fast, cmpopts.IgnoreUnexported(File{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("trees of %q differ (-participle +fast):\n%s", src, diff)
	}
	return true
}

// BenchmarkParseGraph parses a generated graph of 200 nodes, through the
// fast path and through participle.
func BenchmarkParseGraph(b *testing.B) {
	src := []byte(generatedGraph(200))
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := Parse("g.diag", src); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("participle", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := parseTokens("g.diag", scanTokens("g.diag", src)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
