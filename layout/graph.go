package layout

import (
	"errors"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
	"github.com/aiprep/diag/layout/layered"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Graph node metrics in px.
const (
	nodePadX    = 16
	nodePadY    = 10
	nodeMinW    = 56
	nodeMinH    = 38
	iconSize    = 22
	bendRadius  = 8
	labelPadX   = 5
	labelPadY   = 2
	groupTitleH = 22
)

// graph lays out a graph panel with the layered engine: node sizes come
// from their measured labels, and the engine's routes are drawn with
// rounded bends.
func (c *ctx) graph(g *diagram.Graph) block {
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
			tw := text.Measure(scene.SansBold, text.SizeSmall, gr.Label)
			in.Groups = append(in.Groups, layered.Group{Parent: parent, TitleW: tw + 16, TitleH: groupTitleH})
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
		tb := text.Lines(n.Text(), scene.Sans, text.SizeBody)
		labels[i] = tb
		w, h := nodeSize(n, tb)
		in.Nodes = append(in.Nodes, layered.Node{W: w, H: h, Group: nodeGroup[i]})
	}
	edgeLabels := make([]text.Block, len(g.Edges))
	for i, e := range g.Edges {
		var le layered.Edge
		le.From = endOf(e.From, index, groupIndex)
		le.To = endOf(e.To, index, groupIndex)
		if e.Label != "" {
			tb := text.Lines(e.Label, scene.Sans, text.SizeSmall)
			edgeLabels[i] = tb
			le.LabelW, le.LabelH = tb.W+2*labelPadX, tb.H+2*labelPadY
		}
		in.Edges = append(in.Edges, le)
	}
	for _, set := range g.SameRank {
		var ids []int
		for _, id := range set {
			if i, ok := index[id]; ok {
				ids = append(ids, i)
			}
		}
		in.SameRank = append(in.SameRank, ids)
	}
	res, err := layered.Layout(in, layered.Options{
		Direction:    layered.Direction(g.Direction),
		MaxDummies:   left(c.lim.MaxLayoutDummies, c.used.dummies),
		MaxOrderWork: left(c.lim.MaxCrossingWork, c.used.crossingWork),
	})
	if be := asBudgetError(err); be != nil {
		c.budgetError(g, be)
		return block{}
	}
	if err != nil {
		c.graphError(g, err)
		return block{}
	}
	c.used.dummies += res.Dummies
	c.used.crossingWork += res.OrderWork
	b := block{W: res.Width, H: res.Height, kind: "graph"}
	b.place = func(x, y float64) []scene.Item {
		off := func(r layered.Rect) scene.Rect { return scene.Rect{X: r.X + x, Y: r.Y + y, W: r.W, H: r.H} }
		var items []scene.Item
		for i, gr := range groups {
			r := off(res.Groups[i])
			t := off(res.GroupTitles[i])
			base := t.Y + t.H/2 + (text.Ascent(scene.SansBold, text.SizeSmall)-text.Descent(scene.SansBold, text.SizeSmall))/2
			title := text.Label("", gr.Label, t.X+8, base, scene.Start, scene.SansBold, text.SizeSmall, scene.Paint{Tone: gr.Tone, Role: scene.Ink})
			title.Box = r
			items = append(items, &scene.Group{ID: gr.ID, Kind: scene.KindGroup, Role: scene.RoleGroup, Items: []scene.Item{
				&scene.Box{Shape: diagram.Rounded, Role: scene.RoleGroup, R: r, Corner: 8,
					Style: scene.Style{Fill: scene.Paint{Tone: gr.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: gr.Tone, Role: scene.Line}, StrokeWidth: 1, Dash: []float64{5, 3}}},
				title,
			}})
		}
		for i, e := range g.Edges {
			items = append(items, edgeItem(e, res.Edges[i], edgeLabels[i], x, y))
		}
		for i, n := range g.Nodes {
			items = append(items, nodeItem(n, off(res.Nodes[i]), labels[i]))
		}
		return items
	}
	return b
}

