package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// plotDraw is a plot being placed: the plotter's measurements plus the
// absolute positions of the block and its plot area, the two scales, and
// the boxes of the labels placed so far (for collision checks).
type plotDraw struct {
	*plotter
	box, area scene.Rect
	sx, sy    scale
	// sy2 is the scale of the secondary y axis (Plot.Y2); drawing a mark
	// on it swaps it with sy (onAxis).
	sy2    scale
	placed []scene.Rect   // labels placed so far
	dots   []scene.Rect   // markers drawn
	lines  []obstacleLine // lines drawn
	fills  []obstacleLine // outlines of the filled areas drawn
	// legendShown is set when the legend is drawn; the marks then leave
	// out their own labels.
	legendShown bool
}

// place draws the plot with its block's top-left corner at (x, y); w and h
// are the block's size.
func (pl *plotter) place(x, y, w, h float64) []scene.Item {
	d := pl.newDraw(x, y, w, h)
	area := d.area
	pl.env.AddPlot(scene.PlotFrame{ID: pl.p.ID, Area: area,
		X0: pl.xlo, X1: pl.xhi, Y0: pl.ylo, Y1: pl.yhi, LogX: pl.p.X.Log, LogY: pl.p.Y.Log})
	var items []scene.Item
	if pl.p.Grid {
		items = append(items, d.grid()...)
	}
	d.legendShown = pl.legend != nil
	var legend []scene.Item
	if d.legendShown && !pl.legend.late {
		legend = d.drawLegend()
	}
	marks := d.marks()
	if d.legendShown && pl.legend.late {
		legend = d.drawLegend()
	}
	items = append(items, &scene.Group{Kind: scene.KindPlotArea, Clip: area.Inset(-plotMarkPad), Items: marks})
	items = append(items, d.axes()...)
	kx := area.Right() + pl.right - pl.keys
	for _, m := range pl.list {
		if f, ok := m.(fieldMark); ok {
			items = append(items, f.key(d, kx+keyGap, area.Y)...)
			kx += f.keyWidth()
		}
	}
	items = append(items, legend...)
	return items
}

// newDraw starts drawing the plot with its block's top-left corner at
// (x, y); w and h are the block's size.
func (pl *plotter) newDraw(x, y, w, h float64) *plotDraw {
	area := scene.Rect{X: x + pl.left, Y: y + pl.top, W: pl.w, H: pl.h}
	return &plotDraw{
		plotter: pl,
		box:     scene.Rect{X: x, Y: y, W: w, H: h},
		area:    area,
		sx:      scale{lo: pl.xlo, hi: pl.xhi, log: pl.p.X.Log, p0: area.X, p1: area.Right()},
		sy:      scale{lo: pl.ylo, hi: pl.yhi, log: pl.p.Y.Log, p0: area.Bottom(), p1: area.Y},
		sy2:     scale{lo: pl.y2lo, hi: pl.y2hi, log: pl.p.Y2 != nil && pl.p.Y2.Log, p0: area.Bottom(), p1: area.Y},
	}
}

// onAxis runs f with sy the scale of the y axis the mark h is drawn
// against.
func (d *plotDraw) onAxis(h *diagram.MarkHead, f func()) {
	if h.Y2 && d.p.Y2 != nil {
		d.sy, d.sy2 = d.sy2, d.sy
		defer func() { d.sy, d.sy2 = d.sy2, d.sy }()
	}
	f()
}

// text makes a label that must stay inside the plot's block.
func (d *plotDraw) text(s string, x, y float64, anchor scene.Anchor, size float64, paint scene.Paint) *scene.Text {
	t := text.Label("", s, x, y, anchor, scene.Sans, size, paint)
	t.Role = scene.RoleLabel
	t.Box = d.box
	return t
}

// segment is a two-point path.
func segment(a, b scene.Point, st scene.Style) *scene.Path {
	return &scene.Path{Ops: scene.Polyline(a, b), Style: st}
}

// grid draws light lines at the ticks inside the plot area.
func (d *plotDraw) grid() []scene.Item {
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1, Opacity: 0.3}
	var out []scene.Item
	for _, t := range d.xt {
		if px := d.sx.pos(t.v); px > d.area.X+0.5 && px < d.area.Right()-0.5 {
			out = append(out, segment(scene.Point{X: px, Y: d.area.Y}, scene.Point{X: px, Y: d.area.Bottom()}, st))
		}
	}
	for _, t := range d.yt {
		if py := d.sy.pos(t.v); py > d.area.Y+0.5 && py < d.area.Bottom()-0.5 {
			out = append(out, segment(scene.Point{X: d.area.X, Y: py}, scene.Point{X: d.area.Right(), Y: py}, st))
		}
	}
	return []scene.Item{&scene.Group{Kind: scene.KindGrid, Items: out}}
}

