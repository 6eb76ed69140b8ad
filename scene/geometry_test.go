package scene

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/scene/geom"
)

// TestGeometryMarks checks that the geometry says what each plot mark
// covers (a dot, a line with its points, an area with its outline or its
// box) and lists the boxes of legends.
func TestGeometryMarks(t *testing.T) {
	area := Rect{X: 0, Y: 0, W: 100, H: 50}
	line := []Point{{0, 10}, {50, 20}}
	fill := []Point{{0, 0}, {10, 0}, {10, 10}}
	s := &Scene{Items: []Item{
		&Group{ID: "p", Clip: area, Items: []Item{
			&Circle{Role: RoleMark, C: Point{5, 5}, R: 2},
			&Path{Role: RoleMark, Ops: Polyline(line...), Poly: line, Style: Style{Fill: NoPaint}},
			&Path{Role: RoleMark, Ops: Polygon(fill...), Poly: fill},
			&Path{Role: RoleMark, Ops: Polygon(Point{1, 1}, Point{3, 1}, Point{2, 3})},
			&Box{Role: RoleMark, R: Rect{X: 20, Y: 30, W: 10, H: 20}},
		}},
		&Group{ID: "p", Kind: KindLegend, Items: []Item{&Box{R: Rect{X: 60, Y: 5, W: 30, H: 12}}}},
	}}
	g := s.Geometry()
	a := geom.Box{W: 100, H: 50}
	want := []geom.Mark{
		{ID: "p", X: 3, Y: 3, W: 4, H: 4, Area: a, Kind: geom.MarkDot},
		{ID: "p", X: 0, Y: 10, W: 50, H: 10, Area: a, Kind: geom.MarkLine, Points: [][2]float64{{0, 10}, {50, 20}}},
		{ID: "p", X: 0, Y: 0, W: 10, H: 10, Area: a, Kind: geom.MarkArea, Points: [][2]float64{{0, 0}, {10, 0}, {10, 10}}},
		{ID: "p", X: 1, Y: 1, W: 2, H: 2, Area: a, Kind: geom.MarkDot},
		{ID: "p", X: 20, Y: 30, W: 10, H: 20, Area: a, Kind: geom.MarkArea},
	}
	if diff := cmp.Diff(want, g.Marks); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]geom.Box{{ID: "p", X: 60, Y: 5, W: 30, H: 12}}, g.Legends); diff != "" {
		t.Errorf("legends (-want +got):\n%s", diff)
	}
}
