package dsl

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// plotLine reads the tokens of one statement inside a plot block. Plot
// statements carry formulas written in the expression language, which
// the diag lexer does not split the way expr does (x-1 is one diag
// identifier), so the grammar keeps each statement's tokens whole and
// plotLine cuts formulas out of the source text by offset.
type plotLine struct{ tokenLine }

func newPlotLine(c *compiler, all []lexer.Token) *plotLine {
	return &plotLine{newTokenLine(c, statementTokens(all))}
}

func isPunct(t lexer.Token, v string) bool { return t.Type == tokPunct && t.Value == v }

func isWord(t lexer.Token, v string) bool { return t.Type == tokIdent && t.Value == v }

// punct reads the punctuation v, or reports what is there instead.
func (l *plotLine) punct(v, hint string) bool {
	t := l.peek()
	if !isPunct(t, v) {
		l.errorf(t, hint, "expected %q, found %s", v, describe(t))
		return false
	}
	l.i++
	return true
}

// number reads a number with an optional sign.
func (l *plotLine) number(what string) (float64, bool) {
	return l.tokenLine.number(what, "write a plain number such as 12 or -0.5")
}

// point reads (x, y).
func (l *plotLine) point() (diagram.XY, bool) {
	const hint = "write a point as (x, y), e.g. (1.5, -2)"
	if !l.punct("(", hint) {
		return diagram.XY{}, false
	}
	x, ok := l.number("x")
	if !ok || !l.punct(",", hint) {
		return diagram.XY{}, false
	}
	y, ok := l.number("y")
	if !ok || !l.punct(")", hint) {
		return diagram.XY{}, false
	}
	return diagram.XY{X: x, Y: y}, true
}

// points reads one or more points.
func (l *plotLine) points() ([]diagram.XY, bool) {
	var out []diagram.XY
	for isPunct(l.peek(), "(") {
		p, ok := l.point()
		if !ok {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}

// formula reads the tokens of a formula up to the first token at bracket
// depth 0 that stop accepts (or the end), and returns the source text they
// span with the position of its first character.
func (l *plotLine) formula(what string, stop func(lexer.Token) bool) (diagram.Formula, []lexer.Token, bool) {
	start := l.i
	depth := 0
	for !l.done() {
		t := l.peek()
		if depth == 0 && (stop(t) || l.i > start && strayWord(l.toks[l.i-1], t)) {
			break
		}
		switch {
		case isPunct(t, "("):
			depth++
		case isPunct(t, ")"):
			depth--
		}
		l.i++
	}
	toks := l.toks[start:l.i]
	if len(toks) == 0 {
		l.errorf(l.peek(), "write a formula such as x^2 + 1", "missing %s formula", what)
		return diagram.Formula{}, nil, false
	}
	return l.span(toks), toks, true
}

// span returns the source text of toks, from the first to the last.
func (l *plotLine) span(toks []lexer.Token) diagram.Formula {
	first, last := toks[0], toks[len(toks)-1]
	src := l.c.file.src.src
	text := string(src[first.Pos.Offset : last.Pos.Offset+len(last.Value)])
	return diagram.Formula{Text: strings.TrimSpace(text), Pos: l.c.pos(first.Pos)}
}

// parseFormula checks a formula with the expression parser, reporting its
// errors where they are in the file.
func (c *compiler) parseFormula(f diagram.Formula) (*expr.Expr, bool) {
	e, err := expr.Parse(f.Text, f.Pos, expr.Options{})
	if err != nil {
		if de, ok := err.(*diagram.Error); ok {
			c.errs = append(c.errs, de)
		} else {
			c.errs.Add(f.Pos, err.Error(), "")
		}
		return nil, false
	}
	return e, true
}

// keyValue reads key=number, as in seed=7, and returns the key's token.
func (l *plotLine) keyValue() (lexer.Token, float64, bool) {
	k := l.peek()
	if k.Type != tokIdent {
		l.errorf(k, "write settings as key=value, like seed=7", "expected a setting, found %s", describe(k))
		return k, 0, false
	}
	l.i++
	if !l.punct("=", "write settings as key=value, like "+k.Value+"=3") {
		return k, 0, false
	}
	v, ok := l.number(k.Value)
	return k, v, ok
}

// wholeNumber checks that v is a whole number in [lo, hi].
func (l *plotLine) wholeNumber(t lexer.Token, v float64, lo, hi int) (int, bool) {
	if v != float64(int(v)) || v < float64(lo) || v > float64(hi) {
		l.errorf(t, "write a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi), "%s must be a whole number from %d to %d", t.Value, lo, hi)
		return 0, false
	}
	return int(v), true
}

// errorAt records an error at a diagram position, for places inside a
// formula.
func (c *compiler) errorAt(p diagram.Pos, hint, format string, args ...any) {
	c.errs.Add(p, fmt.Sprintf(format, args...), hint)
}
