package diagram

import (
	"fmt"
	"slices"
	"strings"
)

// Diagram is one picture: a header, a tree of panels, the sheet frame and an
// optional animation script.
type Diagram struct {
	Title    string
	Subtitle string
	Footer   string
	// Kicker is the small line above the title, e.g. "AI Interview Prep ·
	// Layer 1 · Foundations". Empty means none.
	Kicker string
	Theme  Theme
	// Width and Height ask for a poster size in CSS px; zero means the size
	// follows the content.
	Width, Height float64

	// Body is the root panel; nil draws only the header.
	Body Panel
	// Connectors join elements of different panels.
	Connectors []*Connector
	// Callouts are notes in the margin that point at elements.
	Callouts []*Callout

	Legend []LegendItem
	Asks   []Ask
	// Consts are the named constants the formulas of every plot may use.
	Consts []Const

	// Script is the animation; nil means a static picture.
	Script *Script
}

// Panel is one rectangular part of a diagram: a container (Split) or one of
// the panel kinds (Graph, Plot, Matrix, Tree, Sequence, Timeline, Stack,
// Note). The unexported methods close the set to this package.
type Panel interface {
	Element
	// Head returns the panel's common fields.
	Head() *PanelHead
	// keyword returns the keyword of the panel's statement, which names
	// the panel in errors: "graph", "row", ...
	keyword() string
	// check checks the panel's fields and the elements it holds, with the
	// panel at the end of v's path and its id declared.
	check(v *validator)
}

// PanelHead holds what every panel has: an id (may be empty), a title shown
// above it (may be empty) and the position of its declaration.
type PanelHead struct {
	ID    string
	Title string
	Pos   Pos
}

// Head returns h itself, so that embedding PanelHead gives a panel its Head
// method.
func (h *PanelHead) Head() *PanelHead { return h }

// Position returns the position of the panel's declaration; promoted to
// every panel.
func (h *PanelHead) Position() Pos { return h.Pos }

// eachString gives the id and the title; promoted to the panels that hold
// no other strings.
func (h *PanelHead) eachString(f func(string)) {
	f(h.ID)
	f(h.Title)
}

// SplitKind says how a Split places its children.
type SplitKind int

// The ways a Split places its children.
const (
	Row    SplitKind = iota // left to right
	Column                  // top to bottom
	Grid                    // Cols columns, filled row by row
)

// splitKindConsts names the constants of SplitKind in order (see checkEnum).
var splitKindConsts = []string{"Row", "Column", "Grid"}

func (SplitKind) consts() []string { return splitKindConsts }

// Split is a container that places its child panels in a row, a column or a
// grid.
type Split struct {
	PanelHead
	Kind  SplitKind
	Cols  int // for Grid
	Items []Panel
}

func (s *Split) keyword() string {
	switch s.Kind {
	case Column:
		return "column"
	case Grid:
		return "grid"
	}
	return "row"
}

// LegendItem explains one line or colour convention.
type LegendItem struct {
	// Kind is what the swatch draws: "solid", "dashed", "bold", "dot", or a
	// tone name such as "bad" (a filled swatch in that tone).
	Kind  string
	Tone  Tone
	Label string
	// ID names the entry for the animation: LegendID of its name. Empty,
	// the entry cannot be animated.
	ID  string
	Pos Pos
}

// LegendID returns the id of the sheet legend's entry with the given
// name: "legend.", then the name.
func LegendID(name string) string { return "legend." + name }

// Ask is one "Interviewers ask" question with its one-line answer.
type Ask struct {
	Question string
	Answer   string
	Pos      Pos
}

// Position returns the zero Pos: a Diagram records no position.
func (*Diagram) Position() Pos { return Pos{} }

// Position returns where the item was declared.
func (it *LegendItem) Position() Pos { return it.Pos }

// Position returns where the question was declared.
func (a *Ask) Position() Pos { return a.Pos }

func (d *Diagram) walk(f func(Element) bool) {
	Inspect(d.Body, f)
	walkList(d.Connectors, f)
	walkList(d.Callouts, f)
	for i := range d.Legend {
		Inspect(&d.Legend[i], f)
	}
	for i := range d.Asks {
		Inspect(&d.Asks[i], f)
	}
	for i := range d.Consts {
		Inspect(&d.Consts[i], f)
	}
	Inspect(d.Script, f)
}

func (s *Split) walk(f func(Element) bool) { walkList(s.Items, f) }

func (*LegendItem) walk(func(Element) bool) {}
func (*Ask) walk(func(Element) bool)        {}

func (d *Diagram) eachString(f func(string)) {
	f(d.Title)
	f(d.Subtitle)
	f(d.Footer)
	f(d.Kicker)
}

func (it *LegendItem) eachString(f func(string)) {
	f(it.Kind)
	f(it.Label)
	f(it.ID)
}

func (a *Ask) eachString(f func(string)) {
	f(a.Question)
	f(a.Answer)
}

// check checks the whole diagram.
func (d *Diagram) check(v *validator) {
	checkEnum(v, d, "theme", d.Theme)
	for _, x := range []float64{d.Width, d.Height} {
		if !(x == 0 || x > 0 && x <= 100000) {
			v.errorf(d, "Width and Height are px from 1 to 100000, or 0 to follow the content", "size %g × %g is out of range", d.Width, d.Height)
			break
		}
	}
	if d.Body != nil {
		v.panel(d.Body, 0)
	}
	checkConnectors(v, d)
	checkCallouts(v, d)
	for i := range d.Legend {
		v.push(step{kind: "legend item", index: i + 1})
		d.Legend[i].check(v)
		v.pop()
	}
	seen := map[string]*Const{}
	for i := range d.Consts {
		v.push(step{kind: "constant", id: d.Consts[i].Name, index: i + 1})
		d.Consts[i].check(v, seen)
		v.pop()
	}
	if d.Script != nil {
		d.Script.check(v)
	}
}

// legendLines are the kinds of legend swatch that draw a line.
var legendLines = []string{"solid", "dashed", "bold", "dot"}

// check checks a legend item.
func (it *LegendItem) check(v *validator) {
	v.tone(it, it.Tone)
	tone, isTone := ParseTone(it.Kind)
	switch {
	case isTone && tone != it.Tone:
		v.errorf(it, fmt.Sprintf("a swatch of a tone takes that tone: set Tone to the tone named %q", it.Kind), "legend item of kind %q has tone %s", it.Kind, it.Tone)
	case !isTone && !slices.Contains(legendLines, it.Kind):
		v.report(it, v.path, suggestion(it.Kind, func() []string { return slices.Concat(legendLines, toneNames[:]) }),
			"legend kinds are "+strings.Join(legendLines, ", ")+" and the tone names", "unknown legend kind %q", it.Kind)
	}
	v.need(it, it.Label, "say what the swatch means", "legend item has no label")
	if it.ID != "" && !strings.HasPrefix(it.ID, LegendID("")) {
		v.errorf(it, "a legend entry's id is legend.NAME (LegendID)", "legend entry id %q does not start with %q", it.ID, LegendID(""))
		return
	}
	v.declare(it.ID, "legend entry", it)
}

// check checks a split and the panels it places.
func (s *Split) check(v *validator) {
	checkEnum(v, s, "split kind", s.Kind)
	if s.Kind == Grid && (s.Cols < 1 || s.Cols > 100) {
		v.errorf(s, "set Cols to a whole number from 1 to 100", "grid column count %d is out of range", s.Cols)
	}
	for i, item := range s.Items {
		if isNil(item) {
			v.nilEntry(s, "Items", i)
			continue
		}
		v.panel(item, i+1)
	}
}
