package diagram

import "slices"

// Sequence is a sequence diagram: actors side by side, each with a lifeline
// running down, and the messages, notes and frames between them in time
// order from top to bottom.
type Sequence struct {
	PanelHead
	// Actors are the columns, left to right, in order of declaration or
	// first use.
	Actors []*Actor
	// Boxes are drawn around groups of neighbouring actors.
	Boxes []*ActorBox
	// Items are the top-level messages, notes and frames, in time order.
	Items []SeqItem
	// Autonumber draws a step number at the start of every message.
	Autonumber bool
}

func (*Sequence) keyword() string { return "sequence" }

// Actor is one participant of a sequence, drawn as a box on top of its
// lifeline.
type Actor struct {
	ID    string
	Label string // what readers see; the id when empty
	Icon  string // icon name, or empty
	Tone  Tone
	Pos   Pos
}

// Text returns the label, or the id when the label is empty.
func (a *Actor) Text() string {
	if a.Label != "" {
		return a.Label
	}
	return a.ID
}

// ActorBox is a labelled box drawn around neighbouring actors and their
// lifelines, for the actors that belong together (a service's parts, one
// company's systems).
type ActorBox struct {
	ID     string   // may be empty
	Label  string   // drawn at the top of the box; may be empty
	Tone   Tone     // the box's tint
	Actors []string // actor ids, neighbours in the sequence's column order
	Pos    Pos
}

// SeqItem is one thing that happens in a sequence: a *Message, a *SeqNote
// or a *Frame. The unexported method closes the set to this package.
type SeqItem interface {
	Element
	// check checks the item, the index-th of its list (from 1), and what
	// it holds; actors are the actors of its sequence.
	check(v *validator, actors *actorScope, index int)
}

// MessageKind is how a message is sent.
type MessageKind int

// The message kinds, written ->, --> and ->> in the language.
const (
	// Sync is a call whose sender waits: a solid line, a filled arrowhead.
	Sync MessageKind = iota
	// Reply is the answer to a call: a dashed line, an open arrowhead.
	Reply
	// Async is a message whose sender does not wait: a solid line, an open
	// arrowhead.
	Async
)

// messageKindConsts names the constants of MessageKind in order (see checkEnum).
var messageKindConsts = []string{"Sync", "Reply", "Async"}

func (MessageKind) consts() []string { return messageKindConsts }

var messageKindNames = [...]string{"sync", "reply", "async"}

// String returns the kind's name.
func (k MessageKind) String() string {
	if k >= 0 && int(k) < len(messageKindNames) {
		return messageKindNames[k]
	}
	return "sync"
}

// Message is an arrow from one actor's lifeline to another's (or back to
// the same one, a self-call).
type Message struct {
	// ID names the message for the animation: given by the user, or m1,
	// m2, ... in source order.
	ID    string
	From  string // actor id
	To    string // actor id; equal to From for a self-call
	Kind  MessageKind
	Label string
	Tone  Tone
	// Activate draws an activation span on the receiver's lifeline from
	// this message to the end of Body: the receiver is busy while the
	// messages of Body happen.
	Activate bool
	Body     []SeqItem
	Pos      Pos
}

// NoteSide is where a sequence note stands against its actors' lifelines.
type NoteSide int

// The note sides, written over, left of and right of in the language.
const (
	// NoteOver stands over the lifelines, from the leftmost actor to the
	// rightmost.
	NoteOver NoteSide = iota
	// NoteLeft stands left of one actor's lifeline.
	NoteLeft
	// NoteRight stands right of one actor's lifeline.
	NoteRight
)

// noteSideConsts names the constants of NoteSide in order (see checkEnum).
var noteSideConsts = []string{"NoteOver", "NoteLeft", "NoteRight"}

func (NoteSide) consts() []string { return noteSideConsts }

var noteSideNames = [...]string{"over", "left of", "right of"}

// String returns the side as the language writes it.
func (s NoteSide) String() string {
	if s >= 0 && int(s) < len(noteSideNames) {
		return noteSideNames[s]
	}
	return "over"
}

// SeqNote is a note drawn over one actor's lifeline or across several, or
// beside one actor's lifeline.
type SeqNote struct {
	ID   string // may be empty
	Side NoteSide
	// Over lists the actor ids: the note spans from the leftmost to the
	// rightmost; a note beside a lifeline has one.
	Over []string
	Text string // "\n" breaks lines
	Tone Tone
	Pos  Pos
}

// FrameKind is what a frame around part of a sequence means.
type FrameKind int

