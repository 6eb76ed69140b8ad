package dsl

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

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
//
// The header and the statements are kept as tokens and read by
// matrixBuilder, which reports problems in the words of the language.
type Matrix struct {
	Span
	Head  []string      `parser:"'matrix' @~(EOL | '{' | '}')*"`
	Stmts []*MatrixStmt `parser:"'{' EOL* ( @@ ( EOL+ @@? )* )? '}'"`
}

// MatrixStmt is one statement inside a matrix block, kept as its tokens.
type MatrixStmt struct {
	Span
	Words []string `parser:"@~(EOL | '{' | '}')+"`
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
	// rowHeaders holds the headers of a rows statement, and rowsTok its
	// keyword, to check them against the row statements.
	rowHeaders []string
	rowsTok    lexer.Token
	colsTok    lexer.Token
	outlines   []*cellLine
}

func (m *Matrix) compile(c *compiler) diagram.Panel {
	out := &diagram.Matrix{PanelHead: diagram.PanelHead{Pos: c.pos(m.Pos())}}
	b := &matrixBuilder{c: c, m: out, set: map[string]Pos{}, cells: map[string][2]int{}}
	b.head(headTokens(m.Tokens))
	for _, st := range m.Stmts {
		b.statement(newCellLine(c, st.Tokens))
	}
	b.finish(m.Pos())
	return out
}

// headTokens returns the tokens of a panel statement between its keyword
// and the opening brace of its block.
func headTokens(all []lexer.Token) []lexer.Token {
	var out []lexer.Token
	for i, t := range all {
		if t.Type == tokSpace || t.Type == tokComment {
			continue
		}
		if i > 0 && isPunct(t, "{") {
			break
		}
		out = append(out, t)
	}
	return out
}

// head reads "matrix [ID] ["title"] [heat LO..HI [diverging]]".
func (b *matrixBuilder) head(toks []lexer.Token) {
	l := &cellLine{newTokenLine(b.c, toks)}
	if t := l.peek(); t.Type == tokIdent && t.Value != "heat" {
		if b.c.declareAt(t.Value, tokenPos(t), "matrix", "") {
			b.m.ID = t.Value
		}
		l.i++
	}
	for !l.done() {
		t := l.peek()
		switch {
		case t.Type == tokString && b.m.Title == "":
			b.m.Title = l.str()
		case t.Type == tokString:
			l.errorf(t, "a matrix has one title", "second title for matrix")
			l.i++
		case isWord(t, "heat") && b.m.Heat == nil:
			l.i++
			b.heat(l)
		default:
			l.errorf(t, "write "+matrixHelp.usage["matrix"], "unexpected %s after matrix", describe(t))
			return
		}
	}
}

