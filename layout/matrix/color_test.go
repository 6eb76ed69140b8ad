package matrix

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

func TestHeatColorEnds(t *testing.T) {
	seq := &diagram.HeatScale{Lo: 0, Hi: 1}
	div := &diagram.HeatScale{Lo: -1, Hi: 1, Kind: diagram.Diverging}
	tests := []struct {
		name string
		h    *diagram.HeatScale
		v    float64
		want string
	}{
		{"sequential low", seq, 0, "#f3f8ff"},
		{"sequential high", seq, 1, "#1e3f96"},
		{"sequential below the range", seq, -5, "#f3f8ff"},
		{"sequential above the range", seq, 7, "#1e3f96"},
		{"diverging low", div, -1, "#1e3f96"},
		{"diverging middle", div, 0, "#f7f6f3"},
		{"diverging high", div, 1, "#931f1a"},
		{"not a number", seq, math.NaN(), HeatColor(seq, 0.5)},
	}
	for _, tt := range tests {
		if got := HeatColor(tt.h, tt.v); got != tt.want {
			t.Errorf("%s: HeatColor(%v) = %s, want %s", tt.name, tt.v, got, tt.want)
		}
	}
}

// TestHeatColorEven checks that equal steps of value give equal steps of
// OKLab lightness, falling from the low end to the high end (and from the
// middle outward on a diverging scale).
func TestHeatColorEven(t *testing.T) {
	const n = 20
	for _, kind := range []diagram.ScaleKind{diagram.Sequential, diagram.Diverging} {
		h := &diagram.HeatScale{Lo: 0, Hi: 1, Kind: kind}
		var ls []float64
		for i := 0; i <= n; i++ {
			ls = append(ls, toOKLab(parseHex(HeatColor(h, float64(i)/n))).L)
		}
		check := func(from, to int) {
			step := (ls[to] - ls[from]) / float64(to-from)
			if step >= 0 {
				t.Errorf("kind %d: lightness does not fall from %d to %d", kind, from, to)
			}
			for i := from + 1; i <= to; i++ {
				if d := ls[i] - ls[i-1]; math.Abs(d-step) > 0.006 {
					t.Errorf("kind %d: lightness step %d is %.4f, want %.4f", kind, i, d, step)
				}
			}
		}
		if kind == diagram.Sequential {
			check(0, n)
			continue
		}
		// Diverging: reverse the low half so both halves fall outward.
		low := append([]float64(nil), ls[:n/2+1]...)
		for i, j := 0, len(low)-1; i < j; i, j = i+1, j-1 {
			low[i], low[j] = low[j], low[i]
		}
		ls = append(low, ls[n/2+1:]...)
		check(0, n/2)
		check(n/2+1, n)
	}
}

// TestInkOnHeat checks the text colour on every fill of both scales: it
// reaches 4.5:1, and is one of the known inks.
func TestInkOnHeat(t *testing.T) {
	inks := map[string]bool{darkInk: true, lightInk: true, "#000000": true}
	for _, kind := range []diagram.ScaleKind{diagram.Sequential, diagram.Diverging} {
		h := &diagram.HeatScale{Lo: 0, Hi: 1, Kind: kind}
		for i := 0; i <= 1000; i++ {
			fill := HeatColor(h, float64(i)/1000)
			ink := InkOn(fill)
			if !inks[ink] {
				t.Fatalf("InkOn(%s) = %s, not a known ink", fill, ink)
			}
			if c := Contrast(fill, ink); c < 4.5 {
				t.Errorf("kind %d, value %.3f: ink %s on %s has contrast %.2f, want ≥ 4.5", kind, float64(i)/1000, ink, fill, c)
			}
		}
	}
}

