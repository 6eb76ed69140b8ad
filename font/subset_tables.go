package font

import (
	"fmt"
	"unicode/utf16"
)

// tables builds every table of the subset font.
func (p *subsetPlan) tables(family string) ([]sfntTable, error) {
	glyf, loca, longLoca, err := p.glyfLoca()
	if err != nil {
		return nil, err
	}
	hmtx, hhea := p.hmtxHhea(glyf, loca)
	return []sfntTable{
		{"OS/2", p.os2()},
		{"cmap", p.cmap()},
		{"glyf", glyf},
		{"head", p.head(glyf, loca, longLoca)},
		{"hhea", hhea},
		{"hmtx", hmtx},
		{"loca", encodeLoca(loca, longLoca)},
		{"maxp", p.maxp()},
		{"name", p.name(family)},
		{"post", p.post()},
	}, nil
}

// glyfLoca writes the kept glyphs, each padded to an even length, and
// returns the glyf table, the offset of each glyph plus the end offset, and
// whether loca needs the long format.
func (p *subsetPlan) glyfLoca() (glyf []byte, loca []int, long bool, err error) {
	newIndex := func(old int) int { return p.newOf[old] }
	for _, g := range p.old {
		loca = append(loca, len(glyf))
		data, err := rewriteGlyph(p.font.glyph(g), newIndex)
		if err != nil {
			return nil, nil, false, fmt.Errorf("glyph %d: %v", g, err)
		}
		glyf = append(glyf, data...)
		if len(glyf)%2 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = append(loca, len(glyf))
	return glyf, loca, len(glyf) > 2*0xFFFF, nil
}

func encodeLoca(loca []int, long bool) []byte {
	if long {
		out := make([]byte, 4*len(loca))
		for i, off := range loca {
			be.PutUint32(out[4*i:], uint32(off))
		}
		return out
	}
	out := make([]byte, 2*len(loca))
	for i, off := range loca {
		be.PutUint16(out[2*i:], uint16(off/2))
	}
	return out
}

// bbox is a glyph's bounding box in font units.
type bbox struct{ xMin, yMin, xMax, yMax int }

// glyphBox returns the bounding box from the glyph data's header, and false
// for an empty glyph.
func glyphBox(data []byte) (bbox, bool) {
	if len(data) < 10 {
		return bbox{}, false
	}
	v := func(at int) int { return int(int16(be.Uint16(data[at:]))) }
	return bbox{v(2), v(4), v(6), v(8)}, true
}

// hmtxHhea writes the horizontal metrics, with the trailing run of glyphs
// that share the last advance stored as side bearings only, and the hhea
// table with the extremes of the kept glyphs.
func (p *subsetPlan) hmtxHhea(glyf []byte, loca []int) (hmtx, hhea []byte) {
	n := len(p.old)
	long := n
	for long > 1 && p.font.advance(p.old[long-1]) == p.font.advance(p.old[long-2]) {
		long--
	}
	maxAdvance := 0
	minLSB, minRSB, maxExtent := 0, 0, 0
	first := true
	for i, g := range p.old {
		adv, lsb := int(p.font.advance(g)), int(p.font.lsb(g))
		if i < long {
			hmtx = be.AppendUint16(hmtx, uint16(adv))
		}
		hmtx = be.AppendUint16(hmtx, uint16(int16(lsb)))
		maxAdvance = max(maxAdvance, adv)
		box, ok := glyphBox(glyf[loca[i]:loca[i+1]])
		if !ok {
			continue
		}
		width := box.xMax - box.xMin
		rsb, extent := adv-lsb-width, lsb+width
		if first {
			minLSB, minRSB, maxExtent, first = lsb, rsb, extent, false
		}
		minLSB, minRSB, maxExtent = min(minLSB, lsb), min(minRSB, rsb), max(maxExtent, extent)
	}
	hhea = append([]byte(nil), p.font.tables["hhea"][:36]...)
	be.PutUint16(hhea[10:], uint16(maxAdvance))
	be.PutUint16(hhea[12:], uint16(int16(minLSB)))
	be.PutUint16(hhea[14:], uint16(int16(minRSB)))
	be.PutUint16(hhea[16:], uint16(int16(maxExtent)))
	be.PutUint16(hhea[34:], uint16(long))
	return hmtx, hhea
}

// head copies the original head table with the subset's bounding box and
// loca format. writeSFNT sets checkSumAdjustment.
func (p *subsetPlan) head(glyf []byte, loca []int, longLoca bool) []byte {
	head := append([]byte(nil), p.font.tables["head"][:54]...)
	var all bbox
	first := true
	for i := range p.old {
		box, ok := glyphBox(glyf[loca[i]:loca[i+1]])
		if !ok {
			continue
		}
		if first {
			all, first = box, false
		}
		all = bbox{min(all.xMin, box.xMin), min(all.yMin, box.yMin), max(all.xMax, box.xMax), max(all.yMax, box.yMax)}
	}
	be.PutUint16(head[36:], uint16(int16(all.xMin)))
	be.PutUint16(head[38:], uint16(int16(all.yMin)))
	be.PutUint16(head[40:], uint16(int16(all.xMax)))
	be.PutUint16(head[42:], uint16(int16(all.yMax)))
	locaFormat := uint16(0)
	if longLoca {
		locaFormat = 1
	}
	be.PutUint16(head[50:], locaFormat)
	return head
}

// maxp copies the original maxp table, whose maxima stay valid bounds for
// a subset, with the new glyph count and the hinting limits cleared.
func (p *subsetPlan) maxp() []byte {
	maxp := append([]byte(nil), p.font.tables["maxp"]...)
	be.PutUint16(maxp[4:], uint16(len(p.old)))
	if len(maxp) >= 32 && be.Uint32(maxp) == 0x00010000 {
		be.PutUint16(maxp[14:], 1) // maxZones: no twilight zone
		for at := 16; at <= 26; at += 2 {
			// maxTwilightPoints, maxStorage, maxFunctionDefs,
			// maxInstructionDefs, maxStackElements, maxSizeOfInstructions
			be.PutUint16(maxp[at:], 0)
		}
	}
	return maxp
}

// os2 copies the original OS/2 table with the subset's first and last
// character.
func (p *subsetPlan) os2() []byte {
	os2 := append([]byte(nil), p.font.tables["OS/2"]...)
	first, last := 0, 0
	if len(p.runes) > 0 {
		first, last = int(min(p.runes[0], 0xFFFF)), int(min(p.runes[len(p.runes)-1], 0xFFFF))
	}
	if len(os2) >= 68 {
		be.PutUint16(os2[64:], uint16(first))
		be.PutUint16(os2[66:], uint16(last))
	}
	return os2
}

// post writes a format 3 post table, which names no glyphs.
func (p *subsetPlan) post() []byte {
	post := make([]byte, 32)
	copy(post, p.font.tables["post"][:16]) // italic angle, underline, fixed pitch
	be.PutUint32(post, 0x00030000)
	return post
}

// name writes a minimal name table in the Windows Unicode encoding: the
// original copyright notice, and family as the family, full and PostScript
// name.
func (p *subsetPlan) name(family string) []byte {
	strs := []struct {
		id   int
		text string
	}{
		{0, p.font.nameString(0)},
		{1, family},
		{2, "Regular"},
		{3, family},
		{4, family},
		{5, p.font.nameString(5)},
		{6, family},
	}
	header := make([]byte, 6, 6+12*len(strs))
	var storage []byte
	count := 0
	for _, s := range strs {
		if s.text == "" {
			continue
		}
		units := utf16.Encode([]rune(s.text))
		rec := make([]byte, 12)
		be.PutUint16(rec[0:], 3)      // platform: Windows
		be.PutUint16(rec[2:], 1)      // encoding: Unicode BMP
		be.PutUint16(rec[4:], 0x0409) // language: English (US)
		be.PutUint16(rec[6:], uint16(s.id))
		be.PutUint16(rec[8:], uint16(2*len(units)))
		be.PutUint16(rec[10:], uint16(len(storage)))
		header = append(header, rec...)
		for _, u := range units {
			storage = be.AppendUint16(storage, u)
		}
		count++
	}
	be.PutUint16(header[2:], uint16(count))
	be.PutUint16(header[4:], uint16(6+12*count))
	return append(header, storage...)
}

// nameString returns the Windows Unicode English name with the id, or ""
// if the font has none.
func (f *sfntFont) nameString(id int) string {
	name := f.tables["name"]
	if len(name) < 6 {
		return ""
	}
	count, storage := int(be.Uint16(name[2:])), int(be.Uint16(name[4:]))
	for i := 0; i < count && 6+12*i+12 <= len(name); i++ {
		rec := name[6+12*i:]
		if be.Uint16(rec) != 3 || be.Uint16(rec[2:]) != 1 || be.Uint16(rec[4:]) != 0x0409 || int(be.Uint16(rec[6:])) != id {
			continue
		}
		length, off := int(be.Uint16(rec[8:])), storage+int(be.Uint16(rec[10:]))
		if off+length > len(name) {
			return ""
		}
		units := make([]uint16, length/2)
		for j := range units {
			units[j] = be.Uint16(name[off+2*j:])
		}
		return string(utf16.Decode(units))
	}
	return ""
}
