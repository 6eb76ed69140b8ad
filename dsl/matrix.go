package dsl

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
)

// Matrix is a matrix panel: rows of cells under column headers, optionally
// coloured as a heatmap.
//
//	matrix ID ["title"] [heat LO..HI [diverging [centre C]] | heat categorical] {
//	  cols "Positive" "Negative" title "Predicted"
//	  rows "Positive" "Negative" title "Actual"
//	  row tp: "TP\n42" tone good   fn: "FN\n8" tone bad
//	  row fp: "FP\n5" tone bad     tn: "TN\n45" tone good
//	  outline diagonal tone good "correct"
//	}
//
// A block may also give proportional column widths (widths 70 15 15) and
// masked cells (mask upper "future tokens").
type Matrix struct {
	Span
	Commented
	ID    Token         `parser:"'matrix' ( (?! 'heat') @Ident )?"`
	Attrs []*MatrixAttr `parser:"@@*"`
	Extra *Stray        `parser:"( (?! EOL) @@ )?"`
	Stmts []MatrixStmt  `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// MatrixAttr is the title or the heat scale of a matrix.
type MatrixAttr struct {
	Span
	Title Token `parser:"@String"`
	Heat  *Heat `parser:"| @@"`
}

// Heat is the heat scale of a matrix: heat LO..HI [diverging [centre C] |
// sequential], or heat categorical. Each part is optional in the grammar,
// so that Compile can say which is missing.
type Heat struct {
	Span
	Categorical bool          `parser:"'heat' ( @'categorical'"`
	Lo          []lexer.Token `parser:"| @( Number | ( '-' | '+' ) Number? )?"`
	Range       string        `parser:"  ( @Range"`
	Hi          []lexer.Token `parser:"    @( Number | ( '-' | '+' ) Number? )? )?"`
	Kind        string        `parser:"  @('diverging' | 'sequential')?"`
	Centre      *HeatCentre   `parser:"  @@? )"`
}

// HeatCentre is the centre of a diverging scale: centre C (center is
// accepted too). Value is empty when no number follows.
type HeatCentre struct {
	Span
	Value []lexer.Token `parser:"( 'centre' | 'center' ) @( Number | ( '-' | '+' ) Number? )?"`
}

// MatrixStmt is one statement inside a matrix block: column or row
// *MatrixHeaders, a *MatrixRow, *Widths, a *Mask, an *Outline, or a
// *Stray, a line that starts with none of them (reported).
type MatrixStmt interface {
	statement
	matrixStmt()
}

// unions registers the statements of a matrix block with the parser.
func (*Matrix) unions() []participle.Option {
	return []participle.Option{participle.Union[MatrixStmt](&MatrixHeaders{}, &MatrixRow{}, &Widths{}, &Mask{}, &Outline{}, &Stray{})}
}

func (*MatrixHeaders) matrixStmt() {}
func (*MatrixRow) matrixStmt()     {}
func (*Widths) matrixStmt()        {}
func (*Mask) matrixStmt()          {}
func (*Outline) matrixStmt()       {}
func (*Stray) matrixStmt()         {}

// MatrixHeaders lists the column or row headers, with an optional axis
// title: cols|rows "header"... [title "axis title"].
type MatrixHeaders struct {
	Span
	Commented
	Kind  string        `parser:"@('cols' | 'rows')"`
	Items []*HeaderItem `parser:"@@*"`
	Extra *Stray        `parser:"( (?! EOL) @@ )?"`
}

// HeaderItem is one item of a headers statement: a header (a string or a
// number), the axis title, or a comma.
type HeaderItem struct {
	Span
	Header Token      `parser:"@String"`
	Number Token      `parser:"| @Number"`
	Title  *TitleAttr `parser:"| @@"`
	Comma  bool       `parser:"| @','"`
}

// TitleAttr is the attribute title "text"; Text is empty when no string
// follows.
type TitleAttr struct {
	Span
	Text Token `parser:"'title' @String?"`
}

// MatrixRow is one row: row [ID] ["header":] cells, the cells separated by
// spaces or commas.
type MatrixRow struct {
	Span
	Commented
	ID     Token      `parser:"'row' ( @Ident (?! ':') )?"`
	Header *RowHeader `parser:"@@?"`
	Cells  []*Cell    `parser:"( ',' | @@ )*"`
	Extra  *Stray     `parser:"( (?! EOL) @@ )?"`
}

// RowHeader is the header written before a row's cells: "header":.
type RowHeader struct {
	Span
	Text Token `parser:"@String ':'"`
}

// Cell is one cell of a row: [NAME:] "text"|NUMBER [detail "text"]
// [tone T] [bold]. A name with no value after it is kept, so that Compile
// can say what is missing.
type Cell struct {
	Span
	Name  *Tag          `parser:"(?= String | Number | Ident ':' | '-' | '+') @@?"`
	Text  Token         `parser:"( @String"`
	Value []lexer.Token `parser:"| @( Number | ( '-' | '+' ) Number? ) )?"`
	Attrs []*CellAttr   `parser:"@@*"`
}

// CellAttr is one attribute of a cell. A word followed by a colon names
// the next cell instead.
type CellAttr struct {
	Span
	Tone   *CellTone `parser:"@@"`
	Icon   *CellIcon `parser:"| @@"`
	Detail Token     `parser:"| 'detail' @String"`
	Bold   bool      `parser:"| @'bold' (?! ':')"`
}

// CellIcon is icon NAME after a cell; Name is empty when no name follows
// (or when the word after icon names the next cell).
type CellIcon struct {
	Span
	Name Token `parser:"'icon' (?! ':') ( @Ident (?! ':') )?"`
}

// CellTone is tone NAME after a cell; Name is empty when no name follows
// (or when the word after tone names the next cell).
type CellTone struct {
	Span
	Name Token `parser:"'tone' (?! ':') ( @Ident (?! ':') )?"`
}

// Outline is a frame drawn around cells:
// outline [NAME:] CELL [.. CELL] | diagonal [tone T] [dashed] ["label"].
type Outline struct {
	Span
	Commented
	Name     *Tag           `parser:"'outline' @@?"`
	Diagonal bool           `parser:"( @'diagonal'"`
	From     Token          `parser:"| @Ident"`
	Range    string         `parser:"  ( @Range"`
	To       Token          `parser:"    @Ident? )? )?"`
	Attrs    []*OutlineAttr `parser:"@@*"`
	Extra    *Stray         `parser:"( (?! EOL) @@ )?"`
}

// Widths gives the columns widths in proportion to its numbers:
// widths 70 15 15 (a % after a number is allowed, commas too). Extra holds
// what follows that is not a number.
type Widths struct {
	Span
	Commented
	Items []*WidthItem `parser:"'widths' @@*"`
	Extra *Stray       `parser:"( (?! EOL) @@ )?"`
}

// WidthItem is one item of a widths statement: a number, a sign (reported:
// a width is positive) or a comma.
type WidthItem struct {
	Span
	Number Token  `parser:"@Number"`
	Sign   string `parser:"| @( '-' | '+' )"`
	Comma  bool   `parser:"| @','"`
}

// Mask marks cells as masked, not values:
// mask [NAME:] upper | lower | CELL [.. CELL] ["label"].
type Mask struct {
	Span
	Commented
	Name   *Tag   `parser:"'mask' @@?"`
	Region string `parser:"( @('upper' | 'lower')"`
	From   Token  `parser:"| @Ident"`
	Range  string `parser:"  ( @Range"`
	To     Token  `parser:"    @Ident? )? )?"`
	Label  Token  `parser:"@String?"`
	Extra  *Stray `parser:"( (?! EOL) @@ )?"`
}

// OutlineAttr is one attribute of an outline: tone T, dashed or its label.
type OutlineAttr struct {
	Span
	Tone   Token `parser:"'tone' @Ident"`
	Dashed bool  `parser:"| @'dashed'"`
	Label  Token `parser:"| @String"`
}

// matrixStatements are the words that start a statement in a matrix block.
var matrixStatements = []string{"cols", "rows", "row", "widths", "mask", "outline"}

var matrixHelp = &help{
	keywords: []string{"matrix"},
	usage: map[string]string{
		"matrix":  `matrix ID ["title"] [heat LO..HI [diverging [centre C]] | heat categorical] { cols, rows, row, widths, mask and outline statements }`,
		"cols":    `cols "header"... [title "axis title"]`,
		"rows":    `rows "header"... [title "axis title"]`,
		"row":     `row [ID] ["header":] [NAME:] "text"|NUMBER [detail "text"] [tone T] [icon NAME] [bold] ...`,
		"widths":  `widths W... (one share per column, like widths 70 15 15)`,
		"mask":    `mask [NAME:] upper | lower | CELL [.. CELL] ["label"]  (CELL is a cell name or r1c2)`,
		"outline": `outline [NAME:] CELL [.. CELL] | diagonal [tone T] [dashed] ["label"]  (CELL is a cell name or r1c2)`,
	},
	blocks: map[string][]string{
		"matrix": matrixStatements,
	},
}

func (*Matrix) help() *help { return matrixHelp }

// matrixBuilder converts one matrix.
type matrixBuilder struct {
	c     *compiler
	m     *diagram.Matrix
	set   map[string]Pos    // where cols and rows were given
	cells map[string][2]int // cell names (unqualified) to row, column
	// rowHeaders holds the headers of a rows statement, and rowsAt its
	// position, to check them against the row statements.
	rowHeaders []string
	rowsAt     Pos
	colsAt     Pos
	outlines   []*Outline
	masks      []*Mask
	widthsAt   Pos
}

func (m *Matrix) compile(c *compiler) diagram.Panel {
	out := &diagram.Matrix{PanelHead: diagram.PanelHead{Pos: c.pos(m.Pos())}}
	b := &matrixBuilder{c: c, m: out, set: map[string]Pos{}, cells: map[string][2]int{}}
	b.head(m)
	for _, st := range m.Stmts {
		b.statement(st)
	}
	b.finish(m.Pos())
	return out
}

// head converts "matrix [ID] ["title"] [heat LO..HI [diverging]]".
func (b *matrixBuilder) head(m *Matrix) {
	c := b.c
	if m.ID.Value != "" && c.declare(m.ID, "matrix", "") {
		b.m.ID = m.ID.Value
	}
	for _, a := range m.Attrs {
		switch {
		case a.Title.Value != "" && b.m.Title == "":
			b.m.Title = c.rich(a.Title)
		case a.Title.Value != "":
			c.errorf(a.Pos(), "a matrix has one title", "second title for matrix")
		case b.m.Heat == nil:
			// A heat scale that stops early leaves the words after the
			// stop to the header, which takes none of them.
			if stop, ok := b.heat(a.Heat); !ok && stop.Pos.Offset < a.End().Offset() {
				b.unexpectedInHead(stop)
				return
			}
		default:
			b.unexpectedInHead(a.Tokens[0])
			return
		}
	}
	if m.Extra != nil {
		b.unexpectedInHead(m.Extra.Tokens[0])
	}
}

func (b *matrixBuilder) unexpectedInHead(t lexer.Token) {
	b.c.errorf(tokenPos(t), "write "+matrixHelp.usage["matrix"], "unexpected %s after matrix", describe(t))
}

// heat converts "heat LO..HI [diverging [centre C]|sequential]" or "heat
// categorical". When it fails, it returns the token it stopped at.
func (b *matrixBuilder) heat(h *Heat) (lexer.Token, bool) {
	c := b.c
	const hint = "write a heat range as heat LO..HI, e.g. heat 0..1 or heat -1..1 diverging, or write heat categorical"
	kw := h.Tokens[0]
	if h.Categorical {
		b.m.Heat = &diagram.HeatScale{Kind: diagram.Categorical}
		return lexer.Token{}, true
	}
	lo, ok := c.signed(h.Lo, kw, "heat range start", hint)
	if !ok {
		return c.found(lastOf(h.Lo, kw)), false
	}
	rng := c.found(lastOf(h.Lo, kw))
	if h.Range == "" {
		c.errorf(tokenPos(rng), hint, "expected .. after heat range start, found %s", describe(rng))
		return rng, false
	}
	hi, ok := c.signed(h.Hi, rng, "heat range end", hint)
	if !ok {
		return c.found(lastOf(h.Hi, rng)), false
	}
	if lo >= hi {
		c.errorf(tokenPos(h.Lo[0]), fmt.Sprintf("write the smaller value first, like heat %g..%g", min(lo, hi), max(lo, hi)), "heat range %g..%g is empty", lo, hi)
		return c.found(lastOf(h.Hi, rng)), false
	}
	out := &diagram.HeatScale{Lo: lo, Hi: hi}
	if h.Kind == "diverging" {
		out.Kind = diagram.Diverging
	}
	if ct := h.Centre; ct != nil {
		end := c.found(h.Tokens[len(h.Tokens)-1])
		ckw := ct.Tokens[0]
		if out.Kind != diagram.Diverging {
			c.errorf(tokenPos(ckw), fmt.Sprintf("only a diverging scale has a centre: write heat %g..%g diverging %s C", lo, hi, ckw.Value), "a sequential heat scale has no centre")
			return end, false
		}
		v, ok := c.signed(ct.Value, ckw, "heat centre", "write the centre of a diverging scale as a number, e.g. heat -1..3 diverging centre 0")
		if !ok {
			return c.found(lastOf(ct.Value, ckw)), false
		}
		if v < lo || v > hi {
			c.errorf(tokenPos(ct.Value[0]), fmt.Sprintf("give a centre from %g to %g, or widen the range to hold it", lo, hi), "heat centre %g is outside the range %g..%g", v, lo, hi)
			return end, false
		}
		out.Centre, out.HasCentre = v, true
	}
	b.m.Heat = out
	return lexer.Token{}, true
}

// qualify returns the id of a part named name: the matrix id, a dot and the
// name, or the name alone in a matrix without an id.
func (b *matrixBuilder) qualify(name string) string {
	if b.m.ID == "" {
		return name
	}
	return b.m.ID + "." + name
}

// declarePart declares the id of a named part (row, cell or outline).
func (b *matrixBuilder) declarePart(id Token, kind string) (string, bool) {
	q := b.qualify(id.Value)
	return q, b.c.declareAt(q, tokenPos(id), kind, b.m.ID)
}

// statement converts one statement of the matrix block.
func (b *matrixBuilder) statement(st MatrixStmt) {
	switch st := st.(type) {
	case *MatrixHeaders:
		h := st
		if h.Kind == "cols" {
			if b.headers(h, &b.m.Cols, &b.m.ColTitle) {
				b.colsAt = h.Pos()
			}
		} else if b.headers(h, &b.rowHeaders, &b.m.RowTitle) {
			b.rowsAt = h.Pos()
		}
	case *MatrixRow:
		b.row(st)
	case *Widths:
		b.widths(st)
	case *Mask:
		b.masks = append(b.masks, st) // after every row is known
	case *Outline:
		b.outlines = append(b.outlines, st) // after every row is known
	case *Stray:
		kw := st.Tokens[0]
		hint := didYouMean(kw.Value, matrixStatements)
		if hint == "" {
			hint = "a matrix holds " + quoteList(matrixStatements)
		}
		b.c.errorf(st.Pos(), hint, "unknown matrix statement %s", describe(kw))
	}
}

// headers converts "cols|rows "header"... [title "axis"]". It returns false
// for a second statement of the same kind.
func (b *matrixBuilder) headers(h *MatrixHeaders, list *[]string, title *string) bool {
	c := b.c
	kw := h.Kind
	if first, ok := b.set[kw]; ok {
		c.errorf(h.Pos(), "first at "+c.at(first)+"; list every header in one "+kw+" statement", "second %s statement in matrix", kw)
		return false
	}
	b.set[kw] = h.Pos()
	for _, it := range h.Items {
		switch {
		case it.Header.Value != "":
			*list = append(*list, c.str(it.Header))
			c.checkMarkup(it.Header, (*list)[len(*list)-1])
		case it.Number.Value != "":
			*list = append(*list, it.Number.Value)
		case it.Title != nil && *title == "":
			if it.Title.Text.Value == "" {
				s := c.found(it.Tokens[0])
				c.errorf(tokenPos(s), `write title "axis title", e.g. title "Predicted"`, "expected a string after title, found %s", describe(s))
				return true
			}
			*title = c.str(it.Title.Text)
		case it.Comma:
		default:
			c.errorf(it.Pos(), "write "+matrixHelp.usage[kw], "unexpected %s in %s statement", describe(it.Tokens[0]), kw)
			return true
		}
	}
	if h.Extra != nil {
		c.errorf(h.Extra.Pos(), "write "+matrixHelp.usage[kw], "unexpected %s in %s statement", describe(h.Extra.Tokens[0]), kw)
	}
	return true
}

// widths converts "widths W...": one positive share per column, a % after
// a number allowed. The count is checked against the columns in finish.
func (b *matrixBuilder) widths(w *Widths) {
	c := b.c
	const hint = "write one positive share per column, like widths 70 15 15"
	if first, ok := b.set["widths"]; ok {
		c.errorf(w.Pos(), "first at "+c.at(first)+"; give every share in one widths statement", "second widths statement in matrix")
		return
	}
	b.set["widths"] = w.Pos()
	var out []float64
	for _, it := range w.Items {
		t := it.Number
		switch {
		case it.Comma:
		case it.Sign != "":
			c.errorf(it.Pos(), hint, "a column width is a positive share, found %s", describe(it.Tokens[0]))
			return
		default:
			v, unit, ok := splitNumber(t.Value)
			if !ok || unit != "" && unit != "%" {
				c.errorf(tokenPos(t), hint, "a column width is a number, or a number with %%, not %q", t.Value)
				return
			}
			if v <= 0 || math.IsInf(v, 0) {
				c.errorf(tokenPos(t), hint, "column width %s is not a positive share", t.Value)
				return
			}
			out = append(out, v)
		}
	}
	if w.Extra != nil {
		t := w.Extra.Tokens[0]
		c.errorf(tokenPos(t), hint, "unexpected %s in widths statement", describe(t))
		return
	}
	if len(out) == 0 {
		c.errorf(w.Pos(), hint, "widths needs one number per column")
		return
	}
	lo, hi := slices.Min(out), slices.Max(out)
	if hi > diagram.MaxWidthRatio*lo {
		c.errorf(w.Pos(), fmt.Sprintf("make the widest column at most %d times the narrowest", diagram.MaxWidthRatio), "column widths %g and %g are too far apart", lo, hi)
		return
	}
	b.m.Widths = out
	b.widthsAt = w.Pos()
}

// row converts "row [ID] ["header":] cells".
func (b *matrixBuilder) row(mr *MatrixRow) {
	c := b.c
	r := &diagram.MatrixRow{Pos: c.pos(mr.Pos())}
	index := len(b.m.Rows)
	if mr.ID.Value != "" {
		if id, ok := b.declarePart(mr.ID, "row"); ok {
			r.ID = id
		}
	} else if b.m.ID != "" {
		b.autoID(mr.Pos(), fmt.Sprintf("r%d", index+1), "row")
		r.ID = b.qualify(fmt.Sprintf("r%d", index+1))
	}
	if mr.Header != nil {
		r.Header = c.str(mr.Header.Text)
		c.checkMarkup(mr.Header.Text, r.Header)
	}
	for _, cl := range mr.Cells {
		cell, ok := b.cell(cl, index, len(r.Cells))
		if cell != nil {
			r.Cells = append(r.Cells, cell)
		}
		if !ok {
			b.m.Rows = append(b.m.Rows, r)
			return
		}
	}
	if mr.Extra != nil {
		t := mr.Extra.Tokens[0]
		c.errorf(tokenPos(t), `write a cell as "text" or a number, with an optional name first: tp: "TP"`, "expected a cell, found %s", describe(t))
		b.m.Rows = append(b.m.Rows, r)
		return
	}
	if len(r.Cells) == 0 {
		c.errorf(mr.Pos(), "write "+matrixHelp.usage["row"], "row has no cells")
	}
	b.m.Rows = append(b.m.Rows, r)
}

// autoID declares the id of an unnamed part: the matrix id, a dot and its
// address, like cm.r1c2.
func (b *matrixBuilder) autoID(p Pos, addr, kind string) {
	b.c.declareAt(b.qualify(addr), p, kind, b.m.ID)
}

// cell converts "[NAME:] "text"|NUMBER [detail "text"] [tone T] [bold]". It
// returns the cell (nil when it has no value) and false when the row stops
// at it.
func (b *matrixBuilder) cell(cl *Cell, row, col int) (*diagram.Cell, bool) {
	c := b.c
	cell := &diagram.Cell{Pos: c.pos(cl.Pos())}
	var name Token
	if cl.Name != nil {
		name = cl.Name.ID
	}
	switch {
	case cl.Text.Value != "":
		cell.Text = c.str(cl.Text)
		c.checkMarkup(cl.Text, cell.Text)
	case cl.Value != nil:
		v := cl.Value
		sign, last := "", v[len(v)-1]
		if v[0].Type != tokNumber {
			sign = v[0].Value
		}
		if last.Type != tokNumber {
			n := c.found(last)
			c.errorf(tokenPos(v[0]), "write a number such as 0.25 or -3", "expected a number after %q, found %s", sign, describe(n))
			return nil, false
		}
		f, _, ok := splitNumber(sign + last.Value)
		if !ok {
			c.errorf(tokenPos(v[0]), "write a number such as 0.25 or -3", "bad number %q", sign+last.Value)
			return nil, false
		}
		cell.Value, cell.Numeric = f, true
		cell.Text = strings.Replace(sign, "-", "−", 1) + last.Value
	default:
		what := "a cell"
		if name.Value != "" {
			what = "cell " + name.Value
		}
		t := c.found(cl.Name.Tokens[len(cl.Name.Tokens)-1])
		c.errorf(tokenPos(t), `write a cell as "text" or a number, with an optional name first: tp: "TP"`, "expected %s, found %s", what, describe(t))
		return nil, false
	}
	for _, a := range cl.Attrs {
		switch {
		case a.Tone != nil && a.Tone.Name.Value != "":
			tn := a.Tone.Name
			tone, ok := diagram.ParseTone(tn.Value)
			if !ok {
				c.errorf(tokenPos(tn), enumHint(tn.Value, "tones", diagram.ToneNames()), "unknown tone %q", tn.Value)
				continue
			}
			cell.Tone = tone
		case a.Tone != nil:
			c.errorf(a.Pos(), "write tone T after the cell, e.g. tone good", "tone needs a name")
		case a.Icon != nil && a.Icon.Name.Value != "":
			n := a.Icon.Name
			switch _, ok := icon.Lookup(n.Value); {
			case !ok:
				c.errorf(tokenPos(n), enumHint(n.Value, "icons", icon.Names()), "unknown icon %q", n.Value)
			case cell.Icon != "":
				c.errorf(a.Pos(), "give a cell one icon", "second icon for a cell")
			default:
				cell.Icon = n.Value
			}
		case a.Icon != nil:
			c.errorf(a.Pos(), "write icon NAME after the cell, e.g. icon lock", "icon needs a name")
		case a.Detail.Value != "" && cell.Detail == "":
			cell.Detail = c.str(a.Detail)
			c.checkMarkup(a.Detail, cell.Detail)
		case a.Detail.Value != "":
			// A second detail ends the cell, and no cell starts with
			// the word detail.
			b.nameCell(cell, name, cl.Pos(), row, col)
			c.errorf(a.Pos(), `write a cell as "text" or a number, with an optional name first: tp: "TP"`, "expected a cell, found %s", describe(a.Tokens[0]))
			return cell, false
		default:
			cell.Bold = true
		}
	}
	b.nameCell(cell, name, cl.Pos(), row, col)
	return cell, true
}

// nameCell gives a cell its id: its written name, or its address.
func (b *matrixBuilder) nameCell(cell *diagram.Cell, name Token, at Pos, row, col int) {
	addr := fmt.Sprintf("r%dc%d", row+1, col+1)
	if name.Value == "" {
		if b.m.ID != "" {
			b.autoID(at, addr, "cell")
			cell.ID = b.qualify(addr)
		}
		return
	}
	if cellAddress.MatchString(name.Value) && name.Value != addr {
		b.c.errorf(tokenPos(name), fmt.Sprintf("names like r1c2 address cells by row and column; this cell is %s", addr), "cell name %q is the address of another cell", name.Value)
		return
	}
	if id, ok := b.declarePart(name, "cell"); ok {
		cell.ID = id
		b.cells[name.Value] = [2]int{row, col}
	}
}

// cellAddress matches a cell address such as r1c2.
var cellAddress = regexp.MustCompile(`^r([0-9]+)c([0-9]+)$`)

// finish checks the shape of the matrix and converts the outlines, which
// may name any cell.
func (b *matrixBuilder) finish(pos Pos) {
	m := b.m
	if len(m.Rows) == 0 {
		b.c.errorf(pos, "write "+matrixHelp.usage["row"]+" inside the braces", "matrix has no rows")
		return
	}
	width := len(m.Cols)
	widthFrom := "the matrix has " + strconv.Itoa(width) + " columns (cols at " + b.c.at(b.colsAt) + ")"
	if width == 0 {
		width = len(m.Rows[0].Cells)
		widthFrom = "the first row has " + strconv.Itoa(width)
	}
	for _, r := range m.Rows {
		if n := len(r.Cells); n != width && n > 0 {
			b.c.errorAt(r.Pos, "give every row one cell per column; write \"\" for an empty cell", "row has %d cells, but %s", n, widthFrom)
		}
	}
	if b.rowHeaders != nil {
		if len(b.rowHeaders) != len(m.Rows) {
			b.c.errorf(b.rowsAt, "give one header per row statement", "rows lists %d headers, but the matrix has %d rows", len(b.rowHeaders), len(m.Rows))
		}
		for i, r := range m.Rows {
			if i >= len(b.rowHeaders) {
				break
			}
			if r.Header != "" {
				b.c.errorAt(r.Pos, "give a row's header either in rows or before its cells, not both", "row %d has two headers", i+1)
				continue
			}
			r.Header = b.rowHeaders[i]
		}
	}
	if m.Widths != nil && len(m.Widths) != width {
		b.c.errorf(b.widthsAt, "give one share per column", "widths lists %d shares, but %s", len(m.Widths), widthFrom)
	}
	for _, mk := range b.masks {
		b.mask(mk, width)
	}
	switch {
	case m.Heat == nil:
	case m.Heat.Kind == diagram.Categorical:
		if n := len(m.Categories()); n == 0 {
			b.c.errorf(pos, "a categorical scale colours cells by their text; give the cells texts", "categorical heat matrix has no cell texts")
		} else if n > diagram.MaxCategories {
			b.c.errorf(pos, fmt.Sprintf("a categorical scale tells at most %d texts apart; use fewer distinct texts, or tones", diagram.MaxCategories), "categorical heat matrix has %d distinct texts", n)
		}
	case !hasNumber(m):
		b.c.errorf(pos, "a heat scale colours numeric cells; write the values as numbers, like 0.25", "heat matrix has no numeric cells")
	}
	for _, o := range b.outlines {
		b.outline(o, width)
	}
}

// hasNumber reports whether m has a numeric cell that no mask covers.
func hasNumber(m *diagram.Matrix) bool {
	masked := m.Masked()
	for i, r := range m.Rows {
		for j, c := range r.Cells {
			if c.Numeric && (masked == nil || !masked[i][j]) {
				return true
			}
		}
	}
	return false
}

// mask converts "mask [NAME:] upper | lower | CELL [.. CELL] ["label"]"; the
// cells it covers must be empty.
func (b *matrixBuilder) mask(mk *Mask, width int) {
	c := b.c
	out := &diagram.Mask{Pos: c.pos(mk.Pos())}
	after := mk.Tokens[0] // the last token read
	if mk.Name != nil {
		if id, ok := b.declarePart(mk.Name.ID, "mask"); ok {
			out.ID = id
		}
		after = mk.Name.Tokens[len(mk.Name.Tokens)-1]
	}
	rows := len(b.m.Rows)
	switch mk.Region {
	case "upper":
		for i := range rows {
			if i+1 < width {
				out.Blocks = append(out.Blocks, diagram.CellBlock{Row0: i, Col0: i + 1, Row1: i, Col1: width - 1})
			}
		}
	case "lower":
		for i := 1; i < rows; i++ {
			out.Blocks = append(out.Blocks, diagram.CellBlock{Row0: i, Col0: 0, Row1: i, Col1: min(i, width) - 1})
		}
	default:
		r0, c0, ok := b.cellRef(mk.From, after, width, "mask")
		if !ok {
			return
		}
		r1, c1 := r0, c0
		if mk.Range != "" {
			if r1, c1, ok = b.cellRef(mk.To, c.found(mk.From), width, "mask"); !ok {
				return
			}
		}
		out.Blocks = []diagram.CellBlock{{Row0: min(r0, r1), Col0: min(c0, c1), Row1: max(r0, r1), Col1: max(c0, c1)}}
	}
	if len(out.Blocks) == 0 {
		c.errorf(mk.Pos(), "a matrix of one row or column has no cells above or below its diagonal; name the cells to mask, like mask r1c2", "mask %s covers no cells of a %d×%d matrix", mk.Region, rows, width)
		return
	}
	if mk.Label.Value != "" {
		out.Label = c.str(mk.Label)
	}
	if mk.Extra != nil {
		c.errorf(mk.Extra.Pos(), "write "+matrixHelp.usage["mask"], "unexpected %s in mask statement", describe(mk.Extra.Tokens[0]))
		return
	}
	for _, bl := range out.Blocks {
		for i := bl.Row0; i <= bl.Row1; i++ {
			cells := b.m.Rows[i].Cells
			for j := bl.Col0; j <= bl.Col1 && j < len(cells); j++ {
				if cl := cells[j]; cl.Text != "" || cl.Detail != "" || cl.Icon != "" {
					c.errorAt(cl.Pos, fmt.Sprintf("a masked cell shows no value: write \"\" for it, or leave it out of the mask at %s", c.at(mk.Pos())),
						"cell r%dc%d is masked, but holds %s", i+1, j+1, maskedWhat(cl))
				}
			}
		}
	}
	b.m.Masks = append(b.m.Masks, out)
}

// maskedWhat says what a masked cell holds, for an error.
func maskedWhat(cl *diagram.Cell) string {
	if cl.Text != "" {
		return strconv.Quote(cl.Text)
	}
	return "a detail or an icon"
}

// outline converts "outline [NAME:] CELL [.. CELL] | diagonal [tone T]
// [dashed] ["label"]".
func (b *matrixBuilder) outline(ol *Outline, width int) {
	c := b.c
	o := &diagram.Outline{Pos: c.pos(ol.Pos()), Tone: diagram.Accent}
	after := ol.Tokens[0] // the last token read
	if ol.Name != nil {
		if id, ok := b.declarePart(ol.Name.ID, "outline"); ok {
			o.ID = id
		}
		after = ol.Name.Tokens[len(ol.Name.Tokens)-1]
	}
	rows := len(b.m.Rows)
	if ol.Diagonal {
		for i := range min(rows, width) {
			o.Blocks = append(o.Blocks, diagram.CellBlock{Row0: i, Col0: i, Row1: i, Col1: i})
		}
	} else {
		r0, c0, ok := b.cellRef(ol.From, after, width, "outline")
		if !ok {
			return
		}
		r1, c1 := r0, c0
		if ol.Range != "" {
			if r1, c1, ok = b.cellRef(ol.To, c.found(ol.From), width, "outline"); !ok {
				return
			}
		}
		o.Blocks = []diagram.CellBlock{{Row0: min(r0, r1), Col0: min(c0, c1), Row1: max(r0, r1), Col1: max(c0, c1)}}
	}
	for _, a := range ol.Attrs {
		switch {
		case a.Tone.Value != "":
			if tone, ok := diagram.ParseTone(a.Tone.Value); ok {
				o.Tone = tone
			} else {
				c.errorf(tokenPos(a.Tone), enumHint(a.Tone.Value, "tones", diagram.ToneNames()), "unknown tone %q", a.Tone.Value)
			}
		case a.Dashed:
			o.Dashed = true
		case a.Label.Value != "" && o.Label == "":
			o.Label = c.str(a.Label)
		default:
			c.errorf(a.Pos(), "write "+matrixHelp.usage["outline"], "unexpected %s in outline statement", describe(a.Tokens[0]))
			return
		}
	}
	if ol.Extra != nil {
		c.errorf(ol.Extra.Pos(), "write "+matrixHelp.usage["outline"], "unexpected %s in outline statement", describe(ol.Extra.Tokens[0]))
		return
	}
	b.m.Outlines = append(b.m.Outlines, o)
}

// cellRef converts a cell name or address, which follows the token after in
// statement stmt, to its row and column.
func (b *matrixBuilder) cellRef(id Token, after lexer.Token, width int, stmt string) (int, int, bool) {
	c := b.c
	if id.Value == "" {
		t := c.found(after)
		c.errorf(tokenPos(t), "write "+matrixHelp.usage[stmt], "expected a cell name or address like r1c2, found %s", describe(t))
		return 0, 0, false
	}
	if rc, ok := b.cells[id.Value]; ok {
		return rc[0], rc[1], true
	}
	if m := cellAddress.FindStringSubmatch(id.Value); m != nil {
		r, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		if r < 1 || r > len(b.m.Rows) || col < 1 || col > width {
			c.errorf(tokenPos(id), fmt.Sprintf("rows count from 1 to %d and columns from 1 to %d", len(b.m.Rows), width), "cell %s is outside the matrix", id.Value)
			return 0, 0, false
		}
		return r - 1, col - 1, true
	}
	names := make([]string, 0, len(b.cells))
	for n := range b.cells {
		names = append(names, n)
	}
	hint := didYouMean(id.Value, sortedNames(names))
	if hint == "" {
		hint = "name a cell of this matrix (tp: \"TP\") or address it by row and column, like r1c2"
	}
	c.errorf(tokenPos(id), hint, "unknown cell %q", id.Value)
	return 0, 0, false
}

// sortedNames returns s sorted, for hints that list names.
func sortedNames(s []string) []string {
	sort.Strings(s)
	return s
}
