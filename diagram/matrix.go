package diagram

import "fmt"

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

func (*Matrix) keyword() string { return "matrix" }

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

// scaleKindConsts names the constants of ScaleKind in order (see checkEnum).
var scaleKindConsts = []string{"Sequential", "Diverging"}

func (ScaleKind) consts() []string { return scaleKindConsts }

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

// Position returns where the row was declared.
func (r *MatrixRow) Position() Pos { return r.Pos }

// Position returns where the cell was declared.
func (c *Cell) Position() Pos { return c.Pos }

// Position returns the zero Pos: a HeatScale records no position.
func (*HeatScale) Position() Pos { return Pos{} }

// Position returns where the outline was declared.
func (o *Outline) Position() Pos { return o.Pos }

func (m *Matrix) walk(f func(Element) bool) {
	walkList(m.Rows, f)
	Inspect(m.Heat, f)
	walkList(m.Outlines, f)
}

func (r *MatrixRow) walk(f func(Element) bool) { walkList(r.Cells, f) }

func (*Cell) walk(func(Element) bool)      {}
func (*HeatScale) walk(func(Element) bool) {}
func (*Outline) walk(func(Element) bool)   {}

func (m *Matrix) eachString(f func(string)) {
	f(m.ID)
	f(m.Title)
	eachOf(m.Cols, f)
	f(m.ColTitle)
	f(m.RowTitle)
}

func (r *MatrixRow) eachString(f func(string)) {
	f(r.ID)
	f(r.Header)
}

func (c *Cell) eachString(f func(string)) {
	f(c.ID)
	f(c.Text)
	f(c.Detail)
}

func (*HeatScale) eachString(func(string)) {}

func (o *Outline) eachString(f func(string)) {
	f(o.ID)
	f(o.Label)
}

// matrixScope is what the validator learns of a matrix's shape while it
// checks the rows.
type matrixScope struct {
	width   int  // the number of columns
	numeric bool // some cell is numeric
}

// check checks a matrix: its shape, cells, heat scale and outlines.
func (m *Matrix) check(v *validator) {
	for i, h := range m.Cols {
		v.markup(m, fmt.Sprintf("column header %d", i+1), h)
	}
	if len(m.Rows) == 0 {
		v.errorf(m, "add rows with their cells", "matrix has no rows")
	}
	sc := &matrixScope{width: len(m.Cols)}
	for i, r := range m.Rows {
		switch {
		case r == nil:
			v.nilEntry(m, "Rows", i)
		case v.in(r, step{kind: "row", id: r.ID, index: i + 1}, "row"):
			r.check(v, sc)
			v.out(r)
		}
	}
	if m.Heat != nil {
		v.push(step{kind: "heat scale"})
		m.Heat.check(v, m, sc.numeric)
		v.pop()
	}
	for i, o := range m.Outlines {
		switch {
		case o == nil:
			v.nilEntry(m, "Outlines", i)
		case v.in(o, step{kind: "outline", id: o.ID, index: i + 1}, "outline"):
			o.check(v, len(m.Rows), sc.width)
			v.out(o)
		}
	}
}

// check checks a row and its cells: the first row sets the width of a
// matrix without column headers.
func (r *MatrixRow) check(v *validator, sc *matrixScope) {
	v.declare(r.ID, "row", r)
	v.markup(r, "row header", r.Header)
	if len(r.Cells) == 0 {
		v.errorf(r, "give every row its cells; \"\" is an empty cell", "row has no cells")
	}
	if sc.width == 0 {
		sc.width = len(r.Cells)
	}
	if len(r.Cells) != sc.width && len(r.Cells) > 0 {
		v.errorf(r, "give every row one cell per column; \"\" is an empty cell", "row has %d cells, but the matrix has %d columns", len(r.Cells), sc.width)
	}
	for j, c := range r.Cells {
		switch {
		case c == nil:
			v.nilEntry(r, "Cells", j)
		case v.in(c, step{kind: "cell", id: c.ID, index: j + 1}, "cell"):
			c.check(v, sc)
			v.out(c)
		}
	}
}

func (c *Cell) check(v *validator, sc *matrixScope) {
	v.declare(c.ID, "cell", c)
	v.tone(c, c.Tone)
	if c.Numeric {
		sc.numeric = true
		v.finite(c, "cell value", c.Value)
	}
	v.markup(c, "cell text", c.Text)
	v.markup(c, "cell detail", c.Detail)
}

// check checks the heat scale of m, which has numeric cells if numeric is
// set; it reports at m, since a scale has no position.
func (hs *HeatScale) check(v *validator, m *Matrix, numeric bool) {
	if v.finite(m, "heat range", hs.Lo, hs.Hi) && hs.Lo >= hs.Hi {
		v.errorf(m, "write the smaller value first, like 0 .. 1", "heat range %g .. %g is empty", hs.Lo, hs.Hi)
	}
	checkEnum(v, m, "scale kind", hs.Kind)
	if !numeric && len(m.Rows) > 0 {
		v.errorf(m, "a heat scale colours numeric cells; set their Value and Numeric", "heat matrix has no numeric cells")
	}
}

// check checks an outline of a matrix of rows rows and width columns.
func (o *Outline) check(v *validator, rows, width int) {
	v.declare(o.ID, "outline", o)
	v.tone(o, o.Tone)
	if len(o.Blocks) == 0 {
		v.errorf(o, "give the outline the blocks of cells it frames", "outline has no cells")
	}
	for _, b := range o.Blocks {
		if b.Row0 < 0 || b.Col0 < 0 || b.Row0 > b.Row1 || b.Col0 > b.Col1 || b.Row1 >= rows || b.Col1 >= width {
			v.errorf(o, fmt.Sprintf("rows count from 0 to %d and columns from 0 to %d, the first before the last", rows-1, width-1),
				"cell block rows %d..%d, columns %d..%d is outside the matrix", b.Row0, b.Row1, b.Col0, b.Col1)
		}
	}
}
