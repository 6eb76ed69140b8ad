package sequence

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// seqDraw is one drawing pass over a sequence. Items are collected in
// layers: actors with their lifelines at the bottom, then messages with
// their activation spans, then notes, then frames.
type seqDraw struct {
	s          *seqLayout
	ox, oy     float64 // where column 0's lifeline and the actors' top are
	y          float64 // the next free row, relative to oy
	depth      []int   // activation depth of each column
	lastY      float64 // where the last item ended (a message: its arrow)
	lastMsg    bool    // the last item was a message
	minX, maxX float64
	// actors holds each column's actor group, filled in once the rows
	// are drawn and the lifelines' length is known; messages join them.
	actors []*scene.Group

	frames, notes, msgs []scene.Item
}

// draw lays out every row with column 0's lifeline at ox + shift and the
// actors' top at oy. It returns the items and the extent of the picture
// relative to (ox, oy): its left edge (before shift), width and height.
func (s *seqLayout) draw(ox, oy float64) (items []scene.Item, w, h float64) {
	d := &seqDraw{s: s, ox: ox + s.shift, oy: oy, depth: make([]int, len(s.actors)), actors: make([]*scene.Group, len(s.actors))}
	for i := range d.actors {
		d.actors[i] = &scene.Group{}
	}
	d.minX, d.maxX = math.Inf(1), math.Inf(-1)
	top := 0.0
	for _, a := range s.actors {
		top = max(top, a.H)
	}
	// Boxes around actors put a row for their labels above the actors.
	head := 0.0
	for _, b := range s.boxes {
		head = max(head, b.labelH())
	}
	for i := range s.actors {
		w := s.actors[i].halfW(s, i)
		d.extend(s.x[i]-w, s.x[i]+w)
	}
	d.y = head + top + 18
	d.items(s.p.Items)
	lifeEnd := d.y + 6
	end := lifeEnd
	var boxes, actors []scene.Item
	for _, b := range s.boxes {
		lo, hi := s.boxSpan(b)
		r := scene.Rect{X: d.ox + lo, Y: oy, W: hi - lo, H: lifeEnd + seqBoxPad}
		d.extend(lo, hi)
		boxes = append(boxes, boxItem(b, r))
		end = lifeEnd + seqBoxPad
	}
	for i, a := range s.actors {
		x := d.X(i)
		r := scene.Rect{X: x - a.W/2, Y: oy + head, W: a.W, H: top} // one height for every actor
		g := draw.Node(a.node, r, a.label)
		life := &scene.Path{Ops: scene.Polyline(scene.Pt(x, r.Bottom()), scene.Pt(x, oy+lifeEnd)),
			Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1.25, Dash: []float64{5, 4}}}
		g.Items = append([]scene.Item{life}, g.Items...)
		*d.actors[i] = *g
		actors = append(actors, d.actors[i])
	}
	// Notes never share a row with a message, and frames have no fill, so
	// drawing them last keeps activation spans from hiding a note or a
	// frame's title.
	items = append(append(append(append(append(items, boxes...), actors...), d.msgs...), d.notes...), d.frames...)
	s.left = d.minX
	return items, d.maxX - d.minX, end
}

// boxSpan returns the left and right edges of a box around actors,
// relative to column 0's lifeline.
func (s *seqLayout) boxSpan(b seqBox) (lo, hi float64) {
	lo = s.x[b.lo] - s.actors[b.lo].halfW(s, b.lo) - seqBoxPad
	hi = s.x[b.hi] + s.actors[b.hi].halfW(s, b.hi) + seqBoxPad
	return lo, hi
}

