package plotmath

// ClipPolyline clips the polyline pts to the rectangle r (edges included)
// and returns the parts inside, each with at least two points. Each segment
// is clipped on its own (Liang–Barsky); consecutive clipped segments that
// still meet are joined into one piece. A point with a NaN or infinite
// coordinate breaks the line, like a segment outside r.
func ClipPolyline(pts []Point, r Rect) [][]Point {
	var pieces [][]Point
	var piece []Point
	flush := func() {
		if len(piece) > 1 {
			pieces = append(pieces, piece)
		}
		piece = nil
	}
	for i := 1; i < len(pts); i++ {
		p, q := pts[i-1], pts[i]
		if !finitePoint(p) || !finitePoint(q) {
			flush()
			continue
		}
		a, b, ok := clipSegment(p, q, r)
		if !ok {
			flush()
			continue
		}
		if len(piece) == 0 || piece[len(piece)-1] != a {
			flush()
			piece = append(piece, a)
		}
		piece = append(piece, b)
		if b != q {
			flush() // the line leaves r here
		}
	}
	flush()
	return pieces
}

// clipSegment clips the segment from p to q to r by Liang–Barsky. It keeps
// an endpoint that is inside unchanged, so joined segments meet exactly.
func clipSegment(p, q Point, r Rect) (a, b Point, ok bool) {
	dx, dy := q.X-p.X, q.Y-p.Y
	t0, t1 := 0.0, 1.0
	// Each edge as p·n ≤ bound: left, right, top, bottom.
	edges := [4][2]float64{
		{-dx, p.X - r.X},
		{dx, r.X + r.W - p.X},
		{-dy, p.Y - r.Y},
		{dy, r.Y + r.H - p.Y},
	}
	for _, e := range edges {
		den, num := e[0], e[1]
		if den == 0 {
			if num < 0 {
				return Point{}, Point{}, false // parallel and outside
			}
			continue
		}
		t := num / den
		if den < 0 {
			if t > t1 {
				return Point{}, Point{}, false
			}
			t0 = max(t0, t)
		} else {
			if t < t0 {
				return Point{}, Point{}, false
			}
			t1 = min(t1, t)
		}
	}
	a, b = p, q
	if t0 > 0 {
		a = Point{p.X + t0*dx, p.Y + t0*dy}
	}
	if t1 < 1 {
		b = Point{p.X + t1*dx, p.Y + t1*dy}
	}
	return a, b, true
}

// ClipPolygon clips the polygon pts (implicitly closed; orientation does
// not matter) to the rectangle r by Sutherland–Hodgman and returns the
// clipped polygon, or nil when nothing is left. Points with a NaN or
// infinite coordinate are left out first. The result may be
// concave-shaped with zero-width slivers along r's edges where a concave
// polygon leaves and re-enters r; filled, those draw nothing.
func ClipPolygon(pts []Point, r Rect) []Point {
	out := finitePoints(pts)
	out = clipHalf(out, func(p Point) float64 { return p.X - r.X })
	out = clipHalf(out, func(p Point) float64 { return r.X + r.W - p.X })
	out = clipHalf(out, func(p Point) float64 { return p.Y - r.Y })
	out = clipHalf(out, func(p Point) float64 { return r.Y + r.H - p.Y })
	return polygonResult(out)
}

// ClipHalfPlane clips the polygon pts to the half-plane a·x + b·y + c ≥ 0,
// by one Sutherland–Hodgman stage. Clipping a rectangle's corners this way
// gives the shaded side of a decision boundary w·x + b ≥ 0 within a plot.
// It returns nil when nothing is left. Points with a NaN or infinite
// coordinate are left out first.
func ClipHalfPlane(pts []Point, a, b, c float64) []Point {
	return polygonResult(clipHalf(finitePoints(pts), func(p Point) float64 { return a*p.X + b*p.Y + c }))
}

// polygonResult drops repeated consecutive points (where a polygon is cut
// exactly at a corner of the clip region) and returns nil for fewer than
// three points.
func polygonResult(pts []Point) []Point {
	var out []Point
	for _, p := range pts {
		out = appendDistinct(out, p)
	}
	for len(out) > 1 && out[len(out)-1] == out[0] {
		out = out[:len(out)-1]
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// RectPolygon returns r's corners as a polygon, counter-clockwise in a
// y-up system: (X, Y), (X+W, Y), (X+W, Y+H), (X, Y+H).
func RectPolygon(r Rect) []Point {
	return []Point{{r.X, r.Y}, {r.X + r.W, r.Y}, {r.X + r.W, r.Y + r.H}, {r.X, r.Y + r.H}}
}

// clipHalf keeps the part of the closed polygon pts where side ≥ 0.
func clipHalf(pts []Point, side func(Point) float64) []Point {
	if len(pts) == 0 {
		return nil
	}
	var out []Point
	prev := pts[len(pts)-1]
	sp := side(prev)
	for _, cur := range pts {
		sc := side(cur)
		switch {
		case sc >= 0 && sp >= 0:
			out = append(out, cur)
		case sc >= 0: // entering
			out = append(out, intersect(prev, cur, sp, sc), cur)
		case sp >= 0: // leaving
			out = append(out, intersect(prev, cur, sp, sc))
		}
		prev, sp = cur, sc
	}
	return out
}

// intersect returns the point between p and q where a linear side function
// with values sp at p and sq at q is zero.
func intersect(p, q Point, sp, sq float64) Point {
	t := sp / (sp - sq)
	return Point{p.X + t*(q.X-p.X), p.Y + t*(q.Y-p.Y)}
}

// finitePoints returns pts without the points that are not finite.
func finitePoints(pts []Point) []Point {
	out := make([]Point, 0, len(pts))
	for _, p := range pts {
		if finitePoint(p) {
			out = append(out, p)
		}
	}
	return out
}

func finitePoint(p Point) bool { return finite(p.X) && finite(p.Y) }
