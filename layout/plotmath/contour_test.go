package plotmath

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestContourCircle(t *testing.T) {
	f := func(x, y float64) float64 { return x*x + y*y }
	const n = 40
	h := 4.0 / n // grid spacing
	lines := Contour(f, -2, 2, -2, 2, n, n, 1)
	if len(lines) != 1 {
		t.Fatalf("circle: %d polylines, want 1", len(lines))
	}
	ring := lines[0]
	if ring[0] != ring[len(ring)-1] {
		t.Errorf("circle: ring not closed: starts %v, ends %v", ring[0], ring[len(ring)-1])
	}
	if len(ring) < 50 {
		t.Errorf("circle: %d points, want a crossing on every cut edge (at least 50)", len(ring))
	}
	for _, p := range ring {
		if r := math.Hypot(p.X, p.Y); math.Abs(r-1) > h*h {
			t.Errorf("circle: point %v at radius %v, want within %v of 1", p, r, h*h)
		}
	}
	// The ring goes once around: the angle turns by 2π in total.
	turn := 0.0
	for i := 1; i < len(ring); i++ {
		a0, a1 := math.Atan2(ring[i-1].Y, ring[i-1].X), math.Atan2(ring[i].Y, ring[i].X)
		d := math.Remainder(a1-a0, 2*math.Pi)
		turn += d
	}
	if math.Abs(math.Abs(turn)-2*math.Pi) > 1e-9 {
		t.Errorf("circle: ring turns by %v, want ±2π", turn)
	}
}

func TestContourDiamond(t *testing.T) {
	f := func(x, y float64) float64 { return math.Abs(x) + math.Abs(y) }
	lines := Contour(f, -2, 2, -2, 2, 40, 40, 1)
	if len(lines) != 1 {
		t.Fatalf("diamond: %d polylines, want 1", len(lines))
	}
	ring := lines[0]
	if ring[0] != ring[len(ring)-1] {
		t.Errorf("diamond: ring not closed")
	}
	for _, p := range ring {
		// |x| + |y| is linear on every grid edge that does not cross an
		// axis, so the crossings lie on the diamond up to rounding.
		if d := math.Abs(math.Abs(p.X) + math.Abs(p.Y) - 1); d > 1e-9 {
			t.Errorf("diamond: point %v is %v off the diamond", p, d)
		}
	}
	for _, corner := range []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
		near := false
		for _, p := range ring {
			near = near || math.Hypot(p.X-corner.X, p.Y-corner.Y) < 1e-9
		}
		if !near {
			t.Errorf("diamond: no point at the corner %v", corner)
		}
	}
	for i := 1; i < len(ring); i++ {
		if ring[i] == ring[i-1] {
			t.Errorf("diamond: repeated point %v at %d", ring[i], i)
		}
	}
}

func TestContourOpenAndEmpty(t *testing.T) {
	// A level that does not occur.
	f := func(x, y float64) float64 { return x*x + y*y }
	if got := Contour(f, -2, 2, -2, 2, 20, 20, -1); got != nil {
		t.Errorf("level -1: got %v, want nothing", got)
	}
	if got := Contour(f, -2, 2, -2, 2, 20, 20, 100); got != nil {
		t.Errorf("level 100: got %v, want nothing", got)
	}
	// A line crossing the box is one open polyline along x + y = 0.5.
	g := func(x, y float64) float64 { return x + y }
	lines := Contour(g, -1, 1, -1, 1, 8, 8, 0.5)
	if len(lines) != 1 {
		t.Fatalf("line: %d polylines, want 1", len(lines))
	}
	l := lines[0]
	if l[0] == l[len(l)-1] {
		t.Errorf("line: closed, want open")
	}
	for _, p := range l {
		if math.Abs(p.X+p.Y-0.5) > 1e-12 {
			t.Errorf("line: point %v off x + y = 0.5", p)
		}
	}
	// Two separate circles give two rings.
	two := func(x, y float64) float64 {
		return math.Min(math.Hypot(x-1, y), math.Hypot(x+1, y))
	}
	if got := Contour(two, -2, 2, -1, 1, 40, 20, 0.5); len(got) != 2 {
		t.Errorf("two circles: %d polylines, want 2", len(got))
	}
	// NaN cells are skipped: half of the circle is undefined.
	half := func(x, y float64) float64 {
		if x < 0 {
			return math.NaN()
		}
		return x*x + y*y
	}
	got := Contour(half, -2, 2, -2, 2, 41, 40, 1)
	if len(got) != 1 || got[0][0] == got[0][len(got[0])-1] {
		t.Errorf("half circle: got %d polylines, want one open arc", len(got))
	}
}

// TestContourSaddle checks that the centre value decides a saddle cell.
func TestContourSaddle(t *testing.T) {
	// One cell over [-1, 1]². f = x*y + c*(1 - x²)(1 - y²) has the corner
	// values 1 at (1, 1) and (-1, -1) and -1 at the other two, whatever c;
	// c is the centre value. At level 0.5 the corners (1, 1) and (-1, -1)
	// are inside.
	tests := []struct {
		centre float64
		// cutOffInside: the segments go around the inside corners (the
		// centre is outside), so their midpoints have x*y > 0.
		cutOffInside bool
	}{
		{0, true},
		{1, false},
	}
	for _, tt := range tests {
		f := func(x, y float64) float64 { return x*y + tt.centre*(1-x*x)*(1-y*y) }
		lines := Contour(f, -1, 1, -1, 1, 1, 1, 0.5)
		if len(lines) != 2 {
			t.Fatalf("centre %v: %d polylines, want 2", tt.centre, len(lines))
		}
		for _, l := range lines {
			mid := Point{(l[0].X + l[1].X) / 2, (l[0].Y + l[1].Y) / 2}
			if (mid.X*mid.Y > 0) != tt.cutOffInside {
				t.Errorf("centre %v: segment %v is around the wrong corner", tt.centre, l)
			}
		}
	}
}

func TestContourDeterministic(t *testing.T) {
	f := func(x, y float64) float64 { return math.Sin(3*x)*math.Cos(2*y) + 0.3*x }
	a := Contour(f, -2, 2, -2, 2, 60, 50, 0.2)
	b := Contour(f, -2, 2, -2, 2, 60, 50, 0.2)
	if len(a) < 3 {
		t.Fatalf("got %d polylines, want several", len(a))
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("Contour twice mismatch (-first +second):\n%s", diff)
	}
}

func BenchmarkContour(b *testing.B) {
	f := func(x, y float64) float64 { return math.Sin(3*x)*math.Cos(2*y) + 0.3*x }
	for b.Loop() {
		Contour(f, -2, 2, -2, 2, 100, 100, 0.2)
	}
}
