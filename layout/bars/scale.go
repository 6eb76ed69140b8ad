// Package bars lays out the data charts: bar charts (Layout), histograms
// (Histogram) and proportional bars (Split). They share a value axis with
// nice ticks, on a linear or a log scale, and the way they place labels:
// inside a bar when the measured text fits there, outside it when not.
package bars

import (
	"math"

	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Chart geometry in px.
const (
	tickSize   = text.SizeSmall // tick labels, category labels, value labels
	nameSize   = text.SizeSmall // axis names
	tickLen    = 5
	labelPad   = 4  // between a bar's end and its value label, and inside a bar
	legendGap  = 14 // between legend entries
	swatchSize = 10
)

// scale maps values to screen positions along one axis: lo to p0 and hi
// to p1, linearly or by log10.
type scale struct {
	lo, hi float64
	log    bool
	p0, p1 float64
}

// pos returns the screen position of v. Values outside the range map
// outside [p0, p1]; a value at or below 0 on a log scale maps to p0.
func (s scale) pos(v float64) float64 {
	lo, hi := s.lo, s.hi
	if s.log {
		if v <= 0 {
			return s.p0
		}
		lo, hi, v = math.Log10(lo), math.Log10(hi), math.Log10(v)
	}
	if hi == lo {
		return (s.p0 + s.p1) / 2
	}
	return s.p0 + (v-lo)/(hi-lo)*(s.p1-s.p0)
}

// clamp returns the position of v, held within a few px beyond [p0, p1],
// so that a huge value draws a long bar and never a coordinate that
// overflows.
func (s scale) clamp(v float64) float64 {
	p := s.pos(v)
	a, b := min(s.p0, s.p1)-2, max(s.p0, s.p1)+2
	if math.IsNaN(p) {
		return s.p0
	}
	return min(max(p, a), b)
}

// tick is one tick of the value axis: its value and its label.
type tick struct {
	v     float64
	label string
}

// valueRange returns the range of the value axis and its ticks: the
// axis's own range when set (lo < hi), else the data range [dlo, dhi]
// widened to nice ticks. On a log scale the range covers whole decades
// of the data (above zero).
func valueRange(lo, hi float64, log bool, dlo, dhi float64) (float64, float64, []tick) {
	set := lo < hi
	if !set {
		lo, hi = dlo, dhi
	}
	if log {
		if !set {
			lo = math.Pow(10, math.Floor(math.Log10(lo)))
			hi = math.Pow(10, math.Ceil(math.Log10(hi)))
			if hi <= lo {
				hi = lo * 10
			}
		}
		var ts []tick
		for _, v := range plotmath.LogTicks(lo, hi) {
			ts = append(ts, tick{v, plotmath.FormatTick(v, v)})
		}
		return lo, hi, ts
	}
	if hi <= lo {
		// One value: a range of one unit around it, or of its size.
		d := max(math.Abs(lo)/2, 1)
		lo, hi = lo-d, hi+d
	}
	if !set {
		step := plotmath.NiceStep(lo, hi, 6)
		if step > 0 && !math.IsInf(step, 0) {
			nlo, nhi := math.Floor(lo/step)*step, math.Ceil(hi/step)*step
			if !math.IsInf(nlo, 0) && !math.IsInf(nhi, 0) {
				lo, hi = nlo, nhi
			}
		}
	}
	step := plotmath.NiceStep(lo, hi, 6)
	var ts []tick
	for _, v := range plotmath.NiceTicks(lo, hi, 6) {
		ts = append(ts, tick{v, plotmath.FormatTick(v, step)})
	}
	return lo, hi, ts
}

// valueText formats a bar's value for its label, with just the decimals
// it was given (and the true minus sign), followed by the unit.
func valueText(v float64, unit string) string {
	s := plotmath.FormatTick(v, v)
	switch {
	case unit == "":
		return s
	case unit == "%" || !isLetter(unit[0]):
		return s + unit
	}
	return s + " " + unit
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// tickWidth returns the width of the widest tick label.
func tickWidth(ts []tick) float64 {
	w := 0.0
	for _, t := range ts {
		w = max(w, text.Measure(scene.Sans, tickSize, t.label))
	}
	return w
}

// lineH is the height of one line of small text.
func lineH() float64 {
	return text.Ascent(scene.Sans, tickSize) + text.Descent(scene.Sans, tickSize)
}

// segment is a two-point path.
func segment(a, b scene.Point, st scene.Style) *scene.Path {
	return &scene.Path{Ops: scene.Polyline(a, b), Style: st}
}
