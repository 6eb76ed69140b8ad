// Package graph lays out graph panels with the layered engine of its
// sub-package layered: node sizes come from their measured labels, groups
// are boxes with a title bar around their members, and the engine's
// routes are drawn with rounded bends (or straight, or as splines),
// arrowheads and labels; straight and spline ends meet the outlines of
// the nodes' shapes (outline.go), and an edge's weight sets its width. A
// graph with layout ring is placed on a circle instead (ring.go). The
// graphs of a diagram share the layout's limits on dummy nodes and
// crossing work (budget.go). A node with tensor dimensions is drawn by
// package tensor as a volume with its labels beside it (glyph.go), and a
// group with a repeat count has a ×N badge (repeat.go).
package graph

import (
	"errors"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/graph/layered"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// groupTitleH is the height of a group's title bar, in px.
const groupTitleH = 22

// Layout lays out a graph panel with the layered engine: node sizes come
// from their measured labels, and the engine's routes are drawn with
// rounded bends.
func Layout(env *panel.Env, g *diagram.Graph) panel.Block {
	index := map[string]int{}
	for i, n := range g.Nodes {
		index[n.ID] = i
	}
	groupIndex := map[string]int{}
	var groups []*diagram.Group
	var walk func(gs []*diagram.Group, parent int)
	in := &layered.Graph{}
	nodeGroup := make([]int, len(g.Nodes))
	for i := range nodeGroup {
		nodeGroup[i] = -1
	}
	walk = func(gs []*diagram.Group, parent int) {
		for _, gr := range gs {
			gi := len(groups)
			groups = append(groups, gr)
			groupIndex[gr.ID] = gi
			tw := text.Lines(gr.Label, scene.SansBold, text.SizeSmall).W + 16
			if gr.Repeat != "" {
				tw += repeatBadgeW(gr.Repeat) + repeatBadgeGap
			}
			in.Groups = append(in.Groups, layered.Group{Parent: parent, TitleW: tw, TitleH: groupTitleH, Pin: layered.Pin(gr.Pin)})
			for _, id := range gr.Nodes {
				if ni, ok := index[id]; ok {
					nodeGroup[ni] = gi
				}
			}
			walk(gr.Groups, gi)
		}
	}
	walk(g.Groups, -1)

	labels := make([]text.Block, len(g.Nodes))
	for i, n := range g.Nodes {
		tb := text.Lines(draw.NodeText(n), scene.Sans, text.SizeBody)
		labels[i] = tb
		w, h := nodeSize(g, n, tb)
		in.Nodes = append(in.Nodes, layered.Node{W: w, H: h, Group: nodeGroup[i], Pin: layered.Pin(n.Pin), CentrePorts: centrePorts(n)})
	}
	edgeLabels := make([]text.Block, len(g.Edges))
	if g.Layout == diagram.LayoutRing {
		for i, e := range g.Edges {
			if e.Label != "" {
				edgeLabels[i] = text.Lines(e.Label, scene.Sans, text.SizeSmall)
			}
		}
		return ringLayout(env, g, index, labels, edgeLabels)
	}
	for i, e := range g.Edges {
		var le layered.Edge
		le.From = endOf(e.From, index, groupIndex)
		le.To = endOf(e.To, index, groupIndex)
		le.Style = routeStyle(g, e)
		if e.Label != "" {
			tb := text.Lines(e.Label, scene.Sans, text.SizeSmall)
			edgeLabels[i] = tb
			le.LabelW, le.LabelH = tb.W+2*draw.LabelPadX, tb.H+2*draw.LabelPadY
		}
		in.Edges = append(in.Edges, le)
	}
	indices := func(set []string) []int {
		var ids []int
		for _, id := range set {
			if i, ok := index[id]; ok {
				ids = append(ids, i)
			}
		}
		return ids
	}
	for _, set := range g.SameRank {
		// A rank shared keeps the order written.
		in.SameRank = append(in.SameRank, indices(set))
		in.Orders = append(in.Orders, indices(set))
	}
	for _, set := range g.Orders {
		in.Orders = append(in.Orders, indices(set))
	}
	for _, set := range g.Aligns {
		in.Aligns = append(in.Aligns, indices(set))
	}
	// A zone's members keep together where they share a rank and a
	// group, so that its outline needs no notch between them.
	for _, z := range g.Zones {
		in.Together = append(in.Together, zoneNodes(z, g, index))
	}
	res, err := layered.Layout(in, layered.Options{
		Direction:    layered.Direction(g.Direction),
		SourceOrder:  g.SourceOrder,
		MaxDummies:   left(env.Limits.MaxLayoutDummies, env.Used.Dummies),
		MaxOrderWork: left(env.Limits.MaxCrossingWork, env.Used.CrossingWork),
	})
	if be := asBudgetError(err); be != nil {
		budgetError(env, g, be)
		return panel.Block{}
	}
	if err != nil {
		graphError(env, g, err)
		return panel.Block{}
	}
	env.Used.Dummies += res.Dummies
	env.Used.CrossingWork += res.OrderWork
	ix := &graphIndex{g: g, res: res, nodeIndex: index, groupIndex: groupIndex, groups: groups, nodeGroup: nodeGroup}
	for _, gr := range in.Groups {
		ix.parent = append(ix.parent, gr.Parent)
	}
	plans := zones(ix)
	// Zones may reach past the nodes and groups: the block grows to hold
	// their outlines and labels.
	dx, dy, w, h := zoneExtent(plans, res.Width, res.Height)
	b := panel.Block{W: w, H: h}
	b.Place = func(x, y float64) []scene.Item {
		x, y = x+dx, y+dy
		off := func(r layered.Rect) scene.Rect { return scene.Rect{X: r.X + x, Y: r.Y + y, W: r.W, H: r.H} }
		var items []scene.Item
		// The groups and nodes by id, for the ends of edges (a node wins
		// over a group of the same id, as in the layered graph).
		byID := map[string]*scene.Group{}
		for i, gr := range groups {
			r := off(res.Groups[i])
			t := off(res.GroupTitles[i])
			base := t.Y + t.H/2 + (text.Ascent(scene.SansBold, text.SizeSmall)-text.Descent(scene.SansBold, text.SizeSmall))/2
			frame := scene.Style{Fill: scene.Paint{Tone: gr.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: gr.Tone, Role: scene.Line}, StrokeWidth: 1, Dash: []float64{5, 3}}
			if gr.Repeat != "" {
				frame.StrokeWidth, frame.Dash = 1.5, nil
			}
			grp := &scene.Group{ID: gr.ID, Kind: scene.KindGroup, Role: scene.RoleGroup, Items: []scene.Item{
				&scene.Box{Shape: diagram.Rounded, Role: scene.RoleGroup, R: r, Corner: 8, Style: frame},
			}}
			tb := text.Lines(gr.Label, scene.SansBold, text.SizeSmall)
			grp.Items = append(grp.Items, tb.PlaceIn(t.X+8, base-text.Ascent(scene.SansBold, text.SizeSmall), scene.Start, scene.Paint{Tone: gr.Tone, Role: scene.Ink}, r)...)
			if gr.Repeat != "" {
				grp.Items = append(grp.Items, repeatBadge(gr, r, t)...)
			}
			byID[gr.ID] = grp
			items = append(items, grp)
		}
		nodes := make([]scene.Item, len(g.Nodes))
		for i, n := range g.Nodes {
			ng := nodeItem(g, n, off(res.Nodes[i]), labels[i])
			byID[n.ID] = ng
			nodes[i] = ng
		}
		wide := widestWeight(g)
		var fields []scene.Item // edges with a receptive field, drawn over the tensors
		for i, e := range g.Edges {
			rt := res.Edges[i]
			var ends [2]*diagram.Node
			var boxes [2]scene.Rect
			for k, id := range []string{e.From, e.To} {
				if v, ok := index[id]; ok {
					ends[k], boxes[k] = g.Nodes[v], off(res.Nodes[v])
				}
			}
			it := edgeItem(e, byID[e.From], byID[e.To], rt, edgeLabels[i], x, y, ends, boxes, wide)
			if e.Kernel > 0 {
				fields = append(fields, it)
				continue
			}
			items = append(items, it)
		}
		for _, p := range plans {
			items = append(items, zoneItem(p, x, y))
		}
		return append(append(items, nodes...), fields...)
	}
	return b
}

// graphError reports input the layered engine refused, at the edge it
// names when it names one.
func graphError(env *panel.Env, g *diagram.Graph, err error) {
	var ie *layered.InputError
	if errors.As(err, &ie) && ie.Item == layered.ItemEdge && ie.Index >= 0 && ie.Index < len(g.Edges) {
		e := g.Edges[ie.Index]
		env.Errorf(e.Pos, "an edge may join a group and a node outside it, not the group and its own member", "the edge %s -> %s %s", e.From, e.To, ie.Msg)
		return
	}
	env.Errorf(g.Pos, "check the graph's groups and edges", "graph %q cannot be laid out: %v", g.ID, err)
}

func endOf(id string, nodes, groups map[string]int) layered.End {
	if i, ok := nodes[id]; ok {
		return layered.End{Node: i, Group: -1}
	}
	if i, ok := groups[id]; ok {
		return layered.End{Node: -1, Group: i}
	}
	return layered.End{Node: 0, Group: -1}
}

// routeStyle returns the layered engine's style for edge e of g: the
// edge's own routing, else the graph's.
func routeStyle(g *diagram.Graph, e *diagram.Edge) layered.RouteStyle {
	r := e.Route
	if r == diagram.RouteAuto {
		r = g.Route
	}
	switch r {
	case diagram.RouteStraight:
		return layered.RouteStraight
	case diagram.RouteSpline:
		return layered.RouteSpline
	}
	return layered.RouteOrthogonal
}

// The widths of weighted edges, in px: |weight| 0 is drawn minWeightWidth
// wide, and the graph's largest |weight| (or 1, when all are smaller)
// maxWeightWidth wide, in proportion between.
const (
	minWeightWidth = 0.75
	maxWeightWidth = 4.5
)

// widestWeight returns the |weight| drawn maxWeightWidth wide in g: the
// largest of its edges', and at least 1.
func widestWeight(g *diagram.Graph) float64 {
	w := 1.0
	for _, e := range g.Edges {
		if e.Weighted {
			w = max(w, math.Abs(e.Weight))
		}
	}
	return w
}

// weightWidth returns the line width of an edge of weight w in a graph
// whose widest weight is wide.
func weightWidth(w, wide float64) float64 {
	return minWeightWidth + (maxWeightWidth-minWeightWidth)*min(math.Abs(w)/wide, 1)
}

// edgeItem draws a route from the element from to the element to, with
// rounded bends, its arrowheads and its label. ends holds the nodes at
// the two ends (nil for a group) and boxes their boxes; wide is the
// graph's widest weight.
func edgeItem(e *diagram.Edge, from, to *scene.Group, rt layered.Route, tb text.Block, x, y float64, ends [2]*diagram.Node, boxes [2]scene.Rect, wide float64) scene.Item {
	pts := make([]scene.Point, len(rt.Points))
	for i, p := range rt.Points {
		pts[i] = scene.Point{X: p.X + x, Y: p.Y + y}
	}
	curve := make([]scene.Point, len(rt.Curve))
	for i, p := range rt.Curve {
		curve[i] = scene.Point{X: p.X + x, Y: p.Y + y}
	}
	meetOutlines(pts, curve, ends[0], ends[1], boxes[0], boxes[1])
	var ops []scene.PathOp
	switch {
	case len(curve) >= 4:
		ops = append(ops, scene.PathOp{Cmd: 'M', Pts: []scene.Point{curve[0]}})
		for i := 1; i+2 < len(curve); i += 3 {
			ops = append(ops, scene.PathOp{Cmd: 'C', Pts: []scene.Point{curve[i], curve[i+1], curve[i+2]}})
		}
	case rt.Style == layered.RouteStraight:
		ops = append(ops, scene.PathOp{Cmd: 'M', Pts: []scene.Point{pts[0]}})
		for _, p := range pts[1:] {
			ops = append(ops, scene.PathOp{Cmd: 'L', Pts: []scene.Point{p}})
		}
	default:
		ops = draw.RoundedPolyline(pts, draw.BendRadius)
	}
	width := 1.5
	if e.Bold {
		width = 3
	}
	if e.Weighted {
		width = weightWidth(e.Weight, wide)
	}
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: e.Tone, Role: scene.Line}, StrokeWidth: width}
	if e.Tone == diagram.Neutral {
		st.Stroke = scene.Paint{Tone: diagram.Neutral, Role: scene.Line}
	}
	switch {
	case e.Dashed:
		st.Dash = []float64{6, 4}
	case e.Weighted && e.Weight < 0:
		// A negative weight is dotted: short dashes, as long as the
		// line is wide, with gaps a little longer.
		st.Dash = []float64{max(width, 1.5), max(width, 1.5) + 2.5}
	}
	st.ArrowEnd = e.Arrow == diagram.Forward || e.Arrow == diagram.Both
	st.ArrowStart = e.Arrow == diagram.Backward || e.Arrow == diagram.Both
	items := []scene.Item{&scene.Path{Role: scene.RoleEdge, Ops: ops, Poly: pts, From: from, To: to, Style: st}}
	if e.Kernel > 0 && ends[0] != nil && ends[1] != nil && len(ends[0].Tensor) > 0 && len(ends[1].Tensor) > 0 {
		items = append(items, receptiveField(e, ends, boxes)...)
	}
	if e.Label != "" && rt.Label.W > 0 {
		lr := scene.Rect{X: rt.Label.X + x, Y: rt.Label.Y + y, W: rt.Label.W, H: rt.Label.H}
		items = append(items, &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: lr, Corner: 4,
			Style: scene.Style{Fill: scene.Paint{Role: scene.Page}, Stroke: scene.NoPaint, Opacity: 0.92}})
		items = append(items, tb.PlaceIn(lr.Center().X, lr.Y+draw.LabelPadY, scene.Middle, scene.Paint{Tone: diagram.Neutral, Role: scene.Ink}, lr)...)
	}
	return &scene.Group{ID: e.ID, Kind: scene.KindEdge, Role: scene.RoleEdge, Items: items}
}

// centrePorts reports a node whose outline leaves the corners of its box
// empty, so that edges must meet it at the middle of a side: a tensor,
// whose volume sits at the centre of its box, or a round or slanted shape.
func centrePorts(n *diagram.Node) bool {
	if len(n.Tensor) > 0 {
		return true
	}
	switch n.Shape {
	case diagram.Circle, diagram.Diamond, diagram.Person, diagram.Hexagon, diagram.Cloud:
		return true
	}
	return false
}
