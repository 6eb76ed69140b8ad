package font

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// printableASCII is U+0020 through U+007E.
var printableASCII = func() string {
	var b strings.Builder
	for r := rune(0x20); r < 0x7F; r++ {
		b.WriteRune(r)
	}
	return b.String()
}()

const mathSymbols = "θηση∇∑∈ℝ≈≤→²✓✗"

var subsetTexts = []string{
	"",
	"a -> b",
	printableASCII,
	printableASCII + mathSymbols,
	"éÉ¼ŷ x\u0304 f\u0302",          // composite glyphs and combining marks
	"a\U0001F600b\U0001F680中\uE000", // above U+FFFF, and runes no face has
	strings.Join(curriculum, ""),
}

// glyphOutline returns the outline of glyph g at ppem = unitsPerEm, so that
// coordinates are in font units.
func glyphOutline(t *testing.T, f *sfnt.Font, g sfnt.GlyphIndex) []sfnt.Segment {
	t.Helper()
	var buf sfnt.Buffer
	segs, err := f.LoadGlyph(&buf, g, fixed.Int26_6(f.UnitsPerEm())<<6, nil)
	if err != nil {
		t.Fatalf("LoadGlyph(%d): %v", g, err)
	}
	return slices.Clone(segs)
}

func TestSubsetKeepsGlyphs(t *testing.T) {
	for _, face := range allFaces {
		orig := parseRef(t, Data(face))
		for _, text := range subsetTexts {
			data, err := Subset(face, text)
			if err != nil {
				t.Fatalf("Subset(%v, %q): %v", face, text, err)
			}
			sub := parseRef(t, data)
			if sub.UnitsPerEm() != orig.UnitsPerEm() {
				t.Errorf("Subset(%v, %q): unitsPerEm %d, want %d", face, text, sub.UnitsPerEm(), orig.UnitsPerEm())
			}
			var buf sfnt.Buffer
			want := map[sfnt.GlyphIndex]bool{0: true}
			runes := []rune(text)
			slices.Sort(runes)
			for _, r := range slices.Compact(runes) {
				og, _ := orig.GlyphIndex(&buf, r)
				sg, err := sub.GlyphIndex(&buf, r)
				if err != nil {
					t.Fatalf("subset GlyphIndex(%U): %v", r, err)
				}
				if og == 0 {
					if sg != 0 {
						t.Errorf("Subset(%v, %q): %U, which the face lacks, maps to glyph %d", face, text, r, sg)
					}
					continue
				}
				want[og] = true
				if sg == 0 {
					t.Errorf("Subset(%v, %q): no glyph for %U", face, text, r)
					continue
				}
				if o, s := refAdvance(t, orig, r), refAdvance(t, sub, r); o != s {
					t.Errorf("Subset(%v, %q): advance of %U = %d, want %d", face, text, r, s, o)
				}
				if diff := cmp.Diff(glyphOutline(t, orig, og), glyphOutline(t, sub, sg)); diff != "" {
					t.Errorf("Subset(%v, %q): outline of %U mismatch (-want +got):\n%s", face, text, r, diff)
				}
			}
			// Every glyph is either .notdef, a rune's glyph or a component.
			if got, most := sub.NumGlyphs(), len(want)+3*len(want); got < len(want) || got > most {
				t.Errorf("Subset(%v, %q): %d glyphs, want %d plus components", face, text, got, len(want))
			}
			if diff := cmp.Diff(glyphOutline(t, orig, 0), glyphOutline(t, sub, 0)); diff != "" {
				t.Errorf("Subset(%v, %q): .notdef mismatch (-want +got):\n%s", face, text, diff)
			}
		}
	}
}

func TestSubsetLeavesOutOtherRunes(t *testing.T) {
	data, err := Subset(Sans, "ab")
	if err != nil {
		t.Fatal(err)
	}
	sub := parseRef(t, data)
	var buf sfnt.Buffer
	for _, r := range "cAZ θ" {
		if g, _ := sub.GlyphIndex(&buf, r); g != 0 {
			t.Errorf(`Subset(Sans, "ab") maps %U to glyph %d, want none`, r, g)
		}
	}
	if got := sub.NumGlyphs(); got != 3 {
		t.Errorf(`Subset(Sans, "ab") has %d glyphs, want 3 (.notdef, a, b)`, got)
	}
}

// TestSubsetComposites checks glyphs built from other glyphs, including one
// whose components are composite themselves.
func TestSubsetComposites(t *testing.T) {
	font := load(Sans)
	nested := rune(0)
	for r := rune(0x20); r < 0x10000 && nested == 0; r++ {
		comps, _ := componentGlyphs(font.glyph(glyphIndex(font, r)))
		for _, c := range comps {
			if isComposite(font.glyph(c)) {
				nested = r
			}
		}
	}
	if nested == 0 {
		t.Fatal("DejaVu Sans has no glyph with composite components")
	}
	text := "éÉ¼" + string(nested)
	for _, r := range text {
		if !isComposite(font.glyph(glyphIndex(font, r))) {
			t.Fatalf("%c is not a composite glyph in DejaVu Sans; pick another", r)
		}
	}
	data, err := Subset(Sans, text)
	if err != nil {
		t.Fatal(err)
	}
	orig, sub := parseRef(t, Data(Sans)), parseRef(t, data)
	var buf sfnt.Buffer
	for _, r := range text {
		og, _ := orig.GlyphIndex(&buf, r)
		sg, _ := sub.GlyphIndex(&buf, r)
		if diff := cmp.Diff(glyphOutline(t, orig, og), glyphOutline(t, sub, sg)); diff != "" {
			t.Errorf("Subset(Sans, %q): outline of %c mismatch (-want +got):\n%s", text, r, diff)
		}
	}
	subFont, err := parseSFNT(data)
	if err != nil {
		t.Fatal(err)
	}
	for g := 0; g < subFont.numGlyphs; g++ {
		comps, err := componentGlyphs(subFont.glyph(g))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range comps {
			if c <= 0 || c >= subFont.numGlyphs {
				t.Errorf("Subset(Sans, %q): glyph %d has component %d out of range", text, g, c)
			}
		}
	}
}

