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
