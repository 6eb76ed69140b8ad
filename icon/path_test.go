package icon

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// kappa is the control arm, relative to the radius, of the cubic that
// approximates a quarter circle.
const kappa = 0.5522847498

func m(x, y float64) Op { return Op{Cmd: 'M', Args: []float64{x, y}} }
func l(x, y float64) Op { return Op{Cmd: 'L', Args: []float64{x, y}} }
func c(x1, y1, x2, y2, x, y float64) Op {
	return Op{Cmd: 'C', Args: []float64{x1, y1, x2, y2, x, y}}
}

var z = Op{Cmd: 'Z'}

func TestParsePath(t *testing.T) {
	tests := []struct {
		d    string
		want []Op
	}{
		{"", nil},
		{"M4 6h16v12H4z", []Op{m(4, 6), l(20, 6), l(20, 18), l(4, 18), z}},
		{"M4 6H20V18", []Op{m(4, 6), l(20, 6), l(20, 18)}},
		// Relative commands move from the current point.
		{"m1 2l3 4h1v-2", []Op{m(1, 2), l(4, 6), l(5, 6), l(5, 4)}},
		{"M1 1c1 0 2 1 2 2", []Op{m(1, 1), c(2, 1, 3, 2, 3, 3)}},
		// Implicit repetition: pairs after a move are lines.
		{"M1 1 2 2 3 3", []Op{m(1, 1), l(2, 2), l(3, 3)}},
		{"m1 1 2 2 1 0", []Op{m(1, 1), l(3, 3), l(4, 3)}},
		{"M0 0L1 1 2 2", []Op{m(0, 0), l(1, 1), l(2, 2)}},
		{"M0 0h1 2v3 1", []Op{m(0, 0), l(1, 0), l(3, 0), l(3, 3), l(3, 4)}},
		{"M0 0c1 0 1 0 1 1 0 1 0 1 1 1", []Op{m(0, 0), c(1, 0, 1, 0, 1, 1), c(1, 2, 1, 2, 2, 2)}},
		// Compact numbers, commas and exponents.
		{"M1.5.5L-1-2", []Op{m(1.5, 0.5), l(-1, -2)}},
		{"M1,2 3,4", []Op{m(1, 2), l(3, 4)}},
		{"M1e1 2E-1l+1 -.5", []Op{m(10, 0.2), l(11, -0.3)}},
		// A smooth cubic reflects the previous control point, or starts
		// at the current point after anything but a cubic.
		{"M0 0C1 2 3 4 5 6S9 10 11 12", []Op{m(0, 0), c(1, 2, 3, 4, 5, 6), c(7, 8, 9, 10, 11, 12)}},
		{"M0 0L1 1S2 2 3 3", []Op{m(0, 0), l(1, 1), c(1, 1, 2, 2, 3, 3)}},
		{"M0 0c1 2 3 4 5 6s4 4 6 6", []Op{m(0, 0), c(1, 2, 3, 4, 5, 6), c(7, 8, 9, 10, 11, 12)}},
		// Quadratics become the equal cubics.
		{"M0 0Q3 3 6 0", []Op{m(0, 0), c(2, 2, 4, 2, 6, 0)}},
		{"M0 0q3 3 6 0", []Op{m(0, 0), c(2, 2, 4, 2, 6, 0)}},
		{"M0 0Q3 3 6 0T12 0", []Op{m(0, 0), c(2, 2, 4, 2, 6, 0), c(8, -2, 10, -2, 12, 0)}},
		{"M0 0t6 0", []Op{m(0, 0), c(0, 0, 2, 0, 6, 0)}},
		// Drawing after a close starts again at the closed subpath's start.
		{"M1 1L2 2Zl1 0", []Op{m(1, 1), l(2, 2), z, m(1, 1), l(2, 1)}},
		{"M1 1L2 2zm1 1h1", []Op{m(1, 1), l(2, 2), z, m(2, 2), l(3, 2)}},
		// Arcs: a quarter circle is one cubic.
		{"M10 0A10 10 0 0 1 0 10", []Op{m(10, 0), c(10, 10*kappa, 10*kappa, 10, 0, 10)}},
		// A half circle is two quarters through the far point; compact
		// flags as written by minifiers.
		{"M0 0a1 1 0 012 0", []Op{m(0, 0), c(0, -kappa, 1-kappa, -1, 1, -1), c(1+kappa, -1, 2, -kappa, 2, 0)}},
		{"M0 0A1 1 0 0 0 2 0", []Op{m(0, 0), c(0, kappa, 1-kappa, 1, 1, 1), c(1+kappa, 1, 2, kappa, 2, 0)}},
		// Radii too small to span the end points are scaled up.
		{"M0 0A1 1 0 0 1 4 0", []Op{m(0, 0), c(0, -2*kappa, 2-2*kappa, -2, 2, -2), c(2+2*kappa, -2, 4, -2*kappa, 4, 0)}},
		// A rotated ellipse: major axis vertical, through (1, 0).
		{"M0 -2A2 1 90 0 1 0 2", []Op{m(0, -2), c(kappa, -2, 1, -2*kappa, 1, 0), c(1, 2*kappa, kappa, 2, 0, 2)}},
		// A zero radius draws a line; an arc to its own start nothing.
		{"M0 0A0 5 0 0 1 3 4", []Op{m(0, 0), l(3, 4)}},
		{"M1 1A2 2 0 0 1 1 1", []Op{m(1, 1)}},
		// Radii so small that scaling them up overflows also make a line.
		{"M0 0A1e-200 1 0 0 0 1 0", []Op{m(0, 0), l(1, 0)}},
	}
	for _, tt := range tests {
		got, err := parsePath(tt.d)
		if err != nil {
			t.Errorf("parsePath(%q) error: %v", tt.d, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-6), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("parsePath(%q) mismatch (-want +got):\n%s", tt.d, diff)
		}
	}
}