// axes draws the frame of the plot area, the ticks with their labels and
// the axis names.
func (d *plotDraw) axes() []scene.Item {
	a := d.area
	line := scene.Style{Fill: scene.NoPaint, Stroke: draw.Border, StrokeWidth: 1}
	var out []scene.Item
	switch d.p.Axes {
	case diagram.AxesBoth:
		out = append(out, &scene.Box{Shape: diagram.Box, R: a, Style: line})
	case diagram.AxesX:
		out = append(out, segment(scene.Point{X: a.X, Y: a.Bottom()}, scene.Point{X: a.Right(), Y: a.Bottom()}, line))
	case diagram.AxesY:
		out = append(out, segment(scene.Point{X: a.X, Y: a.Y}, scene.Point{X: a.X, Y: a.Bottom()}, line))
	}
	asc, desc := text.Ascent(scene.Sans, plotTickSize), text.Descent(scene.Sans, plotTickSize)
	var last scene.Rect
	for i, t := range d.xt {
		px := d.sx.pos(t.v)
		out = append(out, segment(scene.Point{X: px, Y: a.Bottom()}, scene.Point{X: px, Y: a.Bottom() + plotTickLen}, line))
		l := d.text(t.label, px, a.Bottom()+plotTickLen+4+asc, scene.Middle, plotTickSize, draw.MutedInk)
		if i > 0 && l.Ink.X < last.Right()+6 {
			continue // a log axis can have more ticks than labels fit
		}
		out = append(out, l)
		last = l.Ink
	}
	// With a secondary axis, each y axis whose marks share one tone
	// writes its labels and name in it, so that a reader pairs the marks
	// with their axis.
	yInk, yNameInk, y2Ink, y2NameInk := draw.MutedInk, draw.Ink, draw.MutedInk, draw.Ink
	if d.p.Y2 != nil {
		if t, ok := d.axisTone(false); ok {
			yInk, yNameInk = tonePaint(t), tonePaint(t)
		}
		if t, ok := d.axisTone(true); ok {
			y2Ink, y2NameInk = tonePaint(t), tonePaint(t)
		}
	}
	last = scene.Rect{}
	for i, t := range d.yt {
		py := d.sy.pos(t.v)
		out = append(out, segment(scene.Point{X: a.X - plotTickLen, Y: py}, scene.Point{X: a.X, Y: py}, line))
		l := d.text(t.label, a.X-plotTickLen-4, py+(asc-desc)/2, scene.End, plotTickSize, yInk)
		if i > 0 && l.Ink.Bottom() > last.Y-2 {
			continue
		}
		out = append(out, l)
		last = l.Ink
	}
	if d.p.Y2 != nil {
		if d.p.Axes != diagram.AxesBoth {
			out = append(out, segment(scene.Point{X: a.Right(), Y: a.Y}, scene.Point{X: a.Right(), Y: a.Bottom()}, line))
		}
		last = scene.Rect{}
		for i, t := range d.y2t {
			py := d.sy2.pos(t.v)
			out = append(out, segment(scene.Point{X: a.Right(), Y: py}, scene.Point{X: a.Right() + plotTickLen, Y: py}, line))
			l := d.text(t.label, a.Right()+plotTickLen+4, py+(asc-desc)/2, scene.Start, plotTickSize, y2Ink)
			if i > 0 && l.Ink.Bottom() > last.Y-2 {
				continue
			}
			out = append(out, l)
			last = l.Ink
		}
		if d.p.Y2.Name != "" {
			out = append(out, d.text(d.p.Y2.Name, d.box.Right(), d.box.Y+text.Ascent(scene.Sans, plotNameSize), scene.End, plotNameSize, y2NameInk))
		}
	}
	if d.p.X.Name != "" && d.p.Axes.ShowX() {
		top := a.Bottom() + plotTickLen + 4 + asc + desc + 6
		// Centred under the plot area, but inside the block.
		cx := a.X + a.W/2
		half := d.xName.W / 2
		cx = max(min(cx, d.box.Right()-half), d.box.X+half)
		out = append(out, d.text(d.p.X.Name, cx, top+text.Ascent(scene.Sans, plotNameSize), scene.Middle, plotNameSize, draw.Ink))
	}
	if d.p.Y.Name != "" && d.p.Axes.ShowY() {
		out = append(out, d.text(d.p.Y.Name, d.box.X, d.box.Y+text.Ascent(scene.Sans, plotNameSize), scene.Start, plotNameSize, yNameInk))
	}
	return []scene.Item{&scene.Group{Kind: scene.KindAxes, Items: out}}
}

// axisTone returns the one tone of the marks with data drawn against the
// secondary y axis (y2) or the first one, and whether they share one: the
// curves, points, paths and fits, not the rules, labels and areas that go
// with them.
func (d *plotDraw) axisTone(y2 bool) (diagram.Tone, bool) {
	var tone diagram.Tone
	n := 0
	for _, m := range d.list {
		h := m.head()
		if h.Y2 != y2 {
			continue
		}
		switch m.(type) {
		case curveMark, scatterMark, pathMark, fitMark:
		default:
			continue
		}
		if n > 0 && h.Tone != tone {
			return 0, false
		}
		tone, n = h.Tone, n+1
	}
	return tone, n > 0
}
