package diagram

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Script is a diagram's animation: steps run one after another.
type Script struct {
	Loop bool
	// HideAll hides every element a step names until its step, the first
	// that names it, whatever the action (a highlight, a trace or a count
	// shows it as it starts; an element first hidden by a hide is
	// visible until then), and every edge that no step names until both
	// its ends show.
	HideAll bool
	// Hidden lists elements hidden from the first frame until the first
	// step that names them, or, when none does, until the steps end.
	Hidden []*Hidden
	Steps  []*Step
	Pos    Pos
}

// Hidden is one hidden statement of the animation: the elements it lists
// stay hidden until their step.
type Hidden struct {
	Targets []string // element ids
	Pos     Pos
}

// Position returns where the statement was written.
func (h *Hidden) Position() Pos { return h.Pos }

func (*Hidden) walk(func(Element) bool) {}

func (h *Hidden) eachString(f func(string)) { eachOf(h.Targets, f) }

// check checks the statement; its targets are resolved once every id is
// known.
func (h *Hidden) check(v *validator) {
	if len(h.Targets) == 0 {
		v.errorf(h, "list the ids of the elements to hide until their step", "hidden has no targets")
	}
	for _, id := range h.Targets {
		v.target(h, id, "element to hide", "name an element declared in the diagram")
	}
}

// Step is one captioned stage of the animation.
type Step struct {
	Caption  string
	Duration time.Duration
	// Actions run in order; a Together action runs its children at once.
	Actions []*Action
	// Badge, when set, says by which element, and on which side of it,
	// the step's badge goes; by default it goes by the first element the
	// actions act on.
	Badge *BadgeAnchor
	Pos   Pos
}

// BadgeSide is the side of an element a step's badge is put on.
type BadgeSide int

// The badge sides. BadgeAuto lets the layout choose.
const (
	BadgeAuto BadgeSide = iota
	BadgeTop
	BadgeBottom
	BadgeLeft
	BadgeRight
	BadgeTopLeft
	BadgeTopRight
	BadgeBottomLeft
	BadgeBottomRight
)

// badgeSideConsts names the constants of BadgeSide in order (see checkEnum).
var badgeSideConsts = []string{"BadgeAuto", "BadgeTop", "BadgeBottom", "BadgeLeft", "BadgeRight", "BadgeTopLeft", "BadgeTopRight", "BadgeBottomLeft", "BadgeBottomRight"}

func (BadgeSide) consts() []string { return badgeSideConsts }

