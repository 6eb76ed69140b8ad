package plotmath

import "math"

// MaxContourCells caps the grid of Contour along each axis.
const MaxContourCells = 1024

// Contour returns the level line f(x, y) = level over the rectangle
// [x0, x1] × [y0, y1], in data coordinates, by marching squares on a grid of
// nx × ny cells ((nx+1) × (ny+1) samples; values below 1 count as 1, above
// MaxContourCells as MaxContourCells).
//
// A grid point is inside when f − level ≥ 0; where an edge of a cell joins
// an inside and an outside point, the line crosses it at the linearly
// interpolated position. A cell with two diagonally opposite inside points
// (a saddle) is resolved by f at the cell's centre: if the centre is inside,
// the two inside corners are connected. Cells with a NaN or infinite corner
// are skipped. The pieces are joined into polylines; a closed ring ends with
// its first point repeated. Open lines come first, in the order of their
// first cell, then rings, in the order of their first cell; a polyline
// starts at its lowest-numbered crossing, so the output is deterministic.
func Contour(f func(x, y float64) float64, x0, x1, y0, y1 float64, nx, ny int, level float64) [][]Point {
	return NewGrid(f, x0, x1, y0, y1, nx, ny).Contour(level)
}

// Grid holds the samples of f(x, y) on a grid of cells over a rectangle,
// taken once for the level lines of any number of levels.
type Grid struct {
	f      func(x, y float64) float64
	nx, ny int
	v      []float64 // f at (xs[i], ys[j]) is v[j*(nx+1)+i]
	xs, ys []float64
	// centre holds f at the centres of the cells where a saddle asked for
	// it (NaN: not yet), made on first use.
	centre []float64
	evals  int
}

// NewGrid samples f over the rectangle [x0, x1] × [y0, y1] on a grid of
// nx × ny cells, as Contour does.
func NewGrid(f func(x, y float64) float64, x0, x1, y0, y1 float64, nx, ny int) *Grid {
	nx, ny = min(max(nx, 1), MaxContourCells), min(max(ny, 1), MaxContourCells)
	g := &Grid{f: f, nx: nx, ny: ny, v: make([]float64, (nx+1)*(ny+1)), xs: make([]float64, nx+1), ys: make([]float64, ny+1)}
	for i := range g.xs {
		g.xs[i] = lerp(x0, x1, float64(i)/float64(nx))
	}
	for j := range g.ys {
		g.ys[j] = lerp(y0, y1, float64(j)/float64(ny))
	}
	for j, y := range g.ys {
		for i, x := range g.xs {
			g.v[j*(nx+1)+i] = f(x, y)
		}
	}
	g.evals = len(g.v)
	return g
}

// Samples returns the number of grid points of a grid of nx × ny cells as
// NewGrid makes it: the evaluations of f it takes.
func Samples(nx, ny int) int {
	nx, ny = min(max(nx, 1), MaxContourCells), min(max(ny, 1), MaxContourCells)
	return (nx + 1) * (ny + 1)
}

// Evals returns the evaluations of f made so far: the grid points, and
// the cell centres that saddles asked for.
func (gr *Grid) Evals() int { return gr.evals }

// Contour returns the level line f(x, y) = level, as the function Contour
// does.
func (gr *Grid) Contour(level float64) [][]Point {
	nx, ny := gr.nx, gr.ny
	g := &grid{src: gr, level: level, nx: nx, ny: ny, v: make([]float64, len(gr.v)), xs: gr.xs, ys: gr.ys}
	for k, fv := range gr.v {
		g.v[k] = fv - level
	}

	// Each crossing is an edge of the grid; each cell adds segments that
	// join two crossings. link holds, for every edge, the two edges it is
	// joined to (-1 for none).
	link := make([][2]int32, g.edges())
	for i := range link {
		link[i] = [2]int32{-1, -1}
	}
	connect := func(a, b int) {
		for _, e := range [2][2]int{{a, b}, {b, a}} {
			if link[e[0]][0] < 0 {
				link[e[0]][0] = int32(e[1])
			} else {
				link[e[0]][1] = int32(e[1])
			}
		}
	}
	var order []int // edges in the order cells first touched them
	seen := make([]bool, len(link))
	for j := range ny {
		for i := range nx {
			for _, seg := range g.cellSegments(i, j) {
				connect(seg[0], seg[1])
				for _, e := range seg {
					if !seen[e] {
						seen[e] = true
						order = append(order, e)
					}
				}
			}
		}
	}

	// Walk open lines from their ends first, then the remaining rings.
	used := make([]bool, len(link))
	var lines, rings [][]Point
	for _, e := range order {
		if !used[e] && link[e][1] < 0 {
			if pts, _ := g.walk(e, link, used); len(pts) > 1 {
				lines = append(lines, pts)
			}
		}
	}
	for _, e := range order {
		if !used[e] {
			if pts, _ := g.walk(e, link, used); len(pts) > 1 {
				rings = append(rings, pts)
			}
		}
	}
	return append(lines, rings...)
}

