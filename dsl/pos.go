package dsl

import (
	"sort"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Pos is a position in a file: its byte offset plus one, so that the zero
// value, NoPos, stands for no position, as go/token.Pos does. File.Position
// expands it into a file:line:col position.
type Pos int

// NoPos is the zero Pos: no position.
const NoPos Pos = 0

// IsValid reports whether p is a position.
func (p Pos) IsValid() bool { return p != NoPos }

// Offset returns the byte offset p stands for, -1 for NoPos: the source
// text of a node n is src[n.Pos().Offset():n.End().Offset()].
func (p Pos) Offset() int { return int(p) - 1 }

// posAt returns the Pos of a byte offset.
func posAt(offset int) Pos { return Pos(offset + 1) }

// tokenPos returns the position of a token's first character.
func tokenPos(t lexer.Token) Pos { return posAt(t.Pos.Offset) }

// tokenEnd returns the position just after a token's last character.
func tokenEnd(t lexer.Token) Pos { return posAt(t.Pos.Offset + len(t.Value)) }

// Node is a node of the AST.
type Node interface {
	Pos() Pos // position of the node's first character
	End() Pos // position just after its last character
}

// Span is embedded in every node: the tokens the node covers, from its
// first to its last. The parser fills it (participle sets a field named
// Tokens); Pos and End read it.
type Span struct {
	Tokens []lexer.Token
}

// tokens returns the tokens the node covers.
func (s *Span) tokens() []lexer.Token { return s.Tokens }

// Pos returns the position of the node's first character, or NoPos for a
// node that covers no token.
func (s *Span) Pos() Pos {
	if len(s.Tokens) == 0 {
		return NoPos
	}
	return tokenPos(s.Tokens[0])
}

// End returns the position just after the node's last character, or NoPos.
func (s *Span) End() Pos {
	if len(s.Tokens) == 0 {
		return NoPos
	}
	return tokenEnd(s.Tokens[len(s.Tokens)-1])
}

// source is a file's name and text with its position table, the byte
// offset at which each line starts. It turns offsets into diagram positions
// whose columns count characters (runes), not bytes.
type source struct {
	name string
	src  []byte
	// lines holds the byte offset of each line start; the scanner fills it.
	lines []int
	// last is the most recent position computed: positions are mostly asked
	// for in increasing order, so counting runes from it keeps long lines
	// linear.
	lastOff int
	last    diagram.Pos
}

// pos expands p. An invalid p gives line 1, column 1.
func (s *source) pos(p Pos) diagram.Pos { return s.offsetPos(p.Offset()) }

// offsetPos expands a byte offset.
func (s *source) offsetPos(off int) diagram.Pos {
	off = max(0, min(off, len(s.src)))
	line := s.line(off)
	from, col := s.lines[line-1], 1
	if s.last.Line == line && s.lastOff <= off {
		from, col = s.lastOff, s.last.Col
	}
	s.lastOff = off
	s.last = diagram.Pos{File: s.name, Line: line, Col: col + utf8.RuneCount(s.src[from:off])}
	return s.last
}

// line returns the line (from 1) that holds the byte offset off.
func (s *source) line(off int) int {
	if s.lines == nil {
		s.lines = lineStarts(s.src)
	}
	return sort.SearchInts(s.lines, off+1) // lines[line-1] <= off
}

// lineStarts returns the byte offset of each line start of src.
func lineStarts(src []byte) []int {
	lines := []int{0}
	for i, b := range src {
		if b == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lines
}
