package plot

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// scale maps data values of one axis to screen positions: lo goes to p0 and
// hi to p1 (p0 > p1 for the y axis, whose screen coordinate grows down).
type scale struct {
	lo, hi float64
	log    bool
	p0, p1 float64
}

// fwd maps a data value to the axis's own linear space: log10 on a log
// scale, the value itself otherwise.
func (s scale) fwd(v float64) float64 {
	if s.log {
		if v <= 0 {
			return math.NaN()
		}
		return math.Log10(v)
	}
	return v
}

// inv is the inverse of fwd.
func (s scale) inv(u float64) float64 {
	if s.log {
		return math.Pow(10, u)
	}
	return u
}

// pos returns the screen position of the data value v.
func (s scale) pos(v float64) float64 { return s.lin(s.fwd(v)) }

// lin returns the screen position of u in the axis's linear space.
func (s scale) lin(u float64) float64 {
	a, b := s.fwd(s.lo), s.fwd(s.hi)
	return s.p0 + (u-a)/(b-a)*(s.p1-s.p0)
}

// contains reports whether v lies in the axis's range (with a little slack
// for rounding).
func (s scale) contains(v float64) bool {
	eps := (s.hi - s.lo) * 1e-9
	return v >= s.lo-eps && v <= s.hi+eps
}

// tick is one tick of an axis: its value and label.
type tick struct {
	v     float64
	label string
}

// axisTicks returns the ticks of an axis of the given screen length, with
// as many ticks as fit their labels: each label needs its own width (or
// height, for the y axis) plus a gap.
func axisTicks(lo, hi float64, log bool, length float64, vertical bool) []tick {
	if log {
		vals := plotmath.LogTicks(lo, hi)
		labels := plotmath.FormatLogTicks(vals)
		out := make([]tick, len(vals))
		for i, v := range vals {
			out[i] = tick{v, labels[i]}
		}
		return out
	}
	for n := int(length/40) + 1; n >= 2; n-- {
		vals := plotmath.NiceTicks(lo, hi, n)
		step := plotmath.NiceStep(lo, hi, n)
		out := make([]tick, len(vals))
		widest := 0.0
		for i, v := range vals {
			out[i] = tick{v, plotmath.FormatTick(v, step)}
			widest = max(widest, text.Measure(scene.Sans, plotTickSize, out[i].label))
		}
		if len(vals) < 2 {
			return out
		}
		spacing := length * step / (hi - lo)
		need := widest + 14
		if vertical {
			need = 26
		}
		if spacing >= need || n == 2 {
			return out
		}
	}
	return nil
}

// resolveAxis returns an axis's range: the written one, or one that holds
// the data values vals (extended to nice values). ok is false, with an
// error recorded, when the written range is unusable.
func resolveAxis(env *panel.Env, a diagram.Axis, name string, vals []float64) (lo, hi float64, ok bool) {
	lo, hi = a.Lo, a.Hi
	if lo == hi {
		lo, hi = dataRange(vals, a.Log)
	}
	switch {
	case !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0):
		env.Errorf(a.Pos, "write the smaller value first, like "+name+" -3 .. 3", "%s range %g .. %g is empty", name, a.Lo, a.Hi)
		return 0, 1, false
	case a.Log && lo <= 0:
		env.Errorf(a.Pos, "a log scale needs a range above 0, like "+name+" 0.01 .. 100", "%s log scale starts at %g", name, lo)
		return 0, 1, false
	}
	return lo, hi, true
}

// dataRange returns a nice range around the finite values (positive ones
// on a log scale); 0 .. 1 (or 1 .. 10) when there are none.
func dataRange(vals []float64, log bool) (float64, float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) || log && v <= 0 {
			continue
		}
		lo, hi = min(lo, v), max(hi, v)
	}
	if lo > hi {
		if log {
			return 1, 10
		}
		return 0, 1
	}
	if log {
		return math.Pow(10, math.Floor(math.Log10(lo))), math.Pow(10, math.Ceil(math.Log10(hi)+1e-12))
	}
	if lo == hi {
		// Widen by 1, or by a tenth of the value when ±1 is lost in the
		// rounding of a value above 2^53.
		d := 1.0
		if lo-d == lo || hi+d == hi {
			d = math.Abs(lo) / 10
		}
		lo, hi = max(lo-d, -math.MaxFloat64), min(hi+d, math.MaxFloat64)
	}
	step := plotmath.NiceStep(lo, hi, 6)
	if step <= 0 {
		return lo, hi
	}
	nlo, nhi := math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if math.IsInf(nlo, 0) || math.IsInf(nhi, 0) || !(nlo < nhi) {
		return lo, hi // values near the float limit: no room to round
	}
	return nlo, nhi
}
