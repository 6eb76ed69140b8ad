package dsl

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// MaxDepth is the deepest nesting of blocks and parentheses a file may use.
// Deeper input is rejected with a positioned error before parsing, so that no
// input can exhaust the parser's stack.
const MaxDepth = 64

// opener is an open bracket waiting for its partner.
type opener struct {
	tok    lexer.Token
	indent int // indentation of the line it is on, in runes
}

// scan checks what the grammar cannot explain well: characters outside the
// language, strings left open, brackets that do not match, and nesting
// deeper than MaxDepth. It returns every such problem, sorted.
func (s *source) scan(toks []lexer.Token) diagram.ErrorList {
	var errs diagram.ErrorList
	if off := invalidUTF8(s.src); off >= 0 {
		errs.Add(s.offsetPos(off), "text is not valid UTF-8", "save the file as UTF-8")
		return errs
	}
	guess := !bracketsBalance(toks)
	var stack []opener
	for i, t := range toks {
		switch t.Type {
		case tokString:
			if off, r := controlChar(t.Value); off >= 0 {
				errs.Add(s.offsetPos(t.Pos.Offset+off), fmt.Sprintf("control character %U in string", r), `remove it; write \n for a line break or \t for a tab`)
			}
		case tokInvalid:
			errs.Add(s.offsetPos(t.Pos.Offset), fmt.Sprintf("unexpected character %q", t.Value), invalidHint(t.Value))
		case tokOpenString:
			errs.Add(s.offsetPos(t.Pos.Offset), "string not closed", `end the string with " on the same line (write \" for a quote inside it)`)
		case tokBracket:
			switch t.Value {
			case "{", "(", "[":
				if len(stack) >= MaxDepth {
					errs.Add(s.offsetPos(t.Pos.Offset), fmt.Sprintf("blocks nested deeper than %d levels", MaxDepth),
						fmt.Sprintf("the limit is %d nested blocks and parentheses; flatten the structure", MaxDepth))
					errs.Sort()
					return errs
				}
				stack = append(stack, opener{tok: t, indent: s.indent(t.Pos.Offset)})
			case "}", ")", "]":
				stack = s.close(stack, toks, i, guess, &errs)
			}
		}
	}
	for _, o := range stack {
		errs.Add(s.offsetPos(o.tok.Pos.Offset), neverClosed(o.tok.Value), "add a closing "+closerOf(o.tok.Value))
	}
	errs.Sort()
	return errs
}

// bracketsBalance reports whether every bracket is closed by its partner,
// in order. Only when they do not is indentation used to guess which block
// a closing brace was meant for: balanced brackets are right whatever the
// indentation.
func bracketsBalance(toks []lexer.Token) bool {
	var stack []string
	for _, t := range toks {
		if t.Type != tokBracket {
			continue
		}
		switch t.Value {
		case "{", "(", "[":
			stack = append(stack, t.Value)
		case "}", ")", "]":
			if len(stack) == 0 || stack[len(stack)-1] != openerOf(t.Value) {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

// close matches the closing bracket toks[i] against the stack of openers,
// reports what does not match and returns the new stack. With guess set,
// a closing brace left of the innermost open block is taken to close the
// outer block its indentation matches.
func (s *source) close(stack []opener, toks []lexer.Token, i int, guess bool, errs *diagram.ErrorList) []opener {
	t := toks[i]
	want := openerOf(t.Value)
	// Parentheses and square brackets never span blocks: report open ones
	// that a closing brace skips over.
	for len(stack) > 0 && t.Value == "}" && stack[len(stack)-1].tok.Value != "{" {
		o := stack[len(stack)-1]
		errs.Add(s.offsetPos(o.tok.Pos.Offset), neverClosed(o.tok.Value), "add a closing "+closerOf(o.tok.Value))
		stack = stack[:len(stack)-1]
	}
	// A } that starts its line and sits left of the innermost open block
	// most likely closes an outer block whose indentation it matches: the
	// blocks in between are the ones never closed.
	if guess && t.Value == "}" && firstOnLine(toks, i) {
		ind := s.indent(t.Pos.Offset)
		if k := matchingIndent(stack, ind); k >= 0 && k < len(stack)-1 && stack[len(stack)-1].indent > ind {
			for _, o := range stack[k+1:] {
				errs.Add(s.offsetPos(o.tok.Pos.Offset), neverClosed(o.tok.Value), "add a closing "+closerOf(o.tok.Value))
			}
			stack = stack[:k+1]
		}
	}
	if len(stack) == 0 || stack[len(stack)-1].tok.Value != want {
		if len(stack) > 0 && t.Value != "}" {
			o := stack[len(stack)-1]
			errs.Add(s.offsetPos(t.Pos.Offset), fmt.Sprintf("%q does not match the %q at %d:%d", t.Value, o.tok.Value, s.offsetPos(o.tok.Pos.Offset).Line, s.offsetPos(o.tok.Pos.Offset).Col),
				"close "+o.tok.Value+" with "+closerOf(o.tok.Value))
			return stack
		}
		errs.Add(s.offsetPos(t.Pos.Offset), fmt.Sprintf("unmatched %q", t.Value), fmt.Sprintf("remove it, or open the block with %q earlier", want))
		return stack
	}
	return stack[:len(stack)-1]
}

// matchingIndent returns the index of the innermost open brace whose line
// has the given indentation, or -1.
func matchingIndent(stack []opener, indent int) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].tok.Value == "{" && stack[k].indent == indent {
			return k
		}
	}
	return -1
}

// firstOnLine reports whether toks[i] is the first token of its line.
func firstOnLine(toks []lexer.Token, i int) bool {
	return i == 0 || toks[i-1].Type == tokEOL && strings.HasSuffix(toks[i-1].Value, "\n")
}

// indent returns the number of leading spaces and tabs on the line of p.
func (s *source) indent(off int) int {
	start := s.lines[s.line(max(0, min(off, len(s.src))))-1]
	n := 0
	for start+n < len(s.src) && (s.src[start+n] == ' ' || s.src[start+n] == '\t') {
		n++
	}
	return n
}

func neverClosed(open string) string {
	if open == "{" {
		return "block opened here is never closed"
	}
	return fmt.Sprintf("%q opened here is never closed", open)
}

func closerOf(open string) string {
	return map[string]string{"{": "}", "(": ")", "[": "]"}[open]
}

func openerOf(close string) string {
	return map[string]string{"}": "{", ")": "(", "]": "["}[close]
}

// invalidHint explains a character the language does not use.
func invalidHint(ch string) string {
	switch {
	case ch == "'" || ch == "`" || ch == "“" || ch == "”":
		return `strings use plain double quotes: "like this"`
	case strings.TrimSpace(ch) == "":
		return "remove it"
	case unicode.IsLetter([]rune(ch)[0]) || unicode.IsNumber([]rune(ch)[0]):
		return `ids use only ASCII letters, digits, _ . and -; put ` + ch + ` in a "label"`
	default:
		return "characters outside the syntax belong inside a string"
	}
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// b, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// controlChar returns the byte offset and value of the first control
// character other than a tab in s, or -1.
func controlChar(s string) (int, rune) {
	for i, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7F {
			return i, r
		}
	}
	return -1, 0
}
