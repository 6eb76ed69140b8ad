package animate

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

func op(v float64) Value { return Value{Opacity: v} }

// TestChannelKeys checks how segments become keyframes: holds, fades,
// jumps (a steps interval, never two keys at one time), a jump right after
// a fade, a segment that starts before the last one ends, and the return
// to the still value at the end.
func TestChannelKeys(t *testing.T) {
	const (
		lin   = diagram.Linear
		steps = diagram.Steps
		eio   = diagram.EaseInOut
	)
	tests := []struct {
		name string
		c    channel
		want []Key
	}{
		{
			name: "fade in from hidden",
			c:    channel{initial: op(0), base: op(1), segs: []segment{{T0: 1, Ease: eio, Keys: []Key{{T: 1.5, V: op(1)}}}}},
			want: []Key{{0, op(0), eio}, {1, op(0), eio}, {1.5, op(1), eio}, {10, op(1), eio}},
		},
		{
			name: "jump at time 0 sets the initial value",
			c:    channel{initial: op(1), base: op(1), segs: []segment{{T0: 0, Keys: []Key{{T: 0, V: op(0)}}}, {T0: 2, Keys: []Key{{T: 2, V: op(1)}}}}},
			want: []Key{{0, op(0), steps}, {2, op(1), eio}, {10, op(1), eio}},
		},
		{
			name: "jump after a hold turns the hold into a step",
			c:    channel{initial: op(0), base: op(0), segs: []segment{{T0: 1, Keys: []Key{{T: 1, V: op(1)}}}, {T0: 3, Keys: []Key{{T: 3, V: op(0)}}}}},
			want: []Key{{0, op(0), steps}, {1, op(1), steps}, {3, op(0), eio}, {10, op(0), eio}},
		},
		{
			name: "jump right where a fade ends comes just after it",
			c: channel{initial: op(0), base: op(1), segs: []segment{
				{T0: 1, Ease: lin, Keys: []Key{{T: 2, V: op(1)}}},
				{T0: 2, Keys: []Key{{T: 2, V: op(0.3)}}},
			}},
			want: []Key{{0, op(0), eio}, {1, op(0), lin}, {2, op(1), steps}, {2 + jumpGap, op(0.3), eio}, {5, op(0.3), eio}, {5.5, op(1), eio}, {10, op(1), eio}},
		},
		{
			name: "a segment starting before the last ends waits for it",
			c: channel{initial: op(1), base: op(1), segs: []segment{
				{T0: 1, Ease: lin, Keys: []Key{{T: 2, V: op(0)}}},
				{T0: 1.5, Ease: lin, Keys: []Key{{T: 2.5, V: op(1)}}},
			}},
			want: []Key{{0, op(1), eio}, {1, op(1), lin}, {2, op(0), lin}, {3, op(1), eio}, {10, op(1), eio}},
		},
		{
			name: "free channels keep their last value",
			c:    channel{free: true, initial: Value{}, base: Value{}, segs: []segment{{T0: 1, Ease: lin, Keys: []Key{{T: 2, V: Value{Offset: -40}}}}}},
			want: []Key{{0, Value{}, eio}, {1, Value{}, lin}, {2, Value{Offset: -40}, eio}, {10, Value{Offset: -40}, eio}},
		},
	}
	for _, tt := range tests {
		got := tt.c.keys(5, 0.5, 10, 0)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: keys mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAt checks the evaluation: wrapping at the period when looping,
// holding the ends when not, each interval's easing on its own.
func TestAt(t *testing.T) {
	tr := Track{Target: "x", Prop: Opacity, Keys: []Key{
		{T: 0, V: op(0), Ease: diagram.Linear},
		{T: 2, V: op(1), Ease: diagram.EaseInOut},
		{T: 4, V: op(0), Ease: diagram.Steps},
		{T: 6, V: op(1), Ease: diagram.Linear},
		{T: 8, V: op(1)},
	}}
	loop := &Timeline{Period: 8, Loop: true, Tracks: []Track{tr}}
	once := &Timeline{Period: 8, Tracks: []Track{tr}}
	tests := []struct {
		tl   *Timeline
		t    float64
		want float64
	}{
		{loop, 1, 0.5},
		{loop, 3, 0.5},
		{loop, 2.5, 1 - cubicBezier(0.42, 0, 0.58, 1, 0.25)},
		{loop, 5.99, 0},
		{loop, 6, 1},
		{loop, 9, 0.5},
		{loop, -7, 0.5},
		{once, 9, 1},
		{once, -1, 0},
	}
	for _, tt := range tests {
		got := tt.tl.At(tt.t)[0].V.Opacity
		if math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("At(%v) loop=%v = %v, want %v", tt.t, tt.tl.Loop, got, tt.want)
		}
	}
	// ease-in-out is symmetric and slow at both ends.
	for _, p := range []float64{0.1, 0.25, 0.4} {
		a, b := cubicBezier(0.42, 0, 0.58, 1, p), cubicBezier(0.42, 0, 0.58, 1, 1-p)
		if math.Abs(a+b-1) > 1e-9 || a >= p {
			t.Errorf("ease-in-out(%v) = %v, ease-in-out(%v) = %v", p, a, 1-p, b)
		}
	}
}
