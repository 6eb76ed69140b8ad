package dsl

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// Formulas are a language of their own, owned by package expr (which Go
// programs that build plots by hand use too). The grammar decides only
// where a formula of a plot statement starts and ends; Compile hands the
// source text from its first token to its last to expr.Parse.
//
// A formula starts after "y =", "z =" or "x =" (or after a region's id) and
// ends, outside parentheses, at the end of its line, at a string, at an
// option word (optionWords), or at a word that is no name of the expression
// language (formulaWords) right after an operand: colour in
// "y = x colour good" starts the options, where Compile reports it.
// Inside parentheses anything up to the closing one belongs to the formula.
// A ")" with no "(" before it on its line takes the rest of the line into
// the formula, for expr to report. In grammar terms, with Op a punctuation
// mark, an arrow or "..", Operand a number, a group or a word other than an
// option word, Name a number, a group or a name of formulaWords, and Rest
// a ")" and the rest of the line:
//
//	Formula = Op+ ( Operand Tail* | Rest )? | Operand Tail* | Rest
//	Tail    = Op+ ( Operand | Rest )? | Name | Rest
//	Group   = "(" ( any token but "(", ")", a line end or a brace | Group )* ")"?

// Formula is a formula of a plot statement, kept as the tokens it spans
// (see above); Groups are its parenthesised parts.
type Formula struct {
	Span
	Groups []*FormulaGroup `parser:"( ( Punct | Arrow | Range )+ ( ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) ( ( Punct | Arrow | Range )+ ( ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) | ( ')' ~( EOL | '{' | '}' )* ) )? | Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | ( ')' ~( EOL | '{' | '}' )* ) )* | ( ')' ~( EOL | '{' | '}' )* ) )? | ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) ( ( Punct | Arrow | Range )+ ( ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) | ( ')' ~( EOL | '{' | '}' )* ) )? | Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | ( ')' ~( EOL | '{' | '}' )* ) )* | ( ')' ~( EOL | '{' | '}' )* ) )"`
}

// Side is the left side of a region's inequality: a Formula that also ends
// at < or > outside parentheses.
type Side struct {
	Span
	Groups []*FormulaGroup `parser:"( ( (?! '<' | '>') Punct | Arrow | Range )+ ( ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) ( ( (?! '<' | '>') Punct | Arrow | Range )+ ( ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) | ( ')' ~( EOL | '{' | '}' )* ) )? | Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | ( ')' ~( EOL | '{' | '}' )* ) )* | ( ')' ~( EOL | '{' | '}' )* ) )? | ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) ( ( (?! '<' | '>') Punct | Arrow | Range )+ ( ( Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | (?! 'tone' | 'dashed' | 'arrow' | 'centers' | 'marker' | 'at' | 'from') Ident ) | ( ')' ~( EOL | '{' | '}' )* ) )? | Number | @@ | ( 'x' | 'y' | 'pi' | 'e' | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'min' | 'max' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu' | 'softplus' | 'gelu' | 'clamp' | 'if' ) | ( ')' ~( EOL | '{' | '}' )* ) )* | ( ')' ~( EOL | '{' | '}' )* ) )"`
}

// FormulaGroup is a parenthesised part of a formula. The line may end
// before its closing parenthesis; expr reports that.
type FormulaGroup struct {
	Span
	Groups []*FormulaGroup `parser:"'(' ( Ident | Number | Punct | @@ | String | Arrow | Range | '[' | ']' )* ')'?"`
}

// optionWords are the words options start with; a formula ends before one.
// The Formula grammar lists them too.
var optionWords = []string{"tone", "dashed", "arrow", "centers", "marker", "at", "from"}

// formulaWords are the names a formula may use: the variables, the
// constants and the functions of package expr. The Formula grammar lists
// them too.
var formulaWords = append([]string{"x", "y", "pi", "e"}, expr.Functions()...)

// parseFormula checks a formula with the expression parser, reporting its
// errors where they are in the file.
func (c *compiler) parseFormula(f diagram.Formula) (*expr.Expr, bool) {
	e, err := expr.Parse(f.Text, f.Pos, expr.Options{Consts: c.consts, Sets: c.sets})
	if err != nil {
		c.reportFormula(f, err)
		return nil, false
	}
	return e, true
}

// reportFormula records the error the expression parser gave for f.
func (c *compiler) reportFormula(f diagram.Formula, err error) {
	if de, ok := err.(*diagram.Error); ok {
		c.errs = append(c.errs, de)
	} else {
		c.errs.Add(f.Pos, err.Error(), "")
	}
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
// its length was ever checked. It finds the formula on the tokens as the
// grammar does (see Formula; a test holds the two to the same extent):
// after "y =", "z =" or "x =" (curve, points linspace, contour, rule),
// after the head of a region or after "let NAME =" at the top level, up to an option, a string or a word the
// expression language does not know.
func (s *source) longFormula(toks []lexer.Token) *diagram.Error {
	var blocks []bool // for each open "{": is it a plot block?
	start := 0        // first token of the current statement
	for i, t := range toks {
		switch {
		case isPunct(t, "{"):
			blocks = append(blocks, isWord(toks[start], "plot"))
			start = i + 1
		case isPunct(t, "}"):
			if len(blocks) > 0 {
				blocks = blocks[:len(blocks)-1]
			}
			start = i + 1
		case t.Type == tokEOL || t.EOF():
			inPlot := len(blocks) > 0 && blocks[len(blocks)-1]
			topLet := len(blocks) == 0 && i > start && isWord(toks[start], "let")
			if (inPlot || topLet) && i > start {
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
	from, to := formulaExtent(st)
	if from < 0 {
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

// formulaExtent returns the indexes of the first token of the formula of
// the plot statement st and of the token just after it, or -1, -1. A
// region's formula is its whole inequality.
func formulaExtent(st []lexer.Token) (from, to int) {
	from = -1
	switch {
	case isWord(st[0], "region"):
		from = 1
		if len(st) > 2 && st[1].Type == tokIdent && isPunct(st[2], ":") {
			from = 3
		}
	case isWord(st[0], "let"):
		if len(st) > 2 && st[1].Type == tokIdent && isPunct(st[2], "=") {
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
		return -1, -1
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
		return -1, -1
	}
	return from, to
}

// stopAtOption reports whether t ends a formula outside parentheses: a
// string or an option word.
func stopAtOption(t lexer.Token) bool {
	return t.Type == tokString || t.Type == tokIdent && contains(optionWords, t.Value)
}

// strayWord reports whether t, coming after prev, cannot continue a
// formula: a word that is no name of the expression language right after
// an operand.
func strayWord(prev, t lexer.Token) bool {
	operandEnd := prev.Type == tokNumber || prev.Type == tokIdent || isPunct(prev, ")")
	return operandEnd && t.Type == tokIdent && !contains(formulaWords, t.Value)
}

// isPunct reports whether t is the punctuation or bracket v.
func isPunct(t lexer.Token, v string) bool {
	return (t.Type == tokPunct || t.Type == tokBracket) && t.Value == v
}

func isWord(t lexer.Token, v string) bool { return t.Type == tokIdent && t.Value == v }
