package diag_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
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

// TestPlotQuality lays out every plot example and wants no text overflow,
// no overlapping labels and no mark outside its plot area.
func TestPlotQuality(t *testing.T) {
	for _, path := range plotExamples(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, s := layoutExample(t, path)
			g := s.Geometry()
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
	inside := func(outer, r scene.Rect) bool {
		return r.X >= outer.X-eps && r.Y >= outer.Y-eps && r.Right() <= outer.Right()+eps && r.Bottom() <= outer.Bottom()+eps
	}
	for _, path := range plotExamples(t) {
		_, s := layoutExample(t, path)
		areas, marks := 0, 0
		scene.Walk(s.Items, func(it scene.Item) bool {
			g, ok := it.(*scene.Group)
			if !ok || g.Kind != scene.KindPlotArea {
				return true
			}
			areas++
			if g.Clip == (scene.Rect{}) {
				t.Errorf("%s: plot area without a clip", path)
				return false
			}
			tight := g.Clip.Inset(markPad)
			scene.Walk(g.Items, func(it scene.Item) bool {
				switch v := it.(type) {
				case *scene.Path:
					if v.Role != scene.RoleMark {
						return true
					}
					marks++
					b := v.Bounds()
					small := b.W < 2*markPad+2 && b.H < 2*markPad+2 && !v.Style.Fill.None
					if !inside(g.Clip, b) || !small && !inside(tight, b) {
						t.Errorf("%s: mark path %v outside the plot area %v", path, b, tight)
					}
				case *scene.Circle:
					if v.Role == scene.RoleMark {
						marks++
						if !inside(g.Clip, v.Bounds()) {
							t.Errorf("%s: marker %v outside the clip %v", path, v.Bounds(), g.Clip)
						}
					}
				case *scene.Box:
					if v.Role == scene.RoleMark && !inside(g.Clip, v.R) {
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
		_, s := layoutExample(t, tt.path)
		for _, id := range tt.ids {
			if s.Find(id) == nil {
				t.Errorf("%s: Find(%q) = nil, want the element", tt.path, id)
			}
		}
	}
}

// TestPlotHostile lays out plots with extreme ranges and formulas with
// poles and undefined stretches: each either lays out with finite
// coordinates everywhere or fails with a positioned error, and none panics.
func TestPlotHostile(t *testing.T) {
	big := "1" + strings.Repeat("0", 300)         // 1e300
	tiny := "0." + strings.Repeat("0", 299) + "1" // 1e-300
	bodies := []string{
		"x -" + big + " .. " + big + "\n curve y = x",
		"x " + tiny + " .. " + big + " log\n y " + tiny + " .. " + big + " log\n curve y = x^3\n contour z = x*y at 1",
		"x 0 .. 0.000000000001\n curve y = sin(x)",
		"curve y = 1/x\n curve y = tan(x)\n curve y = log(x)\n curve y = sqrt(-x)",
		"x -3 .. 3\n y -3 .. 3\n contour z = 1/(x*y) at 0 1 -1\n region x > 0\n region 0*x + y < 1000",
		"y 0.1 .. 10 log\n curve f: y = x - 0.5\n area a under f\n points linspace n=50 y = x - 0.5",
		"points blobs seed=2147483648 k=8 n=2000 spread=1 centers",
		"x 1 .. 2\n y 1 .. 2\n label (5, 5) \"far away\" -> (-5, -5)\n path p (0, 0) (10, 10) marker dot arrow \"p\"",
		"x 0 .. 1\n y 0 .. 1\n curve y = exp(1000*x)\n rule x = 2\n rule y = 1e300*x",
		"legend\n curve y = x \"a very long label that is much wider than the whole plot area is, and then some more words\"",
	}
	laidOut := 0
	for _, body := range bodies {
		src := "plot hostile {\n " + body + "\n}\n"
		d, _, err := dsl.Compile("t.diag", []byte(src))
		if err != nil {
			t.Logf("Compile(%q): %v", src, err)
			continue
		}
		s, err := layout.Layout(d)
		if err != nil {
			t.Logf("Layout(%q): %v", src, err)
			if _, ok := err.(diagram.ErrorList); !ok {
				t.Errorf("Layout(%q): error %T, want a diagram.ErrorList", src, err)
			}
			continue
		}
		if r := quality.Measure(s.Geometry()); r.Invalid != 0 || r.MarksOutside != 0 {
			t.Errorf("Layout(%q): %d invalid items, %d marks outside: %v", src, r.Invalid, r.MarksOutside, r.Problems)
		}
		laidOut++
		scene.Walk(s.Items, func(it scene.Item) bool {
			b := it.Bounds()
			for _, v := range []float64{b.X, b.Y, b.W, b.H} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Errorf("Layout(%q): item %T has bounds %v", src, it, b)
					return false
				}
			}
			return true
		})
	}
	if laidOut < len(bodies)-2 {
		t.Errorf("%d of %d hostile plots laid out, want all but at most 2", laidOut, len(bodies))
	}
}

// TestPlotFrames checks that each plot reports where its data coordinates
// land, for animations that move a mark to a data point.
func TestPlotFrames(t *testing.T) {
	_, s := layoutExample(t, "examples/plot-row.diag")
	var got []string
	for _, f := range s.Plots {
		got = append(got, fmt.Sprintf("%s x %g..%g y %g..%g %gx%g", f.ID, f.X0, f.X1, f.Y0, f.Y1, f.Area.W, f.Area.H))
	}
	want := []string{
		"sigmoid_panel x -5..5 y -1..1 220x160",
		"tanh_panel x -5..5 y -1..1 220x160",
		"relu_panel x -5..5 y -1..5 220x160",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Layout(plot-row).Plots mismatch (-want +got):\n%s", diff)
	}
}

// FuzzPlot compiles and lays out plot statements: no input may panic, and
// every error must carry a position.
func FuzzPlot(f *testing.F) {
	for _, path := range []string{"examples/plot-gradient-descent.diag", "examples/plot-svm.diag", "examples/plot-regularization.diag", "examples/plot-roc.diag", "examples/plot-kmeans.diag"} {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("plot {\n x 0.001 .. 1000 log\n curve y = 1/x\n region y > x\n points linspace n=9 y = x^2 marker cross\n}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<12 {
			return
		}
		d, _, err := dsl.Compile("fuzz.diag", src)
		if err == nil {
			_, err = layout.Layout(d)
		}
		if err == nil {
			return
		}
		list, ok := err.(diagram.ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("Compile(%q): error %v of type %T", src, err, err)
		}
		for _, e := range list {
			if !e.Pos.IsValid() || e.Msg == "" {
				t.Fatalf("Compile(%q): error without a position: %#v", src, e)
			}
		}
	})
}
