package diagram

import (
	"fmt"
	"math"
)

// Plot is a panel of axes with marks drawn in data coordinates: curves
// y = f(x), scatter points, paths, shaded areas and half-planes, contour
// lines, reference rules and labels. Everything is clipped to the plot area.
type Plot struct {
	PanelHead
	X, Y Axis
	// Y2 is the secondary y axis, on the right of the plot area, or nil
	// when the plot has none. The marks whose MarkHead.Y2 is set are drawn
	// against it.
	Y2 *Axis
	// Width and Height are the size of the plot area in px (the axes'
	// inside); zero means the default, 360 × 240.
	Width, Height float64
	// Grid draws light lines at every tick.
	Grid bool
	// Legend says where the legend of labelled marks goes; NoLegend draws
	// each mark's label next to the mark instead.
	Legend LegendPlace
	// Axes says which axes are drawn, with their ticks, labels and names.
	Axes AxesKind
	// AspectEqual makes one data unit as long on the y axis as on the x
	// axis, shrinking the plot area along one of them: perpendicular lines
	// in the data look perpendicular. Both axes must be linear.
	AspectEqual bool
	// Marks are drawn in order, later marks on top.
	Marks []PlotMark
}

func (*Plot) keyword() string { return "plot" }

// AxesKind says which axes of a plot are drawn.
type AxesKind int

// The kinds of axes. The zero value draws both.
const (
	AxesBoth AxesKind = iota
	AxesNone          // no frame, ticks or axis names
	AxesX             // the x axis alone, as the bottom line with its ticks
	AxesY             // the y axis alone, as the left line with its ticks
)

// axesKindConsts names the constants of AxesKind in order (see checkEnum).
var axesKindConsts = []string{"AxesBoth", "AxesNone", "AxesX", "AxesY"}

func (AxesKind) consts() []string { return axesKindConsts }

var axesKindNames = [...]string{"both", "none", "x", "y"}

// String returns the kind's name as written in the language.
func (k AxesKind) String() string {
	if k >= 0 && int(k) < len(axesKindNames) {
		return axesKindNames[k]
	}
	return "both"
}

// AxesKindNames lists the names of the kinds of axes, in order.
func AxesKindNames() []string { return append([]string(nil), axesKindNames[:]...) }

// ParseAxesKind returns the kind of axes with the given name.
func ParseAxesKind(s string) (AxesKind, bool) {
	for i, n := range axesKindNames {
		if n == s {
			return AxesKind(i), true
		}
	}
	return AxesBoth, false
}

// ShowX reports whether the x axis is drawn.
func (k AxesKind) ShowX() bool { return k == AxesBoth || k == AxesX }

// ShowY reports whether the y axis is drawn.
func (k AxesKind) ShowY() bool { return k == AxesBoth || k == AxesY }

// Axis is one axis of a plot: its range, its name and its scale.
type Axis struct {
	// Lo and Hi are the range; Lo == Hi (both zero when not written) means
	// the range follows the data.
	Lo, Hi float64
	Name   string
	Log    bool // a log10 scale; needs 0 < Lo < Hi
	Pos    Pos
}

// LegendPlace is where a plot's legend goes: chosen by the layout
// (LegendAuto), in a corner of the plot area, or outside it.
type LegendPlace int

// The legend places.
const (
	NoLegend LegendPlace = iota
	LegendTopRight
	LegendTopLeft
	LegendBottomRight
	LegendBottomLeft
	// LegendAuto puts the legend where it covers the least of the marks:
	// in a corner or at the middle of an edge of the plot area, or
	// outside it, on the right or below, when every place inside covers
	// some mark.
	LegendAuto
	// LegendOutsideRight puts the legend right of the plot area.
	LegendOutsideRight
	// LegendOutsideBelow puts the legend below the axis, in rows.
	LegendOutsideBelow
)

// legendPlaceConsts names the constants of LegendPlace in order (see checkEnum).
var legendPlaceConsts = []string{"NoLegend", "LegendTopRight", "LegendTopLeft", "LegendBottomRight", "LegendBottomLeft",
	"LegendAuto", "LegendOutsideRight", "LegendOutsideBelow"}

