package font

import "unicode"

// invisible lists the default-ignorable code points that browsers' text
// shapers hide: they draw nothing and advance zero, whatever the font says.
// Among them are the zero-width joiner and non-joiner, the variation
// selectors, the zero-width space and the bidirectional controls. Following
// HarfBuzz, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) are left out
// because fonts draw them as spacing glyphs.
var invisible = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00AD, Hi: 0x00AD, Stride: 1}, // soft hyphen
		{Lo: 0x034F, Hi: 0x034F, Stride: 1}, // combining grapheme joiner
		{Lo: 0x061C, Hi: 0x061C, Stride: 1}, // Arabic letter mark
		{Lo: 0x17B4, Hi: 0x17B5, Stride: 1}, // Khmer inherent vowels
		{Lo: 0x180B, Hi: 0x180F, Stride: 1}, // Mongolian selectors, vowel separator
		{Lo: 0x200B, Hi: 0x200F, Stride: 1}, // ZWSP, ZWNJ, ZWJ, LRM, RLM
		{Lo: 0x202A, Hi: 0x202E, Stride: 1}, // bidi embeddings and overrides
		{Lo: 0x2060, Hi: 0x206F, Stride: 1}, // word joiner, invisible operators, isolates
		{Lo: 0xFE00, Hi: 0xFE0F, Stride: 1}, // variation selectors 1-16
		{Lo: 0xFEFF, Hi: 0xFEFF, Stride: 1}, // zero-width no-break space
		{Lo: 0xFFF0, Hi: 0xFFF8, Stride: 1}, // unassigned specials
	},
	R32: []unicode.Range32{
		{Lo: 0x1D173, Hi: 0x1D17A, Stride: 1}, // musical format controls
		{Lo: 0xE0000, Hi: 0xE0FFF, Stride: 1}, // tags, variation selectors 17-256
	},
}

// zeroWidth lists the runes that measure zero: combining marks (categories
// Mn and Me), which browsers place over the previous glyph, and the invisible
// default-ignorable code points.
var zeroWidth = []*unicode.RangeTable{unicode.Mn, unicode.Me, invisible}

// isZeroWidth reports whether r measures zero whatever the face.
func isZeroWidth(r rune) bool {
	return unicode.IsOneOf(zeroWidth, r)
}

// isInvisible reports whether browsers hide r, so that no face needs a glyph
// for it.
func isInvisible(r rune) bool {
	return unicode.Is(invisible, r)
}

// forEachRune calls fn for every rune in the table.
func forEachRune(t *unicode.RangeTable, fn func(r rune)) {
	for _, rg := range t.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			fn(r)
		}
	}
	for _, rg := range t.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			fn(r)
		}
	}
}
