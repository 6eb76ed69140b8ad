package plotmath

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGridSamplesOnce checks that a Grid gives, for every level, the lines
// a fresh Contour gives, while evaluating f once per grid point and once
// per saddle centre, whatever the number of levels.
func TestGridSamplesOnce(t *testing.T) {
	calls := 0
	f := func(x, y float64) float64 { calls++; return math.Sin(3*x) * math.Sin(3*y) }
	g := NewGrid(f, -2, 2, -2, 2, 40, 30)
	if want := Samples(40, 30); calls != want || g.Evals() != want {
		t.Fatalf("NewGrid made %d calls, Evals %d, want %d", calls, g.Evals(), want)
	}
	plain := func(x, y float64) float64 { return math.Sin(3*x) * math.Sin(3*y) }
	for _, level := range []float64{-0.5, 0, 0.25, 0.5, 2} {
		want := Contour(plain, -2, 2, -2, 2, 40, 30, level)
		if diff := cmp.Diff(want, g.Contour(level)); diff != "" {
			t.Errorf("Grid.Contour(%g) mismatch (-want +got):\n%s", level, diff)
		}
	}
	if calls != g.Evals() {
		t.Errorf("f was called %d times, Evals says %d", calls, g.Evals())
	}
	before := calls
	g.Contour(0)
	g.Contour(0.25)
	if calls != before {
		t.Errorf("levels drawn again made %d more calls, want none", calls-before)
	}
	if got, want := Samples(0, 5000), 2*(MaxContourCells+1); got != want {
		t.Errorf("Samples(0, 5000) = %d, want %d", got, want)
	}
}
