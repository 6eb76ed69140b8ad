package font

import "testing"

// decodeCmap reads a whole format 4 or 12 subtable into a map from rune to
// glyph, in the plain way, one group or segment after another: the oracle
// for glyphIndex, which searches the table for one rune.
func decodeCmap(f *sfntFont) map[rune]int {
	m := map[rune]int{}
	set := func(r rune, g int) {
		if g > 0 && g < f.numGlyphs && r >= 0 && r <= 0x10FFFF {
			m[r] = g
		}
	}
	t := f.cmap
	if f.cmapFormat == 12 {
		for i := 0; i < int(be.Uint32(t[12:])); i++ {
			grp := t[16+12*i:]
			start, end, g := be.Uint32(grp), be.Uint32(grp[4:]), be.Uint32(grp[8:])
			for r := start; r <= end; r++ {
				set(rune(r), int(g+r-start))
			}
		}
		return m
	}
	segX2 := int(be.Uint16(t[6:]))
	for i := 0; i < segX2; i += 2 {
		start, end, ro := cmap4Segment(t, segX2, i)
		delta := int(be.Uint16(t[16+2*segX2+i:]))
		for r := start; r <= end && r < 0xFFFF; r++ {
			g := (r + delta) & 0xFFFF
			if ro != 0 {
				if g = int(be.Uint16(t[16+3*segX2+i+ro+2*(r-start):])); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			set(rune(r), g)
		}
	}
	return m
}

// TestGlyphIndex checks glyphIndex against the whole character map decoded
// rune by rune, for every rune, in each face and in subsets of it, whose
// maps have format 4 and, with a rune above U+FFFF, format 12.
func TestGlyphIndex(t *testing.T) {
	fonts := map[string]*sfntFont{}
	for _, face := range allFaces {
		fonts[face.String()] = load(face)
		for _, text := range []string{printableASCII, printableASCII + mathSymbols + "\U0001D400"} {
			data, err := Subset(face, text)
			if err != nil {
				t.Fatal(err)
			}
			sub, err := parseSFNT(data)
			if err != nil {
				t.Fatal(err)
			}
			fonts[face.String()+" subset of "+text] = sub
		}
	}
	formats := map[int]bool{}
	for name, f := range fonts {
		formats[f.cmapFormat] = true
		want := decodeCmap(f)
		for r := rune(-1); r <= 0x110000; r++ {
			if got := glyphIndex(f, r); got != want[r] {
				t.Fatalf("%s: glyphIndex(%U) = %d, the map says %d", name, r, got, want[r])
			}
		}
	}
	if !formats[4] || !formats[12] {
		t.Errorf("character map formats tested: %v, want 4 and 12", formats)
	}
}

// TestMeasureRunes checks each rune's advance as Measure finds it against
// its glyph's advance, for every rune of the BMP and the combining marks
// and invisible characters above it, twice: the second time from what the
// first remembered.
func TestMeasureRunes(t *testing.T) {
	for _, face := range allFaces {
		f := load(face)
		for pass := 0; pass < 2; pass++ {
			for r := rune(0); r <= 0x10FFFF; r++ {
				if r >= 0x10000 && !isZeroWidth(r) && r%97 != 0 {
					continue
				}
				want := int(f.advance(glyphIndex(f, r)))
				if isZeroWidth(r) {
					want = 0
				}
				if r >= 0xD800 && r <= 0xDFFF {
					continue // not a rune a string can hold
				}
				got := Measure(face, float64(f.unitsPerEm), string(r))
				if got != float64(want) {
					t.Fatalf("Measure(%v, %U) = %v units, want %d", face, r, got, want)
				}
			}
		}
	}
}
