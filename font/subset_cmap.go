package font

// cmapRange maps the runes start..end to the glyphs glyph..glyph+end-start.
type cmapRange struct {
	start, end rune
	glyph      int
}

// ranges groups the subset's runes into runs of consecutive runes with
// consecutive glyphs.
func (p *subsetPlan) ranges(limit rune) []cmapRange {
	var out []cmapRange
	for i, r := range p.runes {
		if r > limit {
			break
		}
		g := p.glyphs[i]
		if n := len(out); n > 0 && out[n-1].end+1 == r && out[n-1].glyph+int(r-out[n-1].start) == g {
			out[n-1].end = r
			continue
		}
		out = append(out, cmapRange{r, r, g})
	}
	return out
}

// cmap writes the character map: a format 4 subtable for the BMP, and a
// format 12 subtable for all runes when some rune lies above U+FFFF.
func (p *subsetPlan) cmap() []byte {
	sub4 := cmapFormat4(p.ranges(0xFFFE))
	var sub12 []byte
	if n := len(p.runes); n > 0 && p.runes[n-1] > 0xFFFF {
		sub12 = cmapFormat12(p.ranges(0x10FFFF))
	}
	type record struct {
		platform, encoding int
		data               []byte
	}
	records := []record{{3, 1, sub4}}
	if sub12 != nil {
		records = append(records, record{3, 10, sub12})
	}
	out := make([]byte, 4+8*len(records))
	be.PutUint16(out[2:], uint16(len(records)))
	for i, rec := range records {
		at := 4 + 8*i
		be.PutUint16(out[at:], uint16(rec.platform))
		be.PutUint16(out[at+2:], uint16(rec.encoding))
		be.PutUint32(out[at+4:], uint32(len(out)))
		out = append(out, rec.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// cmapFormat4 writes a format 4 subtable of delta segments, ended by the
// required segment for U+FFFF.
func cmapFormat4(ranges []cmapRange) []byte {
	ranges = append(ranges, cmapRange{0xFFFF, 0xFFFF, 0})
	segs := len(ranges)
	entrySelector := 0
	for 2<<entrySelector <= segs {
		entrySelector++
	}
	searchRange := 2 << entrySelector
	length := 16 + 8*segs
	out := make([]byte, length)
	be.PutUint16(out[0:], 4)
	be.PutUint16(out[2:], uint16(length))
	be.PutUint16(out[6:], uint16(2*segs))
	be.PutUint16(out[8:], uint16(searchRange))
	be.PutUint16(out[10:], uint16(entrySelector))
	be.PutUint16(out[12:], uint16(2*segs-searchRange))
	for i, rg := range ranges {
		delta := uint16(rg.glyph - int(rg.start))
		if rg.start == 0xFFFF {
			delta = 1 // maps U+FFFF to glyph 0
		}
		be.PutUint16(out[14+2*i:], uint16(rg.end))
		be.PutUint16(out[16+2*segs+2*i:], uint16(rg.start))
		be.PutUint16(out[16+4*segs+2*i:], delta)
		// idRangeOffset stays 0.
	}
	return out
}

// cmapFormat12 writes a format 12 subtable with one group per range.
func cmapFormat12(ranges []cmapRange) []byte {
	out := make([]byte, 16+12*len(ranges))
	be.PutUint16(out[0:], 12)
	be.PutUint32(out[4:], uint32(len(out)))
	be.PutUint32(out[12:], uint32(len(ranges)))
	for i, rg := range ranges {
		at := 16 + 12*i
		be.PutUint32(out[at:], uint32(rg.start))
		be.PutUint32(out[at+4:], uint32(rg.end))
		be.PutUint32(out[at+8:], uint32(rg.glyph))
	}
	return out
}
