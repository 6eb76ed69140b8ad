package graph

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/graph/layered"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// The sizes of zones, in px.
const (
	// zonePad is the room between a zone's outline and its members.
	zonePad = 12.0
	// zoneStep is how much farther out a zone's outline runs round a
	// member that earlier zones hold too, so that overlapping outlines do
	// not draw on each other.
	zoneStep = 6.0
	// zoneGap is the least room between a zone's outline and a node it
	// leaves out.
	zoneGap = 5.0
	// zoneCorner is the radius of an outline's corners.
	zoneCorner = 6.0
	// zoneLabelPad is the room around a zone label's text, on its
	// backing.
	zoneLabelPad = 3.0
)

// zonePlan is a laid-out zone, in the coordinates of the layered result.
type zonePlan struct {
	zone    *diagram.Zone
	members []string // node and group ids, with those inside member groups
	outline [][]scene.Point
	label   scene.Rect // the backing of the label; zero when unlabelled
	text    text.Block
}

// graphIndex is what the zones need of a laid-out graph.
type graphIndex struct {
	g          *diagram.Graph
	res        *layered.Result
	nodeIndex  map[string]int
	groupIndex map[string]int
	groups     []*diagram.Group // in the order of res.Groups
	nodeGroup  []int            // each node's group, or -1
	parent     []int            // each group's parent, or -1
}

// zones lays out the zones of a graph: their outlines and labels. The
// labels sit on the outlines, where they cover no node, group title, edge
// label or earlier zone label.
func zones(ix *graphIndex) []zonePlan {
	if len(ix.g.Zones) == 0 {
		return nil
	}
	rect := func(r layered.Rect) scene.Rect { return scene.Rect{X: r.X, Y: r.Y, W: r.W, H: r.H} }
	// held counts, for each node and group, the zones laid out so far
	// that hold it.
	heldNodes := make([]int, len(ix.g.Nodes))
	heldGroups := make([]int, len(ix.groups))
	// taken are the boxes a label must not cover.
	var taken []scene.Rect
	for _, r := range ix.res.Nodes {
		taken = append(taken, rect(r))
	}
	for _, r := range ix.res.GroupTitles {
		taken = append(taken, rect(r))
	}
	for _, e := range ix.res.Edges {
		if e.Label.W > 0 {
			taken = append(taken, rect(e.Label))
		}
	}
	plans := make([]zonePlan, 0, len(ix.g.Zones))
	for _, z := range ix.g.Zones {
		inNode, inGroup := ix.zoneMembers(z)
		p := zonePlan{zone: z}
		var sh zoneShape
		for i, n := range ix.g.Nodes {
			box := rect(ix.res.Nodes[i])
			if inNode[i] {
				p.members = append(p.members, n.ID)
				sh.keep = append(sh.keep, box)
				sh.pads = append(sh.pads, box.Inset(-(zonePad + zoneStep*float64(heldNodes[i]))))
				heldNodes[i]++
				continue
			}
			sh.blockers = append(sh.blockers, box.Inset(-zoneGap))
		}
		for gi, gr := range ix.groups {
			box := rect(ix.res.Groups[gi])
			switch {
			case inGroup[gi]:
				p.members = append(p.members, gr.ID)
				sh.keep = append(sh.keep, box)
				sh.pads = append(sh.pads, box.Inset(-(zonePad + zoneStep*float64(heldGroups[gi]))))
				heldGroups[gi]++
			case !ix.holdsAny(gi, inNode, inGroup):
				sh.blockers = append(sh.blockers, box.Inset(-zoneGap))
			}
			// A group that holds members and others is crossed by the
			// outline.
		}
		p.outline = sh.outline()
		plans = append(plans, p)
	}
	// The labels go once every outline is known, off the other zones'
	// outlines.
	for k := range plans {
		p := &plans[k]
		label := p.zone.Text()
		if label == "" {
			continue
		}
		var lines [][]scene.Point
		for o := range plans {
			if o != k {
				lines = append(lines, plans[o].outline...)
			}
		}
		p.text = text.Lines(label, scene.SansBold, text.SizeSmall)
		p.label = zoneLabelPlace(p.outline, p.text, taken, lines)
		taken = append(taken, p.label)
	}
	return plans
}

