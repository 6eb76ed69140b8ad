package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// legendEntry is one line of a plot's legend; its swatch shows what the
// mark is: a short line (with its dash) for a line, the marker for points,
// a line with its marker for a path that has one, a filled box for an
// area.
type legendEntry struct {
	label  string
	tone   diagram.Tone
	marker diagram.Marker // for scatters, and paths with a marker
	fill   bool           // for areas, regions and shapes
	dashed bool
	// withLine draws the line under the marker (a path with a marker).
	withLine bool
}

// Sizes of a legend, in px.
const (
	legendPad    = 8.0  // inside the frame
	legendRowH   = 18.0 // one entry
	legendSwatch = 22.0 // swatch width
	legendGap    = 6.0  // swatch to label
	legendInset  = 8.0  // frame to the plot area's edge
	legendColGap = 14.0 // between entries in a row, below the plot
	legendClear  = 3.0  // the ink kept clear around a legend inside the area
)

// legendSlot is where a legend is drawn: a corner or the middle of an edge
// of the plot area, or outside it.
type legendSlot int

const (
	slotTopRight legendSlot = iota
	slotTopLeft
	slotBottomRight
	slotBottomLeft
	slotTop
	slotBottom
	slotRight
	slotLeft
	slotOutsideRight
	slotOutsideBelow
)

// autoSlots are the places inside the area that automatic placement tries,
// in order of preference: the corners first, then the edges.
var autoSlots = []legendSlot{slotTopRight, slotTopLeft, slotBottomRight, slotBottomLeft, slotTop, slotBottom, slotRight, slotLeft}

// cornerSlot maps a corner of the model to its slot.
var cornerSlot = map[diagram.LegendPlace]legendSlot{
	diagram.LegendTopRight: slotTopRight, diagram.LegendTopLeft: slotTopLeft,
	diagram.LegendBottomRight: slotBottomRight, diagram.LegendBottomLeft: slotBottomLeft,
}

// legendLayout is a plot's legend measured and placed: its entries, the
// offset of each from the frame's top-left corner, its size and its slot.
type legendLayout struct {
	entries []legendEntry
	at      []scene.Point // the top-left corner of each entry's row
	w, h    float64
	slot    legendSlot
	// off is the frame's offset from the plot area's top-left corner, for
	// the slots outside.
	off scene.Point
	// late says the legend is drawn after the marks and free labels, which
	// it was placed around; a legend in a stated corner comes first, and
	// the free labels keep clear of it.
	late bool
}

// legendEntries lists the labelled marks, in order.
func (pl *plotter) legendEntries() []legendEntry {
	d := &plotDraw{plotter: pl}
	var out []legendEntry
	for _, m := range pl.list {
		for _, e := range m.legend(d) {
			if e.label != "" {
				if m.head().Y2 && pl.p.Y2 != nil {
					e.label += " (right axis)"
				}
				out = append(out, e)
			}
		}
	}
	return out
}

// stack lays the entries out one under the other.
func (lg *legendLayout) stack() {
	textW := 0.0
	lg.at = lg.at[:0]
	for i, e := range lg.entries {
		textW = max(textW, text.Measure(scene.Sans, plotLabelSize, e.label))
		lg.at = append(lg.at, scene.Point{X: legendPad, Y: legendPad + legendRowH*float64(i)})
	}
	lg.w = 2*legendPad + legendSwatch + legendGap + textW
	lg.h = 2*legendPad + legendRowH*float64(len(lg.entries)) - 4
}

// rows lays the entries out in rows no wider than width (a row holds at
// least one entry).
func (lg *legendLayout) rows(width float64) {
	lg.at = lg.at[:0]
	x, y, widest := 0.0, 0.0, 0.0
	for _, e := range lg.entries {
		w := legendSwatch + legendGap + text.Measure(scene.Sans, plotLabelSize, e.label)
		if x > 0 && x+legendColGap+w > width-2*legendPad {
			x, y = 0, y+legendRowH
		}
		if x > 0 {
			x += legendColGap
		}
		lg.at = append(lg.at, scene.Point{X: legendPad + x, Y: legendPad + y})
		x += w
		widest = max(widest, x)
	}
	lg.w = 2*legendPad + widest
	lg.h = 2*legendPad + y + legendRowH - 4
}

