package svg

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/aiprep/diag/font"
)

// Glyphs holds the characters that pictures show although no source need
// contain them: the minus sign of negative ticks and colour-bar values,
// the separator and comparison signs of timeline labels, and common
// symbols of labels (bullets, arrows, dashes, check marks). FontCSS always
// includes them.
const Glyphs = "−·•→←↑↓…–—×✓✗≤≥≈°‖"

// FontCSS returns @font-face rules that define the three font families the
// renderer uses, each a subset holding the characters of text, the
// printable ASCII range and Glyphs. A page that inlines several SVGs
// compiled without their own font (Options.NoFont) loads these rules once.
func FontCSS(text string) (string, error) {
	var ascii strings.Builder
	for r := rune(0x20); r < 0x7f; r++ {
		ascii.WriteRune(r)
	}
	all := ascii.String() + Glyphs + cleanText(text)
	var b strings.Builder
	for _, f := range []font.Face{font.Sans, font.SansBold, font.Mono} {
		data, err := font.Subset(f, all)
		if err != nil {
			return "", fmt.Errorf("svg: font subset: %v", err)
		}
		fmt.Fprintf(&b, "@font-face{font-family:%s;src:url(data:font/ttf;base64,%s) format('truetype')}\n",
			font.Family(f), base64.StdEncoding.EncodeToString(data))
	}
	return b.String(), nil
}
