package diagram

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSubID(t *testing.T) {
	tests := []struct {
		id   string
		part Part
		want string
	}{
		{"budget", PartTotal, "budget.total"},
		{"data", PartClass.N(2), "data.class2"},
		{"data", PartCenter.N(10), "data.center10"},
		{"", PartAxis, ""},
	}
	for _, tt := range tests {
		if got := SubID(tt.id, tt.part); got != tt.want {
			t.Errorf("SubID(%q, %q) = %q, want %q", tt.id, tt.part, got, tt.want)
		}
	}
}

func TestParts(t *testing.T) {
	seg := func(id string, d time.Duration) *Segment { return &Segment{ID: id, Duration: d} }
	tests := []struct {
		name string
		got  []Part
		want []Part
	}{
		{"timeline without budget", (&Timeline{Segments: []*Segment{seg("a", time.Second)}}).Parts(), []Part{"total", "axis"}},
		{"timeline within budget", (&Timeline{Budget: time.Second, Segments: []*Segment{seg("a", time.Second)}}).Parts(), []Part{"total", "axis", "budget"}},
		{"timeline over budget", (&Timeline{Budget: time.Second, Segments: []*Segment{seg("a", time.Second), seg("b", 1)}}).Parts(), []Part{"total", "axis", "budget", "overrun"}},
		{"points", (&Scatter{Points: []XY{{1, 2}}}).Parts(), nil},
		{"blobs", (&Scatter{Blobs: &Blobs{K: 2, N: 10}}).Parts(), []Part{"class1", "class2"}},
		{"blobs with centres", (&Scatter{Blobs: &Blobs{K: 2, N: 10}, Centers: true}).Parts(), []Part{"class1", "class2", "centers", "center1", "center2"}},
		{"path", (&PlotPath{}).Parts(), nil},
		{"path with marker", (&PlotPath{Marker: MarkerDot}).Parts(), []Part{"marker"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.got); diff != "" {
			t.Errorf("%s: Parts mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
