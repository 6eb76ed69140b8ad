// Package draw holds what several panel kinds draw alike: the paints of
// ink, muted ink, panel backgrounds and borders; a node's box with its
// icon and label (graph nodes and sequence actors); icons; routes with
// rounded bends; and the padding of edge labels.
package draw

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Node metrics in px.
const (
	nodePadX = 16
	nodePadY = 10
	nodeMinW = 56
	nodeMinH = 38
	iconSize = 22
)

// Metrics of connectors in px.
const (
	BendRadius = 8 // the radius of a route's rounded bends
	LabelPadX  = 5 // beside the text of an edge's label
	LabelPadY  = 2 // above and below it
)

// The paints every panel shares.
var (
	Ink       = scene.Paint{Tone: diagram.Neutral, Role: scene.Ink} // text on the page
	MutedInk  = scene.Paint{Tone: diagram.Muted, Role: scene.Ink}   // secondary text
	PanelFill = scene.Paint{Role: scene.Panel}                      // a panel's background
	Border    = scene.Paint{Tone: diagram.Muted, Role: scene.Line}  // frames, axes and ticks
)

// NodeSize returns the box a node needs around its label.
func NodeSize(n *diagram.Node, tb text.Block) (w, h float64) {
	if n.Detail != "" {
		d := nodeDetail(n)
		tb.W = max(tb.W, d.W)
		tb.H += detailGap + d.H
	}
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
		if w > scene.PersonWide {
			// A long label goes under a figure of its own size.
			return w, h + scene.PersonFigureH
		}
		return max(w, 64), h + 30
	}
	return w, h
}

// Node draws a node filling r: its shape in its tone, its icon and its
// label tb, under the node's id.
func Node(n *diagram.Node, r scene.Rect, tb text.Block) *scene.Group {
	corner := 4.0
	if n.Shape == diagram.Rounded {
		corner = min(r.H/2, 14)
	}
	box := &scene.Box{Shape: n.Shape, Role: scene.RoleNode, R: r, Corner: corner,
		Style: scene.Style{Fill: scene.Paint{Tone: n.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: n.Tone, Role: scene.Line}, StrokeWidth: 1.5}}
	items := []scene.Item{box}
	var detail text.Block
	textH := tb.H
	if n.Detail != "" {
		detail = nodeDetail(n)
		textH += detailGap + detail.H
	}
	top := r.Y + (r.H-textH)/2
	switch n.Shape {
	case diagram.Cylinder:
		top += 7
	case diagram.Person:
		top = r.Bottom() - nodePadY - textH
	case diagram.Document:
		top -= 3
	}
	if n.Icon != "" {
		top += (iconSize + 4) / 2
		items = append(items, Icon(n.Icon, scene.Rect{X: r.Center().X - iconSize/2, Y: top - iconSize - 4, W: iconSize, H: iconSize}, scene.Paint{Tone: n.Tone, Role: scene.Line})...)
	}
	lines := tb.PlaceLines(r.Center().X, top, scene.Middle, scene.Paint{Tone: n.Tone, Role: scene.Ink})
	first := len(lines) - len(n.Parts) // the label parts are the last lines (NodeText)
	for i, line := range lines {
		t := line[len(line)-1].(*scene.Text)
		t.Box = r
		if i < first || first < 0 {
			items = append(items, line...)
			continue
		}
		id := diagram.SubID(n.ID, diagram.Part(n.Parts[i-first].Name))
		if len(line) == 1 {
			t.ID = id
			items = append(items, t)
			continue
		}
		// A part with inline code shows and hides with its backgrounds.
		items = append(items, &scene.Group{ID: id, Items: line})
	}
	if n.Detail != "" {
		items = append(items, detail.PlaceIn(r.Center().X, top+tb.H+detailGap, scene.Middle, MutedInk, r)...)
	}
	return &scene.Group{ID: n.ID, Kind: scene.KindNode, Role: scene.RoleNode, Items: items}
}

// detailGap is the space between a node's label and its detail line.
const detailGap = 3

// nodeDetail measures a node's detail line: smaller than its label and
// in muted ink, as a tree node's detail is.
func nodeDetail(n *diagram.Node) text.Block {
	return text.Lines(n.Detail, scene.Sans, text.SizeSmall)
}

// NodeText returns the text a node shows: its label (or id), then each of
// its label parts on a line of its own, which Node draws under the part's
// id.
func NodeText(n *diagram.Node) string {
	s := diagram.LabelMarkup(n.Label, n.ID)
	for _, p := range n.Parts {
		s += "\n" + p.Text
	}
	return s
}

// Icon draws a named icon in the square r.
func Icon(name string, r scene.Rect, paint scene.Paint) []scene.Item {
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
