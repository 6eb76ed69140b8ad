package quality

import (
	"sort"

	"github.com/aiprep/diag/scene/geom"
)

// CardPad is the padding, in px, that the hole measure grants around what a
// card draws: a card stretched past its content by more than this leaves
// the rest of it empty.
const CardPad = 16

// hole returns the largest empty rectangle in the body of g (see the
// package documentation) and its area as a fraction of the sheet's; zero
// when g has no body.
func hole(g geom.Geometry) (geom.Box, float64) {
	body := boxRect(g.Body.X, g.Body.Y, g.Body.W, g.Body.H)
	sheet := g.Sheet.W * g.Sheet.H
	if body.empty() || !body.finite() || !(sheet > 0) || !isFinite(sheet) {
		return geom.Box{}, 0
	}
	var full []rect
	for _, c := range g.Cards {
		card := boxRect(c.Box.X, c.Box.Y, c.Box.W, c.Box.H)
		ink := boxRect(c.Content.X, c.Content.Y, c.Content.W, c.Content.H)
		if !card.finite() || !ink.finite() {
			continue
		}
		used := ink.grow(CardPad)
		used = rect{max(used.x0, card.x0), max(used.y0, card.y0), min(used.x1, card.x1), min(used.y1, card.y1)}
		if c.Content == (geom.Box{}) || used.empty() {
			continue // a card that draws nothing is empty throughout
		}
		full = append(full, used)
	}
	r := largestEmpty(body, full)
	if r.empty() {
		return geom.Box{}, 0
	}
	return geom.Box{X: r.x0, Y: r.y0, W: r.x1 - r.x0, H: r.y1 - r.y0}, (r.x1 - r.x0) * (r.y1 - r.y0) / sheet
}

// largestEmpty returns the rectangle of largest area inside area that
// overlaps none of the boxes full. The sides of the boxes cut area into a
// grid of cells, each wholly free or wholly covered; the answer is a
// rectangle of free cells, found row by row as the largest rectangle under
// a histogram of free heights (the stack method, with cells of unequal
// widths): O(n²) for n boxes.
func largestEmpty(area rect, full []rect) rect {
	xs := []float64{area.x0, area.x1}
	ys := []float64{area.y0, area.y1}
	var in []rect
	for _, f := range full {
		f = rect{max(f.x0, area.x0), max(f.y0, area.y0), min(f.x1, area.x1), min(f.y1, area.y1)}
		if f.empty() {
			continue
		}
		in = append(in, f)
		xs = append(xs, f.x0, f.x1)
		ys = append(ys, f.y0, f.y1)
	}
	xs, ys = sorted(xs), sorted(ys)
	nx, ny := len(xs)-1, len(ys)-1
	if nx <= 0 || ny <= 0 {
		return rect{}
	}
	// covered[j*nx+i] marks the cell between xs[i], xs[i+1] and ys[j],
	// ys[j+1] as covered.
	covered := make([]bool, nx*ny)
	for _, f := range in {
		i0, i1 := sort.SearchFloat64s(xs, f.x0), sort.SearchFloat64s(xs, f.x1)
		j0, j1 := sort.SearchFloat64s(ys, f.y0), sort.SearchFloat64s(ys, f.y1)
		for j := j0; j < j1; j++ {
			for i := i0; i < i1; i++ {
				covered[j*nx+i] = true
			}
		}
	}
	var best rect
	bestArea := 0.0
	height := make([]float64, nx) // free height ending at the current row
	type bar struct {
		i int // first cell of the bar
		h float64
	}
	for j := range ny {
		for i := range nx {
			if covered[j*nx+i] {
				height[i] = 0
			} else {
				height[i] += ys[j+1] - ys[j]
			}
		}
		var stack []bar
		for i := 0; i <= nx; i++ {
			h := 0.0
			if i < nx {
				h = height[i]
			}
			start := i
			for len(stack) > 0 && stack[len(stack)-1].h >= h {
				b := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if a := b.h * (xs[i] - xs[b.i]); a > bestArea {
					bestArea = a
					best = rect{xs[b.i], ys[j+1] - b.h, xs[i], ys[j+1]}
				}
				start = b.i
			}
			if i < nx && h > 0 {
				stack = append(stack, bar{start, h})
			}
		}
	}
	return best
}

// sorted returns the distinct values of vs in increasing order.
func sorted(vs []float64) []float64 {
	sort.Float64s(vs)
	out := vs[:0]
	for i, v := range vs {
		if i == 0 || v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}
