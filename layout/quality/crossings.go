package quality

import (
	"math"
	"slices"
)

// routeSegment is segment number index of the route of edge number edge,
// with its bounding box and the grid cell of the box's top-left corner.
type routeSegment struct {
	box      rect
	start    float32 // a lower bound of the box's start along the sort axis
	edge     int32
	index    int32
	cx0, cy0 int32
}

// crossings counts the points where routes of two different edges cross.
// Segments are put in a uniform grid, and only segments sharing a cell are
// compared. A pair sharing several cells is compared once, in the cell that
// holds the top-left corner of the overlap of their bounding boxes: since
// the cell of a coordinate grows with the coordinate, that is the cell
// (max of the two boxes' first columns, max of their first rows).
func (s *scene) crossings() int {
	segs, byY := s.sortedSegments()
	if len(segs) < 2 {
		return 0
	}
	bounds, extent := emptyBounds, 0.0
	boxes := make([]rect, len(segs))
	for k, sg := range segs {
		boxes[k] = sg.box
		bounds = bounds.union(sg.box)
		extent += max(sg.box.x1-sg.box.x0, sg.box.y1-sg.box.y0)
	}
	g := newGrid(bounds, boxes, cellSide(bounds, len(segs), extent/float64(len(segs))))
	for k := range segs {
		cx0, cy0, _, _ := g.span(segs[k].box)
		segs[k].cx0, segs[k].cy0 = int32(cx0), int32(cy0)
	}
	// Copy the segments into cell order, so that each cell's are together.
	inCells := make([]routeSegment, len(g.items))
	for k, i := range g.items {
		inCells[k] = segs[i]
	}
	count := 0
	for cy := 0; cy < g.ny; cy++ {
		for cx := 0; cx < g.nx; cx++ {
			c := cy*g.nx + cx
			cell := inCells[g.start[c]:g.start[c+1]]
			for x := range cell {
				a := &cell[x]
				end := a.box.x1
				if byY {
					end = a.box.y1
				}
				for y := x + 1; y < len(cell); y++ {
					b := &cell[y]
					if float64(b.start) > end {
						break // so does every later segment in the cell
					}
					if a.edge == b.edge ||
						max(a.box.x0, b.box.x0) > min(a.box.x1, b.box.x1) ||
						max(a.box.y0, b.box.y0) > min(a.box.y1, b.box.y1) ||
						int(max(a.cx0, b.cx0)) != cx || int(max(a.cy0, b.cy0)) != cy {
						continue
					}
					if s.crossAt(int(a.edge), int(a.index), int(b.edge), int(b.index)) {
						count++
					}
				}
			}
		}
	}
	return count
}

// sortedSegments returns the segments of all routes sorted along the axis
// where they are thinner (y when byY), so that the grid, which keeps this
// order within each cell, lets the comparisons of one segment stop at the
// first segment that starts beyond it.
func (s *scene) sortedSegments() (segs []routeSegment, byY bool) {
	n := 0
	for _, route := range s.routes {
		n += max(len(route)-1, 0)
	}
	segs = make([]routeSegment, 0, n)
	wide, high := 0.0, 0.0
	for ei, route := range s.routes {
		for i := 0; i+1 < len(route); i++ {
			b := segmentBox(route[i], route[i+1])
			segs = append(segs, routeSegment{box: b, edge: int32(ei), index: int32(i)})
			wide += b.x1 - b.x0
			high += b.y1 - b.y0
		}
	}
	byY = wide >= high
	keys := make([]uint64, len(segs))
	for k, sg := range segs {
		start := sg.box.x0
		if byY {
			start = sg.box.y0
		}
		segs[k].start = floatBelow(start)
		keys[k] = sortKey(segs[k].start, k)
	}
	slices.Sort(keys)
	sorted := make([]routeSegment, len(segs))
	for k, key := range keys {
		sorted[k] = segs[uint32(key)]
	}
	return sorted, byY
}

// crossAt reports whether segment i of edge ea and segment j of edge eb
// make a crossing that counts.
func (s *scene) crossAt(ea, i, eb, j int) bool {
	p, ok := crossingPoint(s.routes[ea], i, s.routes[eb], j)
	return ok && !s.nearSharedEndpoint(ea, eb, p)
}

// nearSharedEndpoint reports whether p lies in the box, grown by
// nodeMargin, of a node that is an endpoint of both edges.
func (s *scene) nearSharedEndpoint(ea, eb int, p point) bool {
	a, b := s.ends[ea], s.ends[eb]
	for _, n := range a {
		if n >= 0 && (n == b[0] || n == b[1]) && s.nodes[n].grow(nodeMargin).containsPoint(p) {
			return true
		}
	}
	return false
}

// floatBelow returns the largest float32 not above v.
func floatBelow(v float64) float32 {
	f := float32(v)
	if float64(f) > v {
		f = math.Nextafter32(f, float32(math.Inf(-1)))
	}
	return f
}

// sortKey packs a float32 and an index into a number whose order is the
// float's order, then the index's.
func sortKey(v float32, index int) uint64 {
	bits := math.Float32bits(v)
	if bits&(1<<31) != 0 {
		bits = ^bits // negative: larger magnitude sorts first
	} else {
		bits |= 1 << 31
	}
	return uint64(bits)<<32 | uint64(uint32(index))
}
