package plot

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// loopsOf returns the closed loops of a filled path made of M, L and Z.
func loopsOf(p *scene.Path) [][]scene.Point {
	var out [][]scene.Point
	var cur []scene.Point
	for _, op := range p.Ops {
		switch op.Cmd {
		case 'M':
			cur = []scene.Point{op.Pts[0]}
		case 'L':
			cur = append(cur, op.Pts[0])
		case 'Z':
			out = append(out, cur)
			cur = nil
		}
	}
	return out
}

// insideEvenOdd reports whether q lies in the path, by the even-odd rule.
func insideEvenOdd(p *scene.Path, q scene.Point) bool {
	in := false
	for _, l := range loopsOf(p) {
		for i := range l {
			a, b := l[i], l[(i+1)%len(l)]
			if (a.Y > q.Y) != (b.Y > q.Y) && q.X < a.X+(q.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y) {
				in = !in
			}
		}
	}
	return in
}

// groups returns the scene's groups by id.
func groups(s *scene.Scene) map[string]*scene.Group {
	out := map[string]*scene.Group{}
	scene.Walk(s.Items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.ID != "" {
			out[g.ID] = g
		}
		return true
	})
	return out
}

// centres returns the centres of the markers among items.
func centres(items []scene.Item) []scene.Point {
	var out []scene.Point
	scene.Walk(items, func(it scene.Item) bool {
		switch v := it.(type) {
		case *scene.Circle:
			out = append(out, v.C)
		case *scene.Path:
			b := v.Bounds()
			out = append(out, scene.Point{X: b.X + b.W/2, Y: b.Y + b.H/2})
		}
		return true
	})
	return out
}

