package diagram

import (
	"fmt"
	"math"
)

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
	// Heat, when not nil, colours the cells: every numeric cell by its
	// value, or, on a categorical scale, every cell with text by its text.
	Heat *HeatScale
	// Widths, when not nil, gives the columns widths in proportion to
	// its numbers (70, 15, 15 draws a 70 % column and two of 15 %), one
	// number per column; nil sizes each column by its text.
	Widths []float64
	// Masks mark blocks of cells as masked, in order.
	Masks []*Mask
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
	// Icon names a built-in icon drawn before the text (or alone, in a
	// cell without text), e.g. "lock"; empty means none.
	Icon string
	Pos  Pos
}

// ScaleKind is how a heat scale maps values to colours.
type ScaleKind int

// The scale kinds.
const (
	// Sequential runs from pale (low) to deep (high) in one hue.
	Sequential ScaleKind = iota
	// Diverging runs from one hue through a pale centre to another, for
	// values on both sides of a centre (correlations, signed weights).
	Diverging
	// Categorical gives each distinct cell text a colour of its own, in
	// the order the texts first appear, with no order among the colours.
	Categorical
)

// scaleKindConsts names the constants of ScaleKind in order (see checkEnum).
var scaleKindConsts = []string{"Sequential", "Diverging", "Categorical"}

// MaxCategories is the most distinct texts a categorical heat scale
// colours: beyond it, colours could no longer be told apart.
const MaxCategories = 10

// MaxWidthRatio is how many times wider than the narrowest the widest
// column of proportional widths may be.
const MaxWidthRatio = 100

func (ScaleKind) consts() []string { return scaleKindConsts }

// HeatScale maps cell values in [Lo, Hi] to colours; values outside are
// clamped. A diverging scale is pale at its centre: Centre when HasCentre
// is set, else the middle of the range; values at the same distance from
// the centre, on either side, are equally deep. A categorical scale
// colours cells by their text and has no range (Lo and Hi are ignored).
type HeatScale struct {
	Lo, Hi float64
	Kind   ScaleKind
	// Centre is the value a diverging scale is pale at, inside [Lo, Hi],
	// when HasCentre is set.
	Centre    float64
	HasCentre bool
}

// Mid returns the value a diverging scale is pale at: its centre, or the
// middle of its range.
func (hs *HeatScale) Mid() float64 {
	if hs.HasCentre {
		return hs.Centre
	}
	return hs.Lo + (hs.Hi-hs.Lo)/2
}

// Mask marks blocks of cells as masked, not values: the keys a causal
// attention mask hides from each query, the padding of a batch. A masked
// cell is drawn hatched and shows no text, so that it never reads as a
// value near zero; its text must be empty.
type Mask struct {
	// ID is the mask's id for the animation; empty means none.
	ID     string
	Blocks []CellBlock
	// Label explains the mask once in the key under the cells; may be
	// empty.
	Label string
	Pos   Pos
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

// Position returns where the mask was declared.
func (mk *Mask) Position() Pos { return mk.Pos }

func (m *Matrix) walk(f func(Element) bool) {
	walkList(m.Rows, f)
	Inspect(m.Heat, f)
	walkList(m.Masks, f)
	walkList(m.Outlines, f)
}

func (r *MatrixRow) walk(f func(Element) bool) { walkList(r.Cells, f) }

func (*Cell) walk(func(Element) bool)      {}
func (*HeatScale) walk(func(Element) bool) {}
func (*Outline) walk(func(Element) bool)   {}
func (*Mask) walk(func(Element) bool)      {}

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
	f(c.Icon)
}

func (*HeatScale) eachString(func(string)) {}

func (o *Outline) eachString(f func(string)) {
	f(o.ID)
	f(o.Label)
}

func (mk *Mask) eachString(f func(string)) {
	f(mk.ID)
	f(mk.Label)
}

// matrixScope is what the validator learns of a matrix's shape while it
// checks the rows.
type matrixScope struct {
	width   int  // the number of columns
	numeric bool // some cell is numeric
}

