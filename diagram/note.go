package diagram

// Note is a panel of short text lines: bullets, plain lines and formulas,
// written with inline markup (**bold**, `code`, x_i, x^2, W_{ij},
// e^{-z}). A note in a callout style (tip, pitfall) is drawn on a tinted
// card with an icon and a heading.
type Note struct {
	PanelHead
	Style NoteStyle
	// Heading is the heading of a callout, drawn inside its card with the
	// icon; empty means the style's word ("Tip", "Pitfall"). A callout
	// leaves PanelHead.Title empty, so the panel draws no title above it.
	Heading string
	// Tone and Icon override the style's tone and icon; Icon empty means
	// the style's own.
	Tone Tone
	Icon string
	// Width is the width of the text column in px; zero means the default.
	Width float64
	Lines []*NoteLine
}

func (*Note) keyword() string { return "note" }

// NoteStyle is the look of a note.
type NoteStyle int

// The note styles.
const (
	PlainNote   NoteStyle = iota // a titled panel of lines
	TipNote                      // a callout with advice: good tone, check icon
	PitfallNote                  // a callout with a warning: bad tone, alert icon
)

// noteStyleConsts names the constants of NoteStyle in order (see checkEnum).
var noteStyleConsts = []string{"PlainNote", "TipNote", "PitfallNote"}

func (NoteStyle) consts() []string { return noteStyleConsts }

var noteStyleNames = [...]string{"plain", "tip", "pitfall"}

// String returns the style's name as written in the language.
func (s NoteStyle) String() string {
	if s >= 0 && int(s) < len(noteStyleNames) {
		return noteStyleNames[s]
	}
	return "plain"
}

// LineKind is what a note line is.
type LineKind int

// The line kinds.
const (
	BulletLine  LineKind = iota // a line with a bullet
	TextLine                    // a paragraph line without a bullet
	FormulaLine                 // a centred formula in a larger size
)

// lineKindConsts names the constants of LineKind in order (see checkEnum).
var lineKindConsts = []string{"BulletLine", "TextLine", "FormulaLine"}

func (LineKind) consts() []string { return lineKindConsts }

// NoteLine is one line of a note, with its inline markup as written.
type NoteLine struct {
	// ID is the line's id for the animation; empty means none.
	ID   string
	Kind LineKind
	Text string
	Pos  Pos
}

// Position returns where the line was declared.
func (l *NoteLine) Position() Pos { return l.Pos }

func (n *Note) walk(f func(Element) bool) { walkList(n.Lines, f) }
func (*NoteLine) walk(func(Element) bool) {}

func (n *Note) eachString(f func(string)) {
	f(n.ID)
	f(n.Title)
	f(n.Heading)
	f(n.Icon)
}

func (l *NoteLine) eachString(f func(string)) {
	f(l.ID)
	f(l.Text)
}

// check checks a note panel and its lines.
func (n *Note) check(v *validator) {
	checkEnum(v, n, "note style", n.Style)
	v.tone(n, n.Tone)
	v.checkIcon(n, n.Icon)
	if n.Style == PlainNote && n.Icon != "" {
		v.errorf(n, "an icon shows on a tip or pitfall callout", "a plain note has no icon")
	}
	if !(n.Width == 0 || n.Width >= 160 && n.Width <= 1600) {
		v.errorf(n, "Width is px from 160 to 1600, or 0 for the default", "note width %g is out of range", n.Width)
	}
	if len(n.Lines) == 0 {
		v.errorf(n, "add the note's lines", "note has no lines")
	}
	for i, l := range n.Lines {
		switch {
		case l == nil:
			v.nilEntry(n, "Lines", i)
		case v.in(l, step{kind: "line", id: l.ID, index: i + 1}, "line"):
			l.check(v)
			v.out(l)
		}
	}
}

func (l *NoteLine) check(v *validator) {
	v.declare(l.ID, "note line", l)
	checkEnum(v, l, "line kind", l.Kind)
	v.markup(l, "line", l.Text)
}
