package diagram

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aiprep/diag/icon"
	"github.com/aiprep/diag/internal/editdist"
)

// maxErrors is how many errors Validate reports, the earliest by position.
const maxErrors = 10

// Validate checks that d is a model the later stages draw as it says: what
// the .diag language guarantees of every model it produces, so that a
// model built in Go gets the errors that text gets. It checks:
//
//   - ids: every id (of panels, nodes, groups, edges, plot marks and the
//     parts drawn under their ids, matrix rows, cells, masks and outlines, note
//     lines, tree nodes and the edges to them, actors, boxes of actors,
//     messages, sequence notes and frames, timeline segments and parts, bands, items and
//     stack notes, bar series, bars and the bar of each series in each
//     category (CATEGORY.SERIES), histogram series and split parts, label
//     parts of nodes (NODE.NAME) and named legend entries (legend.NAME)) is
//     unique in the whole diagram; graph nodes and groups, actors,
//     segments, bands, stack items, bar series, bars, histogram series and
//     split parts have one;
//   - references: edge ends name a node or group of their graph, group
//     members and rank, order and align constraints nodes of their graph, areas a curve,
//     path or fit of their plot, fits a points mark above them in their
//     plot, messages, sequence notes and boxes actors of their
//     sequence, and segments an earlier segment of their timeline; every
//     animation target names an element of the diagram, a move's path and
//     the targets of a hidden statement too, connectors name two
//     different elements of the diagram (at most MaxConnectors),
//     and each hop of a flow follows an edge in its direction;
//   - the structure: no nil entries in any list or interface field; no
//     element held twice or holding itself (a group in itself, directly or
//     through others, and the same for splits, tree nodes, sequence items
//     and actions); a node in at most one group; an actor in at most one
//     box, whose actors are neighbours in column order; a note beside a
//     lifeline stands by one actor;
//   - constants: each has a name of ASCII letters, digits and _ that
//     starts with a letter, no two share a name, and values are finite;
//     a parameter (a constant with Sweep) has 2 to MaxSweepValues finite
//     values, the last of which is its Value, and a sweep action names a
//     parameter of the diagram; dots and a readout belong to a move along a
//     path, and a readout shows a value in braces;
//   - sizes and ranges: numbers are finite; enums (tones, shapes,
//     directions, kinds, ...) hold one of their constants; the diagram's
//     and plots' sizes, grid columns and note widths are in range; a plot
//     axis range, a curve's range and a heat scale are ordered, a plot
//     axis range is of finite width and a log axis starts above zero; a
//     plot mark on y2 is a curve, points, path, rule, label, fit or area
//     of a plot that has a y2 axis; a
//     matrix has rows of one width, outlines and
//     masks inside it, one positive width per column (the widest at most
//     MaxWidthRatio times the narrowest), a diverging centre inside its
//     range, a centre only on a diverging scale, and at most MaxCategories
//     texts on a categorical scale; durations are positive (steps, segments) or not negative
//     (budgets, delays, a segment's start time) and at most an hour; a bar
//     chart or histogram area is 80 to 2000 px a side and a split 120 to
//     2000 px long; a bar chart holds at most MaxBars bars and MaxBarSeries
//     series, a histogram MaxBarSeries series and a bin count of 1 to
//     MaxBins, a split MaxSplitParts parts; bar errors and a histogram's
//     bin width are not negative, bar values on a log axis are above zero,
//     and a histogram is not on a log axis; split parts are not negative,
//     add up to more than zero and, when they are percentages, to 100
//     within PercentSlack; an edge's weight is finite, within ±MaxWeight
//     and zero unless the edge is Weighted; a graph on a ring has no
//     groups, pins, rank, order or align rules;
//   - what each element needs: a caption for a step, a known kind and a
//     label for a legend item (a swatch of a tone in that tone), a text
//     for a plot label and a sequence note, a formula for a curve, region, contour or
//     rule and two (x and y) for a point with a known marker, a known kind for a fit with a degree (1 to 20, a polynomial
//     only) or a window (2 to 1000, a moving average only), two corners for
//     a rect, 3 to 1000 for a polygon and an ordered range for a band, a
//     one-word name and a text for a node's label part (at most
//     MaxLabelParts a node), a legend entry id that starts with legend., a
//     known rule for a decision (1 to 16 finite centroids or the points
//     declared above it whose classes give them, non-zero weights for a
//     linear rule, a formula and finite threshold otherwise; at most one
//     name and tone per class), a formula, a known ramp, an ordered
//     range and at most 20 finite levels for a field, a finite base
//     for an area that reaches a constant, one source of points for a scatter (with generator settings in
//     range), two points for a path, a line for a note, known icon names,
//     valid inline markup in note lines and matrix texts, empty masked
//     cells, one value per series for each bar (one value without series)
//     and one error per value or none, series for a stacked chart, values
//     in each histogram series, a bin count or a bin width but not both,
//     and at least one
//     element in every panel and animation that the language requires to
//     be non-empty.
//
// It does not parse formulas (package expr does; the diag package checks
// them before drawing) or measure text. Errors are an ErrorList sorted by
// position, at most ten. An element with a position is reported there; one
// without is named by its path, from the nearest panel with an id:
// "graph g: edge 3 (a -> zz): unknown node "zz"". Places in a list count
// from 1 ("edge 3"), Go indexes from 0 ("Nodes[2] is nil").
//
// Validate walks the whole model; a model deeper than any diagram needs
// costs it stack in proportion (the diag package checks depth first).
func Validate(d *Diagram) error {
	if d == nil {
		return nil
	}
	v := &validator{ids: make(map[string]idDecl, 64), state: make(map[Element]visit, 128)}
	d.check(v)
	for _, check := range v.later {
		check()
	}
	return v.result()
}

