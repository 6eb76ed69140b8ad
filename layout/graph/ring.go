package graph

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/graph/layered"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// The ring layout (layout ring) draws a cycle as a cycle: the nodes sit
// on a circle, clockwise from the top, in the order their edges lead
// from the first node; an edge between neighbours on the ring is an arc
// of the circle, and any other edge a straight chord (with route
// straight, every edge is a chord). Arc labels sit outside the ring,
// beyond the middle of their arc; chord labels on the chord.

// Ring metrics in px.
const (
	ringGap    = 28  // the least gap between neighbouring nodes, along the chord
	ringMinR   = 70  // the least radius of the ring
	ringMargin = 8   // around the picture
	ringLabel  = 10  // between an arc and its label
	ringInner  = 22  // how far inside the ring a second arc between the same neighbours runs
	loopReach  = 0.9 // how far a self-loop reaches out, as a share of the node's half size
)

// ringOrder returns the nodes of g in ring order: from the first node,
// each next node is the first not yet placed that an edge (in the order
// written) leads to from the nodes placed, the latest first; nodes no
// edge reaches follow in the order declared.
func ringOrder(g *diagram.Graph, index map[string]int) []int {
	n := len(g.Nodes)
	out := make([][]int, n)
	for _, e := range g.Edges {
		a, b := index[e.From], index[e.To]
		if e.Arrow == diagram.Backward {
			a, b = b, a
		}
		out[a] = append(out[a], b)
	}
	placed := make([]bool, n)
	var order []int
	for start := range n {
		if placed[start] {
			continue
		}
		placed[start] = true
		order = append(order, start)
		for k := len(order) - 1; k < len(order); {
			next := -1
			// From the latest node placed back to the first of this run.
			for i := len(order) - 1; i >= k && next < 0; i-- {
				for _, w := range out[order[i]] {
					if !placed[w] {
						next = w
						break
					}
				}
			}
			if next < 0 {
				break
			}
			placed[next] = true
			order = append(order, next)
		}
	}
	return order
}