// zoneMembers returns which nodes and groups zone z holds: those listed,
// and everything inside a listed group.
func (ix *graphIndex) zoneMembers(z *diagram.Zone) (nodes, groups []bool) {
	nodes = make([]bool, len(ix.g.Nodes))
	groups = make([]bool, len(ix.groups))
	for _, id := range z.Members {
		if i, ok := ix.nodeIndex[id]; ok {
			nodes[i] = true
		} else if gi, ok := ix.groupIndex[id]; ok {
			groups[gi] = true
		}
	}
	// A group is inside a listed group when one of its ancestors is listed.
	for gi := range ix.groups {
		for p := ix.parent[gi]; p >= 0 && !groups[gi]; p = ix.parent[p] {
			groups[gi] = groups[p]
		}
	}
	for i, gi := range ix.nodeGroup {
		if gi >= 0 && groups[gi] {
			nodes[i] = true
		}
	}
	// A group whose nodes are all in the zone is in it as a whole, so that
	// the outline runs round its box rather than along it. Nested groups
	// come after their parents: the innermost are settled first.
	for gi := len(ix.groups) - 1; gi >= 0; gi-- {
		if groups[gi] {
			continue
		}
		all, any := true, false
		for i, ng := range ix.nodeGroup {
			if ng == gi {
				any = true
				all = all && nodes[i]
			}
		}
		for g := range ix.groups {
			if ix.parent[g] == gi {
				any = true
				all = all && groups[g]
			}
		}
		groups[gi] = any && all
	}
	return nodes, groups
}

// holdsAny reports whether group gi holds a member of the zone, directly
// or in a nested group.
func (ix *graphIndex) holdsAny(gi int, nodes, groups []bool) bool {
	inside := func(g int) bool {
		for ; g >= 0; g = ix.parent[g] {
			if g == gi {
				return true
			}
		}
		return false
	}
	for i, ng := range ix.nodeGroup {
		if nodes[i] && inside(ng) {
			return true
		}
	}
	for g := range ix.groups {
		if groups[g] && inside(g) {
			return true
		}
	}
	return false
}

// zoneLabelPlace returns where a zone's label goes: on a top side of its
// outline (a side with the zone below it), near its left end, else near its
// right end, else on a bottom side, where the label covers none of taken
// and crosses none of the rings of lines; when every place covers
// something, the first place.
func zoneLabelPlace(outline [][]scene.Point, tb text.Block, taken []scene.Rect, lines [][]scene.Point) scene.Rect {
	w, h := tb.W+2*zoneLabelPad, tb.H+2*zoneLabelPad/2
	var places []scene.Rect
	for _, top := range []bool{true, false} {
		for _, ring := range outline {
			for k, a := range ring {
				b := ring[(k+1)%len(ring)]
				// Clockwise on the page: a side running right has the
				// zone below it (a top side), one running left above it.
				if a.Y != b.Y || (b.X > a.X) != top {
					continue
				}
				x0, x1 := min(a.X, b.X)+zoneCorner+6, max(a.X, b.X)-zoneCorner-6
				if x1-x0 < w {
					continue
				}
				y := a.Y - h/2
				places = append(places, scene.Rect{X: x0, Y: y, W: w, H: h}, scene.Rect{X: x1 - w, Y: y, W: w, H: h})
			}
		}
	}
	if len(places) == 0 {
		// An outline too narrow for its label: on the first corner.
		if len(outline) == 0 || len(outline[0]) == 0 {
			return scene.Rect{}
		}
		p := outline[0][0]
		return scene.Rect{X: p.X, Y: p.Y - h/2, W: w, H: h}
	}
	for _, pl := range places {
		free := true
		for _, t := range taken {
			if _, ok := intersect(pl, t.Inset(-2)); ok {
				free = false
				break
			}
		}
		if free && !ringsCross(lines, pl.Inset(-2)) {
			return pl
		}
	}
	return places[0]
}

