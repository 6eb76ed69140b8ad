package dsl

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

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
	return diagram.Formula{Text: strings.TrimSpace(text), Pos: l.c.pos(tokenPos(first))}
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

// longFormula finds the first formula of a plot statement longer than
// expr.DefaultMaxLen characters and returns the error the expression
// parser gives for it, or nil. Parse calls it before the grammar runs,
// since the grammar spends microseconds and about a kilobyte on every
// token: a formula of a few hundred kilobytes would cost seconds before
// its length was ever checked. The formula is found as the plot compiler
// finds it: after "y =", "z =" or "x =" (curve, points linspace, contour,
// rule) or after the head of a region, up to an option, a string or a
// word the expression language does not know.
func (s *source) longFormula(toks []lexer.Token) *diagram.Error {
	var blocks []bool // for each open "{": is it a plot block?
	start := 0        // first token of the current statement
	for i, t := range toks {
		switch {
		case t.Type == tokPunct && t.Value == "{":
			blocks = append(blocks, isWord(toks[start], "plot"))
			start = i + 1
		case t.Type == tokPunct && t.Value == "}":
			if len(blocks) > 0 {
				blocks = blocks[:len(blocks)-1]
			}
			start = i + 1
		case t.Type == tokEOL || t.EOF():
			if len(blocks) > 0 && blocks[len(blocks)-1] && i > start {
				if err := s.statementFormula(toks[start:i]); err != nil {
					return err
				}
			}
			start = i + 1
		}
	}
	return nil
}

// statementFormula checks the length of the formula of one plot statement.
func (s *source) statementFormula(st []lexer.Token) *diagram.Error {
	from := -1
	switch {
	case isWord(st[0], "region"):
		from = 1
		if len(st) > 2 && st[1].Type == tokIdent && isPunct(st[2], ":") {
			from = 3
		}
	case isWord(st[0], "curve"), isWord(st[0], "points"), isWord(st[0], "contour"), isWord(st[0], "rule"):
		for i := 1; i < len(st); i++ {
			if isPunct(st[i], "=") && (isWord(st[i-1], "x") || isWord(st[i-1], "y") || isWord(st[i-1], "z")) {
				from = i + 1
				break
			}
		}
	}
	if from < 0 || from >= len(st) {
		return nil
	}
	to, depth := from, 0
	for ; to < len(st); to++ {
		t := st[to]
		if depth == 0 && (stopAtOption(t) || to > from && strayWord(st[to-1], t)) {
			break
		}
		switch {
		case isPunct(t, "("):
			depth++
		case isPunct(t, ")"):
			depth--
		}
	}
	if to == from {
		return nil
	}
	first, last := st[from], st[to-1]
	text := string(s.src[first.Pos.Offset : last.Pos.Offset+len(last.Value)])
	if utf8.RuneCountInString(text) <= expr.DefaultMaxLen {
		return nil
	}
	// The expression parser checks the length first, so this costs no
	// more than counting.
	pos := s.pos(tokenPos(first))
	_, err := expr.Parse(strings.TrimSpace(text), pos, expr.Options{})
	if de, ok := err.(*diagram.Error); ok {
		return de
	}
	return &diagram.Error{Pos: pos, Msg: fmt.Sprintf("formula is longer than %d characters", expr.DefaultMaxLen), Hint: "shorten the formula"}
}
