package diagram

// Diagram is one picture: a header, a tree of panels, the sheet frame and an
// optional animation script.
type Diagram struct {
	Title    string
	Subtitle string
	Footer   string
	// Kicker is the small line above the title, e.g. "AI Interview Prep ·
	// Layer 1 · Foundations". Empty means none.
	Kicker string
	Theme  Theme
	// Width and Height ask for a poster size in CSS px; zero means the size
	// follows the content.
	Width, Height float64

	// Body is the root panel; nil draws only the header.
	Body Panel

	Legend []LegendItem
	Asks   []Ask

	// Script is the animation; nil means a static picture.
	Script *Script
}

// Panel is one rectangular part of a diagram: a container (Split) or one of
// the panel kinds (Graph, Plot, Matrix, Tree, Sequence, Timeline, Stack,
// Note). The unexported method closes the set to this package.
type Panel interface {
	Element
	// Head returns the panel's common fields.
	Head() *PanelHead
	isPanel()
}

// PanelHead holds what every panel has: an id (may be empty), a title shown
// above it (may be empty) and the position of its declaration.
type PanelHead struct {
	ID    string
	Title string
	Pos   Pos
}

// Head returns h itself, so that embedding PanelHead gives a panel its Head
// method.
func (h *PanelHead) Head() *PanelHead { return h }

// SplitKind says how a Split places its children.
type SplitKind int

// The ways a Split places its children.
const (
	Row    SplitKind = iota // left to right
	Column                  // top to bottom
	Grid                    // Cols columns, filled row by row
)

// Split is a container that places its child panels in a row, a column or a
// grid.
type Split struct {
	PanelHead
	Kind  SplitKind
	Cols  int // for Grid
	Items []Panel
}

func (*Split) isPanel() {}

// LegendItem explains one line or colour convention.
type LegendItem struct {
	// Kind is what the swatch draws: "solid", "dashed", "bold", "dot", or a
	// tone name such as "bad" (a filled swatch in that tone).
	Kind  string
	Tone  Tone
	Label string
	Pos   Pos
}

// Ask is one "Interviewers ask" question with its one-line answer.
type Ask struct {
	Question string
	Answer   string
	Pos      Pos
}
