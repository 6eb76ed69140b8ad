package plotmath

import (
	"math"
	"testing"
)

// view maps data [x0, x1] × [y0, y1] to a 400 × 300 px plot, y down.
type view struct{ x0, x1, y0, y1 float64 }

func (v view) toScreen(x, y float64) (float64, float64) {
	return (x - v.x0) / (v.x1 - v.x0) * 400, 300 - (y-v.y0)/(v.y1-v.y0)*300
}

func (v view) dataX(sx float64) float64 { return v.x0 + sx/400*(v.x1-v.x0) }

type curveCase struct {
	name      string
	f         func(float64) float64
	v         view
	maxPoints int // a loose bound on the points used
	pieces    int
}

var curveCases = []curveCase{
	{"x^2", func(x float64) float64 { return x * x }, view{-3, 3, 0, 9}, 200, 1},
	{"line", func(x float64) float64 { return 2*x + 1 }, view{-3, 3, -5, 7}, 33, 1},
	{"sin(10x)", func(x float64) float64 { return math.Sin(10 * x) }, view{-3, 3, -1.2, 1.2}, 1500, 1},
	{"sigmoid", func(x float64) float64 { return 1 / (1 + math.Exp(-4*x)) }, view{-3, 3, 0, 1}, 200, 1},
	{"abs", math.Abs, view{-3, 3, 0, 3}, 40, 1},
	{"1/x", func(x float64) float64 { return 1 / x }, view{-3, 3, -5, 5}, 600, 2},
	{"1/x off-grid", func(x float64) float64 { return 1 / x }, view{-2.9, 3.1, -5, 5}, 600, 2},
	{"1/x^2", func(x float64) float64 { return 1 / (x * x) }, view{-2.9, 3.1, 0, 10}, 600, 2},
	{"tan", math.Tan, view{-5, 5, -4, 4}, 1500, 5},
	{"log", math.Log, view{-1, 3, -3, 2}, 400, 1},
	{"sqrt", math.Sqrt, view{-1, 3, 0, 2}, 400, 1},
}

// TestSampleCurveChordError checks the promise of SampleCurve: between
// consecutive samples the true curve stays within tol of the chord, checked
// at the midpoint and the quarter points of every segment, in screen space.
func TestSampleCurveChordError(t *testing.T) {
	const tol = 0.5
	for _, c := range curveCases {
		pieces := SampleCurve(c.f, c.v.x0, c.v.x1, c.v.toScreen, tol)
		if len(pieces) != c.pieces {
			t.Errorf("%s: %d pieces, want %d", c.name, len(pieces), c.pieces)
		}
		points := 0
		for _, piece := range pieces {
			points += len(piece)
			for i := 1; i < len(piece); i++ {
				a, b := piece[i-1], piece[i]
				xa, xb := c.v.dataX(a.X), c.v.dataX(b.X)
				for _, t0 := range []float64{0.25, 0.5, 0.75} {
					x := xa + (xb-xa)*t0
					sx, sy := c.v.toScreen(x, c.f(x))
					if d := segmentDist(Point{sx, sy}, a, b); !(d <= tol+1e-9) {
						t.Errorf("%s: the curve at x = %v is %.3g px from the chord %v–%v, more than %v", c.name, x, d, a, b, tol)
					}
				}
			}
		}
		if points > c.maxPoints {
			t.Errorf("%s: %d points, want at most %d", c.name, points, c.maxPoints)
		}
	}
}

