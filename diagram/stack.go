package diagram

// Stack is a panel of horizontal bands from top to bottom, such as the
// layers of a system. Each band has a label, a row of items that wraps when
// the band is full, and optional notes shown in a column beside it (for
// example the threats and defences of each layer).
type Stack struct {
	PanelHead
	Bands []*Band
}

func (*Stack) keyword() string { return "stack" }

// Band is one layer of a stack.
type Band struct {
	ID    string
	Label string // what readers see; the id when empty
	Tone  Tone
	Items []*StackItem
	Notes []*StackNote
	Pos   Pos
}

// Text returns the label, or the id when the label is empty.
func (b *Band) Text() string {
	if b.Label != "" {
		return b.Label
	}
	return b.ID
}

// StackItem is one box in a band's row.
type StackItem struct {
	ID    string
	Label string // what readers see; the id when empty
	Tone  Tone
	Pos   Pos
}

// Text returns the label, or the id when the label is empty.
func (it *StackItem) Text() string {
	if it.Label != "" {
		return it.Label
	}
	return it.ID
}

// StackNote is one side note of a band, e.g. a threat (tone bad) or a
// defence (tone good). ID may be empty.
type StackNote struct {
	ID   string
	Text string
	Tone Tone
	Pos  Pos
}

// Position returns where the band was declared.
func (b *Band) Position() Pos { return b.Pos }

// Position returns where the item was declared.
func (it *StackItem) Position() Pos { return it.Pos }

// Position returns where the note was declared.
func (n *StackNote) Position() Pos { return n.Pos }

func (s *Stack) walk(f func(Element) bool) { walkList(s.Bands, f) }

func (b *Band) walk(f func(Element) bool) {
	walkList(b.Items, f)
	walkList(b.Notes, f)
}

func (*StackItem) walk(func(Element) bool) {}
func (*StackNote) walk(func(Element) bool) {}

func (b *Band) eachString(f func(string)) {
	f(b.ID)
	f(b.Label)
}

func (it *StackItem) eachString(f func(string)) {
	f(it.ID)
	f(it.Label)
}

func (n *StackNote) eachString(f func(string)) {
	f(n.ID)
	f(n.Text)
}

// check checks a stack of bands.
func (s *Stack) check(v *validator) {
	if len(s.Bands) == 0 {
		v.errorf(s, "add the stack's bands", "stack has no bands")
	}
	for i, b := range s.Bands {
		switch {
		case b == nil:
			v.nilEntry(s, "Bands", i)
		case v.in(b, step{kind: "band", id: b.ID, index: i + 1}, "band"):
			b.check(v)
			v.out(b)
		}
	}
}

// check checks a band, its items and its notes.
func (b *Band) check(v *validator) {
	if b.ID == "" {
		v.errorf(b, "give every band an ID", "band has no id")
	}
	v.declare(b.ID, "band", b)
	v.tone(b, b.Tone)
	for j, it := range b.Items {
		switch {
		case it == nil:
			v.nilEntry(b, "Items", j)
		case v.in(it, step{kind: "item", id: it.ID, index: j + 1}, "item"):
			if it.ID == "" {
				v.errorf(it, "give every item an ID", "item has no id")
			}
			v.declare(it.ID, "item", it)
			v.tone(it, it.Tone)
			v.out(it)
		}
	}
	for j, n := range b.Notes {
		switch {
		case n == nil:
			v.nilEntry(b, "Notes", j)
		case v.in(n, step{kind: "note", id: n.ID, index: j + 1}, "note"):
			v.declare(n.ID, "note", n)
			v.tone(n, n.Tone)
			v.out(n)
		}
	}
}