func (LegendPlace) consts() []string { return legendPlaceConsts }

var legendPlaceNames = [...]string{"none", "top-right", "top-left", "bottom-right", "bottom-left", "auto", "outside right", "outside below"}

// String returns the place's name as written in the language.
func (p LegendPlace) String() string {
	if p >= 0 && int(p) < len(legendPlaceNames) {
		return legendPlaceNames[p]
	}
	return "none"
}

// LegendPlaceNames lists the places a legend may take, in order: none,
// the corners, auto and the two places outside.
func LegendPlaceNames() []string { return append([]string(nil), legendPlaceNames[:]...) }

// ParseLegendPlace returns the legend place with the given name ("none",
// a corner, "auto", "outside right" or "outside below").
func ParseLegendPlace(s string) (LegendPlace, bool) {
	for i, n := range legendPlaceNames {
		if n == s {
			return LegendPlace(i), true
		}
	}
	return NoLegend, false
}

// Outside reports whether the place is outside the plot area.
func (p LegendPlace) Outside() bool { return p == LegendOutsideRight || p == LegendOutsideBelow }

// Marker is the symbol drawn at a scatter point or on a path.
type Marker int

// The markers. NoMarker draws nothing.
const (
	NoMarker Marker = iota
	MarkerDot
	MarkerSquare
	MarkerTriangle
	MarkerDiamond
	MarkerCross
	MarkerStar
)

// markerConsts names the constants of Marker in order (see checkEnum).
var markerConsts = []string{"NoMarker", "MarkerDot", "MarkerSquare", "MarkerTriangle", "MarkerDiamond", "MarkerCross", "MarkerStar"}

func (Marker) consts() []string { return markerConsts }

var markerNames = [...]string{"none", "dot", "square", "triangle", "diamond", "cross", "star"}

// String returns the marker's name as written in the language.
func (m Marker) String() string {
	if m >= 0 && int(m) < len(markerNames) {
		return markerNames[m]
	}
	return "none"
}

// MarkerNames lists the marker names, without "none".
func MarkerNames() []string { return append([]string(nil), markerNames[1:]...) }

// ParseMarker returns the marker with the given name.
func ParseMarker(s string) (Marker, bool) {
	for i, n := range markerNames {
		if n == s {
			return Marker(i), true
		}
	}
	return NoMarker, false
}

// PlotMark is one mark of a plot: *Curve, *Scatter, *PlotPath, *PlotArea,
// *Region, *Contour, *Rule, *PlotLabel, *Fit, *PlotShape, *Decision,
// *Field or *PlotPoint.
type PlotMark interface {
	Element
	// Mark returns the mark's common fields.
	Mark() *MarkHead
	// keyword returns the keyword of the mark's statement, which names
	// the mark in errors: "curve", "points", ...
	keyword() string
	// check checks the mark's own fields, with the mark at the end of v's
	// path, its id declared and its tone checked; p is its plot.
	check(v *validator, p *Plot)
}

// A line is a mark that an area may lie under: a curve, a path or a fit.
type line interface {
	PlotMark
	isLine()
}

// MarkHead holds what every plot mark has: an id the animation can target
// (may be empty), the label shown in the legend or next to the mark, its
// tone and the position of its statement.
type MarkHead struct {
	ID    string
	Label string
	Tone  Tone
	// Y2 draws the mark against the plot's secondary y axis (Plot.Y2); it
	// is taken by curves, points, paths, rules, labels and fits, and an
	// area under a line on Y2 lies on Y2 too.
	Y2  bool
	Pos Pos
}

// Mark returns h itself, so that embedding MarkHead gives a mark its Mark
// method.
func (h *MarkHead) Mark() *MarkHead { return h }

// Position returns the position of the mark's statement; promoted to every
// plot mark.
func (h *MarkHead) Position() Pos { return h.Pos }

// Formula is an expression in x and y (see package expr) as written, with
// the position of its first character for error messages.
type Formula struct {
	Text string
	Pos  Pos
}

// XY is a point in data coordinates.
type XY struct{ X, Y float64 }