// graphError reports input the layered engine refused, at the edge it
// names when it names one.
func (c *ctx) graphError(g *diagram.Graph, err error) {
	var ie *layered.InputError
	if errors.As(err, &ie) && ie.Item == layered.ItemEdge && ie.Index >= 0 && ie.Index < len(g.Edges) {
		e := g.Edges[ie.Index]
		c.errorf(e.Pos, "an edge may join a group and a node outside it, not the group and its own member", "the edge %s -> %s %s", e.From, e.To, ie.Msg)
		return
	}
	c.errorf(g.Pos, "check the graph's groups and edges", "graph %q cannot be laid out: %v", g.ID, err)
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

// nodeSize returns the box a node needs around its label.
func nodeSize(n *diagram.Node, tb text.Block) (w, h float64) {
	w = max(tb.W+2*nodePadX, nodeMinW)
	h = max(tb.H+2*nodePadY, nodeMinH)
	if n.Icon != "" {
		h += iconSize + 4
	}
	switch n.Shape {
	case diagram.Circle:
		d := math.Hypot(tb.W, tb.H) + 12
		d = max(d, w*0.8, h)
		return d, d
	case diagram.Diamond:
		return w * 1.6, h * 1.7
	case diagram.Hexagon:
		return w + h/2, h
	case diagram.Cylinder:
		return w, h + 14
	case diagram.Document:
		return w, h + 8
	case diagram.Queue:
		return w + 24, h
	case diagram.Cloud:
		return w * 1.3, h * 1.45
	case diagram.Person:
		return max(w, 64), h + 30
	}
	return w, h
}

func nodeItem(n *diagram.Node, r scene.Rect, tb text.Block) scene.Item {
	corner := 4.0
	if n.Shape == diagram.Rounded {
		corner = min(r.H/2, 14)
	}
	box := &scene.Box{Shape: n.Shape, Role: scene.RoleNode, R: r, Corner: corner,
		Style: scene.Style{Fill: scene.Paint{Tone: n.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: n.Tone, Role: scene.Line}, StrokeWidth: 1.5}}
	items := []scene.Item{box}
	top := r.Y + (r.H-tb.H)/2
	switch n.Shape {
	case diagram.Cylinder:
		top += 7
	case diagram.Person:
		top = r.Bottom() - nodePadY - tb.H
	case diagram.Document:
		top -= 3
	}
	if n.Icon != "" {
		top += (iconSize + 4) / 2
		items = append(items, iconItems(n.Icon, scene.Rect{X: r.Center().X - iconSize/2, Y: top - iconSize - 4, W: iconSize, H: iconSize}, scene.Paint{Tone: n.Tone, Role: scene.Line})...)
	}
	for _, t := range tb.Place("", r.Center().X, top, scene.Middle, scene.Paint{Tone: n.Tone, Role: scene.Ink}) {
		t.(*scene.Text).Box = r
		items = append(items, t)
	}
	return &scene.Group{ID: n.ID, Kind: scene.KindNode, Role: scene.RoleNode, Items: items}
}

// iconItems draws a named icon in the square r.
func iconItems(name string, r scene.Rect, paint scene.Paint) []scene.Item {
	ic, ok := icon.Lookup(name)
	if !ok {
		return nil
	}
	var out []scene.Item
	scale := r.W / 24
	for _, part := range ic.Scaled(r.X, r.Y, r.W) {
		var ops []scene.PathOp
		for _, op := range part.Ops {
			var pts []scene.Point
			for i := 0; i+1 < len(op.Args); i += 2 {
				pts = append(pts, scene.Point{X: op.Args[i], Y: op.Args[i+1]})
			}
			ops = append(ops, scene.PathOp{Cmd: op.Cmd, Pts: pts})
		}
		st := scene.Style{Fill: scene.NoPaint, Stroke: paint, StrokeWidth: icon.StrokeWidth * scale}
		if part.Fill {
			st = scene.Style{Fill: paint, Stroke: scene.NoPaint}
		}
		out = append(out, &scene.Path{Ops: ops, Style: st})
	}
	return out
}

// edgeItem draws a route with rounded bends, its arrowheads and its label.
func edgeItem(e *diagram.Edge, rt layered.Route, tb text.Block, x, y float64) scene.Item {
	pts := make([]scene.Point, len(rt.Points))
	for i, p := range rt.Points {
		pts[i] = scene.Point{X: p.X + x, Y: p.Y + y}
	}
	var ops []scene.PathOp
	if len(rt.Curve) >= 4 {
		ops = append(ops, scene.PathOp{Cmd: 'M', Pts: []scene.Point{{X: rt.Curve[0].X + x, Y: rt.Curve[0].Y + y}}})
		for i := 1; i+2 < len(rt.Curve); i += 3 {
			ops = append(ops, scene.PathOp{Cmd: 'C', Pts: []scene.Point{
				{X: rt.Curve[i].X + x, Y: rt.Curve[i].Y + y}, {X: rt.Curve[i+1].X + x, Y: rt.Curve[i+1].Y + y}, {X: rt.Curve[i+2].X + x, Y: rt.Curve[i+2].Y + y}}})
		}
	} else {
		ops = RoundedPolyline(pts, bendRadius)
	}
	width := 1.5
	if e.Bold {
		width = 3
	}
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: e.Tone, Role: scene.Line}, StrokeWidth: width}
	if e.Tone == diagram.Neutral {
		st.Stroke = scene.Paint{Tone: diagram.Neutral, Role: scene.Line}
	}
	if e.Dashed {
		st.Dash = []float64{6, 4}
	}
	st.ArrowEnd = e.Arrow == diagram.Forward || e.Arrow == diagram.Both
	st.ArrowStart = e.Arrow == diagram.Backward || e.Arrow == diagram.Both
	items := []scene.Item{&scene.Path{Role: scene.RoleEdge, Ops: ops, Poly: pts, From: e.From, To: e.To, Style: st}}
	if e.Label != "" && rt.Label.W > 0 {
		lr := scene.Rect{X: rt.Label.X + x, Y: rt.Label.Y + y, W: rt.Label.W, H: rt.Label.H}
		items = append(items, &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: lr, Corner: 4,
			Style: scene.Style{Fill: scene.Paint{Role: scene.Page}, Stroke: scene.NoPaint, Opacity: 0.92}})
		for _, t := range tb.Place("", lr.Center().X, lr.Y+labelPadY, scene.Middle, scene.Paint{Tone: diagram.Neutral, Role: scene.Ink}) {
			t.(*scene.Text).Box = lr
			items = append(items, t)
		}
	}
	return &scene.Group{ID: e.ID, Kind: scene.KindEdge, Role: scene.RoleEdge, Items: items}
}

