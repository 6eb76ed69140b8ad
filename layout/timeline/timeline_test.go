package timeline

import (
	"testing"
	"time"
)

// TestPlaceSideLabels checks the outside labels of crowds of tiny
// segments: no two labels of a side overlap, every label reaches its
// anchor and stays in range, and no leader passes through a label nearer
// the lane.
func TestPlaceSideLabels(t *testing.T) {
	tests := []struct {
		name string
		reqs []sideLabel
	}{
		{"one", []sideLabel{{100, 60}}},
		{"apart", []sideLabel{{100, 60}, {400, 60}, {700, 60}}},
		{"pair", []sideLabel{{100, 80}, {104, 80}}},
		{"crowd at start", []sideLabel{{1, 120}, {5, 130}, {9, 120}, {13, 140}, {17, 50}}},
		{"crowd at end", []sideLabel{{866, 120}, {870, 130}, {874, 120}, {878, 140}}},
		{"crowd in middle", []sideLabel{{300, 70}, {303.5, 70}, {307, 70}, {310.5, 70}, {314, 70}, {317.5, 70}}},
		{"wider than range", []sideLabel{{10, 900}, {870, 300}}},
		{"ragged", []sideLabel{{50, 90}, {60, 40}, {200, 150}, {204, 60}, {500, 80}, {505, 80}, {510, 80}, {860, 200}}},
	}
	const lo, hi = 0, 880
	for _, tt := range tests {
		got := placeSideLabels(tt.reqs, lo, hi)
		if len(got) != len(tt.reqs) {
			t.Fatalf("placeSideLabels(%s) returned %d places, want %d", tt.name, len(got), len(tt.reqs))
		}
		for i, p := range got {
			r := tt.reqs[i]
			if r.w < hi-lo && (p.X < lo-1e-9 || p.X+r.w > hi+1e-9) {
				t.Errorf("placeSideLabels(%s): label %d at [%.1f, %.1f] leaves [%d, %d]", tt.name, i, p.X, p.X+r.w, lo, hi)
			}
			if r.w < hi-lo && r.cx >= lo+r.w && r.cx <= hi-r.w && (r.cx < p.X-1e-9 || r.cx > p.X+r.w+1e-9) {
				t.Errorf("placeSideLabels(%s): label %d at [%.1f, %.1f] does not reach its anchor %.1f", tt.name, i, p.X, p.X+r.w, r.cx)
			}
			for j, q := range got {
				if j == i || q.Above != p.Above {
					continue
				}
				s := tt.reqs[j]
				if j > i && q.Row == p.Row && p.X < q.X+s.w && q.X < p.X+r.w {
					t.Errorf("placeSideLabels(%s): labels %d and %d overlap in row %d", tt.name, i, j, p.Row)
				}
				if q.Row < p.Row && r.cx > q.X && r.cx < q.X+s.w {
					t.Errorf("placeSideLabels(%s): leader of label %d (row %d) crosses label %d (row %d)", tt.name, i, p.Row, j, q.Row)
				}
			}
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		ms   float64
		want string
	}{
		{180, "180 ms"}, {0.5, "0.5 ms"}, {1000, "1 s"}, {1250, "1.25 s"}, {999, "999 ms"}, {2500, "2.5 s"},
	}
	for _, tt := range tests {
		if got := formatDuration(msDuration(tt.ms)); got != tt.want {
			t.Errorf("formatDuration(%vms) = %q, want %q", tt.ms, got, tt.want)
		}
	}
}

func msDuration(v float64) time.Duration { return time.Duration(v * float64(time.Millisecond)) }

// BenchmarkPlaceSideLabelsCrowd places the labels of the largest timeline
// the language allows (200 segments), all tiny and side by side.
func BenchmarkPlaceSideLabelsCrowd(b *testing.B) {
	reqs := make([]sideLabel, 200)
	for i := range reqs {
		reqs[i] = sideLabel{cx: 100 + 4*float64(i), w: 90}
	}
	for b.Loop() {
		placeSideLabels(reqs, 0, 880)
	}
}
