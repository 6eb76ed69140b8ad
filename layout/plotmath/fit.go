package plotmath

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// MaxFitDegree is the highest degree PolyFit accepts.
const MaxFitDegree = 20

// Poly is a polynomial fitted by PolyFit, kept in a well-conditioned form:
// a sum of Chebyshev polynomials T_k(t) of t = (x − Center)/Scale, which
// maps the data's x range onto [−1, 1].
type Poly struct {
	// Cheb are the coefficients of T_0, T_1, ... T_degree.
	Cheb          []float64
	Center, Scale float64
}

// Degree returns the degree of the polynomial.
func (p Poly) Degree() int { return len(p.Cheb) - 1 }

// Eval returns the polynomial at x, by Clenshaw's recurrence.
func (p Poly) Eval(x float64) float64 {
	if len(p.Cheb) == 0 {
		return math.NaN()
	}
	t := (x - p.Center) / p.Scale
	var b1, b2 float64
	for k := len(p.Cheb) - 1; k >= 1; k-- {
		b1, b2 = 2*t*b1-b2+p.Cheb[k], b1
	}
	return t*b1 - b2 + p.Cheb[0]
}

// Monomial returns the coefficients c of the polynomial in powers of x,
// c[0] + c[1]·x + ... Converting loses the conditioning of the Chebyshev
// form: use it for low degrees and for tests, and Eval to draw.
func (p Poly) Monomial() []float64 {
	n := len(p.Cheb)
	if n == 0 {
		return nil
	}
	// Powers of t: T_0 = 1, T_1 = t, T_k = 2t·T_(k−1) − T_(k−2).
	inT := make([]float64, n)
	prev, cur := []float64{1}, []float64{0, 1}
	for k := range n {
		var tk []float64
		switch k {
		case 0:
			tk = prev
		case 1:
			tk = cur
		default:
			next := make([]float64, k+1)
			for i, c := range cur {
				next[i+1] += 2 * c
			}
			for i, c := range prev {
				next[i] -= c
			}
			prev, cur = cur, next
			tk = next
		}
		for i, c := range tk {
			inT[i] += p.Cheb[k] * c
		}
	}
	// Substitute t = (x − c)/s: t^j = Σ_i C(j, i) x^i (−c)^(j−i) / s^j.
	out := make([]float64, n)
	for j, a := range inT {
		if a == 0 {
			continue
		}
		sj := math.Pow(p.Scale, float64(j))
		binom := 1.0
		for i := 0; i <= j; i++ {
			if i > 0 {
				binom = binom * float64(j-i+1) / float64(i)
			}
			out[i] += a * binom * math.Pow(-p.Center, float64(j-i)) / sj
		}
	}
	return out
}

// ErrFewPoints is returned by PolyFit when the points do not determine a
// polynomial of the degree asked for.
var ErrFewPoints = errors.New("too few distinct x values")

// PolyFit returns the least-squares polynomial of the given degree through
// the points (xs[i], ys[i]). It solves the problem in the Chebyshev basis
// of the x range mapped onto [−1, 1], by Householder QR of the design
// matrix, never by the normal equations, so it stays accurate at degree 15
// and beyond, where the normal equations square an already large condition
// number. It needs finite values, at least degree + 1 distinct x, and a
// degree from 0 to MaxFitDegree; otherwise it returns an error (wrapping
// ErrFewPoints for too few distinct x).
func PolyFit(xs, ys []float64, degree int) (Poly, error) {
	if degree < 0 || degree > MaxFitDegree {
		return Poly{}, fmt.Errorf("degree %d is out of range 0 to %d", degree, MaxFitDegree)
	}
	if len(xs) != len(ys) {
		return Poly{}, errors.New("xs and ys differ in length")
	}
	for i := range xs {
		if !finite(xs[i]) || !finite(ys[i]) {
			return Poly{}, fmt.Errorf("point %d is not finite", i+1)
		}
	}
	if d := distinct(xs); d < degree+1 {
		return Poly{}, fmt.Errorf("%w: a degree-%d polynomial needs %d, the points have %d", ErrFewPoints, degree, degree+1, d)
	}
	lo, hi := slices.Min(xs), slices.Max(xs)
	center, scale := lo/2+hi/2, hi/2-lo/2
	if !(scale > 0) || !finite(scale) {
		center, scale = lo, 1
	}
	m, n := len(xs), degree+1
	a := make([][]float64, m) // row i: T_0(t_i) ... T_degree(t_i)
	for i, x := range xs {
		t := (x - center) / scale
		row := make([]float64, n)
		row[0] = 1
		if n > 1 {
			row[1] = t
		}
		for k := 2; k < n; k++ {
			row[k] = 2*t*row[k-1] - row[k-2]
		}
		a[i] = row
	}
	b := slices.Clone(ys)
	coef, ok := leastSquaresQR(a, b, n)
	if !ok {
		return Poly{}, fmt.Errorf("%w: the points do not determine a degree-%d polynomial", ErrFewPoints, degree)
	}
	return Poly{Cheb: coef, Center: center, Scale: scale}, nil
}