func TestSubsetDeterministic(t *testing.T) {
	for _, text := range subsetTexts {
		a, err := Subset(Sans, text)
		if err != nil {
			t.Fatal(err)
		}
		// The same runes in another order and with repeats give the same font.
		r := []rune(text)
		slices.Reverse(r)
		b, err := Subset(Sans, string(r)+text)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("Subset(Sans, %q) differs between calls", text)
		}
	}
}

// TestSubsetStructure checks the file format rules that sanitizers such as
// OTS enforce: the table set, a sorted directory, 4-byte aligned tables,
// checksums, and no hinting left in the glyphs.
func TestSubsetStructure(t *testing.T) {
	for _, face := range allFaces {
		for _, text := range subsetTexts {
			data, err := Subset(face, text)
			if err != nil {
				t.Fatal(err)
			}
			if len(data)%4 != 0 {
				t.Errorf("Subset(%v, %q): length %d not a multiple of 4", face, text, len(data))
			}
			n := int(be.Uint16(data[4:]))
			var tags []string
			for i := 0; i < n; i++ {
				rec := data[12+16*i:]
				tag := string(rec[:4])
				tags = append(tags, tag)
				sum, off, length := be.Uint32(rec[4:]), be.Uint32(rec[8:]), be.Uint32(rec[12:])
				if off%4 != 0 {
					t.Errorf("Subset(%v, %q): table %q at offset %d, not 4-byte aligned", face, text, tag, off)
				}
				table := slices.Clone(data[off : off+length])
				if tag == "head" {
					be.PutUint32(table[8:], 0)
				}
				if got := checksum(table); got != sum {
					t.Errorf("Subset(%v, %q): table %q checksum %#x, directory says %#x", face, text, tag, got, sum)
				}
			}
			wantTags := []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}
			if diff := cmp.Diff(wantTags, tags); diff != "" {
				t.Errorf("Subset(%v, %q): tables mismatch (-want +got):\n%s", face, text, diff)
			}
			if got := checksum(data); got != 0xB1B0AFBA {
				t.Errorf("Subset(%v, %q): whole-font checksum %#x, want 0xB1B0AFBA", face, text, got)
			}
			font, err := parseSFNT(data)
			if err != nil {
				t.Fatalf("Subset(%v, %q): parse: %v", face, text, err)
			}
			for g := 0; g < font.numGlyphs; g++ {
				if glyph := font.glyph(g); hasInstructions(t, glyph) {
					t.Errorf("Subset(%v, %q): glyph %d keeps instructions", face, text, g)
				}
			}
		}
	}
}

// hasInstructions reports whether the glyph data carries hinting
// instructions.
func hasInstructions(t *testing.T, glyph []byte) bool {
	if len(glyph) == 0 {
		return false
	}
	if isComposite(glyph) {
		indexAt, _, err := components(glyph)
		if err != nil {
			t.Fatal(err)
		}
		for _, at := range indexAt {
			if be.Uint16(glyph[at-2:])&haveInstructions != 0 {
				return true
			}
		}
		return false
	}
	contours := int(be.Uint16(glyph))
	return be.Uint16(glyph[10+2*contours:]) != 0
}

func TestSubsetName(t *testing.T) {
	for _, face := range allFaces {
		data, err := Subset(face, "x")
		if err != nil {
			t.Fatal(err)
		}
		sub := parseRef(t, data)
		var buf sfnt.Buffer
		got, err := sub.Name(&buf, sfnt.NameIDFamily)
		if err != nil {
			t.Fatal(err)
		}
		if got != Family(face) {
			t.Errorf("Subset(%v) family name = %q, want %q", face, got, Family(face))
		}
		if c, _ := sub.Name(&buf, sfnt.NameIDCopyright); !strings.Contains(c, "Bitstream") {
			t.Errorf("Subset(%v) copyright = %q, want the original notice", face, c)
		}
	}
}

// TestSubsetSize keeps a typical diagram's font small: printable ASCII and
// the common math symbols.
func TestSubsetSize(t *testing.T) {
	const budget = 12 << 10
	for _, face := range allFaces {
		data, err := Subset(face, printableASCII+mathSymbols)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("Subset(%v, ASCII + %s) = %d bytes (full font %d bytes)", face, mathSymbols, len(data), len(Data(face)))
		if len(data) > budget {
			t.Errorf("Subset(%v, ASCII + math) = %d bytes, want at most %d", face, len(data), budget)
		}
	}
}

func BenchmarkSubset(b *testing.B) {
	text := printableASCII + mathSymbols
	if _, err := Subset(Sans, text); err != nil { // parse the font outside the loop
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Subset(Sans, text); err != nil {
			b.Fatal(err)
		}
	}
}
