package animate

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// TestRandomScripts builds many seeded random scripts, odd durations and
// delays included, and checks that Build never panics and that every track
// it returns is well formed: keys from 0 to the period, strictly
// increasing, finite values.
func TestRandomScripts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	targets := []string{"a", "b", "c", "a->b", "n"}
	kinds := []diagram.ActionKind{diagram.Show, diagram.Hide, diagram.Dim, diagram.Highlight, diagram.Flow, diagram.Trace, diagram.MoveAlong, diagram.Count}
	randAction := func() *diagram.Action {
		a := &diagram.Action{Kind: kinds[rng.IntN(len(kinds))], Easing: diagram.Easing(rng.IntN(3))}
		a.Delay = time.Duration(rng.IntN(4000)-500) * time.Millisecond
		switch a.Kind {
		case diagram.Flow:
			a.Targets = []string{"a", "b"}
		case diagram.Trace:
			a.Targets = []string{"a->b"}
		case diagram.MoveAlong:
			a.Targets, a.Path = []string{targets[rng.IntN(3)]}, "a->b"
		case diagram.Count:
			a.Targets = []string{"n"}
			a.From, a.To = float64(rng.IntN(100)-50), float64(rng.IntN(100)-50)+rng.Float64()
		default:
			a.Targets = []string{targets[rng.IntN(len(targets))]}
		}
		return a
	}
	for i := range 300 {
		sc := testScene()
		sc.Items = append(sc.Items, &scene.Text{ID: "n", X: 10, Y: 80, Runs: []scene.Run{{Text: "7", Size: 12, X: 10, Width: 8}}, Ink: scene.Rect{X: 10, Y: 70, W: 8, H: 14}})
		script := &diagram.Script{Loop: rng.IntN(2) == 0}
		for range 1 + rng.IntN(4) {
			st := &diagram.Step{Caption: "s", Duration: time.Duration(rng.IntN(4000)-200) * time.Millisecond}
			for range rng.IntN(4) {
				a := randAction()
				if rng.IntN(4) == 0 {
					a = &diagram.Action{Kind: diagram.Together, Actions: []*diagram.Action{randAction(), randAction()}}
				}
				st.Actions = append(st.Actions, a)
			}
			script.Steps = append(script.Steps, st)
		}
		tl, err := Build(script, sc)
		if err != nil {
			t.Fatalf("script %d: Build: %v", i, err)
		}
		if !(tl.Period > 0) || math.IsInf(tl.Period, 0) {
			t.Fatalf("script %d: period %v", i, tl.Period)
		}
		for _, tr := range tl.Tracks {
			if tr.Keys[0].T != 0 || tr.Keys[len(tr.Keys)-1].T != tl.Period {
				t.Fatalf("script %d: track %s spans [%v, %v], period %v", i, tr.Target, tr.Keys[0].T, tr.Keys[len(tr.Keys)-1].T, tl.Period)
			}
			for j, k := range tr.Keys {
				v := k.V
				for _, x := range []float64{v.Opacity, v.DX, v.DY, v.Offset, v.ShrinkX, v.ShrinkY} {
					if math.IsNaN(x) || math.IsInf(x, 0) {
						t.Fatalf("script %d: track %s key %d has value %+v", i, tr.Target, j, v)
					}
				}
				if j > 0 && !(k.T > tr.Keys[j-1].T) {
					t.Fatalf("script %d: track %s key %d at %v, not after %v", i, tr.Target, j, k.T, tr.Keys[j-1].T)
				}
			}
		}
		for _, at := range []float64{0, tl.Period / 3, tl.Period, 2 * tl.Period} {
			for _, st := range tl.At(at) {
				if math.IsNaN(st.V.Opacity) || st.V.Opacity < 0 || st.V.Opacity > 1 {
					t.Fatalf("script %d: %s opacity %v at %v", i, st.Target, st.V.Opacity, at)
				}
			}
		}
	}
}
