package plotmath

import (
	"errors"
	"math"
	"testing"
)

// TestPolyFitHandCase checks a least-squares line worked by hand: through
// (0, 1), (1, 3), (2, 4), (3, 4), the normal equations
// [4 6; 6 14]·[a b] = [12 23] give b = 1.0, a = 1.5.
func TestPolyFitHandCase(t *testing.T) {
	p, err := PolyFit([]float64{0, 1, 2, 3}, []float64{1, 3, 4, 4}, 1)
	if err != nil {
		t.Fatal(err)
	}
	c := p.Monomial()
	if math.Abs(c[0]-1.5) > 1e-12 || math.Abs(c[1]-1.0) > 1e-12 {
		t.Errorf("line = %v, want [1.5 1]", c)
	}
	// A parabola through (−1, 1), (0, 0.5), (1, 1), (2, 4), from the
	// normal equations written out by hand with the sums n = 4, Σx = 2,
	// Σx² = 6, Σx³ = 8, Σx⁴ = 18, Σy = 6.5, Σxy = 8, Σx²y = 18.
	p, err = PolyFit([]float64{-1, 0, 1, 2}, []float64{1, 0.5, 1, 4}, 2)
	if err != nil {
		t.Fatal(err)
	}
	c = p.Monomial()
	want := solve3([3][3]float64{{4, 2, 6}, {2, 6, 8}, {6, 8, 18}}, [3]float64{6.5, 8, 18})
	for i := range 3 {
		if math.Abs(c[i]-want[i]) > 1e-12 {
			t.Errorf("parabola = %v, want %v", c, want)
			break
		}
	}
}

// solve3 solves a 3 × 3 system by Cramer's rule.
func solve3(a [3][3]float64, b [3]float64) [3]float64 {
	det := func(m [3][3]float64) float64 {
		return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) - m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) + m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
	}
	d := det(a)
	var out [3]float64
	for k := range 3 {
		m := a
		for i := range 3 {
			m[i][k] = b[i]
		}
		out[k] = det(m) / d
	}
	return out
}

// TestPolyFitRecovers checks that exact samples of a known polynomial give
// it back: its coefficients to 1e-9 at degree 3 and 5 over [−2, 3], and at
// degree 15 over [0, 10] its values at and between the samples to 1e-9 of
// their scale, from 40 samples. The normal equations in powers of x would
// lose every digit at degree 15 (the Vandermonde condition number of
// powers up to 10^15 squared passes 1e30).
func TestPolyFitRecovers(t *testing.T) {
	for _, coef := range [][]float64{{1, -2, 0.5, 3}, {0.3, 0, -1, 2, 0.25, -0.125}} {
		var xs, ys []float64
		for i := range 30 {
			x := -2 + 5*float64(i)/29
			xs, ys = append(xs, x), append(ys, horner(coef, x))
		}
		p, err := PolyFit(xs, ys, len(coef)-1)
		if err != nil {
			t.Fatal(err)
		}
		got := p.Monomial()
		for i := range coef {
			if math.Abs(got[i]-coef[i]) > 1e-9 {
				t.Errorf("degree %d: coefficients %v, want %v", len(coef)-1, got, coef)
				break
			}
		}
	}
	// Degree 15: the polynomial with roots at 0.5, 1.1, ..., 9.5 (16 − 1
	// of them), scaled.
	roots := make([]float64, 15)
	for i := range roots {
		roots[i] = 0.3 + 0.65*float64(i)
	}
	f := func(x float64) float64 {
		v := 1e-6
		for _, r := range roots {
			v *= x - r
		}
		return v
	}
	var xs, ys []float64
	for i := range 40 {
		x := 10 * float64(i) / 39
		xs, ys = append(xs, x), append(ys, f(x))
	}
	p, err := PolyFit(xs, ys, 15)
	if err != nil {
		t.Fatal(err)
	}
	scale := 0.0
	for _, y := range ys {
		scale = max(scale, math.Abs(y))
	}
	for i := range 400 {
		x := 10 * float64(i) / 399
		if d := math.Abs(p.Eval(x) - f(x)); d > 1e-9*scale {
			t.Fatalf("degree 15 at x = %g: %g, want %g (off by %g of scale %g)", x, p.Eval(x), f(x), d/scale, scale)
		}
	}
}

func horner(c []float64, x float64) float64 {
	v := 0.0
	for i := len(c) - 1; i >= 0; i-- {
		v = v*x + c[i]
	}
	return v
}

