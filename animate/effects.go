package animate

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/font"
	"github.com/aiprep/diag/scene"
)

// highlight pulses a ring in the element's accent tone around it: an
// overlay that fades in, holds and fades out within [s, e].
func (b *builder) highlight(it scene.Item, s, e float64, ease diagram.Easing) {
	ring := ringFor(it)
	if ring == nil {
		return
	}
	id := b.overlay("hl", ring)
	in := 0.25
	if ease == diagram.Steps {
		in = 0
	}
	b.showDuring(id, s, e, min(in, (e-s)/4))
}

// ringFor returns the highlight ring drawn over an element: its outline
// traced again, thicker, in its tone (the accent tone for neutral
// elements).
func ringFor(it scene.Item) scene.Item {
	switch v := it.(type) {
	case *scene.Group:
		for _, m := range v.Items {
			switch m := m.(type) {
			case *scene.Box:
				if m.Role == scene.RoleNode || m.Role == scene.RoleGroup {
					return boxRing(m.Shape, m.R, m.Corner, toneOf(m.Style))
				}
			case *scene.Path:
				if m.Role == scene.RoleEdge && len(m.Poly) > 1 {
					// The ring stops at the edge's label, which stays
					// readable.
					ring := pathRing(m).(*scene.Path)
					ring.Ops = polylineOps(clipOut(m.Poly, labelBoxes(v.Items)))
					return ring
				}
				if m.Role == scene.RoleEdge || m.Role == scene.RoleMark {
					return pathRing(m)
				}
			case *scene.Circle:
				if len(v.Items) == 1 {
					return ringFor(m)
				}
			}
		}
		return boxRing(diagram.Rounded, v.Bounds(), 6, diagram.Accent)
	case *scene.Box:
		return boxRing(v.Shape, v.R, v.Corner, toneOf(v.Style))
	case *scene.Path:
		return pathRing(v)
	case *scene.Circle:
		return &scene.Circle{C: v.C, R: v.R + 4, Style: scene.Style{Fill: scene.NoPaint,
			Stroke: scene.Paint{Tone: toneOf(v.Style), Role: scene.Line}, StrokeWidth: 3}}
	case *scene.Text:
		return boxRing(diagram.Rounded, v.Ink, 4, diagram.Accent)
	}
	return nil
}

func boxRing(shape diagram.Shape, r scene.Rect, corner float64, tone diagram.Tone) scene.Item {
	if shape == diagram.Box && corner == 0 {
		shape = diagram.Rounded
	}
	return &scene.Box{Shape: shape, R: r.Inset(-3), Corner: corner + 3, Style: scene.Style{Fill: scene.NoPaint,
		Stroke: scene.Paint{Tone: tone, Role: scene.Line}, StrokeWidth: 3}}
}

func pathRing(p *scene.Path) scene.Item {
	w := max(p.Style.StrokeWidth, 1.5)
	return &scene.Path{Ops: p.Ops, Style: scene.Style{Fill: scene.NoPaint,
		Stroke: scene.Paint{Tone: toneOf(p.Style), Role: scene.Line}, StrokeWidth: w + 3, Opacity: 0.6}}
}

// toneOf returns the accent tone of a style: its stroke's tone, or Accent
// for neutral and muted strokes and raw colours.
func toneOf(st scene.Style) diagram.Tone {
	t := st.Stroke.Tone
	if st.Stroke.None || st.Stroke.Color != "" || t == diagram.Neutral || t == diagram.Muted {
		return diagram.Accent
	}
	return t
}

// dotRadius is the radius of the dot that travels along a flow.
const dotRadius = 5.0

// marchSpeed is how fast the dashes of a flow march, in px per second.
const marchSpeed = 40.0