// Curve is the graph of y = f(x) over the x axis, or over [From, To] when
// From < To.
type Curve struct {
	MarkHead
	Y        Formula
	From, To float64
	Dashed   bool
}

// Scatter is a set of points of one or more classes. The points come from
// exactly one source: Points, Blobs or Sampled.
type Scatter struct {
	MarkHead
	Points  []XY
	Blobs   *Blobs
	Sampled *Sampled
	// Marker is the symbol of the first class; further classes of Blobs
	// take the next markers and tones in turn.
	Marker Marker
	// Classes names the classes for the legend; empty uses Label.
	Classes []string
	// Centers draws the centre of each blob as a star (Blobs only).
	Centers bool
}

// Blobs asks for N points in K Gaussian clusters spread over the plot's
// range, drawn from a generator seeded with Seed. Spread is the standard
// deviation as a fraction of the range; zero means 0.06.
type Blobs struct {
	Seed   uint64
	K, N   int
	Spread float64
}

// Sampled asks for N points (x, f(x)) at evenly spaced x over the x axis.
type Sampled struct {
	N int
	Y Formula
}

// PlotPath is a polyline through given points, optionally with an
// arrowhead at its end and a marker at its first point. The marker is an
// element of its own, with the id ID + ".marker", so the animation can move
// it along the path.
type PlotPath struct {
	MarkHead
	Points []XY
	Marker Marker
	Arrow  bool
	Dashed bool
}

// PlotArea is the shaded area under the curve or path Upper (down to y = 0,
// or the bottom of the axis when 0 is out of range), between Upper and
// Lower when Lower is set, or between Upper and the constant y = Base when
// HasBase is set. Upper and Lower are ids of marks of the same plot.
type PlotArea struct {
	MarkHead
	Upper, Lower string
	Base         float64
	HasBase      bool
}

// Region is the shaded half-plane where Lhs > Rhs (or Lhs < Rhs when Less is
// set); Lhs − Rhs must be linear in x and y, as in 2*x + y - 1 > 0.
type Region struct {
	MarkHead
	Lhs, Rhs Formula
	Less     bool
}

// Contour draws the level lines z = f(x, y) = level for each of Levels.
type Contour struct {
	MarkHead
	Z      Formula
	Levels []float64
	Dashed bool
}

// Rule is a straight reference line: vertical at x = X when Vertical is
// set, otherwise y = Y, where Y is a constant or linear in x (y = x is the
// diagonal of a ROC plot).
type Rule struct {
	MarkHead
	Vertical bool
	X        float64
	// XFormula, when set, is the formula X was computed from, written with
	// constants (rule x = t): a parameter in it moves the rule when the
	// animation sweeps it.
	XFormula Formula
	Y        Formula
	Dashed   bool
}

// PlotLabel is a text (its Label) at a data point; with an arrow, the text
// is centred on At and a leader arrow points from it to To.
type PlotLabel struct {
	MarkHead
	At    XY
	To    XY
	Arrow bool
}

func (*Curve) keyword() string     { return "curve" }
func (*Scatter) keyword() string   { return "points" }
func (*PlotPath) keyword() string  { return "path" }
func (*PlotArea) keyword() string  { return "area" }
func (*Region) keyword() string    { return "region" }
func (*Contour) keyword() string   { return "contour" }
func (*Rule) keyword() string      { return "rule" }
func (*PlotLabel) keyword() string { return "label" }

func (*Curve) isLine()    {}
func (*PlotPath) isLine() {}

// Parts returns the parts of a scatter of blobs: each class, and with
// Centers, the centres together and each centre. Other scatters have none.
func (s *Scatter) Parts() []Part {
	if s.Blobs == nil {
		return nil
	}
	var parts []Part
	for i := 1; i <= s.Blobs.K; i++ {
		parts = append(parts, PartClass.N(i))
	}
	if s.Centers {
		parts = append(parts, PartCenters)
		for i := 1; i <= s.Blobs.K; i++ {
			parts = append(parts, PartCenter.N(i))
		}
	}
	return parts
}

