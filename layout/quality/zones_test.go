package quality

import (
	"math"
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// square returns a closed square ring.
func square(x, y, w, h float64) [][2]float64 {
	return [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}
}

func TestZones(t *testing.T) {
	a := geom.Node{ID: "a", X: 10, Y: 10, W: 40, H: 20}
	b := geom.Node{ID: "b", X: 100, Y: 10, W: 40, H: 20}
	c := geom.Node{ID: "c", X: 10, Y: 100, W: 40, H: 20}
	// An L-shaped outline round a and c that leaves b's corner out.
	ell := [][2]float64{{0, 0}, {60, 0}, {60, 90}, {160, 90}, {160, 130}, {0, 130}}
	tests := []struct {
		name               string
		zone               geom.Zone
		outside, intruders int
	}{
		{"rectangle round its members", geom.Zone{ID: "z", Members: []string{"a", "c"}, Outline: [][][2]float64{square(0, 0, 60, 130)}}, 0, 0},
		{"rectangle over a non-member", geom.Zone{ID: "z", Members: []string{"a", "c"}, Outline: [][][2]float64{square(0, 0, 160, 130)}}, 0, 1},
		{"orthogonal polygon", geom.Zone{ID: "z", Members: []string{"a", "c"}, Outline: [][][2]float64{ell}}, 0, 0},
		{"member cut by a side", geom.Zone{ID: "z", Members: []string{"a", "b"}, Outline: [][][2]float64{square(0, 0, 120, 40)}}, 1, 0},
		{"member in a hole", geom.Zone{ID: "z", Members: []string{"a", "b"}, Outline: [][][2]float64{square(0, 0, 160, 40), square(95, 5, 50, 30)}}, 1, 0},
		{"non-member in a hole", geom.Zone{ID: "z", Members: []string{"a"}, Outline: [][][2]float64{square(0, 0, 160, 40), square(95, 5, 50, 30)}}, 0, 0},
		{"touching within tolerance", geom.Zone{ID: "z", Members: []string{"a"}, Outline: [][][2]float64{square(10.3, 10, 89.9, 20)}}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := geom.Geometry{Nodes: []geom.Node{a, b, c}, Zones: []geom.Zone{tt.zone}}
			r := Measure(g)
			if r.ZoneMembersOutside != tt.outside || r.ZoneIntruders != tt.intruders {
				t.Errorf("outside, intruders = %d, %d, want %d, %d\n%v", r.ZoneMembersOutside, r.ZoneIntruders, tt.outside, tt.intruders, r.Problems)
			}
			if r.Violations() != tt.outside+tt.intruders {
				t.Errorf("Violations() = %d, want %d", r.Violations(), tt.outside+tt.intruders)
			}
		})
	}
	nan := geom.Geometry{Zones: []geom.Zone{{ID: "z", Outline: [][][2]float64{{{0, 0}, {1, 0}, {math.NaN(), 1}}}}}}
	if r := Measure(nan); r.Invalid != 1 {
		t.Errorf("Invalid = %d for a zone with a NaN, want 1", r.Invalid)
	}
}