// TestPolyFitInterpolates checks that a degree-15 fit of 16 noisy points
// passes through every one, swinging between them as an overfit should.
func TestPolyFitInterpolates(t *testing.T) {
	r := NewRand(3)
	var xs, ys []float64
	for i := range 16 {
		x := float64(i) / 15
		xs, ys = append(xs, x), append(ys, math.Sin(2*math.Pi*x)+0.3*r.NormFloat64())
	}
	p, err := PolyFit(xs, ys, 15)
	if err != nil {
		t.Fatal(err)
	}
	for i := range xs {
		if d := math.Abs(p.Eval(xs[i]) - ys[i]); d > 1e-7 {
			t.Errorf("fit misses point %d by %g", i, d)
		}
	}
	swing := 0.0
	for i := range 300 {
		swing = max(swing, math.Abs(p.Eval(float64(i)/299)))
	}
	if swing < 2 {
		t.Errorf("degree-15 fit stays within %g: it should swing past the data", swing)
	}
}

// TestPolyFitErrors checks the inputs PolyFit refuses.
func TestPolyFitErrors(t *testing.T) {
	if _, err := PolyFit([]float64{1, 2, 2}, []float64{1, 2, 3}, 2); !errors.Is(err, ErrFewPoints) {
		t.Errorf("2 distinct x for degree 2: err = %v", err)
	}
	if _, err := PolyFit(nil, nil, 0); !errors.Is(err, ErrFewPoints) {
		t.Errorf("no points: err = %v", err)
	}
	if _, err := PolyFit([]float64{1, math.NaN()}, []float64{1, 2}, 1); err == nil {
		t.Error("NaN x: no error")
	}
	if _, err := PolyFit([]float64{1, 2}, []float64{1, math.Inf(1)}, 1); err == nil {
		t.Error("Inf y: no error")
	}
	if _, err := PolyFit([]float64{1, 2}, []float64{1, 2}, 21); err == nil {
		t.Error("degree 21: no error")
	}
	// Values near the float range are fitted or refused, never a panic.
	if p, err := PolyFit([]float64{-1e308, 0, 1e308}, []float64{1e308, -1e308, 1e308}, 1); err == nil {
		_ = p.Eval(0)
	}
}

// TestLogisticFit checks the fit of overlapping classes against the
// maximum-likelihood slope found by a fine search, and that separable
// classes give a steep but finite curve through their gap.
func TestLogisticFit(t *testing.T) {
	xs := []float64{0, 1, 2, 3, 4, 5, 6, 7}
	ys := []float64{0, 0, 1, 0, 1, 0, 1, 1}
	l, err := LogisticFit(xs, ys)
	if err != nil {
		t.Fatal(err)
	}
	// At the optimum the gradient of the log-likelihood vanishes.
	g0, g1 := 0.0, 0.0
	for i, x := range xs {
		p := l.Eval(x)
		g0 += p - ys[i]
		g1 += (p - ys[i]) * x
	}
	if math.Abs(g0) > 1e-6 || math.Abs(g1) > 0.05 { // g1 carries the small ridge
		t.Errorf("gradient at the fit (%g, %g) = (%g, %g), want about 0", l.A, l.B, g0, g1)
	}
	if mid := -l.A / l.B; math.Abs(mid-3.5) > 0.01 {
		t.Errorf("p = 0.5 at %g, want 3.5 by symmetry", mid)
	}
	sep, err := LogisticFit([]float64{0, 1, 2, 3}, []float64{0, 0, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	if !(sep.B > 3) || math.IsInf(sep.B, 0) || math.Abs(-sep.A/sep.B-1.5) > 1e-6 {
		t.Errorf("separable fit = %+v, want a steep finite slope centred at 1.5", sep)
	}
	if _, err := LogisticFit([]float64{0, 1}, []float64{0, 2}); err == nil {
		t.Error("label 2: no error")
	}
	if _, err := LogisticFit([]float64{1, 1}, []float64{0, 1}); !errors.Is(err, ErrFewPoints) {
		t.Errorf("one distinct x: err = %v", err)
	}
}

// TestMovingAverage checks a window of 3 by hand, on points given out of
// order.
func TestMovingAverage(t *testing.T) {
	got := MovingAverage([]float64{2, 0, 1, 3, 4}, []float64{6, 0, 3, 9, 12}, 3)
	want := []Point{{0, 0}, {1, 3}, {2, 6}, {3, 9}, {4, 12}}
	// Ends shrink the window: x = 0 averages itself only.
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("MovingAverage = %v, want %v", got, want)
		}
	}
	got = MovingAverage([]float64{0, 1, 2, 3}, []float64{0, 10, 0, 10}, 3)
	if got[1].Y != 10.0/3 || got[2].Y != 20.0/3 {
		t.Errorf("MovingAverage = %v", got)
	}
	if MovingAverage(nil, nil, 3) != nil {
		t.Error("no points gives points")
	}
}
