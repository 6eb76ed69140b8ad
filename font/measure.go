package font

// Measure returns the advance width in px of s set in face f at size px:
// the sum of the glyphs' advances in font units times size / unitsPerEm,
// with no kerning and no hinting. Combining marks and invisible characters
// such as ZWJ, ZWNJ and variation selectors measure zero. A rune the face
// lacks measures as the face's .notdef glyph; use Missing to find such runes.
func Measure(f Face, size float64, s string) float64 {
	m := measurer(f)
	units := 0
	for _, r := range s {
		if r >= 0 && r < 0x10000 {
			units += int(m.bmp[r])
		} else {
			units += m.astralAdvance(r)
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

// advanceTable holds the advance in font units of every BMP rune in one
// face, with the zero-width rules applied, so that Measure costs one load
// per rune.
type advanceTable struct {
	font *sfntFont
	bmp  []uint16 // indexed by rune
}

// measurer returns the advance table of f, building it on first use.
func measurer(f Face) *advanceTable {
	fi := info(f)
	fi.advOnce.Do(func() {
		fi.adv = newAdvanceTable(load(f))
	})
	return fi.adv
}

func newAdvanceTable(font *sfntFont) *advanceTable {
	t := &advanceTable{font: font, bmp: make([]uint16, 0x10000)}
	for r, g := range font.bmp {
		t.bmp[r] = font.advances[g] // glyph 0 is .notdef
	}
	for _, rt := range zeroWidth {
		forEachRune(rt, func(r rune) {
			if r < 0x10000 {
				t.bmp[r] = 0
			}
		})
	}
	return t
}

// astralAdvance returns the advance of a rune outside the BMP, or of an
// invalid rune.
func (t *advanceTable) astralAdvance(r rune) int {
	if isZeroWidth(r) {
		return 0
	}
	return int(t.font.advances[t.font.astral[r]])
}
