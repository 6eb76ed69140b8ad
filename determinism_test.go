package diag_test

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
)

// determinismSamples are examples that exercise every panel kind and the
// animation; the determinism tests compile each many times.
var determinismSamples = []string{
	"examples/anim-flow.diag",
	"examples/graph-groups.diag",
	"examples/matrix-confusion.diag",
	"examples/note-formulas.diag",
	"examples/plot-kmeans.diag",
	"examples/plot-svm.diag",
	"examples/sequence-frames.diag",
	"examples/stack-llm-security.diag",
	"examples/timeline-voice.diag",
	"examples/tree-decision.diag",
	"curriculum/1-foundations/gradient-descent.diag",
}

// compileSample compiles path and fails the test on an error.
func compileSample(t *testing.T, path string, src []byte) []byte {
	t.Helper()
	out, err := diag.Compile(path, src, diag.Options{Sheets: curriculum.Catalog{}})
	if err != nil {
		t.Fatalf("Compile(%s): %v", path, err)
	}
	return out
}

// TestRepeatedCompiles compiles each sample 20 times, ten of them at once,
// and wants the same bytes every time.
func TestRepeatedCompiles(t *testing.T) {
	for _, path := range determinismSamples {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := compileSample(t, path, src)
		for i := 0; i < 10; i++ {
			if got := compileSample(t, path, src); !bytes.Equal(want, got) {
				t.Fatalf("Compile(%s) run %d gave different bytes", path, i+2)
			}
		}
		var wg sync.WaitGroup
		outs := make([][]byte, 9)
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[i], _ = diag.Compile(path, src, diag.Options{Sheets: curriculum.Catalog{}})
			}()
		}
		wg.Wait()
		for i, got := range outs {
			if !bytes.Equal(want, got) {
				t.Errorf("Compile(%s) run %d, one of several at once, gave different bytes", path, i+12)
			}
		}
	}
}

// TestGOMAXPROCS compiles each sample with one and with two processors and
// wants the same bytes.
func TestGOMAXPROCS(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, path := range determinismSamples {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GOMAXPROCS(1)
		one := compileSample(t, path, src)
		runtime.GOMAXPROCS(2)
		two := compileSample(t, path, src)
		if !bytes.Equal(one, two) {
			t.Errorf("Compile(%s) differs between GOMAXPROCS=1 and GOMAXPROCS=2", path)
		}
	}
}

// layoutVariants rewrite a source without changing what it says: comments,
// blank lines, indentation, trailing spaces and line endings.
var layoutVariants = []struct {
	name    string
	rewrite func(line string) string
}{
	{"comment lines", func(l string) string { return "# a comment with \"quotes\" and { braces\n" + l }},
	{"blank lines", func(l string) string { return "\n\n" + l }},
	{"trailing comments", func(l string) string {
		if strings.TrimSpace(l) == "" || strings.Count(l, `"`)%2 != 0 {
			return l
		}
		return l + "   # } trailing"
	}},
	{"deeper indentation", func(l string) string {
		if strings.TrimSpace(l) == "" {
			return l
		}
		return "\t  " + l
	}},
	{"trailing spaces", func(l string) string { return l + " \t " }},
	{"CRLF", func(l string) string { return l + "\r" }},
}

// TestLayoutVariants compiles each sample rewritten with comments, blank
// lines and other whitespace and wants the same SVG as the original.
func TestLayoutVariants(t *testing.T) {
	for _, path := range determinismSamples {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := compileSample(t, path, src)
		lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
		for _, v := range layoutVariants {
			var b strings.Builder
			for _, l := range lines {
				b.WriteString(v.rewrite(l) + "\n")
			}
			got, err := diag.Compile(path, []byte(b.String()), diag.Options{Sheets: curriculum.Catalog{}})
			if err != nil {
				t.Errorf("Compile(%s with %s): %v", path, v.name, err)
				continue
			}
			if !bytes.Equal(want, got) {
				t.Errorf("Compile(%s with %s) differs from the original", path, v.name)
			}
		}
	}
}
