package dsl

import (
	"errors"
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// parser is built once; participle parsers are safe for concurrent use.
var parser = participle.MustBuild[File](
	participle.Lexer(lexDef),
	participle.Elide(elidedTokTypes...),
	participle.Union[Panel](panelKinds()...),
	participle.UseLookahead(1),
)

// Parse parses a .diag file into its AST. name is used in positions. The
// error, if any, is a diagram.ErrorList: every lexical problem (characters
// outside the language, open strings, unmatched brackets, nesting deeper
// than MaxDepth) or else the first syntax error, rewritten to say what was
// expected.
func Parse(name string, src []byte) (*File, error) {
	s := source{name: name, src: src}
	toks := s.tokens()
	if errs := s.scan(toks); len(errs) > 0 {
		return nil, capErrors(errs)
	}
	f, err := parseTokens(name, toks)
	if err != nil {
		var perr participle.Error
		if !errors.As(err, &perr) {
			return nil, diagram.ErrorList{{Pos: diagram.Pos{File: name, Line: 1, Col: 1}, Msg: err.Error()}}
		}
		return nil, diagram.ErrorList{s.syntaxError(toks, perr)}
	}
	f.Name = name
	f.src = s
	for _, st := range f.Stmts {
		if h := st.Header; h != nil && h.Keyword == "sheet" && f.Sheet == "" && len(h.Args) > 0 && h.Args[0].Ident != nil {
			f.Sheet = h.Args[0].Ident.Name
		}
	}
	return f, nil
}

// parseTokens runs the participle parser. A panic inside it would be a bug
// in the grammar; it is turned into an error so that no input can crash a
// caller.
func parseTokens(name string, toks []lexer.Token) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%s: internal parser error: %v", name, r)
		}
	}()
	peek, err := lexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	return parser.ParseFromLexer(peek)
}

// sliceLexer replays tokens lexed once already, so that scan and the parser
// share one pass of the lexer.
type sliceLexer struct {
	toks []lexer.Token
	next int
}

// Next returns the next token; the last one is EOF.
func (l *sliceLexer) Next() (lexer.Token, error) {
	t := l.toks[min(l.next, len(l.toks)-1)]
	l.next++
	return t, nil
}

// maxErrors is how many errors a run reports, like go/parser.
const maxErrors = 10

// capErrors sorts errs and keeps the first maxErrors.
func capErrors(errs diagram.ErrorList) diagram.ErrorList {
	errs.Sort()
	if len(errs) > maxErrors {
		errs = errs[:maxErrors]
	}
	return errs
}

// syntaxError rewrites participle's error into one that names what is wrong
// in the words of the language, with the statement's usage as the hint.
func (s *source) syntaxError(toks []lexer.Token, perr participle.Error) *diagram.Error {
	at := tokenAt(toks, perr.Position().Offset)
	tok := toks[at]
	start := statementStart(toks, at)
	word := ""
	if toks[start].Type == tokIdent {
		word = toks[start].Value
	}
	opener := enclosingOpener(toks, start)
	pos := s.pos(tok.Pos)

	// A block's brace must be on its statement's line.
	if tok.Type == tokEOL && tok.Value != ";" {
		if next := nextSignificant(toks, at); toks[next].Value == "{" && toks[next].Type == tokPunct {
			return &diagram.Error{Pos: s.pos(toks[next].Pos), Msg: "{ must be on the same line as its statement",
				Hint: "move { to the end of the line before"}
		}
	}
	// Two statements on one line: "graph g { } animate { }".
	if at == start && at > 0 && toks[at-1].Value == "}" && toks[at-1].Type == tokPunct && tok.Type == tokIdent {
		if allowed, _ := blockKeywords(opener); contains(allowed, tok.Value) || contains(allowed, "") {
			return &diagram.Error{Pos: pos, Msg: fmt.Sprintf("%s must start a new line", describe(tok)),
				Hint: "break the line before it, or separate the statements with ;"}
		}
	}
	// The statement's first word is the problem.
	if at == start {
		if tok.Type == tokIdent {
			return s.unknownWord(tok, opener)
		}
		hint := "a statement starts with a keyword or an id"
		if u := usageIn(opener, ""); u != "" {
			hint = "write " + u
		}
		return &diagram.Error{Pos: pos, Msg: "unexpected " + describe(tok), Hint: hint}
	}
	// An arrow after a node declaration: a "A" -> b.
	if tok.Type == tokArrow && at-start >= 2 && toks[start].Type == tokIdent && !hasArrow(toks[start:at]) && !endsStatement(toks[at+1]) {
		return &diagram.Error{Pos: pos, Msg: "an edge cannot follow a node's label or attributes",
			Hint: fmt.Sprintf("declare %s on its own line, then write %s %s ...", toks[start].Value, toks[start].Value, tok.Value)}
	}
	// An arrow with nothing after it.
	if tok.Type == tokArrow {
		if endsStatement(toks[at+1]) {
			return &diagram.Error{Pos: pos, Msg: "missing node after " + tok.Value,
				Hint: "write " + statementUsage(toks, start, word, opener)}
		}
	}
	hint := ""
	if u := statementUsage(toks, start, word, opener); u != "" {
		hint = "write " + u
	}
	// A misspelt attribute: a -> b dashd.
	if tok.Type == tokIdent {
		if near := closest(tok.Value, attributeWords, suggestEdits(tok.Value)); near != "" {
			return &diagram.Error{Pos: pos, Msg: fmt.Sprintf("unknown attribute %q", tok.Value),
				Hint: joinHint(fmt.Sprintf("did you mean %q?", near), hint)}
		}
	}
	msg := "unexpected " + describe(tok)
	if word != "" && isKeyword(word) {
		msg += " in " + word + " statement"
	}
	return &diagram.Error{Pos: pos, Msg: msg, Hint: hint}
}

