package plotmath

import (
	"math"
	"testing"
)

// evenOdd reports whether p lies inside the loops by the even-odd rule.
func evenOdd(loops [][]Point, p Point) bool {
	in := false
	for _, l := range loops {
		for i := 1; i < len(l); i++ {
			a, b := l[i-1], l[i]
			if (a.Y > p.Y) != (b.Y > p.Y) && p.X < a.X+(p.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y) {
				in = !in
			}
		}
	}
	return in
}

// TestFill checks that the filled loops hold exactly the points where
// f ≥ level, away from the level line, for sets that touch the border in
// one stretch, in two, not at all (an island and a hole), and at corners.
func TestFill(t *testing.T) {
	cases := []struct {
		name  string
		f     func(x, y float64) float64
		level float64
		loops int
	}{
		{"half-plane", func(x, y float64) float64 { return x + 0.3*y }, 0, 1},
		{"disk", func(x, y float64) float64 { return 1 - x*x - y*y }, 0, 1},
		{"hole", func(x, y float64) float64 { return x*x + y*y }, 1, 2},
		{"saddle", func(x, y float64) float64 { return x * y }, 0.1, 2},
		{"band", func(x, y float64) float64 { return 1 - math.Abs(y-0.2) }, 0.5, 1},
		{"everything", func(x, y float64) float64 { return 5 }, 0, 1},
		{"nothing", func(x, y float64) float64 { return -5 }, 0, 0},
		{"corner", func(x, y float64) float64 { return x + y }, 3.5, 1},
		{"two islands", func(x, y float64) float64 { return math.Max(0.25-(x-1)*(x-1)-y*y, 0.25-(x+1)*(x+1)-y*y) }, 0, 2},
	}
	for _, c := range cases {
		g := NewGrid(c.f, -2, 2, -2, 2, 60, 50)
		loops := g.Fill(c.level)
		if len(loops) != c.loops {
			t.Errorf("%s: %d loops, want %d", c.name, len(loops), c.loops)
		}
		for _, l := range loops {
			if len(l) < 4 || l[0] != l[len(l)-1] {
				t.Errorf("%s: loop of %d points not closed", c.name, len(l))
			}
		}
		bad := 0
		for i := range 97 {
			for j := range 89 {
				p := Point{-2 + 4*(float64(i)+0.5)/97, -2 + 4*(float64(j)+0.5)/89}
				v := c.f(p.X, p.Y) - c.level
				if math.Abs(v) < 0.1 {
					continue // near the line, where the grid interpolates
				}
				if evenOdd(loops, p) != (v >= 0) {
					bad++
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d points on the wrong side", c.name, bad)
		}
	}
}