func TestParsePathErrors(t *testing.T) {
	for _, d := range []string{
		"L1 1",               // must start with a move
		"1 1",                // must start with a command
		"M1",                 // missing number
		"M1 2 z 3",           // numbers after close
		"M0 0 X",             // unknown command
		"M--1 0",             // bad number
		"M0 0A1 1 0 2 1 2 0", // bad flag
		"M0 0A1 1 0 0",       // arc cut short
		"M0 0C1 1 2 2",       // curve cut short
		"M1.2.3.",            // dangling point
	} {
		if got, err := parsePath(d); err == nil {
			t.Errorf("parsePath(%q) = %v, want an error", d, got)
		}
	}
}

// TestArcSegments checks that arcs are split into curves of at most 90°
// that stay on the circle.
func TestArcSegments(t *testing.T) {
	tests := []struct {
		d      string
		curves int
	}{
		{"M12 2A10 10 0 0 1 22 12", 1},              // 90°
		{"M12 2A10 10 0 0 1 12 22", 2},              // 180°
		{"M12 2A10 10 0 1 1 2 12", 3},               // 270°
		{"M2 12a10 10 0 1 0 20 0", 2},               // 180° the other way
		{"M14 12A2 2 0 1 1 13.990008 11.800333", 4}, // nearly a full circle
	}
	for _, tt := range tests {
		ops, err := parsePath(tt.d)
		if err != nil {
			t.Fatalf("parsePath(%q) error: %v", tt.d, err)
		}
		curves := 0
		for i, op := range ops {
			if op.Cmd != 'C' {
				continue
			}
			curves++
			p0 := ops[i-1].Args[len(ops[i-1].Args)-2:]
			r := math.Hypot(p0[0]-12, p0[1]-12)
			for _, tv := range []float64{0.25, 0.5, 0.75, 1} {
				x, y := bezier(p0[0], p0[1], op.Args, tv)
				if e := math.Abs(math.Hypot(x-12, y-12) - r); e > 0.001*r {
					t.Errorf("parsePath(%q) curve %d at t=%g is %g off the circle", tt.d, curves, tv, e)
				}
			}
		}
		if curves != tt.curves {
			t.Errorf("parsePath(%q) made %d curves, want %d", tt.d, curves, tt.curves)
		}
	}
}

// bezier evaluates the cubic from (x0, y0) with the arguments of a 'C'
// operation at parameter t.
func bezier(x0, y0 float64, a []float64, t float64) (x, y float64) {
	u := 1 - t
	b0, b1, b2, b3 := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return b0*x0 + b1*a[0] + b2*a[2] + b3*a[4], b0*y0 + b1*a[1] + b2*a[3] + b3*a[5]
}

// FuzzParsePath checks that any input either fails cleanly or yields only
// well-formed, finite operations.
func FuzzParsePath(f *testing.F) {
	for _, s := range sources {
		f.Add(s.stroke)
	}
	for _, d := range []string{"M0 0A1 1 0 1 1 0 0", "M1 1zzl1 1", "m1e308 1e308a1e-300 1 0 11 1 1", "M0 0A1 1 0 0 1 1e-12 0", ",,M,1,2"} {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, d string) {
		ops, err := parsePath(d)
		if err != nil {
			return
		}
		for _, op := range ops {
			want := map[byte]int{'M': 2, 'L': 2, 'C': 6, 'Z': 0}
			n, ok := want[op.Cmd]
			if !ok || len(op.Args) != n {
				t.Fatalf("parsePath(%q) made %c with %d arguments", d, op.Cmd, len(op.Args))
			}
			if !finite(op.Args...) {
				t.Fatalf("parsePath(%q) made a non-finite coordinate in %c %v", d, op.Cmd, op.Args)
			}
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		build(sources)
	}
}
