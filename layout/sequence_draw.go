package layout

import (
	"math"

	"github.com/aiprep/diag/diagram"
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

	frames, notes, msgs []Item
}

// draw lays out every row with column 0's lifeline at ox + shift and the
// actors' top at oy. It returns the items and the extent of the picture
// relative to (ox, oy): its left edge (before shift), width and height.
func (s *seqLayout) draw(ox, oy float64) (items []Item, w, h float64) {
	d := &seqDraw{s: s, ox: ox + s.shift, oy: oy, depth: make([]int, len(s.actors))}
	d.minX, d.maxX = math.Inf(1), math.Inf(-1)
	top := 0.0
	for _, a := range s.actors {
		top = max(top, a.H)
	}
	for i, a := range s.actors {
		d.extend(s.x[i]-a.W/2, s.x[i]+a.W/2)
	}
	d.y = top + 18
	d.items(s.p.Items)
	end := d.y + 6
	var actors []Item
	for i, a := range s.actors {
		x := d.X(i)
		r := Rect{x - a.W/2, oy, a.W, top} // one height for every actor
		g := nodeItem(a.node, r, a.label).(*Group)
		life := &Path{Ops: []PathOp{{'M', []Point{{x, oy + top}}}, {'L', []Point{{x, oy + end}}}},
			Style: Style{Fill: NoPaint, Stroke: Paint{Tone: diagram.Muted, Role: Line}, StrokeWidth: 1.25, Dash: []float64{5, 4}}}
		g.Items = append([]Item{life}, g.Items...)
		actors = append(actors, g)
	}
	// Notes never share a row with a message, and frames have no fill, so
	// drawing them last keeps activation spans from hiding a note or a
	// frame's title.
	items = append(append(append(append(items, actors...), d.msgs...), d.notes...), d.frames...)
	s.left = d.minX
	return items, d.maxX - d.minX, end
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
	g := &Group{ID: m.ID, Kind: "edge", Role: RoleEdge}
	d.msgs = append(d.msgs, g)
	i, j := s.col[m.From], s.col[m.To]
	lw, lh := s.labelSize(m)
	var pts []Point
	var lr Rect
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
		pts = []Point{{x0, d.Y(y1)}, {xr, d.Y(y1)}, {xr, d.Y(y2)}, {x1, d.Y(y2)}}
		if lw > 0 {
			lr = Rect{xr + 6, d.Y(d.y + (rowH-lh)/2), lw, lh}
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
		pts = []Point{{x0, d.Y(arrowY)}, {x1, d.Y(arrowY)}}
		if lw > 0 {
			cx := d.labelCentre(i, j, (x0+x1)/2, lw)
			lr = Rect{cx - lw/2, d.Y(d.y), lw, lh}
		}
		d.y = arrowY + seqRowGap
		barX = d.edge(j, d.depth[j], 0)
	}
	d.lastY, d.lastMsg = arrowY, true
	var bar *Box
	if m.Activate {
		bar = &Box{Shape: diagram.Box, R: Rect{barX - seqBarW/2, d.Y(arrowY), seqBarW, 0},
			Style: Style{Fill: Paint{Tone: s.p.Actors[j].Tone, Role: Soft}, Stroke: Paint{Tone: s.p.Actors[j].Tone, Role: Line}, StrokeWidth: 1.25}}
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
func (d *seqDraw) messageItems(m *diagram.Message, pts []Point, lr Rect, bar *Box) []Item {
	s := d.s
	var items []Item
	if bar != nil {
		items = append(items, bar)
	}
	line := Paint{Tone: m.Tone, Role: Line}
	st := Style{Fill: NoPaint, Stroke: line, StrokeWidth: 1.5}
	if m.Kind == diagram.Reply {
		st.Dash = []float64{6, 4}
	}
	if m.Kind == diagram.Sync {
		st.ArrowEnd = true
	}
	items = append(items, &Path{Role: RoleEdge, Ops: RoundedPolyline(pts, 6), Poly: pts, From: m.From, To: m.To, Style: st})
	if m.Kind != diagram.Sync {
		items = append(items, openHead(pts[len(pts)-2], pts[len(pts)-1], line))
	}
	if lr.W == 0 {
		return items
	}
	items = append(items, &Box{Shape: diagram.Rounded, Role: RoleLabel, R: lr, Corner: 4,
		Style: Style{Fill: panelFill, Stroke: NoPaint}})
	tb := s.labels[m]
	x := lr.X + labelPadX
	mid := lr.Y + lr.H/2
	if s.p.Autonumber {
		items = append(items, stepDisc(s.badgeText(m), Point{x + seqBadgeR, mid}, lr)...)
		x += 2*seqBadgeR + 4
	}
	if m.Label != "" {
		for _, t := range tb.place("", x, mid-tb.H/2, Start, Paint{Tone: m.Tone, Role: Ink}) {
			t.(*Text).Box = lr
			items = append(items, t)
		}
	}
	return items
}

// openHead draws an open arrowhead (two strokes) at tip, pointing away
// from from.
func openHead(from, tip Point, paint Paint) Item {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		dx, l = 1, 1
	}
	ux, uy := dx/l, dy/l
	const length, half = 9.0, 5.0
	a := Point{tip.X - ux*length - uy*half, tip.Y - uy*length + ux*half}
	b := Point{tip.X - ux*length + uy*half, tip.Y - uy*length - ux*half}
	return &Path{Ops: []PathOp{{'M', []Point{a}}, {'L', []Point{tip}}, {'L', []Point{b}}},
		Style: Style{Fill: NoPaint, Stroke: paint, StrokeWidth: 1.5}}
}

// note draws a note over one actor or across several.
func (d *seqDraw) note(n *diagram.SeqNote) {
	s := d.s
	lo, hi := s.span(n.Over)
	tb := noteText(n)
	w := s.noteWidth(n)
	var left float64
	if lo == hi {
		left = d.X(lo) - w/2
	} else {
		left = d.X(lo) - seqNoteOver
		w = max(w, d.X(hi)+seqNoteOver-left)
	}
	r := Rect{left, d.Y(d.y), w, tb.H + 2*seqNotePad}
	d.extendAbs(r.X, r.Right())
	items := []Item{&Box{Shape: diagram.Rounded, Role: RoleNode, R: r, Corner: 4,
		Style: Style{Fill: Paint{Tone: n.Tone, Role: Soft}, Stroke: Paint{Tone: n.Tone, Role: Line}, StrokeWidth: 1}}}
	for _, t := range tb.place("", r.Center().X, r.Y+seqNotePad, Middle, Paint{Tone: n.Tone, Role: Ink}) {
		t.(*Text).Box = r
		items = append(items, t)
	}
	d.notes = append(d.notes, &Group{ID: n.ID, Kind: "note", Role: RoleNode, Items: items})
	d.y += r.H + seqRowGap
	d.lastY, d.lastMsg = d.y-seqRowGap, false
}

// frame draws a loop, alt, opt or par frame around its sections.
func (d *seqDraw) frame(f *diagram.Frame) {
	s := d.s
	g := &Group{ID: f.ID, Kind: "group", Role: RoleGroup}
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

	r := Rect{left, d.Y(top), right - left, bottom - top}
	line := Paint{Tone: diagram.Muted, Role: Line}
	items := []Item{&Box{Shape: diagram.Rounded, Role: RoleGroup, R: r, Corner: 4,
		Style: Style{Fill: NoPaint, Stroke: line, StrokeWidth: 1.25}}}
	// The tab: the keyword in a box with a cut corner.
	tw := tab.W + 2*labelPadX + 6
	tr := Rect{r.X, r.Y, tw, seqTabH}
	items = append(items, &Path{Ops: []PathOp{
		{'M', []Point{{tr.X + 0.5, tr.Y + 0.5}}}, {'L', []Point{{tr.Right(), tr.Y + 0.5}}},
		{'L', []Point{{tr.Right(), tr.Bottom() - 6}}}, {'L', []Point{{tr.Right() - 6, tr.Bottom()}}},
		{'L', []Point{{tr.X + 0.5, tr.Bottom()}}}, {'Z', nil}},
		Style: Style{Fill: Paint{Tone: diagram.Muted, Role: Soft}, Stroke: line, StrokeWidth: 1.25}})
	base := tr.Y + tr.H/2 + (ascent(SansBold, SizeSmall)-descent(SansBold, SizeSmall))/2
	t := label("", f.Kind.String(), tr.X+labelPadX+1, base, Start, SansBold, SizeSmall, inkPaint)
	t.Box = tr
	items = append(items, t)
	if guard.H > 0 {
		items = append(items, guardItems(f.Sections[0].Label, tr.Right()+6, base, r)...)
	}
	for k, y := range dividers {
		dy := d.Y(y) + 2
		items = append(items, &Path{Ops: []PathOp{{'M', []Point{{r.X, dy}}}, {'L', []Point{{r.Right(), dy}}}},
			Style: Style{Fill: NoPaint, Stroke: line, StrokeWidth: 1.25, Dash: []float64{5, 4}}})
		if l := f.Sections[k+1].Label; l != "" {
			// Right of the leftmost lifeline and its activation spans.
			gx := max(r.X+6, d.X(lo)+seqBarW+4)
			items = append(items, guardItems(l, gx, dy+seqTabH/2+(ascent(Sans, SizeSmall)-descent(Sans, SizeSmall))/2, r)...)
		}
	}
	g.Items = items
}

// guardItems draws a frame section's guard, "[label]", starting at x on
// the baseline base, on an opaque chip so that lifelines do not cut it.
func guardItems(l string, x, base float64, frame Rect) []Item {
	t := label("", "["+l+"]", x+3, base, Start, Sans, SizeSmall, inkPaint)
	t.Box = frame
	chip := Rect{x, t.Ink.Y - 1, t.Ink.W + 6, t.Ink.H + 2}
	return []Item{&Box{Shape: diagram.Rounded, R: chip, Corner: 3, Style: Style{Fill: panelFill, Stroke: NoPaint}}, t}
}

// stepDisc draws a message's step number on a filled disc centred at p,
// inside the label box lr.
func stepDisc(n string, p Point, lr Rect) []Item {
	size := float64(SizeSmall - 1)
	base := p.Y + (ascent(SansBold, size)-descent(SansBold, size))/2
	t := label("", n, p.X, base, Middle, SansBold, size, Paint{Tone: diagram.Accent, Role: OnSolid})
	t.Box = lr
	return []Item{&Circle{C: p, R: seqBadgeR, Style: Style{Fill: Paint{Tone: diagram.Accent, Role: Solid}, Stroke: NoPaint}}, t}
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
