package diagram

// Stack is a panel of horizontal bands from top to bottom, such as the
// layers of a system. Each band has a label, a row of items that wraps when
// the band is full, and optional notes shown in a column beside it (for
// example the threats and defences of each layer).
type Stack struct {
	PanelHead
	Bands []*Band
}

func (*Stack) isPanel() {}

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
