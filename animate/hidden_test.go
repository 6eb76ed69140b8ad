package animate

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
)

// TestHiddenUntilStep checks when hidden elements appear: at the first
// step that names them, whatever the action, or as the steps end when no
// step names them; with HideAll, every element a step names waits for its
// step, and an edge no step names waits for its ends.
func TestHiddenUntilStep(t *testing.T) {
	type probe struct {
		target string
		t      float64
		want   float64
	}
	hidden := func(ids ...string) []*diagram.Hidden { return []*diagram.Hidden{{Targets: ids}} }
	tests := []struct {
		name   string
		script *diagram.Script
		probes []probe
	}{
		{
			name: "hidden until a highlight names it",
			script: &diagram.Script{Hidden: hidden("b"), Steps: []*diagram.Step{
				step(2, act(diagram.Show, "a")), step(2, act(diagram.Highlight, "b"))}},
			probes: []probe{{"b", 0, 0}, {"b", 1.9, 0}, {"b", 2.25, 0.5}, {"b", 2.6, 1}, {"b", 4.6, 1}},
		},
		{
			name: "hidden and no step names it: it appears as the steps end",
			script: &diagram.Script{Hidden: hidden("c"), Steps: []*diagram.Step{
				step(2, act(diagram.Show, "a")), step(2, act(diagram.Show, "b"))}},
			probes: []probe{{"c", 0, 0}, {"c", 3.9, 0}, {"c", 4 + Settle + 0.01, 1}},
		},
		{
			name: "hidden, then dimmed: it fades in to the dim",
			script: &diagram.Script{Hidden: hidden("a"), Steps: []*diagram.Step{
				step(2, act(diagram.Show, "b")), step(2, act(diagram.Dim, "a"))}},
			probes: []probe{{"a", 1, 0}, {"a", 2.6, dimOpacity}},
		},
		{
			name: "hide all: a highlight is the step of what it names",
			script: &diagram.Script{HideAll: true, Steps: []*diagram.Step{
				step(2, act(diagram.Show, "a")), step(2, act(diagram.Highlight, "c"))}},
			probes: []probe{{"a", 0, 0}, {"a", 0.6, 1}, {"c", 0, 0}, {"c", 1.9, 0}, {"c", 2.6, 1}},
		},
		{
			name: "hide all: an edge no step names waits for its later end",
			script: &diagram.Script{HideAll: true, Steps: []*diagram.Step{
				step(2, act(diagram.Show, "a")), step(2, act(diagram.Highlight, "b"))}},
			probes: []probe{{"a->b", 1, 0}, {"a->b", 1.9, 0}, {"a->b", 2.6, 1}},
		},
		{
			name: "hide all: an element first hidden by a hide is visible until then",
			script: &diagram.Script{HideAll: true, Steps: []*diagram.Step{
				step(2, act(diagram.Show, "a")), step(2, act(diagram.Hide, "b"))}},
			probes: []probe{{"b", 0, 1}, {"b", 1.9, 1}, {"b", 2.6, 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := Build(tt.script, testScene())
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tt.probes {
				if got := opacityAt(tl, p.target, p.t); math.Abs(got-p.want) > 0.02 {
					t.Errorf("opacity of %s at %gs = %g, want %g", p.target, p.t, got, p.want)
				}
			}
			// The still picture shows everything.
			if still := tl.Still(); !still.Empty() {
				t.Errorf("the still picture animates")
			}
		})
	}
}

// TestHiddenWithoutHideAll checks that without hidden statements and
// HideAll an element first named by a highlight is visible from the first
// frame, as before.
func TestHiddenWithoutHideAll(t *testing.T) {
	tl, err := Build(&diagram.Script{Steps: []*diagram.Step{step(2, act(diagram.Show, "a")), step(2, act(diagram.Highlight, "b"))}}, testScene())
	if err != nil {
		t.Fatal(err)
	}
	if got := opacityAt(tl, "b", 0); !math.IsNaN(got) && got != 1 {
		t.Errorf("opacity of b at 0 = %g, want 1 (not animated)", got)
	}
}
