package quality

// routeSegment is segment index of route edge, with its bounding box.
type routeSegment struct {
	box   rect
	edge  int32
	index int32
}

// crossings counts the points where routes of two different edges cross.
// Segments are put in a uniform grid, and only segments sharing a cell are
// compared; a pair sharing several cells is compared once, in the cell that
// holds the top-left corner of the overlap of their bounding boxes.
func (s *scene) crossings() int {
	var segs []routeSegment
	var boxes []rect
	bounds, extent := emptyBounds, 0.0
	for ei, route := range s.routes {
		for i := 0; i+1 < len(route); i++ {
			b := segmentBox(route[i], route[i+1])
			segs = append(segs, routeSegment{b, int32(ei), int32(i)})
			boxes = append(boxes, b)
			bounds = bounds.union(b)
			extent += max(b.x1-b.x0, b.y1-b.y0)
		}
	}
	if len(segs) < 2 {
		return 0
	}
	g := newGrid(bounds, boxes, cellSide(bounds, len(segs), extent/float64(len(segs))))
	count := 0
	for cy := 0; cy < g.ny; cy++ {
		for cx := 0; cx < g.nx; cx++ {
			cell := g.cell(cx, cy)
			for x, ka := range cell {
				a := segs[ka]
				for _, kb := range cell[x+1:] {
					b := segs[kb]
					if a.edge == b.edge {
						continue
					}
					ox, oy := max(a.box.x0, b.box.x0), max(a.box.y0, b.box.y0)
					if ox > min(a.box.x1, b.box.x1) || oy > min(a.box.y1, b.box.y1) || !g.owns(cx, cy, ox, oy) {
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

// crossAt reports whether segment i of edge ea and segment j of edge eb
// make a crossing that counts.
func (s *scene) crossAt(ea, i, eb, j int) bool {
	p, ok := crossingPoint(s.routes[ea], i, s.routes[eb], j)
	return ok && !s.nearSharedEndpoint(ea, eb, p)
}

// nearSharedEndpoint reports whether p lies in the box, grown by
// nodeMargin, of a node that is an endpoint of both edges.
func (s *scene) nearSharedEndpoint(ea, eb int, p point) bool {
	a, b := s.g.Edges[ea], s.g.Edges[eb]
	for _, id := range [2]string{a.From, a.To} {
		if id != b.From && id != b.To {
			continue
		}
		if ni, ok := s.nodeByID[id]; ok && s.nodeOK[ni] && s.nodes[ni].grow(nodeMargin).containsPoint(p) {
			return true
		}
	}
	return false
}