// boxItem draws a box around actors in r, with its label centred at the
// top.
func boxItem(b seqBox, r scene.Rect) scene.Item {
	tone := b.b.Tone
	items := []scene.Item{&scene.Box{Shape: diagram.Rounded, R: r, Corner: 8,
		Style: scene.Style{Fill: scene.Paint{Tone: tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: tone, Role: scene.Line}, StrokeWidth: 1, Opacity: 0.55}}}
	if b.b.Label != "" {
		items = append(items, b.label.PlaceIn(r.Center().X, r.Y+4, scene.Middle, scene.Paint{Tone: tone, Role: scene.Ink}, r)...)
	}
	return &scene.Group{ID: b.b.ID, Kind: scene.KindGroup, Items: items}
}

// X returns the absolute x of column i's lifeline.
func (d *seqDraw) X(i int) float64 { return d.ox + d.s.x[i] }

// Y returns the absolute y of a row position.
func (d *seqDraw) Y(y float64) float64 { return d.oy + y }

// extend grows the horizontal extent by a span given relative to column
// 0's lifeline.
func (d *seqDraw) extend(lo, hi float64) {
	d.minX, d.maxX = min(d.minX, lo), max(d.maxX, hi)
}

// extendAbs grows the extent by an absolute span.
func (d *seqDraw) extendAbs(lo, hi float64) { d.extend(lo-d.ox, hi-d.ox) }

// edge returns the x where an arrow meets column i's lifeline from side
// dir (-1 left, +1 right), given the column's activation depth.
func (d *seqDraw) edge(i, depth int, dir float64) float64 {
	x := d.X(i)
	if depth == 0 {
		return x
	}
	return x + float64(depth-1)*seqBarW/2 + dir*seqBarW/2
}

// items draws a list of items in time order.
func (d *seqDraw) items(list []diagram.SeqItem) {
	for _, it := range list {
		switch v := it.(type) {
		case *diagram.Message:
			d.message(v)
		case *diagram.SeqNote:
			d.note(v)
		case *diagram.Frame:
			d.frame(v)
		}
	}
}

// message draws a message, its activation span and what happens during it.
func (d *seqDraw) message(m *diagram.Message) {
	s := d.s
	g := &scene.Group{ID: m.ID, Kind: scene.KindEdge, Role: scene.RoleEdge}
	d.msgs = append(d.msgs, g)
	i, j := s.col[m.From], s.col[m.To]
	lw, lh := s.labelSize(m)
	var pts []scene.Point
	var lr scene.Rect
	var arrowY float64
	barX := 0.0
	if i == j {
		rowH := max(lh, seqSelfH+4)
		y1 := d.y + (rowH-seqSelfH)/2
		y2 := y1 + seqSelfH
		x0 := d.edge(i, d.depth[i], 1)
		xr := x0 + seqSelfW
		if m.Activate {
			d.depth[j]++
		}
		x1 := d.edge(j, d.depth[j], 1)
		pts = []scene.Point{{X: x0, Y: d.Y(y1)}, {X: xr, Y: d.Y(y1)}, {X: xr, Y: d.Y(y2)}, {X: x1, Y: d.Y(y2)}}
		if lw > 0 {
			lr = scene.Rect{X: xr + 6, Y: d.Y(d.y + (rowH-lh)/2), W: lw, H: lh}
			d.extendAbs(lr.X, lr.Right())
		}
		d.extendAbs(x0, xr)
		arrowY = y2
		d.y += rowH + seqRowGap
		barX = d.edge(j, d.depth[j], 0)
	} else {
		dir := 1.0
		if j < i {
			dir = -1
		}
		arrowY = d.y + 8
		if lh > 0 {
			arrowY = d.y + lh + seqLabelLift
		}
		x0 := d.edge(i, d.depth[i], dir)
		if m.Activate {
			d.depth[j]++
		}
		x1 := d.edge(j, d.depth[j], -dir)
		pts = []scene.Point{{X: x0, Y: d.Y(arrowY)}, {X: x1, Y: d.Y(arrowY)}}
		if lw > 0 {
			cx := d.labelCentre(i, j, (x0+x1)/2, lw)
			lr = scene.Rect{X: cx - lw/2, Y: d.Y(d.y), W: lw, H: lh}
		}
		d.y = arrowY + seqRowGap
		barX = d.edge(j, d.depth[j], 0)
	}
	d.lastY, d.lastMsg = arrowY, true
	var bar *scene.Box
	if m.Activate {
		bar = &scene.Box{Shape: diagram.Box, R: scene.Rect{X: barX - seqBarW/2, Y: d.Y(arrowY), W: seqBarW, H: 0},
			Style: scene.Style{Fill: scene.Paint{Tone: s.p.Actors[j].Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: s.p.Actors[j].Tone, Role: scene.Line}, StrokeWidth: 1.25}}
		d.extendAbs(bar.R.X, bar.R.Right())
		d.items(m.Body)
		end := d.lastY
		if !d.lastMsg || len(m.Body) == 0 {
			end += 8
		}
		end = max(end, arrowY+18)
		bar.R.H = d.Y(end) - bar.R.Y
		d.y = max(d.y, end+seqRowGap)
		d.lastY, d.lastMsg = end, false
		d.depth[j]--
	}
	g.Items = d.messageItems(m, pts, lr, bar)
}

