package editdist

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"tone", "tone", 0},
		{"dashd", "dashed", 1},   // insertion
		{"dashedd", "dashed", 1}, // deletion
		{"tane", "tone", 1},      // substitution
		{"tnoe", "tone", 1},      // swap of neighbours
		{"ca", "abc", 3},         // optimal string alignment: no edit of a swapped pair
		{"θx", "xθ", 1},          // runes, not bytes
		{"graph", "grpah", 1},
		{"hexgon", "hexagon", 1},
		{"kitten", "sitting", 3},
		{"Tone", "tone", 1}, // case counts
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Distance(tt.b, tt.a); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}
