package font

import "slices"

// Covers reports whether face f can draw r: the face has a glyph for it, or
// r is an invisible character (such as ZWJ or a variation selector) that
// browsers hide anyway.
func Covers(f Face, r rune) bool {
	return glyphIndex(load(f), r) != 0 || isInvisible(r)
}

// Missing returns the runes of s that face f cannot draw, sorted and without
// duplicates, or nil if there are none.
func Missing(f Face, s string) []rune {
	var missing []rune
	for _, r := range s {
		if !Covers(f, r) {
			missing = append(missing, r)
		}
	}
	slices.Sort(missing)
	return slices.Compact(missing)
}
