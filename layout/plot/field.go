package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// fieldMark shades the plot area by the value of a formula, in filled
// level bands: the part of the area above each step of the ramp is traced
// as a region (as a decision region is) and the regions are stacked, each
// a little more opaque in the ramp's tone, so that the shade deepens step
// by step towards the end of the range, and a diverging ramp deepens in
// its two tones away from the middle. The picture stays a few vector
// paths however fine the grid, and the colour key beside the plot shows
// the same stack.
type fieldMark struct{ *diagram.Field }

// Steps of the ramps and the opacity of their deepest shade.
const (
	fieldSteps      = 8   // sequential: levels at 1/8 .. 7/8 of the range
	fieldHalfSteps  = 4   // diverging: levels at 1/8 .. 3/8 from each end
	fieldMaxOpacity = 0.6 // the shade at the end of the range
)

func (m fieldMark) head() *diagram.MarkHead { return m.Mark() }

func (m fieldMark) prepare(pl *plotter) (xs, ys []float64) {
	pl.formula(m.P)
	return nil, nil
}

// fieldLayer is one layer of the stack: where the value is at least
// level (or at most, for the low side of a diverging ramp), filled in
// tone at opacity.
type fieldLayer struct {
	level   float64
	below   bool
	tone    diagram.Tone
	opacity float64
}

// layers returns the field's layers, bottom first. Layer k of a side of n
// takes the opacity that brings the stack of its side to k/n of the
// deepest shade.
func (m fieldMark) layers() []fieldLayer {
	lo, hi := m.Range()
	stack := func(n int) []float64 {
		out := make([]float64, n)
		prev := 0.0
		for k := 1; k <= n; k++ {
			t := fieldMaxOpacity * float64(k) / float64(n)
			out[k-1] = 1 - (1-t)/(1-prev)
			prev = t
		}
		return out
	}
	var out []fieldLayer
	if m.Ramp == diagram.RampDiverging {
		ops := stack(fieldHalfSteps)
		mid := (lo + hi) / 2
		for k := 1; k <= fieldHalfSteps; k++ {
			f := float64(k) / float64(fieldHalfSteps+1)
			out = append(out, fieldLayer{mid - f*(mid-lo), true, m.Low, ops[k-1]},
				fieldLayer{mid + f*(hi-mid), false, m.Tone, ops[k-1]})
		}
		return out
	}
	ops := stack(fieldSteps - 1)
	for k := 1; k < fieldSteps; k++ {
		out = append(out, fieldLayer{lo + (hi-lo)*float64(k)/fieldSteps, false, m.Tone, ops[k-1]})
	}
	return out
}

func (m fieldMark) plot(d *plotDraw) drawn {
	e := d.exprs[m.P]
	if e == nil {
		return drawn{under: true}
	}
	g := d.grid3(m.Pos, "field", e.Cost(), 1, func(x, y float64) float64 { return e.Eval(x, y) })
	if g == nil {
		return drawn{under: true}
	}
	neg := g.Neg()
	dr := drawn{under: true}
	for _, l := range m.layers() {
		loops := g.Fill(l.level)
		if l.below {
			loops = neg.Fill(-l.level)
		}
		p := d.region(m.Pos, loops, scene.Paint{Tone: l.tone, Role: scene.Solid}, l.opacity)
		if p == nil {
			if d.env.Used.ContourPassed {
				return drawn{under: true}
			}
			continue
		}
		dr.items = append(dr.items, p)
	}
	// The level lines go above the shade (still beneath lines and points).
	var pieces [][]scene.Point
	n := 0
	for _, level := range m.Levels {
		for _, line := range g.Contour(level) {
			pts := make([]scene.Point, len(line))
			for i, q := range line {
				pts[i] = scene.Point{X: d.sx.lin(q.X), Y: d.sy.lin(q.Y)}
			}
			pieces = append(pieces, simplify(pts, simplifyTol))
			n += len(pts)
		}
	}
	if !contourBudget(d.env, m.Pos, n) {
		return drawn{under: true}
	}
	for _, p := range d.strokes(pieces, lineStyle(diagram.Neutral, 1.5, true)) {
		dr.items = append(dr.items, p)
	}
	return dr
}

