package expr

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// tokenKind tells what a token is.
type tokenKind uint8

const (
	tokEOF    tokenKind = iota
	tokNumber           // 12, 1.5, .5, 1e-3
	tokIdent            // x, sin, pi
	tokOp               // one of + - * / ^ ( ) , < <= > >=
)

// token is one lexical token. off and end are byte offsets into the source.
type token struct {
	kind tokenKind
	text string
	off  int
	end  int
	num  float64 // the value of a tokNumber
}

// describe returns the token as an error message names it.
func (t token) describe() string {
	if t.kind == tokEOF {
		return "end of expression"
	}
	return strconv.Quote(t.text)
}

// scan splits src into tokens, ending with a tokEOF token. It reports the
// first malformed number or unexpected character.
func (p *parser) scan() ([]token, error) {
	src := p.src
	var toks []token
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			i += size
		case isDigit(r) || r == '.':
			tok, err := p.scanNumber(i)
			if err != nil {
				return nil, err
			}
			toks = append(toks, tok)
			i = tok.end
		case isIdentStart(r):
			j := i + size
			for j < len(src) {
				r, size := utf8.DecodeRuneInString(src[j:])
				if !isIdentStart(r) && !isDigit(r) {
					break
				}
				j += size
			}
			toks = append(toks, token{kind: tokIdent, text: src[i:j], off: i, end: j})
			i = j
		case (r == '<' || r == '>') && i+1 < len(src) && src[i+1] == '=':
			toks = append(toks, token{kind: tokOp, text: src[i : i+2], off: i, end: i + 2})
			i += 2
		case r == '+' || r == '-' || r == '*' || r == '/' || r == '^' || r == '(' || r == ')' || r == ',' || r == '<' || r == '>':
			toks = append(toks, token{kind: tokOp, text: src[i : i+1], off: i, end: i + 1})
			i++
		default:
			return nil, p.unexpectedChar(i, r)
		}
	}
	toks = append(toks, token{kind: tokEOF, off: len(src), end: len(src)})
	return toks, nil
}

// scanNumber scans the number that starts at byte offset i: digits with at
// most one decimal point, then an optional exponent. An 'e' not followed by
// digits is left for the next token, so 2e reads as 2 followed by e.
func (p *parser) scanNumber(i int) (token, error) {
	src := p.src
	j := i
	dots := 0
	for j < len(src) && (isDigit(rune(src[j])) || src[j] == '.') {
		if src[j] == '.' {
			dots++
		}
		j++
	}
	mantissa := src[i:j]
	if mantissa == "." {
		return token{}, p.errorAt(i, `unexpected "."`, "write a number such as .5 or 0.5")
	}
	if dots > 1 {
		for j < len(src) && (isDigit(rune(src[j])) || src[j] == '.') {
			j++
		}
		return token{}, p.errorAt(i, "malformed number "+strconv.Quote(src[i:j]), "a number has at most one decimal point")
	}
	if j < len(src) && (src[j] == 'e' || src[j] == 'E') {
		k := j + 1
		if k < len(src) && (src[k] == '+' || src[k] == '-') {
			k++
		}
		if k < len(src) && isDigit(rune(src[k])) {
			for k < len(src) && isDigit(rune(src[k])) {
				k++
			}
			j = k
		}
	}
	text := src[i:j]
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		// The text is well formed, so the only failure is a value beyond
		// the float64 range.
		return token{}, p.errorAt(i, "number "+strconv.Quote(text)+" is out of range", "numbers must lie within ±1.8e308")
	}
	return token{kind: tokNumber, text: text, off: i, end: j, num: v}, nil
}

// unexpectedChar reports a character that starts no token.
func (p *parser) unexpectedChar(off int, r rune) error {
	msg := "unexpected character " + strconv.QuoteRune(r)
	hint := "an expression uses numbers, x, y, + - * / ^, parentheses and functions such as sin(x)"
	switch r {
	case '=':
		hint = "write only the formula, e.g. x^2 + 1, not an equation; compare with < <= > >=, as in if(x < 0, 0, x)"
	case '[', '{':
		hint = "group with ( and ) only"
	case '×', '·':
		hint = "write * for multiplication"
	case '−':
		hint = "write - (ASCII hyphen-minus) for minus"
	case '²':
		hint = "write x^2 for a square"
	}
	return p.errorAt(off, msg, hint)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isIdentStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }
