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

func (*Note) isPanel() {}

// NoteStyle is the look of a note.
type NoteStyle int

// The note styles.
const (
	PlainNote   NoteStyle = iota // a titled panel of lines
	TipNote                      // a callout with advice: good tone, check icon
	PitfallNote                  // a callout with a warning: bad tone, alert icon
)

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

// NoteLine is one line of a note, with its inline markup as written.
type NoteLine struct {
	// ID is the line's id for the animation; empty means none.
	ID   string
	Kind LineKind
	Text string
	Pos  Pos
}