// TestDecisionRegionsHoldTheirClasses lays out separable classes with a
// decision rule of each kind and checks, on the scene's geometry, that
// every sample point lies in the drawn region of its own class and in no
// other.
func TestDecisionRegionsHoldTheirClasses(t *testing.T) {
	pts := func(xy ...float64) []diagram.XY {
		var out []diagram.XY
		for i := 0; i+1 < len(xy); i += 2 {
			out = append(out, diagram.XY{X: xy[i], Y: xy[i+1]})
		}
		return out
	}
	pos := pts(4, 3, 3, 4, 4.6, 4.1, 5.2, 3.1, 4.2, 5.1)
	neg := pts(2, 3, 3, 2, 1, 1.5, 2.1, 1, 0.8, 3.6)
	inner := pts(0.1, 0.2, -0.4, 0.3, 0.5, -0.3, -0.2, -0.5)
	outer := pts(1.5, 0.4, -1.2, 1.1, 0.2, -1.6, -1.5, -0.9, 1.1, 1.3)
	cases := []struct {
		name    string
		x, y    diagram.Axis
		marks   []diagram.PlotMark
		classes [][]string // per class of the rule, the scatter groups in it
	}{
		{
			name: "nearest of blobs", x: diagram.Axis{Lo: 0, Hi: 10}, y: diagram.Axis{Lo: 0, Hi: 10},
			marks: []diagram.PlotMark{
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "data", Tone: diagram.Accent}, Blobs: &diagram.Blobs{Seed: 7, K: 3, N: 90, Spread: 0.07}, Marker: diagram.MarkerDot},
				&diagram.Decision{MarkHead: diagram.MarkHead{ID: "rule", Tone: diagram.Accent}, Rule: diagram.RuleNearest, Of: []string{"data"}},
			},
			classes: [][]string{{"data.class1"}, {"data.class2"}, {"data.class3"}},
		},
		{
			name: "nearest of given centroids", x: diagram.Axis{Lo: 0, Hi: 6}, y: diagram.Axis{Lo: 0, Hi: 6},
			marks: []diagram.PlotMark{
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "pos", Tone: diagram.Good}, Points: pos, Marker: diagram.MarkerDot},
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "neg", Tone: diagram.Bad}, Points: neg, Marker: diagram.MarkerSquare},
				&diagram.Decision{MarkHead: diagram.MarkHead{ID: "rule", Tone: diagram.Good}, Rule: diagram.RuleNearest, Centroids: pts(4.2, 3.9, 1.8, 2.2)},
			},
			classes: [][]string{{"pos"}, {"neg"}},
		},
		{
			name: "linear on a log axis", x: diagram.Axis{Lo: 0.5, Hi: 6, Log: true}, y: diagram.Axis{Lo: 0, Hi: 6},
			marks: []diagram.PlotMark{
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "pos", Tone: diagram.Good}, Points: pos, Marker: diagram.MarkerDot},
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "neg", Tone: diagram.Bad}, Points: neg, Marker: diagram.MarkerSquare},
				&diagram.Decision{MarkHead: diagram.MarkHead{ID: "rule", Tone: diagram.Good}, Rule: diagram.RuleLinear, W: diagram.XY{X: 1, Y: 1}, B: -6},
			},
			classes: [][]string{{"pos"}, {"neg"}},
		},
		{
			name: "threshold with a hole", x: diagram.Axis{Lo: -2, Hi: 2}, y: diagram.Axis{Lo: -2, Hi: 2},
			marks: []diagram.PlotMark{
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "outer", Tone: diagram.Warn}, Points: outer, Marker: diagram.MarkerDot},
				&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "inner", Tone: diagram.Info}, Points: inner, Marker: diagram.MarkerDot},
				&diagram.Decision{MarkHead: diagram.MarkHead{ID: "rule", Tone: diagram.Warn}, Rule: diagram.RuleThreshold, Z: diagram.Formula{Text: "x^2 + y^2"}, Level: 1},
			},
			classes: [][]string{{"outer"}, {"inner"}},
		},
	}
	for _, c := range cases {
		p := &diagram.Plot{PanelHead: diagram.PanelHead{ID: "p"}, X: c.x, Y: c.y, Width: 300, Height: 300, Marks: c.marks}
		s, err := layoutAlone(p)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		gs := groups(s)
		rule := gs["rule"]
		if rule == nil || len(rule.Items) != len(c.classes) {
			t.Fatalf("%s: the rule drew %v, want %d regions", c.name, rule, len(c.classes))
		}
		checked := 0
		for k, members := range c.classes {
			for _, id := range members {
				g := gs[id]
				if g == nil {
					t.Fatalf("%s: no group %s", c.name, id)
				}
				for _, q := range centres(g.Items) {
					for j, it := range rule.Items {
						if in := insideEvenOdd(it.(*scene.Path), q); in != (j == k) {
							t.Errorf("%s: point %v of %s (class %d) inside region %d: %v", c.name, q, id, k+1, j+1, in)
						}
					}
					checked++
				}
			}
		}
		if checked < 8 {
			t.Errorf("%s: checked %d points", c.name, checked)
		}
	}
}

// TestFieldKeyOutsideData checks that a field's colour key sits beside the
// plot area, clear of every mark, that the field is a handful of paths
// however fine its grid, and that its 0.5 level line runs where the
// formula is 0.5.
func TestFieldKeyOutsideData(t *testing.T) {
	p := &diagram.Plot{PanelHead: diagram.PanelHead{ID: "p"}, X: diagram.Axis{Lo: -4, Hi: 4}, Y: diagram.Axis{Lo: -4, Hi: 4}, Width: 400, Height: 400,
		Marks: []diagram.PlotMark{&diagram.Field{MarkHead: diagram.MarkHead{ID: "f", Tone: diagram.Bad, Label: "p"}, P: diagram.Formula{Text: "sigmoid(x)"},
			Ramp: diagram.RampDiverging, Low: diagram.Info, Levels: []float64{0.5}}}}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	area := s.Plots[0].Area
	var key *scene.Group
	scene.Walk(s.Items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindLegend {
			key = g
		}
		return true
	})
	if key == nil {
		t.Fatal("no colour key")
	}
	scene.Walk(key.Items, func(it scene.Item) bool {
		if _, ok := it.(*scene.Group); ok {
			return true
		}
		if b := it.Bounds(); b.X < area.Right() {
			t.Errorf("key item at %+v reaches into the plot area %+v", b, area)
		}
		return true
	})
	f := groups(s)["f"]
	if f == nil {
		t.Fatal("no field")
	}
	points, dashed := 0, 0
	for _, it := range f.Items {
		pth := it.(*scene.Path)
		points += len(pth.Poly)
		if pth.Style.Fill.None {
			dashed++
			// sigmoid(x) = 0.5 at x = 0: a vertical line at the middle.
			for _, q := range pth.Poly {
				if math.Abs(q.X-(area.X+area.W/2)) > 0.5 {
					t.Errorf("level line point %v off x = 0 (screen %g)", q, area.X+area.W/2)
					break
				}
			}
		}
	}
	if dashed != 1 {
		t.Errorf("%d level lines, want 1", dashed)
	}
	if len(f.Items) != 2*fieldHalfSteps+1 || points > 200 {
		t.Errorf("field drawn as %d paths of %d points, want %d paths of few points", len(f.Items), points, 2*fieldHalfSteps+1)
	}
}

