package dsl

import (
	"errors"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// syntaxErrors reports err, the first syntax error of the tokens toks,
// and the independent errors after it: the statement that holds an error
// is skipped, up to the start of the next statement at the same or an
// outer level of blocks, and the rest is parsed again, until the tokens
// parse or maxErrors errors are found. Brackets balance here (scan has
// checked them), so skipping a statement with its blocks leaves the blocks
// around it whole.
func (s *source) syntaxErrors(p fileParser, toks []lexer.Token, err error) diagram.ErrorList {
	var errs diagram.ErrorList
	for err != nil && len(errs) < maxErrors {
		var perr participle.Error
		if !errors.As(err, &perr) {
			errs.Add(diagram.Pos{File: s.name, Line: 1, Col: 1}, err.Error(), "")
			break
		}
		errs = append(errs, s.syntaxError(toks, perr))
		from, to := badStatement(toks, tokenAt(toks, perr.Position().Offset))
		if to <= from {
			break
		}
		toks = append(append([]lexer.Token(nil), toks[:from]...), toks[to:]...)
		peek, lerr := lexer.Upgrade(&tokenList{toks: toks})
		if lerr != nil {
			break
		}
		_, err = parseTokens(p, s.name, peek)
	}
	return capErrors(errs)
}

// badStatement returns the tokens toks[from:to] of the statement that
// holds toks[at]: from its first token to the line end after it (or up
// to the "}" that closes its block), with the blocks it opens.
func badStatement(toks []lexer.Token, at int) (from, to int) {
	from = statementStart(toks, at)
	if toks[from].Type == tokEOL {
		from++
	}
	depth := 0
	for to = from; to < len(toks) && !toks[to].EOF(); to++ {
		t := toks[to]
		switch {
		case isPunct(t, "{"):
			depth++
		case isPunct(t, "}"):
			if depth == 0 {
				return from, to
			}
			depth--
		case t.Type == tokEOL && depth == 0 && to >= at:
			if to+1 < len(toks) && isPunct(toks[to+1], "{") {
				continue // a block on the next line still belongs to the statement
			}
			return from, to + 1
		}
	}
	return from, to
}

// tokenList is a lexer of tokens already scanned; the last is EOF.
type tokenList struct {
	toks []lexer.Token
	next int
}

// Next returns the next token, and EOF at the end.
func (l *tokenList) Next() (lexer.Token, error) {
	if l.next < len(l.toks) {
		l.next++
		return l.toks[l.next-1], nil
	}
	return l.toks[len(l.toks)-1], nil
}
