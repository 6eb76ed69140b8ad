package diag_test

import (
	"os"
	"path/filepath"
	"strings"
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

// TestBadgeQuality lays out every example and every curriculum sheet and
// checks that no reading-path badge sticks out of its panel or covers a
// text.
func TestBadgeQuality(t *testing.T) {
	var files []string
	for _, pattern := range []string{"examples/*.diag", "curriculum/*/*.diag"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	badges := 0
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
		badges += len(sc.Badges)
		r := quality.Measure(sc.Geometry())
		if r.BadgesOutside+r.BadgesOverText > 0 {
			var lines []string
			for _, l := range r.Problems {
				if strings.HasPrefix(l, "badge") {
					lines = append(lines, l)
				}
			}
			t.Errorf("%s: %d badges outside their panel, %d over text\n%s", path, r.BadgesOutside, r.BadgesOverText, strings.Join(lines, "\n"))
		}
	}
	if badges == 0 {
		t.Error("no badges measured")
	}
}
