package bars

import (
	"fmt"
	"math"
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Histogram geometry in px.
const (
	histW = 360 // the chart area, at the default size
	histH = 200
)

// binGrid returns the edges of a histogram's bins, ascending: n bins have
// n+1 edges. The grid spans the x range when it is given, else the data;
// see diagram.Histogram. It returns a message when the grid would pass
// diagram.MaxBins.
func binGrid(h *diagram.Histogram) ([]float64, string) {
	lo, hi := h.X.Lo, h.X.Hi
	if lo >= hi {
		lo, hi = math.Inf(1), math.Inf(-1)
		for _, s := range h.Series {
			for _, v := range s.Values {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
		if lo > hi {
			lo, hi = 0, 1
		}
	}
	if w := h.BinWidth; w > 0 {
		start := math.Floor(lo/w) * w
		if lo == hi {
			hi = start + w
		}
		n := math.Ceil((hi - start) / w)
		if start+n*w < hi {
			n++
		}
		n = max(n, 1)
		if !(n <= diagram.MaxBins) {
			return nil, fmt.Sprintf("bin width %g makes more than %d bins over %g .. %g", w, diagram.MaxBins, lo, hi)
		}
		edges := make([]float64, int(n)+1)
		for i := range edges {
			edges[i] = roundEdge(start + float64(i)*w)
		}
		return edges, ""
	}
	n := h.Bins
	if n == 0 {
		most := 0
		for _, s := range h.Series {
			most = max(most, len(s.Values))
		}
		n = int(math.Ceil(math.Log2(float64(max(most, 1))))) + 1
	}
	n = min(max(n, 1), diagram.MaxBins)
	if lo == hi {
		d := max(math.Abs(lo)/10, 0.5)
		lo, hi = lo-d, hi+d
	}
	edges := make([]float64, n+1)
	for i := range edges {
		// Split each end rather than the span, which may overflow.
		t := float64(i) / float64(n)
		edges[i] = roundEdge(lo*(1-t) + hi*t)
	}
	edges[0], edges[n] = lo, hi
	return edges, ""
}

// roundEdge rounds a bin edge to 12 significant digits, so that the edge
// 3 × 0.1 is 0.3 and a value written 0.3 falls in the bin it starts.
func roundEdge(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil || math.IsInf(r, 0) {
		return v
	}
	return r
}

// binCounts counts values in the bins of edges: a bin holds the values
// from its left edge up to its right edge, the last bin its right edge
// too; values outside the grid are not counted. It returns the counts
// and how many values were counted.
func binCounts(edges, values []float64) ([]float64, int) {
	n := len(edges) - 1
	counts := make([]float64, n)
	total := 0
	lo, hi := edges[0], edges[n]
	for _, v := range values {
		if !(v >= lo && v <= hi) {
			continue
		}
		// The first edge above v, less one, by binary search.
		i, j := 0, n
		for i < j {
			m := (i + j) / 2
			if edges[m+1] <= v {
				i = m + 1
			} else {
				j = m
			}
		}
		counts[min(i, n-1)]++
		total++
	}
	return counts, total
}

// histSeries is a series of a histogram with its bin heights.
type histSeries struct {
	s       *diagram.HistSeries
	heights []float64
}

// Histogram lays out a histogram: the bins of every series on one grid,
// overlaid, with a count (or density) axis, the value axis below and a
// legend above when there are several series.
func Histogram(env *panel.Env, h *diagram.Histogram) panel.Block {
	edges, msg := binGrid(h)
	if msg != "" {
		env.Errorf(h.Pos, fmt.Sprintf("use a wider bin width or fewer bins (at most %d), or set the x range", diagram.MaxBins), "%s", msg)
		return panel.Block{}
	}
	var series []histSeries
	top := 0.0
	for _, s := range h.Series {
		counts, n := binCounts(edges, s.Values)
		if h.Density && n > 0 {
			for i := range counts {
				counts[i] /= float64(n) * (edges[i+1] - edges[i])
			}
		}
		for _, c := range counts {
			if !math.IsInf(c, 0) && !math.IsNaN(c) {
				top = max(top, c)
			}
		}
		series = append(series, histSeries{s: s, heights: counts})
	}
	if top == 0 {
		top = 1
	}
	ylo, yhi, yt := valueRange(0, 0, false, 0, top)
	xlo, xhi := edges[0], edges[len(edges)-1]
	xstep := plotmath.NiceStep(xlo, xhi, 7)
	var xt []tick
	for _, v := range plotmath.NiceTicks(xlo, xhi, 7) {
		xt = append(xt, tick{v, plotmath.FormatTick(v, xstep)})
	}
	w, hh := h.Width, h.Height
	if w == 0 {
		w = histW
	}
	if hh == 0 {
		hh = histH
	}
	yname := h.YName
	if yname == "" {
		yname = "count"
		if h.Density {
			yname = "density"
		}
	}
	lh := lineH()
	var legend []legendEntry
	if len(series) > 1 {
		for _, s := range series {
			legend = append(legend, legendEntry{label: s.s.Text(), tone: s.s.Tone, w: swatchSize + 6 + text.Measure(scene.Sans, tickSize, s.s.Text()), overlay: true})
		}
	}
	head := lh + 8 // the y axis name
	if len(legend) > 0 {
		head += lh + 8
	}
	left := tickWidth(yt) + tickLen + 6
	if len(xt) > 0 {
		left = max(left, text.Measure(scene.Sans, tickSize, xt[0].label)/2+2)
	}
	right := 8.0
	if len(xt) > 0 {
		right = max(right, text.Measure(scene.Sans, tickSize, xt[len(xt)-1].label)/2+2)
	}
	bottom := tickLen + 4 + lh + 4
	if h.X.Name != "" {
		bottom += lh + 6
	}
	bw := max(left+w+right, entriesWidth(legend), text.Measure(scene.Sans, nameSize, yname))
	bh := head + hh + bottom
	return panel.Block{W: bw, H: bh, Place: func(x, y float64) []scene.Item {
		box := scene.Rect{X: x, Y: y, W: bw, H: bh}
		area := scene.Rect{X: x + left, Y: y + head, W: w, H: hh}
		sx := scale{lo: xlo, hi: xhi, p0: area.X, p1: area.Right()}
		sy := scale{lo: ylo, hi: yhi, p0: area.Bottom(), p1: area.Y}
		var items []scene.Item
		grid := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1, Opacity: 0.3}
		var gl []scene.Item
		for _, t := range yt {
			q := sy.pos(t.v)
			gl = append(gl, segment(scene.Pt(area.X, q), scene.Pt(area.Right(), q), grid))
		}
		items = append(items, &scene.Group{Kind: scene.KindGrid, Items: gl})
		var marks []scene.Item
		overlay := len(series) > 1
		for _, s := range series {
			var rects []scene.Item
			for i, v := range s.heights {
				if v <= 0 {
					continue
				}
				x0, x1 := sx.clamp(edges[i]), sx.clamp(edges[i+1])
				top := sy.clamp(v)
				r := scene.Rect{X: x0, Y: top, W: x1 - x0, H: area.Bottom() - top}
				if r.W > 2 {
					r = scene.Rect{X: r.X + 0.5, Y: r.Y, W: r.W - 1, H: r.H}
				}
				st := scene.Style{Fill: scene.Paint{Tone: s.s.Tone, Role: scene.Solid}, Stroke: scene.NoPaint}
				if overlay {
					st = overlayStyle(s.s.Tone)
				}
				rects = append(rects, &scene.Box{Role: scene.RoleMark, Shape: diagram.Box, R: r, Style: st})
			}
			marks = append(marks, &scene.Group{ID: s.s.ID, Kind: scene.KindMark, Items: []scene.Item{
				&scene.Group{Kind: scene.KindPart, Items: rects, Grow: &scene.Grow{At: area.Bottom()}}}})
		}
		items = append(items, &scene.Group{Kind: scene.KindPlotArea, Clip: area.Inset(-1), Items: marks})
		items = append(items, histAxes(box, area, sx, sy, xt, yt, h.X.Name, yname, head))
		if len(legend) > 0 {
			items = append(items, legendRow(legend, x, y))
		}
		return items
	}}
}

// entriesWidth returns the width of a legend on one line.
func entriesWidth(entries []legendEntry) float64 {
	w := 0.0
	for i, e := range entries {
		if i > 0 {
			w += legendGap
		}
		w += e.w
	}
	return w
}

// histAxes draws a histogram's axes: the frame lines, the ticks with their
// labels and the two names.
func histAxes(box, a scene.Rect, sx, sy scale, xt, yt []tick, xname, yname string, head float64) scene.Item {
	line := scene.Style{Fill: scene.NoPaint, Stroke: draw.Border, StrokeWidth: 1}
	asc, desc := text.Ascent(scene.Sans, tickSize), text.Descent(scene.Sans, tickSize)
	label := func(s string, x, y float64, anchor scene.Anchor, paint scene.Paint) *scene.Text {
		t := text.Label("", s, x, y, anchor, scene.Sans, tickSize, paint)
		t.Role = scene.RoleLabel
		t.Box = box
		return t
	}
	out := []scene.Item{
		segment(scene.Pt(a.X, a.Y), scene.Pt(a.X, a.Bottom()), line),
		segment(scene.Pt(a.X, a.Bottom()), scene.Pt(a.Right(), a.Bottom()), scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Neutral, Role: scene.Line}, StrokeWidth: 1.5}),
	}
	var last scene.Rect
	for i, t := range xt {
		q := sx.pos(t.v)
		out = append(out, segment(scene.Pt(q, a.Bottom()), scene.Pt(q, a.Bottom()+tickLen), line))
		l := label(t.label, q, a.Bottom()+tickLen+4+asc, scene.Middle, draw.MutedInk)
		if i > 0 && l.Ink.X < last.Right()+6 {
			continue
		}
		out = append(out, l)
		last = l.Ink
	}
	last = scene.Rect{}
	for i, t := range yt {
		q := sy.pos(t.v)
		out = append(out, segment(scene.Pt(a.X-tickLen, q), scene.Pt(a.X, q), line))
		l := label(t.label, a.X-tickLen-4, q+(asc-desc)/2, scene.End, draw.MutedInk)
		if i > 0 && l.Ink.Bottom() > last.Y-2 {
			continue
		}
		out = append(out, l)
		last = l.Ink
	}
	if xname != "" {
		y := a.Bottom() + tickLen + 4 + asc + desc + 6 + asc
		out = append(out, label(xname, a.X+a.W/2, y, scene.Middle, draw.Ink))
	}
	out = append(out, label(yname, box.X, box.Y+head-8-desc, scene.Start, draw.Ink))
	return &scene.Group{Kind: scene.KindAxes, Items: out}
}
