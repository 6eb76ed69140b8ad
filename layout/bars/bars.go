package bars

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Bar chart geometry in px.
const (
	barThick     = 22  // a bar across, at the default size
	barGroupGap  = 14  // between the bars of two categories
	barInnerGap  = 2   // between the bars of one group
	minSlot      = 34  // a category's slot along the axis, at the least
	catMaxW      = 180 // a category label of a horizontal chart wraps here
	defaultLen   = 240 // the length of the value axis
	errCapHalf   = 5   // half the width of an error bar's cap
	minLabelRoom = 6
)

// chart is a bar chart being laid out: its bars, its value scale and the
// measured labels.
type chart struct {
	p       *diagram.Bars
	lo, hi  float64 // the value range
	ticks   []tick
	groups  int          // bars side by side in a category
	slot    float64      // a category's slot along the category axis
	thick   float64      // one bar across
	cats    []text.Block // the category labels
	catW    float64      // horizontal: the label column; vertical: unused
	catH    float64      // vertical: the height of the tallest label
	length  float64      // the length of the value axis in px
	legend  []legendEntry
	legendH float64
	// room is the space kept beyond the range's ends for value labels:
	// at the high end and at the low end.
	roomHi, roomLo float64
	nameW          float64
}

// legendEntry is one entry of a chart's legend.
type legendEntry struct {
	label string
	tone  diagram.Tone
	w     float64
	// overlay draws the swatch as the overlaid bars of a histogram are
	// drawn: half transparent, with an edge.
	overlay bool
}

// Layout lays out a bar chart: categories along one axis, the value axis
// with nice ticks along the other, the bars from the baseline with their
// error bars and value labels, and a legend of the series above the chart.
func Layout(env *panel.Env, p *diagram.Bars) panel.Block {
	c := &chart{p: p, groups: 1}
	if len(p.Series) > 0 && !p.Stacked {
		c.groups = len(p.Series)
	}
	c.valueAxis()
	c.measure()
	w, h := c.blockSize()
	return panel.Block{W: w, H: h, Place: func(x, y float64) []scene.Item { return c.place(x, y) }}
}

// valueAxis finds the value range from the axis or the data: every bar's
// ends, its error bars and the baseline.
func (c *chart) valueAxis() {
	p := c.p
	base := p.Baseline
	dlo, dhi := base, base
	if p.Value.Log {
		dlo, dhi = math.Inf(1), math.Inf(-1)
	}
	for _, b := range p.Items {
		pos, neg := 0.0, 0.0
		for i, v := range b.Values {
			e := 0.0
			if i < len(b.Errors) {
				e = b.Errors[i]
			}
			lo, hi := v-e, v+e
			if p.Stacked && !p.Value.Log {
				if v >= 0 {
					lo, hi = base+pos, base+pos+v
					pos += v
				} else {
					lo, hi = base+neg+v, base+neg
					neg += v
				}
			} else if p.Stacked {
				pos += v
				lo, hi = v, pos
			}
			if p.Value.Log && lo <= 0 {
				lo = v
			}
			dlo, dhi = min(dlo, lo), max(dhi, hi)
		}
	}
	if math.IsInf(dlo, 0) || math.IsInf(dhi, 0) {
		dlo, dhi = 1, 10
	}
	c.lo, c.hi, c.ticks = valueRange(p.Value.Lo, p.Value.Hi, p.Value.Log, dlo, dhi)
}

