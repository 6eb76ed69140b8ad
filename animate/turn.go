package animate

import (
	"fmt"
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// pose is the turn and size of an element that rotates or scales: Rotate
// degrees clockwise on the page (as CSS turns) and Scale times its drawn
// size.
type pose struct {
	Rotate, Scale float64
}

// value returns the pose as a Transform value.
func (p pose) value() Value {
	shrink := 1 - p.Scale
	return Value{Rotate: round6(p.Rotate), ShrinkX: round6(shrink), ShrinkY: round6(shrink)}
}

// turns is the plan of a script's rotates and scales. The still picture
// shows every element as drawn, so its last rotate or scale ends there:
// each action leaves the element in the pose that the actions after it
// undo, and before the first of them the element is in the pose that all
// of them undo.
type turns struct {
	first map[string]pose
	after map[*diagram.Action]pose
}

// planTurns plans the rotates and scales of a script, in the order the
// script lists them.
func planTurns(script *diagram.Script) *turns {
	byTarget := map[string][]*diagram.Action{}
	var order []string
	var visit func(list []*diagram.Action)
	visit = func(list []*diagram.Action) {
		for _, a := range list {
			if a == nil {
				continue
			}
			if a.Kind == diagram.Together {
				visit(a.Actions)
				continue
			}
			if (a.Kind != diagram.Rotate && a.Kind != diagram.Scale) || len(a.Targets) == 0 {
				continue
			}
			id := a.Targets[0]
			if _, ok := byTarget[id]; !ok {
				order = append(order, id)
			}
			byTarget[id] = append(byTarget[id], a)
		}
	}
	for _, st := range script.Steps {
		if st != nil {
			visit(st.Actions)
		}
	}
	t := &turns{first: map[string]pose{}, after: map[*diagram.Action]pose{}}
	for _, id := range order {
		list := byTarget[id]
		// From the last action back: what remains to be undone after
		// each. A counterclockwise turn is a negative CSS angle, so what
		// remains of it is a positive one.
		p := pose{Scale: 1}
		for i := len(list) - 1; i >= 0; i-- {
			t.after[list[i]] = p
			switch a := list[i]; a.Kind {
			case diagram.Rotate:
				p.Rotate += a.Angle
			case diagram.Scale:
				p.Scale /= a.Factor
			}
		}
		t.first[id] = p
	}
	return t
}

// turn rotates or scales the element of a between s and e, about its
// pivot: from the pose the plan gives it before the action to the one it
// leaves.
func (b *builder) turn(a *diagram.Action, s, e float64) {
	id, it := b.findFirst(a)
	if it == nil {
		return
	}
	first := b.turns.first[id]
	if total := 1 / first.Scale; !(total >= diagram.MinScaleFactor && total <= diagram.MaxScaleFactor) {
		b.errs.Add(a.Pos, fmt.Sprintf("the scales of %q multiply its size by %g in all", id, total),
			fmt.Sprintf("scale one element by %g to %g in all, over all its scale actions", diagram.MinScaleFactor, float64(diagram.MaxScaleFactor)))
		return
	}
	origin, ok := b.pivot(a, id, it)
	if !ok {
		return
	}
	c := b.channel(id, Transform, first.value(), Value{})
	if !b.own(c, a, id) {
		return
	}
	if c.origin != origin && len(c.segs) > 0 {
		b.errs.Add(a.Pos, fmt.Sprintf("%q turns about (%g, %g) here and about (%g, %g) before", id, origin.X, origin.Y, c.origin.X, c.origin.Y),
			"give every rotate and scale of one element the same pivot")
		return
	}
	c.origin = origin
	c.keepStroke = true
	b.add(c, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: b.turns.after[a].value(), Ease: diagram.Linear}}})
}

// own gives the Transform channel c to the kind of action a (a move, a
// grow, or rotates and scales), and reports, at a, an element that
// another kind of action already moves or scales: their keys would
// overwrite each other.
func (b *builder) own(c *channel, a *diagram.Action, id string) bool {
	kind := a.Kind
	switch kind {
	case diagram.MoveTo:
		kind = diagram.MoveAlong
	case diagram.Scale:
		kind = diagram.Rotate
	}
	if c.used && c.use != kind {
		b.errs.Add(a.Pos, fmt.Sprintf("%q is already animated by a %s", id, c.use), "an element either moves, grows, or rotates and scales; animate a group around it for the other motion")
		return false
	}
	c.used, c.use = true, kind
	return true
}

// pivot returns the point of the page that the element it of a turns or
// scales about.
func (b *builder) pivot(a *diagram.Action, id string, it scene.Item) (scene.Point, bool) {
	r := it.Bounds()
	p := a.Pivot
	var at scene.Point
	switch {
	case p == nil:
		at = r.Center()
	case p.Of != "":
		other := b.scene.Find(p.Of)
		if other == nil {
			b.errs.Add(a.Pos, fmt.Sprintf("no element %q to %s about", p.Of, a.Kind), "name a node, mark or point declared in the diagram")
			return scene.Point{}, false
		}
		at = other.Bounds().Center()
	case p.Point:
		q, ok := b.dataPoint(it, p.X, p.Y)
		if !ok {
			b.errs.Add(a.Pos, fmt.Sprintf("%q is not inside a plot, so (%g, %g) has no place", id, p.X, p.Y), "give a point about which to turn only for a plot mark, or name an anchor or an element")
			return scene.Point{}, false
		}
		at = q
	default:
		at = anchorPoint(r, p.Anchor)
	}
	// A pivot far off the page would swing the element out of the
	// picture, and its numbers out of what CSS writes plainly.
	reach := farPivot * max(b.scene.Width, b.scene.Height, 1)
	if !(math.Abs(at.X) <= reach && math.Abs(at.Y) <= reach) {
		b.errs.Add(a.Pos, fmt.Sprintf("the pivot of %q lies far outside the picture", id), "turn or scale about a point in the picture or near it")
		return scene.Point{}, false
	}
	return scene.Point{X: round2(at.X), Y: round2(at.Y)}, true
}

// farPivot is how far a pivot may lie from the page, in sizes of the page.
const farPivot = 10

// anchorPoint returns the point of r an anchor names.
func anchorPoint(r scene.Rect, an diagram.Anchor) scene.Point {
	c := r.Center()
	switch an {
	case diagram.AnchorTop:
		return scene.Point{X: c.X, Y: r.Y}
	case diagram.AnchorBottom:
		return scene.Point{X: c.X, Y: r.Bottom()}
	case diagram.AnchorLeft:
		return scene.Point{X: r.X, Y: c.Y}
	case diagram.AnchorRight:
		return scene.Point{X: r.Right(), Y: c.Y}
	case diagram.AnchorTopLeft:
		return scene.Point{X: r.X, Y: r.Y}
	case diagram.AnchorTopRight:
		return scene.Point{X: r.Right(), Y: r.Y}
	case diagram.AnchorBottomLeft:
		return scene.Point{X: r.X, Y: r.Bottom()}
	case diagram.AnchorBottomRight:
		return scene.Point{X: r.Right(), Y: r.Bottom()}
	}
	return c
}

// round6 rounds to a millionth, the precision the style sheet writes
// angles and scales with.
func round6(v float64) float64 { return math.Round(v*1e6)/1e6 + 0 }