// Parts returns the marker of a path that has one, and nothing otherwise.
func (p *PlotPath) Parts() []Part {
	if p.Marker == NoMarker {
		return nil
	}
	return []Part{PartMarker}
}

// Position returns where the axis was declared.
func (a *Axis) Position() Pos { return a.Pos }

// Position returns the position of the formula's first character.
func (f *Formula) Position() Pos { return f.Pos }

// Position returns the zero Pos: Blobs record no position of their own.
func (*Blobs) Position() Pos { return Pos{} }

// Position returns the zero Pos: Sampled records no position of its own.
func (*Sampled) Position() Pos { return Pos{} }

func (p *Plot) walk(f func(Element) bool) {
	Inspect(&p.X, f)
	Inspect(&p.Y, f)
	Inspect(p.Y2, f)
	walkList(p.Marks, f)
}

func (c *Curve) walk(f func(Element) bool) { Inspect(&c.Y, f) }

func (s *Scatter) walk(f func(Element) bool) {
	Inspect(s.Blobs, f)
	Inspect(s.Sampled, f)
}

func (s *Sampled) walk(f func(Element) bool) { Inspect(&s.Y, f) }

func (r *Region) walk(f func(Element) bool) {
	Inspect(&r.Lhs, f)
	Inspect(&r.Rhs, f)
}

func (c *Contour) walk(f func(Element) bool) { Inspect(&c.Z, f) }
func (r *Rule) walk(f func(Element) bool) {
	Inspect(&r.XFormula, f)
	Inspect(&r.Y, f)
}

func (*Axis) walk(func(Element) bool)      {}
func (*Formula) walk(func(Element) bool)   {}
func (*Blobs) walk(func(Element) bool)     {}
func (*PlotPath) walk(func(Element) bool)  {}
func (*PlotArea) walk(func(Element) bool)  {}
func (*PlotLabel) walk(func(Element) bool) {}

func (a *Axis) eachString(f func(string))     { f(a.Name) }
func (fm *Formula) eachString(f func(string)) { f(fm.Text) }

// eachString gives the id and the label; promoted to the marks that hold
// no other strings.
func (h *MarkHead) eachString(f func(string)) {
	f(h.ID)
	f(h.Label)
}

func (s *Scatter) eachString(f func(string)) {
	f(s.ID)
	f(s.Label)
	eachOf(s.Classes, f)
}

func (a *PlotArea) eachString(f func(string)) {
	f(a.ID)
	f(a.Label)
	f(a.Upper)
	f(a.Lower)
}

func (*Blobs) eachString(func(string))   {}
func (*Sampled) eachString(func(string)) {}

// check checks a plot: its axes, size and marks.
func (p *Plot) check(v *validator) {
	p.X.check(v, "x")
	p.Y.check(v, "y")
	if p.Y2 != nil {
		p.Y2.check(v, "y2")
	}
	for _, x := range []float64{p.Width, p.Height} {
		if !(x == 0 || x >= 80 && x <= 2000) {
			v.errorf(p, "Width and Height are px from 80 to 2000, or 0 for the default", "plot size %g × %g is out of range", p.Width, p.Height)
			break
		}
	}
	checkEnum(v, p, "legend place", p.Legend)
	checkEnum(v, p, "axes", p.Axes)
	if p.AspectEqual && (p.X.Log || p.Y.Log) {
		v.errorf(p, "an equal aspect needs linear axes; drop log or the aspect", "aspect equal with a log axis")
	}
	for i, m := range p.Marks {
		if isNil(m) {
			v.nilEntry(p, "Marks", i)
			continue
		}
		kind := m.keyword()
		h := m.Mark()
		if v.in(m, step{kind: kind, id: h.ID, index: i + 1}, kind) {
			v.declare(h.ID, kind, m)
			v.tone(m, h.Tone)
			if h.Y2 {
				p.checkY2(v, m)
			}
			m.check(v, p)
			v.out(m)
		}
	}
}

