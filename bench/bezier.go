package main

import "math"

// flatness is the largest distance, in px, between a flattened curve and
// its chords.
const flatness = 1.0

// flattenCubicPath turns a path of cubic Bézier segments, given as a start
// point followed by (control, control, end) triples, into a polyline whose
// chords stay within tol of the curve. Points left over after the last
// whole triple are appended as straight segments.
func flattenCubicPath(pts [][2]float64, tol float64) [][2]float64 {
	if len(pts) < 4 {
		return pts
	}
	out := [][2]float64{pts[0]}
	i := 1
	for ; i+2 < len(pts); i += 3 {
		out = flattenCubic(out, pts[i-1], pts[i], pts[i+1], pts[i+2], tol, 0)
	}
	return append(out, pts[i:]...)
}

// flattenCubic appends the polyline of one cubic Bézier segment (without
// its start point) to out. It splits the curve in halves until both control
// points lie within tol of the chord, which bounds the distance of the
// curve from the chord.
func flattenCubic(out [][2]float64, p0, p1, p2, p3 [2]float64, tol float64, depth int) [][2]float64 {
	if depth >= 16 || (distToSegment(p1, p0, p3) <= tol && distToSegment(p2, p0, p3) <= tol) {
		return append(out, p3)
	}
	mid := func(a, b [2]float64) [2]float64 { return [2]float64{(a[0] + b[0]) / 2, (a[1] + b[1]) / 2} }
	p01, p12, p23 := mid(p0, p1), mid(p1, p2), mid(p2, p3)
	p012, p123 := mid(p01, p12), mid(p12, p23)
	m := mid(p012, p123)
	out = flattenCubic(out, p0, p01, p012, m, tol, depth+1)
	return flattenCubic(out, m, p123, p23, p3, tol, depth+1)
}

// distToSegment returns the distance from p to the segment ab.
func distToSegment(p, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = ((p[0]-a[0])*dx + (p[1]-a[1])*dy) / l2
		t = math.Max(0, math.Min(1, t))
	}
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}
