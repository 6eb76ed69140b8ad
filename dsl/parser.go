package dsl

import (
	"fmt"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// The grammar is built in parts, each on first use, so that a file pays
// only for the statements it holds: participle builds a parser by
// reflecting over the struct tags of the AST, in time and memory that grow
// with the grammar, and a process that compiles one graph would otherwise
// build the grammar of every panel kind. parser holds the top level: header
// lines, the legend and the animate block's frame. A panel statement is
// handed to parsePanel, which parses it with the part of its kind, a
// statement of the animate block to parseAnimateStmt, and a let statement
// (whose formula grammar is larger than all the rest of the top level) to
// Let.Parse. Each part parses the
// union its place in the whole grammar holds, in the same order, less the
// members that cannot match the statement's first word; so the tree, and
// where a syntax error is found, are those of the whole grammar.

// parser returns the parser of a file, built on first use (a process that
// parses nothing pays nothing for it). It is safe for concurrent use.
var parser = sync.OnceValue(func() *participle.Parser[File] {
	return participle.MustBuild[File](grammarOptions()...)
})

// parseFile parses the tokens of a file with parser.
func parseFile(peek *lexer.PeekingLexer) (*File, error) {
	return parser().ParseFromLexer(peek)
}

// letGrammar is Let without its Parse method: the grammar of a let
// statement, for its part of the grammar.
type letGrammar Let

// letParser returns the part of the grammar that parses a let statement,
// built on first use.
var letParser = sync.OnceValue(func() *participle.Parser[letGrammar] {
	return participle.MustBuild[letGrammar](grammarOptions()...)
})

// Parse parses a let statement from lex with the part of the grammar that
// holds it, as the whole grammar would: it reports no match, and leaves
// lex, when the statement does not start with let, and on an error leaves
// lex where the statement's grammar stopped.
func (l *Let) Parse(lex *lexer.PeekingLexer) error {
	if lex.Peek().Value != "let" {
		return participle.NextMatch
	}
	g, err := letParser().ParseFromLexer(lex, participle.AllowTrailing(true))
	if err != nil {
		return err
	}
	*l = Let(*g)
	return nil
}

// grammarOptions are the options of every part of the grammar.
func grammarOptions(more ...participle.Option) []participle.Option {
	return append([]participle.Option{
		participle.Lexer(definition{}),
		participle.UseLookahead(1),
		participle.ParseTypeWith(parsePanel),
		participle.ParseTypeWith(parseAnimateStmt),
	}, more...)
}

// part is a part of the grammar: the parser of one union, built on first
// use from the union's members and the options of their own statements.
type part[T any] struct {
	once    sync.Once
	members func() []T
	options func() []participle.Option
	parser  *participle.Parser[partRoot[T]]
}

// partRoot is the root of a part's grammar: one member of the union.
type partRoot[T any] struct {
	Stmt T `parser:"@@"`
}

// parse parses one member of the union from lex and leaves lex after it.
// As a union of the whole grammar does, it advances lex on an error only
// when a member failed past the lookahead. At the end of the input, where
// no member matches (every union ends with Unknown, which takes any other
// token), it reports no match.
func (p *part[T]) parse(lex *lexer.PeekingLexer) (T, error) {
	var zero T
	if lex.Peek().EOF() {
		return zero, participle.NextMatch
	}
	p.once.Do(func() {
		var opts []participle.Option
		if p.options != nil {
			opts = p.options()
		}
		p.parser = participle.MustBuild[partRoot[T]](grammarOptions(append(opts, participle.Union[T](p.members()...))...)...)
	})
	root, err := p.parser.ParseFromLexer(lex, participle.AllowTrailing(true))
	if err != nil {
		return zero, err
	}
	return root.Stmt, nil
}

// kindPanel is a panel statement within a part of the grammar: the union
// of one panel kind and Unknown. It is a type of its own because Panel
// itself stands, in every part, for parsePanel.
type kindPanel interface{ Panel }

// panelParts holds the part of every panel kind, by the keywords that
// start its statement, and the part for a statement no kind starts.
type panelParts struct {
	byKeyword map[string]*part[kindPanel]
	unknown   *part[kindPanel]
}

var panels = sync.OnceValue(func() *panelParts {
	ps := &panelParts{byKeyword: map[string]*part[kindPanel]{}}
	ps.unknown = &part[kindPanel]{members: func() []kindPanel { return []kindPanel{&Unknown{}} }}
	for _, k := range panelKinds() {
		h := k.help()
		if h == nil {
			continue
		}
		p := &part[kindPanel]{members: func() []kindPanel { return []kindPanel{k, &Unknown{}} }}
		if u, ok := k.(interface{ unions() []participle.Option }); ok {
			p.options = u.unions
		}
		for _, w := range h.keywords {
			ps.byKeyword[w] = p
		}
	}
	return ps
})

// parsePanel parses a panel statement with the part of the grammar of the
// kind its first word names, or as an Unknown statement.
func parsePanel(lex *lexer.PeekingLexer) (Panel, error) {
	ps := panels()
	p := ps.byKeyword[lex.Peek().Value]
	if p == nil || lex.Peek().Type != tokIdent {
		p = ps.unknown
	}
	return p.parse(lex)
}

var animateStmts = &part[stepOrUnknown]{
	members: func() []stepOrUnknown { return []stepOrUnknown{&Step{}, &HiddenStmt{}, &Unknown{}} },
	options: func() []participle.Option { return []participle.Option{participle.Union[ActionStmt](actionStmts()...)} },
}

// stepOrUnknown is a statement of the animate block within its part of
// the grammar.
type stepOrUnknown interface{ AnimateStmt }

// parseAnimateStmt parses a statement of the animate block.
func parseAnimateStmt(lex *lexer.PeekingLexer) (AnimateStmt, error) {
	return animateStmts.parse(lex)
}

// Parse parses a .diag file into its AST. name is used in positions. The
// error, if any, is a diagram.ErrorList: every lexical problem (characters
// outside the language, open strings, unmatched brackets, nesting deeper
// than MaxDepth), or else a formula longer than package expr accepts, or
// else the syntax errors, each rewritten to say what was expected: after
// an error, parsing resumes at the next statement of the same or an outer
// block, so every independent error is reported (at most ten).
func Parse(name string, src []byte) (*File, error) {
	return parseWith(parseFile, name, src, Limits{})
}

// ParseWithin parses like Parse, within the caps of lim.
func ParseWithin(name string, src []byte, lim Limits) (*File, error) {
	return parseWith(parseFile, name, src, lim)
}

// fileParser parses the tokens of a file into its AST.
type fileParser func(*lexer.PeekingLexer) (*File, error)

// parseWith parses like Parse with the given file parser.
func parseWith(p fileParser, name string, src []byte, lim Limits) (*File, error) {
	return parseSource(p, name, src, lim, true)
}

// parseSource parses like Parse. With habits set, it first looks for the
// habits of other tools that hide themselves (see habits): if it finds
// any, it reports them and the errors of the text with them fixed.
func parseSource(p fileParser, name string, src []byte, lim Limits, habits bool) (*File, error) {
	s := source{name: name, src: src}
	// participle's token buffer, filled from the scanner once, serves both
	// the checks below and the parser.
	sc := newScanner(src)
	sc.max = lim.maxTokens()
	peek, err := lexer.Upgrade(sc)
	if tl, ok := err.(*tokenLimitError); ok {
		s.lines = sc.lines
		return nil, diagram.ErrorList{{
			Pos:  s.offsetPos(tl.offset),
			Msg:  fmt.Sprintf("the source has more than the limit of %d tokens (names, numbers, strings, symbols and line ends)", tl.max),
			Hint: lim.hint(diagram.LimitTokens, "split the diagram into several files"),
		}}
	}
	if err != nil {
		return nil, diagram.ErrorList{{Pos: diagram.Pos{File: name, Line: 1, Col: 1}, Msg: err.Error()}}
	}
	s.lines = sc.lines
	toks := peek.Range(0, lexer.RawCursor(sc.count))
	if fixes := s.habitsIf(habits, toks, sc.comments); len(fixes) > 0 {
		var errs diagram.ErrorList
		for _, f := range fixes {
			errs = append(errs, f.err)
		}
		if _, err := parseSource(p, name, applyHabits(src, fixes), lim, false); err != nil {
			if more, ok := err.(diagram.ErrorList); ok {
				errs = append(errs, more...)
			}
		}
		return nil, capErrors(errs)
	}
	if errs := s.scan(toks); len(errs) > 0 {
		return nil, capErrors(errs)
	}
	if err := s.longFormula(toks); err != nil {
		return nil, diagram.ErrorList{err}
	}
	f, err := parseTokens(p, name, peek)
	if err != nil {
		return nil, s.syntaxErrors(p, toks, err)
	}
	f.Name = name
	f.src = s
	f.Comments = sc.comments
	attachComments(f)
	for _, st := range f.Stmts {
		if h := st.Header; h != nil && h.Keyword == "sheet" && f.Sheet == "" && len(h.Args) > 0 && h.Args[0].Ident.Value != "" {
			f.Sheet = h.Args[0].Ident.Value
		}
	}
	return f, nil
}

// parseTokens runs the participle parser. A panic inside it would be a bug
// in the grammar; it is turned into an error so that no input can crash a
// caller.
func parseTokens(p fileParser, name string, peek *lexer.PeekingLexer) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%s: internal parser error: %v", name, r)
		}
	}()
	return p(peek)
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
	start := statementStart(toks, at)
	x := &syntaxContext{src: s, toks: toks, at: at, tok: toks[at], start: start, opener: enclosingOpener(toks, start)}
	if toks[start].Type == tokIdent {
		x.word = toks[start].Value
	}
	for _, explain := range []func() *diagram.Error{x.braceOnNextLine, x.sameLine, x.otherTool, x.atStart, x.arrow, x.attribute} {
		if e := explain(); e != nil {
			return e
		}
	}
	return x.unexpected()
}