// measure sizes the slots, the category labels and the legend.
func (c *chart) measure() {
	p := c.p
	c.thick = barThick
	if c.groups > 1 {
		c.thick = max(10, barThick-2*float64(c.groups))
	}
	if c.groups > 1 && !p.Horizontal && !p.NoValues {
		// The value labels of a group stand side by side above their
		// bars: each bar is as wide as its widest label.
		for _, b := range p.Items {
			for _, v := range b.Values {
				c.thick = max(c.thick, text.Measure(scene.Sans, tickSize, valueText(v, p.Unit))+2)
			}
		}
	}
	groupW := float64(c.groups)*c.thick + float64(c.groups-1)*barInnerGap
	c.slot = max(minSlot, groupW+barGroupGap)
	// Value labels outside the bars need room beyond the range.
	lh := lineH()
	c.roomHi, c.roomLo = lh+minLabelRoom, lh+minLabelRoom
	if p.Horizontal {
		c.roomHi, c.roomLo = 0, 0
		for _, b := range p.Items {
			for _, v := range b.Values {
				c.roomHi = max(c.roomHi, text.Measure(scene.Sans, tickSize, valueText(v, p.Unit))+2*labelPad)
			}
		}
		c.roomLo = c.roomHi
	}
	if p.NoValues {
		c.roomHi, c.roomLo = 4, 4
	}
	if !c.hasNegative() || p.Value.Log {
		c.roomLo = 0
	}
	c.length = defaultLen
	if p.Horizontal {
		c.length = 360
		if p.Width > 0 {
			c.length = p.Width
		}
		for _, b := range p.Items {
			tb := text.PlainWrapped(b.Text(), scene.Sans, tickSize, catMaxW)
			c.cats = append(c.cats, tb)
			c.catW = max(c.catW, tb.W)
			c.slot = max(c.slot, tb.H+8)
		}
		if p.Height > 0 {
			c.slot = max(c.slot, p.Height/float64(max(len(p.Items), 1)))
		}
	} else {
		if p.Height > 0 {
			c.length = p.Height
		}
		// A category label wraps at its slot; a word wider than the slot
		// widens every slot, so that no two labels overlap.
		if p.Width > 0 {
			c.slot = max(c.slot, p.Width/float64(max(len(p.Items), 1)))
		}
		// A value label outside a bar is as wide as it is: it must not
		// reach the next slot's label.
		if !p.NoValues && c.groups == 1 {
			for _, b := range p.Items {
				for _, v := range b.Values {
					c.slot = max(c.slot, text.Measure(scene.Sans, tickSize, valueText(v, p.Unit))+8)
				}
			}
		}
		for _, b := range p.Items {
			for _, wd := range text.Wrap(b.Text(), scene.Sans, tickSize, 1) {
				c.slot = max(c.slot, text.Measure(scene.Sans, tickSize, wd)+8)
			}
		}
		for _, b := range p.Items {
			tb := text.PlainWrapped(b.Text(), scene.Sans, tickSize, c.slot-8)
			c.cats = append(c.cats, tb)
			c.catH = max(c.catH, tb.H)
		}
	}
	if p.Value.Name != "" {
		c.nameW = text.Measure(scene.Sans, nameSize, p.Value.Name)
	}
	for _, s := range p.Series {
		c.legend = append(c.legend, legendEntry{label: s.Text(), tone: s.Tone, w: swatchSize + 6 + text.Measure(scene.Sans, tickSize, s.Text())})
	}
	if len(c.legend) > 0 {
		c.legendH = lh + 10
	}
	if p.Value.Name != "" && !p.Horizontal {
		c.legendH += lh + 6
	}
}

// hasNegative reports whether some bar reaches below the baseline.
func (c *chart) hasNegative() bool {
	for _, b := range c.p.Items {
		for _, v := range b.Values {
			if v < c.p.Baseline {
				return true
			}
		}
	}
	return c.lo < c.p.Baseline
}

// margins returns the room left of the chart area and below it.
func (c *chart) margins() (left, bottom float64) {
	lh := lineH()
	if c.p.Horizontal {
		left = c.catW + 10
		bottom = tickLen + 4 + lh + 4
		if c.p.Value.Name != "" {
			bottom += lh + 6
		}
		return left, bottom
	}
	left = tickWidth(c.ticks) + tickLen + 6
	bottom = 6 + c.catH + 4
	return left, bottom
}