// unknownWord reports a statement that starts with a word the block does not
// know.
func (s *source) unknownWord(tok lexer.Token, opener string) *diagram.Error {
	pos := s.pos(tok.Pos)
	allowed, _ := blockKeywords(opener)
	if contains(allowed, tok.Value) {
		hint := ""
		if u := usageOf(tok.Value); u != "" {
			hint = "write " + u
		}
		return &diagram.Error{Pos: pos, Msg: fmt.Sprintf("incomplete %s statement", tok.Value), Hint: hint}
	}
	return &diagram.Error{Pos: pos, Msg: fmt.Sprintf("unknown keyword %q", tok.Value), Hint: keywordHint(tok.Value, opener)}
}

// keywordHint suggests what to write instead of an unknown word at the start
// of a statement in the block opened by opener.
func keywordHint(word, opener string) string {
	allowed, _ := blockKeywords(opener)
	if isKeyword(word) {
		if where := whereAllowed(word); where != "" {
			return fmt.Sprintf("%s belongs %s", word, where)
		}
	}
	if dym := didYouMean(word, allowed); dym != "" {
		return dym
	}
	if len(allowed) == 0 {
		return ""
	}
	return "expected " + quoteList(allowed)
}

// statementUsage returns how the statement that starts at toks[start] is
// written.
func statementUsage(toks []lexer.Token, start int, word, opener string) string {
	allowed, _ := blockKeywords(opener)
	if word != "" && (contains(allowed, word) || opener == "" && isKeyword(word)) {
		return usageOf(word)
	}
	if !contains(allowed, "") {
		return usageOf(word)
	}
	// A statement that starts with an id: an edge if it has an arrow.
	for i := start; i < len(toks) && toks[i].Type != tokEOL && !toks[i].EOF(); i++ {
		if toks[i].Type == tokArrow {
			return usageIn(opener, "->")
		}
	}
	return usageIn(opener, "")
}

// hasArrow reports whether toks holds an arrow.
func hasArrow(toks []lexer.Token) bool {
	for _, t := range toks {
		if t.Type == tokArrow {
			return true
		}
	}
	return false
}

// endsStatement reports whether t ends a statement: an end of line, the end
// of the file or a closing brace.
func endsStatement(t lexer.Token) bool {
	return t.Type == tokEOL || t.EOF() || t.Type == tokPunct && t.Value == "}"
}

// tokenAt returns the index of the first token at or after offset.
func tokenAt(toks []lexer.Token, offset int) int {
	for i, t := range toks {
		if t.Pos.Offset >= offset || t.EOF() {
			return i
		}
	}
	return len(toks) - 1
}

// statementStart returns the index of the first token of the statement that
// holds toks[at].
func statementStart(toks []lexer.Token, at int) int {
	i := at
	for i > 0 {
		p := toks[i-1]
		if p.Type == tokEOL || p.Type == tokPunct && (p.Value == "{" || p.Value == "}") {
			break
		}
		i--
	}
	if i == at && toks[at].Type == tokPunct && toks[at].Value == "{" && at > 0 {
		return statementStart(toks, at-1)
	}
	return i
}

// enclosingOpener returns the first word of the statement that opens the
// block holding toks[at], or "" at the top level.
func enclosingOpener(toks []lexer.Token, at int) string {
	depth := 0
	for i := at - 1; i >= 0; i-- {
		if toks[i].Type != tokPunct {
			continue
		}
		switch toks[i].Value {
		case "}":
			depth++
		case "{":
			if depth == 0 {
				st := statementStart(toks, i)
				if toks[st].Type == tokIdent {
					return toks[st].Value
				}
				return "?"
			}
			depth--
		}
	}
	return ""
}

// nextSignificant returns the index of the first token after at that is not
// an end of line.
func nextSignificant(toks []lexer.Token, at int) int {
	i := at + 1
	for i < len(toks)-1 && toks[i].Type == tokEOL {
		i++
	}
	return min(i, len(toks)-1)
}

// describe names a token in a message.
func describe(t lexer.Token) string {
	switch {
	case t.EOF():
		return "end of file"
	case t.Type == tokEOL && t.Value == ";":
		return `";"`
	case t.Type == tokEOL:
		return "end of line"
	case t.Type == tokString:
		v := t.Value
		if r := []rune(v); len(r) > 24 {
			v = string(r[:20]) + `..."`
		}
		return "string " + v
	case t.Type == tokNumber:
		return "number " + t.Value
	}
	return fmt.Sprintf("%q", strings.TrimSpace(t.Value))
}