// syntaxContext is what syntaxError knows about the token participle
// stopped at.
type syntaxContext struct {
	src    *source
	toks   []lexer.Token
	at     int         // index of the offending token
	tok    lexer.Token // the offending token
	start  int         // index of the first token of its statement
	word   string      // the statement's first word, if it is an identifier
	opener string      // first word of the statement opening the block, "" at the top level
}

func (x *syntaxContext) errorAt(t lexer.Token, msg, hint string) *diagram.Error {
	return &diagram.Error{Pos: x.src.pos(tokenPos(t)), Msg: msg, Hint: hint}
}

// usage is the hint that shows how the statement is written, or "".
func (x *syntaxContext) usage() string {
	if u := statementUsage(x.toks, x.start, x.word, x.opener); u != "" {
		return "write " + u
	}
	return ""
}

// braceOnNextLine: a block's brace must be on its statement's line.
func (x *syntaxContext) braceOnNextLine() *diagram.Error {
	if x.tok.Type != tokEOL || x.tok.Value[0] == ';' {
		return nil
	}
	if next := x.toks[nextSignificant(x.toks, x.at)]; isPunct(next, "{") {
		return x.errorAt(next, "{ must be on the same line as its statement", "move { to the end of the line before")
	}
	return nil
}

// sameLine: two statements on one line, "graph g { } animate { }".
func (x *syntaxContext) sameLine() *diagram.Error {
	if x.at != x.start || x.at == 0 || x.tok.Type != tokIdent {
		return nil
	}
	if prev := x.toks[x.at-1]; !isPunct(prev, "}") {
		return nil
	}
	if allowed, _ := blockKeywords(x.opener); contains(allowed, x.tok.Value) || contains(allowed, "") {
		return x.errorAt(x.tok, describe(x.tok)+" must start a new line", "break the line before it, or separate the statements with ;")
	}
	return nil
}

