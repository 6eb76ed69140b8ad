package diag_test

import (
	"os"
	"testing"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/scene"
)

// compileBody compiles src and returns its body panel.
func compileBody(t *testing.T, src string) diagram.Panel {
	t.Helper()
	d, _, err := dsl.Compile("test.diag", []byte(src))
	if err != nil {
		t.Fatalf("Compile(%q): %v", src, err)
	}
	return d.Body
}

// layoutExample reads, compiles and lays out one .diag file.
func layoutExample(t testing.TB, path string) (*diagram.Diagram, *scene.Scene) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := dsl.Compile(path, src)
	if err != nil {
		t.Fatalf("Compile(%s): %v", path, err)
	}
	s, err := layout.Layout(d)
	if err != nil {
		t.Fatalf("Layout(%s): %v", path, err)
	}
	return d, s
}

// compileExample reads and compiles one .diag file with opts.
func compileExample(t testing.TB, path string, opts diag.Options) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	svg, err := diag.Compile(path, src, opts)
	if err != nil {
		t.Fatalf("Compile(%s): %v", path, err)
	}
	return svg
}