var badgeSideNames = [...]string{"auto", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left", "bottom-right"}

// String returns the side as the language writes it.
func (s BadgeSide) String() string {
	if s >= 0 && int(s) < len(badgeSideNames) {
		return badgeSideNames[s]
	}
	return "auto"
}

// BadgeSideNames lists the side names in order, "auto" first.
func BadgeSideNames() []string { return append([]string(nil), badgeSideNames[:]...) }

// ParseBadgeSide returns the side with the given name.
func ParseBadgeSide(s string) (BadgeSide, bool) {
	for i, n := range badgeSideNames {
		if n == s {
			return BadgeSide(i), true
		}
	}
	return BadgeAuto, false
}

// BadgeAnchor places a step's badge by an element: badge at ID [SIDE].
type BadgeAnchor struct {
	Target string // the element's id
	Side   BadgeSide
	Pos    Pos
}

// Position returns where the badge anchor was written.
func (b *BadgeAnchor) Position() Pos { return b.Pos }

func (*BadgeAnchor) walk(func(Element) bool) {}

func (b *BadgeAnchor) eachString(f func(string)) { f(b.Target) }

// check checks a badge anchor; its target is resolved once every id is
// known.
func (b *BadgeAnchor) check(v *validator) {
	checkEnum(v, b, "badge side", b.Side)
	p := v.pathOf(b)
	id := b.Target
	v.later = append(v.later, func() {
		if _, ok := v.ids[id]; !ok {
			v.report(b, p, suggestion(id, func() []string { return v.order }), "name an element declared in the diagram", "no element %q to badge", id)
		}
	})
}

// ActionKind names what an action does.
type ActionKind int

// The action kinds.
const (
	Show ActionKind = iota
	Hide
	Dim
	Highlight
	Flow
	Trace
	MoveAlong
	MoveTo
	Count
	Together
	Grow
	Rotate
	Scale
	Morph
	// Sweep steps a parameter through its values: every mark that uses
	// it is drawn at each value in turn.
	Sweep
)

// actionKindConsts names the constants of ActionKind in order (see checkEnum).
var actionKindConsts = []string{"Show", "Hide", "Dim", "Highlight", "Flow", "Trace", "MoveAlong", "MoveTo", "Count", "Together", "Grow", "Rotate", "Scale", "Morph", "Sweep"}

func (ActionKind) consts() []string { return actionKindConsts }

var actionNames = [...]string{"show", "hide", "dim", "highlight", "flow", "trace", "move", "move", "count", "together", "grow", "rotate", "scale", "morph", "sweep"}

// String returns the keyword that starts the action.
func (k ActionKind) String() string {
	if k >= 0 && int(k) < len(actionNames) {
		return actionNames[k]
	}
	return "?"
}

// Easing is the timing curve of an action.
type Easing int

// The easings. EaseInOut is the default.
const (
	EaseInOut Easing = iota
	Linear
	Steps
)

// easingConsts names the constants of Easing in order (see checkEnum).
var easingConsts = []string{"EaseInOut", "Linear", "Steps"}

func (Easing) consts() []string { return easingConsts }

// Action is one thing that happens in a step.
type Action struct {
	Kind    ActionKind
	Targets []string // element ids; for Flow, the node ids along the path
	Path    string   // for MoveAlong: the id of the path followed
	Param   string   // for Sweep: the name of the parameter swept
	X, Y    float64  // for MoveTo, in data coordinates
	From    float64  // for Count
	To      float64  // for Count
	// Angle is, for Rotate, how far the element turns in the action's
	// slot, in degrees counterclockwise on the page (a negative angle turns
	// clockwise).
	Angle float64
	// Factor is, for Scale, by how much the element's size is multiplied
	// in the action's slot (0.5 halves it).
	Factor float64
	// Into is, for Morph, the id of the path whose shape the element's
	// line takes.
	Into string
	// Dots, for MoveAlong, leaves a dot at each point of the path as the
	// element reaches it: the iterates of gradient descent.
	Dots bool
	// Readout, for MoveAlong, is the text of a label that rides with the
	// element and shows, at each point of the path, the values of the
	// formulas in braces in it, of that point's x and y in the data
	// coordinates of its plot: "loss = {y}".
	Readout string
	Delay   time.Duration
	Easing  Easing
	Actions []*Action // for Together
	// Pivot is, for Rotate and Scale, the point the element turns or
	// scales about; nil for the centre of its bounds.
	Pivot *Pivot
	Pos   Pos
}

// Position returns where the animation was declared.
func (s *Script) Position() Pos { return s.Pos }

// Position returns where the step was declared.
func (s *Step) Position() Pos { return s.Pos }

// Position returns where the action was declared.
func (a *Action) Position() Pos { return a.Pos }

func (s *Script) walk(f func(Element) bool) {
	walkList(s.Hidden, f)
	walkList(s.Steps, f)
}
func (s *Step) walk(f func(Element) bool) {
	walkList(s.Actions, f)
	if s.Badge != nil {
		Inspect(s.Badge, f)
	}
}
func (a *Action) walk(f func(Element) bool) {
	walkList(a.Actions, f)
	if a.Pivot != nil {
		Inspect(a.Pivot, f)
	}
}

func (*Script) eachString(func(string))   {}
func (s *Step) eachString(f func(string)) { f(s.Caption) }

func (a *Action) eachString(f func(string)) {
	eachOf(a.Targets, f)
	f(a.Path)
	f(a.Param)
	f(a.Into)
	f(a.Readout)
}

// check checks the animation. Targets are checked once every id is
// known.
func (s *Script) check(v *validator) {
	v.push(step{kind: "animation"})
	defer v.pop()
	if len(s.Steps) == 0 {
		v.errorf(s, "add steps, or leave Script nil for a still picture", "animation has no steps")
	}
	for i, h := range s.Hidden {
		switch {
		case h == nil:
			v.nilEntry(s, "Hidden", i)
		case v.in(h, step{kind: "hidden", index: i + 1}, "hidden"):
			h.check(v)
			v.out(h)
		}
	}
	for i, st := range s.Steps {
		switch {
		case st == nil:
			v.nilEntry(s, "Steps", i)
		case v.in(st, step{kind: "step", index: i + 1}, "step"):
			v.need(st, st.Caption, "give the step the caption that says what it shows", "step has no caption")
			v.duration(st, "step duration", st.Duration, 1)
			checkActions(v, st, "Actions", st.Actions)
			if st.Badge != nil && v.in(st.Badge, step{kind: "badge"}, "badge") {
				st.Badge.check(v)
				v.out(st.Badge)
			}
			v.out(st)
		}
	}
}

// checkActions checks the actions of list, the field named field of
// owner: a step or a together action.
func checkActions(v *validator, owner Element, field string, list []*Action) {
	for i, a := range list {
		switch {
		case a == nil:
			v.nilEntry(owner, field, i)
		case v.in(a, step{kind: "action", index: i + 1, verb: a.Kind.String()}, "action"):
			a.check(v)
			v.out(a)
		}
	}
}

// check checks one action; its targets are resolved once every id is
// known.
func (a *Action) check(v *validator) {
	if !checkEnum(v, a, "action kind", a.Kind) {
		return
	}
	verb := a.Kind.String()
	v.duration(a, "delay", a.Delay, 0)
	checkEnum(v, a, "easing", a.Easing)
	if a.Kind != MoveAlong && (a.Dots || a.Readout != "") {
		v.errorf(a, "only a move along a path leaves dots or carries a readout", "%s has dots or a readout", verb)
	}
	if a.Kind != Together && len(a.Actions) > 0 {
		v.errorf(a, "only a together action holds actions", "%s holds %d action(s)", verb, len(a.Actions))
	}
	one := func() {
		if len(a.Targets) != 1 {
			v.errorf(a, "a "+verb+" acts on one element; use one action per element", "%s has %d targets", verb, len(a.Targets))
		}
	}
	switch a.Kind {
	case Show, Hide, Dim, Highlight, Trace, Grow:
		if len(a.Targets) == 0 {
			v.errorf(a, "list the ids of the elements in Targets", "%s has no targets", verb)
		}
	case Flow:
		if len(a.Targets) < 2 {
			v.errorf(a, "list the nodes along the path in Targets, like a, b, c", "flow needs a path of at least two nodes")
		}
	case MoveAlong:
		one()
		if a.Readout != "" && !strings.Contains(a.Readout, "{") {
			v.errorf(a, "write the value to show in braces, like \"loss = {y}\"", "readout %q shows no value", a.Readout)
		}
		v.target(a, a.Path, "path to move along", "name a path, curve or edge of the diagram in Path")
	case MoveTo:
		one()
		v.finite(a, "move point", a.X, a.Y)
	case Count:
		one()
		v.finite(a, "count range", a.From, a.To)
	case Rotate:
		one()
		if v.finite(a, "rotation angle", a.Angle) && math.Abs(a.Angle) > MaxTurn {
			v.errorf(a, fmt.Sprintf("turn by at most %g degrees either way", float64(MaxTurn)), "rotation angle %g is out of range", a.Angle)
		}
	case Scale:
		one()
		if v.finite(a, "scale factor", a.Factor) && (a.Factor < MinScaleFactor || a.Factor > MaxScaleFactor) {
			v.errorf(a, fmt.Sprintf("scale by a factor from %g to %g", MinScaleFactor, float64(MaxScaleFactor)), "scale factor %g is out of range", a.Factor)
		}
	case Morph:
		one()
		v.target(a, a.Into, "path to morph into", "name a path, curve or edge of the diagram in Into")
	case Sweep:
		if len(a.Targets) > 0 {
			v.errorf(a, "a sweep names its parameter in Param, and no elements", "sweep has %d targets", len(a.Targets))
		}
		p := v.pathOf(a)
		name := a.Param
		v.later = append(v.later, func() {
			if !slices.Contains(v.params, name) {
				v.report(a, p, suggestion(name, func() []string { return v.params }),
					"name a parameter declared with param NAME from A to B", "no parameter %q to sweep", name)
			}
		})
	case Together:
		if len(a.Actions) == 0 {
			v.errorf(a, "put the actions that run at once in Actions", "together has no actions")
		}
		checkActions(v, a, "Actions", a.Actions)
	}
	for _, id := range a.Targets {
		v.target(a, id, "element to "+verb, "name an element declared in the diagram")
	}
	if a.Pivot != nil {
		if a.Kind != Rotate && a.Kind != Scale {
			v.errorf(a, "only rotate and scale turn about a pivot; leave Pivot nil", "%s has a pivot", verb)
		} else if v.in(a.Pivot, step{kind: "pivot"}, "pivot") {
			a.Pivot.check(v)
			v.out(a.Pivot)
		}
	}
	if a.Kind == Flow {
		v.flow(a)
	}
}

// The ranges of the motions, which keep every keyframe a number CSS
// writes plainly: one rotate turns at most MaxTurn degrees either way
// (ten full turns), and one scale multiplies the size by a factor from
// MinScaleFactor to MaxScaleFactor.
const (
	MaxTurn        = 3600
	MinScaleFactor = 0.01
	MaxScaleFactor = 100
)

// Anchor names a point of an element's bounds: its centre, the middle of
// a side or a corner.
type Anchor int

// The anchors. AnchorCenter is the default.
const (
	AnchorCenter Anchor = iota
	AnchorTop
	AnchorBottom
	AnchorLeft
	AnchorRight
	AnchorTopLeft
	AnchorTopRight
	AnchorBottomLeft
	AnchorBottomRight
)

// anchorConsts names the constants of Anchor in order (see checkEnum).
var anchorConsts = []string{"AnchorCenter", "AnchorTop", "AnchorBottom", "AnchorLeft", "AnchorRight", "AnchorTopLeft", "AnchorTopRight", "AnchorBottomLeft", "AnchorBottomRight"}

func (Anchor) consts() []string { return anchorConsts }

var anchorNames = [...]string{"center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left", "bottom-right"}

// String returns the anchor as the language writes it.
func (a Anchor) String() string {
	if a >= 0 && int(a) < len(anchorNames) {
		return anchorNames[a]
	}
	return "center"
}

// AnchorNames lists the anchor names in order, "center" first.
func AnchorNames() []string { return append([]string(nil), anchorNames[:]...) }

// ParseAnchor returns the anchor with the given name.
func ParseAnchor(s string) (Anchor, bool) {
	for i, n := range anchorNames {
		if n == s {
			return Anchor(i), true
		}
	}
	return AnchorCenter, false
}

// Pivot is the point a rotate or a scale turns about. Of, when set,
// names another element whose centre is the pivot; Point, when set, puts
// it at (X, Y) in the data coordinates of the element's plot; otherwise
// Anchor picks a point of the element's own bounds.
type Pivot struct {
	Anchor Anchor
	Of     string
	Point  bool
	X, Y   float64
	Pos    Pos
}

// Position returns where the pivot was written.
func (p *Pivot) Position() Pos { return p.Pos }

func (*Pivot) walk(func(Element) bool) {}

func (p *Pivot) eachString(f func(string)) { f(p.Of) }

// check checks a pivot; the element it names is resolved once every id
// is known.
func (p *Pivot) check(v *validator) {
	checkEnum(v, p, "pivot anchor", p.Anchor)
	switch {
	case p.Of != "" && p.Point:
		v.errorf(p, "give the pivot as an element (Of) or as a point (Point, X, Y), not both", "pivot names both an element and a point")
	case p.Of != "":
		path := v.pathOf(p)
		id := p.Of
		v.later = append(v.later, func() {
			if _, ok := v.ids[id]; !ok {
				v.report(p, path, suggestion(id, func() []string { return v.order }), "name an element declared in the diagram", "no element %q to turn about", id)
			}
		})
	case p.Point:
		v.finite(p, "pivot point", p.X, p.Y)
	}
}