// validator holds the state of one Validate. Each element type checks its
// own fields, and the elements it holds, in a check method next to its
// declaration (a panel's is called by panel); what spans the whole diagram
// is the validator's: the one namespace of ids (declare, declareParts),
// references resolved once every id is known (unknownEnd, target), the
// edges a flow may follow (edge, flow), the path that names an element and
// the elements met, so that one held twice or holding itself is found (in,
// out).
type validator struct {
	errs []pending
	// ids is the one namespace of the diagram; order lists its ids in
	// declaration order, for suggestions.
	ids   map[string]idDecl
	order []string
	// edges are the graph and tree edges, for flows; ways holds, once
	// needed, the pairs of ids a flow may travel between.
	edges []flowEdge
	ways  map[[2]string]bool
	// path names the element being checked.
	path []step
	// state says of every element met whether it encloses the one being
	// checked or was checked before, so that an element held twice or
	// holding itself is found.
	state map[Element]visit
	// later are the checks of references, run once every id is known.
	later []func()
	// params are the names of the diagram's parameters, which a sweep
	// names.
	params []string
}

// pending is an error found, with the suggestion that completes its hint
// computed only if the error is reported.
type pending struct {
	err     *Error
	suggest func() string
}

// idDecl is one declared id.
type idDecl struct {
	kind string
	pos  Pos
	path []step // of the declaring element, when pos is not valid
}

// flowEdge is an edge a flow may follow.
type flowEdge struct {
	from, to string
	arrow    Arrow
}

// step is one part of a path: a kind of element with its id, or its place
// in the list that holds it.
type step struct {
	kind     string
	id       string
	index    int    // from 1; 0 when the element is not in a list
	from, to string // the ends of an edge or a message
	verb     string // the kind of an action
	panel    bool   // a panel: a path starts at the nearest panel with an id
}

func (s step) String() string {
	out := s.kind
	switch {
	case s.id != "":
		out += " " + s.id
	case s.index > 0:
		out += " " + strconv.Itoa(s.index)
	}
	switch {
	case s.from != "" || s.to != "":
		out += " (" + s.from + " -> " + s.to + ")"
	case s.verb != "":
		out += " (" + s.verb + ")"
	}
	return out
}

// where formats the path p.
func where(p []step) string {
	start := 0
	for i, s := range p {
		if s.panel && s.id != "" {
			start = i
		}
	}
	parts := make([]string, 0, len(p)-start)
	for _, s := range p[start:] {
		parts = append(parts, s.String())
	}
	return strings.Join(parts, ": ")
}

// push adds a step to the path; pop removes the last.
func (v *validator) push(s step) { v.path = append(v.path, s) }
func (v *validator) pop()        { v.path = v.path[:len(v.path)-1] }

// in pushes the step s of the element e and reports whether e may be
// checked (see enter), popping s again if not. Every in that returns true
// is paired with an out.
func (v *validator) in(e Element, s step, what string) bool {
	v.push(s)
	if !v.enter(e, what) {
		v.pop()
		return false
	}
	return true
}

// out ends the check of e, begun by in.
func (v *validator) out(e Element) {
	v.leave(e)
	v.pop()
}