// leastSquaresQR solves min ‖A·c − b‖ for the m × n matrix a (rows, m ≥ n)
// by Householder reflections, overwriting a and b. It reports false when A
// is rank-deficient to working precision.
func leastSquaresQR(a [][]float64, b []float64, n int) ([]float64, bool) {
	m := len(a)
	diag := make([]float64, n)
	for k := range n {
		norm := 0.0
		for i := k; i < m; i++ {
			norm = math.Hypot(norm, a[i][k])
		}
		if norm == 0 {
			return nil, false
		}
		if a[k][k] > 0 {
			norm = -norm
		}
		// v = a[k:, k] − norm·e_1, kept in place; H = I − v vᵀ / (−norm·v_1).
		a[k][k] -= norm
		beta := -norm * a[k][k]
		for j := k + 1; j < n; j++ {
			s := 0.0
			for i := k; i < m; i++ {
				s += a[i][k] * a[i][j]
			}
			s /= beta
			for i := k; i < m; i++ {
				a[i][j] -= s * a[i][k]
			}
		}
		s := 0.0
		for i := k; i < m; i++ {
			s += a[i][k] * b[i]
		}
		s /= beta
		for i := k; i < m; i++ {
			b[i] -= s * a[i][k]
		}
		diag[k] = norm
	}
	// R is diag on its diagonal and a above it.
	scale := math.Abs(diag[0])
	for _, d := range diag {
		scale = max(scale, math.Abs(d))
	}
	c := make([]float64, n)
	for k := n - 1; k >= 0; k-- {
		if math.Abs(diag[k]) <= 1e-13*scale*float64(m) {
			return nil, false
		}
		s := b[k]
		for j := k + 1; j < n; j++ {
			s -= a[k][j] * c[j]
		}
		c[k] = s / diag[k]
	}
	return c, true
}

// distinct counts the distinct values of xs.
func distinct(xs []float64) int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return len(slices.Compact(s))
}

// Logistic is a fitted logistic curve p(x) = σ(A + B·x).
type Logistic struct{ A, B float64 }

// Eval returns σ(A + B·x), computed without overflow.
func (l Logistic) Eval(x float64) float64 {
	z := l.A + l.B*x
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	ez := math.Exp(z)
	return ez / (1 + ez)
}

// logisticRidge is the L2 penalty on the slope of LogisticFit, in units of
// the standardized x: small enough not to move a fit of overlapping
// classes visibly, large enough that perfectly separated classes, whose
// unpenalized slope is infinite, get a steep but finite one.
const logisticRidge = 1e-3

// LogisticFit fits p(x) = σ(A + B·x) to labels ys in [0, 1] by maximum
// likelihood, with Newton's method (iteratively reweighted least squares)
// on standardized x and a small ridge penalty on the slope, so that
// separable classes give a finite, steep curve. It needs finite values, a
// label in [0, 1] for every point and at least two distinct x.
func LogisticFit(xs, ys []float64) (Logistic, error) {
	if len(xs) != len(ys) {
		return Logistic{}, errors.New("xs and ys differ in length")
	}
	for i := range xs {
		if !finite(xs[i]) || !finite(ys[i]) {
			return Logistic{}, fmt.Errorf("point %d is not finite", i+1)
		}
		if ys[i] < 0 || ys[i] > 1 {
			return Logistic{}, fmt.Errorf("point %d has y = %g; a logistic fit takes labels from 0 to 1", i+1, ys[i])
		}
	}
	if distinct(xs) < 2 {
		return Logistic{}, fmt.Errorf("%w: a logistic fit needs 2, the points have %d", ErrFewPoints, distinct(xs))
	}
	n := float64(len(xs))
	mean := 0.0
	for _, x := range xs {
		mean += x / n
	}
	sd := 0.0
	for _, x := range xs {
		sd += (x - mean) * (x - mean) / n
	}
	sd = math.Sqrt(sd)
	a, b := 0.0, 0.0 // in standardized x
	for range 100 {
		// Gradient and Hessian of the penalized negative log-likelihood.
		g0, g1 := 0.0, logisticRidge*n*b
		h00, h01, h11 := 0.0, 0.0, logisticRidge*n
		for i, x := range xs {
			z := (x - mean) / sd
			p := Logistic{a, b}.Eval(z)
			w := max(p*(1-p), 1e-12)
			g0 += p - ys[i]
			g1 += (p - ys[i]) * z
			h00 += w
			h01 += w * z
			h11 += w * z * z
		}
		det := h00*h11 - h01*h01
		if !(det > 0) {
			break
		}
		da := (h11*g0 - h01*g1) / det
		db := (h00*g1 - h01*g0) / det
		a, b = a-da, b-db
		if math.Abs(da)+math.Abs(db) < 1e-12 {
			break
		}
	}
	// σ(a + b·(x − mean)/sd) = σ((a − b·mean/sd) + (b/sd)·x).
	return Logistic{A: a - b*mean/sd, B: b / sd}, nil
}

// MovingAverage returns the centred moving average of the points over
// windows of the given number of points, in order of x: point i of the
// result is at x_i with the mean of the y of the window around it, which
// shrinks at the ends so that it stays centred. Points of equal x keep
// their order.
func MovingAverage(xs, ys []float64, window int) []Point {
	n := min(len(xs), len(ys))
	if n == 0 || window < 1 {
		return nil
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		switch {
		case xs[i] < xs[j]:
			return -1
		case xs[i] > xs[j]:
			return 1
		}
		return 0
	})
	half := (window - 1) / 2
	out := make([]Point, 0, n)
	for k := range n {
		h := min(half, k, n-1-k)
		lo, hi := k-h, k+h+(window-1)%2
		if hi > n-1 {
			hi = n - 1
		}
		sum := 0.0
		for j := lo; j <= hi; j++ {
			sum += ys[idx[j]]
		}
		out = append(out, Point{X: xs[idx[k]], Y: sum / float64(hi-lo+1)})
	}
	return out
}
