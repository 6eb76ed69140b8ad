package svg

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the one escaping chokepoint: every string from the input
// passes through cleanText, attr or ident before it is written, and every
// number through num. svgo writes attribute strings raw, so it is only ever
// given values built here.

// cleanText makes s safe and legible as XML character data: invalid UTF-8
// becomes U+FFFD, control characters (which XML 1.0 forbids) and the
// bidirectional controls of Unicode's Bidi_Control property (marks,
// embeddings, overrides and isolates, which can make text read differently
// from what it is) are dropped, and tabs become spaces.
func cleanText(s string) string {
	if plainASCII(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		case unicode.Is(unicode.Bidi_Control, r):
		case r == 0xfffe || r == 0xffff || (r >= 0xd800 && r <= 0xdfff):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plainASCII reports whether s holds only printable ASCII characters,
// which cleanText keeps as they are.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// escText returns s cleaned and escaped as XML character data.
func escText(s string) string {
	if plainASCII(s) && !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	var buf bytes.Buffer
	xml.EscapeText(&buf, []byte(cleanText(s)))
	return buf.String()
}

// attr returns name="value" with value cleaned and escaped for a
// double-quoted attribute. name must be a constant from this package.
func attr(name, value string) string {
	return name + `="` + escText(value) + `"`
}

// numAttr returns name="n" with n formatted by num.
func numAttr(name string, v float64) string {
	return name + `="` + num(v) + `"`
}

// appendNumAttr appends name="n" with n formatted by num to b.
func appendNumAttr(b []byte, name string, v float64) []byte {
	b = append(append(b, name...), `="`...)
	return append(appendNum(b, v), '"')
}

// round2 rounds v to two decimals and clears negative zero and non-finite
// values, so that the same picture prints the same bytes everywhere.
func round2(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0
	}
	return r
}

// num formats v rounded to two decimals in the shortest form ("12", "1.5",
// "-0.25").
func num(v float64) string {
	var buf [32]byte
	return string(appendNum(buf[:0], v))
}

// appendNum appends v formatted by num to b. A number of at most 15
// significant digits in hundredths, such as every coordinate, is written
// from its integer count of hundredths: it is the shortest decimal that
// reads back as round2(v), since float64 tells apart all decimals of 15
// digits, so the bytes are those strconv.AppendFloat writes.
func appendNum(b []byte, v float64) []byte {
	h := math.Round(v * 100)
	if !(math.Abs(h) < 1e15) {
		return strconv.AppendFloat(b, round2(v), 'f', -1, 64)
	}
	n := int64(h)
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	switch frac := n % 100; {
	case frac == 0:
	case frac%10 == 0:
		b = append(b, '.', byte('0'+frac/10))
	default:
		b = append(b, '.', byte('0'+frac/10), byte('0'+frac%10))
	}
	return b
}

// ident turns an element id from the input into a safe XML id and CSS
// identifier: letters, digits, '-' and '_' pass, any other rune is written
// as "_" followed by its hex code and "_". The result never needs escaping.
func ident(s string) string {
	if isIdent(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			b.WriteRune(r)
			continue
		}
		b.WriteByte('_')
		b.WriteString(strconv.FormatInt(int64(r), 16))
		b.WriteByte('_')
	}
	return b.String()
}

// isIdent reports whether ident keeps s as it is: s holds only ASCII
// letters, digits and '-'.
func isIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// prefixIdent turns an id prefix into the identifier that every generated
// class, id and keyframe name starts with. ident makes it safe; a prefix
// that does not then start with a letter or '_' (a digit, as in
// "2024-hello", or a hyphen, as in "-1x" or "--x") gets a '_' in front, so
// that it and every name built on it is both a CSS identifier and an XML
// name. An empty prefix becomes "d".
func prefixIdent(s string) string {
	p := ident(s)
	switch {
	case p == "":
		return "d"
	case p[0] == '_' || 'a' <= p[0] && p[0] <= 'z' || 'A' <= p[0] && p[0] <= 'Z':
		return p
	}
	return "_" + p
}

// cssString is not offered on purpose: no input string is ever written into
// the style sheet. Styles refer to elements by ident and colours come from
// the theme or from colour values validated by the language.

// safeColor reports whether c is a colour value of the allowed grammar: a
// CSS colour name of letters only, #rgb, #rrggbb, or rgb(r, g, b) with
// integers. The language validates colours too; this is the last line.
func safeColor(c string) bool {
	if c == "" || len(c) > 32 {
		return false
	}
	if c[0] == '#' {
		if len(c) != 4 && len(c) != 7 {
			return false
		}
		for _, r := range c[1:] {
			if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
				return false
			}
		}
		return true
	}
	if strings.HasPrefix(c, "rgb(") && strings.HasSuffix(c, ")") {
		parts := strings.Split(c[4:len(c)-1], ",")
		if len(parts) != 3 {
			return false
		}
		for _, p := range parts {
			n, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || n < 0 || n > 255 {
				return false
			}
		}
		return true
	}
	for _, r := range c {
		if r < 'a' || r > 'z' {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
	}
	return true
}