// TestAreaToConstant checks that an area under a curve down to a constant
// fills from the curve to that constant's height, and no further.
func TestAreaToConstant(t *testing.T) {
	p := &diagram.Plot{PanelHead: diagram.PanelHead{ID: "p"}, X: diagram.Axis{Lo: 0, Hi: 1}, Y: diagram.Axis{Lo: 0, Hi: 1}, Width: 200, Height: 200,
		Marks: []diagram.PlotMark{
			&diagram.Curve{MarkHead: diagram.MarkHead{ID: "c", Tone: diagram.Info}, Y: diagram.Formula{Text: "0.8"}},
			&diagram.PlotArea{MarkHead: diagram.MarkHead{ID: "a", Tone: diagram.Info}, Upper: "c", Base: 0.25, HasBase: true},
		}}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	f := s.Plots[0]
	sy := func(y float64) float64 { return f.Area.Y + (f.Y1-y)/(f.Y1-f.Y0)*f.Area.H }
	b := groups(s)["a"].Items[0].(*scene.Path).Bounds()
	if math.Abs(b.Y-sy(0.8)) > 1e-6 || math.Abs(b.Bottom()-sy(0.25)) > 1e-6 || math.Abs(b.W-f.Area.W) > 1e-6 {
		t.Errorf("area covers %+v, want y from %g to %g across %g", b, sy(0.8), sy(0.25), f.Area.W)
	}
}

// TestAspectEqual checks on the scene that with an equal aspect one data
// unit is as long on both axes, whichever axis the default size favours,
// and that a plot without axes draws no ticks.
func TestAspectEqual(t *testing.T) {
	for _, r := range [][4]float64{{0, 10, 0, 2}, {-1, 1, -5, 5}, {0, 4, 0, 3}} {
		p := &diagram.Plot{PanelHead: diagram.PanelHead{ID: "p"}, X: diagram.Axis{Lo: r[0], Hi: r[1]}, Y: diagram.Axis{Lo: r[2], Hi: r[3]},
			AspectEqual: true, Axes: diagram.AxesNone}
		s, err := layoutAlone(p)
		if err != nil {
			t.Fatal(err)
		}
		f := s.Plots[0]
		ux, uy := f.Area.W/(f.X1-f.X0), f.Area.H/(f.Y1-f.Y0)
		if math.Abs(ux-uy) > 1e-9*ux || f.Area.W > plotDefaultW+1e-9 || f.Area.H > plotDefaultH+1e-9 {
			t.Errorf("range %v: area %+v, %g px per unit on x, %g on y", r, f.Area, ux, uy)
		}
		scene.Walk(s.Items, func(it scene.Item) bool {
			if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindAxes && len(g.Items) > 0 {
				t.Errorf("range %v: axes none drew %d axis items", r, len(g.Items))
			}
			return true
		})
	}
}
