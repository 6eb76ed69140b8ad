package font

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// sfntFont is the part of a TrueType font that measuring and subsetting
// need. Parsing checks the tables it reads but copies nothing out of them:
// glyphs, metrics and the character map are read from the font's bytes
// when asked for, so that a process that draws a few words of a face
// touches only the parts of the font they need.
type sfntFont struct {
	tables map[string][]byte // raw table data by tag

	unitsPerEm int
	numGlyphs  int

	// hmtx holds the horizontal metrics in font units: nMetrics pairs of
	// advance and left side bearing, then a bearing for each further glyph,
	// which has the advance of the last pair.
	hmtx     []byte
	nMetrics int

	// Vertical metrics in font units, as browsers use them; descent is
	// positive.
	ascent, descent, lineGap int

	// glyf holds the outlines; loca the offset of each glyph in it, plus
	// the end offset, in 4 bytes each when longLoca, else in 2 bytes each
	// as half the offset.
	glyf     []byte
	loca     []byte
	longLoca bool

	// cmap is the character map subtable that glyphIndex reads, of format
	// cmapFormat (4 or 12).
	cmap       []byte
	cmapFormat int
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
	f.hmtx, f.nMetrics = hmtx, nMetrics
	return nil
}

// advance returns the advance width of glyph g in font units.
func (f *sfntFont) advance(g int) uint16 {
	return be.Uint16(f.hmtx[4*min(g, f.nMetrics-1):])
}

// lsb returns the left side bearing of glyph g in font units.
func (f *sfntFont) lsb(g int) int16 {
	if g < f.nMetrics {
		return int16(be.Uint16(f.hmtx[4*g+2:]))
	}
	return int16(be.Uint16(f.hmtx[4*f.nMetrics+2*(g-f.nMetrics):]))
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
	f.glyf, f.loca, f.longLoca = glyf, loca, long
	for g := 0; g <= f.numGlyphs; g++ {
		if off := f.locaAt(g); off > uint32(len(glyf)) || g > 0 && off < f.locaAt(g-1) {
			return fmt.Errorf("bad loca entry for glyph %d", g)
		}
	}
	return nil
}

// locaAt returns the offset of glyph g in the glyf table; g may be
// numGlyphs, for the end of the last glyph.
func (f *sfntFont) locaAt(g int) uint32 {
	if f.longLoca {
		return be.Uint32(f.loca[4*g:])
	}
	return 2 * uint32(be.Uint16(f.loca[2*g:]))
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
	return f.glyf[f.locaAt(g):f.locaAt(g+1)]
}
