package dsl

import (
	"github.com/alecthomas/participle/v2"
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
	Commented
	ID    Token       `parser:"'stack' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr     `parser:"@@*"`
	Stmts []StackStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// StackStmt is one statement of a stack block: a *Band, or an *Unknown for
// anything else (reported).
type StackStmt interface {
	statement
	stackStmt()
}

// unions registers the statements of stack and band blocks with the
// parser.
func (*Stack) unions() []participle.Option {
	return []participle.Option{
		participle.Union[StackStmt](&Band{}, &Unknown{}),
		participle.Union[BandLine](&StackNote{}, &StackItem{}, &Stray{}),
	}
}

func (*Band) stackStmt()    {}
func (*Unknown) stackStmt() {}

// Band is one band of a stack: band ID ["label"] [tone T] { items and notes }.
type Band struct {
	Span
	Commented
	ID    Token      `parser:"'band' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr    `parser:"@@*"`
	Lines []BandLine `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// BandLine is one statement inside a band: a side *StackNote, a
// *StackItem, or a *Stray, a line that starts with neither (reported).
type BandLine interface {
	statement
	bandLine()
}

func (*StackNote) bandLine() {}
func (*StackItem) bandLine() {}
func (*Stray) bandLine()     {}

// StackItem is an item of a band: ID, then its label and tone in any
// order: ID ["label"] [tone T].
type StackItem struct {
	Span
	Commented
	ID    Token       `parser:"@Ident"`
	Attrs []*ItemAttr `parser:"@@*"`
	Extra *Stray      `parser:"( (?! EOL) @@ )?"`
}

// ItemAttr is the label or the tone of a stack item.
type ItemAttr struct {
	Span
	Label Token     `parser:"@String"`
	Tone  *ToneAttr `parser:"| @@"`
}

// StackNote is a side note of a band: threat, defence (or defense) or note,
// an optional id, its text and an optional tone:
// threat|defence|note [ID] "text" [tone T].
type StackNote struct {
	Span
	Commented
	Kind  string    `parser:"@('threat' | 'defence' | 'defense' | 'note')"`
	ID    Token     `parser:"( (?! 'tone') @Ident )?"`
	Text  Token     `parser:"@String?"`
	Tone  *ToneAttr `parser:"@@?"`
	Extra *Stray    `parser:"( (?! EOL) @@ )?"`
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
	if s.ID.Value != "" && c.declare(s.ID, "stack", "") {
		out.ID = s.ID.Value
	}
	c.panelTitle(&out.PanelHead, "stack", s.Attrs)
	for _, st := range s.Stmts {
		switch st := st.(type) {
		case *Band:
			if b := c.band(st, out.ID); b != nil {
				out.Bands = append(out.Bands, b)
			}
		case *Unknown:
			w := st.Words[0]
			hint := "a stack holds bands, and items and notes go inside a band: " + stackHelp.usage["band"]
			c.errorf(st.Pos(), hint, "unexpected %q in stack", w)
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
	case b.ID.Value == "":
		c.errorf(b.Pos(), "write "+stackHelp.usage["band"], "band needs an id")
	case c.declare(b.ID, "band", panel):
		out.ID = b.ID.Value
	}
	toned := false
	for _, a := range b.Attrs {
		switch {
		case a.Label.Value != "" && out.Label == "":
			out.Label = c.rich(a.Label)
		case a.Label.Value != "":
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
		switch bl := bl.(type) {
		case *StackNote:
			if n := c.stackNote(bl, panel); n != nil {
				out.Notes = append(out.Notes, n)
			}
		case *StackItem:
			if it := c.stackItem(bl, panel); it != nil {
				out.Items = append(out.Items, it)
			}
		case *Stray:
			first := bl.Tokens[0]
			hint := "write " + stackHelp.usage[""]
			if first.Type == tokString {
				hint = "an item starts with its id: " + stackHelp.usage[""] + `; for a side note write note "text"`
			}
			c.errorf(bl.Pos(), hint, "unexpected %s in band", lineWord(first))
		}
	}
	return out
}

// stackItem converts "ID ["label"] [tone T]".
func (c *compiler) stackItem(si *StackItem, panel string) *diagram.StackItem {
	if si.ID.Value == "band" {
		c.errorf(si.Pos(), "bands follow one another inside the stack; close this band with } first", "a band cannot hold another band")
		return nil
	}
	it := &diagram.StackItem{ID: si.ID.Value, Pos: c.pos(si.Pos())}
	labelled, toned := false, false
	for _, a := range si.Attrs {
		switch {
		case a.Label.Value != "" && !labelled:
			labelled = true
			it.Label = c.rich(a.Label)
		case a.Label.Value != "":
			c.errorf(a.Pos(), `an item has one label; break lines with \n`, "second label for item %q", it.ID)
			return nil
		case !toned:
			toned = true
			tone, ok := c.toneName(a.Tone)
			if !ok {
				return nil
			}
			it.Tone = tone
		default:
			c.unexpectedInItem(a.Tokens[0], it.ID)
			return nil
		}
	}
	if si.Extra != nil {
		c.unexpectedInItem(si.Extra.Tokens[0], it.ID)
		return nil
	}
	if !c.declare(si.ID, "item", panel) {
		return nil
	}
	return it
}

// unexpectedInItem reports a word that a stack item does not take.
func (c *compiler) unexpectedInItem(t lexer.Token, id string) {
	hint := didYouMean(t.Value, []string{"tone", "threat", "defence", "note"})
	if hint == "" {
		hint = "write " + stackHelp.usage[""]
	}
	c.errorf(tokenPos(t), hint, "unexpected %s in item %q", lineWord(t), id)
}

// stackNote converts "threat|defence|note [ID] "text" [tone T]".
func (c *compiler) stackNote(sn *StackNote, panel string) *diagram.StackNote {
	kw := sn.Kind
	usage := "write " + stackHelp.usage[kw]
	n := &diagram.StackNote{Tone: noteKinds[kw], Pos: c.pos(sn.Pos())}
	if sn.Text.Value == "" {
		last := sn.Tokens[0]
		if sn.ID.Value != "" {
			last = sn.ID
		}
		t := c.found(last)
		c.errorf(tokenPos(t), usage, "%s needs a text in quotes, found %s", kw, lineWord(t))
		return nil
	}
	n.Text = c.rich(sn.Text)
	if sn.Tone != nil {
		tn, ok := c.toneName(sn.Tone)
		if !ok {
			return nil
		}
		n.Tone = tn
	}
	if sn.Extra != nil {
		c.errorf(sn.Extra.Pos(), usage, "unexpected %s", lineWord(sn.Extra.Tokens[0]))
		return nil
	}
	if sn.ID.Value != "" {
		if !c.declare(sn.ID, "note", panel) {
			return nil
		}
		n.ID = sn.ID.Value
	}
	return n
}
