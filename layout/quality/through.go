package quality

// nodeMargin is how far, in px, a route may run inside a node's border
// without passing through the node.
const nodeMargin = 2

// edgesThroughNodes counts (edge, node) pairs where the edge's route enters
// a node that is not one of its endpoints, deeper than nodeMargin. Node
// boxes are put in a uniform grid; each route segment is tested only
// against the nodes in the cells its bounding box touches.
func (s *scene) edgesThroughNodes() int {
	var inner []rect // node boxes shrunk by the margin
	var owner []int  // node index of each inner box
	extent := 0.0
	for i, r := range s.nodes {
		in := r.grow(-nodeMargin)
		if s.nodeOK[i] && !in.empty() {
			inner = append(inner, in)
			owner = append(owner, i)
			extent += max(in.x1-in.x0, in.y1-in.y0)
		}
	}
	if len(inner) == 0 {
		return 0
	}
	bounds := emptyBounds
	for _, in := range inner {
		bounds = bounds.union(in)
	}
	g := newGrid(bounds, inner, cellSide(bounds, len(inner), extent/float64(len(inner))))
	testedBy := make([]int, len(inner)) // last segment (numbered from 1) tested against each box
	hitBy := make([]int, len(inner))    // last edge (numbered from 1) found inside each box
	segment, count := 0, 0
	for ei, route := range s.routes {
		e := s.g.Edges[ei]
		for i := 0; i < len(route); i++ {
			p, q := route[i], route[i]
			if i+1 < len(route) {
				q = route[i+1]
			} else if len(route) > 1 {
				break // the last point ends the last segment
			}
			segment++
			cx0, cy0, cx1, cy1 := g.span(segmentBox(p, q))
			for cy := cy0; cy <= cy1; cy++ {
				for cx := cx0; cx <= cx1; cx++ {
					for _, k := range g.cell(cx, cy) {
						if testedBy[k] == segment || hitBy[k] == ei+1 {
							continue
						}
						testedBy[k] = segment
						node := s.g.Nodes[owner[k]]
						if node.ID == e.From || node.ID == e.To || !entersInside(p, q, inner[k]) {
							continue
						}
						hitBy[k] = ei + 1
						count++
						s.problems.add("edge through node: %s passes through %s",
							edgeName(e, ei), s.nodeName(owner[k]))
					}
				}
			}
		}
	}
	return count
}
