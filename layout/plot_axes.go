package layout

import (
	"github.com/aiprep/diag/diagram"
)

// plotDraw is a plot being placed: the plotter's measurements plus the
// absolute positions of the block and its plot area, the two scales, and
// the boxes of the labels placed so far (for collision checks).
type plotDraw struct {
	*plotter
	box, area Rect
	sx, sy    scale
	placed    []Rect         // labels placed so far
	dots      []Rect         // markers drawn
	lines     []obstacleLine // lines drawn
	// legendShown is set when the legend is drawn; the marks then leave
	// out their own labels.
	legendShown bool
}

// place draws the plot with its block's top-left corner at (x, y); w and h
// are the block's size.
func (pl *plotter) place(x, y, w, h float64) []Item {
	area := Rect{x + pl.left, y + pl.top, pl.w, pl.h}
	d := &plotDraw{
		plotter: pl,
		box:     Rect{x, y, w, h},
		area:    area,
		sx:      scale{lo: pl.xlo, hi: pl.xhi, log: pl.p.X.Log, p0: area.X, p1: area.Right()},
		sy:      scale{lo: pl.ylo, hi: pl.yhi, log: pl.p.Y.Log, p0: area.Bottom(), p1: area.Y},
	}
	pl.c.plots = append(pl.c.plots, PlotFrame{ID: pl.p.ID, Area: area,
		X0: pl.xlo, X1: pl.xhi, Y0: pl.ylo, Y1: pl.yhi, LogX: pl.p.X.Log, LogY: pl.p.Y.Log})
	var items []Item
	if pl.p.Grid {
		items = append(items, d.grid()...)
	}
	legend := d.legend()
	marks := d.marks()
	items = append(items, &Group{Kind: "plot-area", Clip: area.Inset(-plotMarkPad), Items: marks})
	items = append(items, d.axes()...)
	items = append(items, legend...)
	return items
}

// text makes a label that must stay inside the plot's block.
func (d *plotDraw) text(s string, x, y float64, anchor Anchor, size float64, paint Paint) *Text {
	t := label("", s, x, y, anchor, Sans, size, paint)
	t.Role = RoleLabel
	t.Box = d.box
	return t
}

// segment is a two-point path.
func segment(a, b Point, st Style) *Path {
	return &Path{Ops: []PathOp{{'M', []Point{a}}, {'L', []Point{b}}}, Style: st}
}

// grid draws light lines at the ticks inside the plot area.
func (d *plotDraw) grid() []Item {
	st := Style{Fill: NoPaint, Stroke: Paint{Tone: diagram.Muted, Role: Line}, StrokeWidth: 1, Opacity: 0.3}
	var out []Item
	for _, t := range d.xt {
		if px := d.sx.pos(t.v); px > d.area.X+0.5 && px < d.area.Right()-0.5 {
			out = append(out, segment(Point{px, d.area.Y}, Point{px, d.area.Bottom()}, st))
		}
	}
	for _, t := range d.yt {
		if py := d.sy.pos(t.v); py > d.area.Y+0.5 && py < d.area.Bottom()-0.5 {
			out = append(out, segment(Point{d.area.X, py}, Point{d.area.Right(), py}, st))
		}
	}
	return []Item{&Group{Kind: "grid", Items: out}}
}

// axes draws the frame of the plot area, the ticks with their labels and
// the axis names.
func (d *plotDraw) axes() []Item {
	a := d.area
	line := Style{Fill: NoPaint, Stroke: borderLine, StrokeWidth: 1}
	out := []Item{&Box{Shape: diagram.Box, R: a, Style: line}}
	asc, desc := ascent(Sans, plotTickSize), descent(Sans, plotTickSize)
	var last Rect
	for i, t := range d.xt {
		px := d.sx.pos(t.v)
		out = append(out, segment(Point{px, a.Bottom()}, Point{px, a.Bottom() + plotTickLen}, line))
		l := d.text(t.label, px, a.Bottom()+plotTickLen+4+asc, Middle, plotTickSize, mutedInk)
		if i > 0 && l.Ink.X < last.Right()+6 {
			continue // a log axis can have more ticks than labels fit
		}
		out = append(out, l)
		last = l.Ink
	}
	last = Rect{}
	for i, t := range d.yt {
		py := d.sy.pos(t.v)
		out = append(out, segment(Point{a.X - plotTickLen, py}, Point{a.X, py}, line))
		l := d.text(t.label, a.X-plotTickLen-4, py+(asc-desc)/2, End, plotTickSize, mutedInk)
		if i > 0 && l.Ink.Bottom() > last.Y-2 {
			continue
		}
		out = append(out, l)
		last = l.Ink
	}
	if d.p.X.Name != "" {
		top := a.Bottom() + plotTickLen + 4 + asc + desc + 6
		// Centred under the plot area, but inside the block.
		cx := a.X + a.W/2
		half := d.xName.W / 2
		cx = max(min(cx, d.box.Right()-half), d.box.X+half)
		out = append(out, d.text(d.p.X.Name, cx, top+ascent(Sans, plotNameSize), Middle, plotNameSize, inkPaint))
	}
	if d.p.Y.Name != "" {
		out = append(out, d.text(d.p.Y.Name, d.box.X, d.box.Y+ascent(Sans, plotNameSize), Start, plotNameSize, inkPaint))
	}
	return []Item{&Group{Kind: "axes", Items: out}}
}