// heat reads "LO..HI [diverging]" after the word heat.
func (b *matrixBuilder) heat(l *cellLine) {
	const hint = "write a heat range as heat LO..HI, e.g. heat 0..1 or heat -1..1 diverging"
	loTok := l.peek()
	lo, ok := l.number("heat range start", hint)
	if !ok {
		return
	}
	if r := l.peek(); r.Type != tokRange {
		l.errorf(r, hint, "expected .. after heat range start, found %s", describe(r))
		return
	}
	l.i++
	hi, ok := l.number("heat range end", hint)
	if !ok {
		return
	}
	if lo >= hi {
		l.errorf(loTok, fmt.Sprintf("write the smaller value first, like heat %g..%g", min(lo, hi), max(lo, hi)), "heat range %g..%g is empty", lo, hi)
		return
	}
	h := &diagram.HeatScale{Lo: lo, Hi: hi}
	if isWord(l.peek(), "diverging") {
		h.Kind = diagram.Diverging
		l.i++
	} else if isWord(l.peek(), "sequential") {
		l.i++
	}
	b.m.Heat = h
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
func (b *matrixBuilder) declarePart(t lexer.Token, kind string) (string, bool) {
	id := b.qualify(t.Value)
	return id, b.c.declareAt(id, tokenPos(t), kind, b.m.ID)
}

// statement converts one statement of the matrix block.
func (b *matrixBuilder) statement(l *cellLine) {
	switch kw := l.kw; {
	case isWord(kw, "cols"):
		if b.headers(l, &b.m.Cols, &b.m.ColTitle) {
			b.colsTok = kw
		}
	case isWord(kw, "rows"):
		if b.headers(l, &b.rowHeaders, &b.m.RowTitle) {
			b.rowsTok = kw
		}
	case isWord(kw, "row"):
		b.row(l)
	case isWord(kw, "outline"):
		b.outlines = append(b.outlines, l) // after every row is known
	default:
		hint := didYouMean(kw.Value, matrixStatements)
		if hint == "" {
			hint = "a matrix holds " + quoteList(matrixStatements)
		}
		l.errorf(kw, hint, "unknown matrix statement %s", describe(kw))
	}
}

// headers reads "cols|rows "header"... [title "axis"]". It returns false
// for a second statement of the same kind.
func (b *matrixBuilder) headers(l *cellLine, list *[]string, title *string) bool {
	kw := l.kw.Value
	if first, ok := b.set[kw]; ok {
		l.errorf(l.kw, "first at "+b.c.at(first)+"; list every header in one "+kw+" statement", "second %s statement in matrix", kw)
		return false
	}
	b.set[kw] = tokenPos(l.kw)
	for !l.done() {
		t := l.peek()
		switch {
		case t.Type == tokString:
			*list = append(*list, l.str())
			b.c.checkMarkup(tokenString(t), (*list)[len(*list)-1])
		case t.Type == tokNumber:
			*list = append(*list, t.Value)
			l.i++
		case isWord(t, "title") && *title == "":
			l.i++
			if s := l.peek(); s.Type != tokString {
				l.errorf(s, `write title "axis title", e.g. title "Predicted"`, "expected a string after title, found %s", describe(s))
				return true
			}
			*title = l.str()
		case isPunct(t, ","):
			l.i++
		default:
			l.errorf(t, "write "+matrixHelp.usage[kw], "unexpected %s in %s statement", describe(t), kw)
			return true
		}
	}
	return true
}

// row reads "row [ID] ["header":] cells".
func (b *matrixBuilder) row(l *cellLine) {
	r := &diagram.MatrixRow{Pos: b.c.pos(tokenPos(l.kw))}
	index := len(b.m.Rows)
	if t := l.peek(); t.Type == tokIdent && !isPunct(l.at(1), ":") {
		if id, ok := b.declarePart(t, "row"); ok {
			r.ID = id
		}
		l.i++
	} else if b.m.ID != "" {
		b.autoID(tokenPos(l.kw), fmt.Sprintf("r%d", index+1), "row")
		r.ID = b.qualify(fmt.Sprintf("r%d", index+1))
	}
	if t := l.peek(); t.Type == tokString && isPunct(l.at(1), ":") {
		r.Header = l.str()
		b.c.checkMarkup(tokenString(t), r.Header)
		l.i++
	}
	for !l.done() {
		if isPunct(l.peek(), ",") {
			l.i++
			continue
		}
		cell, ok := b.cell(l, index, len(r.Cells))
		if !ok {
			b.m.Rows = append(b.m.Rows, r)
			return
		}
		r.Cells = append(r.Cells, cell)
	}
	if len(r.Cells) == 0 {
		l.errorf(l.kw, "write "+matrixHelp.usage["row"], "row has no cells")
	}
	b.m.Rows = append(b.m.Rows, r)
}

// autoID declares the id of an unnamed part: the matrix id, a dot and its
// address, like cm.r1c2.
func (b *matrixBuilder) autoID(p Pos, addr, kind string) {
	b.c.declareAt(b.qualify(addr), p, kind, b.m.ID)
}

// cell reads "[NAME:] "text"|NUMBER [detail "text"] [tone T] [bold]".
func (b *matrixBuilder) cell(l *cellLine, row, col int) (*diagram.Cell, bool) {
	start := l.peek()
	cell := &diagram.Cell{Pos: b.c.pos(tokenPos(start))}
	var name lexer.Token
	if start.Type == tokIdent && isPunct(l.at(1), ":") {
		name = start
		l.i += 2
	}
	v := l.peek()
	switch {
	case v.Type == tokString:
		cell.Text = l.str()
		b.c.checkMarkup(tokenString(v), cell.Text)
	case v.Type == tokNumber || isPunct(v, "-") || isPunct(v, "+"):
		sign := ""
		if v.Type == tokPunct {
			sign = v.Value
			l.i++
		}
		n := l.peek()
		if n.Type != tokNumber {
			l.errorf(v, "write a number such as 0.25 or -3", "expected a number after %q, found %s", sign, describe(n))
			return nil, false
		}
		l.i++
		f, _, ok := splitNumber(sign + n.Value)
		if !ok {
			l.errorf(v, "write a number such as 0.25 or -3", "bad number %q", sign+n.Value)
			return nil, false
		}
		cell.Value, cell.Numeric = f, true
		cell.Text = strings.Replace(sign, "-", "−", 1) + n.Value
	default:
		what := "a cell"
		if name.Value != "" {
			what = "cell " + name.Value
		}
		l.errorf(v, `write a cell as "text" or a number, with an optional name first: tp: "TP"`, "expected %s, found %s", what, describe(v))
		return nil, false
	}
	for {
		t := l.peek()
		switch {
		case isWord(t, "tone") && l.at(1).Type == tokIdent && !isPunct(l.at(2), ":"):
			tn := l.at(1)
			l.i += 2
			tone, ok := diagram.ParseTone(tn.Value)
			if !ok {
				l.errorf(tn, enumHint(tn.Value, "tones", diagram.ToneNames()), "unknown tone %q", tn.Value)
				continue
			}
			cell.Tone = tone
		case isWord(t, "tone") && !isPunct(l.at(1), ":"):
			l.errorf(t, "write tone T after the cell, e.g. tone good", "tone needs a name")
			l.i++
		case isWord(t, "detail") && l.at(1).Type == tokString && cell.Detail == "":
			l.i++
			cell.Detail = l.str()
			b.c.checkMarkup(tokenString(l.at(-1)), cell.Detail)
		case isWord(t, "bold") && !isPunct(l.at(1), ":"):
			cell.Bold = true
			l.i++
		default:
			b.nameCell(cell, name, tokenPos(start), row, col)
			return cell, true
		}
	}
}

// nameCell gives a cell its id: its written name, or its address.
func (b *matrixBuilder) nameCell(cell *diagram.Cell, name lexer.Token, at Pos, row, col int) {
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
	widthFrom := "the matrix has " + strconv.Itoa(width) + " columns (cols at " + b.c.at(tokenPos(b.colsTok)) + ")"
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
			b.c.errorf(tokenPos(b.rowsTok), "give one header per row statement", "rows lists %d headers, but the matrix has %d rows", len(b.rowHeaders), len(m.Rows))
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
	for _, l := range b.outlines {
		b.outline(l, width)
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

// outline reads "outline [NAME:] CELL [.. CELL] | diagonal [tone T]
// [dashed] ["label"]".
func (b *matrixBuilder) outline(l *cellLine, width int) {
	o := &diagram.Outline{Pos: b.c.pos(tokenPos(l.kw)), Tone: diagram.Accent}
	if t := l.peek(); t.Type == tokIdent && isPunct(l.at(1), ":") {
		if id, ok := b.declarePart(t, "outline"); ok {
			o.ID = id
		}
		l.i += 2
	}
	rows := len(b.m.Rows)
	if isWord(l.peek(), "diagonal") {
		l.i++
		for i := range min(rows, width) {
			o.Blocks = append(o.Blocks, diagram.CellBlock{Row0: i, Col0: i, Row1: i, Col1: i})
		}
	} else {
		r0, c0, ok := b.cellRef(l, width)
		if !ok {
			return
		}
		r1, c1 := r0, c0
		if l.peek().Type == tokRange {
			l.i++
			if r1, c1, ok = b.cellRef(l, width); !ok {
				return
			}
		}
		o.Blocks = []diagram.CellBlock{{Row0: min(r0, r1), Col0: min(c0, c1), Row1: max(r0, r1), Col1: max(c0, c1)}}
	}
	for !l.done() {
		t := l.peek()
		switch {
		case isWord(t, "tone") && l.at(1).Type == tokIdent:
			tn := l.at(1)
			l.i += 2
			if tone, ok := diagram.ParseTone(tn.Value); ok {
				o.Tone = tone
			} else {
				l.errorf(tn, enumHint(tn.Value, "tones", diagram.ToneNames()), "unknown tone %q", tn.Value)
			}
		case isWord(t, "dashed"):
			o.Dashed = true
			l.i++
		case t.Type == tokString && o.Label == "":
			o.Label = l.str()
		default:
			l.errorf(t, "write "+matrixHelp.usage["outline"], "unexpected %s in outline statement", describe(t))
			return
		}
	}
	b.m.Outlines = append(b.m.Outlines, o)
}

// cellRef reads a cell name or address and returns its row and column.
func (b *matrixBuilder) cellRef(l *cellLine, width int) (int, int, bool) {
	t := l.peek()
	if t.Type != tokIdent {
		l.errorf(t, "write "+matrixHelp.usage["outline"], "expected a cell name or address like r1c2, found %s", describe(t))
		return 0, 0, false
	}
	l.i++
	if rc, ok := b.cells[t.Value]; ok {
		return rc[0], rc[1], true
	}
	if m := cellAddress.FindStringSubmatch(t.Value); m != nil {
		r, _ := strconv.Atoi(m[1])
		c, _ := strconv.Atoi(m[2])
		if r < 1 || r > len(b.m.Rows) || c < 1 || c > width {
			l.errorf(t, fmt.Sprintf("rows count from 1 to %d and columns from 1 to %d", len(b.m.Rows), width), "cell %s is outside the matrix", t.Value)
			return 0, 0, false
		}
		return r - 1, c - 1, true
	}
	names := make([]string, 0, len(b.cells))
	for n := range b.cells {
		names = append(names, n)
	}
	hint := didYouMean(t.Value, sortedNames(names))
	if hint == "" {
		hint = "name a cell of this matrix (tp: \"TP\") or address it by row and column, like r1c2"
	}
	l.errorf(t, hint, "unknown cell %q", t.Value)
	return 0, 0, false
}
