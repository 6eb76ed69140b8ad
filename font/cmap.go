package font

import (
	"errors"
	"fmt"
)

// parseCmap reads the font's Unicode character map into f.bmp and f.astral.
// It prefers a full-repertoire subtable (format 12) and falls back to a BMP
// one (format 4).
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
	f.bmp = make([]uint16, 0x10000)
	f.astral = make(map[rune]uint16)
	if prefs[bestRank][2] == 12 {
		return f.parseCmap12(cmap[best:])
	}
	return f.parseCmap4(cmap[best:])
}

// setGlyph records that rune r maps to glyph g.
func (f *sfntFont) setGlyph(r rune, g int) {
	if g <= 0 || g >= f.numGlyphs || r < 0 || r > 0x10FFFF {
		return
	}
	if r < 0x10000 {
		f.bmp[r] = uint16(g)
	} else {
		f.astral[r] = uint16(g)
	}
}

func (f *sfntFont) parseCmap12(t []byte) error {
	if len(t) < 16 {
		return errors.New("cmap format 12 truncated")
	}
	n := int(be.Uint32(t[12:]))
	if n > (len(t)-16)/12 {
		return errors.New("cmap format 12 groups truncated")
	}
	for i := 0; i < n; i++ {
		grp := t[16+12*i:]
		start, end, g := be.Uint32(grp), be.Uint32(grp[4:]), be.Uint32(grp[8:])
		if start > end || end > 0x10FFFF {
			return fmt.Errorf("bad cmap group %#x-%#x", start, end)
		}
		for r := start; r <= end; r++ {
			f.setGlyph(rune(r), int(g+r-start))
		}
	}
	return nil
}

func (f *sfntFont) parseCmap4(t []byte) error {
	if len(t) < 14 {
		return errors.New("cmap format 4 truncated")
	}
	segX2 := int(be.Uint16(t[6:]))
	if len(t) < 16+4*segX2 {
		return errors.New("cmap format 4 segments truncated")
	}
	ends := t[14:]
	starts := t[16+segX2:]
	deltas := t[16+2*segX2:]
	rangeOffsets := t[16+3*segX2:]
	for i := 0; i < segX2; i += 2 {
		start, end := int(be.Uint16(starts[i:])), int(be.Uint16(ends[i:]))
		delta := int(be.Uint16(deltas[i:]))
		ro := int(be.Uint16(rangeOffsets[i:]))
		for r := start; r <= end && r < 0xFFFF; r++ {
			g := 0
			if ro == 0 {
				g = (r + delta) & 0xFFFF
			} else {
				at := 16 + 3*segX2 + i + ro + 2*(r-start)
				if at+2 > len(t) {
					return errors.New("cmap format 4 glyph array out of bounds")
				}
				if g = int(be.Uint16(t[at:])); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			f.setGlyph(rune(r), g)
		}
	}
	return nil
}
