package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFlattenCubicPathStraight(t *testing.T) {
	// Control points on the chord: one segment is enough.
	in := [][2]float64{{0, 0}, {0, 10}, {0, 20}, {0, 30}}
	want := [][2]float64{{0, 0}, {0, 30}}
	if diff := cmp.Diff(want, flattenCubicPath(in, 1)); diff != "" {
		t.Errorf("flattenCubicPath(%v) mismatch (-want +got):\n%s", in, diff)
	}
}

func TestFlattenCubicPathStaysNearCurve(t *testing.T) {
	// A quarter-circle-like arc followed by a second segment.
	in := [][2]float64{{0, 0}, {0, 55}, {45, 100}, {100, 100}, {155, 100}, {200, 55}, {200, 0}}
	for _, tol := range []float64{4, 1, 0.25} {
		got := flattenCubicPath(in, tol)
		if got[0] != in[0] || got[len(got)-1] != in[len(in)-1] {
			t.Errorf("flattenCubicPath(tol %v) = %v, want it to start at %v and end at %v", tol, got, in[0], in[len(in)-1])
		}
		for seg := 0; seg < 2; seg++ {
			p := in[seg*3 : seg*3+4]
			for i := 0; i <= 100; i++ {
				s := float64(i) / 100
				pt := cubicAt(p[0], p[1], p[2], p[3], s)
				if d := distToPolyline(pt, got); d > tol+1e-9 {
					t.Errorf("flattenCubicPath(tol %v): curve point %v is %.3f px from the polyline", tol, pt, d)
				}
			}
		}
	}
}

func cubicAt(p0, p1, p2, p3 [2]float64, s float64) [2]float64 {
	u := 1 - s
	var out [2]float64
	for k := range 2 {
		out[k] = u*u*u*p0[k] + 3*u*u*s*p1[k] + 3*u*s*s*p2[k] + s*s*s*p3[k]
	}
	return out
}

func distToPolyline(p [2]float64, line [][2]float64) float64 {
	best := math.Inf(1)
	for i := 1; i < len(line); i++ {
		best = math.Min(best, distToSegment(p, line[i-1], line[i]))
	}
	return best
}