// pathOf returns a copy of the path, for a check run later about e, or
// nil when e has a position, which names it instead.
func (v *validator) pathOf(e Element) []step {
	if e.Position().IsValid() {
		return nil
	}
	return append([]step(nil), v.path...)
}

// report records an error about the element e, whose path is p: at e's
// position, or named by p when e has none. suggest, when not nil, gives a
// first part of the hint ("did you mean ...?").
func (v *validator) report(e Element, p []step, suggest func() string, hint, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	var pos Pos
	if e != nil {
		pos = e.Position()
	}
	if !pos.IsValid() {
		if w := where(p); w != "" {
			msg = w + ": " + msg
		}
	}
	v.errs = append(v.errs, pending{err: &Error{Pos: pos, Msg: msg, Hint: hint}, suggest: suggest})
}

// errorf records an error about e, the element at the end of the path.
func (v *validator) errorf(e Element, hint, format string, args ...any) {
	v.report(e, v.path, nil, hint, format, args...)
}

// result sorts the errors, keeps the first maxErrors and completes their
// hints.
func (v *validator) result() error {
	if len(v.errs) == 0 {
		return nil
	}
	list := make(ErrorList, len(v.errs))
	index := map[*Error]int{}
	for i, p := range v.errs {
		list[i] = p.err
		index[p.err] = i
	}
	list.Sort()
	if len(list) > maxErrors {
		list = list[:maxErrors]
	}
	for _, e := range list {
		if s := v.errs[index[e]].suggest; s != nil {
			e.Hint = joinHint(s(), e.Hint)
		}
	}
	return list
}

// visit is what the validator knows of an element it has met.
type visit uint8

const (
	entered visit = iota + 1 // it encloses the element being checked
	checked                  // it was checked
)

// enter reports whether e may be checked: an element that encloses itself
// or was checked before is reported and skipped. Every enter that returns
// true is paired with a leave.
func (v *validator) enter(e Element, what string) bool {
	switch v.state[e] {
	case entered:
		v.errorf(e, "build the diagram as a tree: no element may hold itself", "%s holds itself", what)
		return false
	case checked:
		v.errorf(e, "give each place its own element; copy an element to show it twice", "%s is held twice", what)
		return false
	}
	v.state[e] = entered
	return true
}

func (v *validator) leave(e Element) { v.state[e] = checked }

// declare adds id to the namespace as a kind, declared by e (at the end of
// the path), or reports a duplicate.
func (v *validator) declare(id, kind string, e Element) {
	if id == "" {
		return
	}
	pos := e.Position()
	if prev, dup := v.ids[id]; dup {
		first := "first declared as " + article(prev.kind)
		switch {
		case prev.pos.IsValid() && prev.pos.File == pos.File:
			first = fmt.Sprintf("first declared at %d:%d as %s", prev.pos.Line, prev.pos.Col, article(prev.kind))
		case prev.pos.IsValid():
			first = fmt.Sprintf("first declared at %s as %s", prev.pos, article(prev.kind))
		case len(prev.path) > 0:
			first += " (" + where(prev.path) + ")"
		}
		v.errorf(e, first+"; every id in a diagram must be unique", "duplicate id %q", id)
		return
	}
	v.ids[id] = idDecl{kind: kind, pos: pos, path: v.pathOf(e)}
	v.order = append(v.order, id)
}

// declareParts declares the ids of the parts drawn under the id of e.
func (v *validator) declareParts(id string, parts []Part, e Element) {
	for _, p := range parts {
		v.declare(SubID(id, p), string(strings.TrimRight(string(p), "0123456789")), e)
	}
}

// edge records an edge that a flow may follow.
func (v *validator) edge(from, to string, arrow Arrow) {
	v.edges = append(v.edges, flowEdge{from, to, arrow})
}

// panel checks one panel; index is its place in its split (from 1), or 0
// for the body. The panel's type checks what it holds.
func (v *validator) panel(p Panel, index int) {
	kind := p.keyword()
	h := p.Head()
	v.push(step{kind: kind, id: h.ID, index: index, panel: true})
	defer v.pop()
	if !v.enter(p, kind) {
		return
	}
	defer v.leave(p)
	v.declare(h.ID, kind, p)
	p.check(v)
}

