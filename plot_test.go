package diag_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
)

// plotExamples returns the plot examples, sorted.
func plotExamples(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("examples", "plot-*.diag"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 7 {
		t.Fatalf("found %d plot examples, want at least 7", len(files))
	}
	return files
}

// layoutExample compiles and lays out one example.
func layoutExample(t *testing.T, path string) *layout.Scene {
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
	return s
}

// TestPlotQuality lays out every plot example and wants no text overflow,
// no overlapping labels and no mark outside its plot area.
func TestPlotQuality(t *testing.T) {
	for _, path := range plotExamples(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			g := layoutExample(t, path).Geometry()
			r := quality.Measure(g)
			if len(g.Marks) == 0 || len(g.Labels) == 0 {
				t.Errorf("%s: %d marks and %d labels measured, want some of each", path, len(g.Marks), len(g.Labels))
			}
			if r.TextOverflow != 0 || r.LabelOverlaps != 0 || r.MarksOutside != 0 || r.Invalid != 0 {
				t.Errorf("%s: text overflow %d, label overlaps %d, marks outside %d, invalid %d; want 0:\n%v",
					path, r.TextOverflow, r.LabelOverlaps, r.MarksOutside, r.Invalid, r.Problems)
			}
		})
	}
}

// TestPlotMarksInsideArea walks every plot area (a group with a clip) and
// wants each mark inside the clip, and each line or fill inside the plot
// area proper: the clip reaches markPad further, for markers on the edge.
func TestPlotMarksInsideArea(t *testing.T) {
	const markPad, eps = 8, 0.01
	inside := func(outer, r layout.Rect) bool {
		return r.X >= outer.X-eps && r.Y >= outer.Y-eps && r.Right() <= outer.Right()+eps && r.Bottom() <= outer.Bottom()+eps
	}
	for _, path := range plotExamples(t) {
		s := layoutExample(t, path)
		areas, marks := 0, 0
		layout.Walk(s.Items, func(it layout.Item) bool {
			g, ok := it.(*layout.Group)
			if !ok || g.Kind != "plot-area" {
				return true
			}
			areas++
			if g.Clip == (layout.Rect{}) {
				t.Errorf("%s: plot area without a clip", path)
				return false
			}
			tight := g.Clip.Inset(markPad)
			layout.Walk(g.Items, func(it layout.Item) bool {
				switch v := it.(type) {
				case *layout.Path:
					if v.Role != layout.RoleMark {
						return true
					}
					marks++
					b := v.Bounds()
					small := b.W < 2*markPad+2 && b.H < 2*markPad+2 && !v.Style.Fill.None
					if !inside(g.Clip, b) || !small && !inside(tight, b) {
						t.Errorf("%s: mark path %v outside the plot area %v", path, b, tight)
					}
				case *layout.Circle:
					if v.Role == layout.RoleMark {
						marks++
						if !inside(g.Clip, v.Bounds()) {
							t.Errorf("%s: marker %v outside the clip %v", path, v.Bounds(), g.Clip)
						}
					}
				case *layout.Box:
					if v.Role == layout.RoleMark && !inside(g.Clip, v.R) {
						t.Errorf("%s: mark box %v outside the clip %v", path, v.R, g.Clip)
					}
				}
				return true
			})
			return false
		})
		if areas == 0 || marks == 0 {
			t.Errorf("%s: %d plot areas with %d marks, want some", path, areas, marks)
		}
	}
}

// TestPlotIDs checks that the marks the animation targets can be found.
func TestPlotIDs(t *testing.T) {
	tests := []struct {
		path string
		ids  []string
	}{
		{"examples/plot-gradient-descent.diag", []string{"landscape", "loss", "descent", "descent.marker"}},
		{"examples/plot-kmeans.diag", []string{"clusters", "data", "data.centers"}},
		{"examples/plot-svm.diag", []string{"positive_side", "boundary", "positive", "negative"}},
		{"examples/plot-roc.diag", []string{"model", "auc", "chance"}},
	}
	for _, tt := range tests {
		s := layoutExample(t, tt.path)
		for _, id := range tt.ids {
			if s.Find(id) == nil {
				t.Errorf("%s: Find(%q) = nil, want the element", tt.path, id)
			}
		}
	}
}