// messageItems draws a message's span, line, arrowhead and label.
func (d *seqDraw) messageItems(m *diagram.Message, pts []scene.Point, lr scene.Rect, bar *scene.Box) []scene.Item {
	s := d.s
	var items []scene.Item
	if bar != nil {
		items = append(items, bar)
	}
	line := scene.Paint{Tone: m.Tone, Role: scene.Line}
	st := scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 1.5}
	if m.Kind == diagram.Reply {
		st.Dash = []float64{6, 4}
	}
	if m.Kind == diagram.Sync {
		st.ArrowEnd = true
	}
	items = append(items, &scene.Path{Role: scene.RoleEdge, Ops: draw.RoundedPolyline(pts, 6), Poly: pts, From: d.actors[s.col[m.From]], To: d.actors[s.col[m.To]], Style: st})
	if m.Kind != diagram.Sync {
		items = append(items, openHead(pts[len(pts)-2], pts[len(pts)-1], line))
	}
	if lr.W == 0 {
		return items
	}
	items = append(items, &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: lr, Corner: 4,
		Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.NoPaint}})
	tb := s.labels[m]
	x := lr.X + draw.LabelPadX
	mid := lr.Y + lr.H/2
	if s.p.Autonumber {
		nw := s.numberW(m)
		items = append(items, numberTag(s.badgeText(m), scene.Point{X: x + nw/2, Y: mid}, nw, lr)...)
		x += nw + 4
	}
	if m.Label != "" {
		items = append(items, tb.PlaceIn(x, mid-tb.H/2, scene.Start, scene.Paint{Tone: m.Tone, Role: scene.Ink}, lr)...)
	}
	return items
}

// openHead draws an open arrowhead (two strokes) at tip, pointing away
// from from.
func openHead(from, tip scene.Point, paint scene.Paint) scene.Item {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		dx, l = 1, 1
	}
	ux, uy := dx/l, dy/l
	const length, half = 9.0, 5.0
	a := scene.Point{X: tip.X - ux*length - uy*half, Y: tip.Y - uy*length + ux*half}
	b := scene.Point{X: tip.X - ux*length + uy*half, Y: tip.Y - uy*length - ux*half}
	return &scene.Path{Ops: scene.Polyline(a, tip, b),
		Style: scene.Style{Fill: scene.NoPaint, Stroke: paint, StrokeWidth: 1.5}}
}