// legendWidth returns the width of the legend on one line, or the width
// of the value axis name.
func (c *chart) legendWidth() float64 {
	w := 0.0
	for i, e := range c.legend {
		if i > 0 {
			w += legendGap
		}
		w += e.w
	}
	return max(w, c.nameW)
}

// frame is where the chart was placed: its block, its chart area, the
// scale of values and the slot of each category.
type frame struct {
	box, area scene.Rect
	s         scale
}

// place draws the chart with its block's top-left corner at (x, y).
func (c *chart) place(x, y float64) []scene.Item {
	p := c.p
	left, _ := c.margins()
	var f frame
	n := float64(len(p.Items))
	if p.Horizontal {
		f.area = scene.Rect{X: x + left, Y: y + c.legendH, W: c.length, H: c.slot * n}
		f.s = scale{lo: c.lo, hi: c.hi, log: p.Value.Log, p0: f.area.X + c.roomLo, p1: f.area.Right() - c.roomHi}
	} else {
		f.area = scene.Rect{X: x + left, Y: y + c.legendH, W: c.slot * n, H: c.length}
		f.s = scale{lo: c.lo, hi: c.hi, log: p.Value.Log, p0: f.area.Bottom() - c.roomLo, p1: f.area.Y + c.roomHi}
	}
	w, h := c.blockSize()
	f.box = scene.Rect{X: x, Y: y, W: w, H: h}
	var items []scene.Item
	items = append(items, c.grid(f))
	var marks []scene.Item
	for i, b := range p.Items {
		marks = append(marks, c.bar(f, i, b))
	}
	items = append(items, &scene.Group{Kind: scene.KindPlotArea, Clip: f.area.Inset(-1), Items: marks})
	items = append(items, c.axes(f))
	if lg := c.legendItems(x, y); lg != nil {
		items = append(items, lg)
	}
	return items
}

// blockSize returns the size Layout gave the block.
func (c *chart) blockSize() (w, h float64) {
	left, bottom := c.margins()
	n := float64(len(c.p.Items))
	if c.p.Horizontal {
		w, h = left+c.length+8, c.legendH+c.slot*n+bottom
	} else {
		w, h = left+c.slot*n+4, c.legendH+c.length+bottom
	}
	return max(w, c.legendWidth()), h
}

// base returns the screen position of the baseline: the baseline value on
// a linear scale, the low end of the axis on a log scale.
func (c *chart) base(f frame) float64 {
	if c.p.Value.Log {
		return f.s.p0
	}
	return f.s.clamp(c.p.Baseline)
}

// rect returns the rectangle of a bar running from value a to value b in
// the lane [l0, l0+thick] across the categories.
func (c *chart) rect(f frame, a, b, l0, thick float64) scene.Rect {
	pa, pb := f.s.clamp(a), f.s.clamp(b)
	if c.p.Value.Log && a <= 0 {
		pa = f.s.p0
	}
	lo, hi := min(pa, pb), max(pa, pb)
	if c.p.Horizontal {
		return scene.Rect{X: lo, Y: l0, W: hi - lo, H: thick}
	}
	return scene.Rect{X: l0, Y: lo, W: thick, H: hi - lo}
}

// lane returns where the k-th bar of category i starts across the
// categories.
func (c *chart) lane(f frame, i, k int) float64 {
	groupW := float64(c.groups)*c.thick + float64(c.groups-1)*barInnerGap
	start := f.area.X
	if c.p.Horizontal {
		start = f.area.Y
	}
	return start + c.slot*float64(i) + (c.slot-groupW)/2 + float64(k)*(c.thick+barInnerGap)
}

// barPiece is one drawn rectangle of a bar: a value of a series, or the
// whole bar.
type barPiece struct {
	r     scene.Rect
	tone  diagram.Tone
	value float64
	err   float64
	end   float64 // the value at the bar's far end
	label bool    // whether the piece carries its own value label
}

