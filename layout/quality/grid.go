package quality

import "math"

// grid is a uniform grid over a bounding box that lists, for each cell, the
// items whose boxes touch the cell. It prefilters pairs of items that may
// meet, so that the checks avoid comparing everything with everything.
// Cell lists are stored back to back (start[c] to start[c+1] in items).
type grid struct {
	x0, y0 float64 // the bounds' top-left corner
	cw, ch float64 // cell width and height
	nx, ny int
	start  []int32
	items  []int32
}

// maxGridSide bounds the number of cells along each axis.
const maxGridSide = 2048

// newGrid builds a grid over bounds holding boxes; each cell is about side
// px wide and high.
func newGrid(bounds rect, boxes []rect, side float64) *grid {
	w, h := bounds.x1-bounds.x0, bounds.y1-bounds.y0
	g := &grid{x0: bounds.x0, y0: bounds.y0, nx: cellsAlong(w, side), ny: cellsAlong(h, side)}
	g.cw, g.ch = w/float64(g.nx), h/float64(g.ny)
	g.start = make([]int32, g.nx*g.ny+1)
	for _, b := range boxes {
		cx0, cy0, cx1, cy1 := g.span(b)
		for cy := cy0; cy <= cy1; cy++ {
			for cx := cx0; cx <= cx1; cx++ {
				g.start[cy*g.nx+cx+1]++
			}
		}
	}
	for c := 1; c < len(g.start); c++ {
		g.start[c] += g.start[c-1]
	}
	g.items = make([]int32, g.start[len(g.start)-1])
	next := make([]int32, g.nx*g.ny)
	copy(next, g.start)
	for i, b := range boxes {
		cx0, cy0, cx1, cy1 := g.span(b)
		for cy := cy0; cy <= cy1; cy++ {
			for cx := cx0; cx <= cx1; cx++ {
				c := cy*g.nx + cx
				g.items[next[c]] = int32(i)
				next[c]++
			}
		}
	}
	return g
}

// cellsAlong returns how many cells of about side px cover length px.
func cellsAlong(length, side float64) int {
	n := length / side
	if !(n >= 1) {
		return 1
	}
	if n >= maxGridSide {
		return maxGridSide
	}
	return int(math.Ceil(n))
}

// cellOf returns the cell index of v along one axis, clamped to the grid.
func cellOf(v, v0, size float64, n int) int {
	f := (v - v0) / size
	if !(f >= 0) {
		return 0
	}
	if f >= float64(n) {
		return n - 1
	}
	return int(f)
}

// span returns the range of cells a box touches.
func (g *grid) span(b rect) (cx0, cy0, cx1, cy1 int) {
	return cellOf(b.x0, g.x0, g.cw, g.nx), cellOf(b.y0, g.y0, g.ch, g.ny),
		cellOf(b.x1, g.x0, g.cw, g.nx), cellOf(b.y1, g.y0, g.ch, g.ny)
}

// cell returns the items listed in cell (cx, cy).
func (g *grid) cell(cx, cy int) []int32 {
	c := cy*g.nx + cx
	return g.items[g.start[c]:g.start[c+1]]
}

// owns reports whether the cell (cx, cy) is the one holding the point
// (x, y). A pair of items that share several cells is handled only in the
// cell that owns the top-left corner of the overlap of their boxes.
func (g *grid) owns(cx, cy int, x, y float64) bool {
	return cellOf(x, g.x0, g.cw, g.nx) == cx && cellOf(y, g.y0, g.ch, g.ny) == cy
}

// cellSide picks a cell size for n items with the given mean box extent
// spread over bounds: about one item per cell, but no smaller than half
// an item, so that long items do not fill too many cells.
func cellSide(bounds rect, n int, meanExtent float64) float64 {
	w, h := max(bounds.x1-bounds.x0, 1), max(bounds.y1-bounds.y0, 1)
	side := math.Sqrt(w * h / float64(max(n, 1)))
	return max(side, meanExtent/2, 1)
}
