package quality

import "github.com/aiprep/diag/scene/geom"

// counts is a Report without the lengths and problem lines, for tables.
type counts struct {
	NodeOverlaps, EdgesThroughNodes, LabelOverlaps, TextOverflow int
	GroupIntrusions, MembersOutside, MarksOutside, Invalid       int
	Crossings, Bends                                             int
}

func countsOf(r Report) counts {
	return counts{
		NodeOverlaps:      r.NodeOverlaps,
		EdgesThroughNodes: r.EdgesThroughNodes,
		LabelOverlaps:     r.LabelOverlaps,
		TextOverflow:      r.TextOverflow,
		GroupIntrusions:   r.GroupIntrusions,
		MembersOutside:    r.MembersOutside,
		MarksOutside:      r.MarksOutside,
		Invalid:           r.Invalid,
		Crossings:         r.Crossings,
		Bends:             r.Bends,
	}
}

func node(id string, x, y, w, h float64) geom.Node { return geom.Node{ID: id, X: x, Y: y, W: w, H: h} }

// edge builds an edge from a flat list of coordinates x0, y0, x1, y1, ...
func edge(from, to string, xy ...float64) geom.Edge {
	e := geom.Edge{From: from, To: to}
	for i := 0; i+1 < len(xy); i += 2 {
		e.Points = append(e.Points, [2]float64{xy[i], xy[i+1]})
	}
	return e
}

func edges(es ...geom.Edge) geom.Geometry { return geom.Geometry{Edges: es} }
