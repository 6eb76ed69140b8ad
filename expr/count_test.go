package expr

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
)

func TestCount(t *testing.T) {
	sets := map[string][]diagram.XY{
		"pos": {{X: 0.9, Y: 1}, {X: 0.7, Y: 1}, {X: 0.4, Y: 1}},
		"neg": {{X: 0.6, Y: 0}, {X: 0.2, Y: 0}},
	}
	for _, tc := range []struct {
		src  string
		t    float64
		want float64
	}{
		{"count(pos)", 0, 3},
		{"count(pos, x >= t)", 0.5, 2},
		{"count(pos, x >= t)", 0.95, 0},
		{"count(neg, x >= t) / count(neg)", 0.5, 0.5},
		{"count(pos, x >= t) + x", 0.5, 2.25},
		{"count(pos, if(x > t, 1, 0/0))", 0.5, 2},
	} {
		e, err := Parse(tc.src, diagram.Pos{}, Options{Consts: map[string]float64{"t": tc.t}, Sets: sets})
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if got := e.Eval(0.25, 0); got != tc.want {
			t.Errorf("%s at t = %g: %g, want %g", tc.src, tc.t, got, tc.want)
		}
	}
	e, err := Parse("count(pos, x >= t) * 2 + u", diagram.Pos{}, Options{Consts: map[string]float64{"t": 0.5, "u": 1}, Sets: sets})
	if err != nil {
		t.Fatal(err)
	}
	if !e.Uses("t") || !e.Uses("u") || e.Uses("v") || e.UsesX() {
		t.Errorf("Uses t %v, u %v, v %v, x %v", e.Uses("t"), e.Uses("u"), e.Uses("v"), e.UsesX())
	}
	if got := strings.Join(e.ConstNames(), " "); got != "t u" {
		t.Errorf("ConstNames %q, want \"t u\"", got)
	}
}

func TestCountErrors(t *testing.T) {
	sets := map[string][]diagram.XY{"pos": {{X: 1, Y: 1}}, "neg": nil}
	for _, tc := range []struct{ src, want string }{
		{"count(pso, x > 0)", `unknown set of points "pso"`},
		{"count(1, x > 0)", "count needs the id of a set of points first"},
		{"count(pos, x > )", ""},
		{"count(pos, x > 0", ""},
	} {
		_, err := Parse(tc.src, diagram.Pos{Line: 1, Col: 1}, Options{Sets: sets})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.src, err, tc.want)
		}
	}
	_, err := Parse("count(pso, x > 0)", diagram.Pos{}, Options{Sets: sets})
	if err == nil || !strings.Contains(err.Error(), `did you mean "pos"`) {
		t.Errorf("no suggestion: %v", err)
	}
	big := map[string][]diagram.XY{"s": make([]diagram.XY, MaxCountPoints/2+1)}
	if _, err := Parse("count(s, x > 0) + count(s, x > 1)", diagram.Pos{}, Options{Sets: big}); err == nil || !strings.Contains(err.Error(), "visit more than") {
		t.Errorf("count cap: %v", err)
	}
}
