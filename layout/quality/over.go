package quality

import "github.com/aiprep/diag/scene/geom"

// coverMark is a mark prepared for the check of legends and labels over
// marks: its box, its kind and its points.
type coverMark struct {
	box  rect
	kind geom.MarkKind
	pts  []point
}

// overMarks counts the (legend, mark) and (label, mark) pairs where the
// legend or label covers the mark. A legend covers a mark whose dot, line
// or area enters its box shrunk by the tolerance; a label covers dots and
// lines the same way, but not areas, as a label names the area or bar it
// sits on.
func (s *scene) overMarks() int {
	marks := make([]coverMark, 0, len(s.g.Marks))
	for _, m := range s.g.Marks {
		cm := coverMark{box: boxRect(m.X, m.Y, m.W, m.H), kind: m.Kind}
		if cm.kind == "" {
			cm.kind = geom.MarkDot
		}
		ok := cm.box.finite()
		for _, p := range m.Points {
			q := point{p[0], p[1]}
			ok = ok && isFinite(q.x) && isFinite(q.y)
			cm.pts = append(cm.pts, q)
		}
		if !ok || (cm.kind != geom.MarkDot && cm.kind != geom.MarkArea && len(cm.pts) < 2) {
			cm.kind = "" // left out: counted as Invalid by marksOutside, or a line without points
		}
		marks = append(marks, cm)
	}
	n := 0
	for i, lg := range s.g.Legends {
		box := boxRect(lg.X, lg.Y, lg.W, lg.H)
		if !s.check(box.finite(), name("legend", lg.ID, i)) {
			continue
		}
		n += s.coverCount(box, marks, true, name("legend", lg.ID, i))
	}
	var legends []rect
	for _, lg := range s.g.Legends {
		legends = append(legends, boxRect(lg.X, lg.Y, lg.W, lg.H))
	}
labels:
	for i, l := range s.g.Labels {
		for _, lg := range legends {
			if lg.holds(s.labels[i]) {
				continue labels // a legend's own text: the legend counts
			}
		}
		if s.labelOK[i] {
			n += s.coverCount(s.labels[i], marks, false, name("label", l.ID, i))
		}
	}
	return n
}

// coverCount counts the marks that the box r of a legend or label covers,
// and lists each; areas count only for legends.
func (s *scene) coverCount(r rect, marks []coverMark, areas bool, who string) int {
	in := r.grow(-tolerance)
	if in.empty() {
		return 0
	}
	n := 0
	for j, m := range marks {
		dx, dy := in.overlap(m.box)
		if m.kind == "" || dx < 0 || dy < 0 {
			continue
		}
		var covered bool
		switch m.kind {
		case geom.MarkDot:
			covered = dx > 0 && dy > 0
		case geom.MarkLine:
			covered = polylineEnters(m.pts, in)
		case geom.MarkArea:
			covered = areas && (len(m.pts) < 3 || polygonMeets(m.pts, in))
		}
		if covered {
			n++
			s.problems.add("over a mark: %s covers %s (%s)", who, name("mark", s.g.Marks[j].ID, j), m.kind)
		}
	}
	return n
}

// polylineEnters reports whether some stretch of the polyline runs through
// the inside of r.
func polylineEnters(pts []point, r rect) bool {
	for i := 1; i < len(pts); i++ {
		if segmentEnters(pts[i-1], pts[i], r) {
			return true
		}
	}
	return false
}

// segmentEnters reports whether the segment from p to q runs through the
// open inside of r, by Liang–Barsky clipping: some stretch of positive
// length must lie inside, or the whole segment when it is a point.
func segmentEnters(p, q point, r rect) bool {
	if p == q {
		return p.x > r.x0 && p.x < r.x1 && p.y > r.y0 && p.y < r.y1
	}
	t0, t1 := 0.0, 1.0
	dx, dy := q.x-p.x, q.y-p.y
	for _, c := range [4][2]float64{{-dx, p.x - r.x0}, {dx, r.x1 - p.x}, {-dy, p.y - r.y0}, {dy, r.y1 - p.y}} {
		den, num := c[0], c[1]
		if den == 0 {
			if num <= 0 {
				return false // parallel to this side and outside of it or on it
			}
			continue
		}
		t := num / den
		if den < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
	}
	return t0 < t1
}

// polygonMeets reports whether the filled polygon pts shares area with r:
// an edge runs through r, or r's centre lies inside the polygon (which then
// holds r, or r holds no edge and no vertex of it).
func polygonMeets(pts []point, r rect) bool {
	for i := range pts {
		if segmentEnters(pts[i], pts[(i+1)%len(pts)], r) {
			return true
		}
	}
	return pointInPolygon(point{(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2}, pts)
}

// pointInPolygon reports whether p lies inside the polygon by the even-odd
// rule.
func pointInPolygon(p point, pts []point) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		a, b := pts[i], pts[j]
		if (a.y > p.y) != (b.y > p.y) && p.x < a.x+(p.y-a.y)*(b.x-a.x)/(b.y-a.y) {
			in = !in
		}
	}
	return in
}
