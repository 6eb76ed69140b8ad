package dsl

import (
	"fmt"
	"strings"
	"testing"
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
