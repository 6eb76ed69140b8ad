package font

import (
	"fmt"
	"slices"
)

// Subset returns a TrueType font with the glyphs of face f that text needs:
// .notdef, the glyph of every rune of text that the face covers, and the
// components of composite glyphs. Runes the face lacks are left out.
//
// The font keeps the outlines and advances of the original but drops the
// hinting (fpgm, prep, cvt and glyph instructions) and the layout tables
// (GSUB, GPOS, GDEF, kern), so browsers draw it unkerned, as Measure
// measures. Its tables are cmap (format 4, plus format 12 when text has
// runes above U+FFFF), glyf, head, hhea, hmtx, loca, maxp, name, OS/2 and
// post (format 3); its name table gives Family(f) as the family name. The
// same face and text always give the same bytes.
func Subset(f Face, text string) ([]byte, error) {
	p, err := planSubset(load(f), text)
	if err != nil {
		return nil, fmt.Errorf("font: subset of %s: %v", Family(f), err)
	}
	tables, err := p.tables(Family(f))
	if err != nil {
		return nil, fmt.Errorf("font: subset of %s: %v", Family(f), err)
	}
	return writeSFNT(tables), nil
}

// subsetPlan says which glyphs of the original a subset keeps and which
// glyph each rune maps to.
type subsetPlan struct {
	font   *sfntFont
	old    []int       // old glyph index of each new glyph
	newOf  map[int]int // new glyph index of each kept old glyph
	runes  []rune      // mapped runes, sorted
	glyphs []int       // new glyph of each of runes
}

// planSubset numbers the glyphs of the subset: .notdef first, then the
// glyphs of the runes in rune order, so that runs of consecutive runes get
// consecutive glyphs and compact cmap segments, then the components of
// composite glyphs in the order of their original indices.
func planSubset(font *sfntFont, text string) (*subsetPlan, error) {
	p := &subsetPlan{font: font, newOf: map[int]int{}}
	p.keep(0)
	var runes []rune
	for _, r := range text {
		if r != 0xFFFF && glyphIndex(font, r) != 0 {
			runes = append(runes, r)
		}
	}
	slices.Sort(runes)
	p.runes = slices.Compact(runes)
	for _, r := range p.runes {
		p.glyphs = append(p.glyphs, p.keep(glyphIndex(font, r)))
	}

	// Add the components, level by level, until no glyph refers to a
	// glyph outside the subset.
	for done := 0; done < len(p.old); {
		var missing []int
		for _, g := range p.old[done:] {
			comps, err := componentGlyphs(font.glyph(g))
			if err != nil {
				return nil, fmt.Errorf("glyph %d: %v", g, err)
			}
			for _, c := range comps {
				if c >= font.numGlyphs {
					return nil, fmt.Errorf("glyph %d: component %d out of range", g, c)
				}
				if _, ok := p.newOf[c]; !ok {
					missing = append(missing, c)
				}
			}
		}
		done = len(p.old)
		slices.Sort(missing)
		for _, c := range slices.Compact(missing) {
			p.keep(c)
		}
	}
	if len(p.old) > 0xFFFF {
		return nil, fmt.Errorf("%d glyphs, more than a font can hold", len(p.old))
	}
	return p, nil
}

// keep adds old glyph g to the subset if it is not there yet and returns
// its new index.
func (p *subsetPlan) keep(g int) int {
	if n, ok := p.newOf[g]; ok {
		return n
	}
	n := len(p.old)
	p.old = append(p.old, g)
	p.newOf[g] = n
	return n
}
