package quality

import "math"

// point is a route vertex.
type point struct{ x, y float64 }

func (p point) sub(q point) point { return point{p.x - q.x, p.y - q.y} }

func cross(u, v point) float64 { return u.x*v.y - u.y*v.x }

func dot(u, v point) float64 { return u.x*v.x + u.y*v.y }

// orient returns the cross product (b-a)×(c-a): positive when c lies to one
// side of the line through a and b, negative on the other, 0 on it.
func orient(a, b, c point) float64 { return cross(b.sub(a), c.sub(a)) }

// segmentBox returns the bounding box of the segment from p to q.
func segmentBox(p, q point) rect {
	return rect{min(p.x, q.x), min(p.y, q.y), max(p.x, q.x), max(p.y, q.y)}
}

// oppositeSigns reports whether a and b are both nonzero with opposite signs.
func oppositeSigns(a, b float64) bool { return (a > 0 && b < 0) || (a < 0 && b > 0) }

// onSegment reports whether c, known to lie on the line through a and b,
// lies on the closed segment between them.
func onSegment(a, b, c point) bool { return segmentBox(a, b).containsPoint(c) }

// crossingPoint reports whether routes a and b cross where segment i of a
// (from a[i] to a[i+1]) meets segment j of b, and where. Routes must have no
// two equal consecutive points (see cleanRoute).
//
// A proper crossing of the two segments' insides is a crossing. When the
// segments only touch, the meeting point is a route vertex; it is handled
// only by the segments that start at it, so that it is seen once, and it is
// a crossing only when the routes pass to opposite sides there (see
// separates). A meeting at a route's first or last point, and collinear
// overlap, are never crossings.
func crossingPoint(a []point, i int, b []point, j int) (point, bool) {
	p, q := a[i], a[i+1]
	r, s := b[j], b[j+1]
	d1, d2 := orient(r, s, p), orient(r, s, q)
	d3, d4 := orient(p, q, r), orient(p, q, s)
	if oppositeSigns(d1, d2) && oppositeSigns(d3, d4) {
		t := d1 / (d1 - d2)
		return point{p.x + t*(q.x-p.x), p.y + t*(q.y-p.y)}, true
	}
	if d1 == 0 && d2 == 0 || d3 == 0 && d4 == 0 {
		return point{}, false // collinear
	}
	// The segments can meet only at an end point of one of them lying on the
	// other. Meetings at the end of a segment belong to the next segment.
	if d2 == 0 && onSegment(r, s, q) || d4 == 0 && onSegment(p, q, s) {
		return point{}, false
	}
	var at point
	switch {
	case d1 == 0 && onSegment(r, s, p):
		at = p
	case d3 == 0 && onSegment(p, q, r):
		at = r
	default:
		return point{}, false
	}
	a1, a2, ok := directionsAt(a, i, at)
	if !ok {
		return point{}, false
	}
	b1, b2, ok := directionsAt(b, j, at)
	if !ok {
		return point{}, false
	}
	return at, separates(a1, a2, b1, b2)
}

// directionsAt returns the two directions in which route r leaves the point
// at, which lies on segment i: back and forward along the segment when at is
// inside it, or towards the previous and the next vertex when at is the
// segment's start. It fails at the route's first point.
func directionsAt(r []point, i int, at point) (back, forward point, ok bool) {
	if at == r[i] {
		if i == 0 {
			return point{}, point{}, false
		}
		return r[i-1].sub(at), r[i+1].sub(at), true
	}
	return r[i].sub(at), r[i+1].sub(at), true
}

// separates reports whether the directions b1 and b2 lie strictly on
// different sides of the path made by the directions a1 and a2, that is,
// whether a path through the meeting point along b crosses the one along a.
// When a direction of b coincides with one of a, the paths share a stretch
// and this reports false.
func separates(a1, a2, b1, b2 point) bool {
	for _, u := range [2]point{a1, a2} {
		for _, v := range [2]point{b1, b2} {
			if cross(u, v) == 0 && dot(u, v) > 0 {
				return false
			}
		}
	}
	alpha := math.Atan2(a1.y, a1.x)
	span := turn(math.Atan2(a2.y, a2.x) - alpha)
	in1 := turn(math.Atan2(b1.y, b1.x)-alpha) < span
	in2 := turn(math.Atan2(b2.y, b2.x)-alpha) < span
	return in1 != in2
}

// turn maps an angle to [0, 2π).
func turn(a float64) float64 {
	a = math.Mod(a, 2*math.Pi)
	if a < 0 {
		a += 2 * math.Pi
	}
	return a
}

// entersInside reports whether the segment from p to q has a point strictly
// inside r. A segment along r's border does not enter it.
func entersInside(p, q point, r rect) bool {
	lo, hi := 0.0, 1.0
	lo, hi = clipOpen(p.x, q.x-p.x, r.x0, r.x1, lo, hi)
	if lo >= hi {
		return false
	}
	lo, hi = clipOpen(p.y, q.y-p.y, r.y0, r.y1, lo, hi)
	return lo < hi
}

// clipOpen narrows the parameter interval [lo, hi] of v(t) = v0 + t*dv to
// where a < v(t) < b.
func clipOpen(v0, dv, a, b, lo, hi float64) (float64, float64) {
	if dv == 0 {
		if v0 > a && v0 < b {
			return lo, hi
		}
		return 1, 0
	}
	ta, tb := (a-v0)/dv, (b-v0)/dv
	if ta > tb {
		ta, tb = tb, ta
	}
	return max(lo, ta), min(hi, tb)
}

// cleanRoute converts an edge's points to a route without repeated
// consecutive points. It reports false when a coordinate is not finite.
func cleanRoute(pts [][2]float64) ([]point, bool) {
	route := make([]point, 0, len(pts))
	for _, xy := range pts {
		p := point{xy[0], xy[1]}
		if !isFinite(p.x) || !isFinite(p.y) {
			return nil, false
		}
		if len(route) > 0 && route[len(route)-1] == p {
			continue
		}
		route = append(route, p)
	}
	return route, true
}

// bendAngle is the smallest turn, in radians, that counts as a bend.
const bendAngle = math.Pi / 180

// countBends returns the number of interior vertices of route where the
// direction turns by more than bendAngle.
func countBends(route []point) int {
	n := 0
	for i := 1; i+1 < len(route); i++ {
		u, v := route[i].sub(route[i-1]), route[i+1].sub(route[i])
		if math.Atan2(math.Abs(cross(u, v)), dot(u, v)) > bendAngle {
			n++
		}
	}
	return n
}

// routeLength returns the length of the polyline.
func routeLength(route []point) float64 {
	l := 0.0
	for i := 1; i < len(route); i++ {
		d := route[i].sub(route[i-1])
		l += math.Hypot(d.x, d.y)
	}
	return l
}
