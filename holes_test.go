package diag_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// TestHoles measures the largest hole in the body of every curriculum sheet
// and example. Run with -v to see the table: the hole in percent of the
// sheet's area and where it is.
func TestHoles(t *testing.T) {
	var files []string
	for _, pattern := range []string{"curriculum/*/*.diag", "examples/*.diag"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	var table strings.Builder
	fmt.Fprintf(&table, "%-52s %7s  %s\n", "file", "hole %", "hole (x, y, w × h)")
	for _, path := range files {
		var sc *scene.Scene
		if strings.HasPrefix(path, "curriculum") {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if sc, err = layoutSheet(path, src); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		} else {
			_, sc = layoutExample(t, path)
		}
		r := quality.Measure(sc.Geometry())
		b := r.HoleBox
		fmt.Fprintf(&table, "%-52s %7.2f  (%.0f, %.0f, %.0f × %.0f)\n", filepath.ToSlash(path), 100*r.Hole, b.X, b.Y, b.W, b.H)
	}
	t.Logf("largest hole per sheet:\n%s", table.String())
}
