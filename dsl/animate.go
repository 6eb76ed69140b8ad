package dsl

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// Animate is the animation block: animate [loop] { step ... }.
type Animate struct {
	Span
	Loop    bool          `parser:"'animate' @'loop'?"`
	HideAll bool          `parser:"@'hidden'?"`
	Steps   []AnimateStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// HiddenStmt is hidden IDS in the animate block: the elements it lists
// are hidden until the first step that names them, or until the steps end.
// A target may name edges, as in show: hidden a -> b.
type HiddenStmt struct {
	Span
	Commented
	Targets []*Target `parser:"'hidden' @@*"`
}

// AnimateStmt is one statement of the animate block: a *Step, a
// *HiddenStmt, or an *Unknown for anything else.
type AnimateStmt interface {
	statement
	animateStmt()
}

func (*Step) animateStmt()       {}
func (*HiddenStmt) animateStmt() {}
func (*Unknown) animateStmt()    {}

// Step is one captioned stage: step "caption" DURATION { actions }.
type Step struct {
	Span
	Commented
	Caption  Token        `parser:"'step' @String?"`
	Duration []Token      `parser:"@( '-'? Number )?"`
	Actions  []ActionStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// ActionStmt is one action of a step or a together block: a
// *TargetsAction, *FlowAction, *TraceAction, *MoveAction, *CountAction or
// *TogetherAction, or an *Unknown for anything else (actionStmts).
type ActionStmt interface {
	statement
	actionStmt()
}

// actionStmts lists the actions in the order the grammar tries them.
func actionStmts() []ActionStmt {
	return []ActionStmt{&TargetsAction{}, &FlowAction{}, &TraceAction{}, &MoveAction{}, &CountAction{}, &TurnAction{}, &MorphAction{}, &SweepAction{}, &TogetherAction{}, &BadgeAt{}, &Unknown{}}
}

func (*TargetsAction) actionStmt()  {}
func (*FlowAction) actionStmt()     {}
func (*TraceAction) actionStmt()    {}
func (*MoveAction) actionStmt()     {}
func (*CountAction) actionStmt()    {}
func (*TurnAction) actionStmt()     {}
func (*MorphAction) actionStmt()    {}
func (*SweepAction) actionStmt()    {}
func (*TogetherAction) actionStmt() {}
func (*BadgeAt) actionStmt()        {}

// BadgeAt says where the step's badge goes: badge at ID [SIDE], SIDE one
// of top, bottom, left, right, top-left, top-right, bottom-left and
// bottom-right. It is a statement of the step, not an action.
type BadgeAt struct {
	Span
	Commented
	At     string `parser:"'badge' @'at'?"`
	Target Token  `parser:"@Ident?"`
	Side   Token  `parser:"@Ident?"`
}

func (*Unknown) actionStmt() {}

// TargetsAction is show, hide, dim, highlight or grow with the ids it acts
// on. A target may also name the edges between two nodes: show a -> b.
type TargetsAction struct {
	Span
	Commented
	Verb    string    `parser:"@('show' | 'hide' | 'dim' | 'highlight' | 'grow')"`
	Targets []*Target `parser:"@@*"`
	Options []*Option `parser:"@@*"`
}

// Target is an id, or two node ids joined by an arrow to name edges: a -> b
// names the edges that point from a to b (a -> b, b <- a, and a <-> b or
// a -- b in either order), a <- b the reverse, and a <-> b or a -- b every
// edge joining them. With an index, a -> b[2] names one edge by its id:
// the second edge written from a to b.
type Target struct {
	Span
	ID    Token      `parser:"(?! 'delay' | 'ease') @Ident"`
	Arrow string     `parser:"( @Arrow"`
	To    Token      `parser:"@Ident"`
	Index *EdgeIndex `parser:"@@? )?"`
}

// EdgeIndex is the [n] after an edge reference that picks the n-th of the
// edges written from one node to another.
type EdgeIndex struct {
	Span
	N Token `parser:"'[' @Number? ']'"`
}

// FlowAction is flow a -> b -> c: something travels along those edges.
type FlowAction struct {
	Span
	Commented
	From    Token     `parser:"'flow' ( (?! 'delay' | 'ease') @Ident )?"`
	Hops    []*Hop    `parser:"@@*"`
	Options []*Option `parser:"@@*"`
}

// TraceAction is trace ID: a curve, path or edge draws itself; edges are
// named as in show: trace a -> b, trace a -> b[2].
type TraceAction struct {
	Span
	Commented
	Target  *Target   `parser:"'trace' @@?"`
	Options []*Option `parser:"@@*"`
}

// MoveAction is move ID along PATH [dots] [readout "text"] or move ID
// to (x, y). PATH is the id of a line, or an edge or connector named by
// its ends: move card along a -> b.
type MoveAction struct {
	Span
	Commented
	Target  Token     `parser:"'move' ( (?! 'along' | 'to' | 'delay' | 'ease') @Ident )?"`
	Along   *Target   `parser:"( 'along' @@"`
	Dots    bool      `parser:"  @'dots'?"`
	Readout bool      `parser:"  ( @'readout'"`
	Text    Token     `parser:"    @String? )?"`
	To      *Point    `parser:"| 'to' @@ )?"`
	Options []*Option `parser:"@@*"`
}

// Point is (x, y) in data coordinates.
type Point struct {
	Span
	X []Token `parser:"'(' @( '-'? Number ) ','"`
	Y []Token `parser:"@( '-'? Number ) ')'"`
}

// CountAction is count ID from A to B: a number label changes step by step.
type CountAction struct {
	Span
	Commented
	Target  Token     `parser:"'count' ( (?! 'from' | 'to' | 'delay' | 'ease') @Ident )?"`
	From    []Token   `parser:"( 'from' @( '-'? Number ) )?"`
	To      []Token   `parser:"( 'to' @( '-'? Number ) )?"`
	Options []*Option `parser:"@@*"`
}

// TurnAction is rotate ID by ANGLE [about PIVOT] or scale ID by FACTOR
// [about PIVOT]: the element turns by ANGLE degrees counterclockwise, or
// its size is multiplied by FACTOR, and its last rotate or scale ends in
// the element as drawn.
type TurnAction struct {
	Span
	Commented
	Verb    string    `parser:"@('rotate' | 'scale')"`
	Target  Token     `parser:"( (?! 'by' | 'about' | 'delay' | 'ease') @Ident )?"`
	By      []Token   `parser:"( 'by' @( '-'? Number ) )?"`
	About   *Pivot    `parser:"@@?"`
	Options []*Option `parser:"@@*"`
}

// Pivot is the point a rotate or scale turns about: about (x, y) in the
// data coordinates of the element's plot, about ANCHOR (center, top,
// bottom, left, right or a corner such as top-left) of the element's
// bounds, or about ID, the centre of another element.
type Pivot struct {
	Span
	At   *Point `parser:"'about' ( @@"`
	Name Token  `parser:"| (?! 'delay' | 'ease') @Ident )?"`
}

// MorphAction is morph ID into ID: the element's line changes shape into
// the other's.
type MorphAction struct {
	Span
	Commented
	Target  Token     `parser:"'morph' ( (?! 'into' | 'delay' | 'ease') @Ident )?"`
	Into    Token     `parser:"( 'into' @Ident )?"`
	Options []*Option `parser:"@@*"`
}

// SweepAction is sweep NAME: the parameter NAME takes each of its values
// in turn, and the marks that use it follow.
type SweepAction struct {
	Span
	Commented
	Param   Token     `parser:"'sweep' ( (?! 'delay' | 'ease') @Ident )?"`
	Options []*Option `parser:"@@*"`
}

// TogetherAction runs its actions at once: together { actions }.
type TogetherAction struct {
	Span
	Commented
	Options []*Option    `parser:"'together' @@*"`
	Actions []ActionStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// Option is a per-action option: delay DURATION or ease NAME.
type Option struct {
	Span
	Key   string `parser:"@('delay' | 'ease')"`
	Value *Value `parser:"@@?"`
}

var easeNames = []string{"ease-in-out", "linear", "steps"}

// compile converts the animation once resolveScript has resolved its names.
func (a *Animate) compile(c *compiler, names *scriptNames) *diagram.Script {
	s := &diagram.Script{Loop: a.Loop, HideAll: a.HideAll, Pos: c.pos(a.Pos())}
	for _, st := range a.Steps {
		switch st := st.(type) {
		case *Step:
			s.Steps = append(s.Steps, st.compile(c, names))
		case *HiddenStmt:
			if h := c.hidden(st); h != nil {
				s.Hidden = append(s.Hidden, h)
			}
		case *Unknown:
			st.report(c, "animate")
		}
	}
	if len(s.Steps) == 0 {
		c.errorf(a.Pos(), "write "+usageOf("step")+" inside animate { }", "animate has no steps")
	}
	return s
}

func (st *Step) compile(c *compiler, names *scriptNames) *diagram.Step {
	out := &diagram.Step{Pos: c.pos(st.Pos())}
	if st.Caption.Value == "" {
		c.errorf(st.Pos(), "write "+usageOf("step"), "step needs a caption")
	} else {
		out.Caption = c.rich(st.Caption)
	}
	if st.Duration == nil {
		if st.Caption.Value != "" {
			c.errorf(st.Pos(), "write "+usageOf("step"), "step needs a duration")
		}
	} else if d, ok := c.duration(st.Duration, "duration"); ok {
		if d == 0 {
			c.errorf(tokenPos(st.Duration[0]), "a step lasts longer than 0s", "step duration is zero")
		}
		out.Duration = d
	}
	var actions []ActionStmt
	for _, a := range st.Actions {
		b, ok := a.(*BadgeAt)
		if !ok {
			actions = append(actions, a)
			continue
		}
		if out.Badge != nil {
			c.errorf(b.Pos(), "a step has one badge; keep one badge at line", "second badge in step")
			continue
		}
		out.Badge = c.badgeAt(b)
	}
	out.Actions = c.actions(actions, "step", names)
	return out
}

// hidden converts hidden IDS; nil when it is wrong.
func (c *compiler) hidden(h *HiddenStmt) *diagram.Hidden {
	if len(h.Targets) == 0 {
		c.errorf(h.Pos(), "write "+usageOf("hidden"), "hidden needs at least one id")
		return nil
	}
	out := &diagram.Hidden{Pos: c.pos(h.Pos())}
	ok := true
	for _, tg := range h.Targets {
		ids, good := c.target(tg)
		out.Targets = append(out.Targets, ids...)
		ok = ok && good
	}
	if !ok {
		return nil
	}
	return out
}

// badgeAt converts badge at ID [SIDE]; nil when it is wrong.
func (c *compiler) badgeAt(b *BadgeAt) *diagram.BadgeAnchor {
	usage := "write " + usageOf("badge")
	if b.At == "" || b.Target.Value == "" {
		c.errorf(b.Pos(), usage, "badge needs at and the element it stands by")
		return nil
	}
	out := &diagram.BadgeAnchor{Target: b.Target.Value, Pos: c.pos(b.Pos())}
	if c.scope.lookup(b.Target.Value) == nil {
		hint := "name an element declared in the diagram"
		if near := didYouMean(b.Target.Value, c.scope.ids()); near != "" {
			hint = near
		}
		c.errorf(tokenPos(b.Target), hint, "unknown element %q", b.Target.Value)
		return nil
	}
	if b.Side.Value != "" {
		side, ok := diagram.ParseBadgeSide(b.Side.Value)
		if !ok {
			c.errorf(tokenPos(b.Side), enumHint(b.Side.Value, "sides", diagram.BadgeSideNames()[1:]), "unknown side %q", b.Side.Value)
			return nil
		}
		out.Side = side
	}
	return out
}

// actions converts the actions of a step or together block.
func (c *compiler) actions(list []ActionStmt, opener string, names *scriptNames) []*diagram.Action {
	var out []*diagram.Action
	for _, st := range list {
		if u, ok := st.(*Unknown); ok {
			u.report(c, opener)
			continue
		}
		if b, ok := st.(*BadgeAt); ok {
			c.errorf(b.Pos(), "write badge at ID in the step, outside together { }", "badge inside a together block")
			continue
		}
		if a := c.action(st, names); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// action converts one action, whose names resolveScript resolved; nil
// when it is wrong.
func (c *compiler) action(st ActionStmt, names *scriptNames) *diagram.Action {
	a := &diagram.Action{Pos: c.pos(st.Pos()), Targets: names.targets[st]}
	ok := names.ok[st]
	var opts []*Option
	switch st := st.(type) {
	case *TargetsAction:
		a.Kind = map[string]diagram.ActionKind{"show": diagram.Show, "hide": diagram.Hide, "dim": diagram.Dim, "highlight": diagram.Highlight, "grow": diagram.Grow}[st.Verb]
		opts = st.Options
		if len(st.Targets) == 0 {
			c.errorf(st.Pos(), "write "+usageOf(st.Verb), "%s needs at least one id", st.Verb)
			ok = false
		}
		if a.Kind == diagram.Grow && ok {
			ok = c.growTargets(st)
		}
	case *FlowAction:
		a.Kind, opts = diagram.Flow, st.Options
	case *TraceAction:
		a.Kind, opts = diagram.Trace, st.Options
	case *MoveAction:
		opts, ok = st.Options, c.move(st, a, names) && ok
	case *CountAction:
		opts, ok = st.Options, c.count(st, a) && ok
	case *TurnAction:
		opts, ok = st.Options, c.turn(st, a) && ok
	case *MorphAction:
		a.Kind, opts = diagram.Morph, st.Options
		a.Into = st.Into.Value
	case *SweepAction:
		a.Kind, opts, ok = diagram.Sweep, st.Options, c.sweep(st, a)
	case *TogetherAction:
		a.Kind, opts, ok = diagram.Together, st.Options, true
		a.Actions = c.actions(st.Actions, "together", names)
		if len(st.Actions) == 0 {
			c.errorf(st.Pos(), "write "+usageOf("together"), "together has no actions")
		}
	}
	if !c.options(a, opts) || !ok {
		return nil
	}
	return a
}

// growKinds are the kinds of symbol a grow acts on: charts and the parts
// of them drawn as bars.
var growKinds = []string{"bars", "bar", "histogram", "split", "part"}

// growTargets checks that every target of a grow is something drawn as
// bars: a bar chart, one of its bars (a category, or one series' bar of a
// category, id.series), a histogram or one of its series, a proportional
// bar or one of its parts.
func (c *compiler) growTargets(st *TargetsAction) bool {
	ok := true
	for _, tg := range st.Targets {
		if tg.To.Value != "" {
			c.errorf(tg.Pos(), "grow acts on bars: name a chart, a bar, a histogram series or a split part", "grow cannot act on edges")
			ok = false
			continue
		}
		sym := c.scope.lookup(tg.ID.Value)
		if sym == nil {
			continue
		}
		if sym.Kind == "series" {
			if p := c.scope.lookup(sym.Panel); p == nil || p.Kind == "histogram" {
				continue
			}
			c.errorf(tokenPos(tg.ID), fmt.Sprintf("a series' bars stand in each category: grow one of them as CATEGORY.%s, or the chart", sym.ID), "grow cannot act on the series %q of a bar chart", sym.ID)
			ok = false
			continue
		}
		if !slices.Contains(growKinds, sym.Kind) {
			c.errorf(tokenPos(tg.ID), "grow acts on bars: name a bar chart or one of its bars, a histogram or one of its series, or a split or one of its parts", "%q is a %s, which has no bars to grow", sym.ID, sym.Kind)
			ok = false
		}
	}
	return ok
}

// need reports a missing part of an action.
func (c *compiler) need(p Pos, id Token, verb, what string) bool {
	if id.Value == "" {
		c.errorf(p, "write "+usageOf(verb), "%s needs %s", verb, map[string]string{"id": "an id", "path": "a path id"}[what])
		return false
	}
	return true
}

// target resolves a show/hide/dim/highlight target to element ids.
func (c *compiler) target(t *Target) ([]string, bool) {
	if t.To.Value == "" {
		if c.resolve(t.ID, "id") == nil {
			return nil, false
		}
		return []string{t.ID.Value}, true
	}
	fromOK := c.resolve(t.ID, "id") != nil
	toOK := c.resolve(t.To, "id") != nil
	if !fromOK || !toOK {
		return nil, false
	}
	if t.Index != nil {
		return c.indexedEdge(t)
	}
	a, b := t.ID.Value, t.To.Value
	if t.Arrow == "<-" {
		a, b = b, a
	}
	var ids []string
	for _, e := range c.scope.edges {
		joins := e.From == a && e.To == b || e.From == b && e.To == a
		if joins && (t.Arrow == "<->" || t.Arrow == "--" || edgeCarries(e, a, b)) {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) == 0 {
		hint := fmt.Sprintf("add an edge %s -> %s to a graph", a, b)
		if c.carries(b, a) {
			hint = fmt.Sprintf("the edge between them points from %q to %q; write %s -> %s", b, a, b, a)
		}
		c.errorf(t.Pos(), hint, "no edge from %q to %q", a, b)
		return nil, false
	}
	return ids, true
}

// indexedEdge resolves a -> b[n], whose nodes resolve, to the edge whose id
// is a->b[n]: the n-th edge written from a to b. The arrow is that of the
// id, ->, or the edge's own.
func (c *compiler) indexedEdge(t *Target) ([]string, bool) {
	a, b := t.ID.Value, t.To.Value
	written := c.edgesWritten(a, b)
	n, ok := edgeNumber(t.Index.N.Value)
	switch {
	case !ok:
		hint := fmt.Sprintf("write the number of the edge, like %s -> %s[2] for the second edge written from %s to %s", a, b, a, b)
		msg := fmt.Sprintf("an edge index is a whole number from 1, not %q", t.Index.N.Value)
		if t.Index.N.Value == "" {
			msg = "the edge index is empty"
		}
		c.errorf(t.Index.Pos(), hint, "%s", msg)
		return nil, false
	case len(written) == 0:
		hint := fmt.Sprintf("add an edge %s -> %s to a graph", a, b)
		if len(c.edgesWritten(b, a)) > 0 {
			hint = fmt.Sprintf("the edges between them are written from %q to %q; write %s -> %s[%d]", b, a, b, a, n)
		}
		c.errorf(t.Pos(), hint, "no edge written from %q to %q", a, b)
		return nil, false
	case n > len(written) && len(written) == 1:
		c.errorf(t.Index.Pos(), fmt.Sprintf("write %s -> %s", a, b), "no edge %s: one edge is written from %q to %q", edgeID(a, b, n), a, b)
		return nil, false
	case n > len(written):
		c.errorf(t.Index.Pos(), fmt.Sprintf("write %s -> %s[1] to %s -> %s[%d], or %s -> %s for all of them", a, b, a, b, len(written), a, b),
			"no edge %s: %d edges are written from %q to %q", edgeID(a, b, n), len(written), a, b)
		return nil, false
	}
	e := written[n-1]
	if arrows[t.Arrow] != diagram.Forward && arrows[t.Arrow] != e.Arrow {
		own := arrowText(e.Arrow)
		c.errorf(t.Pos(), fmt.Sprintf("write %s -> %s[%d] (its id) or %s %s %s[%d] (as it is written)", a, b, n, a, own, b, n),
			"edge %s is written %s %s %s, not %s %s %s", e.ID, a, own, b, a, t.Arrow, b)
		return nil, false
	}
	return []string{e.ID}, true
}

// edgesWritten returns the edges written from a to b, in order.
func (c *compiler) edgesWritten(a, b string) []*diagram.Edge {
	var out []*diagram.Edge
	for _, e := range c.scope.edges {
		if e.From == a && e.To == b {
			out = append(out, e)
		}
	}
	return out
}

// edgeNumber reads the n of an edge index: a whole number from 1, written
// in digits alone.
func edgeNumber(s string) (int, bool) {
	if s == "" || len(s) > 9 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1
}

// arrowText returns the arrow as written in the language.
func arrowText(a diagram.Arrow) string {
	switch a {
	case diagram.Backward:
		return "<-"
	case diagram.Both:
		return "<->"
	case diagram.NoArrow:
		return "--"
	}
	return "->"
}

// flow checks flow a -> b -> c: every node exists and every hop follows an
// edge that carries things that way.
func (c *compiler) flow(f *FlowAction) ([]string, bool) {
	if f.From.Value == "" || len(f.Hops) == 0 {
		c.errorf(f.Pos(), "write "+usageOf("flow"), "flow needs a path of at least two nodes")
		return nil, false
	}
	ok := c.resolve(f.From, "id") != nil
	ids := []string{f.From.Value}
	prev, prevOK := f.From, ok
	for _, h := range f.Hops {
		cur := c.resolve(h.To, "id") != nil
		ids = append(ids, h.To.Value)
		if h.Arrow() != "->" {
			c.errorf(h.Pos(), "write the path in the direction of travel, like flow a -> b -> c", "flow runs along -> only, not %s", h.Arrow())
			ok = false
		} else if prevOK && cur && !c.carries(prev.Value, h.To.Value) {
			c.errorf(h.Pos(), c.flowHint(prev.Value, h.To.Value), "no edge from %q to %q to flow along", prev.Value, h.To.Value)
			ok = false
		}
		ok = ok && cur
		prev, prevOK = h.To, cur
	}
	return ids, ok
}

// carries reports whether an edge lets a flow travel from a to b: a -> b,
// b <- a, a <-> b in either order, or a -- b in either order.
func (c *compiler) carries(a, b string) bool {
	for _, e := range c.scope.edges {
		if edgeCarries(e, a, b) {
			return true
		}
	}
	return false
}

// edgeCarries reports whether e lets a flow travel from a to b.
func edgeCarries(e *diagram.Edge, a, b string) bool {
	switch {
	case e.From == a && e.To == b:
		return e.Arrow != diagram.Backward
	case e.From == b && e.To == a:
		return e.Arrow != diagram.Forward
	}
	return false
}

func (c *compiler) flowHint(a, b string) string {
	if c.carries(b, a) {
		return fmt.Sprintf("the edge between them points from %q to %q; write flow %s -> %s, or make the edge <->", b, a, b, a)
	}
	return fmt.Sprintf("add an edge %s -> %s to a graph, or flow along edges that exist", a, b)
}

// move converts what a move action does, its names resolved: move along
// PATH or to (x, y).
func (c *compiler) move(m *MoveAction, a *diagram.Action, names *scriptNames) bool {
	switch {
	case m.Along != nil:
		a.Kind, a.Path, a.Dots = diagram.MoveAlong, names.along[m], m.Dots
		if a.Path == "" {
			return false
		}
		if !m.Readout {
			return true
		}
		if m.Text.Value == "" {
			c.errorf(m.Pos(), "write readout \"text {formula}\", like readout \"loss = {y}\"", "readout needs its text")
			return false
		}
		a.Readout = c.str(m.Text)
		return c.readoutFormulas(m.Text, a.Readout)
	case m.To != nil:
		a.Kind = diagram.MoveTo
		x, okX := c.number(m.To.X, "x")
		y, okY := c.number(m.To.Y, "y")
		a.X, a.Y = x, y
		return okX && okY
	}
	if m.Target.Value != "" {
		c.errorf(m.Pos(), "write "+usageOf("move"), "move needs along PATH or to (x, y)")
	}
	return false
}

// count converts the range of a count action: from A to B.
func (c *compiler) count(n *CountAction, a *diagram.Action) bool {
	a.Kind = diagram.Count
	if n.From == nil || n.To == nil {
		if n.Target.Value != "" {
			c.errorf(n.Pos(), "write "+usageOf("count"), "count needs from A to B")
		}
		return false
	}
	from, okF := c.number(n.From, "count start")
	to, okT := c.number(n.To, "count end")
	a.From, a.To = from, to
	return okF && okT
}

// turn converts what a rotate or scale does: by how much, and about
// which point.
func (c *compiler) turn(t *TurnAction, a *diagram.Action) bool {
	a.Kind = diagram.Rotate
	what, limit := "angle", fmt.Sprintf("turn by at most %g degrees either way, counterclockwise for a positive angle", float64(diagram.MaxTurn))
	if t.Verb == "scale" {
		a.Kind = diagram.Scale
		what, limit = "factor", fmt.Sprintf("scale by a factor from %g to %g (0.5 halves the size, 2 doubles it)", diagram.MinScaleFactor, float64(diagram.MaxScaleFactor))
	}
	if t.By == nil {
		if t.Target.Value != "" {
			c.errorf(t.Pos(), "write "+usageOf(t.Verb), "%s needs by and the %s", t.Verb, what)
		}
		return false
	}
	v, ok := c.number(t.By, t.Verb+" "+what)
	if !ok {
		return false
	}
	switch {
	case a.Kind == diagram.Rotate && math.Abs(v) > diagram.MaxTurn:
		c.errorf(tokenPos(t.By[0]), limit, "rotation angle %s is out of range", signedText(t.By))
		return false
	case a.Kind == diagram.Scale && !(v >= diagram.MinScaleFactor && v <= diagram.MaxScaleFactor):
		c.errorf(tokenPos(t.By[0]), limit, "scale factor %s is out of range", signedText(t.By))
		return false
	}
	a.Angle, a.Factor = v, 0
	if a.Kind == diagram.Scale {
		a.Angle, a.Factor = 0, v
	}
	if t.About == nil {
		return true
	}
	p := &diagram.Pivot{Pos: c.pos(t.About.Pos())}
	a.Pivot = p
	switch {
	case t.About.At != nil:
		x, okX := c.number(t.About.At.X, "x")
		y, okY := c.number(t.About.At.Y, "y")
		p.Point, p.X, p.Y = true, x, y
		return okX && okY
	case t.About.Name.Value == "":
		c.errorf(t.About.Pos(), "write about (x, y), about ID or about "+strings.Join(diagram.AnchorNames(), "|"), "about needs a point, an element or an anchor")
		return false
	}
	name := t.About.Name
	if an, ok := diagram.ParseAnchor(name.Value); ok {
		p.Anchor = an
		return true
	}
	if c.scope.lookup(name.Value) == nil {
		hint := didYouMean(name.Value, append(diagram.AnchorNames(), c.scope.ids()...))
		if hint == "" {
			hint = "write about (x, y), about an element's id or about " + strings.Join(diagram.AnchorNames(), "|")
		}
		c.errorf(tokenPos(name), hint, "unknown pivot %q", name.Value)
		return false
	}
	p.Of = name.Value
	return true
}

// sweep converts sweep NAME: NAME must be a parameter of the file.
func (c *compiler) sweep(st *SweepAction, a *diagram.Action) bool {
	if st.Param.Value == "" {
		c.errorf(st.Pos(), "write "+usageOf("sweep"), "sweep needs the name of a parameter")
		return false
	}
	var names []string
	for _, p := range c.params {
		if p == st.Param.Value {
			a.Param = p
			return true
		}
		names = append(names, p)
	}
	hint := "declare it at the top level: " + paramUsage
	if near := didYouMean(st.Param.Value, names); near != "" {
		hint = near
	}
	c.errorf(tokenPos(st.Param), hint, "no parameter %q to sweep", st.Param.Value)
	return false
}

// options applies delay and ease options to a.
func (c *compiler) options(a *diagram.Action, opts []*Option) bool {
	ok := true
	seen := map[string]bool{}
	for _, o := range opts {
		if seen[o.Key] {
			c.errorf(o.Pos(), "give each option once", "%s given twice", o.Key)
			ok = false
			continue
		}
		seen[o.Key] = true
		switch o.Key {
		case "delay":
			if o.Value == nil || o.Value.Number == nil {
				c.errorf(o.Pos(), "write "+usageOf("delay"), "delay needs a duration")
				ok = false
				continue
			}
			d, good := c.duration(o.Value.Number, "delay")
			a.Delay, ok = d, ok && good
		case "ease":
			if o.Value == nil || o.Value.Ident.Value == "" {
				c.errorf(o.Pos(), "easings are "+quoteList(easeNames), "ease needs a name")
				ok = false
				continue
			}
			switch name := o.Value.Ident.Value; name {
			case "ease-in-out":
				a.Easing = diagram.EaseInOut
			case "linear":
				a.Easing = diagram.Linear
			case "steps":
				a.Easing = diagram.Steps
			default:
				c.errorf(o.Value.Pos(), joinHint(didYouMean(name, easeNames), "easings are "+quoteList(easeNames)), "unknown easing %q", name)
				ok = false
			}
		}
	}
	return ok
}

// readoutFormulas checks the formulas in braces of a readout's text,
// each reported where it is in the file: formulas of x and y, the data
// coordinates of the point the element has reached.
func (c *compiler) readoutFormulas(tok Token, text string) bool {
	at := tokenPos(tok)
	if !strings.Contains(text, "{") {
		c.errorf(at, "write the value to show in braces, like readout \"loss = {y}\"", "readout shows no value")
		return false
	}
	for i := 0; i < len(text); {
		open := strings.IndexByte(text[i:], '{')
		if open < 0 {
			break
		}
		open += i
		p := at + Pos(2+open)
		end := strings.IndexByte(text[open:], '}')
		if end < 0 {
			c.errorf(p-1, "close the formula with }, like \"loss = {y}\"", "formula in a readout has no closing }")
			return false
		}
		end += open
		f := diagram.Formula{Text: text[open+1 : end], Pos: c.pos(p)}
		if strings.TrimSpace(f.Text) == "" {
			c.errorf(p, "write a formula of x and y between the braces, like {y}", "empty formula in a readout")
			return false
		}
		if _, err := expr.Parse(f.Text, f.Pos, expr.Options{}); err != nil {
			c.reportFormula(f, err)
			return false
		}
		i = end + 1
	}
	return true
}
