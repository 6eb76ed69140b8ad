package animate

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// State is the value of one track at one moment. Origin is the track's
// transform origin, about which a Transform value scales and turns. For a
// Shape track, Outline is the path's outline at that moment.
type State struct {
	Target  string
	Prop    Prop
	V       Value
	Origin  scene.Point
	Outline Outline
}

// At returns the state of every track at time t seconds, the way a browser
// computes it: the time wraps at the period when looping, holds the last
// keyframe when not, and the easing of each keyframe interval applies to
// that interval alone.
//
// At gives the states where the browser animates the shape of a path (CSS
// d); tracks marked Fallback are left out.
func (tl *Timeline) At(t float64) []State {
	return tl.at(t, false)
}

// FallbackAt returns the state of every track at time t where the browser
// cannot animate the shape of a path: an element with Fallback tracks
// follows them alone, and Shape tracks hold their first outline.
func (tl *Timeline) FallbackAt(t float64) []State {
	return tl.at(t, true)
}

func (tl *Timeline) at(t float64, fallback bool) []State {
	if tl == nil {
		return nil
	}
	replaced := map[string]bool{}
	if fallback {
		for _, tr := range tl.Tracks {
			if tr.Fallback {
				replaced[tr.Target] = true
			}
		}
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
		if tr.Fallback != fallback && (!fallback || replaced[tr.Target]) {
			continue
		}
		st := State{Target: tr.Target, Prop: tr.Prop, V: tr.at(t), Origin: tr.Origin}
		if tr.Prop == Shape {
			if fallback {
				st.V, st.Outline = tr.Keys[0].V, tr.Shapes[tr.Keys[0].V.Shape]
			} else {
				st.Outline = tr.outlineAt(t)
			}
		}
		out = append(out, st)
	}
	return out
}

// outlineAt returns the outline of a Shape track at time t: between two
// keys, each point moves on the straight line from its place in one
// outline to its place in the other, as a browser interpolates a path.
func (tr *Track) outlineAt(t float64) Outline {
	a, b, p := tr.interval(t)
	from, to := tr.Shapes[a.V.Shape], tr.Shapes[b.V.Shape]
	if p == 0 || a.V.Shape == b.V.Shape {
		return from
	}
	if p == 1 {
		return to
	}
	out := make(Outline, len(from))
	for i, piece := range from {
		out[i] = make([]scene.Point, len(piece))
		for j, q := range piece {
			r := to[i][j]
			out[i][j] = scene.Point{X: q.X + (r.X-q.X)*p, Y: q.Y + (r.Y-q.Y)*p}
		}
	}
	return out
}

func (tr *Track) at(t float64) Value {
	if len(tr.Keys) == 0 {
		return Value{Opacity: 1}
	}
	a, b, p := tr.interval(t)
	return lerp(a.V, b.V, p)
}

// interval returns the keys around time t and the eased progress from one
// to the other; before the first key and after the last, both are that
// key. The track has keys.
func (tr *Track) interval(t float64) (a, b Key, p float64) {
	keys := tr.Keys
	if t <= keys[0].T {
		return keys[0], keys[0], 0
	}
	for i := 1; i < len(keys); i++ {
		a, b := keys[i-1], keys[i]
		if t > b.T {
			continue
		}
		if b.T == a.T {
			return b, b, 0
		}
		return a, b, ease(a.Ease, (t-a.T)/(b.T-a.T))
	}
	last := keys[len(keys)-1]
	return last, last, 0
}

func lerp(a, b Value, p float64) Value {
	f := func(x, y float64) float64 { return x + (y-x)*p }
	return Value{Opacity: f(a.Opacity, b.Opacity), DX: f(a.DX, b.DX), DY: f(a.DY, b.DY),
		ShrinkX: f(a.ShrinkX, b.ShrinkX), ShrinkY: f(a.ShrinkY, b.ShrinkY), Rotate: f(a.Rotate, b.Rotate),
		Offset: f(a.Offset, b.Offset), Shape: a.Shape}
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
