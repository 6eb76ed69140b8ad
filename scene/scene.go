package scene

import "github.com/aiprep/diag/diagram"

// Point is a position in CSS px; y grows downward.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle: top-left corner, width and height.
type Rect struct{ X, Y, W, H float64 }

// Right returns the x of the rectangle's right edge.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns the y of the rectangle's bottom edge.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Center returns the rectangle's centre.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Union returns the smallest rectangle holding r and s. An empty rectangle
// (zero width and height at the origin) is ignored.
func (r Rect) Union(s Rect) Rect {
	if r == (Rect{}) {
		return s
	}
	if s == (Rect{}) {
		return r
	}
	x0, y0 := min(r.X, s.X), min(r.Y, s.Y)
	x1, y1 := max(r.Right(), s.Right()), max(r.Bottom(), s.Bottom())
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Inset returns r shrunk by d on every side (grown when d < 0).
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

// ClipSegment returns the part of the segment ab inside r (its border
// included) as the parameter range [t0, t1], 0 at a and 1 at b; ok is false
// when the segment misses r. It is Liang–Barsky clipping.
func (r Rect) ClipSegment(a, b Point) (t0, t1 float64, ok bool) {
	t0, t1 = 0, 1
	dx, dy := b.X-a.X, b.Y-a.Y
	for _, c := range [4][2]float64{{-dx, a.X - r.X}, {dx, r.Right() - a.X}, {-dy, a.Y - r.Y}, {dy, r.Bottom() - a.Y}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 > t1 {
			return 0, 0, false
		}
	}
	return t0, t1, true
}

// Scene is the laid-out diagram: every box, text and path in absolute
// coordinates, in drawing order. It is backend-neutral: the svg package
// draws it, and a PNG or PDF writer could too.
type Scene struct {
	// Width and Height are the size of the picture; the view box is
	// (0, 0, Width, Height).
	Width, Height float64
	// Title and Desc are the accessible name and description.
	Title string
	Desc  string
	Theme diagram.Theme
	// Items are drawn in order, later items on top.
	Items []Item
	// Captions holds where the animation's step captions and progress dots
	// go; the zero Rect means the diagram has no animation.
	Captions Rect
	// Plots lists every plot's area and data ranges, in drawing order, so
	// the animation can map data coordinates to the screen (move X to
	// (x, y)). The plot layout appends one PlotFrame per plot panel.
	Plots []PlotFrame
	// Badges lists the reading path's badges on the diagram, in step
	// order, each with the card of the panel whose element it marks.
	Badges []BadgeFrame
	// Sweeps lists, for each mark drawn at the values of a parameter the
	// animation sweeps, the groups that hold its drawings.
	Sweeps []Sweep
	// Connectors lists the lines between panels, in drawing order, each
	// with the boxes of its ends and the cards that hold them.
	Connectors []ConnectorFrame
	// Panels lists the cards of the leaf panels when the diagram has
	// connectors.
	Panels []Rect
	// Body is where the body's panels went: the box below the header and
	// above the legend, as wide as the body's panels; zero when the
	// diagram has no body.
	Body Rect
}

// Sweep is a mark drawn at each value of a parameter: Groups[i] is the id
// of the group that holds its drawing at Values[i]. The last group is the
// mark as the still picture shows it, at the last value; the others are
// overlays (KindOverlay), which the still picture hides.
type Sweep struct {
	Param  string
	Values []float64
	Groups []string
}

// ConnectorFrame is where a connector between panels went: its group's id,
// its route, the boxes of its two ends, the cards of the panels that hold
// them (zero for an end in no panel) and its label's box (zero for none).
type ConnectorFrame struct {
	ID     string
	Route  []Point
	Ends   [2]Rect
	Panels [2]Rect
	Label  Rect
}

// BadgeFrame is where a step's badge went: its group's id, its box and
// the card of the panel of the element it marks (zero for an element in
// no panel).
type BadgeFrame struct {
	ID    string
	R     Rect
	Panel Rect
}

// PlotFrame is where a plot's data coordinates land on the screen: the
// point (X0, Y0) is the bottom-left corner of Area and (X1, Y1) its
// top-right corner; a log axis maps log10 of the value linearly.
type PlotFrame struct {
	ID     string // the plot panel's id (may be empty)
	Area   Rect
	X0, X1 float64
	Y0, Y1 float64
	LogX   bool
	LogY   bool
}

// Role tells the quality checks and the animation what an item stands for.
type Role int

// The roles. RoleNone is decoration the checks ignore.
const (
	RoleNone  Role = iota
	RoleNode       // a graph node, tree node, actor box, matrix cell...: must not overlap another
	RoleEdge       // a connector between two nodes: must not pass through other nodes
	RoleLabel      // a free label: must not overlap another label
	RoleGroup      // a box drawn around members
	RolePanel      // a panel's frame
	RoleMark       // a plot mark: must stay inside its clip area
)

// Item is one drawable thing: *Box, *Path, *Circle, *Text or *Group.
type Item interface {
	// Bounds returns the item's extent (for texts, the measured ink box).
	Bounds() Rect
	isItem()
}

// Paint is a colour: a semantic tone in a role, or a raw colour that the
// language has already validated (e.g. "#1f77b4"). A zero Paint with
// None set means "no paint".
type Paint struct {
	None  bool
	Tone  diagram.Tone
	Role  PaintRole
	Color string // raw colour; wins over Tone when not empty
	// DarkColor is the raw colour in the dark theme, when it differs from
	// Color: a data colour such as a heatmap cell's, whose ramp runs the
	// other way on a dark page so that small values recede.
	DarkColor string
}

// PaintRole is which colour of a tone is meant.
type PaintRole int

// The paint roles of a tone.
const (
	Line    PaintRole = iota // strokes and borders
	Soft                     // pale background fill
	Solid                    // strong fill
	Ink                      // text on the page or on a Soft fill
	OnSolid                  // text on a Solid fill
	Page                     // the page background (tone ignored)
	Panel                    // a panel's background (tone ignored)
)

// NoPaint is the paint that draws nothing.
var NoPaint = Paint{None: true}

// Style is how a box, path or circle is filled and stroked.
type Style struct {
	Fill        Paint
	Stroke      Paint
	StrokeWidth float64
	Dash        []float64 // dash pattern; nil for solid
	Opacity     float64   // 0 means fully opaque
	ArrowStart  bool      // an arrowhead at the first point (paths only)
	ArrowEnd    bool      // an arrowhead at the last point (paths only)
	// EvenOdd fills a path of several closed loops by the even-odd rule:
	// a loop inside another cuts a hole (paths only).
	EvenOdd bool
}

// Box is a node outline of a given shape filling R.
type Box struct {
	ID     string
	Role   Role
	Shape  diagram.Shape
	R      Rect
	Corner float64 // corner radius for Box and Rounded
	Style  Style
}

// Bounds returns the box's rectangle.
func (b *Box) Bounds() Rect { return b.R }
func (*Box) isItem()        {}

// PathOp is one path command: 'M' move, 'L' line, 'Q' quadratic (control,
// end), 'C' cubic (two controls, end), 'Z' close.
type PathOp struct {
	Cmd byte
	Pts []Point
}

// Path is a polyline or curve. An edge fills From and To with the groups
// of the elements it joins (nodes, graph groups, actors), and Poly with the
// drawn route as a polyline (curves flattened), which the checks and the
// animation use.
type Path struct {
	ID    string
	Role  Role
	Ops   []PathOp
	Poly  []Point
	From  *Group
	To    *Group
	Style Style
	// Clip, when not zero, is the area the path must be clipped to.
	Clip Rect
}

// Ends returns the ids of the elements an edge joins; an end without an
// element or an id is "".
func (p *Path) Ends() (from, to string) {
	if p.From != nil {
		from = p.From.ID
	}
	if p.To != nil {
		to = p.To.ID
	}
	return from, to
}

// Bounds returns the extent of the path's points.
func (p *Path) Bounds() Rect {
	var r Rect
	first := true
	for _, op := range p.Ops {
		for _, q := range op.Pts {
			if first {
				r = Rect{q.X, q.Y, 0, 0}
				first = false
				continue
			}
			x0, y0 := min(r.X, q.X), min(r.Y, q.Y)
			x1, y1 := max(r.Right(), q.X), max(r.Bottom(), q.Y)
			r = Rect{x0, y0, x1 - x0, y1 - y0}
		}
	}
	return r
}
func (*Path) isItem() {}

// Circle is a dot, a marker or a circular mark.
type Circle struct {
	ID    string
	Role  Role
	C     Point
	R     float64
	Style Style
}

// Bounds returns the circle's bounding square.
func (c *Circle) Bounds() Rect { return Rect{c.C.X - c.R, c.C.Y - c.R, 2 * c.R, 2 * c.R} }
func (*Circle) isItem()        {}

// Anchor is the horizontal alignment of a text at its X.
type Anchor int

// The anchors.
const (
	Start Anchor = iota
	Middle
	End
)

// FontFace names one of the embedded faces. The values are those of
// font.Face, which measures and embeds them.
type FontFace int

// The faces.
const (
	Sans FontFace = iota
	SansBold
	Mono
)

// Run is a piece of a text line in one face and baseline. X is absolute:
// layout places every run, so no renderer has to measure.
type Run struct {
	Text   string
	Face   FontFace
	Size   float64
	X      float64
	Shift  float64 // baseline shift in px, negative is up (superscript)
	Width  float64 // measured advance
	Strike bool    // struck through
}

// Text is one line of text. Runs carry the measured pieces; X, Y is the
// anchor point on the baseline.
type Text struct {
	ID     string
	Role   Role
	X, Y   float64
	Anchor Anchor
	Size   float64 // size of the main face in px
	Paint  Paint
	Runs   []Run
	// Ink is the measured box of the line (ascent to descent).
	Ink Rect
	// Box, when not zero, is the area the text must fit in (for the text
	// overflow check).
	Box Rect
}

// Bounds returns the text's measured box.
func (t *Text) Bounds() Rect { return t.Ink }
func (*Text) isItem()        {}

// String returns the text of all runs joined.
func (t *Text) String() string {
	s := ""
	for _, r := range t.Runs {
		s += r.Text
	}
	return s
}

// Group gathers items under one id, so that the animation can act on them as
// one element. Clip, when not zero, clips the members.
type Group struct {
	ID    string
	Role  Role
	Items []Item
	Clip  Rect
	// Kind says what the group stands for.
	Kind GroupKind
	// Grow, when set, says that the members are the bars of a chart, which
	// the animation may grow from their baseline.
	Grow *Grow
	// Zone, set on a group of KindZone, is what the zone encloses, for the
	// quality checks.
	Zone *Zone
}

// Zone is the region of a graph's zone: the ids of its members (the nodes
// and groups listed, and every node and group inside a listed group) and
// its outline, one or more closed orthogonal polygons. A point is inside
// the zone when it is inside an odd number of them.
type Zone struct {
	Members []string
	Outline [][]Point
}

// Grow is the line the bars of a group grow from: the y of a horizontal
// line, or the x of a vertical line for bars that run sideways
// (Horizontal). Order is the round in which the group grows when the
// animation grows several groups of one element: the groups of round 0
// first, all at once, then those of round 1 from the ends of round 0 (the
// next series of a stack, the next part of a proportional bar), and so on.
type Grow struct {
	At         float64
	Horizontal bool
	Order      int
}

// Bounds returns the union of the members' bounds.
func (g *Group) Bounds() Rect {
	var r Rect
	for _, it := range g.Items {
		r = r.Union(it.Bounds())
	}
	return r
}
func (*Group) isItem() {}

// Walk calls fn for every item in depth-first drawing order, groups before
// their members. It stops early when fn returns false for a group's member
// list (the members are skipped).
func Walk(items []Item, fn func(Item) bool) {
	for _, it := range items {
		if !fn(it) {
			continue
		}
		if g, ok := it.(*Group); ok {
			Walk(g.Items, fn)
		}
	}
}

// Find returns the group or item with the given id, or nil.
func (s *Scene) Find(id string) Item {
	var found Item
	Walk(s.Items, func(it Item) bool {
		if found != nil {
			return false
		}
		if IDOf(it) == id {
			found = it
			return false
		}
		return true
	})
	return found
}

// IDOf returns the id of an item of any kind ("" when it has none).
func IDOf(it Item) string {
	switch v := it.(type) {
	case *Box:
		return v.ID
	case *Path:
		return v.ID
	case *Circle:
		return v.ID
	case *Text:
		return v.ID
	case *Group:
		return v.ID
	}
	return ""
}
