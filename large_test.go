package diag_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
)

// largeGraph returns a graph of n nodes in which each node after the first
// hangs below an earlier one, plus n/4 cross edges between earlier nodes:
// a tree-like shape with crossings, as in a large dependency graph. The
// picks come from a fixed linear congruential generator, so the graph is
// the same on every run.
func largeGraph(n int) []byte {
	var b strings.Builder
	b.WriteString("title \"A large graph\"\ngraph g direction right {\n")
	state := uint64(1)
	next := func(k int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int((state >> 33) % uint64(k))
	}
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "  n%d -> n%d\n", next(i), i)
	}
	for i := 0; i < n/4; i++ {
		a, c := next(n), next(n)
		if a != c {
			fmt.Fprintf(&b, "  n%d -> n%d\n", min(a, c), max(a, c))
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// largeWatchdog is how long the large graph may take before the test calls
// it a hang; far beyond the goal of BenchmarkLargeGraph.
const largeWatchdog = 60 * time.Second

// TestLargeGraph compiles a graph of 5,000 nodes: it must compile to safe
// SVG or be refused with positioned errors, and not hang.
func TestLargeGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("large graph skipped in -short mode")
	}
	src := largeGraph(5000)
	done := make(chan error, 1)
	var svg []byte
	go func() {
		var err error
		svg, err = diag.Compile("large.diag", src, diag.Options{})
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			if p := errorProblems("large.diag", src, err); p != "" {
				t.Fatalf("Compile(large graph): %s", p)
			}
			return
		}
		if p := unsafeMarkup(svg); len(p) > 0 {
			t.Fatalf("Compile(large graph) gave unsafe SVG: %v", p)
		}
	case <-time.After(largeWatchdog):
		t.Fatalf("Compile(large graph) did not finish in %v", largeWatchdog)
	}
}

// BenchmarkLargeGraph measures the compile of a graph of 5,000 nodes
// (goal: under 5 s).
func BenchmarkLargeGraph(b *testing.B) {
	src := largeGraph(5000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := diag.Compile("large.diag", src, diag.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
