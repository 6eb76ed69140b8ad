package layered

// Edges that attach to a group are routed to the member nearest the other
// end and cut where they cross the group's box: the arrow tip (or the
// start) lies on the box's side.

func (l *lay) clipGroupEnds(res *Result) {
	for i, e := range l.g.Edges {
		rt := &res.Edges[i]
		if len(rt.Points) < 2 {
			continue
		}
		clipped := false
		if g := e.To.Group; e.To.IsGroup() {
			if pts, ok := clipEnter(rt.Points, res.Groups[g]); ok {
				rt.Points, clipped = pts, true
			}
		}
		if g := e.From.Group; e.From.IsGroup() {
			rev := reversed(rt.Points)
			if pts, ok := clipEnter(rev, res.Groups[g]); ok {
				rt.Points, clipped = reversed(pts), true
			}
		}
		if clipped {
			rt.Curve = nil
		}
	}
}

func reversed(p []Point) []Point {
	out := make([]Point, len(p))
	for i := range p {
		out[len(p)-1-i] = p[i]
	}
	return out
}

func inside(p Point, r Rect) bool {
	return p.X > r.X && p.X < r.X+r.W && p.Y > r.Y && p.Y < r.Y+r.H
}

// clipEnter cuts the polyline where it first enters r from outside.
func clipEnter(pts []Point, r Rect) ([]Point, bool) {
	if inside(pts[0], r) {
		return pts, false
	}
	for k := 1; k < len(pts); k++ {
		t, ok := entry(pts[k-1], pts[k], r)
		if !ok {
			continue
		}
		a, b := pts[k-1], pts[k]
		p := Point{a.X + t*(b.X-a.X), a.Y + t*(b.Y-a.Y)}
		out := append(pts[:k:k], p)
		if len(out) >= 2 && out[len(out)-2] == p {
			out = out[:len(out)-1]
		}
		if len(out) < 2 {
			return pts, false
		}
		return out, true
	}
	return pts, false
}

// entry returns the parameter t in [0,1] where segment a→b enters the
// inside of r (Liang–Barsky), if it does.
func entry(a, b Point, r Rect) (float64, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := b.X-a.X, b.Y-a.Y
	clip := func(p, q float64) bool {
		if p == 0 {
			return q > 0
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return false
			}
			t0 = max(t0, t)
		} else {
			if t < t0 {
				return false
			}
			t1 = min(t1, t)
		}
		return true
	}
	if !clip(-dx, a.X-r.X) || !clip(dx, r.X+r.W-a.X) || !clip(-dy, a.Y-r.Y) || !clip(dy, r.Y+r.H-a.Y) {
		return 0, false
	}
	if t0 >= t1 {
		return 0, false
	}
	return t0, true
}
