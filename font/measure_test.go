package font

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var allFaces = []Face{Sans, SansBold, Mono}

// parseRef parses a font with golang.org/x/image/font/sfnt, an independent
// reader to check this package against.
func parseRef(t *testing.T, data []byte) *sfnt.Font {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatalf("sfnt.Parse: %v", err)
	}
	return f
}

// refAdvance returns the advance of r in font units as sfnt reads it.
func refAdvance(t *testing.T, f *sfnt.Font, r rune) int {
	t.Helper()
	var buf sfnt.Buffer
	g, err := f.GlyphIndex(&buf, r)
	if err != nil {
		t.Fatalf("GlyphIndex(%q): %v", r, err)
	}
	upem := fixed.Int26_6(f.UnitsPerEm())
	adv, err := f.GlyphAdvance(&buf, g, upem<<6, 0)
	if err != nil {
		t.Fatalf("GlyphAdvance(%q): %v", r, err)
	}
	return int(adv >> 6)
}

func TestMeasureMatchesSfntAdvances(t *testing.T) {
	for _, face := range allFaces {
		ref := parseRef(t, Data(face))
		upem := float64(ref.UnitsPerEm())
		for _, s := range []string{"Hello", "a -> b", "θ ∇ ∑ ∈ ℝ ≈ ≤ →", "Layer 12: softmax(QKᵀ/√d)", "é Å ñ"} {
			units := 0
			for _, r := range s {
				units += refAdvance(t, ref, r)
			}
			want := float64(units) * 14 / upem
			if got := Measure(face, 14, s); got != want {
				t.Errorf("Measure(%v, 14, %q) = %v, want %v", face, s, got, want)
			}
		}
	}
}

func TestMeasure(t *testing.T) {
	x := Measure(Sans, 16, "x")
	tests := []struct {
		name string
		s    string
		want float64
	}{
		{"empty", "", 0},
		{"combining circumflex alone", "\u0302", 0},
		{"x with combining circumflex", "x\u0302", x},
		{"x with combining macron", "x\u0304", x},
		{"enclosing mark", "x\u20DD", x},
		{"zero width joiner", "x\u200D", x},
		{"zero width non-joiner", "x\u200C", x},
		{"variation selector 16", "x\uFE0F", x},
		{"supplementary variation selector", "x\U000E0100", x},
		{"AV is not kerned", "AV", Measure(Sans, 16, "A") + Measure(Sans, 16, "V")},
		{"To is not kerned", "To", Measure(Sans, 16, "T") + Measure(Sans, 16, "o")},
		{"repetition adds up", "xxx", 3 * x},
	}
	for _, tt := range tests {
		if got := Measure(Sans, 16, tt.s); got != tt.want {
			t.Errorf("%s: Measure(Sans, 16, %q) = %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}

// TestFontKernsAV makes sure the "no kerning" cases above test something:
// DejaVu Sans does kern AV and To.
func TestFontKernsAV(t *testing.T) {
	ref := parseRef(t, Data(Sans))
	var buf sfnt.Buffer
	for _, pair := range []string{"AV", "To"} {
		a, b := []rune(pair)[0], []rune(pair)[1]
		ga, _ := ref.GlyphIndex(&buf, a)
		gb, _ := ref.GlyphIndex(&buf, b)
		k, err := ref.Kern(&buf, ga, gb, fixed.Int26_6(ref.UnitsPerEm())<<6, 0)
		if err != nil {
			t.Fatalf("Kern(%q): %v", pair, err)
		}
		if k == 0 {
			t.Errorf("DejaVu Sans has no kerning for %q; the no-kerning test proves nothing", pair)
		}
	}
}

func TestMeasureMissingRuneIsNotdef(t *testing.T) {
	const missing = '\U0001F680' // a pictograph DejaVu lacks
	if Covers(Sans, missing) {
		t.Fatalf("Covers(Sans, %U) = true, want a rune the face lacks", missing)
	}
	ref := parseRef(t, Data(Sans))
	var buf sfnt.Buffer
	adv, err := ref.GlyphAdvance(&buf, 0, fixed.Int26_6(ref.UnitsPerEm())<<6, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := float64(adv>>6) * 10 / float64(ref.UnitsPerEm())
	for _, r := range []rune{missing, '\uE000'} {
		if got := Measure(Sans, 10, string(r)); got != want {
			t.Errorf("Measure(Sans, 10, %U) = %v, want .notdef advance %v", r, got, want)
		}
	}
}

func TestMeasureScalesLinearly(t *testing.T) {
	for _, face := range allFaces {
		a, b := Measure(face, 10, "Scale me"), Measure(face, 20, "Scale me")
		if b != 2*a || a <= 0 {
			t.Errorf("Measure(%v) at 10 and 20 px = %v, %v; want positive and doubling", face, a, b)
		}
	}
}

func TestMonoIsMonospaced(t *testing.T) {
	w := Measure(Mono, 12, "m")
	for _, s := range []string{"i", "W", "θ", "→"} {
		if got := Measure(Mono, 12, s); got != w {
			t.Errorf("Measure(Mono, 12, %q) = %v, want %v like \"m\"", s, got, w)
		}
	}
}

func TestMetrics(t *testing.T) {
	for _, face := range allFaces {
		ref := parseRef(t, Data(face))
		upem := ref.UnitsPerEm()
		var buf sfnt.Buffer
		m, err := ref.Metrics(&buf, fixed.Int26_6(upem)<<6, 0)
		if err != nil {
			t.Fatal(err)
		}
		scale := 20 / float64(upem)
		want := [3]float64{float64(m.Ascent>>6) * scale, float64(m.Descent>>6) * scale, float64((m.Height-m.Ascent-m.Descent)>>6) * scale}
		a, d, g := Metrics(face, 20)
		if diff := cmp.Diff(want, [3]float64{a, d, g}); diff != "" {
			t.Errorf("Metrics(%v, 20) mismatch (-want +got):\n%s", face, diff)
		}
	}
	// DejaVu Sans: hhea ascender 1901, descender -483, line gap 0 at 2048 units.
	a, d, g := Metrics(Sans, 2048)
	if diff := cmp.Diff([3]float64{1901, 483, 0}, [3]float64{a, d, g}); diff != "" {
		t.Errorf("Metrics(Sans, 2048) mismatch (-want +got):\n%s", diff)
	}
}

func TestFamily(t *testing.T) {
	got := []string{Family(Sans), Family(SansBold), Family(Mono)}
	want := []string{"diag-sans", "diag-sans-bold", "diag-mono"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Family mismatch (-want +got):\n%s", diff)
	}
}

func TestMeasureInvalidUTF8(t *testing.T) {
	// Invalid bytes decode as U+FFFD, one per byte.
	s := "a\xffb"
	if !utf8.ValidString("a\uFFFDb") || Measure(Sans, 12, s) != Measure(Sans, 12, "a\uFFFDb") {
		t.Errorf("Measure(Sans, 12, %q) = %v, want %v", s, Measure(Sans, 12, s), Measure(Sans, 12, "a\uFFFDb"))
	}
}

var sink float64

func BenchmarkMeasure(b *testing.B) {
	const s = "Attention(Q, K, V) = softmax(QKᵀ / √d) V  θ ← θ − η∇L"
	Measure(Sans, 14, s) // build the tables outside the timed loop
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		sink += Measure(Sans, 14, s)
	}
}
