package animate

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Hiding until a step: the elements of the script's hidden statements, and
// with HideAll every element a step names, start hidden and appear at their
// step, the first that names them. An action that fades (show, dim) fades
// from hidden by itself; any other action (a highlight, a trace, a flow, a
// move, a count, a grow) first fades its elements in. An element of a
// hidden statement that no step names appears as the steps end, when the
// picture settles to the complete still picture.

// naming is the first action that names an element: its kind and when it
// starts and its slot ends.
type naming struct {
	kind       diagram.ActionKind
	start, end float64
}

// schedule calls fn for every action of the script but together blocks,
// with the time it starts (its slot's start and its delay) and its slot's
// end, in the order Build runs them.
func schedule(script *diagram.Script, fn func(a *diagram.Action, start, end float64)) {
	var visit func(a *diagram.Action, s, e float64)
	visit = func(a *diagram.Action, s, e float64) {
		if a == nil {
			return
		}
		start := min(s+max(a.Delay.Seconds(), 0), e)
		if a.Kind == diagram.Together {
			for _, c := range a.Actions {
				visit(c, start, e)
			}
			return
		}
		fn(a, start, e)
	}
	t := 0.0
	for _, st := range script.Steps {
		if st == nil {
			continue
		}
		d := max(st.Duration.Seconds(), 0)
		n := len(st.Actions)
		for j, a := range st.Actions {
			visit(a, t+d*float64(j)/float64(n), t+d*float64(j+1)/float64(n))
		}
		t += d
	}
}

// firstNamings returns, for every element an action names, the first
// action that names it.
func firstNamings(script *diagram.Script) map[string]naming {
	first := map[string]naming{}
	schedule(script, func(a *diagram.Action, s, e float64) {
		for _, id := range a.Targets {
			if n, ok := first[id]; !ok || s < n.start {
				first[id] = naming{kind: a.Kind, start: s, end: e}
			}
		}
	})
	return first
}

// hideUntilStep makes the channels of the elements hidden until their step,
// before any action is built, so that their first frame is hidden, and
// schedules their appearance at their step.
func (b *builder) hideUntilStep(script *diagram.Script) {
	if len(script.Hidden) == 0 && !script.HideAll {
		return
	}
	first := firstNamings(script)
	var order []string
	hidden := map[string]bool{}
	inScene := map[string]bool{}
	scene.Walk(b.scene.Items, func(it scene.Item) bool {
		if id := scene.IDOf(it); id != "" {
			inScene[id] = true
		}
		return true
	})
	hide := func(id string) {
		if !hidden[id] && inScene[id] {
			hidden[id] = true
			order = append(order, id)
		}
	}
	for _, h := range script.Hidden {
		if h == nil {
			continue
		}
		for _, id := range h.Targets {
			hide(id)
		}
	}
	if script.HideAll {
		// Edges no step names follow their ends (followEnds).
		scene.Walk(b.scene.Items, func(it scene.Item) bool {
			id := scene.IDOf(it)
			if n, ok := first[id]; ok && id != "" && n.kind != diagram.Hide {
				hide(id)
			}
			return true
		})
	}
	for _, id := range order {
		c := b.channel(id, Opacity, Value{}, Value{Opacity: 1})
		n, ok := first[id]
		if !ok || n.kind == diagram.Show || n.kind == diagram.Dim || n.kind == diagram.Hide {
			// No step names it: it appears as the picture settles. A show
			// or a dim fades it from hidden itself.
			continue
		}
		b.add(c, segment{T0: n.start, Keys: []Key{{T: min(n.start+fade, n.end), V: Value{Opacity: 1}, Ease: diagram.Linear}}})
	}
}
