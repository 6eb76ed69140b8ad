package diagram

// Sequence is a sequence diagram: actors side by side, each with a lifeline
// running down, and the messages, notes and frames between them in time
// order from top to bottom.
type Sequence struct {
	PanelHead
	// Actors are the columns, left to right, in order of declaration or
	// first use.
	Actors []*Actor
	// Items are the top-level messages, notes and frames, in time order.
	Items []SeqItem
	// Autonumber draws a step number at the start of every message.
	Autonumber bool
}

func (*Sequence) isPanel() {}

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

// SeqItem is one thing that happens in a sequence: a *Message, a *SeqNote
// or a *Frame. The unexported method closes the set to this package.
type SeqItem interface {
	Element
	isSeqItem()
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

func (*Message) isSeqItem() {}

// SeqNote is a note drawn over one actor's lifeline or across several.
type SeqNote struct {
	ID   string   // may be empty
	Over []string // actor ids; the note spans from the leftmost to the rightmost
	Text string   // "\n" breaks lines
	Tone Tone
	Pos  Pos
}

func (*SeqNote) isSeqItem() {}

// FrameKind is what a frame around part of a sequence means.
type FrameKind int

// The frame kinds.
const (
	Loop FrameKind = iota // the part repeats
	Alt                   // one of the sections happens
	Opt                   // the part happens or not
	Par                   // the sections happen at the same time
)

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

func (*Frame) isSeqItem() {}

// FrameSection is one part of a frame: its guard or label (e.g. "for each
// token", "cache hit") and what happens in it.
type FrameSection struct {
	Label string
	Items []SeqItem
	Pos   Pos
}
