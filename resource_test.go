package diag_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/internal/resourcetest"
)

// The caps of every case of the resource test: CPU time and peak memory
// of the child process that compiles it, start-up included. Every case
// takes well under half of them alone; the inputs they guard against took
// 8 s to minutes and 1.2 GB or more.
const (
	resourceCPU     = 2 * time.Second
	resourceRSS     = 300 << 20
	resourceTimeout = 60 * time.Second // a hang is killed, and fails
)

// resourceCase is an input inside the documented limits of the language
// that once cost too much: it must now compile within the caps, or be
// refused within them with a positioned error that names the limit.
type resourceCase struct {
	name string
	src  func() string
	// limit is a word of the error that names the limit it must be
	// refused for, such as "Limits.MaxLayoutDummies"; "" means it must
	// compile.
	limit string
}

// levels returns n contour levels from lo in steps of step, as written in
// a contour's at list.
func levels(n int, lo, step float64) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " %.3f", lo+float64(i)*step)
	}
	return b.String()
}

// bigPlot returns a plot of the largest size with the given marks.
func bigPlot(marks ...string) string {
	return "plot p {\n  size 2000 2000\n  x -10 .. 10\n  y -10 .. 10\n  " + strings.Join(marks, "\n  ") + "\n}\n"
}

// longFormula returns a formula of n terms sin(x*y) added up.
func longFormula(n int) string {
	return strings.TrimSuffix(strings.Repeat("sin(x*y)+", n), "+")
}

// traceGraph returns a graph of n edges from n sources to ten sinks, and
// an animation of steps steps that each trace the whole graph.
func traceGraph(n, steps int) string {
	var b strings.Builder
	b.WriteString("graph g {\n")
	for i := range n {
		fmt.Fprintf(&b, "  a%d -> b%d\n", i, i%10)
	}
	b.WriteString("}\nanimate {\n")
	for i := range steps {
		fmt.Fprintf(&b, "  step \"s%d\" 1s { trace g }\n", i)
	}
	b.WriteString("}\n")
	return b.String()
}

