package graph

import (
	"math"
	"sort"

	"github.com/aiprep/diag/scene"
)

// zoneShape is the input of a zone's outline: the boxes of its members
// grown by their padding (pads), the members' own boxes, which the outline
// must hold whole (keep), and the boxes of everything else the outline
// must leave out (blockers).
type zoneShape struct {
	pads     []scene.Rect
	keep     []scene.Rect
	blockers []scene.Rect
}

// outline returns the tightest outline around the padded members that
// leaves the blockers out: the bounding rectangle of the padded members
// when no blocker meets it, else that rectangle with a notch cut for each
// blocker, from the blocker to the nearest side of the rectangle that the
// notch can reach without cutting a member (a hole where none can). Parts
// left without a member are dropped. The outline is one or more closed
// orthogonal polygons, clockwise on the page, corners only where the
// outline turns.
func (z zoneShape) outline() [][]scene.Point {
	var r scene.Rect
	for _, p := range z.pads {
		r = r.Union(p)
	}
	if r.W <= 0 || r.H <= 0 {
		return nil
	}
	var cuts []scene.Rect
	for _, b := range z.blockers {
		c, ok := intersect(b, r)
		if !ok {
			continue
		}
		c = z.reach(c, r)
		cuts = append(cuts, c)
		if n, ok := z.notch(c, r); ok {
			cuts = append(cuts, n)
		}
	}
	if len(cuts) == 0 {
		return [][]scene.Point{{{X: r.X, Y: r.Y}, {X: r.Right(), Y: r.Y}, {X: r.Right(), Y: r.Bottom()}, {X: r.X, Y: r.Bottom()}}}
	}
	xs := []float64{r.X, r.Right()}
	ys := []float64{r.Y, r.Bottom()}
	for _, c := range append(append([]scene.Rect{}, cuts...), z.pads...) {
		xs = append(xs, clamp(c.X, r.X, r.Right()), clamp(c.Right(), r.X, r.Right()))
		ys = append(ys, clamp(c.Y, r.Y, r.Bottom()), clamp(c.Bottom(), r.Y, r.Bottom()))
	}
	g := newCellGrid(uniq(xs), uniq(ys))
	for i := range g.in {
		g.in[i] = true
	}
	for _, c := range cuts {
		g.set(c, false)
	}
	g.keepMembers(z.pads)
	return g.trace()
}

// thin is the width under which a strip of the zone left between a cut
// and the side of its rectangle is cut away with it.
const thin = 32.0

// reach returns the cut c grown to each side of r that is closer than thin,
// where growing it cuts no member's box, so that no sliver of the zone runs
// between a node it leaves out and its outline.
func (z zoneShape) reach(c, r scene.Rect) scene.Rect {
	grow := []scene.Rect{
		{X: r.X, Y: c.Y, W: c.Right() - r.X, H: c.H},
		{X: c.X, Y: c.Y, W: r.Right() - c.X, H: c.H},
		{X: c.X, Y: r.Y, W: c.W, H: c.Bottom() - r.Y},
		{X: c.X, Y: c.Y, W: c.W, H: r.Bottom() - c.Y},
	}
	gaps := []float64{c.X - r.X, r.Right() - c.Right(), c.Y - r.Y, r.Bottom() - c.Bottom()}
	for k, g := range grow {
		if gaps[k] <= 0 || gaps[k] >= thin || z.cutsMember(g) {
			continue
		}
		c = c.Union(g)
	}
	return c
}

// cutsMember reports whether s meets a member's box.
func (z zoneShape) cutsMember(s scene.Rect) bool {
	for _, k := range z.keep {
		if _, ok := intersect(s, k); ok {
			return true
		}
	}
	return false
}

// notch returns the strip from the cut c to the side of r it reaches with
// the least area, without meeting a member's box; the padding of members
// counts as four times its area. ok is false when every strip meets a
// member.
func (z zoneShape) notch(c, r scene.Rect) (scene.Rect, bool) {
	strips := []scene.Rect{
		{X: r.X, Y: c.Y, W: c.X - r.X, H: c.H},                   // to the left side
		{X: c.Right(), Y: c.Y, W: r.Right() - c.Right(), H: c.H}, // to the right side
		{X: c.X, Y: r.Y, W: c.W, H: c.Y - r.Y},                   // to the top
		{X: c.X, Y: c.Bottom(), W: c.W, H: r.Bottom() - c.Bottom()},
	}
	best, cost := scene.Rect{}, math.Inf(1)
	for _, s := range strips {
		if s.W < 0 || s.H < 0 {
			continue
		}
		if z.cutsMember(s) {
			continue
		}
		a := s.W * s.H
		for _, p := range z.pads {
			if o, ok := intersect(s, p); ok {
				a += 4 * o.W * o.H
			}
		}
		if a < cost {
			best, cost = s, a
		}
	}
	return best, !math.IsInf(cost, 1)
}

