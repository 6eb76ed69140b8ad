package icon

import "math"

// arcToCubics approximates the SVG elliptical arc from p0 to p1 with radii
// rx, ry, x-axis rotation phi (degrees) and the given flags by cubic Bézier
// curves, each spanning at most 90°. Each curve is returned as its two
// control points and end point. Radii too small to reach p1 are scaled up
// as the SVG specification requires. It returns nil when the arc
// degenerates to a straight line: a zero radius, or radii so extreme that
// the arithmetic overflows. The end points must be distinct.
func arcToCubics(p0, p1 point, rx, ry, phi float64, large, sweep bool) [][3]point {
	rx, ry = math.Abs(rx), math.Abs(ry)
	if rx == 0 || ry == 0 {
		return nil
	}
	sin, cos := math.Sincos(phi * math.Pi / 180)

	// Step 1 of the endpoint-to-center conversion: the midpoint in the
	// ellipse's own axes.
	dx, dy := (p0.x-p1.x)/2, (p0.y-p1.y)/2
	x1 := cos*dx + sin*dy
	y1 := -sin*dx + cos*dy

	// Scale the radii up when they cannot span the end points.
	if l := x1*x1/(rx*rx) + y1*y1/(ry*ry); l > 1 {
		s := math.Sqrt(l)
		rx, ry = rx*s, ry*s
	}

	// Step 2: the center in the ellipse's axes.
	num := rx*rx*ry*ry - rx*rx*y1*y1 - ry*ry*x1*x1
	den := rx*rx*y1*y1 + ry*ry*x1*x1
	k := 0.0
	if num > 0 {
		k = math.Sqrt(num / den)
	}
	if large == sweep {
		k = -k
	}
	cx1 := k * rx * y1 / ry
	cy1 := -k * ry * x1 / rx

	// Step 3: the center in grid coordinates.
	cx := cos*cx1 - sin*cy1 + (p0.x+p1.x)/2
	cy := sin*cx1 + cos*cy1 + (p0.y+p1.y)/2

	// Step 4: start angle and sweep.
	theta := math.Atan2((y1-cy1)/ry, (x1-cx1)/rx)
	end := math.Atan2((-y1-cy1)/ry, (-x1-cx1)/rx)
	delta := end - theta
	if sweep && delta < 0 {
		delta += 2 * math.Pi
	} else if !sweep && delta > 0 {
		delta -= 2 * math.Pi
	}

	// Split into segments of at most 90° and fit one cubic to each.
	n := int(math.Ceil(math.Abs(delta)/(math.Pi/2) - 1e-9))
	if n < 1 {
		n = 1
	}
	step := delta / float64(n)
	alpha := 4.0 / 3 * math.Tan(step/4)
	at := func(t float64) (point, point) {
		st, ct := math.Sincos(t)
		pt := point{cx + cos*rx*ct - sin*ry*st, cy + sin*rx*ct + cos*ry*st}
		deriv := point{-cos*rx*st - sin*ry*ct, -sin*rx*st + cos*ry*ct}
		return pt, deriv
	}
	curves := make([][3]point, 0, n)
	a, da := at(theta)
	for i := 1; i <= n; i++ {
		t := theta + step*float64(i)
		b, db := at(t)
		if i == n {
			b = p1 // land exactly on the written end point
		}
		c1 := point{a.x + alpha*da.x, a.y + alpha*da.y}
		c2 := point{b.x - alpha*db.x, b.y - alpha*db.y}
		if !finite(c1.x, c1.y, c2.x, c2.y, b.x, b.y) {
			return nil
		}
		curves = append(curves, [3]point{c1, c2, b})
		a, da = b, db
	}
	return curves
}

// finite reports whether no value is infinite or NaN.
func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
