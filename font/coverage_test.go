package font

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// curriculum lists the symbols that the curriculum's diagrams use.
var curriculum = []string{
	"θ", "η", "σ", "∇", "∑", "Σ", "∈", "ℝ", "≈", "≤", "≥", "→", "←", "²", "³",
	"✓", "✗", "·", "−", "×", "÷", "√", "‖", "⊙", "∂", "∞",
	"α", "β", "γ", "λ", "μ", "π", "ε",
	"ŷ", "x\u0304", "f\u0302",
	"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉", "ₜ",
	"ⁱ", "ᵗ",
}

func TestCoverageCurriculum(t *testing.T) {
	// What each face lacks of the curriculum's symbols: DejaVu draws all of
	// them in all three faces, combining accents included.
	want := map[Face][]rune{
		Sans:     nil,
		SansBold: nil,
		Mono:     nil,
	}
	for _, face := range allFaces {
		var all string
		for _, s := range curriculum {
			all += s
		}
		got := Missing(face, all)
		if diff := cmp.Diff(want[face], got); diff != "" {
			t.Errorf("Missing(%v, curriculum) mismatch (-want +got):\n%s", face, diff)
		}
	}
}

func TestMissing(t *testing.T) {
	tests := []struct {
		s    string
		want []rune
	}{
		{"", nil},
		{"plain ASCII", nil},
		{"x\u200Dy\uFE0F", nil}, // invisible characters need no glyph
		{"中 a 中 \uE000", []rune{'中', '\uE000'}},
		{"\U0001F681\U0001F680\U0001F681", []rune{'\U0001F680', '\U0001F681'}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Missing(Sans, tt.s)); diff != "" {
			t.Errorf("Missing(Sans, %q) mismatch (-want +got):\n%s", tt.s, diff)
		}
	}
}

func TestCovers(t *testing.T) {
	tests := []struct {
		face Face
		r    rune
		want bool
	}{
		{Sans, 'a', true},
		{Sans, '∇', true},
		{Sans, '\u0302', true},
		{Sans, '\u200D', true},
		{Sans, '\U0001F680', false},
		{Sans, '\uE000', false},
		{Mono, 'a', true},
		{Mono, '\U0001F600', false}, // Sans has this emoji, Mono does not
	}
	for _, tt := range tests {
		if got := Covers(tt.face, tt.r); got != tt.want {
			t.Errorf("Covers(%v, %U) = %v, want %v", tt.face, tt.r, got, tt.want)
		}
	}
}
