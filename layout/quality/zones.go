package quality

import "github.com/aiprep/diag/scene/geom"

// zones counts the members of zones outside their zone's outline (a node
// or group listed as a member whose box is not wholly inside), and the
// nodes that are not members but reach inside a zone, each by more than
// the tolerance.
func (s *scene) zones() (outside, intruders int) {
	for zi, z := range s.g.Zones {
		rings, ok := zoneRings(z)
		if !s.check(ok, name("zone", z.ID, zi)) || len(rings) == 0 {
			continue
		}
		member := make(map[string]bool, len(z.Members))
		for _, m := range z.Members {
			member[m] = true
		}
		for _, m := range z.Members {
			var box rect
			if ni, ok := s.nodeByID[m]; ok && s.nodeOK[ni] {
				box = s.nodes[ni]
			} else if gi, ok := s.groupByID[m]; ok && s.groupOK[gi] {
				box = s.groups[gi]
			} else {
				continue
			}
			if !ringsHold(rings, box.grow(-tolerance)) {
				outside++
				s.problems.add("zone member outside: %s is not inside zone %s", m, z.ID)
			}
		}
		for i, n := range s.g.Nodes {
			if member[n.ID] || !s.nodeOK[i] {
				continue
			}
			if ringsMeet(rings, s.nodes[i].grow(-tolerance)) {
				intruders++
				s.problems.add("zone intruder: %s is inside zone %s and not a member", name("node", n.ID, i), z.ID)
			}
		}
	}
	return outside, intruders
}

// zoneRings converts a zone's outline; ok is false when a coordinate is not
// finite.
func zoneRings(z geom.Zone) ([][]point, bool) {
	var rings [][]point
	for _, ring := range z.Outline {
		var pts []point
		for _, p := range ring {
			if !isFinite(p[0]) || !isFinite(p[1]) {
				return nil, false
			}
			pts = append(pts, point{p[0], p[1]})
		}
		if len(pts) >= 3 {
			rings = append(rings, pts)
		}
	}
	return rings, true
}

// insideRings reports whether p is inside an odd number of the rings.
func insideRings(rings [][]point, p point) bool {
	in := false
	for _, ring := range rings {
		for k, a := range ring {
			b := ring[(k+1)%len(ring)]
			if (a.y > p.y) != (b.y > p.y) && p.x < a.x+(p.y-a.y)*(b.x-a.x)/(b.y-a.y) {
				in = !in
			}
		}
	}
	return in
}

// sideThrough reports whether a side of the rings passes strictly inside r.
func sideThrough(rings [][]point, r rect) bool {
	for _, ring := range rings {
		for k, a := range ring {
			if entersInside(a, ring[(k+1)%len(ring)], r) {
				return true
			}
		}
	}
	return false
}

// ringsHold reports whether the region of the rings holds all of r: its
// corners are inside and no side of the rings passes through it.
func ringsHold(rings [][]point, r rect) bool {
	if r.empty() {
		return true
	}
	for _, p := range []point{{r.x0, r.y0}, {r.x1, r.y0}, {r.x0, r.y1}, {r.x1, r.y1}} {
		if !insideRings(rings, p) {
			return false
		}
	}
	return !sideThrough(rings, r)
}

// ringsMeet reports whether the region of the rings has a part inside r: a
// corner of r inside it, or a side of the rings through r.
func ringsMeet(rings [][]point, r rect) bool {
	if r.empty() {
		return false
	}
	for _, p := range []point{{r.x0, r.y0}, {r.x1, r.y0}, {r.x0, r.y1}, {r.x1, r.y1}} {
		if insideRings(rings, p) {
			return true
		}
	}
	return sideThrough(rings, r)
}
