package quality

import (
	"cmp"
	"math"
	"slices"
)

// The checks of routes that a reader must be able to follow: edge ends
// apart on their node's side, parallel stretches apart, and arrowheads on
// a straight last stretch.
const (
	// minEndGap is the least distance, in px, between two edge ends on one
	// side of a node or group box.
	minEndGap = 8
	// minTrackGap is the least distance, in px, between two routes that
	// run side by side.
	minTrackGap = 8
	// minLastRun is the least length, in px, of the straight stretch that
	// ends a route, along which its arrowhead points.
	minLastRun = 12
	// maxLastTurn is how far, in radians, the route may turn from the
	// direction of its last segment within its last minLastRun px: a
	// flattened curve that bends gently still ends straight.
	maxLastTurn = 15 * math.Pi / 180
	// parallelAngle is the largest angle, in radians, between two
	// segments that run side by side.
	parallelAngle = 2 * math.Pi / 180
	// togetherGap is the distance, in px, under which two stretches run
	// together (one line) rather than side by side.
	togetherGap = 0.5
)

// Box sides, as seen from the box's centre.
const (
	sideTop = iota
	sideRight
	sideBottom
	sideLeft
)

var sideNames = [4]string{"top", "right", "bottom", "left"}

// routeEnd is one end of a route that lies on the box it attaches to.
type routeEnd struct {
	box   int // node index, or len(nodes) + group index
	side  int
	along float64 // position along the side: x on top and bottom, y on left and right
	at    point
	dir   point // unit direction from the end into the route
	edge  int
}

// crowdedEnds counts the pairs of neighbouring edge ends on one side of a
// node or group box that lie closer than minEndGap. Ends that meet at one
// point and leave it in the same direction are one end: the edges merge
// into one trunk there on purpose. Ends that do not touch their box (grown
// by nodeMargin) are not on a side and are left out.
func (s *scene) crowdedEnds() int {
	var ends []routeEnd
	for ei, route := range s.routes {
		if len(route) < 2 {
			continue
		}
		e := s.g.Edges[ei]
		n := len(route)
		for k, id := range [2]string{e.From, e.To} {
			at, next := route[0], route[1]
			if k == 1 {
				at, next = route[n-1], route[n-2]
			}
			box, r, ok := s.endBox(id)
			if !ok || !r.grow(nodeMargin).containsPoint(at) {
				continue
			}
			d := next.sub(at)
			l := math.Hypot(d.x, d.y)
			end := routeEnd{box: box, at: at, dir: point{d.x / l, d.y / l}, edge: ei}
			end.side, end.along = sideOf(r, at)
			ends = append(ends, end)
		}
	}
	slices.SortFunc(ends, func(a, b routeEnd) int {
		return cmp.Or(cmp.Compare(a.box, b.box), cmp.Compare(a.side, b.side),
			cmp.Compare(a.along, b.along), cmp.Compare(a.edge, b.edge))
	})
	count := 0
	for i := 0; i < len(ends); {
		j := i + 1
		for j < len(ends) && ends[j].box == ends[i].box && ends[j].side == ends[i].side {
			j++
		}
		count += s.crowdedSide(ends[i:j])
		i = j
	}
	return count
}

// crowdedSide counts the crowded pairs among the ends on one side, sorted
// along it.
func (s *scene) crowdedSide(side []routeEnd) int {
	// Merge ends into the ends drawn: one per point and direction.
	var drawn []routeEnd
	for _, e := range side {
		merged := false
		for k := len(drawn) - 1; k >= 0 && e.along-drawn[k].along < togetherGap; k-- {
			d := drawn[k]
			if distance(d.at, e.at) < togetherGap && math.Abs(cross(d.dir, e.dir)) < 1e-3 && dot(d.dir, e.dir) > 0 {
				merged = true
				break
			}
		}
		if !merged {
			drawn = append(drawn, e)
		}
	}
	count := 0
	for k := 1; k < len(drawn); k++ {
		a, b := drawn[k-1], drawn[k]
		if d := distance(a.at, b.at); d < minEndGap {
			count++
			s.problems.add("crowded ends: %s and %s end %s apart on the %s side of %s",
				edgeName(s.g.Edges[a.edge], a.edge), edgeName(s.g.Edges[b.edge], b.edge), px(d),
				sideNames[a.side], s.boxName(a.box))
		}
	}
	return count
}

// endBox returns the box an edge end attaches to: the node with the id,
// else the group with it.
func (s *scene) endBox(id string) (int, rect, bool) {
	if n := s.endNode(id); n >= 0 {
		return n, s.nodes[n], true
	}
	if g, ok := s.groupByID[id]; ok && s.groupOK[g] {
		return len(s.nodes) + g, s.groups[g], true
	}
	return 0, rect{}, false
}

// boxName names the node or group numbered as in routeEnd.box.
func (s *scene) boxName(box int) string {
	if box < len(s.nodes) {
		return s.nodeName(box)
	}
	return s.groupName(box - len(s.nodes))
}

// sideOf returns the side of r that p lies on, seen from r's centre (the
// side whose triangle between the centre and its corners holds p), and
// p's position along it.
func sideOf(r rect, p point) (side int, along float64) {
	cx, cy := (r.x0+r.x1)/2, (r.y0+r.y1)/2
	hx, hy := max((r.x1-r.x0)/2, 1e-9), max((r.y1-r.y0)/2, 1e-9)
	nx, ny := (p.x-cx)/hx, (p.y-cy)/hy
	switch {
	case math.Abs(ny) >= math.Abs(nx) && ny < 0:
		return sideTop, p.x
	case math.Abs(ny) >= math.Abs(nx):
		return sideBottom, p.x
	case nx > 0:
		return sideRight, p.y
	}
	return sideLeft, p.y
}

// shortLastSegments counts the routes whose last straight stretch is
// shorter than minLastRun: walking back from the tip, the route turns by
// more than maxLastTurn from its last segment's direction, or ends, before
// it has gone minLastRun px. An arrowhead drawn there points along a
// stretch too short to read, or across the line it ends.
func (s *scene) shortLastSegments() int {
	count := 0
	for ei, route := range s.routes {
		n := len(route)
		if n < 2 {
			continue
		}
		if run, short := lastRun(route); short {
			count++
			s.problems.add("short last segment: %s ends with a straight stretch of %s", edgeName(s.g.Edges[ei], ei), px(run))
		}
	}
	return count
}

// lastRun returns the length of the straight stretch that ends route, and
// whether it is shorter than minLastRun.
func lastRun(route []point) (float64, bool) {
	n := len(route)
	tip := route[n-1]
	last := tip.sub(route[n-2])
	run := 0.0
	for k := n - 1; k >= 1; k-- {
		seg := route[k].sub(route[k-1])
		if angleBetween(seg, last) > maxLastTurn {
			return run, true
		}
		run += math.Hypot(seg.x, seg.y)
		if run >= minLastRun {
			return run, false
		}
	}
	return run, true
}

// angleBetween returns the angle between the directions u and v, in [0, π].
func angleBetween(u, v point) float64 {
	return math.Atan2(math.Abs(cross(u, v)), dot(u, v))
}

// distance returns the distance between p and q.
func distance(p, q point) float64 { return math.Hypot(p.x-q.x, p.y-q.y) }