// check checks a matrix: its shape, cells, widths, heat scale, masks and
// outlines.
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
	m.checkWidths(v, sc.width)
	for i, mk := range m.Masks {
		switch {
		case mk == nil:
			v.nilEntry(m, "Masks", i)
		case v.in(mk, step{kind: "mask", id: mk.ID, index: i + 1}, "mask"):
			mk.check(v, m, sc.width)
			v.out(mk)
		}
	}
	if m.Heat != nil {
		v.push(step{kind: "heat scale"})
		m.Heat.check(v, m)
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

// checkWidths checks the proportional widths of a matrix of width columns.
func (m *Matrix) checkWidths(v *validator, width int) {
	if m.Widths == nil {
		return
	}
	if len(m.Widths) != width {
		v.errorf(m, "give one width per column, like widths 70 15 15 for three columns", "matrix has %d widths for %d columns", len(m.Widths), width)
		return
	}
	lo, hi := math.Inf(1), 0.0
	for _, w := range m.Widths {
		if !v.finite(m, "column width", w) {
			return
		}
		if w <= 0 {
			v.errorf(m, "give every column a positive share, like widths 70 15 15", "column width %g is not positive", w)
			return
		}
		lo, hi = min(lo, w), max(hi, w)
	}
	if hi > MaxWidthRatio*lo {
		v.errorf(m, fmt.Sprintf("make the widest column at most %d times the narrowest", MaxWidthRatio), "column widths %g and %g are too far apart", lo, hi)
	}
}

// Masked returns, for each row and column of m, whether a mask covers the
// cell; it is nil when m has no masks. Blocks outside the matrix are
// skipped.
func (m *Matrix) Masked() [][]bool {
	if len(m.Masks) == 0 {
		return nil
	}
	out := make([][]bool, len(m.Rows))
	for i, r := range m.Rows {
		if r != nil {
			out[i] = make([]bool, len(r.Cells))
		}
	}
	for _, mk := range m.Masks {
		if mk == nil {
			continue
		}
		for _, b := range mk.Blocks {
			for i := max(b.Row0, 0); i <= b.Row1 && i < len(out); i++ {
				for j := max(b.Col0, 0); j <= b.Col1 && j < len(out[i]); j++ {
					out[i][j] = true
				}
			}
		}
	}
	return out
}

// Categories returns the distinct texts of the cells that a categorical
// scale colours, in the order they first appear, row by row: every cell
// with text that no mask covers.
func (m *Matrix) Categories() []string {
	masked := m.Masked()
	var out []string
	seen := map[string]bool{}
	for i, r := range m.Rows {
		if r == nil {
			continue
		}
		for j, c := range r.Cells {
			if c == nil || c.Text == "" || masked != nil && masked[i][j] || seen[c.Text] {
				continue
			}
			seen[c.Text] = true
			out = append(out, c.Text)
		}
	}
	return out
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
	v.checkIcon(c, c.Icon)
}

// check checks the heat scale of m; it reports at m, since a scale has no
// position.
func (hs *HeatScale) check(v *validator, m *Matrix) {
	if !checkEnum(v, m, "scale kind", hs.Kind) {
		return
	}
	if hs.Kind == Categorical {
		if n := len(m.Categories()); n > MaxCategories {
			v.errorf(m, fmt.Sprintf("a categorical scale tells at most %d texts apart; use fewer distinct texts, or tones", MaxCategories), "categorical heat matrix has %d distinct texts", n)
		} else if n == 0 && len(m.Rows) > 0 {
			v.errorf(m, "a categorical scale colours cells by their text; give the cells texts", "categorical heat matrix has no cell texts")
		}
		if hs.HasCentre {
			v.errorf(m, "only a diverging scale has a centre", "categorical heat scale has a centre")
		}
		return
	}
	if v.finite(m, "heat range", hs.Lo, hs.Hi) && hs.Lo >= hs.Hi {
		v.errorf(m, "write the smaller value first, like 0 .. 1", "heat range %g .. %g is empty", hs.Lo, hs.Hi)
	}
	if hs.HasCentre {
		switch {
		case hs.Kind != Diverging:
			v.errorf(m, "only a diverging scale has a centre: write diverging before centre", "sequential heat scale has a centre")
		case !v.finite(m, "heat centre", hs.Centre):
		case hs.Centre < hs.Lo || hs.Centre > hs.Hi:
			v.errorf(m, fmt.Sprintf("give a centre from %g to %g, or widen the range", hs.Lo, hs.Hi), "heat centre %g is outside the range %g .. %g", hs.Centre, hs.Lo, hs.Hi)
		}
	}
	if !hasNumeric(m) && len(m.Rows) > 0 {
		v.errorf(m, "a heat scale colours numeric cells; set their Value and Numeric", "heat matrix has no numeric cells")
	}
}

// hasNumeric reports whether m has a numeric cell that no mask covers.
func hasNumeric(m *Matrix) bool {
	masked := m.Masked()
	for i, r := range m.Rows {
		if r == nil {
			continue
		}
		for j, c := range r.Cells {
			if c != nil && c.Numeric && (masked == nil || !masked[i][j]) {
				return true
			}
		}
	}
	return false
}

// check checks a mask of m, a matrix of width columns: its blocks lie
// inside the matrix and the cells they cover are empty.
func (mk *Mask) check(v *validator, m *Matrix, width int) {
	v.declare(mk.ID, "mask", mk)
	if len(mk.Blocks) == 0 {
		v.errorf(mk, "give the mask the blocks of cells it covers", "mask has no cells")
	}
	rows := len(m.Rows)
	for _, b := range mk.Blocks {
		if b.Row0 < 0 || b.Col0 < 0 || b.Row0 > b.Row1 || b.Col0 > b.Col1 || b.Row1 >= rows || b.Col1 >= width {
			v.errorf(mk, fmt.Sprintf("rows count from 0 to %d and columns from 0 to %d, the first before the last", rows-1, width-1),
				"cell block rows %d..%d, columns %d..%d is outside the matrix", b.Row0, b.Row1, b.Col0, b.Col1)
			continue
		}
		for i := b.Row0; i <= b.Row1; i++ {
			r := m.Rows[i]
			if r == nil {
				continue
			}
			for j := b.Col0; j <= b.Col1 && j < len(r.Cells); j++ {
				c := r.Cells[j]
				if c == nil || c.Text == "" && c.Detail == "" && c.Icon == "" {
					continue
				}
				what := fmt.Sprintf("%q", c.Text)
				if c.Text == "" {
					what = "a detail or an icon"
				}
				v.errorf(c, fmt.Sprintf("a masked cell shows no value: write \"\" for it, or leave it out of the mask at %d:%d", mk.Pos.Line, mk.Pos.Col),
					"cell r%dc%d is masked, but holds %s", i+1, j+1, what)
			}
		}
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