// flow sends a dot along the drawn routes of the edges a -> b -> c, with
// marching dashes over the same edges, between s and e.
func (b *builder) flow(a *diagram.Action, s, e float64) {
	var legs [][]scene.Point
	var items []scene.Item
	var dashes []*scene.Path
	total := 0.0
	for i := 0; i+1 < len(a.Targets); i++ {
		p, poly, labels := b.edgeRoute(a.Targets[i], a.Targets[i+1])
		if p == nil || len(poly) < 2 {
			b.errs.Add(a.Pos, fmt.Sprintf("no drawn edge from %q to %q to flow along", a.Targets[i], a.Targets[i+1]), "flow along edges of a graph, in their direction")
			return
		}
		legs = append(legs, poly)
		total += polyLength(poly)
		// The dashes stop at the edge's label, which stays readable.
		d := &scene.Path{Ops: polylineOps(clipOut(poly, labels)), Style: scene.Style{Fill: scene.NoPaint,
			Stroke: scene.Paint{Tone: diagram.Accent, Role: scene.Line}, StrokeWidth: max(p.Style.StrokeWidth, 1.5) + 1, Dash: []float64{4, 8}}}
		dashes = append(dashes, d)
		items = append(items, d)
	}
	if len(legs) == 0 {
		return
	}
	origin := legs[0][0]
	dot := &scene.Circle{C: origin, R: dotRadius, Style: scene.Style{Fill: scene.Paint{Tone: diagram.Accent, Role: scene.Solid},
		Stroke: scene.Paint{Role: scene.Page}, StrokeWidth: 1.5}}
	items = append(items, dot)
	id := b.overlay("flow", items...)
	in := min(0.15, (e-s)/6)
	if a.Easing == diagram.Steps {
		in = 0
	}
	b.showDuring(id, s, e, in)
	dot.ID = id + ".dot"
	c := b.channel(dot.ID, Transform, Value{}, Value{})
	c.free = true
	c.origin = origin
	// Each edge takes a share of the time by its length; from the end of
	// one edge the dot jumps to the start of the next, across the node.
	t := s
	for i, leg := range legs {
		end := t + (e-s)*polyLength(leg)/max(total, 1e-9)
		if i == len(legs)-1 {
			end = e
		}
		ease := diagram.Linear
		if a.Easing == diagram.Steps {
			ease = diagram.Steps
		}
		keys := alongKeys(leg, origin, t, end, a.Easing)
		if i > 0 {
			keys = append([]Key{{T: t, V: Value{DX: round2(leg[0].X - origin.X), DY: round2(leg[0].Y - origin.Y)}}}, keys...)
		}
		b.add(c, segment{T0: t, Ease: ease, Keys: keys})
		t = end
	}
	march := round2(-marchSpeed * (e - s))
	for i, d := range dashes {
		d.ID = id + ".e" + strconv.Itoa(i+1)
		c := b.channel(d.ID, DashOffset, Value{}, Value{})
		c.free = true
		b.add(c, segment{T0: s, Ease: diagram.Linear, Keys: []Key{{T: e, V: Value{Offset: march}, Ease: diagram.Linear}}})
	}
}

// polylineOps returns path operations drawing polylines.
func polylineOps(polys [][]scene.Point) []scene.PathOp {
	var ops []scene.PathOp
	for _, pts := range polys {
		if len(pts) < 2 {
			continue
		}
		ops = append(ops, scene.PathOp{Cmd: 'M', Pts: []scene.Point{pts[0]}})
		for _, p := range pts[1:] {
			ops = append(ops, scene.PathOp{Cmd: 'L', Pts: []scene.Point{p}})
		}
	}
	return ops
}

// clipOut returns the parts of a polyline outside every rectangle.
func clipOut(pts []scene.Point, rects []scene.Rect) [][]scene.Point {
	pieces := [][]scene.Point{pts}
	for _, r := range rects {
		var next [][]scene.Point
		for _, piece := range pieces {
			next = append(next, clipOutRect(piece, r)...)
		}
		pieces = next
	}
	return pieces
}

