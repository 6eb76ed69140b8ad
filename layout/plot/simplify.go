package plot

import (
	"math"

	"github.com/aiprep/diag/scene"
)

// simplifyTol is how far, in px, simplify may move a sampled curve: with
// sampleTol it keeps every drawn curve within half a pixel of the truth.
const (
	sampleTol   = 0.4
	simplifyTol = 0.1
)

// simplify drops the points of a polyline that lie within tol of the line
// through the points kept around them (Ramer–Douglas–Peucker), so that a
// straight stretch keeps only its ends. The first and last points stay.
func simplify(pts []scene.Point, tol float64) []scene.Point {
	if len(pts) < 3 {
		return pts
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(pts) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		far, at := -1.0, -1
		for i := s.a + 1; i < s.b; i++ {
			if d := segmentDistance(pts[i], pts[s.a], pts[s.b]); d > far {
				far, at = d, i
			}
		}
		if at >= 0 && !(far <= tol) {
			keep[at] = true
			stack = append(stack, span{s.a, at}, span{at, s.b})
		}
	}
	out := make([]scene.Point, 0, len(pts))
	for i, k := range keep {
		if k {
			out = append(out, pts[i])
		}
	}
	return out
}

// segmentDistance returns the distance from p to the segment ab.
func segmentDistance(p, a, b scene.Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = max(0, min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2))
	}
	return math.Hypot(p.X-a.X-t*dx, p.Y-a.Y-t*dy)
}
