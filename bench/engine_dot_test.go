package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplinePoints(t *testing.T) {
	flip := func(x, y float64) [2]float64 { return [2]float64{x, 100 - y} }
	tests := []struct {
		pos  string
		want [][2]float64
	}{
		// A straight spline ending at an arrow tip: y is flipped, the
		// spline flattens to its ends and the tip comes last.
		{"e,50,10 50,90 50,60 50,40 50,20", [][2]float64{{50, 10}, {50, 80}, {50, 90}}},
		// An arrow at both ends.
		{"s,0,0 e,0,30 0,5 0,10 0,15 0,25", [][2]float64{{0, 100}, {0, 95}, {0, 75}, {0, 70}}},
	}
	for _, tt := range tests {
		got, err := splinePoints(tt.pos, flip)
		if err != nil {
			t.Errorf("splinePoints(%q) error: %v", tt.pos, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splinePoints(%q) mismatch (-want +got):\n%s", tt.pos, diff)
		}
	}
	if _, err := splinePoints("1,2,3", flip); err == nil {
		t.Errorf("splinePoints(%q) = nil error, want one", "1,2,3")
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []int64
		want float64
	}{
		{nil, 0},
		{[]int64{5}, 5},
		{[]int64{9, 1, 5}, 5},
		{[]int64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
