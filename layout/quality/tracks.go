package quality

import "math"

// closeTracks counts the pairs of edges whose routes run side by side,
// parallel and closer than minTrackGap, for more than minTrackGap px: two
// tracks in one channel, or two ports' stubs, that read as one band. Two
// routes that run together on one line (closer than togetherGap) count as
// well, unless the edges start or end at the same node or group: then
// they share a trunk on purpose. Segments are paired through a uniform
// grid of their boxes grown by half the gap; each pair of edges counts
// once.
func (s *scene) closeTracks() int {
	type seg struct {
		box  rect
		edge int
		p, q point
	}
	var segs []seg
	bounds, extent := emptyBounds, 0.0
	for ei, route := range s.routes {
		for i := 0; i+1 < len(route); i++ {
			p, q := route[i], route[i+1]
			if distance(p, q) <= minTrackGap {
				continue // too short to run side by side for longer
			}
			b := segmentBox(p, q).grow(minTrackGap / 2)
			segs = append(segs, seg{b, ei, p, q})
			bounds = bounds.union(b)
			extent += max(b.x1-b.x0, b.y1-b.y0)
		}
	}
	if len(segs) < 2 {
		return 0
	}
	boxes := make([]rect, len(segs))
	for k, sg := range segs {
		boxes[k] = sg.box
	}
	g := newGrid(bounds, boxes, cellSide(bounds, len(segs), extent/float64(len(segs))))
	found := map[[2]int]bool{}
	for cy := 0; cy < g.ny; cy++ {
		for cx := 0; cx < g.nx; cx++ {
			cell := g.cell(cx, cy)
			for x := range cell {
				a := &segs[cell[x]]
				for y := x + 1; y < len(cell); y++ {
					b := &segs[cell[y]]
					if a.edge == b.edge {
						continue
					}
					key := [2]int{min(a.edge, b.edge), max(a.edge, b.edge)}
					if found[key] {
						continue
					}
					dx, dy := a.box.overlap(b.box)
					if dx < 0 || dy < 0 || !g.owns(cx, cy, max(a.box.x0, b.box.x0), max(a.box.y0, b.box.y0)) {
						continue
					}
					gap, run, ok := sideBySide(a.p, a.q, b.p, b.q)
					if !ok || gap >= minTrackGap || run <= minTrackGap || gap < togetherGap && s.shareEnd(a.edge, b.edge) {
						continue
					}
					found[key] = true
					s.problems.add("close tracks: %s and %s run %s apart for %s",
						edgeName(s.g.Edges[key[0]], key[0]), edgeName(s.g.Edges[key[1]], key[1]), px(gap), px(run))
				}
			}
		}
	}
	return len(found)
}

// sideBySide reports whether the segments p1–q1 and p2–q2 are parallel,
// and if so how far apart they run (at the middle of the stretch where
// both run) and for how long.
func sideBySide(p1, q1, p2, q2 point) (gap, run float64, ok bool) {
	u, v := q1.sub(p1), q2.sub(p2)
	lu := math.Hypot(u.x, u.y)
	a := angleBetween(u, v)
	if lu == 0 || min(a, math.Pi-a) > parallelAngle {
		return 0, 0, false
	}
	d := point{u.x / lu, u.y / lu}
	// Positions of the second segment's ends along the first and across it.
	t0, t1 := dot(p2.sub(p1), d), dot(q2.sub(p1), d)
	o0, o1 := cross(d, p2.sub(p1)), cross(d, q2.sub(p1))
	lo, hi := max(0, min(t0, t1)), min(lu, max(t0, t1))
	if hi <= lo {
		return 0, 0, false
	}
	m := (lo + hi) / 2
	o := o0
	if t1 != t0 {
		o = o0 + (m-t0)*(o1-o0)/(t1-t0)
	}
	return math.Abs(o), hi - lo, true
}

// shareEnd reports whether two edges start at the same node or group, or
// end at the same one.
func (s *scene) shareEnd(a, b int) bool {
	ea, eb := s.g.Edges[a], s.g.Edges[b]
	return ea.From != "" && ea.From == eb.From || ea.To != "" && ea.To == eb.To
}
