package dsl

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Matrix is a matrix panel: rows of cells under column headers, optionally
// coloured as a heatmap.
//
//	matrix ID ["title"] [heat LO..HI [diverging]] {
//	  cols "Positive" "Negative" title "Predicted"
//	  rows "Positive" "Negative" title "Actual"
//	  row tp: "TP\n42" tone good   fn: "FN\n8" tone bad
//	  row fp: "FP\n5" tone bad     tn: "TN\n45" tone good
//	  outline diagonal tone good "correct"
//	}
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

// Heat is the heat scale of a matrix: heat LO..HI [diverging|sequential].
// Each part is optional in the grammar, so that Compile can say which is
// missing.
type Heat struct {
	Span
	Lo    []lexer.Token `parser:"'heat' @( Number | ( '-' | '+' ) Number? )?"`
	Range string        `parser:"( @Range"`
	Hi    []lexer.Token `parser:"  @( Number | ( '-' | '+' ) Number? )? )?"`
	Kind  string        `parser:"@('diverging' | 'sequential')?"`
}

// MatrixStmt is one statement inside a matrix block: column or row
// *MatrixHeaders, a *MatrixRow, an *Outline, or a *Stray, a line that starts
// with none of them (reported).
type MatrixStmt interface {
	statement
	matrixStmt()
}

// unions registers the statements of a matrix block with the parser.
func (*Matrix) unions() []participle.Option {
	return []participle.Option{participle.Union[MatrixStmt](&MatrixHeaders{}, &MatrixRow{}, &Outline{}, &Stray{})}
}

func (*MatrixHeaders) matrixStmt() {}
func (*MatrixRow) matrixStmt()     {}
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
	Detail Token     `parser:"| 'detail' @String"`
	Bold   bool      `parser:"| @'bold' (?! ':')"`
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

// OutlineAttr is one attribute of an outline: tone T, dashed or its label.
type OutlineAttr struct {
	Span
	Tone   Token `parser:"'tone' @Ident"`
	Dashed bool  `parser:"| @'dashed'"`
	Label  Token `parser:"| @String"`
}

// matrixStatements are the words that start a statement in a matrix block.
var matrixStatements = []string{"cols", "rows", "row", "outline"}

var matrixHelp = &help{
	keywords: []string{"matrix"},
	usage: map[string]string{
		"matrix":  `matrix ID ["title"] [heat LO..HI [diverging]] { cols, rows, row and outline statements }`,
		"cols":    `cols "header"... [title "axis title"]`,
		"rows":    `rows "header"... [title "axis title"]`,
		"row":     `row [ID] ["header":] [NAME:] "text"|NUMBER [detail "text"] [tone T] [bold] ...`,
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
			b.m.Title = c.str(a.Title)
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

// heat converts "heat LO..HI [diverging|sequential]". When it fails, it
// returns the token it stopped at.
func (b *matrixBuilder) heat(h *Heat) (lexer.Token, bool) {
	c := b.c
	const hint = "write a heat range as heat LO..HI, e.g. heat 0..1 or heat -1..1 diverging"
	kw := h.Tokens[0]
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
	if m.Heat != nil && !hasNumber(m) {
		b.c.errorf(pos, "a heat scale colours numeric cells; write the values as numbers, like 0.25", "heat matrix has no numeric cells")
	}
	for _, o := range b.outlines {
		b.outline(o, width)
	}
}

func hasNumber(m *diagram.Matrix) bool {
	for _, r := range m.Rows {
		for _, c := range r.Cells {
			if c.Numeric {
				return true
			}
		}
	}
	return false
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
		r0, c0, ok := b.cellRef(ol.From, after, width)
		if !ok {
			return
		}
		r1, c1 := r0, c0
		if ol.Range != "" {
			if r1, c1, ok = b.cellRef(ol.To, c.found(ol.From), width); !ok {
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

// cellRef converts a cell name or address, which follows the token after,
// to its row and column.
func (b *matrixBuilder) cellRef(id Token, after lexer.Token, width int) (int, int, bool) {
	c := b.c
	if id.Value == "" {
		t := c.found(after)
		c.errorf(tokenPos(t), "write "+matrixHelp.usage["outline"], "expected a cell name or address like r1c2, found %s", describe(t))
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
