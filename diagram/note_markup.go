package diagram

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a piece of rich text in one style: plain, bold or code, struck
// through or not, on the baseline or raised or lowered as a superscript or
// subscript.
type Span struct {
	Text   string
	Bold   bool
	Code   bool
	Strike bool
	Shift  SpanShift
}

// SpanShift says whether a span sits on the baseline or is raised or lowered.
type SpanShift int

// The script positions.
const (
	Baseline SpanShift = iota
	Superscript
	Subscript
)

// MarkupError is a problem in inline markup: Col is the rune offset in the
// text, counted from 0.
type MarkupError struct {
	Col  int
	Msg  string
	Hint string
}

func (e *MarkupError) Error() string { return e.Msg }

// ParseMarkup splits a line of rich text (a note line, a label, a title)
// into spans. The markup is:
//
//	**bold**          bold text
//	~~strike~~        text struck through
//	`code`            monospace text; no markup inside
//	x_i  x^2          a subscript or superscript of one character, or of
//	x_10 x^10         a run of digits, after any character but a space
//	W_{ij} e^{-z}     a subscript or superscript of the text in braces
//	\*  \_  \^  \`  \~ the character itself
//
// A _ or ^ that follows a space or ends the text is kept as written. A
// script of one character that runs into a letter or digit (d_model,
// max_tokens, e^-x) is an error: it is almost always a name or a longer
// script written without braces. Adjacent spans of the same style are
// merged.
func ParseMarkup(s string) ([]Span, error) {
	p := &markupParser{src: []rune(s)}
	return p.parse()
}

type markupParser struct {
	src      []rune
	i        int
	bold     bool
	boldAt   int
	strike   bool
	strikeAt int
	out      []Span
}

func (p *markupParser) emit(text string, code bool, shift SpanShift) {
	if text == "" {
		return
	}
	sp := Span{Text: text, Bold: p.bold && !code, Code: code, Strike: p.strike, Shift: shift}
	if n := len(p.out); n > 0 {
		last := &p.out[n-1]
		if last.Bold == sp.Bold && last.Code == sp.Code && last.Strike == sp.Strike && last.Shift == sp.Shift {
			last.Text += text
			return
		}
	}
	p.out = append(p.out, sp)
}

func (p *markupParser) parse() ([]Span, error) {
	var plain strings.Builder
	flush := func() {
		p.emit(plain.String(), false, Baseline)
		plain.Reset()
	}
	for p.i < len(p.src) {
		r := p.src[p.i]
		switch {
		case r == '\\' && p.i+1 < len(p.src) && strings.ContainsRune("*_^`\\{}~", p.src[p.i+1]):
			plain.WriteRune(p.src[p.i+1])
			p.i += 2
		case r == '*' && p.peek(1) == '*':
			flush()
			p.bold = !p.bold
			p.boldAt = p.i
			p.i += 2
		case r == '~' && p.peek(1) == '~':
			flush()
			p.strike = !p.strike
			p.strikeAt = p.i
			p.i += 2
		case r == '`':
			flush()
			end := p.find('`', p.i+1)
			if end < 0 {
				return nil, &MarkupError{Col: p.i, Msg: "code span not closed", Hint: "end inline code with a second `, or write \\\\` for a literal backtick"}
			}
			if end == p.i+1 {
				return nil, &MarkupError{Col: p.i, Msg: "empty code span", Hint: "put code between the backticks, like `lr=0.01`"}
			}
			p.emit(string(p.src[p.i+1:end]), true, Baseline)
			p.i = end + 1
		case (r == '_' || r == '^') && p.i > 0 && !unicode.IsSpace(p.src[p.i-1]) && p.i+1 < len(p.src) && !unicode.IsSpace(p.src[p.i+1]):
			flush()
			script := Subscript
			if r == '^' {
				script = Superscript
			}
			if err := p.script(script); err != nil {
				return nil, err
			}
		default:
			plain.WriteRune(r)
			p.i++
		}
	}
	flush()
	if p.bold {
		return nil, &MarkupError{Col: p.boldAt, Msg: "bold not closed", Hint: "end bold text with a second **"}
	}
	if p.strike {
		return nil, &MarkupError{Col: p.strikeAt, Msg: "strike-through not closed", Hint: "end struck text with a second ~~, or write \\\\~ for a literal tilde"}
	}
	return p.out, nil
}

