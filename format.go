package diag

import (
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/svg"
)

// Error is a problem of a diagram that its author can fix: a position, a
// message and a hint. ErrorList is a list of them, sorted by position.
// Every function of this package returns its errors about the input as an
// ErrorList. They are the types of package diagram, named here so that a
// caller needs no other import.
type (
	Error     = diagram.Error
	ErrorList = diagram.ErrorList
)

// FormatError renders err, an error of Compile or another function of
// this package, for a terminal: each positioned error becomes
//
//	file:line:col: message
//	    the source line
//	    ^
//	    hint: how to fix it
//
// with the caret under the character the position names in src, the
// source the error is about. An error without a line (of a diagram built
// in Go) shows its message and hint only. Anything from the input is shown
// with its control characters escaped, as Printable does; an error that is
// not positioned is printed as it is, escaped the same way.
func FormatError(src []byte, err error) string {
	return dsl.FormatError(src, err)
}

// Format returns src, a .diag source, in the canonical layout of the
// language, as diag fmt writes it: one statement per line, blocks
// indented by two spaces, one space between tokens and every comment kept.
// Only spaces, line breaks and the separators between statements change,
// so the result means what src means; Format checks that before it
// returns. A source that does not parse, or that is larger than
// limits.MaxSource, returns its errors (an ErrorList) and no text.
func Format(name string, src []byte, limits Limits) ([]byte, error) {
	if err := checkSource(name, src, limits); err != nil {
		return nil, err
	}
	return dsl.Format(name, src)
}

// Printable returns s as it is safe to show on a terminal: control
// characters (C0, DEL and C1, tabs and line breaks too) are written as
// \xHH or \u00HH, bidirectional controls and the line and paragraph
// separators as \uHHHH, and bytes that are not UTF-8 as \xHH. Terminal
// escape sequences, which start with a control character, are thus shown
// and never run.
func Printable(s string) string {
	return dsl.Printable(s)
}

// FontCSS returns the @font-face rules of the fonts that a picture
// compiled with Options.NoFont leaves out, for a page that inlines several
// such pictures and loads the fonts once. Each font is a subset that holds
// printable ASCII, every character of texts (the .diag sources of the
// pictures, and any other words that reach them, such as the titles of a
// SheetCatalog; a \u{…} escape adds the character it stands for) and the
// characters the renderer draws itself. No text makes it fail: an error
// means that the embedded fonts cannot be read.
func FontCSS(texts ...string) (string, error) {
	var all strings.Builder
	for _, t := range texts {
		all.WriteString(t)
		all.WriteString(escapedText(t))
	}
	return svg.FontCSS(all.String())
}

// escapedText returns the characters that the \u{…} escapes of src stand
// for, decoded as the language decodes a string. An escape outside a string
// (in a comment, say) adds its character too, which costs a glyph at most.
func escapedText(src string) string {
	const longest = len(`\u{10FFFF}`)
	var b strings.Builder
	for {
		i := strings.Index(src, `\u{`)
		if i < 0 {
			return b.String()
		}
		src = src[i:]
		if end := strings.IndexByte(src[:min(len(src), longest)], '}'); end > 0 {
			b.WriteString(dsl.StringValue(`"` + src[:end+1] + `"`))
		}
		src = src[len(`\u{`):]
	}
}