// clipOutRect returns the parts of a polyline outside one rectangle.
func clipOutRect(pts []scene.Point, r scene.Rect) [][]scene.Point {
	var out [][]scene.Point
	var cur []scene.Point
	lerp := func(a, b scene.Point, t float64) scene.Point {
		return scene.Point{X: a.X + (b.X-a.X)*t, Y: a.Y + (b.Y-a.Y)*t}
	}
	for i := 1; i < len(pts); i++ {
		a, bb := pts[i-1], pts[i]
		// A segment that only touches r runs outside it.
		t0, t1, ok := r.ClipSegment(a, bb)
		if !ok || t0 >= t1 {
			if len(cur) == 0 {
				cur = append(cur, a)
			}
			cur = append(cur, bb)
			continue
		}
		if t0 > 0 {
			if len(cur) == 0 {
				cur = append(cur, a)
			}
			cur = append(cur, lerp(a, bb, t0))
		}
		if len(cur) > 1 {
			out = append(out, cur)
		}
		cur = nil
		if t1 < 1 {
			cur = []scene.Point{lerp(a, bb, t1), bb}
		}
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// edgeRoute returns the drawn edge that carries things from node a to node
// b, its route in that direction and its label boxes: an edge a -> b, or an
// edge b -> a drawn with an arrowhead at a (b <- a, a <-> b), reversed.
func (b *builder) edgeRoute(from, to string) (*scene.Path, []scene.Point, []scene.Rect) {
	var fwd, back *scene.Path
	var fwdLabels, backLabels []scene.Rect
	for _, g := range edgeGroups(b.scene.Items) {
		for _, it := range g {
			p, ok := it.(*scene.Path)
			if !ok || p.Role != scene.RoleEdge {
				continue
			}
			// An edge carries things toward its arrowheads, or both ways
			// when it has none.
			a, z := p.Ends()
			if fwd == nil && a == from && z == to && (p.Style.ArrowEnd || !p.Style.ArrowStart) {
				fwd, fwdLabels = p, labelBoxes(g)
			}
			if back == nil && a == to && z == from && (p.Style.ArrowStart || !p.Style.ArrowEnd) {
				back, backLabels = p, labelBoxes(g)
			}
		}
	}
	if fwd != nil {
		return fwd, polyOf(fwd), fwdLabels
	}
	if back != nil {
		poly := polyOf(back)
		rev := make([]scene.Point, len(poly))
		for i, q := range poly {
			rev[len(poly)-1-i] = q
		}
		return back, rev, backLabels
	}
	return nil, nil, nil
}

// edgeGroups returns the members of every group (and the top level) that
// holds an edge path, so an edge is found with its label.
func edgeGroups(items []scene.Item) [][]scene.Item {
	out := [][]scene.Item{items}
	scene.Walk(items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok {
			out = append(out, g.Items)
		}
		return true
	})
	return out
}

// labelBoxes returns the label boxes among items.
func labelBoxes(items []scene.Item) []scene.Rect {
	var out []scene.Rect
	for _, it := range items {
		if bx, ok := it.(*scene.Box); ok && bx.Role == scene.RoleLabel {
			out = append(out, bx.R.Inset(-2))
		}
	}
	return out
}

// polyOf returns a path's drawn route: its Poly, or its operations
// flattened.
func polyOf(p *scene.Path) []scene.Point {
	if len(p.Poly) > 1 {
		return p.Poly
	}
	var out []scene.Point
	for _, sub := range Flatten(p.Ops) {
		out = append(out, sub...)
	}
	return out
}

// trace draws every stroked path of an element from its start to its end
// between s and e: each path's dash is as long as the path, and its dash
// offset runs from that length to 0. An arrowhead appears when its line
// arrives.
func (b *builder) trace(a *diagram.Action, id string, it scene.Item, s, e float64) {
	var paths []*scene.Path
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if p, ok := x.(*scene.Path); ok && !p.Style.Stroke.None && p.Style.StrokeWidth > 0 && len(p.Ops) > 1 {
			paths = append(paths, p)
		}
		return true
	})
	if len(paths) == 0 {
		b.errs.Add(a.Pos, fmt.Sprintf("%q has no line to trace", id), "trace an edge, a curve or a path")
		return
	}
	for i, p := range paths {
		line := id + "~line"
		if i > 0 {
			line += strconv.Itoa(i + 1)
		}
		pid := b.name(p, line)
		if len(p.Style.Dash) > 0 {
			// A dashed line keeps its own dash pattern, which a drawing
			// dash would replace: it fades in over the slot instead.
			c := b.channel(pid, Opacity, Value{Opacity: 0}, Value{Opacity: 1})
			b.add(c, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: Value{Opacity: 1}, Ease: diagram.Linear}}})
			continue
		}
		l := math.Ceil(PathLength(p.Ops)*100) / 100
		c := b.channel(pid, DashOffset, Value{Offset: l}, Value{})
		c.dashLen = l
		b.add(c, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: Value{}, Ease: diagram.Linear}}})
		if p.Style.ArrowEnd || p.Style.ArrowStart {
			h := b.channel(HeadsID(pid), Opacity, Value{}, Value{Opacity: 1})
			b.add(h, segment{T0: e, Keys: []Key{{T: e, V: Value{Opacity: 1}}}})
		}
	}
	b.labelsArrive(id, it, s, e)
}

