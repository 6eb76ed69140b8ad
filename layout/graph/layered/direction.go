package layered

import "math"

// Directions are one final transform of the layout made going down (with
// widths and heights swapped for right and left): up mirrors y, right
// transposes, left transposes and mirrors x. Before that, everything is
// shifted so that the picture starts at (0, 0).

// transform normalises res (computed in layout space) and turns it to dir.
func transform(res *Result, dir Direction) {
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	addRect := func(r Rect) {
		x0, y0 = min(x0, r.X), min(y0, r.Y)
		x1, y1 = max(x1, r.X+r.W), max(y1, r.Y+r.H)
	}
	addPoint := func(p Point) {
		x0, y0 = min(x0, p.X), min(y0, p.Y)
		x1, y1 = max(x1, p.X), max(y1, p.Y)
	}
	for _, r := range res.Nodes {
		addRect(r)
	}
	for _, r := range res.Groups {
		addRect(r)
	}
	for _, r := range res.GroupTitles {
		addRect(r)
	}
	for _, e := range res.Edges {
		for _, p := range e.Points {
			addPoint(p)
		}
		for _, p := range e.Curve {
			addPoint(p)
		}
		if e.Label != (Rect{}) {
			addRect(e.Label)
		}
	}
	if math.IsInf(x0, 1) {
		x0, y0, x1, y1 = 0, 0, 0, 0
	}
	w, h := x1-x0, y1-y0
	point := func(p Point) Point {
		p.X -= x0
		p.Y -= y0
		switch dir {
		case Up:
			p.Y = h - p.Y
		case Right:
			p.X, p.Y = p.Y, p.X
		case Left:
			p.X, p.Y = h-p.Y, p.X
		}
		return p
	}
	rect := func(r Rect) Rect {
		x, y := r.X-x0, r.Y-y0
		switch dir {
		case Up:
			return Rect{x, h - y - r.H, r.W, r.H}
		case Right:
			return Rect{y, x, r.H, r.W}
		case Left:
			return Rect{h - y - r.H, x, r.H, r.W}
		}
		return Rect{x, y, r.W, r.H}
	}
	for i := range res.Nodes {
		res.Nodes[i] = rect(res.Nodes[i])
	}
	for i := range res.Groups {
		res.Groups[i] = rect(res.Groups[i])
		res.GroupTitles[i] = rect(res.GroupTitles[i])
	}
	for i := range res.Edges {
		e := &res.Edges[i]
		for k := range e.Points {
			e.Points[k] = point(e.Points[k])
		}
		for k := range e.Curve {
			e.Curve[k] = point(e.Curve[k])
		}
		if e.Label != (Rect{}) {
			e.Label = rect(e.Label)
		}
	}
	res.Width, res.Height = w, h
	if dir == Right || dir == Left {
		res.Width, res.Height = h, w
	}
}
