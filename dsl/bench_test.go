package dsl

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
)

// benchSource is a curriculum-sized file: a header, a legend, three graphs
// of a dozen nodes and an animation.
func benchSource() []byte {
	var b strings.Builder
	b.WriteString("sheet bench\ntitle \"Benchmark\"\nsubtitle \"A curriculum-sized file\"\nlegend {\n  solid \"data\"\n  dashed \"feedback\"\n}\n")
	b.WriteString("row {\n")
	for g := 0; g < 3; g++ {
		fmt.Fprintf(&b, "  graph g%d \"Graph %d\" direction right {\n", g, g)
		for n := 0; n < 12; n++ {
			fmt.Fprintf(&b, "    g%dn%d \"Node θ %d\" shape rounded tone accent\n", g, n, n)
		}
		fmt.Fprintf(&b, "    group g%dgrp \"Group\" {\n      g%dx -> g%dy\n    }\n", g, g, g)
		for n := 0; n < 11; n++ {
			fmt.Fprintf(&b, "    g%dn%d -> g%dn%d \"edge\" dashed\n", g, n, g, n+1)
		}
		b.WriteString("  }\n")
	}
	b.WriteString("}\nanimate loop {\n")
	for s := 0; s < 6; s++ {
		fmt.Fprintf(&b, "  step \"Step %d\" 1.5s { flow g0n%d -> g0n%d; highlight g1n%d delay 0.5s }\n", s, s, s+1, s)
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

func BenchmarkCompile(b *testing.B) {
	src := benchSource()
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, _, err := Compile("bench.diag", src); err != nil {
			b.Fatal(FormatError(src, err))
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

// BenchmarkParseGraph parses a generated graph of 200 nodes.
func BenchmarkParseGraph(b *testing.B) {
	src := []byte(generatedGraph(200))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("g.diag", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildFileParser builds the parser of the top level, as every
// process that parses a file does once. The formula grammar of the let
// statement is not in it: Let.Parse builds it for a file that has a let.
func BenchmarkBuildFileParser(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		participle.MustBuild[File](grammarOptions()...)
	}
}
