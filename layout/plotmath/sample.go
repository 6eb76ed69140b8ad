package plotmath

import "math"

// Limits of SampleCurve.
const (
	// sampleIntervals is the number of uniform intervals sampling starts
	// from.
	sampleIntervals = 32
	// sampleMaxDepth bounds the halvings of one initial interval: 2^-32 of
	// its width is far below a pixel and close enough to a pole or the edge
	// of f's domain for the curve to leave any plot.
	sampleMaxDepth = 32
	// sampleMaxPoints bounds the points of one curve, for functions such as
	// sin(1/x) that no tolerance can follow.
	sampleMaxPoints = 1 << 15
	// longChord is the screen length above which a chord is also checked at
	// its quarter points, so a wiggle or a pole that happens to pass near
	// the midpoint is not missed.
	longChord = 16
)

// SampleCurve samples y = f(x) for x from x0 to x1 and returns the curve in
// screen space as polylines: toScreen maps a data point to the screen, and
// between any two consecutive points of a polyline the true curve stays
// within tol screen units of the straight chord (tol ≤ 0 means 0.5, half a
// pixel). Sampling starts from a uniform grid of 32 intervals and halves an
// interval while the curve's midpoint strays from the chord, so straight
// stretches get few points and bends many.
//
// The curve is cut into separate pieces wherever f is NaN or ±Inf (log(x)
// for x ≤ 0, 1/x at 0) and at poles and jumps (tan(x) at π/2), found by
// halving down to 2^-32 of an initial interval: a chord that still
// fails there is a jump, not a steep curve. Points whose screen coordinates
// are not finite are dropped too. Stretches far off the plot on one side
// are dropped as well (beyond ten times the curve's screen x extent, or ten
// times its distance from the origin, above or below): they are invisible,
// and that is where a pole such as 1/x^2 at 0, which never changes side,
// gets cut. toScreen must therefore map to pixels of a picture that
// contains the origin region, as a layout does. Pieces of a single point
// are left out.
// At most 32768 points are made; past that, the remaining intervals are
// taken as they are. It returns nil when x0 or x1 is not finite or they are
// equal.
func SampleCurve(f func(float64) float64, x0, x1 float64, toScreen func(x, y float64) (float64, float64), tol float64) [][]Point {
	if !finite(x0) || !finite(x1) || x0 == x1 {
		return nil
	}
	if !(tol > 0) {
		tol = 0.5
	}
	s := &sampler{f: f, toScreen: toScreen, tol: tol}
	grid := make([]sample, sampleIntervals+1)
	for i := range grid {
		x := x0 + (x1-x0)*float64(i)/sampleIntervals
		if i == sampleIntervals {
			x = x1
		}
		grid[i] = s.at(x)
	}
	s.setFar(grid)
	s.add(grid[0])
	for i := 1; i < len(grid); i++ {
		s.refine(grid[i-1], grid[i], 0)
	}
	s.cut()
	return s.pieces
}

// setFar sets the far bound from the screen x extent of the grid: a point
// more than ten times that extent (or ten times its distance from the
// origin) above or below is far off any plot.
func (s *sampler) setFar(grid []sample) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, g := range grid {
		if g.ok {
			lo, hi = math.Min(lo, g.p.X), math.Max(hi, g.p.X)
		}
	}
	if lo > hi {
		return // nothing defined; far is unused
	}
	s.far = 10 * math.Max(hi-lo, math.Max(math.Abs(lo), math.Abs(hi)))
}

// side returns 1 for a point far below the plot (large screen y), -1 for
// one far above it, and 0 otherwise.
func (s *sampler) side(a sample) int {
	switch {
	case s.far == 0:
		return 0
	case a.p.Y > s.far:
		return 1
	case a.p.Y < -s.far:
		return -1
	}
	return 0
}

// sample is one evaluated point: data x, screen position, and whether the
// point is defined (f and the screen position finite).
type sample struct {
	x  float64
	p  Point
	ok bool
}

// sampler holds the state of one SampleCurve call.
type sampler struct {
	f        func(float64) float64
	toScreen func(x, y float64) (float64, float64)
	tol      float64
	far      float64 // beyond ±far in screen y a point is far off the plot
	pieces   [][]Point
	piece    []Point
	count    int // points made so far
}

// at evaluates the curve at x.
func (s *sampler) at(x float64) sample {
	s.count++
	y := s.f(x)
	if !finite(y) {
		return sample{x: x}
	}
	sx, sy := s.toScreen(x, y)
	return sample{x: x, p: Point{sx, sy}, ok: finite(sx) && finite(sy)}
}

// add appends a sample to the current piece, or ends the piece at an
// undefined one.
func (s *sampler) add(a sample) {
	if !a.ok {
		s.cut()
		return
	}
	s.piece = append(s.piece, a.p)
}

// cut ends the current piece.
func (s *sampler) cut() {
	if len(s.piece) > 1 {
		s.pieces = append(s.pieces, s.piece)
	}
	s.piece = nil
}

// refine emits what lies strictly between a and b, then b; a has been
// emitted already.
func (s *sampler) refine(a, b sample, depth int) {
	if depth >= sampleMaxDepth || s.count >= sampleMaxPoints {
		if a.ok && b.ok && s.count < sampleMaxPoints && dist(a.p, b.p) > s.tol {
			s.cut() // a jump: the chord still fails at the finest scale
			s.piece = append(s.piece, b.p)
			return
		}
		s.add(b)
		return
	}
	m := s.at(a.x + (b.x-a.x)/2)
	switch {
	case a.ok && b.ok && m.ok:
		if sa := s.side(a); sa != 0 && sa == s.side(m) && sa == s.side(b) {
			// Far off the plot on one side: nothing to draw, and a pole of
			// 1/x^2 would hide here. Cut.
			s.cut()
			s.piece = append(s.piece, b.p)
			return
		}
		if s.fits(a, m, b) {
			s.add(b)
			return
		}
	case !a.ok && !b.ok && !m.ok:
		s.add(b) // undefined throughout, as far as sampling can tell
		return
	}
	s.refine(a, m, depth+1)
	s.refine(m, b, depth+1)
}

// fits reports whether the chord from a to b stays within tol of the curve,
// judged at the midpoint m and, for long chords, at the quarter points.
func (s *sampler) fits(a, m, b sample) bool {
	if segmentDist(m.p, a.p, b.p) > s.tol {
		return false
	}
	if dist(a.p, b.p) <= longChord {
		return true
	}
	for _, t := range [2]float64{0.25, 0.75} {
		q := s.at(a.x + (b.x-a.x)*t)
		if !q.ok || segmentDist(q.p, a.p, b.p) > s.tol {
			return false
		}
	}
	return true
}

// dist returns the distance between p and q.
func dist(p, q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

// segmentDist returns the distance from p to the segment from a to b.
func segmentDist(p, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return dist(p, a)
	}
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / l2
	t = math.Max(0, math.Min(1, t))
	return dist(p, Point{a.X + t*dx, a.Y + t*dy})
}
