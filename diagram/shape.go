package diagram

import "fmt"

// ShapeKind is the kind of a filled PlotShape.
type ShapeKind int

// The kinds of shape.
const (
	ShapeRect    ShapeKind = iota // the rectangle with the corners Points[0] and Points[1]
	ShapePolygon                  // the polygon through Points, closed
	ShapeBand                     // the vertical band From ≤ x ≤ To, the plot's full height
)

// shapeKindConsts names the constants of ShapeKind in order (see checkEnum).
var shapeKindConsts = []string{"ShapeRect", "ShapePolygon", "ShapeBand"}

func (ShapeKind) consts() []string { return shapeKindConsts }

var shapeKindNames = [...]string{"rect", "polygon", "band"}

// String returns the keyword of the shape's statement.
func (k ShapeKind) String() string {
	if k >= 0 && int(k) < len(shapeKindNames) {
		return shapeKindNames[k]
	}
	return "rect"
}

// MaxShapePoints caps the corners of a polygon.
const MaxShapePoints = 1000

// PlotShape is a filled shape in data coordinates, drawn beneath every line
// and point like an area and clipped to the plot area: a rectangle (a leaf
// of a tree's partition, a residual square), a polygon, or a vertical band
// between two x values (a validation window, a confidence interval). Its
// label goes in its middle, or in the legend.
type PlotShape struct {
	MarkHead
	Kind     ShapeKind
	Points   []XY
	From, To float64
}

func (s *PlotShape) keyword() string { return s.Kind.String() }

func (*PlotShape) walk(func(Element) bool) {}

// check checks a shape's points or range.
func (s *PlotShape) check(v *validator, _ *Plot) {
	if !checkEnum(v, s, "shape kind", s.Kind) {
		return
	}
	for _, q := range s.Points {
		if !v.finite(s, "point", q.X, q.Y) {
			return
		}
	}
	switch s.Kind {
	case ShapeRect:
		if len(s.Points) != 2 {
			v.errorf(s, "give a rectangle two opposite corners", "rect has %d point(s)", len(s.Points))
		}
	case ShapePolygon:
		if len(s.Points) < 3 || len(s.Points) > MaxShapePoints {
			v.errorf(s, fmt.Sprintf("give a polygon 3 to %d corners", MaxShapePoints), "polygon has %d point(s)", len(s.Points))
		}
	case ShapeBand:
		if len(s.Points) > 0 {
			v.errorf(s, "a band has a range From .. To and no points", "band has %d point(s)", len(s.Points))
		}
		if v.finite(s, "band range", s.From, s.To) && !(s.From < s.To) {
			v.errorf(s, "write the smaller value first", "band from %g to %g is empty", s.From, s.To)
		}
	}
}