func TestInkOn(t *testing.T) {
	tests := []struct{ fill, want string }{
		{"#ffffff", darkInk},
		{"#f3f8ff", darkInk},
		{"#000000", lightInk},
		{"#1e3f96", lightInk},
		{"#777777", "#000000"}, // neither ink reaches 4.5:1; black does
	}
	var got []string
	var want []string
	for _, tt := range tests {
		got = append(got, InkOn(tt.fill))
		want = append(want, tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("InkOn mismatch (-want +got)\n%s", diff)
	}
}

func TestOKLabRoundTrip(t *testing.T) {
	for _, hex := range []string{"#000000", "#ffffff", "#3b82f6", "#931f1a", "#f7f6f3"} {
		if got := toHex(fromOKLab(toOKLab(parseHex(hex)))); got != hex {
			t.Errorf("round trip of %s gave %s", hex, got)
		}
	}
}

// TestHeatColorCentre checks a diverging scale with a centre off the middle
// of its range: pale at the centre, the longer side reaching its deepest
// colour at its end and the shorter side stopping where a value as far
// from the centre on the longer side would.
func TestHeatColorCentre(t *testing.T) {
	h := &diagram.HeatScale{Lo: -2, Hi: 6, Kind: diagram.Diverging, Centre: 0, HasCentre: true}
	mid := &diagram.HeatScale{Lo: -1, Hi: 1, Kind: diagram.Diverging}
	tests := []struct {
		name string
		v    float64
		want string
	}{
		{"centre", 0, HeatColor(mid, 0)},
		{"max", 6, HeatColor(mid, 1)},
		{"min, a third of the way to the deepest blue", -2, HeatColor(mid, -1.0/3)},
		{"mirror of the min", 2, HeatColor(mid, 1.0/3)},
		{"below the range", -50, HeatColor(mid, -1.0/3)},
		{"not a number", math.NaN(), HeatColor(mid, 0)},
	}
	for _, tt := range tests {
		if got := HeatColor(h, tt.v); got != tt.want {
			t.Errorf("%s: HeatColor(%v) = %s, want %s", tt.name, tt.v, got, tt.want)
		}
	}
	if HeatColor(h, 0) != "#f7f6f3" {
		t.Errorf("the centre is %s, want the pale middle #f7f6f3", HeatColor(h, 0))
	}
	// A centre at an end of the range uses one half of the ramp.
	end := &diagram.HeatScale{Lo: 0, Hi: 4, Kind: diagram.Diverging, Centre: 0, HasCentre: true}
	if got, want := HeatColor(end, 4), HeatColor(mid, 1); got != want {
		t.Errorf("centre at the low end: HeatColor(4) = %s, want %s", got, want)
	}
	if got, want := HeatColor(end, 0), HeatColor(mid, 0); got != want {
		t.Errorf("centre at the low end: HeatColor(0) = %s, want %s", got, want)
	}
}

// TestCategoryColors checks that the categorical colours are distinct, of
// one lightness, and carry readable text.
func TestCategoryColors(t *testing.T) {
	seen := map[string]int{}
	for i := range diagram.MaxCategories {
		c := CategoryColor(i)
		if j, ok := seen[c]; ok {
			t.Errorf("categories %d and %d share the colour %s", j, i, c)
		}
		seen[c] = i
		if L := toOKLab(parseHex(c)).L; math.Abs(L-categoryL) > 0.01 {
			t.Errorf("category %d (%s) has lightness %.3f, want %.2f", i, c, L, categoryL)
		}
		if r := Contrast(c, InkOn(c)); r < 4.5 {
			t.Errorf("category %d: text on %s has contrast %.2f:1", i, c, r)
		}
		// Neighbours in the order differ visibly (OKLab distance).
		if i > 0 {
			a, b := toOKLab(parseHex(c)), toOKLab(parseHex(CategoryColor(i-1)))
			if d := math.Hypot(a.A-b.A, a.B-b.B); d < 0.05 {
				t.Errorf("categories %d and %d are %.3f apart", i-1, i, d)
			}
		}
	}
	if CategoryColor(diagram.MaxCategories) != CategoryColor(0) || CategoryColor(-1) != CategoryColor(diagram.MaxCategories-1) {
		t.Error("CategoryColor does not wrap around the palette")
	}
}

// TestDarkHeatRamps checks the ramps of a dark page: lightness rises
// steadily with the value on the sequential ramp and away from the centre
// on the diverging one, the smallest values lie close to the panel's
// colour and the largest far from it (so small values recede on a dark
// page as they do on a light one), and the text on every fill reaches
// 4.5:1.
func TestDarkHeatRamps(t *testing.T) {
	const panel = "#131e33"
	seq := &diagram.HeatScale{Lo: 0, Hi: 1, Kind: diagram.Sequential}
	prev := -1.0
	for i := 0; i <= 100; i++ {
		L := toOKLab(parseHex(DarkHeatColor(seq, float64(i)/100))).L
		if L < prev-1e-9 {
			t.Fatalf("sequential dark ramp: lightness falls at %d%%: %.4f after %.4f", i, L, prev)
		}
		prev = L
	}
	if lo, hi := Contrast(DarkHeatColor(seq, 0), panel), Contrast(DarkHeatColor(seq, 1), panel); lo > 1.5 || hi < 7 {
		t.Errorf("sequential dark ramp against the panel: lowest %.2f:1 (want ≤ 1.5), highest %.2f:1 (want ≥ 7)", lo, hi)
	}
	div := &diagram.HeatScale{Lo: -1, Hi: 1, Kind: diagram.Diverging}
	for _, side := range []float64{-1, 1} {
		prev := -1.0
		for i := 0; i <= 100; i++ {
			L := toOKLab(parseHex(DarkHeatColor(div, side*float64(i)/100))).L
			if L < prev-1e-9 {
				t.Fatalf("diverging dark ramp, side %v: lightness falls at %d%%", side, i)
			}
			prev = L
		}
	}
	if c := Contrast(DarkHeatColor(div, 0), panel); c > 1.5 {
		t.Errorf("diverging dark ramp: the centre is %.2f:1 against the panel, want ≤ 1.5", c)
	}
	for _, h := range []*diagram.HeatScale{seq, div} {
		for i := 0; i <= 1000; i++ {
			v := h.Lo + (h.Hi-h.Lo)*float64(i)/1000
			fill := HeatPaint(h, v)
			ink := InkPaint(fill)
			if c := Contrast(fill.DarkColor, ink.DarkColor); c < 4.5 {
				t.Errorf("kind %d, value %.3f: dark ink %s on %s has contrast %.2f, want ≥ 4.5", h.Kind, v, ink.DarkColor, fill.DarkColor, c)
			}
			if fill.Color != HeatColor(h, v) || ink.Color != InkOn(fill.Color) {
				t.Errorf("kind %d, value %.3f: the light colours of HeatPaint and InkPaint differ from HeatColor and InkOn", h.Kind, v)
			}
		}
	}
}