// The frame kinds.
const (
	Loop FrameKind = iota // the part repeats
	Alt                   // one of the sections happens
	Opt                   // the part happens or not
	Par                   // the sections happen at the same time
)

// frameKindConsts names the constants of FrameKind in order (see checkEnum).
var frameKindConsts = []string{"Loop", "Alt", "Opt", "Par"}

func (FrameKind) consts() []string { return frameKindConsts }

var frameKindNames = [...]string{"loop", "alt", "opt", "par"}

// String returns the kind's keyword.
func (k FrameKind) String() string {
	if k >= 0 && int(k) < len(frameKindNames) {
		return frameKindNames[k]
	}
	return "loop"
}

// FrameKindNames lists the frame keywords in order.
func FrameKindNames() []string { return append([]string(nil), frameKindNames[:]...) }

// ParseFrameKind returns the frame kind with the given keyword.
func ParseFrameKind(s string) (FrameKind, bool) {
	for i, n := range frameKindNames {
		if n == s {
			return FrameKind(i), true
		}
	}
	return Loop, false
}

// Frame is a labelled box around part of a sequence: a loop, an
// alternative, an option or parallel parts. An Alt or Par frame has one
// section per branch, split by dashed lines; the others have one.
type Frame struct {
	ID       string // may be empty
	Kind     FrameKind
	Sections []*FrameSection
	Pos      Pos
}

// FrameSection is one part of a frame: its guard or label (e.g. "for each
// token", "cache hit") and what happens in it.
type FrameSection struct {
	Label string
	Items []SeqItem
	Pos   Pos
}

// Position returns where the actor was declared.
func (a *Actor) Position() Pos { return a.Pos }

// Position returns where the box was declared.
func (b *ActorBox) Position() Pos { return b.Pos }

// Position returns where the message was declared.
func (m *Message) Position() Pos { return m.Pos }

// Position returns where the note was declared.
func (n *SeqNote) Position() Pos { return n.Pos }

// Position returns where the frame was declared.
func (f *Frame) Position() Pos { return f.Pos }

// Position returns where the section starts.
func (s *FrameSection) Position() Pos { return s.Pos }

func (s *Sequence) walk(f func(Element) bool) {
	walkList(s.Actors, f)
	walkList(s.Boxes, f)
	walkList(s.Items, f)
}

func (*ActorBox) walk(func(Element) bool) {}

func (b *ActorBox) eachString(f func(string)) {
	f(b.ID)
	f(b.Label)
	eachOf(b.Actors, f)
}

func (m *Message) walk(f func(Element) bool)      { walkList(m.Body, f) }
func (fr *Frame) walk(f func(Element) bool)       { walkList(fr.Sections, f) }
func (s *FrameSection) walk(f func(Element) bool) { walkList(s.Items, f) }

func (*Actor) walk(func(Element) bool)   {}
func (*SeqNote) walk(func(Element) bool) {}

func (a *Actor) eachString(f func(string)) {
	f(a.ID)
	f(a.Label)
	f(a.Icon)
}

func (m *Message) eachString(f func(string)) {
	f(m.ID)
	f(m.From)
	f(m.To)
	f(m.Label)
}

func (n *SeqNote) eachString(f func(string)) {
	f(n.ID)
	eachOf(n.Over, f)
	f(n.Text)
}

func (fr *Frame) eachString(f func(string))       { f(fr.ID) }
func (s *FrameSection) eachString(f func(string)) { f(s.Label) }

// actorScope is what the validator knows of a sequence's actors while it
// checks the messages, notes and frames.
type actorScope struct {
	ids   map[string]bool
	order []string
}

// check checks a sequence diagram.
func (s *Sequence) check(v *validator) {
	if len(s.Actors) == 0 {
		v.errorf(s, "add the actors, then messages between them", "sequence has no actors")
	}
	actors := &actorScope{ids: map[string]bool{}}
	for i, a := range s.Actors {
		switch {
		case a == nil:
			v.nilEntry(s, "Actors", i)
		case v.in(a, step{kind: "actor", id: a.ID, index: i + 1}, "actor"):
			a.check(v, actors)
			v.out(a)
		}
	}
	boxed := map[string]bool{}
	for i, b := range s.Boxes {
		switch {
		case b == nil:
			v.nilEntry(s, "Boxes", i)
		case v.in(b, step{kind: "box", id: b.ID, index: i + 1}, "box"):
			b.check(v, actors, boxed)
			v.out(b)
		}
	}
	actors.checkItems(v, s, "Items", s.Items)
}

