package animate

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// TestMergeEqual checks that a key between two keys of its own value is
// dropped, and that the first and last keys and every change stay.
func TestMergeEqual(t *testing.T) {
	k := func(t, v float64) Key { return Key{T: t, V: Value{Opacity: v}, Ease: diagram.EaseInOut} }
	tests := []struct {
		name     string
		in, want []Key
	}{
		{"run of four", []Key{k(0, 0), k(1, 1), k(2, 1), k(3, 1), k(4, 1), k(5, 0)}, []Key{k(0, 0), k(1, 1), k(4, 1), k(5, 0)}},
		{"all equal", []Key{k(0, 1), k(1, 1), k(2, 1)}, []Key{k(0, 1), k(2, 1)}},
		{"pairs stay", []Key{k(0, 0), k(1, 1), k(2, 1), k(3, 0), k(4, 0)}, []Key{k(0, 0), k(1, 1), k(2, 1), k(3, 0), k(4, 0)}},
		{"two keys", []Key{k(0, 1), k(1, 1)}, []Key{k(0, 1), k(1, 1)}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mergeEqual(tt.in)); diff != "" {
			t.Errorf("mergeEqual(%s) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestRepeatedTraceKeys traces an edge in many steps: once drawn, the line
// stays drawn, so its tracks keep a handful of keys however many steps
// trace it again, and the line shows drawn all the while.
func TestRepeatedTraceKeys(t *testing.T) {
	script := &diagram.Script{}
	for range 50 {
		script.Steps = append(script.Steps, step(1, act(diagram.Trace, "a->b")))
	}
	tl, err := Build(script, testScene())
	if err != nil {
		t.Fatal(err)
	}
	dash := 0
	for _, tr := range tl.Tracks {
		if len(tr.Keys) > 4 {
			t.Errorf("track of %s (property %d) has %d keys, want at most 4", tr.Target, tr.Prop, len(tr.Keys))
		}
		if tr.Prop != DashOffset {
			continue
		}
		dash++
		one := &Timeline{Period: tl.Period, End: tl.End, Tracks: []Track{tr}}
		if v := one.At(0)[0].V.Offset; v != tr.DashLen {
			t.Errorf("dash offset of %s at 0 = %g, want %g", tr.Target, v, tr.DashLen)
		}
		for _, at := range []float64{1.5, 10.2, 25, 49.9} {
			if v := one.At(at)[0].V.Offset; v != 0 {
				t.Errorf("dash offset of %s at %g = %g, want 0 (drawn)", tr.Target, at, v)
			}
		}
	}
	if dash != 1 {
		t.Errorf("%d dash offset tracks, want 1", dash)
	}
}
