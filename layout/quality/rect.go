package quality

import "math"

// tolerance is how far, in px, boxes may overlap or stick out before it
// counts.
const tolerance = 0.5

// rect is a normalised box: x0 <= x1 and y0 <= y1 for finite boxes.
type rect struct{ x0, y0, x1, y1 float64 }

// boxRect turns a top-left corner and a size into a rect; negative sizes
// extend to the left or upward.
func boxRect(x, y, w, h float64) rect {
	if w < 0 {
		x, w = x+w, -w
	}
	if h < 0 {
		y, h = y+h, -h
	}
	return rect{x, y, x + w, y + h}
}

func (r rect) finite() bool {
	return isFinite(r.x0) && isFinite(r.y0) && isFinite(r.x1) && isFinite(r.y1)
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// grow returns r grown by d on every side (shrunk when d < 0). A rect shrunk
// past its size is empty.
func (r rect) grow(d float64) rect { return rect{r.x0 - d, r.y0 - d, r.x1 + d, r.y1 + d} }

func (r rect) empty() bool { return !(r.x0 < r.x1 && r.y0 < r.y1) }

// overlap returns how far r and s overlap along x and along y; a negative
// value is the gap between them.
func (r rect) overlap(s rect) (dx, dy float64) {
	return min(r.x1, s.x1) - max(r.x0, s.x0), min(r.y1, s.y1) - max(r.y0, s.y0)
}

// overlaps reports whether r and s overlap by more than the tolerance along
// both axes.
func (r rect) overlaps(s rect) bool {
	dx, dy := r.overlap(s)
	return dx > tolerance && dy > tolerance
}

// stickOut returns how far s sticks out of r: the largest distance by which
// a side of s lies outside r, or 0 when s is inside.
func (r rect) stickOut(s rect) float64 {
	return max(0, r.x0-s.x0, s.x1-r.x1, r.y0-s.y0, s.y1-r.y1)
}

// holds reports whether s lies inside r, within the tolerance.
func (r rect) holds(s rect) bool { return r.stickOut(s) <= tolerance }

// containsPoint reports whether p lies in the closed rect.
func (r rect) containsPoint(p point) bool {
	return p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1
}

// union returns the smallest rect holding r and s.
func (r rect) union(s rect) rect {
	return rect{min(r.x0, s.x0), min(r.y0, s.y0), max(r.x1, s.x1), max(r.y1, s.y1)}
}

// emptyBounds is the start of a bounding box computation: its union with
// any rect is that rect.
var emptyBounds = rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