// script reads the subscript or superscript after the _ or ^ at p.i.
func (p *markupParser) script(s SpanShift) error {
	start := p.i
	p.i++
	switch r := p.src[p.i]; {
	case r == '{':
		end := p.find('}', p.i+1)
		if end < 0 {
			return &MarkupError{Col: p.i, Msg: "{ not closed", Hint: "close the group with }, like W_{ij}"}
		}
		if end == p.i+1 {
			return &MarkupError{Col: start, Msg: "empty script group", Hint: "put the script in the braces, like e^{-z}"}
		}
		p.emit(unescape(string(p.src[p.i+1:end])), false, s)
		p.i = end + 1
	case r >= '0' && r <= '9':
		j := p.i
		for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
			j++
		}
		p.emit(string(p.src[p.i:j]), false, s)
		p.i = j
	case r == '(' || r == '[':
		end := p.i + 1
		for end < len(p.src) && p.src[end] != ')' && p.src[end] != ']' {
			end++
		}
		inner := string(p.src[p.i+1 : min(end, len(p.src))])
		b := start
		for b > 0 && (unicode.IsLetter(p.src[b-1]) || unicode.IsDigit(p.src[b-1])) {
			b--
		}
		pre, mark := string(p.src[b:start]), string(p.src[start])
		return &MarkupError{Col: start, Msg: "a script of one bracket", Hint: fmt.Sprintf("write the script in braces, like %s%s{%s}, or %s\\\\%s for the character itself", pre, mark, inner, pre, mark)}
	default:
		p.emit(string(r), false, s)
		p.i++
		// A modifier letter (ᵀ, ₜ) after the script is a script itself.
		if next := p.peek(0); unicode.IsDigit(next) || unicode.IsLetter(next) && !unicode.Is(unicode.Lm, next) {
			b := start
			for b > 0 && (unicode.IsLetter(p.src[b-1]) || unicode.IsDigit(p.src[b-1])) {
				b--
			}
			e := start + 2
			for e < len(p.src) && (unicode.IsLetter(p.src[e]) || unicode.IsDigit(p.src[e]) || p.src[e] == '_') {
				e++
			}
			pre, mark, rest := string(p.src[b:start]), string(p.src[start]), string(p.src[start+1:e])
			return &MarkupError{Col: start, Msg: fmt.Sprintf("a one-character script runs into %q", string(p.src[p.i])),
				Hint: fmt.Sprintf("write %s%s{%s} for a longer script, `%s%s%s` for a name, or %s\\\\%s%s for the character itself", pre, mark, rest, pre, mark, rest, pre, mark, rest)}
		}
	}
	return nil
}

func (p *markupParser) peek(k int) rune {
	if p.i+k < len(p.src) {
		return p.src[p.i+k]
	}
	return 0
}

// find returns the index of the first r at or after from that is not
// escaped, or -1.
func (p *markupParser) find(r rune, from int) int {
	for j := from; j < len(p.src); j++ {
		if p.src[j] == '\\' && r != '`' {
			j++
			continue
		}
		if p.src[j] == r {
			return j
		}
	}
	return -1
}

// unescape drops the backslash of \} \{ and \\ in a script group.
func unescape(s string) string {
	if !strings.ContainsRune(s, '\\') {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\\' && i+size < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[i+size:])
			b.WriteRune(r2)
			i += size + size2
			continue
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// PlainText returns the text of spans without markup, for accessible
// descriptions and search.
func PlainText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// EscapeMarkup escapes the characters of inline markup in s, so that it
// is measured and drawn as written (an id shown as a label, a number).
func EscapeMarkup(s string) string {
	if !strings.ContainsAny(s, "\\*`_^{}~") {
		return s
	}
	return markupEscaper.Replace(s)
}

var markupEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "`", "\\`", "_", `\_`, "^", `\^`, "{", `\{`, "}", `\}`, "~", `\~`)

// LabelMarkup returns the rich text an element shows: its label, or,
// when it has none, its id as written.
func LabelMarkup(label, id string) string {
	if label != "" {
		return label
	}
	return EscapeMarkup(id)
}
