package diag_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag/layout/quality"
)

// TestExampleQuality lays out every example and runs the quality checks on
// the scene: no node overlaps, no edge through a node, no label overlaps, no
// text overflowing its box, no group over a non-member, no mark outside its
// area, no legend or label over a mark.
func TestExampleQuality(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, path := range files {
		_, sc := layoutExample(t, path)
		r := quality.Measure(sc.Geometry())
		if r.NodeOverlaps+r.EdgesThroughNodes+r.LabelOverlaps+r.TextOverflow+r.GroupIntrusions+r.MarksOutside > 0 {
			t.Errorf("%s: overlaps %d, edges through nodes %d, label overlaps %d, text overflow %d, group intrusions %d, marks outside %d\n%v",
				path, r.NodeOverlaps, r.EdgesThroughNodes, r.LabelOverlaps, r.TextOverflow, r.GroupIntrusions, r.MarksOutside, r.Problems)
		}
		checkOverMarks(t, path, r)
	}
}

// knownOverMarks lists the pictures where labels still cover a mark (a
// free label among contour lines, or in a crowded corner, with no free
// place within its reach), with how many (label, mark) pairs: the count
// may not grow, and a picture that improves must lower its entry, so that
// the list only shrinks. Every legend keeps clear of the marks.
var knownOverMarks = map[string]int{
	"curriculum/1-foundations/classification-metrics.diag":      1,
	"curriculum/1-foundations/gradient-descent.diag":            2,
	"curriculum/1-foundations/regularization.diag":              1,
	"curriculum/2-supervised-learning/gradient-boosting.diag":   3,
	"curriculum/2-supervised-learning/linear-regression.diag":   1,
	"curriculum/2-supervised-learning/logistic-regression.diag": 4,
	"curriculum/2-supervised-learning/svm.diag":                 3,
	"curriculum/3-unsupervised-learning/pca.diag":               1,
	"curriculum/4-deep-learning/neuron-perceptron.diag":         2,
	"examples/plot-piecewise.diag":                              2,
	"examples/plot-regularization.diag":                         3,
}

// checkOverMarks holds the picture at path to its entry in knownOverMarks
// (0 when it has none).
func checkOverMarks(t *testing.T, path string, r quality.Report) {
	t.Helper()
	if want := knownOverMarks[filepath.ToSlash(path)]; r.OverMarks != want {
		t.Errorf("%s: %d legends or labels over a mark, want %d (see knownOverMarks)\n%s", path, r.OverMarks, want, strings.Join(r.Problems, "\n"))
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
		_, sc := layoutExample(t, path)
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