// check checks a box around actors: its actors exist, belong to no other
// box and are neighbours in column order.
func (b *ActorBox) check(v *validator, actors *actorScope, boxed map[string]bool) {
	v.declare(b.ID, "box", b)
	v.tone(b, b.Tone)
	if len(b.Actors) == 0 {
		v.errorf(b, "list the actors the box holds in Actors", "box holds no actors")
		return
	}
	cols := make([]int, 0, len(b.Actors))
	for _, id := range b.Actors {
		if !actors.ids[id] {
			actors.ref(v, b, id)
			return
		}
		if boxed[id] {
			v.errorf(b, "an actor stands in one box; take it out of the other", "actor %q is in two boxes", id)
		}
		boxed[id] = true
		cols = append(cols, slices.Index(actors.order, id))
	}
	slices.Sort(cols)
	for k := 1; k < len(cols); k++ {
		if cols[k] != cols[k-1]+1 {
			v.errorf(b, "order Actors so that the box's actors are neighbours", "box's actors %q and %q are not neighbours: %q stands between them",
				actors.order[cols[k-1]], actors.order[cols[k]], actors.order[cols[k-1]+1])
			return
		}
	}
}

func (a *Actor) check(v *validator, actors *actorScope) {
	if a.ID == "" {
		v.errorf(a, "give every actor an ID: messages name actors by id", "actor has no id")
	}
	v.declare(a.ID, "actor", a)
	actors.ids[a.ID], actors.order = true, append(actors.order, a.ID)
	v.tone(a, a.Tone)
	v.checkIcon(a, a.Icon)
}

// ref checks that the element e names an actor of the sequence by id.
func (actors *actorScope) ref(v *validator, e Element, id string) {
	if !actors.ids[id] {
		v.unknownEnd(e, id, actors.order, "actor", "sequence", "a message or note names actors of its own sequence")
	}
}

// checkItems checks the items of list, the field named field of owner.
func (actors *actorScope) checkItems(v *validator, owner Element, field string, list []SeqItem) {
	for i, it := range list {
		if isNil(it) {
			v.nilEntry(owner, field, i)
			continue
		}
		it.check(v, actors, i+1)
	}
}

func (m *Message) check(v *validator, actors *actorScope, index int) {
	if !v.in(m, step{kind: "message", id: m.ID, index: index, from: m.From, to: m.To}, "message "+m.ID) {
		return
	}
	defer v.out(m)
	v.declare(m.ID, "message", m)
	checkEnum(v, m, "message kind", m.Kind)
	v.tone(m, m.Tone)
	actors.ref(v, m, m.From)
	actors.ref(v, m, m.To)
	actors.checkItems(v, m, "Body", m.Body)
}

func (n *SeqNote) check(v *validator, actors *actorScope, index int) {
	if !v.in(n, step{kind: "note", id: n.ID, index: index}, "note") {
		return
	}
	defer v.out(n)
	v.declare(n.ID, "note", n)
	v.tone(n, n.Tone)
	checkEnum(v, n, "note side", n.Side)
	switch {
	case len(n.Over) == 0:
		v.errorf(n, "list the actors the note stands over in Over", "note stands over no actor")
	case len(n.Over) > 1 && n.Side != NoteOver:
		v.errorf(n, "a note beside a lifeline stands by one actor; use NoteOver for a note across several", "note %s %d actors", n.Side, len(n.Over))
	}
	for _, id := range n.Over {
		actors.ref(v, n, id)
	}
	v.need(n, n.Text, "give the note its text", "note has no text")
}

func (fr *Frame) check(v *validator, actors *actorScope, index int) {
	kind := "frame"
	if fr.Kind >= 0 && int(fr.Kind) < len(frameKindNames) {
		kind = frameKindNames[fr.Kind]
	}
	if !v.in(fr, step{kind: kind, id: fr.ID, index: index}, kind+" "+fr.ID) {
		return
	}
	defer v.out(fr)
	v.declare(fr.ID, kind, fr)
	checkEnum(v, fr, "frame kind", fr.Kind)
	switch {
	case len(fr.Sections) == 0:
		v.errorf(fr, "give the frame a section with what happens in it", "frame has no sections")
	case len(fr.Sections) > 1 && fr.Kind != Alt && fr.Kind != Par:
		v.errorf(fr, "only alt and par frames have else sections", "%s frame has %d sections", kind, len(fr.Sections))
	}
	for j, sec := range fr.Sections {
		switch {
		case sec == nil:
			v.nilEntry(fr, "Sections", j)
		case v.in(sec, step{kind: "section", index: j + 1}, "section"):
			actors.checkItems(v, sec, "Items", sec.Items)
			v.out(sec)
		}
	}
}
