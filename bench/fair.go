package main

import (
	"slices"
	"sort"

	"github.com/aiprep/diag/scene/geom"
)

// Room a group's box is allowed around what its members need: the
// padding on each side and a title line. needGap is the gap between two
// boxes side by side in a row. They are diag's defaults (group padding 12,
// node separation 24) and a title of one line.
const (
	needPad   = 12.0
	needTitle = 20.0
	needGap   = 24.0
)

// groupStat is how tightly one group's box holds its members.
type groupStat struct {
	ID string
	// Fill is the box's area over the summed area of the member nodes at
	// any depth.
	Fill float64
	// Need is the box's area over the area its members need: the box of
	// their rows packed side by side (each row the members whose boxes
	// share a horizontal band, with needGap between them), as wide as the
	// widest row and as tall as the members' extent, plus needPad on
	// every side and needTitle on top. Nested groups count as members.
	Need float64
}

// groupStats measures every group of g that has a box in geo. Boxes are
// found by group id; a group without a box is left out.
func groupStats(g *Graph, geo geom.Geometry) []groupStat {
	nodes := map[string]geom.Node{}
	for _, n := range geo.Nodes {
		nodes[n.ID] = n
	}
	boxes := map[string]geom.Group{}
	for _, gr := range geo.Groups {
		boxes[gr.ID] = gr
	}
	var out []groupStat
	for _, gr := range g.Groups {
		box, ok := boxes[gr.ID]
		if !ok || box.W <= 0 || box.H <= 0 {
			continue
		}
		var items []rectWH
		for _, id := range gr.Members {
			if n, ok := nodes[id]; ok {
				items = append(items, rectWH{n.X, n.Y, n.W, n.H})
			}
		}
		for _, c := range g.children(gr.ID) {
			if b, ok := boxes[c.ID]; ok {
				items = append(items, rectWH{b.X, b.Y, b.W, b.H})
			}
		}
		sum := 0.0
		for _, id := range g.membersDeep(gr.ID) {
			if n, ok := nodes[id]; ok {
				sum += n.W * n.H
			}
		}
		area := box.W * box.H
		s := groupStat{ID: gr.ID}
		if sum > 0 {
			s.Fill = area / sum
		}
		if need := needArea(items); need > 0 {
			s.Need = area / need
		}
		out = append(out, s)
	}
	return out
}

// rectWH is a box by its top-left corner and size.
type rectWH struct{ x, y, w, h float64 }

// needArea is the area of the box that holds items packed in their rows:
// items whose vertical extents overlap form one row.
func needArea(items []rectWH) float64 {
	if len(items) == 0 {
		return 0
	}
	items = slices.Clone(items)
	sort.Slice(items, func(i, j int) bool { return items[i].y < items[j].y })
	top, bottom := items[0].y, items[0].y+items[0].h
	widest, row, inRow, rowBottom := 0.0, 0.0, 0, 0.0
	for _, it := range items {
		if inRow > 0 && it.y >= rowBottom-0.5 {
			widest = max(widest, row)
			row, inRow = 0, 0
		}
		if inRow == 0 {
			rowBottom = it.y + it.h
		} else {
			row += needGap
		}
		rowBottom = max(rowBottom, it.y+it.h)
		row += it.w
		inRow++
		bottom = max(bottom, it.y+it.h)
	}
	widest = max(widest, row)
	return (widest + 2*needPad) * (bottom - top + 2*needPad + needTitle)
}

// membersDeep lists the nodes in group id and in the groups nested in it.
func (g *Graph) membersDeep(id string) []string {
	var out []string
	for _, gr := range g.Groups {
		for _, p := range g.groupPath(gr.ID) {
			if p == id {
				out = append(out, gr.Members...)
				break
			}
		}
	}
	return out
}

// worstNeed is the largest Need of the stats, and its group.
func worstNeed(stats []groupStat) (float64, string) {
	v, id := 0.0, ""
	for _, s := range stats {
		if s.Need > v {
			v, id = s.Need, s.ID
		}
	}
	return v, id
}

// medianFill is the median Fill of the stats.
func medianFill(stats []groupStat) float64 {
	var vs []float64
	for _, s := range stats {
		vs = append(vs, s.Fill)
	}
	return medianFloat(vs)
}

// medianFloat returns the median of vs (the mean of the middle two for an
// even count), or 0 for none.
func medianFloat(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}