// note draws a note over one actor or across several.
func (d *seqDraw) note(n *diagram.SeqNote) {
	s := d.s
	lo, hi := s.span(n.Over)
	tb := noteText(n)
	w := s.noteWidth(n)
	var left float64
	switch {
	case n.Side == diagram.NoteLeft:
		left = d.X(lo) - seqNoteGap - w
	case n.Side == diagram.NoteRight:
		left = d.X(hi) + seqNoteGap
	case lo == hi:
		left = d.X(lo) - w/2
	default:
		left = d.X(lo) - seqNoteOver
		w = max(w, d.X(hi)+seqNoteOver-left)
	}
	r := scene.Rect{X: left, Y: d.Y(d.y), W: w, H: tb.H + 2*seqNotePad}
	d.extendAbs(r.X, r.Right())
	items := []scene.Item{&scene.Box{Shape: diagram.Rounded, Role: scene.RoleNode, R: r, Corner: 4,
		Style: scene.Style{Fill: scene.Paint{Tone: n.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: n.Tone, Role: scene.Line}, StrokeWidth: 1}}}
	items = append(items, tb.PlaceIn(r.Center().X, r.Y+seqNotePad, scene.Middle, scene.Paint{Tone: n.Tone, Role: scene.Ink}, r)...)
	d.notes = append(d.notes, &scene.Group{ID: n.ID, Kind: scene.KindNote, Role: scene.RoleNode, Items: items})
	d.y += r.H + seqRowGap
	d.lastY, d.lastMsg = d.y-seqRowGap, false
}

// frame draws a loop, alt, opt or par frame around its sections.
func (d *seqDraw) frame(f *diagram.Frame) {
	s := d.s
	g := &scene.Group{ID: f.ID, Kind: scene.KindGroup, Role: scene.RoleGroup}
	d.frames = append(d.frames, g)
	lo, hi := s.frameCols(f)
	inset := s.frameInset(f)
	tab, guard := frameTitle(f)
	top := d.y
	d.y += seqTabH + 8
	// The contents' extent decides how far the frame reaches.
	outerMin, outerMax := d.minX, d.maxX
	d.minX, d.maxX = math.Inf(1), math.Inf(-1)
	var dividers []float64
	for k, sec := range f.Sections {
		if k > 0 {
			dividers = append(dividers, d.y)
			d.y += seqTabH + 6
		}
		d.items(sec.Items)
	}
	bottom := d.y - seqRowGap + 10
	left := min(d.X(lo)-inset, d.ox+d.minX-8)
	right := max(d.X(hi)+inset, d.ox+d.maxX+8)
	right = max(right, left+s.frameTitleWidth(f))
	d.minX, d.maxX = outerMin, outerMax
	d.extendAbs(left, right)
	d.y = bottom + seqRowGap
	d.lastY, d.lastMsg = bottom, false

	r := scene.Rect{X: left, Y: d.Y(top), W: right - left, H: bottom - top}
	line := scene.Paint{Tone: diagram.Muted, Role: scene.Line}
	items := []scene.Item{&scene.Box{Shape: diagram.Rounded, Role: scene.RoleGroup, R: r, Corner: 4,
		Style: scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 1.25}}}
	// The tab: the keyword in a box with a cut corner.
	tw := tab.W + 2*draw.LabelPadX + 6
	tr := scene.Rect{X: r.X, Y: r.Y, W: tw, H: seqTabH}
	items = append(items, &scene.Path{Ops: []scene.PathOp{
		{Cmd: 'M', Pts: []scene.Point{{X: tr.X + 0.5, Y: tr.Y + 0.5}}}, {Cmd: 'L', Pts: []scene.Point{{X: tr.Right(), Y: tr.Y + 0.5}}},
		{Cmd: 'L', Pts: []scene.Point{{X: tr.Right(), Y: tr.Bottom() - 6}}}, {Cmd: 'L', Pts: []scene.Point{{X: tr.Right() - 6, Y: tr.Bottom()}}},
		{Cmd: 'L', Pts: []scene.Point{{X: tr.X + 0.5, Y: tr.Bottom()}}}, {Cmd: 'Z', Pts: nil}},
		Style: scene.Style{Fill: scene.Paint{Tone: diagram.Muted, Role: scene.Soft}, Stroke: line, StrokeWidth: 1.25}})
	base := tr.Y + tr.H/2 + (text.Ascent(scene.SansBold, text.SizeSmall)-text.Descent(scene.SansBold, text.SizeSmall))/2
	t := text.Label("", f.Kind.String(), tr.X+draw.LabelPadX+1, base, scene.Start, scene.SansBold, text.SizeSmall, draw.Ink)
	t.Box = tr
	items = append(items, t)
	if guard.H > 0 {
		items = append(items, guardItems(f.Sections[0].Label, tr.Right()+6, base, r)...)
	}
	for k, y := range dividers {
		dy := d.Y(y) + 2
		items = append(items, &scene.Path{Ops: scene.Polyline(scene.Pt(r.X, dy), scene.Pt(r.Right(), dy)),
			Style: scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 1.25, Dash: []float64{5, 4}}})
		if l := f.Sections[k+1].Label; l != "" {
			// Right of the leftmost lifeline and its activation spans.
			gx := max(r.X+6, d.X(lo)+seqBarW+4)
			items = append(items, guardItems(l, gx, dy+seqTabH/2+(text.Ascent(scene.Sans, text.SizeSmall)-text.Descent(scene.Sans, text.SizeSmall))/2, r)...)
		}
	}
	g.Items = items
}