// unknownEnd reports a reference to an id that is not of the kind
// expected (one of local) in its container, a kind of panel. It runs once
// every id of the diagram is known, so that an id of another kind, or of
// another panel, gets a message of its own.
func (v *validator) unknownEnd(e Element, id string, local []string, kind, container, hint string) {
	p := v.pathOf(e)
	v.later = append(v.later, func() {
		if id == "" {
			v.report(e, p, nil, hint, "%s id is empty", kind)
			return
		}
		if d, ok := v.ids[id]; ok {
			v.report(e, p, nil, hint, "%q is not %s of this %s but %s", id, article(kind), container, article(d.kind))
			return
		}
		v.report(e, p, suggestion(id, func() []string { return local }), hint, "unknown %s %q", kind, id)
	})
}

// article returns word with "a" or "an" before it.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}

// need reports an empty required text of e.
func (v *validator) need(e Element, text, hint, format string, args ...any) {
	if text == "" {
		v.errorf(e, hint, format, args...)
	}
}

// finite reports each of nums that is not a finite number.
func (v *validator) finite(e Element, what string, nums ...float64) bool {
	for _, x := range nums {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			v.errorf(e, "use finite numbers", "%s is %g", what, x)
			return false
		}
	}
	return true
}

// An enum is an enum type of the model: an int type whose constants run
// from 0, with a method that names them in order.
type enum interface {
	~int
	consts() []string
}

// checkEnum reports a value x of an enum type that is none of its
// constants; what names it in the message.
func checkEnum[T enum](v *validator, e Element, what string, x T) bool {
	names := x.consts()
	if x < 0 || int(x) >= len(names) {
		v.errorf(e, "use "+strings.Join(names, ", "), "unknown %s %d", what, int(x))
		return false
	}
	return true
}

func (v *validator) tone(e Element, t Tone) { checkEnum(v, e, "tone", t) }

// duration reports a duration out of [lo, 1h]; what names it.
func (v *validator) duration(e Element, what string, d, lo time.Duration) {
	switch {
	case d < lo && lo > 0:
		v.errorf(e, "give it a length, like 500 * time.Millisecond", "%s %v is not positive", what, d)
	case d < lo:
		v.errorf(e, "durations are zero or more", "%s %v is negative", what, d)
	case d > time.Hour:
		v.errorf(e, "durations are at most 1h", "%s %v is too long", what, d)
	}
}

// checkIcon reports an icon name that is not built in.
func (v *validator) checkIcon(e Element, name string) {
	if name == "" {
		return
	}
	if _, ok := icon.Lookup(name); !ok {
		v.report(e, v.path, suggestion(name, icon.Names), "icons are "+strings.Join(icon.Names(), ", "), "unknown icon %q", name)
	}
}

// nilEntry reports a nil entry of the list field named list of e.
func (v *validator) nilEntry(e Element, list string, i int) {
	v.errorf(e, "remove it, or put an element there", "%s[%d] is nil", list, i)
}

// markup checks the inline markup of a text, line by line.
func (v *validator) markup(e Element, what, text string) {
	if !strings.ContainsAny(text, "\\*`_^~") {
		return // plain text: no markup, no markup error
	}
	for _, line := range strings.Split(text, "\n") {
		if _, err := ParseMarkup(line); err != nil {
			if me, ok := err.(*MarkupError); ok {
				v.errorf(e, me.Hint, "%s: %s", what, me.Msg)
			} else {
				v.errorf(e, "", "%s: %v", what, err)
			}
			return
		}
	}
}

// suggestion returns a function giving "did you mean ...?" for word among
// candidates, or "".
func suggestion(word string, candidates func() []string) func() string {
	return func() string {
		max := 2
		switch n := utf8.RuneCountInString(word); {
		case n <= 2:
			return ""
		case n <= 5:
			max = 1
		}
		best, bestD := "", max+1
		for _, c := range candidates() {
			if c == "" || c == word {
				continue
			}
			if d := editdist.Distance(word, c); d < bestD {
				best, bestD = c, d
			}
		}
		if best == "" {
			return ""
		}
		return fmt.Sprintf("did you mean %q?", best)
	}
}

// joinHint joins non-empty hint parts with "; ", or with a space after a
// question.
func joinHint(parts ...string) string {
	out := ""
	for _, p := range parts {
		switch {
		case p == "":
			continue
		case strings.HasSuffix(out, "?"):
			out += " "
		case out != "":
			out += "; "
		}
		out += p
	}
	return out
}

// target reports, once every id is known, an id that names no element.
func (v *validator) target(a Element, id, what, hint string) {
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
