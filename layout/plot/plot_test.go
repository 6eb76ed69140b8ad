package plot

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/scene"
)

func TestAxisTicks(t *testing.T) {
	tests := []struct {
		lo, hi   float64
		log      bool
		length   float64
		vertical bool
		want     []string
	}{
		{-3, 3, false, 360, false, []string{"−3", "−2", "−1", "0", "1", "2", "3"}},
		{0, 1, false, 240, true, []string{"0", "0.2", "0.4", "0.6", "0.8", "1.0"}},
		{0, 10, false, 100, false, []string{"0", "5", "10"}},
		{0, 1000000, false, 220, false, []string{"0", "500000", "1e6"}},
		{0.001, 1000, true, 360, false, []string{"0.001", "0.01", "0.1", "1", "10", "100", "1000"}},
		{-1, 5, false, 160, true, []string{"0", "2", "4"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range axisTicks(tt.lo, tt.hi, tt.log, tt.length, tt.vertical) {
			got = append(got, tk.label)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("axisTicks(%g, %g, log=%v, %g) mismatch (-want +got):\n%s", tt.lo, tt.hi, tt.log, tt.length, diff)
		}
	}
}

func TestDataRange(t *testing.T) {
	tests := []struct {
		vals   []float64
		log    bool
		lo, hi float64
	}{
		{nil, false, 0, 1},
		{nil, true, 1, 10},
		{[]float64{1, 3, 7}, false, 0, 8},
		{[]float64{0.13, 0.92}, false, 0, 1},
		{[]float64{5, 5}, false, 4, 6},
		{[]float64{0.02, 350, -1}, true, 0.01, 1000},
	}
	for _, tt := range tests {
		lo, hi := dataRange(tt.vals, tt.log)
		if lo != tt.lo || hi != tt.hi {
			t.Errorf("dataRange(%v, %v) = %g, %g; want %g, %g", tt.vals, tt.log, lo, hi, tt.lo, tt.hi)
		}
	}
}

func TestScale(t *testing.T) {
	lin := scale{lo: -3, hi: 3, p0: 100, p1: 400}
	log := scale{lo: 0.01, hi: 100, log: true, p0: 300, p1: 0}
	tests := []struct {
		s    scale
		v    float64
		want float64
	}{
		{lin, -3, 100}, {lin, 0, 250}, {lin, 3, 400},
		{log, 0.01, 300}, {log, 1, 150}, {log, 100, 0},
	}
	for _, tt := range tests {
		if got := tt.s.pos(tt.v); got != tt.want {
			t.Errorf("scale %+v pos(%g) = %g, want %g", tt.s, tt.v, got, tt.want)
		}
	}
}

// layoutAlone lays out one plot as the layout core would, without its
// card: its items with the block at (0, 0), and its data frame.
func layoutAlone(p *diagram.Plot) (*scene.Scene, error) {
	env := panel.NewEnv(panel.Limits{MaxLayoutDummies: 1, MaxCrossingWork: 1, MaxContourVertices: 200_000, MaxFormulaWork: 200_000_000})
	b := Layout(env, p)
	if errs := env.Errors(); len(errs) > 0 {
		return nil, errs
	}
	s := &scene.Scene{}
	if b.Place != nil {
		s.Items = b.Place(0, 0)
	}
	if errs := env.Errors(); len(errs) > 0 {
		return nil, errs
	}
	s.Plots = env.Plots()
	return s, nil
}

// TestPlotLayoutErrors lays out plots built by hand, which no dsl checked:
// problems come back as positioned errors.
func TestPlotLayoutErrors(t *testing.T) {
	at := diagram.Pos{File: "go", Line: 3, Col: 10}
	tests := []struct {
		name string
		p    *diagram.Plot
		want string
	}{
		{"bad formula", &diagram.Plot{Marks: []diagram.PlotMark{&diagram.Curve{Y: diagram.Formula{Text: "x +* 2", Pos: at}}}},
			`go:3:13: missing operand before "*" (write a number, x, y, a function call or ( ... ) here)`},
		{"empty range", &diagram.Plot{X: diagram.Axis{Lo: 2, Hi: 1, Pos: at}},
			"go:3:10: x range 2 .. 1 is empty (write the smaller value first, like x -3 .. 3)"},
		{"log from zero", &diagram.Plot{Y: diagram.Axis{Lo: 0, Hi: 10, Log: true, Pos: at}},
			"go:3:10: y log scale starts at 0 (a log scale needs a range above 0, like y 0.01 .. 100)"},
	}
	for _, tt := range tests {
		_, err := layoutAlone(tt.p)
		got := "<nil>"
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%s: Layout error = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPlotCurveCutAtPole checks that 1/x is drawn as two pieces, neither
// crossing x = 0.
func TestPlotCurveCutAtPole(t *testing.T) {
	p := &diagram.Plot{
		X: diagram.Axis{Lo: -2, Hi: 2}, Y: diagram.Axis{Lo: -5, Hi: 5},
		Marks: []diagram.PlotMark{&diagram.Curve{MarkHead: diagram.MarkHead{ID: "inv"}, Y: diagram.Formula{Text: "1/x"}}},
	}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	f := s.Plots[0]
	zero := f.Area.X + f.Area.W/2
	var pieces int
	scene.Walk([]scene.Item{s.Find("inv")}, func(it scene.Item) bool {
		if path, ok := it.(*scene.Path); ok {
			pieces++
			left, right := false, false
			for _, q := range path.Poly {
				left = left || q.X < zero-0.5
				right = right || q.X > zero+0.5
			}
			if left && right {
				t.Errorf("a piece of 1/x crosses x = 0: %v", path.Poly)
			}
		}
		return true
	})
	if pieces != 2 {
		t.Errorf("1/x drawn in %d pieces, want 2", pieces)
	}
}

// TestPlotDeterministic lays out the same plot twice and wants equal
// scenes.
func TestPlotDeterministic(t *testing.T) {
	mk := func() *diagram.Plot {
		return &diagram.Plot{
			Legend: diagram.LegendTopLeft,
			Marks: []diagram.PlotMark{
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "b", Label: "data"}, Blobs: &diagram.Blobs{Seed: 3, K: 3, N: 40}, Marker: diagram.MarkerDot, Centers: true},
				&diagram.Contour{MarkHead: diagram.MarkHead{ID: "c", Label: "ring"}, Z: diagram.Formula{Text: "(x-0.5)^2 + (y-0.5)^2"}, Levels: []float64{0.04, 0.09}},
			},
		}
	}
	a, errA := layoutAlone(mk())
	b, errB := layoutAlone(mk())
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two layouts differ (-first +second):\n%s", diff)
	}
}

// BenchmarkPlotLayout lays out a plot with curves, contours, blobs and a
// half-plane.
func BenchmarkPlotLayout(b *testing.B) {
	p := &diagram.Plot{
		X: diagram.Axis{Lo: -2, Hi: 3}, Y: diagram.Axis{Lo: -2, Hi: 3},
		Marks: []diagram.PlotMark{
			&diagram.Region{MarkHead: diagram.MarkHead{Label: "side"}, Lhs: diagram.Formula{Text: "x + y - 1"}, Rhs: diagram.Formula{Text: "0"}},
			&diagram.Curve{MarkHead: diagram.MarkHead{Label: "curve"}, Y: diagram.Formula{Text: "sin(3*x) + x^2/4"}},
			&diagram.Contour{MarkHead: diagram.MarkHead{Label: "loss"}, Z: diagram.Formula{Text: "(x - 1.5)^2 + 2*(y - 2)^2 - 1.5*(x - 1.5)*(y - 2)"}, Levels: []float64{0.4, 1, 2, 3}},
			&diagram.Scatter{MarkHead: diagram.MarkHead{Label: "data"}, Blobs: &diagram.Blobs{Seed: 1, K: 3, N: 300}, Marker: diagram.MarkerDot},
		},
	}
	for b.Loop() {
		if _, err := layoutAlone(p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCurveSampling checks that a curve is drawn with few points: a
// straight line with its two ends, a parabola with far fewer points than
// pixels.
func TestCurveSampling(t *testing.T) {
	tests := []struct {
		formula  string
		min, max int
	}{
		{"2*x + 1", 2, 2},
		{"x^2", 10, 120},
	}
	for _, tt := range tests {
		p := &diagram.Plot{X: diagram.Axis{Lo: -3, Hi: 3}, Y: diagram.Axis{Lo: -10, Hi: 10},
			Marks: []diagram.PlotMark{&diagram.Curve{MarkHead: diagram.MarkHead{ID: "c"}, Y: diagram.Formula{Text: tt.formula}}}}
		s, err := layoutAlone(p)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		scene.Walk([]scene.Item{s.Find("c")}, func(it scene.Item) bool {
			if path, ok := it.(*scene.Path); ok {
				n += len(path.Poly)
			}
			return true
		})
		if n < tt.min || n > tt.max {
			t.Errorf("y = %s drawn with %d points, want %d to %d", tt.formula, n, tt.min, tt.max)
		}
	}
}

func TestSimplify(t *testing.T) {
	tests := []struct {
		in   []scene.Point
		want []scene.Point
	}{
		{[]scene.Point{{X: 0, Y: 0}, {X: 1, Y: 1}}, []scene.Point{{X: 0, Y: 0}, {X: 1, Y: 1}}},
		{[]scene.Point{{X: 0, Y: 0}, {X: 1, Y: 0.05}, {X: 2, Y: 0}, {X: 3, Y: 0}}, []scene.Point{{X: 0, Y: 0}, {X: 3, Y: 0}}},
		{[]scene.Point{{X: 0, Y: 0}, {X: 1, Y: 1}, {X: 2, Y: 0}}, []scene.Point{{X: 0, Y: 0}, {X: 1, Y: 1}, {X: 2, Y: 0}}},
		{[]scene.Point{{X: 0, Y: 0}, {X: 1, Y: 0}, {X: 2, Y: 0}, {X: 2, Y: 1}, {X: 2, Y: 2}}, []scene.Point{{X: 0, Y: 0}, {X: 2, Y: 0}, {X: 2, Y: 2}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, simplify(tt.in, 0.1)); diff != "" {
			t.Errorf("simplify(%v) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestPlotLegendTooBig checks that a legend wider than the plot area gives
// way to labels on the marks.
func TestPlotLegendTooBig(t *testing.T) {
	long := "a label much wider than the plot area it would have to sit in, so it cannot"
	p := &diagram.Plot{Legend: diagram.LegendTopRight, Width: 200, Height: 120,
		Marks: []diagram.PlotMark{&diagram.Curve{MarkHead: diagram.MarkHead{ID: "c", Label: "short"}, Y: diagram.Formula{Text: "x"}},
			&diagram.Curve{MarkHead: diagram.MarkHead{ID: "d", Label: long}, Y: diagram.Formula{Text: "x/2"}}}}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	scene.Walk(s.Items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindLegend {
			t.Errorf("legend drawn although it is wider than the plot area")
		}
		if tx, ok := it.(*scene.Text); ok && (tx.String() == "short" || tx.String() == long) {
			texts = append(texts, tx.String())
		}
		return true
	})
	if diff := cmp.Diff([]string{"short", long}, texts); diff != "" {
		t.Errorf("mark labels mismatch (-want +got):\n%s", diff)
	}
}
