package dsl

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// The token types of the language. The scanner drops spaces and comments;
// OpenString and Invalid tokens are reported by Parse before parsing, so the
// grammar only ever sees the others.
const tokEOF = lexer.EOF

const (
	tokEOL        lexer.TokenType = iota + 1 // a run of newlines and ";"
	tokString                                // "text", escapes included
	tokOpenString                            // a string that does not close on its line
	tokArrow                                 // <-> -> <- --
	tokRange                                 // ..
	tokNumber                                // 12, 1.5, .5, with an optional unit: 2s, 500ms, 10%
	tokIdent                                 // a, a_1, bias-variance, descent.marker
	tokBracket                               // one of {}()[]
	tokPunct                                 // one of ,:=+-*/^<>|!%
	tokInvalid                               // any other character
	tokComment                               // # to the end of the line
	tokSpace                                 // blanks other than newlines
)

// tokenNames names the token types for the grammar.
var tokenNames = map[string]lexer.TokenType{
	"EOF": tokEOF, "EOL": tokEOL, "String": tokString, "OpenString": tokOpenString,
	"Arrow": tokArrow, "Range": tokRange, "Number": tokNumber, "Ident": tokIdent,
	"Bracket": tokBracket, "Punct": tokPunct, "Invalid": tokInvalid, "Comment": tokComment, "Space": tokSpace,
}

// definition is the language's lexer as participle sees it: the token types
// by name, and a scanner over a text.
type definition struct{}

// Symbols returns the token types by name.
func (definition) Symbols() map[string]lexer.TokenType { return tokenNames }

// Lex reads r and scans it.
func (definition) Lex(name string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return newScanner(src), nil
}

// LexBytes scans src.
func (definition) LexBytes(name string, src []byte) (lexer.Lexer, error) {
	return newScanner(src), nil
}

// LexString scans src.
func (definition) LexString(name, src string) (lexer.Lexer, error) {
	return newScanner([]byte(src)), nil
}

// scanner is the hand-written lexer of the language: one pass over the
// bytes, never failing (characters outside the language become Invalid
// tokens). The rules it follows, in order, first match wins:
//
//	Comment     #[^\n]*
//	EOL         \r?\n|;
//	Space       [ \t\r\f\v\x{FEFF}]+        (U+FEFF: a byte order mark)
//	String      "(\\[^\n]|[^"\\\n])*"
//	OpenString  "[^\n]*
//	Arrow       <->|->|<-|--
//	Range       \.\.
//	Number      (\d+(\.\d+)?|\.\d+)([A-Za-z%][A-Za-z0-9%]*)?
//	Ident       [A-Za-z_][A-Za-z0-9_]*([.\-][A-Za-z0-9_]+)*
//	Bracket     [{}()\[\]]
//	Punct       [,:=+\-*/^<>|!%]
//	Invalid     .
//
// The tests hold it to a lexer built from these rules as regular
// expressions. A token's position is its byte offset alone; the scanner
// records where each line starts, and the File turns offsets into lines
// and columns when a position is printed.
type scanner struct {
	src  []byte
	text string // one copy of src, which every token's value slices
	off  int
	// lines holds the byte offset of each line start seen so far.
	lines []int
	// count is the number of tokens returned so far, EOF included.
	count int
	// max is the most tokens the scanner returns before EOF; past it,
	// Next fails with a *tokenLimitError. Zero means no cap.
	max int
	// comments are the comments seen so far, in groups; codeLine is the
	// line of the last token returned.
	comments []*CommentGroup
	codeLine int
}

func newScanner(src []byte) *scanner {
	return &scanner{src: src, text: string(src), lines: []int{0}}
}

// Next returns the next token, skipping spaces and comments; after the last
// it returns EOF, again and again.
func (s *scanner) Next() (lexer.Token, error) {
	for s.off < len(s.src) {
		start := s.off
		typ, n := scanOne(s.src, start)
		s.off += n
		line := len(s.lines)
		switch typ {
		case tokSpace:
			continue
		case tokComment:
			s.addComment(start, s.text[start:s.off], line, s.codeLine == line)
			continue
		case tokEOL:
			if s.max > 0 && s.count >= s.max {
				return lexer.Token{}, &tokenLimitError{offset: start, max: s.max}
			}
			s.codeLine = line
			s.eolRun()
			s.count++
			return lexer.Token{Type: typ, Value: s.text[start:s.off], Pos: lexer.Position{Offset: start}}, nil
		}
		if s.max > 0 && s.count >= s.max {
			return lexer.Token{}, &tokenLimitError{offset: start, max: s.max}
		}
		s.codeLine = line
		s.count++
		return lexer.Token{Type: typ, Value: s.text[start:s.off], Pos: lexer.Position{Offset: start}}, nil
	}
	s.count++
	return lexer.Token{Type: tokEOF, Pos: lexer.Position{Offset: len(s.src)}}, nil
}

// tokenLimitError is the error of a scanner that met a token past its
// cap, at byte offset offset.
type tokenLimitError struct{ offset, max int }

func (e *tokenLimitError) Error() string {
	return fmt.Sprintf("the source has more than %d tokens", e.max)
}

