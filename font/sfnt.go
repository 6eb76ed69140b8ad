package font

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// sfntFont is the part of a TrueType font that measuring and subsetting
// need, read once from the font file.
type sfntFont struct {
	tables map[string][]byte // raw table data by tag

	unitsPerEm int
	numGlyphs  int

	// Horizontal metrics in font units, one per glyph.
	advances []uint16
	lsbs     []int16

	// Vertical metrics in font units, as browsers use them; descent is
	// positive.
	ascent, descent, lineGap int

	// glyf offsets: glyph g is glyf[loca[g]:loca[g+1]].
	loca []uint32

	// Character map: the glyph of each rune; 0 when the font has none.
	bmp    []uint16 // indexed by rune, 0x10000 entries
	astral map[rune]uint16
}

var be = binary.BigEndian

// parseSFNT reads the tables of a TrueType font that this package uses.
func parseSFNT(data []byte) (*sfntFont, error) {
	if len(data) < 12 {
		return nil, errors.New("file too short")
	}
	if v := be.Uint32(data); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("not a TrueType font (version %#x)", v)
	}
	n := int(be.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, errors.New("table directory truncated")
	}
	f := &sfntFont{tables: make(map[string][]byte, n)}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("table %q out of bounds", tag)
		}
		f.tables[tag] = data[off : off+length]
	}
	for _, step := range []func() error{f.parseHead, f.parseMaxp, f.parseHhea, f.parseHmtx, f.parseLoca, f.parseOS2, f.parseCmap} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// table returns the table with the tag, or an error if it is missing or
// shorter than min bytes.
func (f *sfntFont) table(tag string, min int) ([]byte, error) {
	t, ok := f.tables[tag]
	if !ok {
		return nil, fmt.Errorf("no %q table", tag)
	}
	if len(t) < min {
		return nil, fmt.Errorf("%q table too short", tag)
	}
	return t, nil
}

func (f *sfntFont) parseHead() error {
	head, err := f.table("head", 54)
	if err != nil {
		return err
	}
	f.unitsPerEm = int(be.Uint16(head[18:]))
	if f.unitsPerEm == 0 {
		return errors.New("unitsPerEm is 0")
	}
	return nil
}

func (f *sfntFont) parseMaxp() error {
	maxp, err := f.table("maxp", 6)
	if err != nil {
		return err
	}
	f.numGlyphs = int(be.Uint16(maxp[4:]))
	if f.numGlyphs == 0 {
		return errors.New("no glyphs")
	}
	return nil
}

func (f *sfntFont) parseHhea() error {
	hhea, err := f.table("hhea", 36)
	if err != nil {
		return err
	}
	f.ascent = int(int16(be.Uint16(hhea[4:])))
	f.descent = -int(int16(be.Uint16(hhea[6:])))
	f.lineGap = int(int16(be.Uint16(hhea[8:])))
	return nil
}

func (f *sfntFont) parseHmtx() error {
	hhea := f.tables["hhea"]
	nMetrics := int(be.Uint16(hhea[34:]))
	if nMetrics == 0 || nMetrics > f.numGlyphs {
		return fmt.Errorf("bad numberOfHMetrics %d", nMetrics)
	}
	hmtx, err := f.table("hmtx", 4*nMetrics+2*(f.numGlyphs-nMetrics))
	if err != nil {
		return err
	}
	f.advances = make([]uint16, f.numGlyphs)
	f.lsbs = make([]int16, f.numGlyphs)
	for g := 0; g < f.numGlyphs; g++ {
		if g < nMetrics {
			f.advances[g] = be.Uint16(hmtx[4*g:])
			f.lsbs[g] = int16(be.Uint16(hmtx[4*g+2:]))
		} else {
			f.advances[g] = f.advances[nMetrics-1]
			f.lsbs[g] = int16(be.Uint16(hmtx[4*nMetrics+2*(g-nMetrics):]))
		}
	}
	return nil
}

func (f *sfntFont) parseLoca() error {
	long := be.Uint16(f.tables["head"][50:]) == 1
	size := 2
	if long {
		size = 4
	}
	loca, err := f.table("loca", size*(f.numGlyphs+1))
	if err != nil {
		return err
	}
	glyf, err := f.table("glyf", 0)
	if err != nil {
		return err
	}
	f.loca = make([]uint32, f.numGlyphs+1)
	for g := range f.loca {
		if long {
			f.loca[g] = be.Uint32(loca[4*g:])
		} else {
			f.loca[g] = 2 * uint32(be.Uint16(loca[2*g:]))
		}
		if f.loca[g] > uint32(len(glyf)) || g > 0 && f.loca[g] < f.loca[g-1] {
			return fmt.Errorf("bad loca entry for glyph %d", g)
		}
	}
	return nil
}

// parseOS2 switches the vertical metrics to the OS/2 typographic ones when
// the font asks for that (fsSelection bit 7, USE_TYPO_METRICS) or when hhea
// has none, as browsers do.
func (f *sfntFont) parseOS2() error {
	os2, ok := f.tables["OS/2"]
	if !ok || len(os2) < 78 {
		return nil
	}
	useTypo := be.Uint16(os2[62:])&(1<<7) != 0
	if useTypo || f.ascent == 0 && f.descent == 0 {
		f.ascent = int(int16(be.Uint16(os2[68:])))
		f.descent = -int(int16(be.Uint16(os2[70:])))
		f.lineGap = int(int16(be.Uint16(os2[72:])))
	}
	return nil
}

// glyph returns the outline data of glyph g.
func (f *sfntFont) glyph(g int) []byte {
	return f.tables["glyf"][f.loca[g]:f.loca[g+1]]
}
