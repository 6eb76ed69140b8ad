// Package tree lays out tree panels as tidy trees (tidy.go): levels on
// lines, each parent centred over its children, edges drawn as a stem, a
// line across the siblings and a drop to each child, in any direction.
package tree

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Tree metrics in px.
const (
	treeSep       = 20 // between neighbouring nodes on one level
	treeStub      = 16 // from a parent to the line that joins its children
	treePadX      = 14
	treePadY      = 9
	treeMinW      = 56
	treeDetailGap = 3  // between a node's label and its detail
	treeLabelPad  = 10 // around a branch label, along the edge
)

// treeBox is a tree node measured and then placed.
type treeBox struct {
	n      *diagram.TreeNode
	parent *treeBox
	kids   []*treeBox
	depth  int
	label  text.Block
	detail text.Block
	branch text.Block // the branch label, if any
	W, H   float64
	tidy   *tidyNode
	r      scene.Rect // placed, relative to the block
}

// Layout lays out a tree panel as a tidy tree (see tidy): levels on lines,
// each parent centred over its children, edges drawn as a stem from the
// parent, a line across and a drop to each child, with the branch label on
// the drop.
func Layout(env *panel.Env, p *diagram.Tree) panel.Block {
	horizontal := p.Direction == diagram.Right || p.Direction == diagram.Left
	var all []*treeBox
	var build func(n *diagram.TreeNode, parent *treeBox, depth int) *treeBox
	build = func(n *diagram.TreeNode, parent *treeBox, depth int) *treeBox {
		b := &treeBox{n: n, parent: parent, depth: depth}
		b.label = text.Lines(diagram.LabelMarkup(n.Label, n.ID), scene.Sans, text.SizeBody)
		b.W = max(b.label.W+2*treePadX, treeMinW)
		b.H = b.label.H + 2*treePadY
		if n.Detail != "" {
			b.detail = text.Lines(n.Detail, scene.Sans, text.SizeSmall)
			b.W = max(b.W, b.detail.W+2*treePadX)
			b.H += treeDetailGap + b.detail.H
		}
		if n.Branch != "" {
			b.branch = text.Lines(n.Branch, scene.Sans, text.SizeSmall)
		}
		b.tidy = &tidyNode{Size: b.W}
		if horizontal {
			b.tidy.Size = b.H
		}
		if n.Branch != "" {
			if horizontal {
				b.tidy.Size = max(b.tidy.Size, b.branch.H+2*draw.LabelPadY)
			} else {
				b.tidy.Size = max(b.tidy.Size, b.branch.W+2*draw.LabelPadX)
			}
		}
		all = append(all, b)
		for _, k := range n.Children {
			kb := build(k, b, depth+1)
			b.kids = append(b.kids, kb)
			b.tidy.Kids = append(b.tidy.Kids, kb.tidy)
		}
		return b
	}
	var roots []*tidyNode
	for _, r := range p.Roots {
		roots = append(roots, build(r, nil, 0).tidy)
	}
	breadth := tidy(roots, treeSep)

	// Levels: their extent along the depth axis, and the gap before each
	// one, which holds the stub, the line across and the branch labels.
	levels := 0
	for _, b := range all {
		levels = max(levels, b.depth+1)
	}
	size := make([]float64, levels)
	labelSize := make([]float64, levels)
	for _, b := range all {
		if horizontal {
			size[b.depth] = max(size[b.depth], b.W)
			labelSize[b.depth] = max(labelSize[b.depth], b.branch.W)
		} else {
			size[b.depth] = max(size[b.depth], b.H)
			labelSize[b.depth] = max(labelSize[b.depth], b.branch.H)
		}
	}
	start := make([]float64, levels)
	bus := make([]float64, levels) // where the line across the siblings runs
	depth := 0.0
	for d := range levels {
		if d > 0 {
			gap := 2.0 * treeStub
			if labelSize[d] > 0 {
				pad := float64(draw.LabelPadY)
				if horizontal {
					pad = draw.LabelPadX
				}
				gap = treeStub + draw.BendRadius + labelSize[d] + 2*pad + 2*treeLabelPad
			}
			bus[d] = depth + treeStub
			depth += gap
		}
		start[d] = depth
		depth += size[d]
	}
	// Nodes of one level share their extent along the depth axis, so
	// each level reads as one line: one height when the tree grows down,
	// one width when it grows to the right.
	for _, b := range all {
		if horizontal {
			b.W = size[b.depth]
			b.r = scene.Rect{X: start[b.depth], Y: b.tidy.X - b.H/2, W: b.W, H: b.H}
		} else {
			b.H = size[b.depth]
			b.r = scene.Rect{X: b.tidy.X - b.W/2, Y: start[b.depth], W: b.W, H: b.H}
		}
	}
	w, h := breadth, depth
	if horizontal {
		w, h = depth, breadth
	}
	// Up and Left mirror Down and Right.
	flip := func(q scene.Point) scene.Point {
		switch p.Direction {
		case diagram.Up:
			q.Y = h - q.Y
		case diagram.Left:
			q.X = w - q.X
		}
		return q
	}
	flipRect := func(r scene.Rect) scene.Rect {
		a, b := flip(scene.Point{X: r.X, Y: r.Y}), flip(scene.Point{X: r.Right(), Y: r.Bottom()})
		return scene.Rect{X: min(a.X, b.X), Y: min(a.Y, b.Y), W: r.W, H: r.H}
	}
	for _, b := range all {
		b.r = flipRect(b.r)
	}
	out := panel.Block{W: w, H: h}
	out.Place = func(x, y float64) []scene.Item {
		var edges, nodes []scene.Item
		groups := map[*treeBox]*scene.Group{} // parents come before their children in all
		for _, b := range all {
			r := scene.Rect{X: b.r.X + x, Y: b.r.Y + y, W: b.r.W, H: b.r.H}
			g := treeNodeItem(b, r)
			groups[b] = g
			nodes = append(nodes, g)
			if b.parent == nil {
				continue
			}
			edges = append(edges, treeEdgeItem(b, groups[b.parent], g, p.Direction, bus[b.depth], flip, x, y))
		}
		return append(edges, nodes...)
	}
	return out
}

