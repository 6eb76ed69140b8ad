package font

import (
	"errors"
	"fmt"
	"sort"
)

// parseCmap finds and checks the font's Unicode character map. It prefers a
// full-repertoire subtable (format 12) and falls back to a BMP one (format
// 4). glyphIndex reads the subtable when asked for a rune.
func (f *sfntFont) parseCmap() error {
	cmap, err := f.table("cmap", 4)
	if err != nil {
		return err
	}
	n := int(be.Uint16(cmap[2:]))
	if len(cmap) < 4+8*n {
		return errors.New("cmap directory truncated")
	}
	// Subtables in order of preference: platform, encoding, format.
	prefs := [][3]int{{3, 10, 12}, {0, 4, 12}, {0, 6, 12}, {3, 1, 4}, {0, 3, 4}}
	best, bestRank := -1, len(prefs)
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		platform, encoding := int(be.Uint16(rec)), int(be.Uint16(rec[2:]))
		off := int(be.Uint32(rec[4:]))
		if off+2 > len(cmap) {
			return errors.New("cmap subtable out of bounds")
		}
		format := int(be.Uint16(cmap[off:]))
		for rank, p := range prefs {
			if p == [3]int{platform, encoding, format} && rank < bestRank {
				best, bestRank = off, rank
			}
		}
	}
	if best < 0 {
		return errors.New("no Unicode cmap subtable")
	}
	f.cmap, f.cmapFormat = cmap[best:], prefs[bestRank][2]
	if f.cmapFormat == 12 {
		return checkCmap12(f.cmap)
	}
	return checkCmap4(f.cmap)
}

// glyphIndex returns the glyph of r in the font, or 0 (.notdef) if it has
// none or the map names a glyph the font does not have.
func glyphIndex(font *sfntFont, r rune) int {
	if r < 0 || r > 0x10FFFF {
		return 0
	}
	var g int
	if font.cmapFormat == 12 {
		g = cmap12Glyph(font.cmap, r)
	} else {
		g = cmap4Glyph(font.cmap, r)
	}
	if g <= 0 || g >= font.numGlyphs {
		return 0
	}
	return g
}

// checkCmap12 checks a format 12 subtable: its groups of consecutive runes
// lie within Unicode and follow each other in order without overlapping,
// as the format requires and cmap12Glyph's binary search relies on.
func checkCmap12(t []byte) error {
	if len(t) < 16 {
		return errors.New("cmap format 12 truncated")
	}
	n := int(be.Uint32(t[12:]))
	if n > (len(t)-16)/12 {
		return errors.New("cmap format 12 groups truncated")
	}
	prevEnd := int64(-1)
	for i := 0; i < n; i++ {
		grp := t[16+12*i:]
		start, end := be.Uint32(grp), be.Uint32(grp[4:])
		if start > end || end > 0x10FFFF {
			return fmt.Errorf("bad cmap group %#x-%#x", start, end)
		}
		if int64(start) <= prevEnd {
			return fmt.Errorf("cmap group %#x-%#x out of order", start, end)
		}
		prevEnd = int64(end)
	}
	return nil
}

// cmap12Glyph returns the glyph a format 12 subtable maps r to, or 0.
func cmap12Glyph(t []byte, r rune) int {
	n := int(be.Uint32(t[12:]))
	group := func(i int) []byte { return t[16+12*i:] }
	// The first group that ends at or after r.
	i := sort.Search(n, func(i int) bool { return rune(be.Uint32(group(i)[4:])) >= r })
	if i == n {
		return 0
	}
	start := rune(be.Uint32(group(i)))
	if r < start {
		return 0
	}
	return int(be.Uint32(group(i)[8:]) + uint32(r-start))
}

// checkCmap4 checks a format 4 subtable: its segments end in increasing
// order, as cmap4Glyph's binary search relies on, without overlapping, and every glyph it maps a rune to through its
// glyph array lies within the table.
func checkCmap4(t []byte) error {
	if len(t) < 14 {
		return errors.New("cmap format 4 truncated")
	}
	segX2 := int(be.Uint16(t[6:]))
	if len(t) < 16+4*segX2 {
		return errors.New("cmap format 4 segments truncated")
	}
	prevEnd := -1
	for i := 0; i < segX2; i += 2 {
		start, end, ro := cmap4Segment(t, segX2, i)
		if end <= prevEnd || start <= prevEnd && start <= end {
			return fmt.Errorf("cmap segment %#x-%#x out of order", start, end)
		}
		prevEnd = end
		if ro == 0 {
			continue
		}
		for r := start; r <= end && r < 0xFFFF; r++ {
			if at := 16 + 3*segX2 + i + ro + 2*(r-start); at+2 > len(t) {
				return errors.New("cmap format 4 glyph array out of bounds")
			}
		}
	}
	return nil
}

// cmap4Segment returns the first and last rune of segment i/2 of a format
// 4 subtable with segX2 segments times two, and its range offset.
func cmap4Segment(t []byte, segX2, i int) (start, end, rangeOffset int) {
	return int(be.Uint16(t[16+segX2+i:])), int(be.Uint16(t[14+i:])), int(be.Uint16(t[16+3*segX2+i:]))
}

// cmap4Glyph returns the glyph a format 4 subtable maps r to, or 0. The
// format covers the BMP but for U+FFFF, which ends its last segment.
func cmap4Glyph(t []byte, r rune) int {
	if r >= 0xFFFF {
		return 0
	}
	segX2 := int(be.Uint16(t[6:]))
	// The first segment that ends at or after r.
	i := 2 * sort.Search(segX2/2, func(i int) bool { return rune(be.Uint16(t[14+2*i:])) >= r })
	if i == segX2 {
		return 0
	}
	start, end, ro := cmap4Segment(t, segX2, i)
	if int(r) < start || int(r) > end {
		return 0
	}
	delta := int(be.Uint16(t[16+2*segX2+i:]))
	if ro == 0 {
		return (int(r) + delta) & 0xFFFF
	}
	g := int(be.Uint16(t[16+3*segX2+i+ro+2*(int(r)-start):]))
	if g != 0 {
		g = (g + delta) & 0xFFFF
	}
	return g
}