// atStart: the statement's first word is the problem.
func (x *syntaxContext) atStart() *diagram.Error {
	if x.at != x.start {
		return nil
	}
	if x.tok.Type == tokIdent {
		e := x.src.unknownWord(x.tok, x.opener)
		if h := headerHint(lineWords(x.toks, x.at)); h != "" && x.opener == "" {
			e.Hint = h
		}
		return e
	}
	hint := "a statement starts with a keyword or an id"
	if u := usageIn(x.opener, ""); u != "" {
		hint = "write " + u
	}
	return x.errorAt(x.tok, "unexpected "+describe(x.tok), hint)
}

// arrow: an edge written after a node's label (a "A" -> b), or an arrow
// with no node after it.
func (x *syntaxContext) arrow() *diagram.Error {
	if x.tok.Type != tokArrow {
		return nil
	}
	if endsStatement(x.toks[x.at+1]) {
		return x.errorAt(x.tok, "missing node after "+x.tok.Value, x.usage())
	}
	if x.at-x.start >= 2 && x.word != "" && !hasArrow(x.toks[x.start:x.at]) {
		return x.errorAt(x.tok, "an edge cannot follow a node's label or attributes",
			fmt.Sprintf("declare %s on its own line, then write %s %s ...", x.word, x.word, x.tok.Value))
	}
	return nil
}

