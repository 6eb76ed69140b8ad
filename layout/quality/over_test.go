package quality

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// plotArea is the area every mark of the tests below stays in.
var plotArea = geom.Box{ID: "p", W: 200, H: 100}

func dotMark(id string, x, y float64) geom.Mark {
	return geom.Mark{ID: id, X: x - 4, Y: y - 4, W: 8, H: 8, Area: plotArea, Kind: geom.MarkDot}
}

// lineMark builds a line mark from x0, y0, x1, y1, ..., with its box.
func lineMark(id string, xy ...float64) geom.Mark {
	m := geom.Mark{ID: id, Area: plotArea, Kind: geom.MarkLine}
	b := emptyBounds
	for i := 0; i+1 < len(xy); i += 2 {
		m.Points = append(m.Points, [2]float64{xy[i], xy[i+1]})
		b = b.union(rect{xy[i], xy[i+1], xy[i], xy[i+1]})
	}
	m.X, m.Y, m.W, m.H = b.x0, b.y0, b.x1-b.x0, b.y1-b.y0
	return m
}

func areaMark(id string, xy ...float64) geom.Mark {
	m := lineMark(id, xy...)
	m.Kind = geom.MarkArea
	return m
}

func TestOverMarks(t *testing.T) {
	legend := geom.Box{ID: "p", X: 140, Y: 10, W: 50, H: 30} // x 140..190, y 10..40
	label := geom.Box{ID: "l", X: 20, Y: 60, W: 30, H: 10}   // x 20..50, y 60..70
	bar := geom.Mark{ID: "bar", X: 20, Y: 50, W: 30, H: 50, Area: plotArea, Kind: geom.MarkArea}
	tests := []struct {
		name  string
		marks []geom.Mark
		want  int
	}{
		{"nothing near", []geom.Mark{dotMark("a", 100, 50), lineMark("c", 0, 90, 100, 90)}, 0},
		{"line passing between legend and label", []geom.Mark{lineMark("c", 0, 50, 200, 50)}, 0},
		{"line touching the legend's edge", []geom.Mark{lineMark("c", 100, 40, 200, 40)}, 0},
		{"line within the tolerance of the edge", []geom.Mark{lineMark("c", 100, 39.6, 200, 39.6)}, 0},
		{"line whose box meets the legend but not its points", []geom.Mark{lineMark("c", 100, 0, 200, 100, 200, 100)}, 0},
		{"dot under the legend", []geom.Mark{dotMark("a", 150, 20)}, 1},
		{"dot beside the legend", []geom.Mark{dotMark("a", 195, 25)}, 0},
		{"line through the legend", []geom.Mark{lineMark("c", 0, 25, 200, 25)}, 1},
		{"vertical rule through the label", []geom.Mark{lineMark("r", 30, 0, 30, 100)}, 1},
		{"line through the legend and the label", []geom.Mark{lineMark("c", 0, 65, 100, 65, 160, 20)}, 2},
		{"one line entering the legend twice counts once", []geom.Mark{lineMark("c", 130, 20, 170, 20, 170, 60, 180, 60, 180, 20, 200, 20)}, 1},
		{"area under the legend", []geom.Mark{areaMark("f", 100, 0, 200, 0, 200, 100, 100, 100)}, 1},
		{"legend inside a large area", []geom.Mark{areaMark("f", 0, 0, 200, 0, 200, 100, 0, 100)}, 1},
		{"area beside the legend", []geom.Mark{areaMark("f", 0, 80, 200, 80, 200, 100, 0, 100)}, 0},
		{"triangle whose box meets the legend but not its inside", []geom.Mark{areaMark("f", 100, 0, 139, 0, 100, 100)}, 0},
		{"label on its bar", []geom.Mark{bar}, 0},
		{"label on a shaded area", []geom.Mark{areaMark("f", 0, 50, 100, 50, 100, 100, 0, 100)}, 0},
		{"several", []geom.Mark{dotMark("a", 150, 20), dotMark("b", 30, 65), lineMark("c", 0, 25, 200, 25), areaMark("f", 130, 0, 200, 0, 200, 30)}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := geom.Geometry{Labels: []geom.Box{label}, Legends: []geom.Box{legend}, Marks: tt.marks}
			r := Measure(g)
			if r.OverMarks != tt.want {
				t.Errorf("OverMarks = %d, want %d\n%s", r.OverMarks, tt.want, strings.Join(r.Problems, "\n"))
			}
			if len(r.Problems) != tt.want {
				t.Errorf("%d problem lines, want %d:\n%s", len(r.Problems), tt.want, strings.Join(r.Problems, "\n"))
			}
		})
	}
}

// TestOverMarksLegendText checks that the texts of a legend are not counted
// again as labels over the marks the legend covers, and that a legend or a
// mark with a coordinate that is not finite is counted as invalid only.
func TestOverMarksLegendText(t *testing.T) {
	g := geom.Geometry{
		Legends: []geom.Box{{ID: "p", X: 140, Y: 10, W: 50, H: 30}},
		Labels:  []geom.Box{{ID: "p", X: 160, Y: 15, W: 25, H: 10}},
		Marks:   []geom.Mark{lineMark("c", 0, 20, 200, 20)},
	}
	r := Measure(g)
	if r.OverMarks != 1 {
		t.Errorf("OverMarks = %d, want 1 (the legend, not its text)\n%s", r.OverMarks, strings.Join(r.Problems, "\n"))
	}
	want := "over a mark: legend p covers mark c (line)"
	if len(r.Problems) != 1 || r.Problems[0] != want {
		t.Errorf("problems %q, want %q", r.Problems, want)
	}
	nan := geom.Geometry{
		Legends: []geom.Box{{ID: "p", X: math.Inf(1), Y: 10, W: 50, H: 30}},
		Marks:   []geom.Mark{lineMark("c", 0, 20, math.Inf(1), 20)},
		Labels:  []geom.Box{{ID: "l", X: 0, Y: 15, W: 25, H: 10}},
	}
	if r := Measure(nan); r.OverMarks != 0 || r.Invalid != 2 {
		t.Errorf("OverMarks %d, Invalid %d, want 0 and 2\n%s", r.OverMarks, r.Invalid, strings.Join(r.Problems, "\n"))
	}
}
