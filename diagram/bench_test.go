package diagram_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
)

// models compiles the examples and the curriculum sheets, the models the
// benchmarks walk.
func models(b *testing.B) []*diagram.Diagram {
	b.Helper()
	var names []string
	for _, pattern := range []string{"../examples/*.diag", "../curriculum/*/*.diag"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, m...)
	}
	var out []*diagram.Diagram
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		d, _, err := dsl.Compile(name, src)
		if err != nil {
			continue // an example of an error
		}
		out = append(out, d)
	}
	if len(out) < 40 {
		b.Fatalf("compiled %d models, want at least 40", len(out))
	}
	return out
}

// BenchmarkValidate validates every example and curriculum sheet.
func BenchmarkValidate(b *testing.B) {
	ds := models(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range ds {
			if err := diagram.Validate(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkInspect walks every example and curriculum sheet and takes the
// strings of each element, as the limit checks do.
func BenchmarkInspect(b *testing.B) {
	ds := models(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, d := range ds {
			diagram.Inspect(d, func(e diagram.Element) bool {
				if e != nil {
					diagram.Strings(e, func(s string) { n += len(s) })
				}
				return true
			})
		}
	}
	if n == 0 {
		b.Fatal("no strings")
	}
}
