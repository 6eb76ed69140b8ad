package diagram

import "fmt"

// script checks the animation. Targets are checked once every id is
// known.
func (v *validator) script(s *Script) {
	v.push(step{kind: "animation"})
	defer v.pop()
	if len(s.Steps) == 0 {
		v.errorf(s, "add steps, or leave Script nil for a still picture", "animation has no steps")
	}
	for i, st := range s.Steps {
		if st == nil {
			v.nilEntry(s, "Steps", i)
			continue
		}
		v.push(step{kind: "step", index: i + 1})
		if v.enter(st, "step") {
			v.need(st, st.Caption, "give the step the caption that says what it shows", "step has no caption")
			v.duration(st, "step duration", st.Duration, 1)
			v.actions(st, "Actions", st.Actions)
			v.leave(st)
		}
		v.pop()
	}
}

// actions checks the actions of a step or a together action.
func (v *validator) actions(owner Element, field string, list []*Action) {
	for i, a := range list {
		if a == nil {
			v.nilEntry(owner, field, i)
			continue
		}
		v.push(step{kind: "action", index: i + 1, verb: a.Kind.String()})
		if v.enter(a, "action") {
			v.action(a)
			v.leave(a)
		}
		v.pop()
	}
}

// action checks one action.
func (v *validator) action(a *Action) {
	if !v.enum(a, "action kind", "ActionKind", int(a.Kind)) {
		return
	}
	verb := a.Kind.String()
	v.duration(a, "delay", a.Delay, 0)
	v.enum(a, "easing", "Easing", int(a.Easing))
	if a.Kind != Together && len(a.Actions) > 0 {
		v.errorf(a, "only a together action holds actions", "%s holds %d action(s)", verb, len(a.Actions))
	}
	one := func() {
		if len(a.Targets) != 1 {
			v.errorf(a, "a "+verb+" acts on one element; use one action per element", "%s has %d targets", verb, len(a.Targets))
		}
	}
	switch a.Kind {
	case Show, Hide, Dim, Highlight, Trace:
		if len(a.Targets) == 0 {
			v.errorf(a, "list the ids of the elements in Targets", "%s has no targets", verb)
		}
	case Flow:
		if len(a.Targets) < 2 {
			v.errorf(a, "list the nodes along the path in Targets, like a, b, c", "flow needs a path of at least two nodes")
		}
	case MoveAlong:
		one()
		v.target(a, a.Path, "path to move along", "name a path, curve or edge of the diagram in Path")
	case MoveTo:
		one()
		v.finite(a, "move point", a.X, a.Y)
	case Count:
		one()
		v.finite(a, "count range", a.From, a.To)
	case Together:
		if len(a.Actions) == 0 {
			v.errorf(a, "put the actions that run at once in Actions", "together has no actions")
		}
		v.actions(a, "Actions", a.Actions)
	}
	for _, id := range a.Targets {
		v.target(a, id, "element to "+verb, "name an element declared in the diagram")
	}
	if a.Kind == Flow {
		v.flow(a)
	}
}

// target reports, once every id is known, an id that names no element.
func (v *validator) target(a *Action, id, what, hint string) {
	p := v.pathOf(a)
	v.later = append(v.later, func() {
		if _, ok := v.ids[id]; !ok {
			v.report(a, p, suggestion(id, func() []string { return v.order }), hint, "no %s %q", what, id)
		}
	})
}

// flow reports, once every edge is known, a hop of a flow that follows no
// edge in its direction.
func (v *validator) flow(a *Action) {
	p := v.pathOf(a)
	v.later = append(v.later, func() {
		for i := 0; i+1 < len(a.Targets); i++ {
			from, to := a.Targets[i], a.Targets[i+1]
			_, okFrom := v.ids[from]
			_, okTo := v.ids[to]
			if !okFrom || !okTo || v.carries(from, to) {
				continue
			}
			hint := fmt.Sprintf("add an edge %s -> %s to a graph, or flow along edges that exist", from, to)
			if v.carries(to, from) {
				hint = fmt.Sprintf("the edge between them points from %q to %q; flow from %s to %s, or make the edge Both", to, from, to, from)
			}
			v.report(a, p, nil, hint, "no edge from %q to %q to flow along", from, to)
		}
	})
}

// carries reports whether an edge lets a flow travel from a to b: a -> b,
// b <- a, or an edge with arrows at both ends or none, in either order.
func (v *validator) carries(a, b string) bool {
	if v.ways == nil {
		v.ways = map[[2]string]bool{}
		for _, e := range v.edges {
			if e.arrow != Backward {
				v.ways[[2]string{e.from, e.to}] = true
			}
			if e.arrow != Forward {
				v.ways[[2]string{e.to, e.from}] = true
			}
		}
	}
	return v.ways[[2]string{a, b}]
}