// eolRun extends the line end just read over the line ends, spaces and
// comments that follow it, so that blank lines, comment lines and ";;"
// make one EOL token. The token's value runs from its first separator to
// its last: describe names it by the first, and a token after it is the
// first of its line when the last is a newline. Spaces and comments after
// the last separator are left to Next.
func (s *scanner) eolRun() {
	if s.src[s.off-1] == '\n' {
		s.lines = append(s.lines, s.off)
	}
	end := s.off
	var pending [][2]int // comments seen since the last separator
	for s.off < len(s.src) {
		typ, n := scanOne(s.src, s.off)
		if typ == tokEOL {
			for _, c := range pending {
				line := len(s.lines)
				s.addComment(c[0], s.text[c[0]:c[1]], line, s.codeLine == line)
			}
			pending = pending[:0]
			if s.src[s.off+n-1] == '\n' {
				s.lines = append(s.lines, s.off+n)
			}
			end = s.off + n
		} else if typ == tokComment {
			pending = append(pending, [2]int{s.off, s.off + n})
		} else if typ != tokSpace {
			break
		}
		s.off += n
	}
	s.off = end
}

// scanOne returns the type and byte length of the token at src[i:]. The
// cases follow the order of the rules (see scanner): the first rule that matches
// wins, and each consumes what its pattern would.
func scanOne(src []byte, i int) (lexer.TokenType, int) {
	c := src[i]
	switch {
	case c == '#': // Comment: #[^\n]*
		return tokComment, lineEnd(src, i) - i
	case c == '\n' || c == ';': // EOL: \r?\n|;
		return tokEOL, 1
	case c == '\r' && i+1 < len(src) && src[i+1] == '\n':
		return tokEOL, 2
	}
	if n := spaceRun(src, i); n > 0 { // Space: [ \t\r\f\v\x{FEFF}]+
		return tokSpace, n
	}
	switch {
	case c == '"':
		if n := closedString(src, i); n > 0 { // String
			return tokString, n
		}
		return tokOpenString, lineEnd(src, i) - i // OpenString: "[^\n]*
	case c == '<' && hasPrefix(src, i, "<->"): // Arrow: <->|->|<-|--
		return tokArrow, 3
	case c == '<' && hasPrefix(src, i, "<-"),
		c == '-' && (hasPrefix(src, i, "->") || hasPrefix(src, i, "--")):
		return tokArrow, 2
	case c == '.' && hasPrefix(src, i, ".."): // Range
		return tokRange, 2
	}
	if n := number(src, i); n > 0 {
		return tokNumber, n
	}
	if n := ident(src, i); n > 0 {
		return tokIdent, n
	}
	switch c {
	case '{', '}', '(', ')', '[', ']': // Bracket
		return tokBracket, 1
	case ',', ':', '=', '+', '-', '*', '/', '^', '<', '>', '|', '!', '%': // Punct
		return tokPunct, 1
	}
	// Invalid: any one character (or one byte that is not UTF-8).
	_, n := utf8.DecodeRune(src[i:])
	return tokInvalid, n
}

// lineEnd is the index of the next newline at or after i, or len(src).
func lineEnd(src []byte, i int) int {
	for ; i < len(src); i++ {
		if src[i] == '\n' {
			return i
		}
	}
	return i
}

func hasPrefix(src []byte, i int, p string) bool {
	return len(src)-i >= len(p) && string(src[i:i+len(p)]) == p
}

// spaceRun is the length of the run of blanks at i: space, tab, CR, form
// feed, vertical tab and the byte order mark U+FEFF.
func spaceRun(src []byte, i int) int {
	j := i
	for j < len(src) {
		switch src[j] {
		case ' ', '\t', '\r', '\f', '\v':
			j++
			continue
		}
		if hasPrefix(src, j, "\uFEFF") {
			j += 3
			continue
		}
		break
	}
	return j - i
}

// closedString is the length of the string literal "(\\[^\n]|[^"\\\n])*" at
// i, or 0 when it does not close on its line.
func closedString(src []byte, i int) int {
	j := i + 1
	for j < len(src) {
		switch c := src[j]; c {
		case '"':
			return j + 1 - i
		case '\n':
			return 0
		case '\\':
			if j+1 >= len(src) || src[j+1] == '\n' {
				return 0
			}
			_, n := utf8.DecodeRune(src[j+1:])
			j += 1 + n
		default:
			_, n := utf8.DecodeRune(src[j:])
			j += n
		}
	}
	return 0
}

func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isLetter(c byte) bool   { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// number is the length of (\d+(\.\d+)?|\.\d+)([A-Za-z%][A-Za-z0-9%]*)? at
// i, or 0.
func number(src []byte, i int) int {
	j := i
	digits := func() {
		for j < len(src) && isDigit(src[j]) {
			j++
		}
	}
	switch {
	case isDigit(src[j]):
		digits()
		if j+1 < len(src) && src[j] == '.' && isDigit(src[j+1]) {
			j++
			digits()
		}
	case src[j] == '.' && j+1 < len(src) && isDigit(src[j+1]):
		j++
		digits()
	default:
		return 0
	}
	if j < len(src) && (isLetter(src[j]) || src[j] == '%') {
		j++
		for j < len(src) && (isLetter(src[j]) || isDigit(src[j]) || src[j] == '%') {
			j++
		}
	}
	return j - i
}

// ident is the length of [A-Za-z_][A-Za-z0-9_]*([.\-][A-Za-z0-9_]+)* at i,
// or 0.
func ident(src []byte, i int) int {
	if !isLetter(src[i]) && src[i] != '_' {
		return 0
	}
	j := i + 1
	for j < len(src) && isWordByte(src[j]) {
		j++
	}
	for j+1 < len(src) && (src[j] == '.' || src[j] == '-') && isWordByte(src[j+1]) {
		j += 2
		for j < len(src) && isWordByte(src[j]) {
			j++
		}
	}
	return j - i
}
