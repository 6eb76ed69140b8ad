package diagram

// Plot is a panel of axes with marks drawn in data coordinates: curves
// y = f(x), scatter points, paths, shaded areas and half-planes, contour
// lines, reference rules and labels. Everything is clipped to the plot area.
type Plot struct {
	PanelHead
	X, Y Axis
	// Width and Height are the size of the plot area in px (the axes'
	// inside); zero means the default, 360 × 240.
	Width, Height float64
	// Grid draws light lines at every tick.
	Grid bool
	// Legend says where the legend of labelled marks goes; NoLegend draws
	// each mark's label next to the mark instead.
	Legend LegendPlace
	// Marks are drawn in order, later marks on top.
	Marks []PlotMark
}

func (*Plot) isPanel() {}

// Axis is one axis of a plot: its range, its name and its scale.
type Axis struct {
	// Lo and Hi are the range; Lo == Hi (both zero when not written) means
	// the range follows the data.
	Lo, Hi float64
	Name   string
	Log    bool // a log10 scale; needs 0 < Lo < Hi
	Pos    Pos
}

// LegendPlace is the corner of the plot area the legend sits in.
type LegendPlace int

// The legend places.
const (
	NoLegend LegendPlace = iota
	LegendTopRight
	LegendTopLeft
	LegendBottomRight
	LegendBottomLeft
)

var legendPlaceNames = [...]string{"none", "top-right", "top-left", "bottom-right", "bottom-left"}

// String returns the place's name as written in the language.
func (p LegendPlace) String() string {
	if p >= 0 && int(p) < len(legendPlaceNames) {
		return legendPlaceNames[p]
	}
	return "none"
}

// LegendPlaceNames lists the corners a legend may take, in order.
func LegendPlaceNames() []string { return append([]string(nil), legendPlaceNames[1:]...) }

// ParseLegendPlace returns the legend place with the given name.
func ParseLegendPlace(s string) (LegendPlace, bool) {
	for i, n := range legendPlaceNames {
		if n == s && i > 0 {
			return LegendPlace(i), true
		}
	}
	return NoLegend, false
}

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
// *Region, *Contour, *Rule or *PlotLabel.
type PlotMark interface {
	Element
	// Mark returns the mark's common fields.
	Mark() *MarkHead
	isMark()
}

// MarkHead holds what every plot mark has: an id the animation can target
// (may be empty), the label shown in the legend or next to the mark, its
// tone and the position of its statement.
type MarkHead struct {
	ID    string
	Label string
	Tone  Tone
	Pos   Pos
}

// Mark returns h itself, so that embedding MarkHead gives a mark its Mark
// method.
func (h *MarkHead) Mark() *MarkHead { return h }

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
// or the bottom of the axis when 0 is out of range), or between Upper and
// Lower when Lower is set. Upper and Lower are ids of marks of the same plot.
type PlotArea struct {
	MarkHead
	Upper, Lower string
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

func (*Curve) isMark()     {}
func (*Scatter) isMark()   {}
func (*PlotPath) isMark()  {}
func (*PlotArea) isMark()  {}
func (*Region) isMark()    {}
func (*Contour) isMark()   {}
func (*Rule) isMark()      {}
func (*PlotLabel) isMark() {}
