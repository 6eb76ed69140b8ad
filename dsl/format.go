package dsl

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

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
// emoji) as two cells and combining marks as none. A source line wider than
// about a hundred cells is clipped to a window around the caret, with "…"
// where it was cut. Nothing from the input reaches the terminal raw: control
// characters, bidirectional controls and line separators in the file name,
// message, source line and hint are shown escaped as Printable does, and a
// message or hint longer than a few hundred characters is cut short. Other
// errors are printed as they are, escaped the same way. src is the text the
// positions refer to.
func FormatError(src []byte, err error) string {
	if err == nil {
		return ""
	}
	list, ok := diagram.Errors(err)
	if !ok {
		return shorten(err.Error(), maxMessageCells) + "\n"
	}
	var b strings.Builder
	for _, e := range list {
		formatOne(&b, src, e)
	}
	return b.String()
}

// Widths of what an error shows, in terminal cells.
const (
	contextCells    = 100 // the source line around the caret
	maxMessageCells = 400 // a message or a hint
)

func formatOne(b *strings.Builder, src []byte, e *diagram.Error) {
	pos := e.Pos
	pos.File = Printable(pos.File)
	b.WriteString(pos.String())
	b.WriteString(": ")
	b.WriteString(shorten(e.Msg, maxMessageCells))
	b.WriteByte('\n')
	if line, ok := sourceLine(src, e.Pos.Line); ok && e.Pos.Col > 0 {
		shown, caret := caretLine(line, e.Pos.Col)
		b.WriteString("    " + shown + "\n")
		b.WriteString("    " + caret + "^\n")
	}
	if e.Hint != "" {
		b.WriteString("    hint: " + shorten(e.Hint, maxMessageCells) + "\n")
	}
}

// Printable returns s as it is safe to show on a terminal: control
// characters (C0, DEL and C1, tabs and line breaks too) are written as
// \xHH or \u00HH, bidirectional controls and the line and paragraph
// separators as \uHHHH, and bytes that are not UTF-8 as \xHH. Everything
// else, U+FFFD included, stays as it is. Terminal escape sequences, which
// start with a control character, are thus shown and never run.
func Printable(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := 0; i < len(s); {
		shown, size, _ := printable(s[i:])
		if shown != s[i:i+size] {
			b.WriteString(s[done:i])
			b.WriteString(shown)
			done = i + size
		}
		i += size
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// printable returns how Printable shows the first rune of s (or its first
// byte, when s does not start with UTF-8), that rune's length in s, and the
// cells it takes.
func printable(s string) (shown string, size, cells int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 {
		return fmt.Sprintf("\\x%02x", s[0]), 1, 4
	}
	if e := escapeRune(r); e != "" {
		return e, size, len(e)
	}
	return s[:size], size, runeWidth(r)
}

// escapeRune returns how r is shown when it may not be shown as itself, or
// "".
func escapeRune(r rune) string {
	switch {
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf("\\x%02x", r)
	case r >= 0x80 && r < 0xa0, unicode.Is(unicode.Bidi_Control, r), r == 0x2028, r == 0x2029:
		return fmt.Sprintf("\\u%04x", r)
	}
	return ""
}

// shorten returns s made safe by Printable and cut, between two of its
// characters, to at most max cells, ending with "…" when it is cut.
func shorten(s string, max int) string {
	total := 0
	for i := 0; i < len(s) && total <= max; {
		_, size, w := printable(s[i:])
		total += w
		i += size
	}
	if total <= max {
		return Printable(s)
	}
	var b strings.Builder
	used := 0
	for i := 0; i < len(s); {
		shown, size, w := printable(s[i:])
		if used+w > max-1 {
			break
		}
		b.WriteString(shown)
		used += w
		i += size
	}
	b.WriteString("…")
	return b.String()
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

// caretLine returns the line as shown and the run of spaces that puts a
// caret under column col (counted in runes). Tabs are shown as four
// spaces, bytes that are not UTF-8 as U+FFFD and control characters
// escaped; a line wider than contextCells is cut to a window of about that
// width around the caret, with "…" at each end that was cut.
func caretLine(line string, col int) (shown, pad string) {
	runes := []rune(line) // bytes that are not UTF-8 become U+FFFD
	c := min(col-1, len(runes))
	start, end := 0, len(runes)
	if lineWidth(runes) > contextCells {
		start, end = window(runes, c, contextCells)
	}
	var s strings.Builder
	padCells := 0
	if start > 0 {
		s.WriteString("…")
		padCells++
	}
	for i, r := range runes[start:end] {
		s.WriteString(showRune(r))
		if start+i < c {
			padCells += cellWidth(r)
		}
	}
	if end < len(runes) {
		s.WriteString("…")
	}
	return s.String(), strings.Repeat(" ", padCells)
}

// window returns the runes[start:end] that hold the caret's rune c (or the
// end of the line, when c is past it) within at most cells cells: up to
// half of them before the caret, the rest after it, and any left over
// before it again.
func window(runes []rune, c, cells int) (start, end int) {
	start, end = c, c
	used := 0
	if c < len(runes) {
		used, end = cellWidth(runes[c]), c+1
	}
	for start > 0 && used+cellWidth(runes[start-1]) <= cells/2 {
		start--
		used += cellWidth(runes[start])
	}
	for end < len(runes) && used+cellWidth(runes[end]) <= cells {
		used += cellWidth(runes[end])
		end++
	}
	for start > 0 && used+cellWidth(runes[start-1]) <= cells {
		start--
		used += cellWidth(runes[start])
	}
	return start, end
}

// lineWidth returns the cells the runes take when shown.
func lineWidth(runes []rune) int {
	w := 0
	for _, r := range runes {
		w += cellWidth(r)
	}
	return w
}

// showRune returns how r is shown in a source line.
func showRune(r rune) string {
	if r == '\t' {
		return "    "
	}
	if e := escapeRune(r); e != "" {
		return e
	}
	return string(r)
}

// cellWidth returns the cells r takes in a source line, escaped or not.
func cellWidth(r rune) int {
	if r != '\t' {
		if e := escapeRune(r); e != "" {
			return len(e)
		}
	}
	return runeWidth(r)
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
