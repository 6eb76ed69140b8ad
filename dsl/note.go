package dsl

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
)

// Note is a note panel: bullet lines, plain lines and formulas with inline
// markup, optionally drawn as a tip or pitfall callout.
//
//	note ID [tip|pitfall] ["title"] [tone T] [icon NAME] [width PX] {
//	  "η too large **overshoots**; too small crawls."
//	  text "a line without a bullet"
//	  formula "θ ← θ − η·∇_θ L"
//	}
//
// The header and the lines are kept as tokens and read by noteBuilder.
type Note struct {
	Span
	Head  []string    `parser:"'note' @~(EOL | '{' | '}')*"`
	Lines []*NoteStmt `parser:"'{' EOL* ( @@ ( EOL+ @@? )* )? '}'"`
}

// NoteStmt is one line of a note block, kept as its tokens.
type NoteStmt struct {
	Span
	Words []string `parser:"@~(EOL | '{' | '}')+"`
}

var noteHelp = &help{
	keywords: []string{"note"},
	usage: map[string]string{
		"note":    `note [ID] [tip|pitfall] ["title"] [tone T] [icon NAME] [width PX] { lines }`,
		"":        `[NAME:] "a bullet with **bold**, ` + "`code`" + `, x_i and x^2"`,
		"text":    `text [NAME:] "a line without a bullet"`,
		"formula": `formula [NAME:] "θ ← θ − η·∇_θ L"`,
	},
	blocks: map[string][]string{
		"note": {"", "text", "formula"},
	},
}

func (*Note) help() *help { return noteHelp }

// noteStyles maps the style words to styles.
var noteStyles = map[string]diagram.NoteStyle{"tip": diagram.TipNote, "pitfall": diagram.PitfallNote}

func (n *Note) compile(c *compiler) diagram.Panel {
	out := &diagram.Note{PanelHead: diagram.PanelHead{Pos: c.pos(n.Pos())}}
	c.noteHead(out, headTokens(n.Tokens))
	for i, st := range n.Lines {
		c.noteLine(out, newCellLine(c, st.Tokens), i)
	}
	if out.Style != diagram.PlainNote {
		out.Heading, out.Title = out.Title, ""
	} else if out.Icon != "" {
		c.errorf(n.Pos(), "an icon shows on a tip or pitfall callout: write note tip ... icon "+out.Icon, "a plain note has no icon")
	}
	if len(out.Lines) == 0 && len(n.Lines) == 0 {
		c.errorf(n.Pos(), "write "+noteHelp.usage[""]+" inside the braces", "note has no lines")
	}
	return out
}

// noteHead reads the words after "note".
func (c *compiler) noteHead(out *diagram.Note, toks []lexer.Token) {
	l := &cellLine{newTokenLine(c, toks)}
	if t := l.peek(); t.Type == tokIdent && !isNoteWord(t.Value) {
		if c.declareAt(t.Value, tokenPos(t), "note", "") {
			out.ID = t.Value
		}
		l.i++
	}
	if t := l.peek(); t.Type == tokIdent {
		if s, ok := noteStyles[t.Value]; ok {
			out.Style = s
			l.i++
		}
	}
	toned := false
	for !l.done() {
		t := l.peek()
		switch {
		case t.Type == tokString && out.Title == "":
			out.Title = l.str()
		case t.Type == tokString:
			l.errorf(t, "a note has one title", "second title for note")
			l.i++
		case isWord(t, "tone") && !toned:
			toned = true
			l.i++
			tn := l.peek()
			if tn.Type != tokIdent {
				l.errorf(tn, "write tone T, e.g. tone info", "tone needs a name, found %s", describe(tn))
				return
			}
			l.i++
			tone, ok := diagram.ParseTone(tn.Value)
			if !ok {
				l.errorf(tn, enumHint(tn.Value, "tones", diagram.ToneNames()), "unknown tone %q", tn.Value)
				continue
			}
			out.Tone = tone
		case isWord(t, "icon") && out.Icon == "":
			l.i++
			ic := l.peek()
			if ic.Type != tokIdent {
				l.errorf(ic, "write icon NAME, e.g. icon alert", "icon needs a name, found %s", describe(ic))
				return
			}
			l.i++
			if _, ok := icon.Lookup(ic.Value); !ok {
				l.errorf(ic, enumHint(ic.Value, "icons", icon.Names()), "unknown icon %q", ic.Value)
				continue
			}
			out.Icon = ic.Value
		case isWord(t, "width") && out.Width == 0:
			l.i++
			wt := l.peek()
			w, ok := l.number("note width", "write width PX, e.g. width 360 (from 160 to 1600)")
			if !ok {
				return
			}
			if w < 160 || w > 1600 {
				l.errorf(wt, "write width PX, e.g. width 360 (from 160 to 1600)", "note width %g is out of range", w)
				continue
			}
			out.Width = w
		case t.Type == tokIdent && noteStyles[t.Value] != 0:
			l.errorf(t, "write the style right after note and its id: "+noteHelp.usage["note"], "%s must come before the title", t.Value)
			l.i++
		default:
			l.errorf(t, "write "+noteHelp.usage["note"], "unexpected %s after note", describe(t))
			return
		}
	}
}

