package dsl

import (
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// tokenLine reads the tokens of one statement whose grammar keeps its
// tokens whole (the statements of plot, matrix and note blocks): the
// statement's first word, and a cursor over the tokens after it.
type tokenLine struct {
	c    *compiler
	kw   lexer.Token   // the statement's first word
	toks []lexer.Token // the tokens after it, without spaces and comments
	i    int
}

// newTokenLine starts reading a statement from its tokens, which must
// hold at least the first word.
func newTokenLine(c *compiler, toks []lexer.Token) tokenLine {
	return tokenLine{c: c, kw: toks[0], toks: toks[1:]}
}

// statementTokens drops spaces, comments and line ends from a statement's
// tokens.
func statementTokens(all []lexer.Token) []lexer.Token {
	var toks []lexer.Token
	for _, t := range all {
		if t.Type == tokSpace || t.Type == tokComment || t.Type == tokEOL || t.EOF() {
			continue
		}
		toks = append(toks, t)
	}
	return toks
}

// done reports whether every token has been read.
func (l *tokenLine) done() bool { return l.i >= len(l.toks) }

// peek returns the next token, or an end-of-line token after the last.
func (l *tokenLine) peek() lexer.Token { return l.at(0) }

// at returns the token k places ahead, or an end-of-line token just after
// the statement's last token.
func (l *tokenLine) at(k int) lexer.Token {
	if l.i+k >= len(l.toks) {
		return lexer.Token{Type: tokEOL, Value: "\n", Pos: l.endPos()}
	}
	return l.toks[l.i+k]
}

// endPos is the position just after the statement's last token.
func (l *tokenLine) endPos() lexer.Position {
	last := l.kw
	if len(l.toks) > 0 {
		last = l.toks[len(l.toks)-1]
	}
	p := last.Pos
	p.Offset += len(last.Value)
	p.Column += utf8.RuneCountInString(last.Value)
	return p
}

// errorf reports a problem at t.
func (l *tokenLine) errorf(t lexer.Token, hint, format string, args ...any) {
	l.c.errorf(tokenPos(t), hint, format, args...)
}

// number reads a plain number with an optional sign. When the token after
// the sign is not a number, the error points at it and gives hint.
func (l *tokenLine) number(what, hint string) (float64, bool) {
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
	return l.c.numberAt(sign+n.Value, tokenPos(t), what)
}
