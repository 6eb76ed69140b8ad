package plotmath

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClipPolyline(t *testing.T) {
	r := Rect{0, 0, 10, 10}
	nan := math.NaN()
	tests := []struct {
		name string
		pts  []Point
		want [][]Point
	}{
		{"inside", []Point{{1, 1}, {5, 5}, {9, 1}}, [][]Point{{{1, 1}, {5, 5}, {9, 1}}}},
		{"outside", []Point{{-5, -5}, {-1, 20}, {20, 20}}, nil},
		{"crossing", []Point{{-5, 5}, {15, 5}}, [][]Point{{{0, 5}, {10, 5}}}},
		{"leave and return", []Point{{5, 5}, {15, 5}, {15, 8}, {5, 8}}, [][]Point{{{5, 5}, {10, 5}}, {{10, 8}, {5, 8}}}},
		{"enter", []Point{{5, -5}, {5, 5}, {8, 5}}, [][]Point{{{5, 0}, {5, 5}, {8, 5}}}},
		{"along an edge", []Point{{0, -2}, {0, 12}}, [][]Point{{{0, 0}, {0, 10}}}},
		{"corner cut", []Point{{-1, 9}, {3, 13}}, [][]Point{{{0, 10}, {0, 10}}}},
		{"diagonal", []Point{{-10, -10}, {20, 20}}, [][]Point{{{0, 0}, {10, 10}}}},
		{"NaN breaks", []Point{{1, 1}, {2, 2}, {nan, 3}, {4, 4}, {5, 5}}, [][]Point{{{1, 1}, {2, 2}}, {{4, 4}, {5, 5}}}},
		{"one point", []Point{{1, 1}}, nil},
	}
	for _, tt := range tests {
		got := ClipPolyline(tt.pts, r)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ClipPolyline(%s) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestClipPolygon(t *testing.T) {
	r := Rect{0, 0, 10, 10}
	tests := []struct {
		name string
		pts  []Point
		want []Point
	}{
		{"inside", []Point{{1, 1}, {9, 1}, {5, 9}}, []Point{{1, 1}, {9, 1}, {5, 9}}},
		{"outside", []Point{{20, 20}, {30, 20}, {25, 30}}, nil},
		{"covering", []Point{{-5, -5}, {15, -5}, {15, 15}, {-5, 15}}, []Point{{0, 10}, {0, 0}, {10, 0}, {10, 10}}},
		{"half over the right edge", []Point{{5, 2}, {15, 2}, {15, 8}, {5, 8}}, []Point{{5, 2}, {10, 2}, {10, 8}, {5, 8}}},
		{"triangle over a corner", []Point{{8, 8}, {12, 8}, {8, 12}}, []Point{{8, 10}, {8, 8}, {10, 8}, {10, 10}}},
	}
	for _, tt := range tests {
		got := ClipPolygon(tt.pts, r)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ClipPolygon(%s) mismatch (-want +got):\n%s", tt.name, diff)
		}
		if a, b := area(got), area(ClipPolygon(reverse(tt.pts), r)); math.Abs(a-b) > 1e-9 {
			t.Errorf("ClipPolygon(%s): area %v, reversed %v", tt.name, a, b)
		}
	}
}

func TestClipHalfPlane(t *testing.T) {
	box := RectPolygon(Rect{-1, -1, 2, 2})
	tests := []struct {
		name    string
		a, b, c float64
		area    float64
	}{
		{"x ≥ 0", 1, 0, 0, 2},
		{"x + y ≥ 0", 1, 1, 0, 2},
		{"x + y - 1 ≥ 0", 1, 1, -1, 0.5},
		{"everything", 0, 0, 1, 4},
		{"nothing", 1, 0, 5, 4}, // x + 5 ≥ 0 holds everywhere in the box
		{"nothing at all", 1, 0, -5, 0},
	}
	for _, tt := range tests {
		got := ClipHalfPlane(box, tt.a, tt.b, tt.c)
		if a := area(got); math.Abs(a-tt.area) > 1e-12 {
			t.Errorf("ClipHalfPlane(%s) area %v, want %v (%v)", tt.name, a, tt.area, got)
		}
		for _, p := range got {
			if tt.a*p.X+tt.b*p.Y+tt.c < -1e-12 {
				t.Errorf("ClipHalfPlane(%s): point %v on the wrong side", tt.name, p)
			}
		}
	}
}

// area returns the absolute area of a polygon by the shoelace formula.
func area(pts []Point) float64 {
	s := 0.0
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		s += p.X*q.Y - q.X*p.Y
	}
	return math.Abs(s) / 2
}

func reverse(pts []Point) []Point {
	r := make([]Point, len(pts))
	for i, p := range pts {
		r[len(pts)-1-i] = p
	}
	return r
}

func TestClipPolygonNaN(t *testing.T) {
	nan := math.NaN()
	got := ClipPolygon([]Point{{1, 1}, {9, 1}, {nan, 5}, {9, 9}, {1, 9}}, Rect{0, 0, 10, 10})
	want := []Point{{1, 1}, {9, 1}, {9, 9}, {1, 9}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ClipPolygon with a NaN point mismatch (-want +got):\n%s", diff)
	}
	if got := ClipHalfPlane([]Point{{nan, nan}, {1, 1}}, 1, 0, 0); got != nil {
		t.Errorf("ClipHalfPlane of a degenerate polygon = %v, want nil", got)
	}
}

// TestClipInside checks on random shapes that everything clipping returns
// lies in the rectangle, and that points inside are kept.
func TestClipInside(t *testing.T) {
	r := Rect{-1, -2, 3, 4}
	inside := func(p Point) bool {
		const eps = 1e-9
		return p.X >= r.X-eps && p.X <= r.X+r.W+eps && p.Y >= r.Y-eps && p.Y <= r.Y+r.H+eps
	}
	rnd := NewRand(3)
	for range 500 {
		pts := make([]Point, 2+rnd.Uint64()%12)
		for i := range pts {
			pts[i] = Point{-4 + 8*rnd.Float64(), -5 + 10*rnd.Float64()}
		}
		kept := 0
		for _, piece := range ClipPolyline(pts, r) {
			for _, p := range piece {
				if !inside(p) {
					t.Fatalf("ClipPolyline(%v): %v outside %v", pts, p, r)
				}
			}
			kept += len(piece)
		}
		for _, p := range pts {
			if inside(p) && kept == 0 {
				t.Fatalf("ClipPolyline(%v): dropped everything, but %v is inside", pts, p)
			}
		}
		for _, p := range ClipPolygon(pts, r) {
			if !inside(p) {
				t.Fatalf("ClipPolygon(%v): %v outside %v", pts, p, r)
			}
		}
	}
}