// labelsArrive fades in the texts of a traced element (a curve's or an
// edge's label) as its line arrives, so no label names a line that is not
// drawn yet.
func (b *builder) labelsArrive(id string, it scene.Item, s, e float64) {
	n := 0
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if g, ok := x.(*scene.Group); ok && g != it && g.ID != "" {
			return false // a part with its own id (a marker) keeps its own script
		}
		t, ok := x.(*scene.Text)
		if !ok {
			return true
		}
		tid := b.idOf(t)
		if tid == "" {
			n++
			tid = b.name(t, id+"~text"+strconv.Itoa(n))
		}
		if _, named := b.channels[chanKey{target: tid, prop: Opacity}]; named {
			return true
		}
		c := b.channel(tid, Opacity, Value{Opacity: 0}, Value{Opacity: 1})
		in := max(e-min(fade, (e-s)/2), s)
		b.add(c, segment{T0: in, Keys: []Key{{T: e, V: Value{Opacity: 1}, Ease: diagram.Linear}}})
		return true
	})
}

// HeadsID returns the id of the arrowheads of a traced path: they appear
// when the line is drawn. The renderer gives the heads this id when a
// track animates it.
func HeadsID(pathID string) string { return pathID + "~heads" }

// move carries an element along a path or to a point of its plot between s
// and e.
func (b *builder) move(a *diagram.Action, s, e float64) {
	id, it := b.findFirst(a)
	if it == nil {
		return
	}
	centre := it.Bounds().Center()
	ease := diagram.Linear
	if a.Easing == diagram.Steps {
		ease = diagram.Steps
	}
	if a.Kind == diagram.MoveAlong {
		along := b.scene.Find(a.Path)
		if along == nil {
			b.errs.Add(a.Pos, fmt.Sprintf("no path %q to move along", a.Path), "name a path, curve or edge of the diagram")
			return
		}
		pts := routeOf(along)
		if len(pts) < 2 {
			b.errs.Add(a.Pos, fmt.Sprintf("%q has no line to move along", a.Path), "name a path, curve or edge of the diagram")
			return
		}
		// An end of the edge followed leaves from its own place, or
		// arrives at it: a card flies from its panel along the route
		// into its place in another.
		if g, ok := along.(*scene.Group); ok && g.Kind == scene.KindEdge {
			from, to := edgeEnds(g)
			if from == id {
				pts = append([]scene.Point{centre}, pts...)
			}
			if to == id {
				pts = append(pts[:len(pts):len(pts)], centre)
			}
			if b.isConnector(a.Path) {
				b.travel(a, id, it, pts, to == id, s, e)
				return
			}
		}
		start := Value{DX: round2(pts[0].X - centre.X), DY: round2(pts[0].Y - centre.Y)}
		c := b.channel(id, Transform, start, Value{})
		if !b.own(c, a, id) {
			return
		}
		c.origin = centre
		b.add(c, segment{T0: s, Ease: ease, Keys: alongKeys(pts, centre, s, e, a.Easing)})
		if a.Dots || a.Readout != "" {
			b.stepMarks(a, it, along, pts, s, e)
		}
		return
	}
	p, ok := b.dataPoint(it, a.X, a.Y)
	if !ok {
		b.errs.Add(a.Pos, fmt.Sprintf("%q is not inside a plot, so (%g, %g) has no place", id, a.X, a.Y), "move a plot mark to a point, or move an element along a path")
		return
	}
	c := b.channel(id, Transform, Value{}, Value{})
	if !b.own(c, a, id) {
		return
	}
	c.origin = centre
	b.add(c, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: Value{DX: round2(p.X - centre.X), DY: round2(p.Y - centre.Y)}, Ease: diagram.Linear}}})
}

// routeOf returns the polyline of an element's first line.
func routeOf(it scene.Item) []scene.Point {
	var pts []scene.Point
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if p, ok := x.(*scene.Path); ok && pts == nil && len(p.Ops) > 1 {
			pts = polyOf(p)
		}
		return pts == nil
	})
	return pts
}

// dataPoint maps a point in data coordinates to the screen, through the
// plot whose area holds the element's centre.
func (b *builder) dataPoint(it scene.Item, x, y float64) (scene.Point, bool) {
	c := it.Bounds().Center()
	for _, pf := range b.scene.Plots {
		r := pf.Area
		if c.X < r.X-1 || c.X > r.Right()+1 || c.Y < r.Y-1 || c.Y > r.Bottom()+1 {
			continue
		}
		fx, okX := scale(x, pf.X0, pf.X1, pf.LogX)
		fy, okY := scale(y, pf.Y0, pf.Y1, pf.LogY)
		if !okX || !okY {
			return scene.Point{}, false
		}
		return scene.Point{X: r.X + fx*r.W, Y: r.Bottom() - fy*r.H}, true
	}
	return scene.Point{}, false
}

