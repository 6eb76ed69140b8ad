package plot

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// legendOf returns the frame of the plot's legend and the kinds of its
// swatches, in order.
func legendOf(t *testing.T, s *scene.Scene) (scene.Rect, bool) {
	t.Helper()
	var r scene.Rect
	found := false
	scene.Walk(s.Items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindLegend {
			r, found = g.Bounds(), true
		}
		return true
	})
	return r, found
}

func curve(id, formula, label string) *diagram.Curve {
	return &diagram.Curve{MarkHead: diagram.MarkHead{ID: id, Label: label, Tone: diagram.Accent}, Y: diagram.Formula{Text: formula}}
}

// TestLegendAuto checks that an automatic legend takes the first corner or
// edge, in the order top-right, top-left, bottom-right, bottom-left, top,
// bottom, right, left, that covers no mark, and goes outside when every
// place inside covers one; the quality check then finds no legend over a
// mark.
func TestLegendAuto(t *testing.T) {
	x := diagram.Axis{Lo: 0, Hi: 1}
	y := diagram.Axis{Lo: 0, Hi: 1}
	tests := []struct {
		name  string
		marks []diagram.PlotMark
		want  string // where the legend's centre lies: "top right", ..., "outside right", "outside below"
	}{
		{"rising line leaves the top-left free", []diagram.PlotMark{curve("c", "x", "rising")}, "top left"},
		{"falling line leaves the top-right free", []diagram.PlotMark{curve("c", "1 - x", "falling")}, "top right"},
		{"an X of two lines leaves the middle of the top edge", []diagram.PlotMark{curve("a", "x", "rising"), curve("b", "1 - x", "falling")}, "top middle"},
		{"a region over everything sends it outside", []diagram.PlotMark{
			&diagram.Region{MarkHead: diagram.MarkHead{ID: "r", Label: "everything", Tone: diagram.Good}, Lhs: diagram.Formula{Text: "x + 10"}, Rhs: diagram.Formula{Text: "0"}},
			curve("c", "x", "rising"),
		}, "outside right"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &diagram.Plot{Legend: diagram.LegendAuto, Width: 300, Height: 200, X: x, Y: y, Marks: tt.marks}
			s, err := layoutAlone(p)
			if err != nil {
				t.Fatal(err)
			}
			r, ok := legendOf(t, s)
			if !ok {
				t.Fatal("no legend drawn")
			}
			area := s.Plots[0].Area
			if got := where(r, area); got != tt.want {
				t.Errorf("legend at %v in area %v: %s, want %s", r, area, got, tt.want)
			}
			if rep := quality.Measure(s.Geometry()); rep.OverMarks != 0 {
				t.Errorf("legend over marks:\n%s", strings.Join(rep.Problems, "\n"))
			}
		})
	}
}

// where names the place of r relative to the plot area a.
func where(r, a scene.Rect) string {
	c := r.Center()
	switch {
	case r.X >= a.Right():
		return "outside right"
	case r.Y >= a.Bottom():
		return "outside below"
	}
	v, h := "middle", "middle"
	switch {
	case c.Y < a.Y+a.H/3:
		v = "top"
	case c.Y > a.Bottom()-a.H/3:
		v = "bottom"
	}
	switch {
	case c.X < a.X+a.W/3:
		h = "left"
	case c.X > a.Right()-a.W/3:
		h = "right"
	}
	return v + " " + h
}

// TestLegendOutside checks that a legend outside the area grows the
// plot's block to hold it, right of the area or below the axis, and that a
// legend below lays its entries out in rows.
func TestLegendOutside(t *testing.T) {
	marks := []diagram.PlotMark{curve("a", "x", "first line"), curve("b", "x/2", "second line"), curve("c", "x/3", "third line")}
	inside := &diagram.Plot{Legend: diagram.NoLegend, Width: 300, Height: 200, Marks: marks}
	env := newTestEnv()
	plain := Layout(env, inside)
	for _, tt := range []struct {
		place  diagram.LegendPlace
		want   string
		wider  bool
		taller bool
	}{
		{diagram.LegendOutsideRight, "outside right", true, false},
		{diagram.LegendOutsideBelow, "outside below", false, true},
	} {
		p := &diagram.Plot{Legend: tt.place, Width: 300, Height: 200, Marks: marks}
		b := Layout(newTestEnv(), p)
		if (b.W > plain.W) != tt.wider || (b.H > plain.H) != tt.taller {
			t.Errorf("%v: block %gx%g, without legend %gx%g", tt.place, b.W, b.H, plain.W, plain.H)
		}
		s, err := layoutAlone(p)
		if err != nil {
			t.Fatal(err)
		}
		r, ok := legendOf(t, s)
		if !ok {
			t.Fatalf("%v: no legend", tt.place)
		}
		if got := where(r, s.Plots[0].Area); got != tt.want {
			t.Errorf("%v: legend at %v: %s", tt.place, r, got)
		}
		if r.Right() > b.W+0.01 || r.Bottom() > b.H+0.01 {
			t.Errorf("%v: legend %v sticks out of the block %gx%g", tt.place, r, b.W, b.H)
		}
		rows := 3
		if tt.place == diagram.LegendOutsideBelow {
			rows = 1 // three short entries fit in one row of 300 px
		}
		if want := 2*legendPad + legendRowH*float64(rows) - 4; r.H != want {
			t.Errorf("%v: legend height %g, want %g (%d rows)", tt.place, r.H, want, rows)
		}
	}
}

