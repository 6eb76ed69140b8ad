package layout

import (
	"errors"
	"fmt"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
	"github.com/aiprep/diag/layout/layered"
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
			tw := Measure(SansBold, SizeSmall, gr.Label)
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

	labels := make([]textBlock, len(g.Nodes))
	for i, n := range g.Nodes {
		tb := measureLines(n.Text(), Sans, SizeBody)
		labels[i] = tb
		w, h := nodeSize(n, tb)
		in.Nodes = append(in.Nodes, layered.Node{W: w, H: h, Group: nodeGroup[i]})
	}
	edgeLabels := make([]textBlock, len(g.Edges))
	for i, e := range g.Edges {
		var le layered.Edge
		le.From = endOf(e.From, index, groupIndex)
		le.To = endOf(e.To, index, groupIndex)
		if e.Label != "" {
			tb := measureLines(e.Label, Sans, SizeSmall)
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
	b.place = func(x, y float64) []Item {
		off := func(r layered.Rect) Rect { return Rect{r.X + x, r.Y + y, r.W, r.H} }
		var items []Item
		for i, gr := range groups {
			r := off(res.Groups[i])
			t := off(res.GroupTitles[i])
			base := t.Y + t.H/2 + (ascent(SansBold, SizeSmall)-descent(SansBold, SizeSmall))/2
			title := label("", gr.Label, t.X+8, base, Start, SansBold, SizeSmall, Paint{Tone: gr.Tone, Role: Ink})
			title.Box = r
			items = append(items, &Group{ID: gr.ID, Kind: "group", Role: RoleGroup, Items: []Item{
				&Box{Shape: diagram.Rounded, Role: RoleGroup, R: r, Corner: 8,
					Style: Style{Fill: Paint{Tone: gr.Tone, Role: Soft}, Stroke: Paint{Tone: gr.Tone, Role: Line}, StrokeWidth: 1, Dash: []float64{5, 3}}},
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
	if errors.As(err, &ie) {
		var n int
		if _, scanErr := fmt.Sscanf(ie.What, "edge %d", &n); scanErr == nil && n >= 0 && n < len(g.Edges) {
			e := g.Edges[n]
			c.errorf(e.Pos, "an edge may join a group and a node outside it, not the group and its own member", "the edge %s -> %s %s", e.From, e.To, ie.Msg)
			return
		}
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
func nodeSize(n *diagram.Node, tb textBlock) (w, h float64) {
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

func nodeItem(n *diagram.Node, r Rect, tb textBlock) Item {
	corner := 4.0
	if n.Shape == diagram.Rounded {
		corner = min(r.H/2, 14)
	}
	box := &Box{Shape: n.Shape, Role: RoleNode, R: r, Corner: corner,
		Style: Style{Fill: Paint{Tone: n.Tone, Role: Soft}, Stroke: Paint{Tone: n.Tone, Role: Line}, StrokeWidth: 1.5}}
	items := []Item{box}
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
		items = append(items, iconItems(n.Icon, Rect{r.Center().X - iconSize/2, top - iconSize - 4, iconSize, iconSize}, Paint{Tone: n.Tone, Role: Line})...)
	}
	for _, t := range tb.place("", r.Center().X, top, Middle, Paint{Tone: n.Tone, Role: Ink}) {
		t.(*Text).Box = r
		items = append(items, t)
	}
	return &Group{ID: n.ID, Kind: "node", Role: RoleNode, Items: items}
}

// iconItems draws a named icon in the square r.
func iconItems(name string, r Rect, paint Paint) []Item {
	ic, ok := icon.Lookup(name)
	if !ok {
		return nil
	}
	var out []Item
	scale := r.W / 24
	for _, part := range ic.Scaled(r.X, r.Y, r.W) {
		var ops []PathOp
		for _, op := range part.Ops {
			var pts []Point
			for i := 0; i+1 < len(op.Args); i += 2 {
				pts = append(pts, Point{op.Args[i], op.Args[i+1]})
			}
			ops = append(ops, PathOp{Cmd: op.Cmd, Pts: pts})
		}
		st := Style{Fill: NoPaint, Stroke: paint, StrokeWidth: icon.StrokeWidth * scale}
		if part.Fill {
			st = Style{Fill: paint, Stroke: NoPaint}
		}
		out = append(out, &Path{Ops: ops, Style: st})
	}
	return out
}

// edgeItem draws a route with rounded bends, its arrowheads and its label.
func edgeItem(e *diagram.Edge, rt layered.Route, tb textBlock, x, y float64) Item {
	pts := make([]Point, len(rt.Points))
	for i, p := range rt.Points {
		pts[i] = Point{p.X + x, p.Y + y}
	}
	var ops []PathOp
	if len(rt.Curve) >= 4 {
		ops = append(ops, PathOp{'M', []Point{{rt.Curve[0].X + x, rt.Curve[0].Y + y}}})
		for i := 1; i+2 < len(rt.Curve); i += 3 {
			ops = append(ops, PathOp{'C', []Point{
				{rt.Curve[i].X + x, rt.Curve[i].Y + y}, {rt.Curve[i+1].X + x, rt.Curve[i+1].Y + y}, {rt.Curve[i+2].X + x, rt.Curve[i+2].Y + y}}})
		}
	} else {
		ops = RoundedPolyline(pts, bendRadius)
	}
	width := 1.5
	if e.Bold {
		width = 3
	}
	st := Style{Fill: NoPaint, Stroke: Paint{Tone: e.Tone, Role: Line}, StrokeWidth: width}
	if e.Tone == diagram.Neutral {
		st.Stroke = Paint{Tone: diagram.Neutral, Role: Line}
	}
	if e.Dashed {
		st.Dash = []float64{6, 4}
	}
	st.ArrowEnd = e.Arrow == diagram.Forward || e.Arrow == diagram.Both
	st.ArrowStart = e.Arrow == diagram.Backward || e.Arrow == diagram.Both
	items := []Item{&Path{Role: RoleEdge, Ops: ops, Poly: pts, From: e.From, To: e.To, Style: st}}
	if e.Label != "" && rt.Label.W > 0 {
		lr := Rect{rt.Label.X + x, rt.Label.Y + y, rt.Label.W, rt.Label.H}
		items = append(items, &Box{Shape: diagram.Rounded, Role: RoleLabel, R: lr, Corner: 4,
			Style: Style{Fill: Paint{Role: Page}, Stroke: NoPaint, Opacity: 0.92}})
		for _, t := range tb.place("", lr.Center().X, lr.Y+labelPadY, Middle, Paint{Tone: diagram.Neutral, Role: Ink}) {
			t.(*Text).Box = lr
			items = append(items, t)
		}
	}
	return &Group{ID: e.ID, Kind: "edge", Role: RoleEdge, Items: items}
}

// RoundedPolyline turns a polyline into path operations whose corners are
// rounded with quadratic curves of radius up to r (less where segments are
// short).
func RoundedPolyline(pts []Point, r float64) []PathOp {
	if len(pts) == 0 {
		return nil
	}
	ops := []PathOp{{'M', []Point{pts[0]}}}
	for i := 1; i < len(pts)-1; i++ {
		prev, cur, next := pts[i-1], pts[i], pts[i+1]
		d1 := math.Hypot(cur.X-prev.X, cur.Y-prev.Y)
		d2 := math.Hypot(next.X-cur.X, next.Y-cur.Y)
		rr := min(r, d1/2, d2/2)
		if rr < 0.5 {
			ops = append(ops, PathOp{'L', []Point{cur}})
			continue
		}
		a := Point{cur.X + (prev.X-cur.X)/d1*rr, cur.Y + (prev.Y-cur.Y)/d1*rr}
		b := Point{cur.X + (next.X-cur.X)/d2*rr, cur.Y + (next.Y-cur.Y)/d2*rr}
		ops = append(ops, PathOp{'L', []Point{a}}, PathOp{'Q', []Point{cur, b}})
	}
	if len(pts) > 1 {
		ops = append(ops, PathOp{'L', []Point{pts[len(pts)-1]}})
	}
	return ops
}
