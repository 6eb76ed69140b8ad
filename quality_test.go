package diag_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
)

// TestExampleQuality lays out every example and runs the quality checks on
// the scene: no node overlaps, no edge through a node, no label overlaps, no
// text overflowing its box, no group over a non-member, no mark outside its
// area.
func TestExampleQuality(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, _, err := dsl.Compile(path, src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		sc, err := layout.Layout(d)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		r := quality.Measure(sc.Geometry())
		if r.NodeOverlaps+r.EdgesThroughNodes+r.LabelOverlaps+r.TextOverflow+r.GroupIntrusions+r.MarksOutside > 0 {
			t.Errorf("%s: overlaps %d, edges through nodes %d, label overlaps %d, text overflow %d, group intrusions %d, marks outside %d\n%v",
				path, r.NodeOverlaps, r.EdgesThroughNodes, r.LabelOverlaps, r.TextOverflow, r.GroupIntrusions, r.MarksOutside, r.Problems)
		}
	}
}