// TestLegendSwatches checks that each swatch shows what its mark is: a
// line (dashed for a dashed mark) for a curve, the marker for points, a
// line with its marker for a path with one, a filled box for an area.
func TestLegendSwatches(t *testing.T) {
	p := &diagram.Plot{Legend: diagram.LegendOutsideRight, Width: 300, Height: 200, X: diagram.Axis{Lo: 0, Hi: 4}, Y: diagram.Axis{Lo: 0, Hi: 4}, Marks: []diagram.PlotMark{
		&diagram.Curve{MarkHead: diagram.MarkHead{ID: "c", Label: "curve", Tone: diagram.Accent}, Y: diagram.Formula{Text: "x"}, Dashed: true},
		&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "s", Label: "points", Tone: diagram.Good}, Marker: diagram.MarkerTriangle, Points: []diagram.XY{{X: 1, Y: 2}}},
		&diagram.PlotPath{MarkHead: diagram.MarkHead{ID: "p", Label: "path", Tone: diagram.Bad}, Marker: diagram.MarkerDot, Points: []diagram.XY{{X: 1, Y: 1}, {X: 2, Y: 3}}},
		&diagram.PlotShape{MarkHead: diagram.MarkHead{ID: "r", Label: "rect", Tone: diagram.Info}, Kind: diagram.ShapeRect, Points: []diagram.XY{{X: 3, Y: 3}, {X: 4, Y: 4}}},
	}}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	scene.Walk(s.Items, func(it scene.Item) bool {
		g, ok := it.(*scene.Group)
		if !ok || g.Kind != scene.KindLegend {
			return true
		}
		for _, it := range g.Items[1:] {
			switch v := it.(type) {
			case *scene.Path:
				switch {
				case len(v.Style.Dash) > 0:
					got = append(got, "dashed line")
				case v.Style.Fill.None && len(v.Ops) == 2:
					got = append(got, "line")
				default:
					got = append(got, "marker")
				}
			case *scene.Circle:
				got = append(got, "dot")
			case *scene.Box:
				got = append(got, "box")
			case *scene.Text:
				got = append(got, v.String())
			}
		}
		return false
	})
	want := "dashed line curve marker points line dot path box rect"
	if strings.Join(got, " ") != want {
		t.Errorf("legend items %q, want %q", strings.Join(got, " "), want)
	}
}

func newTestEnv() *panel.Env {
	return panel.NewEnv(panel.Limits{MaxLayoutDummies: 1, MaxCrossingWork: 1, MaxContourVertices: 200_000, MaxFormulaWork: 200_000_000})
}

// TestLegendHostile lays out automatic legends over marks with extreme
// values and over no drawn mark at all: the legend is placed (in the first
// corner when nothing is drawn) over no mark, and nothing panics.
func TestLegendHostile(t *testing.T) {
	for _, tt := range []struct {
		name  string
		marks []diagram.PlotMark
		want  string
	}{
		{"points far outside the range", []diagram.PlotMark{&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "s", Label: "far", Tone: diagram.Good},
			Marker: diagram.MarkerDot, Points: []diagram.XY{{X: 1e308, Y: -1e308}, {X: -1e308, Y: 1e308}}}}, "top right"},
		{"a curve that is nowhere finite", []diagram.PlotMark{curve("c", "log(-1 - x*x)", "nowhere")}, "top right"},
		{"a path out to 1e308", []diagram.PlotMark{&diagram.PlotPath{MarkHead: diagram.MarkHead{ID: "p", Label: "huge", Tone: diagram.Bad},
			Points: []diagram.XY{{X: 0, Y: 0}, {X: 1e308, Y: 1e308}}}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := &diagram.Plot{Legend: diagram.LegendAuto, Width: 200, Height: 150, X: diagram.Axis{Lo: 0, Hi: 1}, Y: diagram.Axis{Lo: 0, Hi: 1}, Marks: tt.marks}
			s, err := layoutAlone(p)
			if err != nil {
				t.Fatal(err)
			}
			r, ok := legendOf(t, s)
			if !ok {
				t.Fatal("no legend")
			}
			if got := where(r, s.Plots[0].Area); tt.want != "" && got != tt.want {
				t.Errorf("legend at %v: %s, want %s", r, got, tt.want)
			}
			if rep := quality.Measure(s.Geometry()); rep.OverMarks != 0 || rep.Invalid != 0 {
				t.Errorf("over marks %d, invalid %d:\n%s", rep.OverMarks, rep.Invalid, strings.Join(rep.Problems, "\n"))
			}
		})
	}
}
