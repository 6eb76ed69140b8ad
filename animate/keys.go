package animate

import (
	"sort"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// jumpGap is the time in seconds between two keys when a value must jump
// right after a transition ends; keyframes never share a time, because CSS
// merges keyframes with the same offset.
const jumpGap = 0.001

// segment is one action's effect on one property of one element: starting
// at T0 from whatever value the property has then, it passes through Keys
// (absolute times, increasing). Ease is the timing function of the interval
// from T0 to the first key. A first key at T0 itself is a jump.
type segment struct {
	T0   float64
	Ease diagram.Easing
	Keys []Key
	seq  int // order of creation, to keep equal starts stable
}

// channel gathers the segments of one property of one element.
type channel struct {
	target  string
	prop    Prop
	base    Value // the value in the still picture
	initial Value // the value at time 0
	segs    []segment
	// free channels have no still value to return to: they belong to
	// overlays, which the still picture hides anyway.
	free bool
	// origin, dashLen, shapes and fallback are copied to the track.
	origin     scene.Point
	dashLen    float64
	shapes     []Outline
	fallback   bool
	keepStroke bool
	// weight is how many keyframes one key counts for against the limit:
	// the points of its outline for a Shape channel, 1 for the others.
	weight int
	// use says which action moves or scales the element, for a Transform
	// channel: one kind of action owns it (see turn).
	use  diagram.ActionKind
	used bool
}

// keys turns the channel's segments into keyframes over [0, period]: the
// initial value at 0, each segment in order of start, a return to the base
// value at end (over settle seconds) and the base value held to the period's
// end, or, when reset is not zero (a loop), until reset seconds before it,
// then a return to the initial value.
func (c *channel) keys(end, settle, period, reset float64) []Key {
	segs := append([]segment(nil), c.segs...)
	sort.SliceStable(segs, func(i, j int) bool {
		if segs[i].T0 != segs[j].T0 {
			return segs[i].T0 < segs[j].T0
		}
		return segs[i].seq < segs[j].seq
	})
	k := &keyList{keys: []Key{{T: 0, V: c.initial, Ease: diagram.Linear}}}
	for _, s := range segs {
		k.segment(s)
	}
	if c.free {
		c.base = k.last().V
	}
	if k.last().V != c.base {
		k.segment(segment{T0: end, Ease: diagram.EaseInOut, Keys: []Key{{T: end + settle, V: c.base, Ease: diagram.Linear}}})
	}
	if reset > 0 && !c.free && c.initial != c.base {
		// The last moments of a loop return to the first frame, so the
		// next loop starts without a cut.
		k.segment(segment{T0: period - reset, Ease: diagram.EaseInOut, Keys: []Key{{T: period, V: c.initial, Ease: diagram.Linear}}})
	}
	if k.last().T < period {
		k.add(Key{T: period, V: c.base, Ease: diagram.Linear})
	}
	// An interval between equal values holds whatever its easing; give it
	// the default one, which the style sheet need not write.
	keys := k.keys
	for i := range keys {
		if i == len(keys)-1 || keys[i].V == keys[i+1].V {
			keys[i].Ease = diagram.EaseInOut
		}
	}
	return keys
}

// keyList builds a strictly increasing list of keyframes.
type keyList struct {
	keys []Key
}

func (k *keyList) last() *Key { return &k.keys[len(k.keys)-1] }

// add appends a key; a key at or before the last key's time is moved just
// after it, so times stay strictly increasing.
func (k *keyList) add(key Key) {
	if l := k.last(); key.T <= l.T {
		key.T = l.T + jumpGap
	}
	k.keys = append(k.keys, key)
}

// segment appends one segment, starting from the value held at its start.
func (k *keyList) segment(s segment) {
	if len(s.Keys) == 0 {
		return
	}
	shift := 0.0
	if l := k.last(); s.T0 < l.T {
		// The segment starts while an earlier one still runs: it waits.
		shift = l.T - s.T0
	}
	t0 := s.T0 + shift
	first := s.Keys[0]
	first.T += shift
	if first.T <= t0 {
		k.jump(t0, first.V)
	} else {
		k.hold(t0)
		k.last().Ease = s.Ease
		k.add(first)
	}
	for _, key := range s.Keys[1:] {
		key.T += shift
		if key.T <= k.last().T {
			k.jump(k.last().T, key.V)
			k.last().Ease = key.Ease
			continue
		}
		k.add(key)
	}
	k.last().Ease = s.Keys[len(s.Keys)-1].Ease
}

// hold keeps the last value until time t.
func (k *keyList) hold(t float64) {
	l := k.last()
	if t <= l.T {
		return
	}
	l.Ease = diagram.Linear
	k.keys = append(k.keys, Key{T: t, V: l.V, Ease: diagram.Linear})
}

// jump changes the value at time t at once: the interval before t holds the
// old value (steps easing) and the value is v from t on.
func (k *keyList) jump(t float64, v Value) {
	l := k.last()
	switch {
	case l.V == v:
		k.hold(t)
	case t > l.T:
		l.Ease = diagram.Steps
		k.keys = append(k.keys, Key{T: t, V: v, Ease: diagram.Linear})
	case len(k.keys) == 1:
		// At time 0: the track simply starts at v.
		l.V = v
	case k.keys[len(k.keys)-2].V == l.V:
		// The last key only ends a hold: the hold becomes a step.
		k.keys[len(k.keys)-2].Ease = diagram.Steps
		l.V = v
	default:
		// A transition ends at t: jump just after it.
		l.Ease = diagram.Steps
		k.keys = append(k.keys, Key{T: t + jumpGap, V: v, Ease: diagram.Linear})
	}
}
