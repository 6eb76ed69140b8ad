package animate

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
)

// crossfade is the longest crossfade between two values of a sweep, in
// seconds; a short slot gets a shorter one.
const crossfade = 0.3

// sweep steps a parameter through its values between s and e: the slot is
// cut in as many equal parts as the parameter has values, and in part i
// the drawing of every mark that follows the parameter at value i shows
// (scene.Sweep), crossfading from the one before. Before its first sweep
// a mark shows its first value; from the end of a sweep, its last, as in
// the still picture. With ease steps the drawings change at once.
func (b *builder) sweep(a *diagram.Action, s, e float64) {
	n := 0
	for _, sw := range b.scene.Sweeps {
		if sw.Param != a.Param || len(sw.Groups) < 2 {
			continue
		}
		n++
		k := len(sw.Groups)
		slot := (e - s) / float64(k)
		cross := min(crossfade, slot*0.4)
		ease := diagram.EaseInOut
		if a.Easing == diagram.Linear {
			ease = diagram.Linear
		}
		if a.Easing == diagram.Steps {
			cross = 0
		}
		fade := func(c *channel, t, v float64) {
			if cross == 0 {
				b.add(c, segment{T0: t, Keys: []Key{{T: t, V: Value{Opacity: v}}}})
				return
			}
			b.add(c, segment{T0: t, Ease: ease, Keys: []Key{{T: t + cross, V: Value{Opacity: v}, Ease: diagram.Linear}}})
		}
		for i, id := range sw.Groups {
			if b.scene.Find(id) == nil {
				b.errs.Add(a.Pos, fmt.Sprintf("no drawing %q of parameter %q", id, a.Param), "sweep a parameter that marks of a plot use")
				return
			}
			initial, base := Value{}, Value{}
			if i == 0 {
				initial.Opacity = 1
			}
			if i == k-1 {
				base.Opacity = 1
			}
			c := b.channel(id, Opacity, initial, base)
			t := s + slot*float64(i)
			if i == 0 {
				fade(c, s, 1)
			} else {
				fade(c, s, 0)
				fade(c, t, 1)
			}
			if i < k-1 {
				fade(c, t+slot, 0)
			}
		}
	}
	if n == 0 {
		b.errs.Add(a.Pos, fmt.Sprintf("no mark uses parameter %q", a.Param), "use the parameter in a formula of a plot mark (a curve, a region, a rule x = "+a.Param+", a label's {formula}), or drop the sweep")
	}
}