// bar draws category i: its bar, in a group that records where it grows
// from in the animation, its error bar and its value label; in a chart
// with series, one such group per series (seriesBars).
func (c *chart) bar(f frame, i int, b *diagram.Bar) scene.Item {
	p := c.p
	var pieces []barPiece
	base := p.Baseline
	if p.Value.Log {
		base = 0
	}
	pos, neg := base, base
	for k, v := range b.Values {
		tone := b.Tone
		if k < len(p.Series) {
			tone = p.Series[k].Tone
		}
		e := 0.0
		if k < len(b.Errors) {
			e = b.Errors[k]
		}
		if p.Stacked {
			a := pos
			if v < 0 && !p.Value.Log {
				a = neg
			}
			end := a + v
			if v < 0 && !p.Value.Log {
				neg = end
			} else {
				pos = end
			}
			pieces = append(pieces, barPiece{r: c.rect(f, a, end, c.lane(f, i, 0), c.thick), tone: tone, value: v, err: e, end: end})
			continue
		}
		pieces = append(pieces, barPiece{r: c.rect(f, base, v, c.lane(f, i, k), c.thick), tone: tone, value: v, err: e, end: v, label: true})
	}
	if len(p.Series) > 0 {
		return c.seriesBars(f, i, b, pieces, pos, neg)
	}
	pc := pieces[0]
	items := []scene.Item{&scene.Group{Kind: scene.KindPart, Items: []scene.Item{c.box(pc)}, Grow: c.growFrom(f, pc, 0)}}
	if pc.err > 0 {
		items = append(items, c.errorBar(f, pc))
	}
	if !p.NoValues {
		items = append(items, c.valueLabel(f, pc, false))
	}
	return &scene.Group{ID: b.ID, Kind: scene.KindMark, Items: items}
}

// seriesBars draws the bars of category b of a chart with series: one
// group per series, b.ID.series, holding the bar, its error bar and its
// value label, so that the animation can grow each alone; the total of a
// stack follows them. i is the category's index; pos and neg are the ends
// of a stack.
func (c *chart) seriesBars(f frame, i int, b *diagram.Bar, pieces []barPiece, pos, neg float64) scene.Item {
	p := c.p
	var items []scene.Item
	for k, pc := range pieces {
		// The bars of a group grow at once; a stack grows series by
		// series, each from the end of the one before.
		order := 0
		if p.Stacked {
			order = k
		}
		part := []scene.Item{&scene.Group{Kind: scene.KindPart, Items: []scene.Item{c.box(pc)}, Grow: c.growFrom(f, pc, order)}}
		if pc.err > 0 {
			part = append(part, c.errorBar(f, pc))
		}
		if !p.NoValues {
			// A segment of a stack is labelled inside only, when it fits.
			if t := c.valueLabel(f, pc, p.Stacked); t != nil {
				part = append(part, t)
			}
		}
		items = append(items, &scene.Group{ID: diagram.SubID(b.ID, diagram.Part(p.Series[k].ID)), Kind: scene.KindMark, Items: part})
	}
	if !p.NoValues && p.Stacked {
		items = append(items, c.totalLabel(f, i, pos, neg))
	}
	return &scene.Group{ID: b.ID, Kind: scene.KindMark, Items: items}
}

// box returns the rectangle of a piece, filled in its tone.
func (c *chart) box(pc barPiece) *scene.Box {
	return &scene.Box{Role: scene.RoleMark, Shape: diagram.Box, R: pc.r,
		Style: scene.Style{Fill: scene.Paint{Tone: pc.tone, Role: scene.Solid}, Stroke: scene.NoPaint}}
}

// growFrom returns the line a piece grows from in the animation: its
// start, which is the baseline (the bottom of a log axis) except for the
// upper pieces of a stack, which start where the piece below ends.
func (c *chart) growFrom(f frame, pc barPiece, order int) *scene.Grow {
	g := &scene.Grow{Horizontal: c.p.Horizontal, Order: order}
	start := pc.end - pc.value
	switch {
	case c.p.Value.Log && order == 0:
		g.At = c.base(f)
	case c.p.Value.Log:
		g.At = f.s.clamp(start)
	case !c.p.Stacked:
		g.At = c.base(f)
	default:
		g.At = f.s.clamp(start)
	}
	return g
}

