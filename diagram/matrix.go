package diagram

// Matrix is a grid of cells with row and column headers: a confusion
// matrix, a table of scores, a heatmap of attention weights or a k-fold
// split. Rows hold the cells; Cols holds the column headers.
type Matrix struct {
	PanelHead
	// Cols are the column headers, left to right; empty strings leave a
	// column unnamed. There may be none.
	Cols []string
	// ColTitle and RowTitle are the axis titles above the column headers
	// and beside the row headers, e.g. "Predicted" and "Actual"; empty
	// means none.
	ColTitle string
	RowTitle string
	Rows     []*MatrixRow
	// Heat, when not nil, colours every numeric cell by its value.
	Heat *HeatScale
	// Outlines are rectangles drawn around blocks of cells, in order.
	Outlines []*Outline
}

func (*Matrix) isPanel() {}

// MatrixRow is one row of a matrix: its header and its cells.
type MatrixRow struct {
	// ID is the row's id for the animation; empty means none.
	ID     string
	Header string
	Cells  []*Cell
	Pos    Pos
}

// Cell is one cell of a matrix.
type Cell struct {
	// ID is the cell's id for the animation; empty means none.
	ID string
	// Text is what the cell shows, as written (a number keeps its digits,
	// "0.70" stays "0.70"). It may hold \n line breaks.
	Text string
	// Value is the cell's number when Numeric is set.
	Value   float64
	Numeric bool
	// Tone highlights the cell with a tinted fill; Neutral is plain.
	Tone Tone
	// Detail is a small line under the text, e.g. "true positives"; a
	// cell with a detail shows its text large and bold, like a count on a
	// card. Empty means none.
	Detail string
	// Bold sets the text in bold.
	Bold bool
	Pos  Pos
}

// ScaleKind is how a heat scale maps values to colours.
type ScaleKind int

// The scale kinds.
const (
	// Sequential runs from pale (low) to deep (high) in one hue.
	Sequential ScaleKind = iota
	// Diverging runs from one hue through a pale middle to another, for
	// values on both sides of a centre (correlations, signed weights).
	Diverging
)

// HeatScale maps cell values in [Lo, Hi] to colours; values outside are
// clamped. A diverging scale is pale at the middle of the range.
type HeatScale struct {
	Lo, Hi float64
	Kind   ScaleKind
}

// Outline is a frame drawn around one or more blocks of cells: a k-fold
// validation block, the diagonal of a confusion matrix.
type Outline struct {
	// ID is the outline's id for the animation; empty means none.
	ID     string
	Blocks []CellBlock
	Tone   Tone
	// Label is a short caption drawn beside the outline; may be empty.
	Label  string
	Dashed bool
	Pos    Pos
}

// CellBlock is the block of cells from row Row0 to row Row1 and from column
// Col0 to column Col1, counted from 0, ends included.
type CellBlock struct {
	Row0, Col0 int
	Row1, Col1 int
}