// TestSampleCurvePoles checks that no segment spans a pole and that the
// pieces next to a pole run off the plot, so the cut is not visible.
func TestSampleCurvePoles(t *testing.T) {
	v := view{-5, 5, -4, 4}
	pieces := SampleCurve(math.Tan, v.x0, v.x1, v.toScreen, 0.5)
	poles := []float64{-3 * math.Pi / 2, -math.Pi / 2, math.Pi / 2, 3 * math.Pi / 2}
	for pi, piece := range pieces {
		for i := 1; i < len(piece); i++ {
			xa, xb := v.dataX(piece[i-1].X), v.dataX(piece[i].X)
			for _, p := range poles {
				if xa <= p && p <= xb {
					t.Errorf("tan: segment from x = %v to %v spans the pole at %v", xa, xb, p)
				}
			}
		}
		// Every piece but the outer ends rises above and falls below the
		// plot; the outer pieces do so on their pole side.
		first, last := piece[0], piece[len(piece)-1]
		if pi > 0 && first.Y < 300 {
			t.Errorf("tan: piece %d starts at screen y %v, inside the plot", pi, first.Y)
		}
		if pi < len(pieces)-1 && last.Y > 0 {
			t.Errorf("tan: piece %d ends at screen y %v, inside the plot", pi, last.Y)
		}
	}

	// 1/x cut at 0, each side reaching far beyond the plot.
	v = view{-2.9, 3.1, -5, 5}
	pieces = SampleCurve(func(x float64) float64 { return 1 / x }, v.x0, v.x1, v.toScreen, 0.5)
	if len(pieces) != 2 {
		t.Fatalf("1/x: %d pieces, want 2", len(pieces))
	}
	if end := pieces[0][len(pieces[0])-1]; end.Y < 3000 {
		t.Errorf("1/x: the left piece ends at screen y %v, want far below the plot", end.Y)
	}
	if start := pieces[1][0]; start.Y > -3000 {
		t.Errorf("1/x: the right piece starts at screen y %v, want far above the plot", start.Y)
	}
}

// TestSampleCurveDomainEdge checks that a curve defined only for x ≥ 0
// starts at the edge of its domain.
func TestSampleCurveDomainEdge(t *testing.T) {
	v := view{-1, 3, 0, 2}
	pieces := SampleCurve(math.Sqrt, v.x0, v.x1, v.toScreen, 0.5)
	if len(pieces) != 1 {
		t.Fatalf("sqrt: %d pieces, want 1", len(pieces))
	}
	if x := v.dataX(pieces[0][0].X); x < 0 || x > 1e-6 {
		t.Errorf("sqrt: starts at x = %v, want within 1e-6 of 0", x)
	}
	if v.x1 != v.dataX(pieces[0][len(pieces[0])-1].X) {
		t.Errorf("sqrt: does not end at x1")
	}
}

// TestSampleCurveBounded checks that a function no tolerance can follow
// stops at the point cap, and that undefined functions give nothing.
func TestSampleCurveBounded(t *testing.T) {
	v := view{-1, 1, -1, 1}
	pieces := SampleCurve(func(x float64) float64 { return math.Sin(1 / x) }, v.x0, v.x1, v.toScreen, 0.5)
	n := 0
	for _, p := range pieces {
		n += len(p)
	}
	if n == 0 || n > sampleMaxPoints {
		t.Errorf("sin(1/x): %d points, want 1..%d", n, sampleMaxPoints)
	}
	if got := SampleCurve(func(float64) float64 { return math.NaN() }, 0, 1, v.toScreen, 0.5); got != nil {
		t.Errorf("NaN curve: got %d pieces, want none", len(got))
	}
	if got := SampleCurve(math.Sin, 0, math.Inf(1), v.toScreen, 0.5); got != nil {
		t.Errorf("infinite range: got %d pieces, want none", len(got))
	}
}

func BenchmarkSampleCurve(b *testing.B) {
	for _, c := range curveCases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				SampleCurve(c.f, c.v.x0, c.v.x1, c.v.toScreen, 0.5)
			}
		})
	}
}

// TestSampleCurveReversed checks that a range from right to left samples
// the same curve, in that order.
func TestSampleCurveReversed(t *testing.T) {
	v := view{-3, 3, 0, 9}
	sq := func(x float64) float64 { return x * x }
	fwd := SampleCurve(sq, -3, 3, v.toScreen, 0.5)
	rev := SampleCurve(sq, 3, -3, v.toScreen, 0.5)
	if len(fwd) != 1 || len(rev) != 1 {
		t.Fatalf("got %d and %d pieces, want 1 each", len(fwd), len(rev))
	}
	if first, last := rev[0][0], fwd[0][len(fwd[0])-1]; first != last {
		t.Errorf("reversed curve starts at %v, want %v", first, last)
	}
}