// scale returns where v lies between lo and hi, as a fraction.
func scale(v, lo, hi float64, log bool) (float64, bool) {
	if log {
		if v <= 0 || lo <= 0 || hi <= 0 {
			return 0, false
		}
		v, lo, hi = math.Log10(v), math.Log10(lo), math.Log10(hi)
	}
	if hi == lo || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return (v - lo) / (hi - lo), true
}

// maxCountValues bounds the copies a count draws.
const maxCountValues = 41

// count steps a number label from a.From to a.To between s and e: the
// label hides, and overlay copies showing each value take turns, one after
// another at an even pace; at e the label itself returns.
func (b *builder) count(a *diagram.Action, s, e float64) {
	id, it := b.findFirst(a)
	if it == nil {
		return
	}
	var text *scene.Text
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if t, ok := x.(*scene.Text); ok && text == nil {
			text = t
		}
		return text == nil
	})
	if text == nil || len(text.Runs) == 0 {
		b.errs.Add(a.Pos, fmt.Sprintf("%q has no text to count with", id), "count a label or a node whose text is a number")
		return
	}
	tid := b.name(text, id+"~text")
	values := countValues(a.From, a.To)
	digits := max(decimals(a.From), decimals(a.To))
	template := text.String()
	// The copies replace the final value where the label shows it, so a
	// label "epoch 10" counts "epoch 1", "epoch 2", ...
	final := strconv.FormatFloat(a.To, 'f', digits, 64)
	at := strings.LastIndex(template, final)
	hide := b.channel(tid, Opacity, Value{Opacity: 1}, Value{Opacity: 1})
	b.add(hide, segment{T0: s, Keys: []Key{{T: s, V: Value{}}}})
	b.add(hide, segment{T0: e, Keys: []Key{{T: e, V: Value{Opacity: 1}}}})
	n := float64(len(values))
	for i, v := range values {
		str := strconv.FormatFloat(v, 'f', digits, 64)
		if at >= 0 {
			str = template[:at] + str + template[at+len(final):]
		}
		cid := b.overlay("count", copyText(text, str))
		b.showDuring(cid, s+(e-s)*float64(i)/n, s+(e-s)*float64(i+1)/n, 0)
	}
}

// countValues returns the values a count shows: every whole number from
// from to to when they are whole and few, else evenly spaced values.
func countValues(from, to float64) []float64 {
	if math.IsNaN(from) || math.IsNaN(to) || math.IsInf(from, 0) || math.IsInf(to, 0) {
		return []float64{to}
	}
	whole := from == math.Trunc(from) && to == math.Trunc(to)
	if whole && math.Abs(to-from) < maxCountValues {
		n := int(math.Abs(to - from))
		step := 1.0
		if to < from {
			step = -1
		}
		out := make([]float64, n+1)
		for i := range out {
			out[i] = from + step*float64(i)
		}
		return out
	}
	n := maxCountValues
	out := make([]float64, n)
	for i := range out {
		out[i] = from + (to-from)*float64(i)/float64(n-1)
		if whole {
			out[i] = math.Round(out[i])
		}
	}
	return out
}

// decimals returns how many decimals v needs (up to 4).
func decimals(v float64) int {
	for d := 0; d < 4; d++ {
		p := math.Pow(10, float64(d))
		if math.Abs(v*p-math.Round(v*p)) < 1e-9 {
			return d
		}
	}
	return 4
}

// copyText returns a copy of a one-line text showing s, in the first run's
// face and size, at the same anchor.
func copyText(t *scene.Text, s string) *scene.Text {
	run := t.Runs[0]
	w := font.Measure(font.Face(run.Face), run.Size, s)
	x0 := t.X
	switch t.Anchor {
	case scene.Middle:
		x0 = t.X - w/2
	case scene.End:
		x0 = t.X - w
	}
	return &scene.Text{X: t.X, Y: t.Y, Anchor: t.Anchor, Size: t.Size, Paint: t.Paint,
		Runs: []scene.Run{{Text: s, Face: run.Face, Size: run.Size, X: x0, Width: w}},
		Ink:  scene.Rect{X: x0, Y: t.Ink.Y, W: w, H: t.Ink.H}}
}
