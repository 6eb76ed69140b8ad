package graph

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/tensor"
	"github.com/aiprep/diag/scene"
)

// The layered engine ends a route on its node's box. A route would leave
// a gap between its arrowhead and a round or slanted outline (circle,
// diamond, hexagon, ...), wherever it meets the box but the corner of a
// diamond or the top of a circle, so its ends are carried on along the
// route's last direction to the outline: the arrowhead then touches the
// shape where the line meets it (an orthogonal route's last segment just
// runs on, straight, to the outline).

// outlineSteps is the number of chords that flatten each cubic piece of
// an outline.
const outlineSteps = 16

// outline returns the closed polylines that make up the outline of node n
// filling r: its volume for a tensor, else its shape.
func outline(n *diagram.Node, r scene.Rect) [][]scene.Point {
	if len(n.Tensor) > 0 {
		return [][]scene.Point{tensor.Shape(n.Tensor).Outline(r.Center())}
	}
	s := n.Shape
	var out [][]scene.Point
	var cur []scene.Point
	var start scene.Point
	for _, op := range scene.ShapeOps(s, r) {
		switch op.Cmd {
		case 'M':
			if len(cur) > 1 {
				out = append(out, cur)
			}
			start = op.Pts[0]
			cur = append(make([]scene.Point, 0, 16), start)
		case 'L':
			cur = append(cur, op.Pts[0])
		case 'C':
			p0 := cur[len(cur)-1]
			p1, p2, p3 := op.Pts[0], op.Pts[1], op.Pts[2]
			for k := 1; k <= outlineSteps; k++ {
				t := float64(k) / outlineSteps
				u := 1 - t
				a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
				cur = append(cur, scene.Point{X: a*p0.X + b*p1.X + c*p2.X + d*p3.X, Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y})
			}
		case 'Z':
			cur = append(cur, start)
		}
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	if s == diagram.Person && r.W > scene.PersonWide {
		// The label of a wide person sits under its figure: routes end
		// on the label's box where they meet it before the figure.
		y0, x1, y1 := r.Y+scene.PersonFigureH, r.Right(), r.Bottom()
		out = append(out, []scene.Point{{X: r.X, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: r.X, Y: y1}, {X: r.X, Y: y0}})
	}
	return out
}

// toOutline returns where the ray from end, going on in the direction
// from prev to end, first meets the outline of node n filling r, and
// whether it does within the box.
func toOutline(prev, end scene.Point, n *diagram.Node, r scene.Rect) (scene.Point, bool) {
	dx, dy := end.X-prev.X, end.Y-prev.Y
	d := math.Hypot(dx, dy)
	if d < 1e-9 {
		return end, false
	}
	reach := math.Hypot(r.W, r.H)
	far := scene.Point{X: end.X + dx/d*reach, Y: end.Y + dy/d*reach}
	best, found := math.Inf(1), false
	for _, poly := range outline(n, r) {
		for i := 1; i < len(poly); i++ {
			if t, ok := segmentHit(end, far, poly[i-1], poly[i]); ok && t < best {
				best, found = t, true
			}
		}
	}
	if !found {
		return end, false
	}
	return scene.Point{X: end.X + best*(far.X-end.X), Y: end.Y + best*(far.Y-end.Y)}, true
}

// segmentHit returns the parameter t in [0,1] along a→b where it meets the
// segment c→d, if it does.
func segmentHit(a, b, c, d scene.Point) (float64, bool) {
	rx, ry := b.X-a.X, b.Y-a.Y
	sx, sy := d.X-c.X, d.Y-c.Y
	den := rx*sy - ry*sx
	if math.Abs(den) < 1e-12 {
		return 0, false
	}
	qx, qy := c.X-a.X, c.Y-a.Y
	t := (qx*sy - qy*sx) / den
	u := (qx*ry - qy*rx) / den
	if t < -1e-9 || t > 1+1e-9 || u < -1e-9 || u > 1+1e-9 {
		return 0, false
	}
	return max(t, 0), true
}

// meetOutlines carries the ends of a straight or spline route on to the
// outlines of the nodes they end at (a nil shape is a group's box, where
// the route already ends). pts is the drawn polyline, curve its Bézier
// control points or nil.
func meetOutlines(pts, curve []scene.Point, from, to *diagram.Node, fromBox, toBox scene.Rect) {
	n := len(pts)
	if n < 2 {
		return
	}
	if to != nil {
		if p, ok := toOutline(pts[n-2], pts[n-1], to, toBox); ok {
			shift(pts, curve, n-1, len(curve)-1, len(curve)-2, p)
		}
	}
	if from != nil {
		if p, ok := toOutline(pts[1], pts[0], from, fromBox); ok {
			shift(pts, curve, 0, 0, 1, p)
		}
	}
}

// shift moves point i of pts to p, and the matching end ci of curve with
// its control point cc by the same amount, which keeps the curve's
// direction at its end.
func shift(pts, curve []scene.Point, i, ci, cc int, p scene.Point) {
	dx, dy := p.X-pts[i].X, p.Y-pts[i].Y
	pts[i] = p
	if len(curve) >= 4 {
		curve[ci].X += dx
		curve[ci].Y += dy
		curve[cc].X += dx
		curve[cc].Y += dy
	}
}
