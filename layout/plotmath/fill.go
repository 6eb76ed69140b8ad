package plotmath

import (
	"math"
	"sort"
)

// Fill returns the part of the grid's rectangle where f ≥ level as closed
// loops (each ends with its first point repeated), to be filled together
// by the even-odd rule: a loop inside another cuts a hole in it.
//
// The loops are the level lines of Contour joined with the stretches of
// the rectangle's border that lie inside: an open level line ends on the
// border, and between two consecutive line ends along the border the
// border lies wholly inside or wholly outside (each grid edge holds one
// crossing at most, so a grid point lies between two ends and says which).
// From the end of a line the loop follows the inside stretch of the border,
// turning at the rectangle's corners, to the next line, until it closes.
// Level lines that close on themselves are loops as they are. With no open
// line the border is all inside, and then the whole rectangle is a loop, or
// all outside. Grid points where f is not finite are outside, as Contour
// skips their cells: the caller should give f finite values throughout.
func (gr *Grid) Fill(level float64) [][]Point {
	lines := gr.Contour(level)
	x0, x1, y0, y1 := gr.xs[0], gr.xs[gr.nx], gr.ys[0], gr.ys[gr.ny]
	w, h := x1-x0, y1-y0
	per := 2 * (w + h)
	tol := 1e-9 * per
	// param returns where p lies along the border, counterclockwise from
	// (x0, y0), or -1 when it is not on the border.
	param := func(p Point) float64 {
		switch {
		case math.Abs(p.Y-y0) <= tol:
			return p.X - x0
		case math.Abs(p.X-x1) <= tol:
			return w + p.Y - y0
		case math.Abs(p.Y-y1) <= tol:
			return w + h + x1 - p.X
		case math.Abs(p.X-x0) <= tol:
			return math.Mod(2*w+h+y1-p.Y, per)
		}
		return -1
	}
	inside := func(i, j int) bool {
		v := gr.v[j*(gr.nx+1)+i]
		return v-level >= 0 && !math.IsInf(v, 0)
	}
	// The grid points of the border in counterclockwise order, with their
	// place along it and whether they are inside.
	type borderPoint struct {
		s  float64
		in bool
	}
	var border []borderPoint
	for i := 0; i < gr.nx; i++ {
		border = append(border, borderPoint{gr.xs[i] - x0, inside(i, 0)})
	}
	for j := 0; j < gr.ny; j++ {
		border = append(border, borderPoint{w + gr.ys[j] - y0, inside(gr.nx, j)})
	}
	for i := gr.nx; i > 0; i-- {
		border = append(border, borderPoint{w + h + x1 - gr.xs[i], inside(i, gr.ny)})
	}
	for j := gr.ny; j > 0; j-- {
		border = append(border, borderPoint{2*w + h + y1 - gr.ys[j], inside(0, j)})
	}
	corners := []struct {
		s float64
		p Point
	}{{0, Point{x0, y0}}, {w, Point{x1, y0}}, {w + h, Point{x1, y1}}, {2*w + h, Point{x0, y1}}}

	var loops [][]Point
	type end struct {
		line int
		last bool // the line's last point, not its first
		s    float64
	}
	var ends []end
	var open [][]Point
	for _, ln := range lines {
		n := len(ln)
		if n > 2 && ln[0] == ln[n-1] {
			loops = append(loops, ln)
			continue
		}
		a, b := param(ln[0]), param(ln[n-1])
		if a < 0 || b < 0 {
			continue // a line cut short by a non-finite value
		}
		k := len(open)
		open = append(open, ln)
		ends = append(ends, end{k, false, a}, end{k, true, b})
	}
	if len(ends) == 0 {
		if len(border) > 0 && border[0].in {
			r := []Point{corners[0].p, corners[1].p, corners[2].p, corners[3].p, corners[0].p}
			loops = append([][]Point{r}, loops...)
		}
		return loops
	}
	sort.SliceStable(ends, func(i, j int) bool { return ends[i].s < ends[j].s })
	n := len(ends)
	// stretchIn[k] says whether the border from ends[k] to ends[k+1]
	// (counterclockwise, wrapping) lies inside.
	stretchIn := make([]bool, n)
	for k := range ends {
		a, b := ends[k].s, ends[(k+1)%n].s
		found := false
		for _, bp := range border {
			between := a < bp.s && bp.s < b
			if b <= a {
				between = bp.s > a || bp.s < b
			}
			if between {
				stretchIn[k], found = bp.in, true
				break
			}
		}
		if !found && k > 0 {
			stretchIn[k] = !stretchIn[k-1]
		}
	}
	at := make(map[end]int, n) // place of each end in ends
	for k, e := range ends {
		at[end{e.line, e.last, 0}] = k
	}
	// along appends the corners passed going from border place a to b,
	// forward (counterclockwise) or back.
	along := func(pts []Point, a, b float64, forward bool) []Point {
		if forward {
			if b < a {
				b += per
			}
			for _, off := range []float64{0, per} {
				for _, c := range corners {
					if s := c.s + off; s > a && s < b {
						pts = append(pts, c.p)
					}
				}
			}
			return pts
		}
		if a < b {
			a += per
		}
		for _, off := range []float64{per, 0} {
			for i := len(corners) - 1; i >= 0; i-- {
				if s := corners[i].s + off; s < a && s > b {
					pts = append(pts, corners[i].p)
				}
			}
		}
		return pts
	}
	used := make([]bool, len(open))
	for start := range open {
		if used[start] {
			continue
		}
		var loop []Point
		line, fromLast := start, false
		for steps := 0; !used[line] && steps <= len(open); steps++ {
			used[line] = true
			ln := open[line]
			if fromLast {
				for i := len(ln) - 1; i >= 0; i-- {
					loop = append(loop, ln[i])
				}
			} else {
				loop = append(loop, ln...)
			}
			// The far end of the line, and the inside stretch beside it.
			k := at[end{line, !fromLast, 0}]
			var next int
			forward := true
			switch {
			case stretchIn[k]:
				next = (k + 1) % n
			case stretchIn[(k-1+n)%n]:
				next, forward = (k-1+n)%n, false
			default:
				next = -1
			}
			if next < 0 {
				break
			}
			loop = along(loop, ends[k].s, ends[next].s, forward)
			line, fromLast = ends[next].line, ends[next].last
		}
		if len(loop) > 2 {
			loops = append(loops, append(loop, loop[0]))
		}
	}
	// Open loops first in the order of their lines, then the rings.
	rings := 0
	for _, ln := range lines {
		if n := len(ln); n > 2 && ln[0] == ln[n-1] {
			rings++
		}
	}
	return append(loops[rings:], loops[:rings]...)
}

// Neg returns the grid of −f over the same points, without evaluating f
// again: its Fill(−level) is where f ≤ level.
func (gr *Grid) Neg() *Grid {
	f := gr.f
	n := &Grid{f: func(x, y float64) float64 { return -f(x, y) }, nx: gr.nx, ny: gr.ny,
		v: make([]float64, len(gr.v)), xs: gr.xs, ys: gr.ys}
	for i, v := range gr.v {
		n.v[i] = -v
	}
	if gr.centre != nil {
		n.centre = make([]float64, len(gr.centre))
		for i, v := range gr.centre {
			n.centre[i] = -v
		}
	}
	return n
}

// Max returns the grid point where f is largest (the first one of a tie)
// and f there; NaN values are passed over.
func (gr *Grid) Max() (Point, float64) {
	best, at := math.Inf(-1), 0
	for k, v := range gr.v {
		if v > best {
			best, at = v, k
		}
	}
	return Point{gr.xs[at%(gr.nx+1)], gr.ys[at/(gr.nx+1)]}, best
}