// intersect returns the overlap of a and b and whether it has an area.
func intersect(a, b scene.Rect) (scene.Rect, bool) {
	x0, y0 := max(a.X, b.X), max(a.Y, b.Y)
	x1, y1 := min(a.Right(), b.Right()), min(a.Bottom(), b.Bottom())
	if x1-x0 <= 1e-6 || y1-y0 <= 1e-6 {
		return scene.Rect{}, false
	}
	return scene.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, true
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

// uniq returns vs sorted, with values closer than 0.01 px merged.
func uniq(vs []float64) []float64 {
	sort.Float64s(vs)
	out := vs[:0:0]
	for _, v := range vs {
		if len(out) == 0 || v-out[len(out)-1] > 0.01 {
			out = append(out, v)
		}
	}
	return out
}

// cellGrid is a grid of cells between the lines xs and ys, each in or out
// of a region.
type cellGrid struct {
	xs, ys []float64
	nx, ny int
	in     []bool // cell (i, j) is in[j*nx+i]
}

func newCellGrid(xs, ys []float64) *cellGrid {
	nx, ny := len(xs)-1, len(ys)-1
	return &cellGrid{xs: xs, ys: ys, nx: nx, ny: ny, in: make([]bool, nx*ny)}
}

// cells calls f for each cell whose centre lies in r.
func (g *cellGrid) cells(r scene.Rect, f func(k int)) {
	for j := 0; j < g.ny; j++ {
		cy := (g.ys[j] + g.ys[j+1]) / 2
		if cy < r.Y || cy > r.Bottom() {
			continue
		}
		for i := 0; i < g.nx; i++ {
			cx := (g.xs[i] + g.xs[i+1]) / 2
			if cx >= r.X && cx <= r.Right() {
				f(j*g.nx + i)
			}
		}
	}
}

func (g *cellGrid) set(r scene.Rect, v bool) { g.cells(r, func(k int) { g.in[k] = v }) }

// keepMembers drops the parts of the region (cells joined by their sides)
// that hold no cell of a padded member.
func (g *cellGrid) keepMembers(pads []scene.Rect) {
	comp := make([]int, len(g.in))
	for k := range comp {
		comp[k] = -1
	}
	n := 0
	for k := range g.in {
		if !g.in[k] || comp[k] >= 0 {
			continue
		}
		stack := []int{k}
		comp[k] = n
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			i, j := c%g.nx, c/g.nx
			for _, d := range [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
				a, b := i+d[0], j+d[1]
				if a < 0 || b < 0 || a >= g.nx || b >= g.ny {
					continue
				}
				if o := b*g.nx + a; g.in[o] && comp[o] < 0 {
					comp[o] = n
					stack = append(stack, o)
				}
			}
		}
		n++
	}
	held := make([]bool, n)
	for _, p := range pads {
		g.cells(p, func(k int) {
			if g.in[k] {
				held[comp[k]] = true
			}
		})
	}
	for k := range g.in {
		if g.in[k] && !held[comp[k]] {
			g.in[k] = false
		}
	}
}

func (g *cellGrid) at(i, j int) bool {
	return i >= 0 && j >= 0 && i < g.nx && j < g.ny && g.in[j*g.nx+i]
}

// trace returns the boundary of the region as closed polygons, clockwise
// on the page (the region on the right of the way round), outer rings and
// holes alike; where two cells meet only at a corner, the rings turn so
// as to keep them apart.
func (g *cellGrid) trace() [][]scene.Point {
	type side struct{ from, to gridVtx }
	out := map[gridVtx][]side{}
	var order []side
	add := func(s side) {
		out[s.from] = append(out[s.from], s)
		order = append(order, s)
	}
	for j := 0; j < g.ny; j++ {
		for i := 0; i < g.nx; i++ {
			if !g.at(i, j) {
				continue
			}
			if !g.at(i, j-1) {
				add(side{gridVtx{i, j}, gridVtx{i + 1, j}})
			}
			if !g.at(i+1, j) {
				add(side{gridVtx{i + 1, j}, gridVtx{i + 1, j + 1}})
			}
			if !g.at(i, j+1) {
				add(side{gridVtx{i + 1, j + 1}, gridVtx{i, j + 1}})
			}
			if !g.at(i-1, j) {
				add(side{gridVtx{i, j + 1}, gridVtx{i, j}})
			}
		}
	}
	used := map[side]bool{}
	var rings [][]scene.Point
	for _, start := range order {
		if used[start] {
			continue
		}
		var ring []gridVtx
		s := start
		for !used[s] {
			used[s] = true
			ring = append(ring, s.from)
			dx, dy := s.to.i-s.from.i, s.to.j-s.from.j
			var next side
			found := false
			// Prefer the right turn, then straight on, then the left turn.
			for _, d := range [3][2]int{{-dy, dx}, {dx, dy}, {dy, -dx}} {
				for _, c := range out[s.to] {
					if !used[c] && c.to.i-c.from.i == d[0] && c.to.j-c.from.j == d[1] {
						next, found = c, true
						break
					}
				}
				if found {
					break
				}
			}
			if !found {
				break
			}
			s = next
		}
		rings = append(rings, g.corners(ring))
	}
	return rings
}

// gridVtx is a corner of the grid's cells: the lines xs[i] and ys[j].
type gridVtx struct{ i, j int }

// corners returns the ring's points where it turns, in px.
func (g *cellGrid) corners(ring []gridVtx) []scene.Point {
	var pts []scene.Point
	n := len(ring)
	for k, v := range ring {
		p, q := ring[(k+n-1)%n], ring[(k+1)%n]
		if (p.i == v.i && v.i == q.i) || (p.j == v.j && v.j == q.j) {
			continue
		}
		pts = append(pts, scene.Point{X: g.xs[v.i], Y: g.ys[v.j]})
	}
	return pts
}