// attribute: a misspelt attribute, a -> b dashd.
func (x *syntaxContext) attribute() *diagram.Error {
	if x.tok.Type != tokIdent {
		return nil
	}
	near := closest(x.tok.Value, attributeWords, suggestEdits(x.tok.Value))
	if near == "" {
		return nil
	}
	return x.errorAt(x.tok, fmt.Sprintf("unknown attribute %q", x.tok.Value), joinHint(fmt.Sprintf("did you mean %q?", near), x.usage()))
}

// unexpected is the general case: name the token and show the usage.
func (x *syntaxContext) unexpected() *diagram.Error {
	msg := "unexpected " + describe(x.tok)
	if x.word != "" && isKeyword(x.word) {
		msg += " in " + x.word + " statement"
	}
	return x.errorAt(x.tok, msg, x.usage())
}

// unknownWord reports a statement that starts with a word the block does not
// know.
func (s *source) unknownWord(tok lexer.Token, opener string) *diagram.Error {
	pos := s.pos(tokenPos(tok))
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

// nonFinite reports whether word names a number that is not finite, which
// an author may write where values go.
func nonFinite(word string) bool {
	switch strings.ToLower(word) {
	case "nan", "inf", "infinity":
		return true
	}
	return false
}

// keywordHint suggests what to write instead of an unknown word at the start
// of a statement in the block opened by opener.
func keywordHint(word, opener string) string {
	if nonFinite(word) {
		return "a value is a finite number written plainly, such as 12 or -0.5; " + word + " is not one"
	}
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

// lineWords returns the text of the tokens from toks[at] to the end of its
// line.
func lineWords(toks []lexer.Token, at int) []string {
	var out []string
	for i := at; i < len(toks) && toks[i].Type != tokEOL && !toks[i].EOF(); i++ {
		out = append(out, toks[i].Value)
	}
	return out
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
	return t.Type == tokEOL || t.EOF() || isPunct(t, "}")
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
		if p.Type == tokEOL || isPunct(p, "{") || isPunct(p, "}") {
			break
		}
		i--
	}
	if i == at && isPunct(toks[at], "{") && at > 0 {
		// A brace that starts a statement belongs to the statement
		// before it, unless a blank line or a second separator stands
		// between them.
		if p := toks[at-1]; p.Type == tokEOL && separators(p.Value) > 1 {
			return at - 1
		}
		return statementStart(toks, at-1)
	}
	return i
}

// separators counts the newlines and semicolons of a line end.
func separators(eol string) int {
	return strings.Count(eol, "\n") + strings.Count(eol, ";")
}

// enclosingOpener returns the first word of the statement that opens the
// block holding toks[at], or "" at the top level.
func enclosingOpener(toks []lexer.Token, at int) string {
	depth := 0
	for i := at - 1; i >= 0; i-- {
		if toks[i].Type != tokBracket {
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
	case t.Type == tokEOL && t.Value[0] == ';':
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
