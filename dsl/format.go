package dsl

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/aiprep/diag/diagram"
)

// FormatError renders err for a terminal. Each *diagram.Error (alone or in
// a diagram.ErrorList) becomes
//
//	file:line:col: message
//	    the source line
//	    ^
//	    hint: how to fix it
//
// with tabs in the source line shown as four spaces and the caret placed
// under the character the column names, counting wide characters (CJK,
// emoji) as two cells and combining marks as none. Other errors are printed
// as they are. src is the text the positions refer to.
func FormatError(src []byte, err error) string {
	if err == nil {
		return ""
	}
	list, ok := diagram.Errors(err)
	if !ok {
		return err.Error() + "\n"
	}
	var b strings.Builder
	for _, e := range list {
		formatOne(&b, src, e)
	}
	return b.String()
}

func formatOne(b *strings.Builder, src []byte, e *diagram.Error) {
	b.WriteString(e.Pos.String())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteByte('\n')
	if line, ok := sourceLine(src, e.Pos.Line); ok && e.Pos.Col > 0 {
		shown, caret := caretLine(line, e.Pos.Col)
		b.WriteString("    " + shown + "\n")
		b.WriteString("    " + caret + "^\n")
	}
	if e.Hint != "" {
		b.WriteString("    hint: " + e.Hint + "\n")
	}
}

// sourceLine returns line n (from 1) of src without its line ending.
func sourceLine(src []byte, n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	for i := 1; i < n; i++ {
		k := bytes.IndexByte(src, '\n')
		if k < 0 {
			return "", false
		}
		src = src[k+1:]
	}
	if k := bytes.IndexByte(src, '\n'); k >= 0 {
		src = src[:k]
	}
	return strings.TrimRight(string(src), "\r"), true
}

// caretLine returns the line as shown (tabs expanded to four spaces) and
// the run of spaces that puts a caret under column col (counted in runes).
func caretLine(line string, col int) (shown, pad string) {
	var s, p strings.Builder
	i := 1
	for _, r := range line {
		w := runeWidth(r)
		if r == '\t' {
			s.WriteString("    ")
		} else {
			s.WriteRune(r)
		}
		if i < col {
			p.WriteString(strings.Repeat(" ", w))
		}
		i++
	}
	return s.String(), p.String()
}

// runeWidth is the number of terminal cells r takes.
func runeWidth(r rune) int {
	switch {
	case r == '\t':
		return 4
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == 0x200B || r == 0x200D || r == 0xFE0F:
		return 0
	case isWide(r):
		return 2
	}
	return 1
}

// isWide reports whether r is an East Asian wide or fullwidth character or
// an emoji presented as wide.
func isWide(r rune) bool {
	wide := [][2]rune{
		{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
		{0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
		{0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
		{0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
		{0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
		{0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
		{0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
		{0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
		{0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
		{0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF},
		{0x20000, 0x3FFFD},
	}
	for _, w := range wide {
		if r >= w[0] && r <= w[1] {
			return true
		}
	}
	return false
}