// placeLegend decides where the legend goes, before the plot is placed:
// in its stated corner, outside (growing the margins), or, for an
// automatic legend, in the place inside the area that covers the least of
// the marks, their labels and the free labels, and outside when every
// place inside covers some. It leaves pl.legend nil when the plot shows
// no legend, and then each mark carries its own label.
func (pl *plotter) placeLegend() {
	place := pl.p.Legend
	if place == diagram.NoLegend {
		return
	}
	lg := &legendLayout{entries: pl.legendEntries()}
	if len(lg.entries) == 0 {
		return
	}
	lg.stack()
	fits := lg.w <= pl.w-2*legendInset && lg.h <= pl.h-2*legendInset
	switch {
	case place == diagram.LegendAuto && fits:
		slot, free, ok := pl.freestSlot(lg)
		if !ok {
			return
		}
		if free {
			lg.slot, lg.late = slot, true
			pl.legend = lg
			return
		}
		place = diagram.LegendOutsideRight
		if lg.w > pl.w/2 {
			place = diagram.LegendOutsideBelow
		}
	case place == diagram.LegendAuto:
		place = diagram.LegendOutsideRight
		if lg.w > pl.w/2 {
			place = diagram.LegendOutsideBelow
		}
	case !place.Outside():
		if !fits {
			return // too big for the plot area: the marks carry their labels
		}
		lg.slot = cornerSlot[place]
		pl.legend = lg
		return
	}
	lg.late = true
	if place == diagram.LegendOutsideRight {
		lg.slot = slotOutsideRight
		gap := pl.right + 6
		lg.off = scene.Point{X: pl.w + gap, Y: 0}
		pl.right = gap + lg.w + 2
	} else {
		lg.slot = slotOutsideBelow
		lg.rows(max(pl.w, 160))
		lg.off = scene.Point{X: 0, Y: pl.h + pl.bottom + 4}
		pl.bottom += 4 + lg.h + 2
	}
	pl.legend = lg
}

// slotRect returns the frame of the legend in its slot, for the plot area a.
func (lg *legendLayout) slotRect(a scene.Rect) scene.Rect {
	w, h := lg.w, lg.h
	cx, cy := a.X+a.W/2-w/2, a.Y+a.H/2-h/2
	left, right := a.X+legendInset, a.Right()-legendInset-w
	top, bottom := a.Y+legendInset, a.Bottom()-legendInset-h
	r := scene.Rect{W: w, H: h}
	switch lg.slot {
	case slotTopRight:
		r.X, r.Y = right, top
	case slotTopLeft:
		r.X, r.Y = left, top
	case slotBottomRight:
		r.X, r.Y = right, bottom
	case slotBottomLeft:
		r.X, r.Y = left, bottom
	case slotTop:
		r.X, r.Y = cx, top
	case slotBottom:
		r.X, r.Y = cx, bottom
	case slotRight:
		r.X, r.Y = right, cy
	case slotLeft:
		r.X, r.Y = left, cy
	default:
		r.X, r.Y = a.X+lg.off.X, a.Y+lg.off.Y
	}
	return r
}