// ringLayout lays out g on a ring; labels and edgeLabels are the measured
// node and edge labels.
func ringLayout(env *panel.Env, g *diagram.Graph, index map[string]int, labels, edgeLabels []text.Block) panel.Block {
	n := len(g.Nodes)
	size := make([]scene.Rect, n)
	for i, nd := range g.Nodes {
		w, h := nodeSize(g, nd, labels[i])
		size[i] = scene.Rect{W: w, H: h}
	}
	order := ringOrder(g, index)
	place := make([]int, n) // node -> place on the ring
	for k, v := range order {
		place[v] = k
	}
	half := func(v int) float64 { return math.Hypot(size[v].W, size[v].H) / 2 }
	r := float64(ringMinR)
	if n >= 2 {
		s := math.Sin(math.Pi / float64(n))
		for k := range n {
			a, b := order[k], order[(k+1)%n]
			r = max(r, (half(a)+half(b)+ringGap)/(2*s))
		}
	}
	angle := func(k int) float64 { return -math.Pi/2 + 2*math.Pi*float64(k)/float64(max(n, 1)) }
	centre := make([]scene.Point, n)
	for k, v := range order {
		centre[v] = scene.Point{X: r * math.Cos(angle(k)), Y: r * math.Sin(angle(k))}
		size[v].X, size[v].Y = centre[v].X-size[v].W/2, centre[v].Y-size[v].H/2
	}
	// Routes, in coordinates about the ring's centre.
	routes := make([]layered.Route, len(g.Edges))
	inner := make([]bool, len(g.Edges)) // a second arc, inside the ring
	seen := map[[2]int]int{}
	for i, e := range g.Edges {
		a, b := index[e.From], index[e.To]
		rt := &routes[i]
		key := [2]int{min(a, b), max(a, b)}
		seen[key]++
		ka, kb := place[a], place[b]
		step := (kb - ka + n) % n
		switch {
		case a == b:
			rt.Curve = ringLoop(size[a], centre[a])
			rt.Style = layered.RouteSpline
		case (step == 1 || step == n-1) && routeStyle(g, e) != layered.RouteStraight && seen[key] <= 2:
			// Neighbours: the arc the short way round; a second edge
			// between them runs inside the ring.
			rad := r
			if seen[key] == 2 {
				rad, inner[i] = r-ringInner, true
			}
			a0, a1 := angle(ka), angle(ka)+2*math.Pi/float64(n)
			if step == n-1 {
				a1 = angle(ka) - 2*math.Pi/float64(n)
			}
			if n == 2 && seen[key] == 2 {
				a1, rad, inner[i] = angle(ka)-math.Pi, r, false // the other half of the circle
			}
			t0 := exitAngle(rad, a0, a1, size[a])
			t1 := exitAngle(rad, a1, a0, size[b])
			rt.Curve = arcCurve(rad, t0, t1)
			rt.Style = layered.RouteSpline
		default:
			p, q := centre[a], centre[b]
			p = clipRect(q, p, size[a])
			q = clipRect(p, q, size[b])
			rt.Points = []layered.Point{{X: p.X, Y: p.Y}, {X: q.X, Y: q.Y}}
			rt.Style = layered.RouteStraight
		}
		if len(rt.Curve) > 0 {
			rt.Points = flattenCurve(rt.Curve)
		}
		if tb := edgeLabels[i]; e.Label != "" {
			w, h := tb.W+2*draw.LabelPadX, tb.H+2*draw.LabelPadY
			out := 1.0
			if inner[i] {
				out = -1
			}
			rt.Label = ringLabelBox(rt, w, h, out)
		}
	}
	// The picture's extent.
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	grow := func(rc scene.Rect) {
		x0, y0, x1, y1 = min(x0, rc.X), min(y0, rc.Y), max(x1, rc.Right()), max(y1, rc.Bottom())
	}
	for _, rc := range size {
		grow(rc)
	}
	for _, rt := range routes {
		for _, p := range rt.Points {
			grow(scene.Rect{X: p.X, Y: p.Y})
		}
		for _, p := range rt.Curve {
			grow(scene.Rect{X: p.X, Y: p.Y})
		}
		if rt.Label.W > 0 {
			grow(scene.Rect{X: rt.Label.X, Y: rt.Label.Y, W: rt.Label.W, H: rt.Label.H})
		}
	}
	if n == 0 {
		x0, y0, x1, y1 = 0, 0, 0, 0
	}
	dx, dy := ringMargin-x0, ringMargin-y0
	for v := range size {
		size[v].X += dx
		size[v].Y += dy
	}
	for i := range routes {
		rt := &routes[i]
		for k := range rt.Points {
			rt.Points[k].X += dx
			rt.Points[k].Y += dy
		}
		for k := range rt.Curve {
			rt.Curve[k].X += dx
			rt.Curve[k].Y += dy
		}
		if rt.Label.W > 0 {
			rt.Label.X += dx
			rt.Label.Y += dy
		}
	}
	b := panel.Block{W: x1 - x0 + 2*ringMargin, H: y1 - y0 + 2*ringMargin}
	b.Place = func(x, y float64) []scene.Item {
		off := func(rc scene.Rect) scene.Rect { return scene.Rect{X: rc.X + x, Y: rc.Y + y, W: rc.W, H: rc.H} }
		byID := map[string]*scene.Group{}
		nodes := make([]scene.Item, n)
		for i, nd := range g.Nodes {
			ng := nodeItem(g, nd, off(size[i]), labels[i])
			byID[nd.ID] = ng
			nodes[i] = ng
		}
		wide := widestWeight(g)
		var items []scene.Item
		for i, e := range g.Edges {
			a, b := index[e.From], index[e.To]
			ends := [2]*diagram.Node{g.Nodes[a], g.Nodes[b]}
			boxes := [2]scene.Rect{off(size[a]), off(size[b])}
			items = append(items, edgeItem(e, byID[e.From], byID[e.To], routes[i], edgeLabels[i], x, y, ends, boxes, wide))
		}
		return append(items, nodes...)
	}
	return b
}

// exitAngle returns the angle, on the way from a0 towards a1 along the
// circle of radius rad, where the circle leaves the box r (at a0 when it
// starts outside).
func exitAngle(rad, a0, a1 float64, r scene.Rect) float64 {
	at := func(t float64) scene.Point { return scene.Point{X: rad * math.Cos(t), Y: rad * math.Sin(t)} }
	in := func(p scene.Point) bool { return p.X > r.X && p.X < r.Right() && p.Y > r.Y && p.Y < r.Bottom() }
	if !in(at(a0)) {
		return a0
	}
	lo, hi := a0, a1
	if in(at(hi)) {
		return hi
	}
	for range 40 {
		m := (lo + hi) / 2
		if in(at(m)) {
			lo = m
		} else {
			hi = m
		}
	}
	return hi
}

