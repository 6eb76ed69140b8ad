package font

import "sync/atomic"

// Measure returns the advance width in px of s set in face f at size px:
// the sum of the glyphs' advances in font units times size / unitsPerEm,
// with no kerning and no hinting. Combining marks and invisible characters
// such as ZWJ, ZWNJ and variation selectors measure zero. A rune the face
// lacks measures as the face's .notdef glyph; use Missing to find such runes.
func Measure(f Face, size float64, s string) float64 {
	m := measurer(f)
	units := 0
	for _, r := range s {
		if r >= 0x10000 {
			units += m.advance(r)
		} else if b := m.bmp[r>>8].Load(); b != nil && b[r&0xFF].Load() != 0 {
			units += int(b[r&0xFF].Load() - 1)
		} else {
			units += m.remember(r)
		}
	}
	return float64(units) * size / float64(m.font.unitsPerEm)
}

// Metrics returns the face's ascent, descent and line gap in px at size px,
// as browsers read them: from the hhea table, or from the OS/2 typographic
// values when the font sets USE_TYPO_METRICS. Descent is positive.
func Metrics(f Face, size float64) (ascent, descent, lineGap float64) {
	font := load(f)
	scale := size / float64(font.unitsPerEm)
	return float64(font.ascent) * scale, float64(font.descent) * scale, float64(font.lineGap) * scale
}

// advanceTable remembers the advance in font units of every BMP rune of
// one face that was measured, with the zero-width rules applied, so that
// Measure costs a few loads per rune it has seen before. It fills itself
// as runes are measured, in blocks of 256 runes: a drawing in a few
// scripts touches a few blocks.
type advanceTable struct {
	font *sfntFont
	bmp  [256]atomic.Pointer[[256]atomic.Uint32] // advance+1 by rune, 0 until measured
}

// measurer returns the advance table of f, making it on first use.
func measurer(f Face) *advanceTable {
	fi := info(f)
	fi.advOnce.Do(func() {
		fi.adv = &advanceTable{font: load(f)}
	})
	return fi.adv
}

// remember returns the advance of a rune of the BMP and remembers it.
func (t *advanceTable) remember(r rune) int {
	b := t.bmp[r>>8].Load()
	if b == nil {
		t.bmp[r>>8].CompareAndSwap(nil, new([256]atomic.Uint32))
		b = t.bmp[r>>8].Load()
	}
	a := t.advance(r)
	b[r&0xFF].Store(uint32(a) + 1)
	return a
}

// advance returns the advance of r: zero for a combining mark or an
// invisible character, else that of its glyph (.notdef when the face has
// none).
func (t *advanceTable) advance(r rune) int {
	if isZeroWidth(r) {
		return 0
	}
	return int(t.font.advance(glyphIndex(t.font, r)))
}