// isNoteWord reports whether w is a word of the note header rather than an
// id.
func isNoteWord(w string) bool {
	_, style := noteStyles[w]
	return style || w == "tone" || w == "icon" || w == "width"
}

// noteLine reads "[text|formula] [NAME:] "line"".
func (c *compiler) noteLine(out *diagram.Note, l *cellLine, index int) {
	line := &diagram.NoteLine{Kind: diagram.BulletLine, Pos: c.pos(tokenPos(l.kw))}
	// Put the first word back: a bullet line has no keyword.
	l.toks = append([]lexer.Token{l.kw}, l.toks...)
	switch t := l.peek(); {
	case isWord(t, "text") && !isPunct(l.at(1), ":"):
		line.Kind = diagram.TextLine
		l.i++
	case isWord(t, "formula") && !isPunct(l.at(1), ":"):
		line.Kind = diagram.FormulaLine
		l.i++
	}
	var name lexer.Token
	if t := l.peek(); t.Type == tokIdent && isPunct(l.at(1), ":") {
		name = t
		l.i += 2
	}
	s := l.peek()
	if s.Type != tokString {
		hint := "write " + noteHelp.usage[""] + `, text "..." or formula "..."`
		if s.Type == tokIdent && name.Value == "" && line.Kind == diagram.BulletLine {
			if near := didYouMean(s.Value, []string{"text", "formula"}); near != "" {
				hint = near
			}
			l.errorf(s, hint, "unknown note line %s", describe(s))
			return
		}
		l.errorf(s, hint, "expected a string, found %s", describe(s))
		return
	}
	line.Text = l.str()
	if !l.done() {
		t := l.peek()
		l.errorf(t, "a note line holds one string; put each line on its own line", "unexpected %s after the note line", describe(t))
		return
	}
	if !c.checkMarkup(s, line.Text) {
		return
	}
	switch {
	case name.Value != "":
		id := name.Value
		if out.ID != "" {
			id = out.ID + "." + id
		}
		if c.declareAt(id, tokenPos(name), "note line", out.ID) {
			line.ID = id
		}
	case out.ID != "":
		id := fmt.Sprintf("%s.%d", out.ID, index+1)
		if c.declareAt(id, tokenPos(l.kw), "note line", out.ID) {
			line.ID = id
		}
	}
	out.Lines = append(out.Lines, line)
}

// checkMarkup reports a problem in the inline markup of text, decoded from
// the string token t, at the character where it starts. A text with line
// breaks is checked line by line, as it is drawn.
func (c *compiler) checkMarkup(t lexer.Token, text string) bool {
	offset := 0
	for _, para := range strings.Split(text, "\n") {
		if _, err := diagram.ParseMarkup(para); err != nil {
			var me *diagram.MarkupError
			if errors.As(err, &me) {
				c.errorAt(markupPos(c.pos(tokenPos(t)), t.Value, offset+me.Col), me.Hint, "%s", me.Msg)
			}
			return false
		}
		offset += utf8.RuneCountInString(para) + 1
	}
	return true
}

// markupPos returns the position of the rune col of a decoded string
// literal written as raw at p. Escapes in the literal shift the column; it
// is found by decoding prefixes of raw until col runes are produced.
func markupPos(p diagram.Pos, raw string, col int) diagram.Pos {
	rs := []rune(raw)
	for k := 1; k < len(rs); k++ {
		v, _ := unquote(string(rs[:k]) + `"`)
		if len([]rune(v)) > col {
			p.Col += k - 1
			return p
		}
	}
	p.Col++
	return p
}