// RoundedPolyline turns a polyline into path operations whose corners are
// rounded with quadratic curves of radius up to r (less where segments are
// short).
func RoundedPolyline(pts []scene.Point, r float64) []scene.PathOp {
	if len(pts) == 0 {
		return nil
	}
	ops := []scene.PathOp{{Cmd: 'M', Pts: []scene.Point{pts[0]}}}
	for i := 1; i < len(pts)-1; i++ {
		prev, cur, next := pts[i-1], pts[i], pts[i+1]
		d1 := math.Hypot(cur.X-prev.X, cur.Y-prev.Y)
		d2 := math.Hypot(next.X-cur.X, next.Y-cur.Y)
		rr := min(r, d1/2, d2/2)
		if rr < 0.5 {
			ops = append(ops, scene.PathOp{Cmd: 'L', Pts: []scene.Point{cur}})
			continue
		}
		a := scene.Point{X: cur.X + (prev.X-cur.X)/d1*rr, Y: cur.Y + (prev.Y-cur.Y)/d1*rr}
		b := scene.Point{X: cur.X + (next.X-cur.X)/d2*rr, Y: cur.Y + (next.Y-cur.Y)/d2*rr}
		ops = append(ops, scene.PathOp{Cmd: 'L', Pts: []scene.Point{a}}, scene.PathOp{Cmd: 'Q', Pts: []scene.Point{cur, b}})
	}
	if len(pts) > 1 {
		ops = append(ops, scene.PathOp{Cmd: 'L', Pts: []scene.Point{pts[len(pts)-1]}})
	}
	return ops
}
