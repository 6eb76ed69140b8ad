package animate

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// State is the value of one track at one moment. Origin is the track's
// transform origin, about which a Transform value scales.
type State struct {
	Target string
	Prop   Prop
	V      Value
	Origin scene.Point
}

// At returns the state of every track at time t seconds, the way a browser
// computes it: the time wraps at the period when looping, holds the last
// keyframe when not, and the easing of each keyframe interval applies to
// that interval alone.
func (tl *Timeline) At(t float64) []State {
	if tl == nil {
		return nil
	}
	if tl.Period > 0 {
		if tl.Loop {
			t = math.Mod(t, tl.Period)
			if t < 0 {
				t += tl.Period
			}
		} else {
			t = min(max(t, 0), tl.Period)
		}
	}
	out := make([]State, 0, len(tl.Tracks))
	for _, tr := range tl.Tracks {
		out = append(out, State{Target: tr.Target, Prop: tr.Prop, V: tr.at(t), Origin: tr.Origin})
	}
	return out
}

func (tr *Track) at(t float64) Value {
	keys := tr.Keys
	if len(keys) == 0 {
		return Value{Opacity: 1}
	}
	if t <= keys[0].T {
		return keys[0].V
	}
	for i := 1; i < len(keys); i++ {
		a, b := keys[i-1], keys[i]
		if t > b.T {
			continue
		}
		if b.T == a.T {
			return b.V
		}
		p := ease(a.Ease, (t-a.T)/(b.T-a.T))
		return lerp(a.V, b.V, p)
	}
	return keys[len(keys)-1].V
}

func lerp(a, b Value, p float64) Value {
	f := func(x, y float64) float64 { return x + (y-x)*p }
	return Value{Opacity: f(a.Opacity, b.Opacity), DX: f(a.DX, b.DX), DY: f(a.DY, b.DY),
		ShrinkX: f(a.ShrinkX, b.ShrinkX), ShrinkY: f(a.ShrinkY, b.ShrinkY), Offset: f(a.Offset, b.Offset)}
}

// ease maps progress p in [0, 1] through a CSS timing function.
func ease(e diagram.Easing, p float64) float64 {
	switch e {
	case diagram.Linear:
		return p
	case diagram.Steps:
		// steps(1, end): the value jumps at the end of the interval.
		if p >= 1 {
			return 1
		}
		return 0
	}
	return cubicBezier(0.42, 0, 0.58, 1, p)
}

// cubicBezier evaluates the CSS timing function cubic-bezier(x1, y1, x2, y2)
// at input progress x, solving for the curve parameter by bisection, which
// converges for every monotonic CSS easing.
func cubicBezier(x1, y1, x2, y2, x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x >= 1 {
		return 1
	}
	bez := func(a, b, s float64) float64 {
		u := 1 - s
		return 3*u*u*s*a + 3*u*s*s*b + s*s*s
	}
	lo, hi := 0.0, 1.0
	for range 60 {
		mid := (lo + hi) / 2
		if bez(x1, x2, mid) < x {
			lo = mid
		} else {
			hi = mid
		}
	}
	return bez(y1, y2, (lo+hi)/2)
}

// CSSEasing returns the CSS animation-timing-function for an easing.
func CSSEasing(e diagram.Easing) string {
	switch e {
	case diagram.Linear:
		return "linear"
	case diagram.Steps:
		return "steps(1,end)"
	}
	return "ease-in-out"
}