// errorBar draws the error bar of a piece: a line from value-err to
// value+err with a cap at each end.
func (c *chart) errorBar(f frame, pc barPiece) scene.Item {
	lo, hi := pc.end-pc.err, pc.end+pc.err
	if c.p.Value.Log && lo <= 0 {
		lo = c.lo
	}
	a, b := f.s.clamp(lo), f.s.clamp(hi)
	st := scene.Style{Fill: scene.NoPaint, Stroke: draw.Ink, StrokeWidth: 1.25}
	capH := min(errCapHalf, c.thick/3)
	var ops []scene.PathOp
	if c.p.Horizontal {
		m := pc.r.Y + pc.r.H/2
		ops = append(ops, scene.Polyline(scene.Pt(a, m), scene.Pt(b, m))...)
		ops = append(ops, scene.Polyline(scene.Pt(a, m-capH), scene.Pt(a, m+capH))...)
		ops = append(ops, scene.Polyline(scene.Pt(b, m-capH), scene.Pt(b, m+capH))...)
	} else {
		m := pc.r.X + pc.r.W/2
		ops = append(ops, scene.Polyline(scene.Pt(m, a), scene.Pt(m, b))...)
		ops = append(ops, scene.Polyline(scene.Pt(m-capH, a), scene.Pt(m+capH, a))...)
		ops = append(ops, scene.Polyline(scene.Pt(m-capH, b), scene.Pt(m+capH, b))...)
	}
	return &scene.Path{Role: scene.RoleMark, Ops: ops, Style: st}
}

// fitsInside reports whether a label of width w fits inside the rectangle
// r of a bar, with padding, given the direction of the bars.
func (c *chart) fitsInside(r scene.Rect, w float64) bool {
	h := lineH()
	return w+2*labelPad <= r.W && h+2*labelPad <= r.H
}

// valueLabel writes a piece's value inside its bar, near the far end,
// when the measured text fits there, and else just beyond the far end (or
// beyond its error bar). With insideOnly, a label that does not fit is
// left out (nil).
func (c *chart) valueLabel(f frame, pc barPiece, insideOnly bool) scene.Item {
	s := valueText(pc.value, c.p.Unit)
	w := text.Measure(scene.Sans, tickSize, s)
	asc, desc := text.Ascent(scene.Sans, tickSize), text.Descent(scene.Sans, tickSize)
	r := pc.r
	neg := pc.end < c.p.Baseline && !c.p.Value.Log
	if c.fitsInside(r, w) {
		var t *scene.Text
		paint := scene.Paint{Tone: pc.tone, Role: scene.OnSolid}
		if c.p.Horizontal {
			cy := r.Y + r.H/2 + (asc-desc)/2
			if neg {
				t = text.Label("", s, r.X+labelPad, cy, scene.Start, scene.Sans, tickSize, paint)
			} else {
				t = text.Label("", s, r.Right()-labelPad, cy, scene.End, scene.Sans, tickSize, paint)
			}
		} else {
			cx := r.X + r.W/2
			if neg {
				t = text.Label("", s, cx, r.Bottom()-labelPad-desc, scene.Middle, scene.Sans, tickSize, paint)
			} else {
				t = text.Label("", s, cx, r.Y+labelPad+asc, scene.Middle, scene.Sans, tickSize, paint)
			}
		}
		t.Box = r
		return t
	}
	if insideOnly {
		return nil
	}
	// Outside: past the far end, or past the error bar.
	var end float64
	if c.p.Horizontal {
		end = r.Right()
		if neg {
			end = r.X
		}
		if pc.err > 0 {
			if neg {
				end = min(end, f.s.clamp(pc.end-pc.err))
			} else {
				end = max(end, f.s.clamp(pc.end+pc.err))
			}
		}
		cy := r.Y + r.H/2 + (asc-desc)/2
		var t *scene.Text
		if neg {
			t = text.Label("", s, end-labelPad, cy, scene.End, scene.Sans, tickSize, draw.Ink)
		} else {
			t = text.Label("", s, end+labelPad, cy, scene.Start, scene.Sans, tickSize, draw.Ink)
		}
		t.Role = scene.RoleLabel
		return t
	}
	end = r.Y
	if neg {
		end = r.Bottom()
	}
	if pc.err > 0 {
		if neg {
			end = max(end, f.s.clamp(pc.end-pc.err))
		} else {
			end = min(end, f.s.clamp(pc.end+pc.err))
		}
	}
	cx := r.X + r.W/2
	var t *scene.Text
	if neg {
		t = text.Label("", s, cx, end+labelPad+asc, scene.Middle, scene.Sans, tickSize, draw.Ink)
	} else {
		t = text.Label("", s, cx, end-labelPad-desc, scene.Middle, scene.Sans, tickSize, draw.Ink)
	}
	t.Role = scene.RoleLabel
	return t
}

