package dsl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

func pos(line, col int) diagram.Pos { return diagram.Pos{File: "t.diag", Line: line, Col: col} }

// compilePlot compiles src, which holds one plot, and returns the plot.
func compilePlot(t *testing.T, src string) *diagram.Plot {
	t.Helper()
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatalf("Compile(%q): %v", src, err)
	}
	p, ok := d.Body.(*diagram.Plot)
	if !ok {
		t.Fatalf("Compile(%q): body is %T, want *diagram.Plot", src, d.Body)
	}
	return p
}

func TestPlotModel(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *diagram.Plot
	}{
		{
			name: "axes, size, grid and legend",
			src:  "plot p \"Loss\" {\n  x -3 .. 3 \"θ\"\n  y 0.01 .. 100 \"L\" log\n  size 300 200\n  grid\n  legend bottom-left\n}\n",
			want: &diagram.Plot{
				PanelHead: diagram.PanelHead{ID: "p", Title: "Loss", Pos: pos(1, 1)},
				X:         diagram.Axis{Lo: -3, Hi: 3, Name: "θ", Pos: pos(2, 3)},
				Y:         diagram.Axis{Lo: 0.01, Hi: 100, Name: "L", Log: true, Pos: pos(3, 3)},
				Width:     300, Height: 200, Grid: true, Legend: diagram.LegendBottomLeft,
			},
		},
		{
			name: "curves with default and written tones",
			src:  "plot {\n  curve loss: y = x^2 + 1 \"loss\"\n  curve y = sigmoid(x - 1) from -2 to 2 dashed tone bad\n}\n",
			want: &diagram.Plot{
				PanelHead: diagram.PanelHead{Pos: pos(1, 1)},
				Marks: []diagram.PlotMark{
					&diagram.Curve{MarkHead: diagram.MarkHead{ID: "loss", Label: "loss", Tone: diagram.Accent, Pos: pos(2, 3)},
						Y: diagram.Formula{Text: "x^2 + 1", Pos: pos(2, 19)}},
					&diagram.Curve{MarkHead: diagram.MarkHead{Tone: diagram.Bad, Pos: pos(3, 3)},
						Y: diagram.Formula{Text: "sigmoid(x - 1)", Pos: pos(3, 13)}, From: -2, To: 2, Dashed: true},
				},
			},
		},
		{
			name: "points, path and label",
			src: "plot {\n  points pos: (1, 2) (3, -4.5) marker square tone good \"positive\"\n" +
				"  points data blobs seed=7 k=2 n=20 spread=0.1 centers \"A\" \"B\"\n" +
				"  points s: linspace n=5 y = 2*x\n" +
				"  path descent (2.6, 7.76) (1.5, 3) marker dot arrow\n" +
				"  label (1, 8) \"big step\" -> (2.6, 7.76) tone warn\n}\n",
			want: &diagram.Plot{
				PanelHead: diagram.PanelHead{Pos: pos(1, 1)},
				Marks: []diagram.PlotMark{
					&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "pos", Label: "positive", Tone: diagram.Good, Pos: pos(2, 3)},
						Points: []diagram.XY{{X: 1, Y: 2}, {X: 3, Y: -4.5}}, Marker: diagram.MarkerSquare},
					&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "data", Tone: diagram.Accent, Pos: pos(3, 3)},
						Blobs: &diagram.Blobs{Seed: 7, K: 2, N: 20, Spread: 0.1}, Marker: diagram.MarkerDot, Classes: []string{"A", "B"}, Centers: true},
					&diagram.Scatter{MarkHead: diagram.MarkHead{ID: "s", Tone: diagram.Info, Pos: pos(4, 3)},
						Sampled: &diagram.Sampled{N: 5, Y: diagram.Formula{Text: "2*x", Pos: pos(4, 30)}}, Marker: diagram.MarkerDot},
					&diagram.PlotPath{MarkHead: diagram.MarkHead{ID: "descent", Tone: diagram.Warn, Pos: pos(5, 3)},
						Points: []diagram.XY{{X: 2.6, Y: 7.76}, {X: 1.5, Y: 3}}, Marker: diagram.MarkerDot, Arrow: true},
					&diagram.PlotLabel{MarkHead: diagram.MarkHead{Label: "big step", Tone: diagram.Warn, Pos: pos(6, 3)},
						At: diagram.XY{X: 1, Y: 8}, To: diagram.XY{X: 2.6, Y: 7.76}, Arrow: true},
				},
			},
		},
		{
			name: "area, region, contour and rules",
			src: "plot {\n  curve roc: y = 1 - (1 - x)^3\n  area auc under roc \"AUC\"\n" +
				"  region bad_side: 2*x + y - 1 < 0 tone bad\n" +
				"  contour l1: z = abs(x) + abs(y) at 1, 2\n" +
				"  rule chance: y = x dashed\n  rule x = 0.5 \"threshold\"\n}\n",
			want: &diagram.Plot{
				PanelHead: diagram.PanelHead{Pos: pos(1, 1)},
				Marks: []diagram.PlotMark{
					&diagram.Curve{MarkHead: diagram.MarkHead{ID: "roc", Tone: diagram.Accent, Pos: pos(2, 3)},
						Y: diagram.Formula{Text: "1 - (1 - x)^3", Pos: pos(2, 18)}},
					&diagram.PlotArea{MarkHead: diagram.MarkHead{ID: "auc", Label: "AUC", Tone: diagram.Accent, Pos: pos(3, 3)}, Upper: "roc"},
					&diagram.Region{MarkHead: diagram.MarkHead{ID: "bad_side", Tone: diagram.Bad, Pos: pos(4, 3)},
						Lhs: diagram.Formula{Text: "2*x + y - 1", Pos: pos(4, 20)}, Rhs: diagram.Formula{Text: "0", Pos: pos(4, 34)}, Less: true},
					&diagram.Contour{MarkHead: diagram.MarkHead{ID: "l1", Tone: diagram.Info, Pos: pos(5, 3)},
						Z: diagram.Formula{Text: "abs(x) + abs(y)", Pos: pos(5, 19)}, Levels: []float64{1, 2}},
					&diagram.Rule{MarkHead: diagram.MarkHead{ID: "chance", Tone: diagram.Muted, Pos: pos(6, 3)},
						Y: diagram.Formula{Text: "x", Pos: pos(6, 20)}, Dashed: true},
					&diagram.Rule{MarkHead: diagram.MarkHead{Label: "threshold", Tone: diagram.Muted, Pos: pos(7, 3)}, Vertical: true, X: 0.5},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compilePlot(t, tt.src)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compile(%q) mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestPlotFormulaColumnsCountRunes(t *testing.T) {
	src := "plot {\n  x 0 .. 1 \"θθθ\"; curve y = x\n}\n"
	got := compilePlot(t, src).Marks[0].(*diagram.Curve).Y.Pos
	if want := pos(2, 29); got != want {
		t.Errorf("Compile(%q): formula at %v, want %v", src, got, want)
	}
}

func TestPlotErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"plot {\n  curve y = x^ * 2\n}\n",
			`t.diag:2:16: missing operand before "*" (write a number, x, y, a function call or ( ... ) here)`},
		{"plot {\n  x 3 .. 1\n}\n",
			"t.diag:2:5: x range 3 .. 1 is empty (write the smaller value first, like x 1 .. 3)"},
		{"plot {\n  y 0 .. 10 log\n}\n",
			"t.diag:2:5: y log scale starts at 0 (a log scale needs a range above 0, like y 0.01 .. 100)"},
		{"plot {\n  curve y = sinn(x)\n}\n",
			`t.diag:2:13: unknown function "sinn" (did you mean "sin"?)`},
		{"plot {\n  curve y = x - 1 colour good\n}\n",
			`t.diag:2:19: curve does not take "colour" (write curve [ID:] y = FORMULA [from A to B] [tone T] [dashed] [y2] ["label"])`},
		{"plot {\n  curve y = x tone purple\n}\n",
			`t.diag:2:20: unknown tone "purple" (tones are neutral, accent, info, good, warn, bad, muted)`},
		{"plot {\n  points p: (1, 2) (3 4)\n}\n",
			`t.diag:2:23: expected ",", found number 4 (write a point as (x, y), e.g. (1.5, -2))`},
		{"plot {\n  points blobs seed=7 k=3\n}\n",
			`t.diag:2:10: blobs needs n= (write points [ID:] (x, y)... | blobs seed=7 k=3 n=60 [spread=0.06] [centers] | linspace n=10 y = FORMULA  [marker M] [tone T] [y2] ["label"...])`},
		{"plot {\n  region r: x*y > 1\n}\n",
			"t.diag:2:13: region is not a half-plane (a region is a half-plane: both sides must be linear in x and y, like 2*x + y - 1 > 0)"},
		{"plot {\n  curve f: y = x\n  area a under g\n}\n",
			`t.diag:3:16: unknown curve or path "g" (name a curve or path declared above in this plot, like curve f: y = x^2)`},
		{"plot {\n  path p (1, 2) marker dot\n}\n",
			`t.diag:2:10: a path needs at least two points (write path [ID:] (x, y) (x, y)... [marker dot] [arrow] [dashed] [tone T] [y2] ["label"])`},
		{"plot {\n  curve y = x*y\n}\n",
			"t.diag:2:13: a curve's formula may not use y (write y = a formula in x; for a level line of f(x, y) use contour)"},
		{"plot {\n  rule y = x^2\n}\n",
			"t.diag:2:12: rule y = x^2 is not a straight line (a rule is a straight line; draw other formulas with curve)"},
		{"plot {\n  curv y = x\n}\n",
			`t.diag:2:3: unknown plot statement "curv" (did you mean "curve"?)`},
		{"plot {\n  x 0 .. 1\n  x 0 .. 2\n}\n",
			"t.diag:3:3: second x statement in plot (first at 2:3; a plot has one x statement)"},
		{"plot {\n  points (1, 2) marker hexagon\n}\n",
			`t.diag:2:24: unknown marker "hexagon" (markers are dot, square, triangle, diamond, cross, star)`},
		{"plot {\n  label (1, 2)\n}\n",
			`t.diag:2:3: label needs a text (write label [ID:] (x, y) "text" [-> (x, y)] [tone T] [y2])`},
		{"plot {\n  x \"θθ\" 0 .. 1\n}\n",
			`t.diag:2:10: unexpected number 0 in x axis (write x LO .. HI ["name"] [log])`},
		{"plot {\n  x 0 .. 1 \"θθ\"; curve y = x +* 1\n}\n",
			`t.diag:2:31: missing operand before "*" (write a number, x, y, a function call or ( ... ) here)`},
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte(tt.src))
		got := "<nil>"
		if err != nil {
			got = err.Error()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Compile(%q) mismatch (-want +got):\n%s", tt.src, diff)
		}
	}
}

