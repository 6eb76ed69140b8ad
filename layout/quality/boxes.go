package quality

import "sort"

// boxKind tells what a box in the overlap sweep stands for.
type boxKind uint8

const (
	nodeBox boxKind = iota
	labelBox
	groupBox
)

// sweepBox is a box in the overlap sweep, with its kind and its index in
// the geometry's list of that kind.
type sweepBox struct {
	r     rect
	kind  boxKind
	index int
}

// boxPairs finds all overlapping pairs of node, label and group boxes with
// one sort-and-sweep along x, and counts node overlaps, label overlaps and
// group intrusions.
func (s *scene) boxPairs(r *Report) {
	var boxes []sweepBox
	add := func(rs []rect, ok []bool, kind boxKind) {
		for i := range rs {
			if ok[i] {
				boxes = append(boxes, sweepBox{rs[i], kind, i})
			}
		}
	}
	add(s.nodes, s.nodeOK, nodeBox)
	add(s.labels, s.labelOK, labelBox)
	add(s.groups, s.groupOK, groupBox)
	sort.Slice(boxes, func(i, j int) bool {
		a, b := boxes[i], boxes[j]
		if a.r.x0 != b.r.x0 {
			return a.r.x0 < b.r.x0
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.index < b.index
	})
	for i, a := range boxes {
		for _, b := range boxes[i+1:] {
			if b.r.x0 >= a.r.x1-tolerance {
				break // every later box starts even further right
			}
			if a.r.overlaps(b.r) {
				s.overlapPair(r, a, b)
			}
		}
	}
}

// overlapPair counts one pair of overlapping boxes.
func (s *scene) overlapPair(r *Report, a, b sweepBox) {
	if a.kind > b.kind || a.kind == b.kind && a.index > b.index {
		a, b = b, a
	}
	dx, dy := a.r.overlap(b.r)
	switch {
	case a.kind == nodeBox && b.kind == nodeBox:
		r.NodeOverlaps++
		s.problems.add("node overlap: %s and %s overlap by %s × %s",
			s.nodeName(a.index), s.nodeName(b.index), px(dx), px(dy))
	case a.kind == nodeBox && b.kind == labelBox:
		r.LabelOverlaps++
		s.problems.add("label overlap: %s overlaps %s by %s × %s",
			s.labelName(b.index), s.nodeName(a.index), px(dx), px(dy))
	case a.kind == labelBox && b.kind == labelBox:
		r.LabelOverlaps++
		s.problems.add("label overlap: %s and %s overlap by %s × %s",
			s.labelName(a.index), s.labelName(b.index), px(dx), px(dy))
	case a.kind == nodeBox && b.kind == groupBox:
		if !s.isMember(a.index, b.index) {
			r.GroupIntrusions++
			s.problems.add("group intrusion: %s overlaps %s, which it is not in, by %s × %s",
				s.nodeName(a.index), s.groupName(b.index), px(dx), px(dy))
		}
	case a.kind == groupBox && b.kind == groupBox:
		if !s.nested(a.index, b.index) {
			r.GroupIntrusions++
			s.problems.add("group intrusion: %s and %s overlap by %s × %s but are not nested",
				s.groupName(a.index), s.groupName(b.index), px(dx), px(dy))
		}
	}
}

func (s *scene) nodeName(i int) string  { return name("node", s.g.Nodes[i].ID, i) }
func (s *scene) labelName(i int) string { return name("label", s.g.Labels[i].ID, i) }
func (s *scene) groupName(i int) string { return name("group", s.g.Groups[i].ID, i) }