// totalLabel writes the total of a stacked bar beyond its positive end
// (or its negative end when it has no positive part).
func (c *chart) totalLabel(f frame, i int, pos, neg float64) scene.Item {
	p := c.p
	base := p.Baseline
	if p.Value.Log {
		base = 0
	}
	total := (pos - base) + (neg - base)
	end := pos
	if pos == base && neg < base {
		end = neg
	}
	r := c.rect(f, base, end, c.lane(f, i, 0), c.thick)
	// A rectangle of no width across: the label never fits inside it and
	// goes beyond the stack's end.
	below := end < base
	switch {
	case p.Horizontal && below:
		r.W = 0
	case p.Horizontal:
		r.X, r.W = r.Right(), 0
	case below:
		r.Y, r.H = r.Bottom(), 0
	default:
		r.H = 0
	}
	return c.valueLabel(f, barPiece{r: r, value: total, end: end}, false)
}

// grid draws light lines at the ticks of the value axis.
func (c *chart) grid(f frame) scene.Item {
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1, Opacity: 0.3}
	var out []scene.Item
	for _, t := range c.ticks {
		q := f.s.pos(t.v)
		if c.p.Horizontal {
			out = append(out, segment(scene.Pt(q, f.area.Y), scene.Pt(q, f.area.Bottom()), st))
		} else {
			out = append(out, segment(scene.Pt(f.area.X, q), scene.Pt(f.area.Right(), q), st))
		}
	}
	return &scene.Group{Kind: scene.KindGrid, Items: out}
}

