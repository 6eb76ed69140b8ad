package dsl

import (
	"fmt"

	"github.com/alecthomas/participle/v2"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
)

// Sequence is a sequence panel: actors, and the messages, notes and frames
// between them in time order.
//
//	sequence ID ["title"] {
//	  user "User" icon user
//	  api "API"
//	  user -> api "GET /items" {
//	    api --> user "200 OK"
//	  }
//	}
type Sequence struct {
	Span
	Commented
	ID    Token     `parser:"'sequence' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr   `parser:"@@*"`
	Stmts []SeqStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// SeqStmt is one statement of a sequence or of a block inside it: a
// *SeqFrame, a *SeqNote, a *SeqBox, *Autonumber, a *SeqMessage, an *Actor,
// or an *Unknown for anything else (seqStmts).
type SeqStmt interface {
	statement
	seqStmt()
}

// seqStmts lists the statements of a sequence in the order the grammar
// tries them.
func seqStmts() []SeqStmt {
	return []SeqStmt{&SeqFrame{}, &SeqNote{}, &SeqBox{}, &Autonumber{}, &SeqMessage{}, &Actor{}, &Unknown{}}
}

// unions registers the statements of a sequence block with the parser.
func (*Sequence) unions() []participle.Option {
	return []participle.Option{participle.Union[SeqStmt](seqStmts()...)}
}

func (*SeqFrame) seqStmt()   {}
func (*SeqNote) seqStmt()    {}
func (*SeqBox) seqStmt()     {}
func (*Autonumber) seqStmt() {}
func (*SeqMessage) seqStmt() {}
func (*Actor) seqStmt()      {}
func (*Unknown) seqStmt()    {}

// Autonumber asks for numbered messages: autonumber.
type Autonumber struct {
	Span
	Commented
	Word string `parser:"@'autonumber'"`
}

// Actor declares an actor: ID ["label"] [icon NAME] [tone T].
type Actor struct {
	Span
	Commented
	ID    Token   `parser:"(?! 'else') @Ident"`
	Attrs []*Attr `parser:"( (?! EOL) @@ )*"`
}

// SeqBlock is a block of sequence statements.
type SeqBlock struct {
	Span
	Stmts []SeqStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// SeqMessage is a message: [ID:] from ARROW to ["label"] [tone T] [{ ... }].
// The arrow is -> (a call), --> (a reply) or ->> (an asynchronous
// message); a block makes the receiver busy while its statements happen.
type SeqMessage struct {
	Span
	Commented
	ID    Token     `parser:"( (?= Ident ':') @Ident ':' )?"`
	From  Token     `parser:"@Ident"`
	Arrow *SeqArrow `parser:"@@"`
	To    Token     `parser:"@Ident"`
	Attrs []*Attr   `parser:"@@*"`
	Body  *SeqBlock `parser:"@@?"`
}

// SeqArrow is a message's arrow: an Arrow token, and the ">" that ends
// --> and ->>.
type SeqArrow struct {
	Span
	Line string        `parser:"@Arrow"`
	Head *SeqArrowHead `parser:"@@?"`
}

// SeqArrowHead is the ">" that ends the arrows --> and ->>.
type SeqArrowHead struct {
	Span
	Gt string `parser:"@'>'"`
}

// String returns the arrow as written, without spaces.
func (a *SeqArrow) String() string {
	if a.Head != nil {
		return a.Line + ">"
	}
	return a.Line
}

// SeqNote is a note over one or several actors, or beside one:
// note [ID] over a[, b] "text" [tone T], note [ID] left of a "text",
// note [ID] right of a "text". The commas between actors are optional.
type SeqNote struct {
	Span
	Commented
	ID    Token   `parser:"'note' ( (?! 'over' | 'left' | 'right') @Ident )?"`
	Side  string  `parser:"@( 'over' | 'left' | 'right' )?"`
	Of    string  `parser:"@'of'?"`
	Over  []Token `parser:"@( (?! 'tone') Ident ( ','? (?! 'tone') Ident )* )?"`
	Attrs []*Attr `parser:"@@*"`
}

// SeqBox is a box drawn around several actors, declared inside it:
// box [ID] ["label"] [tone T] { actors }.
type SeqBox struct {
	Span
	Commented
	ID    Token     `parser:"'box' ( (?! 'tone') @Ident )?"`
	Attrs []*Attr   `parser:"@@*"`
	Body  *SeqBlock `parser:"@@"`
}

// SeqFrame is a frame around part of a sequence:
// loop|alt|opt|par [ID] ["label"] { ... } [else ["label"] { ... }]...
type SeqFrame struct {
	Span
	Commented
	Kind  string     `parser:"@('loop' | 'alt' | 'opt' | 'par')"`
	ID    Token      `parser:"@Ident?"`
	Label Token      `parser:"@String?"`
	Body  *SeqBlock  `parser:"@@"`
	Else  []*SeqElse `parser:"@@*"`
}

// SeqElse is one more section of an alt or par frame.
type SeqElse struct {
	Span
	Label Token     `parser:"'else' @String?"`
	Body  *SeqBlock `parser:"@@"`
}

var seqStatements = []string{"", "note", "box", "loop", "alt", "opt", "par", "autonumber"}

// seqInner lists the statements of a block inside a sequence.
var seqInner = []string{"note", "loop", "alt", "opt", "par", "autonumber"}

var sequenceHelp = &help{
	keywords: []string{"sequence"},
	usage: map[string]string{
		"sequence":   `sequence ID ["title"] { actors, messages, notes, frames }`,
		"":           `ID ["label"] [icon NAME] [tone T]  (an actor)`,
		"->":         `[ID:] a -> b ["label"] [tone T] [{ what b does meanwhile }]  (arrows: -> call, --> reply, ->> async)`,
		"note":       `note [ID] over a[, b] "text" [tone T]  (or note left of a, note right of a)`,
		"box":        `box [ID] ["label"] [tone T] { actors }`,
		"loop":       `loop [ID] "label" { messages }`,
		"alt":        `alt [ID] "label" { messages } else "label" { messages }`,
		"opt":        `opt [ID] "label" { messages }`,
		"par":        `par [ID] "label" { messages } else "label" { messages }`,
		"else":       `} else "label" { messages }  (after an alt or par block)`,
		"autonumber": `autonumber`,
	},
	blocks: map[string][]string{
		"sequence": seqStatements,
		"box":      {""},
		"loop":     seqInner,
		"alt":      seqInner,
		"opt":      seqInner,
		"par":      seqInner,
	},
}

func (*Sequence) help() *help { return sequenceHelp }

// seqBuilder converts one sequence.
type seqBuilder struct {
	c        *compiler
	s        *diagram.Sequence
	actors   map[string]*diagram.Actor
	failed   map[string]bool
	messages int // messages converted so far
	numbered Pos // where autonumber was set
}

func (s *Sequence) compile(c *compiler) diagram.Panel {
	out := &diagram.Sequence{PanelHead: diagram.PanelHead{Pos: c.pos(s.Pos())}}
	if s.ID.Value != "" && c.declare(s.ID, "sequence", "") {
		out.ID = s.ID.Value
	}
	c.panelTitle(&out.PanelHead, "sequence", s.Attrs)
	b := &seqBuilder{c: c, s: out, actors: map[string]*diagram.Actor{}, failed: map[string]bool{}}
	// Actors are declared first, so that a message may use an actor
	// declared further down; undeclared actors join on first use. The
	// actors of a box are declared where the box stands.
	for _, st := range s.Stmts {
		switch st := st.(type) {
		case *Actor:
			b.actor(st)
		case *SeqBox:
			b.box(st)
		}
	}
	out.Items = b.items(s.Stmts, true)
	if len(out.Actors) == 0 && len(b.failed) == 0 {
		c.errorf(s.Pos(), "declare actors and write messages, e.g. a -> b \"hello\"", "sequence has no actors")
	}
	return out
}

// items converts the statements of a block; top is true for the
// sequence's own block, where actors are declared.
func (b *seqBuilder) items(stmts []SeqStmt, top bool) []diagram.SeqItem {
	c := b.c
	var out []diagram.SeqItem
	for _, st := range stmts {
		switch st := st.(type) {
		case *SeqMessage:
			if m := b.message(st); m != nil {
				out = append(out, m)
			}
		case *SeqNote:
			if n := b.note(st); n != nil {
				out = append(out, n)
			}
		case *SeqFrame:
			if f := b.frame(st); f != nil {
				out = append(out, f)
			}
		case *Autonumber:
			switch {
			case !top:
				c.errorf(st.Pos(), "put autonumber at the top of the sequence", "autonumber is not allowed inside a block")
			case b.s.Autonumber:
				c.errorf(st.Pos(), "first at "+c.at(b.numbered)+"; keep one", "autonumber set twice")
			default:
				b.s.Autonumber, b.numbered = true, st.Pos()
			}
		case *Actor:
			if top {
				continue
			}
			c.errorf(st.Pos(), "declare actors at the top of the sequence, or write a message: "+sequenceHelp.usage["->"],
				"an actor cannot be declared inside a block")
		case *SeqBox:
			if top {
				continue
			}
			c.errorf(st.Pos(), "put the box at the top of the sequence, around the declarations of its actors", "a box cannot stand inside a block")
		case *Unknown:
			b.unknown(st)
		}
	}
	return out
}

func (b *seqBuilder) unknown(u *Unknown) {
	c := b.c
	w := u.Words[0]
	switch {
	case w == "else":
		c.errorf(u.Pos(), "write "+sequenceHelp.usage["else"], "else must follow the closing } of an alt or par block on the same line")
	case len(u.Words) > 1 && u.Words[1] == "<-" || len(u.Words) > 1 && u.Words[1] == "<->":
		c.errorf(u.Pos(), "write the message from sender to receiver: "+sequenceHelp.usage["->"], "a message cannot point backwards with %s", u.Words[1])
	case len(u.Words) > 1 && (u.Words[1] == "->" || u.Words[1] == "--"):
		c.errorf(u.Pos(), "write "+sequenceHelp.usage["->"], "incomplete message")
	case w == "->" || w == "--" || w == "<-":
		c.errorf(u.Pos(), "write "+sequenceHelp.usage["->"], "a message needs an actor before %s", w)
	case contains(seqStatements, w):
		c.errorf(u.Pos(), "write "+sequenceHelp.usage[w], "incomplete %s statement", w)
	default:
		hint := didYouMean(w, seqStatements)
		if hint == "" {
			hint = "a sequence holds actors, messages (a -> b), notes, frames (loop, alt, opt, par) and autonumber"
		}
		c.errorf(u.Pos(), hint, "unexpected %q in sequence", w)
	}
}

// actor declares an actor: ID ["label"] [icon NAME] [tone T]. It
// returns whether the actor was declared.
func (b *seqBuilder) actor(d *Actor) bool {
	c := b.c
	if b.actors[d.ID.Value] != nil {
		prev := b.actors[d.ID.Value].Pos
		c.errorf(tokenPos(d.ID), fmt.Sprintf("first declared at %d:%d; every id in a diagram must be unique", prev.Line, prev.Col), "duplicate id %q", d.ID.Value)
		return false
	}
	if !c.declare(d.ID, "actor", b.s.ID) {
		b.failed[d.ID.Value] = true
		return false
	}
	a := &diagram.Actor{ID: d.ID.Value, Pos: c.pos(tokenPos(d.ID))}
	labelled := false
	for _, at := range d.Attrs {
		switch {
		case at.Label.Value != "" && !labelled:
			a.Label, labelled = c.rich(at.Label), true
		case at.Label.Value != "":
			c.errorf(at.Pos(), "an actor has one label", "second label for actor %q", a.ID)
		case at.Key == "tone":
			a.Tone, _ = c.tone(at)
		case at.Key == "icon":
			a.Icon = b.icon(at)
		default:
			c.errorf(at.Pos(), "write "+sequenceHelp.usage[""], "an actor does not take %s", attrName(at))
		}
	}
	b.actors[a.ID] = a
	b.s.Actors = append(b.s.Actors, a)
	return true
}

// box declares the actors of a box and the box around them.
func (b *seqBuilder) box(x *SeqBox) {
	c := b.c
	out := &diagram.ActorBox{Pos: c.pos(x.Pos())}
	if x.ID.Value != "" && c.declare(x.ID, "box", b.s.ID) {
		out.ID = x.ID.Value
	}
	labelled := false
	for _, at := range x.Attrs {
		switch {
		case at.Label.Value != "" && !labelled:
			out.Label, labelled = c.rich(at.Label), true
		case at.Label.Value != "":
			c.errorf(at.Pos(), `a box has one label; break lines with \n`, "second label for box")
		case at.Key == "tone":
			out.Tone, _ = c.tone(at)
		default:
			c.errorf(at.Pos(), "write "+sequenceHelp.usage["box"], "a box does not take %s", attrName(at))
		}
	}
	bad := false
	for _, st := range x.Body.Stmts {
		a, ok := st.(*Actor)
		if !ok {
			c.errorf(st.Pos(), "a box holds the declarations of its actors, one a line: "+sequenceHelp.usage[""], "only actors can be declared inside a box")
			bad = true
			continue
		}
		if b.actor(a) {
			out.Actors = append(out.Actors, a.ID.Value)
		} else {
			bad = true
		}
	}
	switch {
	case bad:
		return
	case len(out.Actors) == 0:
		c.errorf(x.Pos(), "declare the actors inside the box: "+sequenceHelp.usage["box"], "box holds no actors")
		return
	}
	b.s.Boxes = append(b.s.Boxes, out)
}

// icon checks an "icon NAME" attribute against the built-in icons.
func (b *seqBuilder) icon(a *Attr) string {
	if a.Value.Value == "" {
		b.c.errorf(a.Pos(), "write icon NAME, e.g. icon user", "icon needs a name")
		return ""
	}
	if _, ok := icon.Lookup(a.Value.Value); !ok {
		b.c.errorf(tokenPos(a.Value), enumHint(a.Value.Value, "icons", icon.Names()), "unknown icon %q", a.Value.Value)
		return ""
	}
	return a.Value.Value
}

// use returns whether id names an actor of this sequence, adding an actor
// on first use when no statement declares it.
func (b *seqBuilder) use(id Token) bool {
	c := b.c
	name := id.Value
	if b.actors[name] != nil {
		return true
	}
	if b.failed[name] {
		return false
	}
	var ids []string
	for _, a := range b.s.Actors {
		ids = append(ids, a.ID)
	}
	if near := closest(name, ids, typoEdits(name)); near != "" {
		b.failed[name] = true
		c.errorf(tokenPos(id), fmt.Sprintf("did you mean %q?", near), "unknown actor %q", name)
		return false
	}
	if sym := c.scope.lookup(name); sym != nil {
		b.failed[name] = true
		c.errorf(tokenPos(id), fmt.Sprintf("%q is declared at %d:%d as a %s; a message joins actors of its own sequence, and ids are shared by the whole diagram",
			name, sym.Pos.Line, sym.Pos.Col, sym.Kind), "%q is not an actor of this sequence", name)
		return false
	}
	c.declare(id, "actor", b.s.ID)
	a := &diagram.Actor{ID: name, Pos: c.pos(tokenPos(id))}
	b.actors[name] = a
	b.s.Actors = append(b.s.Actors, a)
	return true
}

// message converts one message and its block.
func (b *seqBuilder) message(m *SeqMessage) *diagram.Message {
	c := b.c
	b.messages++
	out := &diagram.Message{Pos: c.pos(tokenPos(m.From))}
	if m.ID.Value != "" {
		out.Pos = c.pos(tokenPos(m.ID))
	}
	ok := true
	switch arrow := m.Arrow.String(); arrow {
	case "->":
		out.Kind = diagram.Sync
	case "-->":
		out.Kind = diagram.Reply
	case "->>":
		out.Kind = diagram.Async
	default:
		c.errorf(m.Arrow.Pos(), "arrows are -> (a call), --> (a reply) and ->> (an asynchronous message), from sender to receiver",
			"a message cannot use %s", arrow)
		ok = false
	}
	if h := m.Arrow.Head; h != nil && h.Pos() != m.Arrow.Pos()+Pos(len(m.Arrow.Line)) {
		c.errorf(h.Pos(), "write "+m.Arrow.String()+" without a space", "space inside an arrow")
		ok = false
	}
	fromOK, toOK := b.use(m.From), b.use(m.To)
	ok = ok && fromOK && toOK
	out.From, out.To = m.From.Value, m.To.Value
	labelled := false
	for _, a := range m.Attrs {
		switch {
		case a.Label.Value != "" && !labelled:
			out.Label, labelled = c.rich(a.Label), true
		case a.Label.Value != "":
			c.errorf(a.Pos(), `a message has one label; break lines with \n`, "second label for message")
		case a.Key == "tone":
			out.Tone, _ = c.tone(a)
		default:
			c.errorf(a.Pos(), "write "+sequenceHelp.usage["->"], "a message does not take %s", attrName(a))
		}
	}
	if m.ID.Value != "" {
		if c.declare(m.ID, "message", b.s.ID) {
			out.ID = m.ID.Value
		}
	} else {
		out.ID = b.autoID(b.messages, tokenPos(m.From))
	}
	if m.Body != nil {
		out.Activate = true
		out.Body = b.items(m.Body.Stmts, false)
	}
	if !ok {
		return nil
	}
	return out
}

// autoID returns the id of the n-th message of a sequence that has no id of
// its own: m<n>, or <sequence>.m<n> when m<n> names something else; ""
// when neither is free.
func (b *seqBuilder) autoID(n int, pos Pos) string {
	c := b.c
	id := fmt.Sprintf("m%d", n)
	if c.scope.lookup(id) != nil {
		if b.s.ID == "" {
			return ""
		}
		id = b.s.ID + "." + id
		if c.scope.lookup(id) != nil {
			return ""
		}
	}
	c.declareAt(id, pos, "message", b.s.ID)
	return id
}

// note converts note [ID] over a[, b] "text" [tone T] and
// note [ID] left|right of a "text" [tone T].
func (b *seqBuilder) note(n *SeqNote) *diagram.SeqNote {
	c := b.c
	out := &diagram.SeqNote{Pos: c.pos(n.Pos())}
	if n.ID.Value != "" && c.declare(n.ID, "note", b.s.ID) {
		out.ID = n.ID.Value
	}
	ok := true
	side := n.Side
	switch side {
	case "over":
		out.Side = diagram.NoteOver
		if n.Of != "" {
			c.errorf(n.Pos(), "write note over a[, b] \"text\", or note left of a", "over takes no of")
			ok = false
		}
	case "left", "right":
		out.Side = diagram.NoteLeft
		if side == "right" {
			out.Side = diagram.NoteRight
		}
		if n.Of == "" {
			c.errorf(n.Pos(), "write note "+side+" of ACTOR \"text\"", "%s needs of and the actor the note stands beside", side)
			ok = false
		}
	default:
		c.errorf(n.Pos(), "write "+sequenceHelp.usage["note"], "note needs over, left of or right of and its actors")
		return nil
	}
	actors := 0
	for _, a := range n.Over {
		if a.Type == tokIdent {
			actors++
		}
	}
	switch {
	case actors == 0 && ok:
		c.errorf(n.Pos(), "write "+sequenceHelp.usage["note"], "note needs the actors it stands %s", map[string]string{"over": "over", "left": "beside", "right": "beside"}[side])
		ok = false
	case actors > 1 && side != "over":
		c.errorf(n.Pos(), "a note beside a lifeline stands by one actor; write note over a, b for a note across several", "note %s of %d actors", side, actors)
		ok = false
	}
	for _, a := range n.Over {
		if a.Type != tokIdent {
			continue // a comma between actors
		}
		if b.use(a) {
			out.Over = append(out.Over, a.Value)
		} else {
			ok = false
		}
	}
	texted := false
	for _, a := range n.Attrs {
		switch {
		case a.Label.Value != "" && !texted:
			out.Text, texted = c.rich(a.Label), true
		case a.Label.Value != "":
			c.errorf(a.Pos(), `a note has one text; break lines with \n`, "second text for note")
		case a.Key == "tone":
			out.Tone, _ = c.tone(a)
		default:
			c.errorf(a.Pos(), "write "+sequenceHelp.usage["note"], "a note does not take %s", attrName(a))
		}
	}
	if !texted {
		c.errorf(n.Pos(), "write "+sequenceHelp.usage["note"], "note needs a text")
		ok = false
	}
	if !ok {
		return nil
	}
	return out
}

// frame converts a loop, alt, opt or par frame.
func (b *seqBuilder) frame(f *SeqFrame) *diagram.Frame {
	c := b.c
	kind, _ := diagram.ParseFrameKind(f.Kind)
	out := &diagram.Frame{Kind: kind, Pos: c.pos(f.Pos())}
	if f.ID.Value != "" && c.declare(f.ID, f.Kind, b.s.ID) {
		out.ID = f.ID.Value
	}
	first := &diagram.FrameSection{Pos: c.pos(f.Body.Pos())}
	if f.Label.Value != "" {
		first.Label = c.rich(f.Label)
	}
	first.Items = b.items(f.Body.Stmts, false)
	out.Sections = append(out.Sections, first)
	for _, e := range f.Else {
		if kind != diagram.Alt && kind != diagram.Par {
			c.errorf(e.Pos(), "only alt and par frames have else sections", "%s has no else", f.Kind)
			continue
		}
		sec := &diagram.FrameSection{Pos: c.pos(e.Pos())}
		if e.Label.Value != "" {
			sec.Label = c.rich(e.Label)
		}
		sec.Items = b.items(e.Body.Stmts, false)
		out.Sections = append(out.Sections, sec)
	}
	return out
}
