package dsl

import (
	"sort"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// cellLine reads the tokens of one statement of a matrix or note block (or
// of its header): a first word and the tokens after it.
type cellLine struct {
	c    *compiler
	kw   lexer.Token   // the statement's first word
	toks []lexer.Token // the tokens after it, without spaces and comments
	i    int
}

// tokDots is the token type of "..".
var tokDots = symbols["Range"]

func newCellLine(c *compiler, all []lexer.Token) *cellLine {
	var toks []lexer.Token
	for _, t := range all {
		if t.Type == tokSpace || t.Type == tokComment || t.Type == tokEOL || t.EOF() {
			continue
		}
		toks = append(toks, t)
	}
	return &cellLine{c: c, kw: toks[0], toks: toks[1:]}
}

// done reports whether every token has been read.
func (l *cellLine) done() bool { return l.i >= len(l.toks) }

// peek returns the next token, or an end-of-line token after the last.
func (l *cellLine) peek() lexer.Token { return l.at(0) }

// at returns the token k places ahead, or an end-of-line token just after
// the statement's last token.
func (l *cellLine) at(k int) lexer.Token {
	if l.i+k >= len(l.toks) {
		last := l.kw
		if len(l.toks) > 0 {
			last = l.toks[len(l.toks)-1]
		}
		p := last.Pos
		p.Offset += len(last.Value)
		p.Column += utf8.RuneCountInString(last.Value)
		return lexer.Token{Type: tokEOL, Value: "\n", Pos: p}
	}
	return l.toks[l.i+k]
}

// errorf reports a problem at t.
func (l *cellLine) errorf(t lexer.Token, hint, format string, args ...any) {
	l.c.errorf(t.Pos, hint, format, args...)
}

// str decodes the string token at the cursor and moves past it.
func (l *cellLine) str() string {
	t := l.peek()
	l.i++
	return l.c.str(&String{Pos: t.Pos, Raw: t.Value})
}

// number reads a plain number with an optional sign.
func (l *cellLine) number(what, hint string) (float64, bool) {
	t := l.peek()
	sign := ""
	if isPunct(t, "-") || isPunct(t, "+") {
		sign = t.Value
		l.i++
	}
	n := l.peek()
	if n.Type != tokNumber {
		l.errorf(n, hint, "%s must be a number, found %s", what, describe(n))
		return 0, false
	}
	l.i++
	return l.c.number(&Number{Pos: t.Pos, Raw: sign + n.Value}, what)
}

// sortedNames returns s sorted, for hints that list names.
func sortedNames(s []string) []string {
	sort.Strings(s)
	return s
}