// axes draws the baseline, the value axis with its ticks, labels and name,
// and the category labels.
func (c *chart) axes(f frame) scene.Item {
	p := c.p
	a := f.area
	line := scene.Style{Fill: scene.NoPaint, Stroke: draw.Border, StrokeWidth: 1}
	baseSt := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Neutral, Role: scene.Line}, StrokeWidth: 1.5}
	asc, desc := text.Ascent(scene.Sans, tickSize), text.Descent(scene.Sans, tickSize)
	label := func(s string, x, y float64, anchor scene.Anchor, paint scene.Paint) *scene.Text {
		t := text.Label("", s, x, y, anchor, scene.Sans, tickSize, paint)
		t.Role = scene.RoleLabel
		t.Box = f.box
		return t
	}
	var out []scene.Item
	b := c.base(f)
	var last scene.Rect
	if p.Horizontal {
		out = append(out, segment(scene.Pt(a.X, a.Bottom()), scene.Pt(a.Right(), a.Bottom()), line))
		for i, t := range c.ticks {
			q := f.s.pos(t.v)
			out = append(out, segment(scene.Pt(q, a.Bottom()), scene.Pt(q, a.Bottom()+tickLen), line))
			l := label(t.label, q, a.Bottom()+tickLen+4+asc, scene.Middle, draw.MutedInk)
			if i > 0 && l.Ink.X < last.Right()+6 {
				continue
			}
			out = append(out, l)
			last = l.Ink
		}
		out = append(out, segment(scene.Pt(b, a.Y), scene.Pt(b, a.Bottom()), baseSt))
		for i, tb := range c.cats {
			cy := a.Y + c.slot*float64(i) + (c.slot-tb.H)/2
			for _, t := range tb.Place("", a.X-10, cy, scene.End, draw.Ink) {
				t.(*scene.Text).Role = scene.RoleLabel
				t.(*scene.Text).Box = f.box
				out = append(out, t)
			}
		}
		if p.Value.Name != "" {
			y := a.Bottom() + tickLen + 4 + asc + desc + 6 + asc
			out = append(out, label(p.Value.Name, a.X+a.W/2, y, scene.Middle, draw.Ink))
		}
		return &scene.Group{Kind: scene.KindAxes, Items: out}
	}
	out = append(out, segment(scene.Pt(a.X, a.Y), scene.Pt(a.X, a.Bottom()), line))
	for i, t := range c.ticks {
		q := f.s.pos(t.v)
		out = append(out, segment(scene.Pt(a.X-tickLen, q), scene.Pt(a.X, q), line))
		l := label(t.label, a.X-tickLen-4, q+(asc-desc)/2, scene.End, draw.MutedInk)
		if i > 0 && l.Ink.Bottom() > last.Y-2 {
			continue
		}
		out = append(out, l)
		last = l.Ink
	}
	out = append(out, segment(scene.Pt(a.X, b), scene.Pt(a.Right(), b), baseSt))
	for i, tb := range c.cats {
		cx := a.X + c.slot*float64(i) + c.slot/2
		for _, t := range tb.Place("", cx, a.Bottom()+6, scene.Middle, draw.Ink) {
			t.(*scene.Text).Role = scene.RoleLabel
			t.(*scene.Text).Box = f.box
			out = append(out, t)
		}
	}
	if p.Value.Name != "" {
		y := f.box.Y + c.legendH - 6 - desc
		out = append(out, label(p.Value.Name, f.box.X, y, scene.Start, draw.Ink))
	}
	return &scene.Group{Kind: scene.KindAxes, Items: out}
}

// legendItems draws the legend of the series on one line above the chart.
func (c *chart) legendItems(x, y float64) scene.Item {
	if len(c.legend) == 0 {
		return nil
	}
	return legendRow(c.legend, x, y)
}

// overlayStyle is the style of the bars of a histogram's series drawn
// over one another, and of their legend swatches.
func overlayStyle(t diagram.Tone) scene.Style {
	return scene.Style{Fill: scene.Paint{Tone: t, Role: scene.Solid}, Stroke: scene.Paint{Tone: t, Role: scene.Line}, StrokeWidth: 1.25, Opacity: 0.5}
}

// legendRow draws legend entries on one line from (x, y): a filled swatch
// of each tone, drawn as the bars it names, and its label.
func legendRow(entries []legendEntry, x, y float64) scene.Item {
	asc, desc := text.Ascent(scene.Sans, tickSize), text.Descent(scene.Sans, tickSize)
	var out []scene.Item
	cy := y + (asc+desc)/2
	for _, e := range entries {
		st := scene.Style{Fill: scene.Paint{Tone: e.tone, Role: scene.Solid}, Stroke: scene.NoPaint}
		if e.overlay {
			st = overlayStyle(e.tone)
		}
		out = append(out, &scene.Box{Shape: diagram.Box, R: scene.Rect{X: x, Y: cy - swatchSize/2, W: swatchSize, H: swatchSize}, Style: st})
		t := text.Label("", e.label, x+swatchSize+6, cy+(asc-desc)/2, scene.Start, scene.Sans, tickSize, draw.Ink)
		t.Role = scene.RoleLabel
		out = append(out, t)
		x += e.w + legendGap
	}
	return &scene.Group{Kind: scene.KindLegend, Items: out}
}