// The field's colour key: a column of swatches beside the plot area.
const (
	keyGap    = 14 // from the plot area (or the right axis) to the key
	keyBarW   = 12
	keyMaxH   = 140
	keyLabelW = 6 // gap between the bar and its labels
)

// legend gives no entry: the colour key beside the plot explains a field.
func (m fieldMark) legend(d *plotDraw) []legendEntry { return nil }

// keyWidth returns the width the field's key takes beside the plot area.
func (m fieldMark) keyWidth() float64 {
	w := 0.0
	for _, l := range m.keyLabels() {
		w = max(w, text.Measure(scene.Sans, plotTickSize, l.label))
	}
	if m.Label != "" {
		w = max(w, text.Measure(scene.Sans, plotTickSize, m.Label)-keyBarW-keyLabelW)
	}
	return keyGap + keyBarW + keyLabelW + w
}

// keyLabels returns the values the key labels: its ends, and the middle
// of a diverging ramp, each written with the digits it needs.
func (m fieldMark) keyLabels() []tick {
	lo, hi := m.Range()
	vals := []float64{lo, hi}
	if m.Ramp == diagram.RampDiverging {
		vals = []float64{lo, (lo + hi) / 2, hi}
	}
	out := make([]tick, len(vals))
	for i, v := range vals {
		out[i] = tick{v, plotmath.FormatTick(v, v)}
	}
	return out
}

// key draws the field's colour key with its left edge at x and its top at
// y: a column of cells, each the stack of layers that shades the plot at
// the cell's value, with the range's ends (and middle) labelled.
func (m fieldMark) key(d *plotDraw, x, y float64) []scene.Item {
	lo, hi := m.Range()
	var out []scene.Item
	if m.Label != "" {
		out = append(out, d.text(m.Label, x, y+text.Ascent(scene.Sans, plotTickSize), scene.Start, plotTickSize, draw.Ink))
		// Room for the title and for half the top label, which is centred
		// on the key's top edge.
		y += 1.5*(text.Ascent(scene.Sans, plotTickSize)+text.Descent(scene.Sans, plotTickSize)) + 4
	}
	h := min(keyMaxH, d.area.Bottom()-y)
	if h < 24 {
		return out
	}
	cells := 2 * fieldSteps
	ch := h / float64(cells)
	layers := m.layers()
	for i := range cells {
		v := lo + (hi-lo)*(float64(i)+0.5)/float64(cells)
		top := y + h - float64(i+1)*ch
		r := scene.Rect{X: x, Y: top, W: keyBarW, H: ch}
		for _, l := range layers {
			if l.below && v <= l.level || !l.below && v >= l.level {
				out = append(out, &scene.Path{Role: scene.RoleNone, Ops: scene.Polygon(
					scene.Point{X: r.X, Y: r.Y}, scene.Point{X: r.Right(), Y: r.Y}, scene.Point{X: r.Right(), Y: r.Bottom()}, scene.Point{X: r.X, Y: r.Bottom()}),
					Style: scene.Style{Fill: scene.Paint{Tone: l.tone, Role: scene.Solid}, Stroke: scene.NoPaint, Opacity: l.opacity}})
			}
		}
	}
	border := scene.Style{Fill: scene.NoPaint, Stroke: draw.Border, StrokeWidth: 1}
	out = append(out, &scene.Box{Shape: diagram.Box, R: scene.Rect{X: x, Y: y, W: keyBarW, H: h}, Style: border})
	asc, desc := text.Ascent(scene.Sans, plotTickSize), text.Descent(scene.Sans, plotTickSize)
	for _, t := range m.keyLabels() {
		py := y + h - (t.v-lo)/(hi-lo)*h
		out = append(out, segment(scene.Point{X: x + keyBarW, Y: py}, scene.Point{X: x + keyBarW + 3, Y: py}, border))
		out = append(out, d.text(t.label, x+keyBarW+keyLabelW, py+(asc-desc)/2, scene.Start, plotTickSize, draw.MutedInk))
	}
	return []scene.Item{&scene.Group{Kind: scene.KindLegend, Items: out}}
}
