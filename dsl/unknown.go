package dsl

import (
	"github.com/aiprep/diag/diagram"
)

// help of Unknown is empty: it stands for no statement.
func (*Unknown) help() *help { return nil }

// compile reports the statement as unknown in a container.
func (u *Unknown) compile(c *compiler) diagram.Panel {
	u.report(c, "row")
	return nil
}

// report records an error for a statement that no rule recognised, in the
// block opened by opener ("" at the top level).
func (u *Unknown) report(c *compiler, opener string) {
	word := u.Words[0]
	allowed, _ := blockKeywords(opener)
	switch {
	case contains(allowed, word):
		c.errorf(u.Pos(), "write "+usageOf(word), "incomplete %s statement", word)
	case len(u.Words) > 1 && contains([]string{"->", "<-", "<->", "--"}, u.Words[1]):
		c.errorf(u.Pos(), edgeHint(u.Words), "an edge must be inside a graph")
	case whereAllowed(word) != "":
		c.errorf(u.Pos(), word+" belongs "+whereAllowed(word), "%s is not allowed here", word)
	case len(word) > 0 && word[0] == '"':
		c.errorf(u.Pos(), "a statement starts with a keyword, like title \"text\"", "unexpected string %s", word)
	case len(word) > 0 && (word[0] < 'A' || word[0] > 'z'):
		c.errorf(u.Pos(), "a statement starts with a keyword", "unexpected %q", word)
	case opener == "" && headerHint(u.Words) != "":
		c.errorf(u.Pos(), headerHint(u.Words), "unknown keyword %q", word)
	default:
		c.errorf(u.Pos(), keywordHint(word, opener), "unknown keyword %q", word)
	}
}