// walk follows the crossings joined to start, marking them used, and
// returns their points; a ring comes back closed. Consecutive equal points
// (where the line passes exactly through a grid point) are kept once.
func (g *grid) walk(start int, link [][2]int32, used []bool) (pts []Point, closed bool) {
	prev, cur := -1, start
	for {
		used[cur] = true
		pts = appendDistinct(pts, g.crossing(cur))
		next := -1
		for _, n := range link[cur] {
			if n >= 0 && int(n) != prev && !used[n] {
				next = int(n)
				break
			}
		}
		if next < 0 {
			closed = cur != start && prev != start && (int(link[cur][0]) == start || int(link[cur][1]) == start)
			break
		}
		prev, cur = cur, next
	}
	if closed {
		if len(pts) > 1 && pts[len(pts)-1] == pts[0] {
			pts = pts[:len(pts)-1]
		}
		pts = append(pts, pts[0])
	}
	return pts, closed
}

// appendDistinct appends p unless it equals the last point.
func appendDistinct(pts []Point, p Point) []Point {
	if len(pts) > 0 && pts[len(pts)-1] == p {
		return pts
	}
	return append(pts, p)
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }

// grid holds the sampled values f − level of one level; v[j*(nx+1)+i] is
// at (xs[i], ys[j]).
type grid struct {
	src    *Grid
	level  float64
	nx, ny int
	v      []float64
	xs, ys []float64
}

// Edge numbering: horizontal edges from (i, j) to (i+1, j) are j*nx + i;
// vertical edges from (i, j) to (i, j+1) follow, numbered
// nx*(ny+1) + j*(nx+1) + i.
func (g *grid) hEdge(i, j int) int { return j*g.nx + i }
func (g *grid) vEdge(i, j int) int { return g.nx*(g.ny+1) + j*(g.nx+1) + i }
func (g *grid) edges() int         { return g.nx*(g.ny+1) + (g.nx+1)*g.ny }

func (g *grid) at(i, j int) float64 { return g.v[j*(g.nx+1)+i] }

// crossing returns where the level line crosses edge e.
func (g *grid) crossing(e int) Point {
	var i0, j0, i1, j1 int
	if h := g.nx * (g.ny + 1); e < h {
		i0, j0 = e%g.nx, e/g.nx
		i1, j1 = i0+1, j0
	} else {
		e -= h
		i0, j0 = e%(g.nx+1), e/(g.nx+1)
		i1, j1 = i0, j0+1
	}
	a, b := g.at(i0, j0), g.at(i1, j1)
	t := a / (a - b)
	return Point{lerp(g.xs[i0], g.xs[i1], t), lerp(g.ys[j0], g.ys[j1], t)}
}

// cellSegments returns the segments of cell (i, j) as pairs of edges.
func (g *grid) cellSegments(i, j int) [][2]int {
	corners := [4]float64{g.at(i, j), g.at(i+1, j), g.at(i+1, j+1), g.at(i, j+1)}
	index := 0
	for k, c := range corners {
		if !finite(c) {
			return nil
		}
		if c >= 0 {
			index |= 1 << k
		}
	}
	// The cell's edges: bottom, right, top, left.
	bottom, right, top, left := g.hEdge(i, j), g.vEdge(i+1, j), g.hEdge(i, j+1), g.vEdge(i, j)
	switch index {
	case 0, 15:
		return nil
	case 1, 14:
		return [][2]int{{left, bottom}}
	case 2, 13:
		return [][2]int{{bottom, right}}
	case 3, 12:
		return [][2]int{{left, right}}
	case 4, 11:
		return [][2]int{{right, top}}
	case 6, 9:
		return [][2]int{{bottom, top}}
	case 7, 8:
		return [][2]int{{top, left}}
	}
	// A saddle: corners 0 and 2 (index 5) or 1 and 3 (index 10) are inside.
	cx, cy := (g.xs[i]+g.xs[i+1])/2, (g.ys[j]+g.ys[j+1])/2
	centreInside := g.src.centreValue(i, j, cx, cy)-g.level >= 0
	// Cut off corners 1 and 3 when the inside corners 0 and 2 connect
	// through the centre, else cut off corners 0 and 2.
	if (index == 5) == centreInside {
		return [][2]int{{bottom, right}, {top, left}}
	}
	return [][2]int{{left, bottom}, {right, top}}
}

// centreValue returns f at (cx, cy), the centre of cell (i, j), evaluating
// it once for all levels.
func (gr *Grid) centreValue(i, j int, cx, cy float64) float64 {
	if gr.centre == nil {
		gr.centre = make([]float64, gr.nx*gr.ny)
		for k := range gr.centre {
			gr.centre[k] = math.NaN()
		}
	}
	k := j*gr.nx + i
	if math.IsNaN(gr.centre[k]) {
		gr.centre[k] = gr.f(cx, cy)
		gr.evals++
	}
	return gr.centre[k]
}