// arcCurve returns the cubic Bézier control points of the arc of radius
// rad about the origin from angle t0 to angle t1, in pieces of at most a
// quarter turn.
func arcCurve(rad, t0, t1 float64) []layered.Point {
	pieces := max(1, int(math.Ceil(math.Abs(t1-t0)/(math.Pi/2))))
	d := (t1 - t0) / float64(pieces)
	k := 4.0 / 3 * math.Tan(d/4) * rad
	pt := func(t float64) layered.Point { return layered.Point{X: rad * math.Cos(t), Y: rad * math.Sin(t)} }
	out := []layered.Point{pt(t0)}
	for i := range pieces {
		a, b := t0+float64(i)*d, t0+float64(i+1)*d
		p, q := pt(a), pt(b)
		out = append(out,
			layered.Point{X: p.X - k*math.Sin(a), Y: p.Y + k*math.Cos(a)},
			layered.Point{X: q.X + k*math.Sin(b), Y: q.Y - k*math.Cos(b)},
			q)
	}
	return out
}

// ringLoop returns a self-loop on the outer side of the node in box r
// whose centre is c (the ring's centre is the origin).
func ringLoop(r scene.Rect, c scene.Point) []layered.Point {
	d := math.Hypot(c.X, c.Y)
	ux, uy := 0.0, -1.0
	if d > 1e-9 {
		ux, uy = c.X/d, c.Y/d
	}
	// Leave and come back on the box side facing out, a third apart.
	reach := loopReach * max(r.W, r.H)
	vx, vy := -uy, ux
	edge := clipRect(scene.Point{X: c.X + ux*1e4, Y: c.Y + uy*1e4}, c, r)
	spread := min(r.W, r.H) / 3
	p0 := layered.Point{X: edge.X + vx*spread/2, Y: edge.Y + vy*spread/2}
	p1 := layered.Point{X: edge.X - vx*spread/2, Y: edge.Y - vy*spread/2}
	return []layered.Point{p0,
		{X: p0.X + ux*reach + vx*spread, Y: p0.Y + uy*reach + vy*spread},
		{X: p1.X + ux*reach - vx*spread, Y: p1.Y + uy*reach - vy*spread},
		p1}
}

// clipRect returns where the segment from p (outside r) to q (inside r,
// at its centre) enters r.
func clipRect(p, q scene.Point, r scene.Rect) scene.Point {
	dx, dy := q.X-p.X, q.Y-p.Y
	t := 1.0
	for _, c := range []struct{ d, lim float64 }{{dx, r.X - p.X}, {dx, r.Right() - p.X}, {dy, r.Y - p.Y}, {dy, r.Bottom() - p.Y}} {
		if c.d == 0 {
			continue
		}
		s := c.lim / c.d
		if s < 0 || s > 1 {
			continue
		}
		pt := scene.Point{X: p.X + s*dx, Y: p.Y + s*dy}
		if pt.X >= r.X-1e-9 && pt.X <= r.Right()+1e-9 && pt.Y >= r.Y-1e-9 && pt.Y <= r.Bottom()+1e-9 {
			t = min(t, s)
		}
	}
	return scene.Point{X: p.X + t*dx, Y: p.Y + t*dy}
}

// flattenCurve turns cubic Bézier control points into a polyline of 12
// chords a piece.
func flattenCurve(c []layered.Point) []layered.Point {
	out := []layered.Point{c[0]}
	for i := 0; i+3 < len(c); i += 3 {
		p0, p1, p2, p3 := c[i], c[i+1], c[i+2], c[i+3]
		for k := 1; k <= 12; k++ {
			t := float64(k) / 12
			u := 1 - t
			a, b, cc, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			out = append(out, layered.Point{X: a*p0.X + b*p1.X + cc*p2.X + d*p3.X, Y: a*p0.Y + b*p1.Y + cc*p2.Y + d*p3.Y})
		}
	}
	return out
}

// ringLabelBox places a w × h label: beyond the middle of an arc or loop,
// on the side away from the ring's centre (out 1) or towards it (out -1,
// for an arc inside the ring), or on the middle of a chord.
func ringLabelBox(rt *layered.Route, w, h, out float64) layered.Rect {
	pts := rt.Points
	mid := pts[len(pts)/2]
	if rt.Style == layered.RouteStraight {
		a, b := pts[0], pts[len(pts)-1]
		mid = layered.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
		return layered.Rect{X: mid.X - w/2, Y: mid.Y - h/2, W: w, H: h}
	}
	d := math.Hypot(mid.X, mid.Y)
	ux, uy := 0.0, -1.0
	if d > 1e-9 {
		ux, uy = out*mid.X/d, out*mid.Y/d
	}
	// The distance from the label's centre to its edge along (ux, uy).
	reach := 1 / max(math.Abs(ux)/(w/2), math.Abs(uy)/(h/2))
	c := layered.Point{X: mid.X + ux*(ringLabel+reach), Y: mid.Y + uy*(ringLabel+reach)}
	return layered.Rect{X: c.X - w/2, Y: c.Y - h/2, W: w, H: h}
}
