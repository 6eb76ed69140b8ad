package dsl

import (
	"github.com/alecthomas/participle/v2/lexer"

	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

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
type Note struct {
	Span
	Commented
	ID    Token       `parser:"'note' ( (?! 'tip' | 'pitfall' | 'tone' | 'icon' | 'width') @Ident )?"`
	Style string      `parser:"@('tip' | 'pitfall')?"`
	Attrs []*NoteAttr `parser:"@@*"`
	Extra *Stray      `parser:"( (?! EOL) @@ )?"`
	Lines []*NoteLine `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// NoteAttr is one attribute of a note, after its id and style: the title,
// tone T, icon NAME, width PX, or a style word out of place.
type NoteAttr struct {
	Span
	Title Token      `parser:"@String"`
	Tone  *ToneAttr  `parser:"| @@"`
	Icon  *IconAttr  `parser:"| @@"`
	Width *WidthAttr `parser:"| @@"`
	Style string     `parser:"| @('tip' | 'pitfall')"`
}

// IconAttr is the attribute icon NAME; Name is empty when no name follows.
type IconAttr struct {
	Span
	Name Token `parser:"'icon' @Ident?"`
}

// WidthAttr is the attribute width PX; Value is empty when no number follows.
type WidthAttr struct {
	Span
	Value []lexer.Token `parser:"'width' @( Number | ( '-' | '+' ) Number? )?"`
}

// NoteLine is one line of a note: a bullet, or a plain line (text) or a
// formula, with an optional name: [text|formula] [NAME:] "line".
type NoteLine struct {
	Span
	Commented
	Kind  string `parser:"(?! '}') ( @('text' | 'formula') (?! ':') )?"`
	Name  *Tag   `parser:"@@?"`
	Text  Token  `parser:"@String?"`
	Extra *Stray `parser:"( (?! EOL) @@ )?"`
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
	c.noteHead(out, n)
	for i, l := range n.Lines {
		c.noteLine(out, l, i)
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

// noteHead converts what follows the word note: its id, style and
// attributes.
func (c *compiler) noteHead(out *diagram.Note, n *Note) {
	if n.ID.Value != "" && c.declare(n.ID, "note", "") {
		out.ID = n.ID.Value
	}
	out.Style = noteStyles[n.Style]
	toned := false
	for _, a := range n.Attrs {
		switch {
		case a.Title.Value != "" && out.Title == "":
			out.Title = c.rich(a.Title)
		case a.Title.Value != "":
			c.errorf(a.Pos(), "a note has one title", "second title for note")
		case a.Tone != nil && !toned:
			toned = true
			if a.Tone.Name.Value == "" {
				tn := c.found(a.Tokens[0])
				c.errorf(tokenPos(tn), "write tone T, e.g. tone info", "tone needs a name, found %s", describe(tn))
				return
			}
			name := a.Tone.Name
			tone, ok := diagram.ParseTone(name.Value)
			if !ok {
				c.errorf(tokenPos(name), enumHint(name.Value, "tones", diagram.ToneNames()), "unknown tone %q", name.Value)
				continue
			}
			out.Tone = tone
		case a.Icon != nil && out.Icon == "":
			if a.Icon.Name.Value == "" {
				ic := c.found(a.Tokens[0])
				c.errorf(tokenPos(ic), "write icon NAME, e.g. icon alert", "icon needs a name, found %s", describe(ic))
				return
			}
			name := a.Icon.Name
			if _, ok := icon.Lookup(name.Value); !ok {
				c.errorf(tokenPos(name), enumHint(name.Value, "icons", icon.Names()), "unknown icon %q", name.Value)
				continue
			}
			out.Icon = name.Value
		case a.Width != nil && out.Width == 0:
			const hint = "write width PX, e.g. width 360 (from 160 to 1600)"
			w, ok := c.signed(a.Width.Value, a.Tokens[0], "note width", hint)
			if !ok {
				return
			}
			if w < 160 || w > 1600 {
				c.errorf(tokenPos(a.Width.Value[0]), hint, "note width %g is out of range", w)
				continue
			}
			out.Width = w
		case a.Style != "":
			c.errorf(a.Pos(), "write the style right after note and its id: "+noteHelp.usage["note"], "%s must come before the title", a.Style)
		default:
			c.errorf(a.Pos(), "write "+noteHelp.usage["note"], "unexpected %s after note", describe(a.Tokens[0]))
			return
		}
	}
	if n.Extra != nil {
		c.errorf(n.Extra.Pos(), "write "+noteHelp.usage["note"], "unexpected %s after note", describe(n.Extra.Tokens[0]))
	}
}

// noteLine converts "[text|formula] [NAME:] "line"".
func (c *compiler) noteLine(out *diagram.Note, l *NoteLine, index int) {
	line := &diagram.NoteLine{Kind: diagram.BulletLine, Pos: c.pos(l.Pos())}
	after := l.Pos() // just after the parts before the text
	switch l.Kind {
	case "text":
		line.Kind = diagram.TextLine
		after = tokenEnd(l.Tokens[0])
	case "formula":
		line.Kind = diagram.FormulaLine
		after = tokenEnd(l.Tokens[0])
	}
	if l.Name != nil {
		after = l.Name.End()
	}
	if l.Text.Value == "" {
		s := c.next(after)
		hint := "write " + noteHelp.usage[""] + `, text "..." or formula "..."`
		if s.Type == tokIdent && l.Name == nil && line.Kind == diagram.BulletLine {
			if near := didYouMean(s.Value, []string{"text", "formula"}); near != "" {
				hint = near
			}
			c.errorf(tokenPos(s), hint, "unknown note line %s", describe(s))
			return
		}
		c.errorf(tokenPos(s), hint, "expected a string, found %s", describe(s))
		return
	}
	line.Text = c.str(l.Text)
	if l.Extra != nil {
		c.errorf(l.Extra.Pos(), "a note line holds one string; put each line on its own line", "unexpected %s after the note line", describe(l.Extra.Tokens[0]))
		return
	}
	if !c.checkMarkup(l.Text, line.Text) {
		return
	}
	switch {
	case l.Name != nil:
		id := l.Name.ID.Value
		if out.ID != "" {
			id = out.ID + "." + id
		}
		if c.declareAt(id, l.Name.Pos(), "note line", out.ID) {
			line.ID = id
		}
	case out.ID != "":
		id := fmt.Sprintf("%s.%d", out.ID, index+1)
		if c.declareAt(id, l.Pos(), "note line", out.ID) {
			line.ID = id
		}
	}
	out.Lines = append(out.Lines, line)
}

// rich decodes the string s, which is rich text (a label, a title, a
// line), and reports a problem in its inline markup.
func (c *compiler) rich(s Token) string {
	v := c.str(s)
	c.checkMarkup(s, v)
	return v
}

// checkMarkup reports a problem in the inline markup of text, decoded from
// the string s, at the character where it starts. A text with line breaks
// is checked line by line, as it is drawn.
func (c *compiler) checkMarkup(s Token, text string) bool {
	offset := 0
	for _, para := range strings.Split(text, "\n") {
		if _, err := diagram.ParseMarkup(para); err != nil {
			var me *diagram.MarkupError
			if errors.As(err, &me) {
				c.errorAt(markupPos(c.pos(tokenPos(s)), s.Value, offset+me.Col), me.Hint, "%s", me.Msg)
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
