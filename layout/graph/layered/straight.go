package layered

// Straight routes (RouteStraight). A straight route is aimed from the
// centre of its upper end to the centre of its lower end. Its way points
// are safe places: down the upper end's own column to the bottom of its
// band, through each dummy's column within the dummy's band (coordinate
// assignment keeps those columns free of boxes), and up the lower end's
// column from the top of its band; between two way points lies a channel,
// where no box is. From the first way point the route takes the longest
// run of straight segments that crosses no other box or label, so that an
// edge with nothing in its way is one segment, and an edge that must go
// round something bends only where it has to. A label dummy is a way point
// the route always passes, so that the label sits on the line. Last, the
// route is cut where it leaves the upper box and enters the lower one.

// obstacleMargin is the least clearance of a straight route from a box it
// passes, in px.
const obstacleMargin = 3.0

// style returns the route style of edge e, with the graph's default
// resolved.
func (l *lay) style(e int) RouteStyle {
	if s := l.g.Edges[e].Style; s != RouteDefault {
		return s
	}
	if l.opt.Spline {
		return RouteSpline
	}
	return RouteOrthogonal
}

// routeStraight draws the normal (rank-crossing) edge e straight.
func (l *lay) routeStraight(e int, rt *Route) {
	c := l.chains[e]
	n := len(c.nodes)
	top, bot := c.nodes[0], c.nodes[n-1]
	tb, bb := l.box(top), l.box(bot)
	type waypoint struct {
		p    Point
		must bool // the route passes it (a label's column)
	}
	bandOf := func(v int) (float64, float64) {
		r := l.nodes[v].rank
		return l.rankTop[r], l.rankTop[r] + l.bandH[r]
	}
	_, b0 := bandOf(top)
	t1, _ := bandOf(bot)
	w := []waypoint{{Point{l.x[top], tb.Y + tb.H/2}, true}, {Point{l.x[top], b0}, false}}
	for _, d := range c.nodes[1 : n-1] {
		t, b := bandOf(d)
		must := d == c.label
		w = append(w, waypoint{Point{l.x[d], t}, must}, waypoint{Point{l.x[d], b}, must})
	}
	w = append(w, waypoint{Point{l.x[bot], t1}, false}, waypoint{Point{l.x[bot], bb.Y + bb.H/2}, true})

	pts := []Point{w[0].p}
	for i := 0; i+1 < len(w); {
		j := i + 1
		for j+1 < len(w) && !w[j].must && l.clear(w[i].p, w[j+1].p, top, bot, e) {
			j++
		}
		pts = append(pts, w[j].p)
		i = j
	}
	pts = simplify(pts)
	// Cut at the boxes of the ends.
	if len(pts) >= 2 {
		if t, ok := entry(pts[1], pts[0], tb); ok {
			pts[0] = lerp(pts[1], pts[0], t)
		}
		k := len(pts) - 1
		if t, ok := entry(pts[k-1], pts[k], bb); ok {
			pts[k] = lerp(pts[k-1], pts[k], t)
		}
	}
	if c.label >= 0 {
		d := l.nodes[c.label]
		cy := l.rankTop[d.rank] + l.bandH[d.rank]/2
		rt.Label = Rect{l.x[c.label] - l.size.labelW[e]/2, cy - l.size.labelH[e]/2, l.size.labelW[e], l.size.labelH[e]}
	}
	if c.reversed {
		pts = reversed(pts)
		rt.Reversed = true
	}
	rt.Points = pts
}

// lerp returns the point at t on the way from a to b.
func lerp(a, b Point, t float64) Point {
	return Point{a.X + t*(b.X-a.X), a.Y + t*(b.Y-a.Y)}
}

// clear reports whether the segment from a to b (a above b) keeps
// obstacleMargin from every box and label of the ranks it passes, other
// than the boxes of the edge's ends top and bot and the label of edge e.
func (l *lay) clear(a, b Point, top, bot, e int) bool {
	for r := range l.ranks {
		if l.rankTop[r] > max(a.Y, b.Y) || l.rankTop[r]+l.bandH[r] < min(a.Y, b.Y) {
			continue
		}
		for _, v := range l.ranks[r] {
			var box Rect
			switch n := l.nodes[v]; {
			case v == top || v == bot:
				continue
			case n.kind == kindReal:
				box = l.box(v)
				box.W += n.right - n.left // room of self-loops
			case n.kind == kindLabel && n.orig != e:
				cy := l.rankTop[r] + l.bandH[r]/2
				box = Rect{l.x[v] - n.left, cy - n.h/2, n.left + n.right, n.h}
			default:
				continue
			}
			m := obstacleMargin
			box = Rect{box.X - m, box.Y - m, box.W + 2*m, box.H + 2*m}
			if crosses(a, b, box) {
				return false
			}
		}
	}
	return true
}

// crosses reports whether the segment from a to b passes through the
// inside of r.
func crosses(a, b Point, r Rect) bool {
	if inside(a, r) || inside(b, r) {
		return true
	}
	_, ok := entry(a, b, r)
	return ok
}