// checkY2 checks a mark drawn against the secondary y axis: the plot has
// one, and the mark is of a kind that has y values of its own.
func (p *Plot) checkY2(v *validator, m PlotMark) {
	switch m.(type) {
	case *Curve, *Scatter, *PlotPath, *Rule, *PlotLabel, *Fit, *PlotArea:
	default:
		v.errorf(m, "curves, points, paths, rules, labels and fits may be drawn on y2", "%s cannot be drawn on y2", m.keyword())
		return
	}
	if p.Y2 == nil {
		v.errorf(m, "declare the secondary axis in the plot, like y2 0 .. 1 \"name\"", "%s on y2, but the plot has no y2 axis", m.keyword())
	}
}

// mark returns the first mark of p with the id, or nil.
func (p *Plot) mark(id string) PlotMark {
	if id == "" {
		return nil
	}
	for _, m := range p.Marks {
		if !isNil(m) && m.Mark().ID == id {
			return m
		}
	}
	return nil
}

// lineIDs returns the ids of the lines of p that are the first mark with
// their id, in order.
func (p *Plot) lineIDs() []string {
	var ids []string
	for _, m := range p.Marks {
		if _, ok := m.(line); ok && !isNil(m) && p.mark(m.Mark().ID) == m {
			ids = append(ids, m.Mark().ID)
		}
	}
	return ids
}

// check checks one axis of a plot, named name.
func (a *Axis) check(v *validator, name string) {
	v.push(step{kind: name + " axis"})
	defer v.pop()
	if !v.finite(a, name+" range", a.Lo, a.Hi) {
		return
	}
	switch {
	case a.Lo > a.Hi:
		v.errorf(a, fmt.Sprintf("write the smaller value first, like %s %g .. %g; equal ends let the range follow the data", name, a.Hi, a.Lo),
			"%s range %g .. %g is empty", name, a.Lo, a.Hi)
	case a.Log && a.Lo != a.Hi && a.Lo <= 0:
		v.errorf(a, "a log scale needs a range above 0, like "+name+" 0.01 .. 100", "%s log scale starts at %g", name, a.Lo)
	case math.IsInf(a.Hi-a.Lo, 0):
		v.errorf(a, "write a range whose width is a finite number, like "+name+" -1e300 .. 1e300", "%s range %g .. %g is too wide", name, a.Lo, a.Hi)
	}
}

// formulaHint is the hint for a missing formula.
const formulaHint = "write a formula in x and y, like x^2 + 1"

func (c *Curve) check(v *validator, _ *Plot) {
	v.need(c, c.Y.Text, formulaHint, "curve has no formula")
	if v.finite(c, "curve range", c.From, c.To) && c.From > c.To {
		v.errorf(c, "write the smaller value first; equal ends draw the curve over the whole axis", "curve range from %g to %g is empty", c.From, c.To)
	}
}

// check checks the source of a scatter's points.
func (s *Scatter) check(v *validator, _ *Plot) {
	sources := 0
	if len(s.Points) > 0 {
		sources++
	}
	if s.Blobs != nil {
		sources++
	}
	if s.Sampled != nil {
		sources++
	}
	switch {
	case sources == 0:
		v.errorf(s, "set Points, Blobs or Sampled", "points have no data")
	case sources > 1:
		v.errorf(s, "set one of Points, Blobs and Sampled", "points have %d sources of data", sources)
	}
	for _, q := range s.Points {
		v.finite(s, "point", q.X, q.Y)
	}
	checkEnum(v, s, "marker", s.Marker)
	whole := func(what string, n, lo, hi int) bool {
		if n < lo || n > hi {
			v.errorf(s, fmt.Sprintf("use a whole number from %d to %d", lo, hi), "%s %d is out of range", what, n)
			return false
		}
		return true
	}
	kOK := false
	if b := s.Blobs; b != nil {
		kOK = whole("blobs K", b.K, 1, 8)
		whole("blobs N", b.N, 1, 2000)
		if v.finite(s, "blobs spread", b.Spread) && (b.Spread < 0 || b.Spread > 1) {
			v.errorf(s, "spread is a fraction of the range, above 0 and at most 1 (0 for the default)", "blobs spread %g is out of range", b.Spread)
		}
	}
	if sm := s.Sampled; sm != nil {
		whole("sampled N", sm.N, 1, 2000)
		v.need(s, sm.Y.Text, "write a formula in x, like x^2 + 1", "sampled points have no formula")
	}
	switch {
	case len(s.Classes) > 0 && s.Blobs == nil:
		v.errorf(s, "name the points with Label; Classes names the classes of blobs", "points of one class have %d class names", len(s.Classes))
	case len(s.Classes) > 0 && kOK && len(s.Classes) != s.Blobs.K:
		v.errorf(s, "give one name per class, or none and a Label", "%d class names for %d classes", len(s.Classes), s.Blobs.K)
	}
	if s.Centers && s.Blobs == nil {
		v.errorf(s, "only blobs have centres", "Centers needs Blobs")
	}
	if s.Blobs == nil || kOK {
		v.declareParts(s.ID, s.Parts(), s)
	}
}