// TestPlotLegendPlaces checks every place a plot legend may take, and that
// a legend with no place is placed by the layout.
func TestPlotLegendPlaces(t *testing.T) {
	tests := []struct {
		src  string
		want diagram.LegendPlace
	}{
		{"legend", diagram.LegendAuto},
		{"legend auto", diagram.LegendAuto},
		{"legend none", diagram.NoLegend},
		{"legend top-right", diagram.LegendTopRight},
		{"legend bottom-left", diagram.LegendBottomLeft},
		{"legend outside right", diagram.LegendOutsideRight},
		{"legend outside below", diagram.LegendOutsideBelow},
	}
	for _, tt := range tests {
		p := compilePlot(t, "plot {\n  "+tt.src+"\n  curve y = x \"line\"\n}\n")
		if p.Legend != tt.want {
			t.Errorf("%s: legend %v, want %v", tt.src, p.Legend, tt.want)
		}
	}
}

func TestPlotLegendErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"legend outside", "t.diag:2:10: legend outside needs a side (write legend outside right or legend outside below)"},
		{"legend outside left", `t.diag:2:18: unknown side "left" of legend outside (the sides outside are right, below)`},
		{"legend top-right below", `t.diag:2:20: unexpected "below" after legend top-right (write legend [auto | none | top-right | top-left | bottom-right | bottom-left | outside right | outside below])`},
		{"legend top", `t.diag:2:10: unknown legend place "top" (legend places are none, top-right, top-left, bottom-right, bottom-left, auto, outside right, outside below)`},
		{"legend inside right", `t.diag:2:10: unknown legend place "inside" (legend places are none, top-right, top-left, bottom-right, bottom-left, auto, outside right, outside below)`},
		{"legend outside right 3", `t.diag:2:24: unexpected number 3 in legend statement (write legend [auto | none | top-right | top-left | bottom-right | bottom-left | outside right | outside below])`},
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte("plot {\n  "+tt.src+"\n}\n"))
		got := "<nil>"
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestPlotY2 checks the secondary y axis: its statement, the marks that
// say y2 (an area follows its line), and the errors of a mark on y2 in a
// plot without one, a mark that cannot be on y2, and an area between
// lines on different axes.
func TestPlotY2(t *testing.T) {
	p := compilePlot(t, `plot p {
  x 0 .. 10
  y 0 .. 1 "loss"
  y2 0.001 .. 1 "rate" log
  curve a: y = x/10 tone accent
  curve b: y = 0.1 tone warn y2 "lr"
  points q: (1, 0.5) y2
  path r: (1, 0.1) (2, 0.2) dashed y2
  rule s: y = 0.5 y2
  label l: (5, 0.5) "mid" y2
  fit f: linear of q tone info y2
  area u under b
  area v under a
}
`)
	if p.Y2 == nil || *p.Y2 != (diagram.Axis{Lo: 0.001, Hi: 1, Name: "rate", Log: true, Pos: pos(4, 3)}) {
		t.Errorf("Y2 = %+v, want 0.001 .. 1 \"rate\" log", p.Y2)
	}
	var got []string
	for _, m := range p.Marks {
		if m.Mark().Y2 {
			got = append(got, m.Mark().ID)
		}
	}
	if diff := cmp.Diff([]string{"b", "q", "r", "s", "l", "f", "u"}, got); diff != "" {
		t.Errorf("marks on y2 mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ src, want string }{
		{"plot p {\n  curve c: y = x y2\n}\n", "t.diag:2:18: curve on y2, but the plot has no y2 axis"},
		{"plot p {\n  y2 0 .. 1\n  region r: x > y y2\n}\n", `t.diag:3:19: region does not take "y2"`},
		{"plot p {\n  y2 0 .. 1\n  curve a: y = x\n  curve b: y = 1 y2\n  area g between a and b\n}\n", "t.diag:5:24: area between a on y and b on y2"},
		{"plot p {\n  y2 1 .. 0\n}\n", "t.diag:2:6: y2 range 1 .. 0 is empty"},
		{"plot p {\n  y2 0 .. 1\n  y2 0 .. 2\n}\n", "t.diag:3:3: second y2 statement in plot"},
	} {
		_, _, err := Compile("t.diag", []byte(tt.src))
		list, _ := diagram.Errors(err)
		if len(list) == 0 || list[0].Pos.String()+": "+list[0].Msg != tt.want {
			t.Errorf("Compile(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}
