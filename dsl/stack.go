package dsl

import (
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Stack is a stack panel: horizontal bands from top to bottom, each with a
// row of items and optional side notes.
//
//	stack ID ["title"] {
//	  band app "UI / app" tone info {
//	    chat "Chat UI"
//	    threat "Prompt injection"
//	    defence "Input and output filters"
//	  }
//	}
type Stack struct {
	Span
	ID    *Ident       `parser:"'stack' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @@ )?"`
	Attrs []*Attr      `parser:"@@*"`
	Stmts []*StackStmt `parser:"'{' EOL* ( @@ ( EOL+ @@? )* )? '}'"`
}

// StackStmt is one statement of a stack block: a band, or anything else
// (reported).
type StackStmt struct {
	Span
	Band    *Band    `parser:"@@"`
	Unknown *Unknown `parser:"| @@"`
}

// Band is one band of a stack: band ID ["label"] [tone T] { items and notes }.
type Band struct {
	Span
	ID    *Ident      `parser:"'band' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @@ )?"`
	Attrs []*Attr     `parser:"@@*"`
	Lines []*BandLine `parser:"'{' EOL* ( @@ ( EOL+ @@? )* )? '}'"`
}

// BandLine is one statement inside a band, kept as its tokens: an item
// (ID ["label"] [tone T]) or a note (threat, defence or note "text").
type BandLine struct {
	Span
	Words []string `parser:"@~(EOL | '{' | '}')+"`
}

// noteKinds maps the words that start a side note to their default tones.
var noteKinds = map[string]diagram.Tone{
	"threat":  diagram.Bad,
	"defence": diagram.Good,
	"defense": diagram.Good,
	"note":    diagram.Neutral,
}

var stackHelp = &help{
	keywords: []string{"stack"},
	usage: map[string]string{
		"stack":   `stack ID ["title"] { bands, top to bottom }`,
		"band":    `band ID ["label"] [tone T] { items and notes }`,
		"":        `ID ["label"] [tone T]  (an item of the band)`,
		"threat":  `threat [ID] "text"  (a side note in tone bad)`,
		"defence": `defence [ID] "text"  (a side note in tone good)`,
		"defense": `defense [ID] "text"  (a side note in tone good)`,
		"note":    `note [ID] "text" [tone T]  (a side note)`,
	},
	blocks: map[string][]string{
		"stack": {"band"},
		"band":  {"", "threat", "defence", "defense", "note"},
	},
}

func (*Stack) help() *help { return stackHelp }

func (s *Stack) compile(c *compiler) diagram.Panel {
	out := &diagram.Stack{PanelHead: diagram.PanelHead{Pos: c.pos(s.Pos())}}
	if s.ID != nil && c.declare(s.ID, "stack", "") {
		out.ID = s.ID.Name
	}
	c.panelTitle(&out.PanelHead, "stack", s.Attrs)
	for _, st := range s.Stmts {
		switch {
		case st.Band != nil:
			if b := c.band(st.Band, out.ID); b != nil {
				out.Bands = append(out.Bands, b)
			}
		case st.Unknown != nil:
			w := st.Unknown.Words[0]
			hint := "a stack holds bands, and items and notes go inside a band: " + stackHelp.usage["band"]
			c.errorf(st.Unknown.Pos(), hint, "unexpected %q in stack", w)
		}
	}
	if len(s.Stmts) == 0 {
		c.errorf(s.Pos(), "write "+stackHelp.usage["band"]+" inside the braces", "stack has no bands")
	}
	return out
}

// band converts one band and its lines.
func (c *compiler) band(b *Band, panel string) *diagram.Band {
	out := &diagram.Band{Pos: c.pos(b.Pos())}
	switch {
	case b.ID == nil:
		c.errorf(b.Pos(), "write "+stackHelp.usage["band"], "band needs an id")
	case c.declare(b.ID, "band", panel):
		out.ID = b.ID.Name
	}
	toned := false
	for _, a := range b.Attrs {
		switch {
		case a.Label != nil && out.Label == "":
			out.Label = c.str(a.Label)
		case a.Label != nil:
			c.errorf(a.Pos(), "a band has one label", "second label for band")
		case a.Key == "tone" && !toned:
			toned = true
			out.Tone, _ = c.tone(a)
		case a.Key == "tone":
			c.errorf(a.Pos(), "a band has one tone", "second tone for band")
		default:
			c.errorf(a.Pos(), "write "+stackHelp.usage["band"], "a band does not take %s", attrName(a))
		}
	}
	for _, bl := range b.Lines {
		l := newWordLine(c, bl.Tokens)
		if tone, ok := noteKinds[l.kw.Value]; ok && l.kw.Type == tokIdent {
			if n := c.stackNote(l, tone, panel); n != nil {
				out.Notes = append(out.Notes, n)
			}
			continue
		}
		if it := c.stackItem(l, panel); it != nil {
			out.Items = append(out.Items, it)
		}
	}
	return out
}

// stackItem converts "ID ["label"] [tone T]".
func (c *compiler) stackItem(l *wordLine, panel string) *diagram.StackItem {
	usage := "write " + stackHelp.usage[""]
	if l.kw.Type != tokIdent {
		hint := usage
		if l.kw.Type == tokString {
			hint = "an item starts with its id: " + stackHelp.usage[""] + `; for a side note write note "text"`
		}
		l.errorf(l.kw, hint, "unexpected %s in band", lineWord(l.kw))
		return nil
	}
	if l.kw.Value == "band" {
		l.errorf(l.kw, "bands follow one another inside the stack; close this band with } first", "a band cannot hold another band")
		return nil
	}
	it := &diagram.StackItem{ID: l.kw.Value, Pos: c.pos(tokenPos(l.kw))}
	labelled, toned := false, false
	for !l.done() {
		t := l.peek()
		switch {
		case t.Type == tokString && !labelled:
			labelled = true
			l.i++
			it.Label = c.strAt(t.Value, tokenPos(t))
		case t.Type == tokString:
			l.errorf(t, `an item has one label; break lines with \n`, "second label for item %q", it.ID)
			return nil
		case isWord(t, "tone") && !toned:
			toned = true
			l.i++
			tone, ok := l.tone(t)
			if !ok {
				return nil
			}
			it.Tone = tone
		default:
			hint := didYouMean(t.Value, []string{"tone", "threat", "defence", "note"})
			if hint == "" {
				hint = usage
			}
			l.errorf(t, hint, "unexpected %s in item %q", lineWord(t), it.ID)
			return nil
		}
	}
	if !c.declareAt(it.ID, tokenPos(l.kw), "item", panel) {
		return nil
	}
	return it
}

// stackNote converts "threat|defence|note [ID] "text" [tone T]".
func (c *compiler) stackNote(l *wordLine, tone diagram.Tone, panel string) *diagram.StackNote {
	kw := l.kw.Value
	usage := "write " + stackHelp.usage[kw]
	n := &diagram.StackNote{Tone: tone, Pos: c.pos(tokenPos(l.kw))}
	var id lexer.Token
	if t := l.peek(); t.Type == tokIdent && !isWord(t, "tone") {
		id = t
		l.i++
	}
	t := l.peek()
	if t.Type != tokString {
		l.errorf(t, usage, "%s needs a text in quotes, found %s", kw, lineWord(t))
		return nil
	}
	l.i++
	n.Text = c.strAt(t.Value, tokenPos(t))
	if t := l.peek(); isWord(t, "tone") {
		l.i++
		tn, ok := l.tone(t)
		if !ok {
			return nil
		}
		n.Tone = tn
	}
	if !l.done() {
		l.noMore(usage)
		return nil
	}
	if id.Value != "" {
		if !c.declareAt(id.Value, tokenPos(id), "note", panel) {
			return nil
		}
		n.ID = id.Value
	}
	return n
}