func (p *PlotPath) check(v *validator, _ *Plot) {
	if len(p.Points) < 2 {
		v.errorf(p, "give a path at least two points", "path has %d point(s)", len(p.Points))
	}
	for _, q := range p.Points {
		v.finite(p, "point", q.X, q.Y)
	}
	checkEnum(v, p, "marker", p.Marker)
	v.declareParts(p.ID, p.Parts(), p)
}

// check checks that an area lies under lines of its plot.
func (a *PlotArea) check(v *validator, p *Plot) {
	if a.HasBase && v.finite(a, "area base", a.Base) && a.Lower != "" {
		v.errorf(a, "an area lies between two lines, or a line and a constant", "area has both a Lower line and a Base")
	}
	for _, ref := range []struct{ field, id string }{{"Upper", a.Upper}, {"Lower", a.Lower}} {
		if ref.id == "" && ref.field == "Lower" {
			continue
		}
		target := p.mark(ref.id)
		if _, ok := target.(line); ok {
			continue
		}
		if target == nil {
			v.report(a, v.path, suggestion(ref.id, p.lineIDs),
				"an area lies under a curve or path of its plot, named by its id", "unknown curve or path %q in %s", ref.id, ref.field)
		} else {
			v.errorf(a, "an area lies under a curve or a path", "%q is %s, not a curve or path", ref.id, article(target.keyword()))
		}
	}
}

func (r *Region) check(v *validator, _ *Plot) {
	v.need(r, r.Lhs.Text, formulaHint, "region has no left-hand side")
	v.need(r, r.Rhs.Text, formulaHint, "region has no right-hand side")
}

func (c *Contour) check(v *validator, _ *Plot) {
	v.need(c, c.Z.Text, formulaHint, "contour has no formula")
	v.finite(c, "contour level", c.Levels...)
}

func (r *Rule) check(v *validator, _ *Plot) {
	if r.Vertical {
		v.finite(r, "rule x", r.X)
	} else {
		v.need(r, r.Y.Text, "write y = a constant or a linear formula in x, like y = x", "rule has no formula")
	}
}

func (l *PlotLabel) check(v *validator, _ *Plot) {
	v.need(l, l.Label, "give the label its text in Label", "label has no text")
	v.finite(l, "label point", l.At.X, l.At.Y)
	if l.Arrow {
		v.finite(l, "label arrow end", l.To.X, l.To.Y)
	}
}

// PlotPoint is one point whose coordinates are formulas of constants,
// parameters and counts (not of x or y), drawn with a marker: a point that
// follows a parameter, such as a ROC curve's operating point at the
// threshold t, (count(neg, x >= t) / count(neg), count(pos, x >= t) /
// count(pos)).
type PlotPoint struct {
	MarkHead
	X, Y   Formula
	Marker Marker
}

func (*PlotPoint) keyword() string { return "point" }

func (p *PlotPoint) walk(f func(Element) bool) {
	Inspect(&p.X, f)
	Inspect(&p.Y, f)
}

func (p *PlotPoint) check(v *validator, _ *Plot) {
	v.need(p, p.X.Text, "write the x of the point as a formula, like count(neg, x >= t) / 6", "point has no x formula")
	v.need(p, p.Y.Text, "write the y of the point as a formula, like count(pos, x >= t) / 6", "point has no y formula")
	checkEnum(v, p, "marker", p.Marker)
}