// treeNodeItem draws a node: its box, its label and its detail.
func treeNodeItem(b *treeBox, r scene.Rect) *scene.Group {
	n := b.n
	corner := 4.0
	if len(n.Children) == 0 {
		corner = 10
	}
	items := []scene.Item{&scene.Box{Shape: diagram.Rounded, Role: scene.RoleNode, R: r, Corner: corner,
		Style: scene.Style{Fill: scene.Paint{Tone: n.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: n.Tone, Role: scene.Line}, StrokeWidth: 1.5}}}
	textH := b.label.H
	if b.detail.H > 0 {
		textH += treeDetailGap + b.detail.H
	}
	top := r.Y + (r.H-textH)/2
	items = append(items, b.label.PlaceIn(r.Center().X, top, scene.Middle, scene.Paint{Tone: n.Tone, Role: scene.Ink}, r)...)
	if b.detail.H > 0 {
		items = append(items, b.detail.PlaceIn(r.Center().X, top+b.label.H+treeDetailGap, scene.Middle, draw.MutedInk, r)...)
	}
	return &scene.Group{ID: n.ID, Kind: scene.KindNode, Role: scene.RoleNode, Items: items}
}

// treeEdgeItem draws the edge from b's parent to b: a stem out of the
// parent, a turn onto the line shared by the siblings, a drop into b, and
// the branch label on the drop. bus is where the line across runs along
// the depth axis (before mirroring). The edge joins the groups of the
// parent and of b when both have ids.
func treeEdgeItem(b *treeBox, parent, child *scene.Group, dir diagram.Direction, bus float64, flip func(scene.Point) scene.Point, x, y float64) scene.Item {
	pr, cr := b.parent.r, b.r
	var pts []scene.Point
	var mid scene.Point // the middle of the drop, where the label goes
	horizontal := dir == diagram.Right || dir == diagram.Left
	unflip := func(r scene.Rect) scene.Rect { // back to Down/Right coordinates
		a, c := flip(scene.Point{X: r.X, Y: r.Y}), flip(scene.Point{X: r.Right(), Y: r.Bottom()})
		return scene.Rect{X: min(a.X, c.X), Y: min(a.Y, c.Y), W: r.W, H: r.H}
	}
	pr, cr = unflip(pr), unflip(cr)
	if horizontal {
		from := scene.Point{X: pr.Right(), Y: pr.Center().Y}
		to := scene.Point{X: cr.X, Y: cr.Center().Y}
		pts = []scene.Point{from, {X: bus, Y: from.Y}, {X: bus, Y: to.Y}, to}
		mid = scene.Point{X: (bus + draw.BendRadius + to.X) / 2, Y: to.Y}
		if len(b.parent.kids) == 1 || from.Y == to.Y {
			to.Y = from.Y
			pts = []scene.Point{from, to}
			mid = scene.Point{X: (bus + draw.BendRadius + to.X) / 2, Y: from.Y}
		}
	} else {
		from := scene.Point{X: pr.Center().X, Y: pr.Bottom()}
		to := scene.Point{X: cr.Center().X, Y: cr.Y}
		pts = []scene.Point{from, {X: from.X, Y: bus}, {X: to.X, Y: bus}, to}
		mid = scene.Point{X: to.X, Y: (bus + draw.BendRadius + to.Y) / 2}
		if len(b.parent.kids) == 1 || from.X == to.X {
			to.X = from.X
			pts = []scene.Point{from, to}
			mid = scene.Point{X: from.X, Y: (bus + draw.BendRadius + to.Y) / 2}
		}
	}
	for i := range pts {
		q := flip(pts[i])
		pts[i] = scene.Point{X: q.X + x, Y: q.Y + y}
	}
	mid = flip(mid)
	mid = scene.Point{X: mid.X + x, Y: mid.Y + y}
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1.5}
	var from, to *scene.Group
	if b.parent.n.ID != "" && b.n.ID != "" {
		from, to = parent, child
	}
	items := []scene.Item{&scene.Path{Role: scene.RoleEdge, Ops: draw.RoundedPolyline(pts, draw.BendRadius), Poly: pts, From: from, To: to, Style: st}}
	if b.branch.H > 0 {
		lw, lh := b.branch.W+2*draw.LabelPadX, b.branch.H+2*draw.LabelPadY
		lr := scene.Rect{X: mid.X - lw/2, Y: mid.Y - lh/2, W: lw, H: lh}
		items = append(items, &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: lr, Corner: 4,
			Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.NoPaint}})
		items = append(items, b.branch.PlaceIn(lr.Center().X, lr.Y+draw.LabelPadY, scene.Middle, scene.Paint{Tone: diagram.Neutral, Role: scene.Ink}, lr)...)
	}
	return &scene.Group{ID: b.n.EdgeID(b.parent.n), Kind: scene.KindEdge, Role: scene.RoleEdge, Items: items}
}