// zoneItem draws a laid-out zone: its dashed outline with rounded corners
// and its label on a backing of the page's colour, shifted by (x, y).
func zoneItem(p zonePlan, x, y float64) scene.Item {
	tone := p.zone.Tone
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: tone, Role: scene.Line}, StrokeWidth: 1.5, Dash: []float64{7, 4}}
	var ops []scene.PathOp
	info := &scene.Zone{Members: append([]string{}, p.members...)}
	for _, ring := range p.outline {
		pts := make([]scene.Point, len(ring))
		for i, q := range ring {
			pts[i] = scene.Point{X: q.X + x, Y: q.Y + y}
		}
		info.Outline = append(info.Outline, pts)
		ops = append(ops, closedRounded(pts, zoneCorner)...)
	}
	items := []scene.Item{&scene.Path{Ops: ops, Style: st}}
	if p.label.W > 0 {
		lr := scene.Rect{X: p.label.X + x, Y: p.label.Y + y, W: p.label.W, H: p.label.H}
		items = append(items, &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: lr, Corner: 4,
			Style: scene.Style{Fill: scene.Paint{Role: scene.Page}, Stroke: scene.NoPaint}})
		for _, t := range p.text.Place("", lr.Center().X, lr.Y+zoneLabelPad/2, scene.Middle, scene.Paint{Tone: tone, Role: scene.Ink}) {
			t.(*scene.Text).Box = lr
			items = append(items, t)
		}
	}
	return &scene.Group{ID: p.zone.ID, Kind: scene.KindZone, Items: items, Zone: info}
}

// closedRounded returns a closed polygon with its corners rounded to radius
// r (less where a side is short).
func closedRounded(pts []scene.Point, r float64) []scene.PathOp {
	if len(pts) < 3 {
		return nil
	}
	mid := scene.Point{X: (pts[0].X + pts[1].X) / 2, Y: (pts[0].Y + pts[1].Y) / 2}
	loop := append([]scene.Point{mid}, pts[1:]...)
	loop = append(loop, pts[0], mid)
	return append(draw.RoundedPolyline(loop, r), scene.PathOp{Cmd: 'Z'})
}

// zoneExtent returns how far the zones reach past the graph of size w×h on
// its left and top (dx, dy), and the size that holds the graph and them.
func zoneExtent(plans []zonePlan, w, h float64) (dx, dy, width, height float64) {
	r := scene.Rect{W: w, H: h}
	for _, p := range plans {
		for _, ring := range p.outline {
			for _, q := range ring {
				r = r.Union(scene.Rect{X: q.X, Y: q.Y, W: 0.01, H: 0.01})
			}
		}
		r = r.Union(p.label)
	}
	return -r.X, -r.Y, r.W, r.H
}

// ringsCross reports whether a side of one of the closed orthogonal rings
// passes through r.
func ringsCross(rings [][]scene.Point, r scene.Rect) bool {
	for _, ring := range rings {
		for k, a := range ring {
			b := ring[(k+1)%len(ring)]
			s := scene.Rect{X: min(a.X, b.X), Y: min(a.Y, b.Y), W: abs(b.X - a.X), H: abs(b.Y - a.Y)}
			if s.X < r.Right() && s.Right() > r.X && s.Y < r.Bottom() && s.Bottom() > r.Y {
				return true
			}
		}
	}
	return false
}

func abs(v float64) float64 { return max(v, -v) }

// zoneNodes returns the indices of the nodes zone z holds: those listed, and
// those of the groups listed and of the groups nested in them.
func zoneNodes(z *diagram.Zone, g *diagram.Graph, index map[string]int) []int {
	listed := map[string]bool{}
	for _, id := range z.Members {
		listed[id] = true
	}
	var out []int
	var walk func(gs []*diagram.Group, in bool)
	walk = func(gs []*diagram.Group, in bool) {
		for _, gr := range gs {
			held := in || listed[gr.ID]
			if held {
				for _, id := range gr.Nodes {
					if i, ok := index[id]; ok && !listed[id] {
						out = append(out, i)
					}
				}
			}
			walk(gr.Groups, held)
		}
	}
	for _, id := range z.Members {
		if i, ok := index[id]; ok {
			out = append(out, i)
		}
	}
	walk(g.Groups, false)
	return out
}
