package plotmath

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi   float64
		maxTicks int
		want     []float64
	}{
		{0, 10, 6, []float64{0, 2, 4, 6, 8, 10}},
		{0, 10, 11, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{0, 10, 3, []float64{0, 5, 10}},
		{-3, 3, 7, []float64{-3, -2, -1, 0, 1, 2, 3}},
		{-3, 3, 5, []float64{-2, 0, 2}},
		{0, 1, 6, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{0, 1, 11, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}},
		{0.3, 0.7, 5, []float64{0.3, 0.4, 0.5, 0.6, 0.7}},
		{-0.05, 0.05, 3, []float64{-0.05, 0, 0.05}},
		{0, 2, 6, []float64{0, 0.5, 1, 1.5, 2}},
		{1, 1000, 5, []float64{200, 400, 600, 800, 1000}},
		{10, 0, 3, []float64{0, 5, 10}}, // reversed range
		{2.5, 2.5, 5, []float64{2.5}},
		{0, 1e-6, 3, []float64{0, 5e-7, 1e-6}},
		{1e9, 5e9, 5, []float64{1e9, 2e9, 3e9, 4e9, 5e9}},
		{0.1, 0.95, 2, []float64{0.5}},
		{0, 10, 0, []float64{0, 10}}, // maxTicks below 2 counts as 2
		{math.NaN(), 1, 5, nil},
		{0, math.Inf(1), 5, nil},
	}
	for _, tt := range tests {
		got := NiceTicks(tt.lo, tt.hi, tt.maxTicks)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("NiceTicks(%v, %v, %d) mismatch (-want +got):\n%s", tt.lo, tt.hi, tt.maxTicks, diff)
		}
	}
}

// TestNiceTicksProperties checks, over many ranges, that ticks are nice,
// inside the range, evenly spaced and no more than asked for.
func TestNiceTicksProperties(t *testing.T) {
	r := NewRand(1)
	for range 2000 {
		lo := (r.Float64() - 0.5) * math.Pow10(int(r.Uint64()%12)-6)
		hi := lo + r.Float64()*math.Pow10(int(r.Uint64()%12)-6)
		maxTicks := 2 + int(r.Uint64()%10)
		ticks := NiceTicks(lo, hi, maxTicks)
		step := NiceStep(lo, hi, maxTicks)
		if len(ticks) > maxTicks {
			t.Fatalf("NiceTicks(%v, %v, %d) = %v: more than %d ticks", lo, hi, maxTicks, ticks, maxTicks)
		}
		m := step / math.Pow10(int(math.Floor(math.Log10(step)+1e-12)))
		if math.Abs(m-1) > 1e-9 && math.Abs(m-2) > 1e-9 && math.Abs(m-5) > 1e-9 {
			t.Fatalf("NiceStep(%v, %v, %d) = %v, not 1, 2 or 5 × 10^k", lo, hi, maxTicks, step)
		}
		for i, v := range ticks {
			tol := step*1e-6 + math.Abs(v)*1e-14 // rounding of large values
			if v < lo-tol || v > hi+tol {
				t.Fatalf("NiceTicks(%v, %v, %d) = %v: %v outside the range", lo, hi, maxTicks, ticks, v)
			}
			if i > 0 && math.Abs(v-ticks[i-1]-step) > tol {
				t.Fatalf("NiceTicks(%v, %v, %d) = %v: uneven step at %d", lo, hi, maxTicks, ticks, i)
			}
		}
		// The next finer nice step would give too many ticks.
		finer := step / 2 // 1 → 0.5 and 2 → 1
		if math.Abs(m-5) <= 1e-9 {
			finer = step * 2 / 5 // 5 → 2
		}
		count := math.Floor(hi/finer+1e-9) - math.Ceil(lo/finer-1e-9) + 1
		if count <= float64(maxTicks) {
			t.Fatalf("NiceTicks(%v, %v, %d): the finer step %v gives %v ticks, within the limit", lo, hi, maxTicks, finer, count)
		}
	}
}

func TestLogTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []float64
	}{
		{1, 1e6, []float64{1, 10, 100, 1000, 1e4, 1e5, 1e6}},
		{0.001, 1, []float64{0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}},
		{3, 300, []float64{5, 10, 20, 50, 100, 200}},
		{2, 9, []float64{2, 3, 4, 5, 6, 7, 8, 9}},
		{1e-10, 1e10, []float64{1e-10, 1e-8, 1e-6, 1e-4, 0.01, 1, 100, 1e4, 1e6, 1e8, 1e10}},
		{100, 1, []float64{1, 2, 5, 10, 20, 50, 100}},
		{0, 10, nil},
		{-1, 10, nil},
		{5, 5, nil},
	}
	for _, tt := range tests {
		got := LogTicks(tt.lo, tt.hi)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("LogTicks(%v, %v) mismatch (-want +got):\n%s", tt.lo, tt.hi, diff)
		}
	}
}

func TestFormatTick(t *testing.T) {
	tests := []struct {
		v, step float64
		want    string
	}{
		{3, 1, "3"},
		{0, 1, "0"},
		{-2, 1, "−2"},
		{0.5, 0.5, "0.5"},
		{1, 0.5, "1.0"},
		{0.5, 0.25, "0.50"},
		{0.30000000000000004, 0.1, "0.3"},
		{-1e-17, 0.1, "0"}, // no "−0"
		{math.Copysign(0, -1), 1, "0"},
		{-0.05, 0.05, "−0.05"},
		{1500, 500, "1500"},
		{250000, 50000, "250000"},
		{2e6, 1e6, "2e6"},
		{2.5e6, 5e5, "2.5e6"},
		{1e-5, 1e-5, "1e−5"},
		{-2.5e-5, 5e-6, "−2.5e−5"},
		{0.001, 0.001, "0.001"},
		{math.Inf(-1), 1, "−∞"},
		{math.NaN(), 1, "NaN"},
	}
	for _, tt := range tests {
		if got := FormatTick(tt.v, tt.step); got != tt.want {
			t.Errorf("FormatTick(%v, %v) = %q, want %q", tt.v, tt.step, got, tt.want)
		}
	}
}

func TestNiceTicksCapped(t *testing.T) {
	if got := len(NiceTicks(0, 1, 1<<40)); got > MaxTicks {
		t.Errorf("NiceTicks(0, 1, 1<<40) gave %d ticks, want at most %d", got, MaxTicks)
	}
}

// TestFormatLogTicksOneForm checks that the labels of a log axis share one
// form: all exponents once any tick needs one, all plain otherwise.
func TestFormatLogTicksOneForm(t *testing.T) {
	cases := []struct {
		lo, hi float64
		want   []string
	}{
		{1e-6, 1, []string{"1e−6", "1e−5", "1e−4", "1e−3", "1e−2", "1e−1", "1e0"}},
		{0.001, 1000, []string{"0.001", "0.01", "0.1", "1", "10", "100", "1000"}},
		{1000, 1e9, []string{"1e3", "1e4", "1e5", "1e6", "1e7", "1e8", "1e9"}},
		{2e-5, 5e-4, nil},
	}
	for _, c := range cases {
		got := FormatLogTicks(LogTicks(c.lo, c.hi))
		if c.want != nil && strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%g .. %g: %q, want %q", c.lo, c.hi, got, c.want)
		}
		exp := 0
		for _, s := range got {
			if strings.Contains(s, "e") {
				exp++
			}
		}
		if exp != 0 && exp != len(got) {
			t.Errorf("%g .. %g: mixed forms %q", c.lo, c.hi, got)
		}
	}
}