// freestSlot draws the marks once, off the page, and returns the first
// slot inside the area with the least ink under the legend, and whether
// that slot covers nothing. It fails when drawing the marks reported an
// error (the plot then fails as a whole). What the trial spends of the
// formula and contour limits is given back, as the marks are drawn again
// when the plot is placed.
func (pl *plotter) freestSlot(lg *legendLayout) (legendSlot, bool, bool) {
	env := pl.env
	errs, used := len(env.Errors()), env.Used
	d := pl.newDraw(0, 0, pl.left+pl.w+pl.right, pl.top+pl.h+pl.bottom)
	d.legendShown = true
	d.marks()
	if len(env.Errors()) > errs {
		pl.ok = false
		return 0, false, false
	}
	env.Used = used
	best, bestInk := slotTopRight, -1.0
	for _, s := range autoSlots {
		lg.slot = s
		ink := d.ink(lg.slotRect(d.area).Inset(-legendClear))
		if bestInk < 0 || ink < bestInk {
			best, bestInk = s, ink
		}
		if ink == 0 {
			break
		}
	}
	return best, bestInk == 0, true
}

// ink measures what a legend frame at r would cover: the markers and the
// lines as labels see them (obstruction), the filled areas, and the labels
// placed so far.
func (d *plotDraw) ink(r scene.Rect) float64 {
	total := d.obstruction(r) + d.overlap(r)
	for _, f := range d.fills {
		if shared(r, f.bounds) == 0 {
			continue
		}
		total += polygonArea(plotmath.ClipPolygon(toMath(f.pts), plotmath.Rect(r)))
	}
	return total
}

// polygonArea returns the area of a simple polygon.
func polygonArea(pts []plotmath.Point) float64 {
	a := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		a += p.X*q.Y - q.X*p.Y
	}
	return max(a, -a) / 2
}

// drawLegend draws the legend in its slot and reserves its place, so that
// labels placed later keep clear of it.
func (d *plotDraw) drawLegend() []scene.Item {
	lg := d.legend
	r := d.legendRect()
	items := []scene.Item{&scene.Box{Shape: diagram.Rounded, R: r, Corner: 4, Style: scene.Style{Fill: draw.PanelFill, Stroke: draw.Border, StrokeWidth: 1}}}
	asc, desc := text.Ascent(scene.Sans, plotLabelSize), text.Descent(scene.Sans, plotLabelSize)
	for i, e := range lg.entries {
		mid := r.Y + lg.at[i].Y + (legendRowH-4)/2
		sx := r.X + lg.at[i].X
		items = append(items, swatch(e, sx, mid)...)
		items = append(items, d.text(e.label, sx+legendSwatch+legendGap, mid+(asc-desc)/2, scene.Start, plotLabelSize, draw.Ink))
	}
	d.placed = append(d.placed, r)
	return []scene.Item{&scene.Group{Kind: scene.KindLegend, Items: items}}
}

// legendRect returns the frame of the legend as placed.
func (d *plotDraw) legendRect() scene.Rect { return d.legend.slotRect(d.area) }

// swatch draws the swatch of an entry from x, centred on the row's middle
// y: a filled box, a marker (on its line for a path), or a line.
func swatch(e legendEntry, x, mid float64) []scene.Item {
	c := scene.Point{X: x + legendSwatch/2, Y: mid}
	switch {
	case e.fill:
		return []scene.Item{&scene.Box{Shape: diagram.Rounded, R: scene.Rect{X: x, Y: mid - 6, W: legendSwatch, H: 12}, Corner: 2,
			Style: scene.Style{Fill: scene.Paint{Tone: e.tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: e.tone, Role: scene.Line}, StrokeWidth: 1}}}
	case e.marker != diagram.NoMarker && e.withLine:
		return []scene.Item{
			segment(scene.Point{X: x, Y: mid}, scene.Point{X: x + legendSwatch, Y: mid}, lineStyle(e.tone, curveWidth, e.dashed)),
			markerItem(e.marker, c, markerSize, e.tone, scene.RoleNone)}
	case e.marker != diagram.NoMarker:
		return []scene.Item{markerItem(e.marker, c, markerSize, e.tone, scene.RoleNone)}
	}
	return []scene.Item{segment(scene.Point{X: x, Y: mid}, scene.Point{X: x + legendSwatch, Y: mid}, lineStyle(e.tone, curveWidth, e.dashed))}
}
