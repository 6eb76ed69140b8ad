package dsl

import (
	"sort"

	"github.com/alecthomas/participle/v2/lexer"
)

// cellLine reads the tokens of one statement of a matrix or note block (or
// of its header): a first word and the tokens after it.
type cellLine struct{ tokenLine }

func newCellLine(c *compiler, all []lexer.Token) *cellLine {
	return &cellLine{newTokenLine(c, statementTokens(all))}
}

// str decodes the string token at the cursor and moves past it.
func (l *cellLine) str() string {
	t := l.peek()
	l.i++
	return l.c.strAt(t.Value, tokenPos(t))
}

// sortedNames returns s sorted, for hints that list names.
func sortedNames(s []string) []string {
	sort.Strings(s)
	return s
}

// tokenString is the string node of a string token.
func tokenString(t lexer.Token) *String {
	return &String{Span: Span{Tokens: []lexer.Token{t}}, Raw: t.Value}
}