// completeGraph returns a graph with an edge from every node to every
// other.
func completeGraph(n int) string {
	var b strings.Builder
	b.WriteString("graph g {\n")
	for i := range n {
		for j := range n {
			if i != j {
				fmt.Fprintf(&b, "  n%d -> n%d\n", i, j)
			}
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// longEdges returns a chain of 1,000 nodes and long edges across it: from
// the first 60 nodes to the last ones.
func longEdges(long int) string {
	var b strings.Builder
	b.WriteString("graph g {\n")
	for i := range 999 {
		fmt.Fprintf(&b, "  n%d -> n%d\n", i, i+1)
	}
	for k := range long {
		fmt.Fprintf(&b, "  n%d -> n%d\n", k%60, 999-k/60)
	}
	b.WriteString("}\n")
	return b.String()
}

// hubs returns two nodes with an edge to each of n others.
func hubs(n int) string {
	var b strings.Builder
	b.WriteString("graph g {\n")
	for i := range n {
		fmt.Fprintf(&b, "  a -> c%d\n  b -> c%d\n", i, i)
	}
	b.WriteString("}\n")
	return b.String()
}

// randomDAG returns n nodes and 2n edges between random pairs, each from
// the lower number to the higher: a graph on which network simplex once
// ran for minutes.
func randomDAG(n int) string {
	var b strings.Builder
	b.WriteString("graph g {\n")
	state := uint64(7)
	next := func() int {
		state = state*6364136223846793005 + 1442695040888963407
		return int((state >> 33) % uint64(n))
	}
	for range 2 * n {
		a, c := next(), next()
		if a != c {
			fmt.Fprintf(&b, "  n%d -> n%d\n", min(a, c), max(a, c))
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// chain returns the edge statement n0 -> n1 -> ... -> n(n-1).
func chain(n int) string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("n%d", i)
	}
	return "  " + strings.Join(ids, "->") + "\n"
}

// spanningGroups returns a chain of n ranks and k groups of two nodes
// each, one under the chain's first node and one under its last but one:
// every group spans the chain, and keeps a filler node in each rank.
func spanningGroups(n, k int) string {
	var b strings.Builder
	b.WriteString("graph g {\n" + chain(n))
	for i := range k {
		fmt.Fprintf(&b, "group box%d { top%d; end%d }; n0 -> top%d; n%d -> end%d\n", i, i, i, i, n-2, i)
	}
	b.WriteString("}\n")
	return b.String()
}

// pointList returns a plot with one list of points (0,0) of about size
// bytes: five tokens in six bytes.
func pointList(size int) string {
	return "plot p {\n  x 0 .. 1\n  y 0 .. 1\n  points a:" + strings.Repeat(" (0,0)", size/6) + "\n}\n"
}

// longCurve returns a plot with a curve whose formula is term n times, then x.
func longCurve(term string, n int) string {
	return "plot p {\n  x 0 .. 1\n  y 0 .. 1\n  curve c: y = " + strings.Repeat(term, n) + "x\n}\n"
}

// resourceCases returns the inputs of the resource test, each generated
// small.
func resourceCases() []resourceCase {
	return []resourceCase{
		// Contours: 1,001 levels in 6 KB took 55 s, 3.2 GB and wrote 283 MB.
		{"contour of 1001 levels", func() string {
			return bigPlot("contour z = sin(3*x)*sin(3*y) at" + levels(1001, -1, 0.002))
		}, "Limits.MaxContourLevels"},
		{"contour of 100 dense levels", func() string {
			return bigPlot("contour z = sin(3*x)*sin(3*y) at" + levels(100, -0.99, 0.02))
		}, "Limits.MaxContourVertices"},
		{"contour of 100 levels on the largest plot", func() string {
			return bigPlot("contour z = sin(3*x)*sin(3*y) at" + levels(100, 2, 1))
		}, ""},
		// 20 contours of a 4,000-character formula took 48 s.
		{"contours of long formulas", func() string {
			var marks []string
			for i := range 20 {
				marks = append(marks, fmt.Sprintf("contour z = %s at %d", longFormula(440), i))
			}
			return bigPlot(marks...)
		}, "Limits.MaxFormulaWork"},
		// Animation: 200 steps tracing 2,500 edges took 7.7 s, 460 MB
		// and wrote 29 MB of mostly equal keyframes.
		{"200 traces of a whole graph", func() string { return traceGraph(2500, 200) }, "Limits.MaxKeyframes"},
		{"200 traces of a small graph", func() string { return traceGraph(100, 200) }, ""},
		// Graph layout: 3,000 long edges took 43 s and 1.25 GB; a complete
		// graph of 141 nodes 34 s.
		{"3000 long edges", func() string { return longEdges(3000) }, "Limits.MaxLayoutDummies"},
		{"complete graph of 141 nodes", func() string { return completeGraph(141) }, "Limits.MaxLayoutDummies"},
		{"complete graph of 45 nodes", func() string { return completeGraph(45) }, ""},
		{"long edges under the budget", func() string { return longEdges(50) }, ""},
		// Two hubs of 9,990 edges each took 3.1 s, counting crossings
		// pair by pair; a random acyclic graph of 5,000 nodes took 47 s
		// to rank.
		{"two hubs of 9990 edges", func() string { return hubs(9990) }, ""},
		{"groups spanning 1000 ranks", func() string { return spanningGroups(1000, 200) }, "Limits.MaxCrossingWork"},
		{"random acyclic graph of 5000 nodes", func() string { return randomDAG(5000) }, ""},
		// A megabyte of points, (0,0) after (0,0), took 2.3 s of CPU and
		// 340 MB in the parser before the sample cap could refuse it.
		{"a megabyte of points", func() string { return pointList(1<<20 - 100) }, "Limits.MaxTokens"},
		{"points just under the token cap", func() string { return pointList(6 * (diag.DefaultMaxTokens/5 - 20)) }, ""},
		{"a megabyte of one-line edges", func() string {
			return "graph g {\n" + strings.Repeat("a -> b\n", (1<<20-100)/7) + "}\n"
		}, "Limits.MaxTokens"},
		// A formula of 400 KB took 4 to 13 s before it was refused; its
		// 400,000 tokens are now refused before the parser runs, and a
		// formula of 40 KB by its length.
		{"formula of 400 KB", func() string { return longCurve("x+", 200000) }, "Limits.MaxTokens"},
		{"formula of 400 KB in parentheses", func() string { return longCurve("(x)+", 100000) }, "Limits.MaxTokens"},
		{"formula of 40 KB", func() string { return longCurve("x+", 20000) }, "the limit is 4096"},
		{"formula of 40 KB in parentheses", func() string { return longCurve("(x)+", 10000) }, "the limit is 4096"},
	}
}

// positionedName matches the first line of a positioned error.
var positionedName = regexp.MustCompile(`^resource\.diag:\d+:\d+: \S`)

// TestResources compiles each resource case alone in a child process and
// holds it to resourceCPU of CPU time and resourceRSS of peak memory, as
// the operating system counts them for the child (see package
// resourcetest): it must compile, or be refused with a positioned error
// naming its limit. The command line's reading of endless or huge input
// has its own test in cmd/diag.
func TestResources(t *testing.T) {
	cases := resourceCases()
	if name := resourcetest.Child(); name != "" {
		for _, c := range cases {
			if c.name == name {
				resourcetest.Report(compileOutcome([]byte(c.src())))
				return
			}
		}
		t.Fatalf("no resource case %q", name)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u := resourcetest.Measure(t, "TestResources", c.name, resourceTimeout, resourceCPU, resourceRSS)
			t.Logf("%s: %v; %s", c.name, u, firstLine(u.Outcome))
			checkOutcome(t, c.name, u.Outcome, c.limit)
		})
	}
}

// compileOutcome compiles src and describes the outcome: "compiled N
// bytes", or the formatted error.
func compileOutcome(src []byte) string {
	svg, err := diag.Compile("resource.diag", src, diag.Options{})
	if err != nil {
		return dsl.FormatError(src, err)
	}
	return fmt.Sprintf("compiled %d bytes", len(svg))
}

// checkOutcome checks an outcome of compileOutcome: a compile when limit
// is "", else a positioned error that names limit.
func checkOutcome(t *testing.T, name, outcome, limit string) {
	t.Helper()
	compiled := strings.HasPrefix(outcome, "compiled ")
	switch {
	case limit == "" && !compiled:
		t.Errorf("%s refused, want a picture:\n%s", name, outcome)
	case limit != "" && compiled:
		t.Errorf("%s %s, want it refused for %s", name, outcome, limit)
	case limit != "" && (!positionedName.MatchString(outcome) || !strings.Contains(outcome, limit)):
		t.Errorf("%s: error is not positioned or does not name %s:\n%s", name, limit, outcome)
	}
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// smallResourceCases returns hostile inputs that once cost too much,
// generated small enough (under fuzzMaxSource) to seed FuzzCompile: each
// must be refused.
func smallResourceCases() []hostileCase {
	long := func(n int) string {
		var b strings.Builder
		b.WriteString("graph g {\n" + chain(300))
		for k := range n {
			fmt.Fprintf(&b, "  n%d -> n%d\n", k%30, 299-k/30)
		}
		b.WriteString("}\n")
		return b.String()
	}
	trace := "graph g {\n" + chain(1000) + "}\nanimate {\n" + strings.Repeat("  step \"s\" 1s { trace g }\n", 200) + "}\n"
	return []hostileCase{
		{name: "contour of 101 levels", src: "plot p {\n x -1 .. 1\n y -1 .. 1\n contour z = x at" + levels(101, -0.5, 0.01) + "\n}\n", refused: true},
		{name: "contour of a dense level", src: bigPlot("contour z = sin(30*x)*sin(30*y) at 0.1"), refused: true},
		{name: "contour of a long formula", src: bigPlot("contour z = " + longFormula(440) + " at 0"), refused: true},
		{name: "formula past the length cap", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n curve c: y = " + strings.Repeat("x+", 2500) + "x\n}\n", refused: true},
		{name: "parentheses past the length cap", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n curve c: y = " + strings.Repeat("(x)+", 1300) + "x\n}\n", refused: true},
		{name: "trace of a long chain in 200 steps", src: trace, refused: true},
		{name: "long edges across a chain", src: long(200), refused: true},
		{name: "groups spanning a chain", src: spanningGroups(900, 185), refused: true},
	}
}
