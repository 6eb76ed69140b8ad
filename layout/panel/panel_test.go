package panel

import (
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

func TestFor(t *testing.T) {
	var got *diagram.Note
	k := For(func(env *Env, p *diagram.Note) Block {
		got = p
		return Block{W: 10, H: 20}
	})
	note := &diagram.Note{}
	if !k.Accepts(note) {
		t.Error("a kind made for *diagram.Note does not accept a note")
	}
	if k.Accepts(&diagram.Graph{}) {
		t.Error("a kind made for *diagram.Note accepts a graph")
	}
	if b := k.Layout(NewEnv(Limits{}), note); b.W != 10 || b.H != 20 || got != note {
		t.Errorf("Layout returned %+v for %p, want the block of the function for %p", b, got, note)
	}
}

func TestEnv(t *testing.T) {
	env := NewEnv(Limits{MaxFormulaWork: 5})
	env.Errorf(diagram.Pos{File: "a", Line: 3, Col: 1}, "fix it", "third %s", "line")
	env.Report(&diagram.Error{Pos: diagram.Pos{File: "a", Line: 1, Col: 1}, Msg: "first line"})
	errs := env.Errors()
	if len(errs) != 2 || errs[0].Msg != "first line" || errs[1].Msg != "third line" || errs[1].Hint != "fix it" {
		t.Errorf("Errors = %v, want the two errors sorted by position", errs)
	}
	env.AddPlot(scene.PlotFrame{ID: "p"})
	if fs := env.Plots(); len(fs) != 1 || fs[0].ID != "p" {
		t.Errorf("Plots = %v, want the one frame added", fs)
	}
	if got := env.Raise(diagram.LimitFormulaWork); got != "or raise the limit with Limits.MaxFormulaWork" {
		t.Errorf("Raise = %q", got)
	}
	if got := LimitWords(100, 30); got != "70 left of the limit of 100" {
		t.Errorf("LimitWords(100, 30) = %q", got)
	}
}