// guardItems draws a frame section's guard, "[label]", starting at x on
// the baseline base, on an opaque chip so that lifelines do not cut it.
func guardItems(l string, x, base float64, frame scene.Rect) []scene.Item {
	tb := text.Lines("["+l+"]", scene.Sans, text.SizeSmall)
	items := tb.PlaceIn(x+3, base-text.Ascent(scene.Sans, text.SizeSmall), scene.Start, draw.Ink, frame)
	ink := scene.Rect{X: x + 3, Y: base - text.Ascent(scene.Sans, text.SizeSmall), W: tb.W, H: tb.H}
	for _, it := range items {
		if t, ok := it.(*scene.Text); ok {
			ink = ink.Union(t.Ink)
		}
	}
	chip := scene.Rect{X: x, Y: ink.Y - 1, W: ink.W + 6, H: ink.H + 2}
	return append([]scene.Item{&scene.Box{Shape: diagram.Rounded, R: chip, Corner: 3, Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.NoPaint}}}, items...)
}

// numberTag draws a message's number in an outlined square centred at p,
// inside the label box lr. The animation's step badges are filled discs,
// so a message number is never mistaken for a step.
func numberTag(n string, p scene.Point, w float64, lr scene.Rect) []scene.Item {
	size := float64(text.SizeSmall - 1)
	base := p.Y + (text.Ascent(scene.SansBold, size)-text.Descent(scene.SansBold, size))/2
	t := text.Label("", n, p.X, base, scene.Middle, scene.SansBold, size, scene.Paint{Tone: diagram.Muted, Role: scene.Ink})
	t.Box = lr
	sq := scene.Rect{X: p.X - w/2 + 0.5, Y: p.Y - seqNumberR + 0.5, W: w - 1, H: 2*seqNumberR - 1}
	return []scene.Item{&scene.Box{Shape: diagram.Rounded, R: sq, Corner: 2,
		Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1.25}}, t}
}

// labelCentre returns the x a message label from column i to column j is
// centred on: the middle of the first gap between lifelines, from the
// sender's side, that holds the label with room for activation spans, so
// that no lifeline crosses it; else mid, the middle of the arrow, where the
// label's background hides the lifelines it crosses.
func (d *seqDraw) labelCentre(i, j int, mid, w float64) float64 {
	if i-j == 1 || j-i == 1 {
		return mid
	}
	step := 1
	if j < i {
		step = -1
	}
	for a := i; a != j; a += step {
		lo, hi := d.X(min(a, a+step)), d.X(max(a, a+step))
		if hi-lo-2*(seqBarW+6) >= w {
			return (lo + hi) / 2
		}
	}
	return mid
}
