package dsl

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// unquote decodes a string literal written with double quotes and the
// escapes \" \\ \n \t and \u{hex}. On a malformed escape it returns the
// text decoded so far with the rest kept as written, the error, and the
// rune offset of the backslash from the opening quote.
func unquote(raw string) (string, error) {
	s, _, err := unquoteAt(raw)
	return s, err
}

func unquoteAt(raw string) (string, int, error) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return raw, 0, fmt.Errorf("string not closed")
	}
	body := raw[1 : len(raw)-1]
	if !strings.Contains(body, `\`) {
		return body, 0, nil
	}
	var b strings.Builder
	col := 1 // runes from the opening quote
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		if r != '\\' {
			b.WriteString(body[i : i+size])
			i += size
			col++
			continue
		}
		if i+1 >= len(body) {
			return b.String() + body[i:], col, fmt.Errorf(`lone \ at the end of the string`)
		}
		switch body[i+1] {
		case '"', '\\':
			b.WriteByte(body[i+1])
			i, col = i+2, col+2
		case 'n':
			b.WriteByte('\n')
			i, col = i+2, col+2
		case 't':
			b.WriteByte('\t')
			i, col = i+2, col+2
		case 'u':
			end := strings.IndexByte(body[i:], '}')
			if i+2 >= len(body) || body[i+2] != '{' || end < 0 {
				return b.String() + body[i:], col, fmt.Errorf(`\u needs a code point in braces, like \u{2207}`)
			}
			hex := body[i+3 : i+end]
			v, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || hex == "" || len(hex) > 6 || !utf8.ValidRune(rune(v)) {
				return b.String() + body[i:], col, fmt.Errorf(`\u{%s} is not a valid code point`, hex)
			}
			b.WriteRune(rune(v))
			col += utf8.RuneCountInString(body[i : i+end+1])
			i += end + 1
		default:
			r, _ := utf8.DecodeRuneInString(body[i+1:])
			return b.String() + body[i:], col, fmt.Errorf(`unknown escape \%c`, r)
		}
	}
	return b.String(), 0, nil
}
