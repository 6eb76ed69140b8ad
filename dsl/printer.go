package dsl

import (
	"bytes"
	"reflect"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// The printer writes a file in the canonical layout of the language, as
// gofmt does for Go. It prints the file's own tokens and comments in
// order, so that a statement it has no rule for is still printed whole;
// the layout comes from the token stream and the nesting of blocks:
//
//   - one statement per line; a ";" between statements becomes a line
//     break, except in a block written on one line ({ show a; show b }),
//     which stays on one line;
//   - a block written over several lines has its statements indented by
//     two spaces per level and its "}" on a line of its own;
//   - the cells of a matrix's rows are aligned in columns;
//   - one space between tokens, except after "(" and "[", before "[",
//     ")", "]", "," and ":", between a sign and its number (-2) or
//     constant (-delta) and in
//     "<=" and ">=";
//   - at most one blank line in a row, none at the start or end of a
//     block or of the file;
//   - every comment is kept: a comment alone on its line stays alone at
//     the indentation of the statements around it, and a comment after
//     code stays after it, one space away, aligned with the comments of
//     the lines next to it at the same indentation.
//
// Where the canonical form needs more than that, the AST says so: the
// layout of each node type is in layoutOf, and a test fails for a node
// type it does not list.

// layout is how the printer writes the tokens a node spans.
type layout int

const (
	// layoutSpaced writes the tokens with the spacing described above.
	layoutSpaced layout = iota
	// layoutVerbatim writes the node's source text as it is: a formula's
	// text is handed to package expr as written.
	layoutVerbatim
	// layoutGlued writes the tokens with nothing between them: seed=7,
	// the arrow -->.
	layoutGlued
	// layoutOperator is layoutSpaced in which a + or - before a number is
	// an operator, spaced on both sides: after a + 20ms.
	layoutOperator
	// layoutCells is layoutSpaced for a line of cells: the cells of
	// consecutive lines at one indentation are aligned in columns, numbers
	// to the right, two spaces apart.
	layoutCells
	// layoutComment is a comment's, which the printer places by the rules
	// for comments.
	layoutComment
)

// layoutOf returns the layout of the tokens that n spans, inside which the
// layouts of its children apply. Every node type of the AST is listed (a
// test checks it): a new one prints as layoutSpaced until it is.
func layoutOf(n Node) layout {
	switch n.(type) {
	case *Formula, *Side, *FormulaGroup:
		return layoutVerbatim
	case *Setting, *SeqArrow:
		return layoutGlued
	case *StartRel:
		return layoutOperator
	case *MatrixRow:
		return layoutCells
	case *Comment, *CommentGroup:
		return layoutComment
	case *BadgeAt, *Callout, *Connect, *HiddenStmt, *PartAttr, *BarErrors, *BarLine, *BarPart, *BarSeries, *Bars, *ChartFlag, *ChartSetting, *ChartSize,
		*ChartValue, *EdgeIndex, *HistSeries, *Histogram, *Fit, *Let, *Param, *SweepAction, *PointStmt, *ShapeStmt, *DecisionStmt, *FieldStmt, *TonesAttr, *RampAttr, *Name, *PlotAxes, *PlotAspect, *Number, *SplitAttr, *SplitBar, *SplitPart,
		*CellIcon, *HeatCentre, *Mask, *WidthItem, *Widths,
		*Actor, *Animate, *Area, *Attr, *Autonumber, *Axis, *AxisItem, *Band, *Blobs, *Budget,
		*Cell, *CellAttr, *CellTone, *Contour, *CountAction, *Curve, *Edge, *Equation, *File,
		*FlowAction, *FromTo, *TurnAction, *Pivot, *MorphAction, *Graph, *Group, *Zone, *ZoneMember, *Header, *HeaderItem, *Heat, *Hop, *IconAttr,
		*ItemAttr, *Leader, *Legend, *LegendItem, *LevelItem, *Levels, *Linspace, *MarkOption,
		*MarkerAttr, *Matrix, *MatrixAttr, *MatrixHeaders, *MoveAction, *NodeDecl, *Note,
		*NoteAttr, *NoteLine, *Option, *Outline, *OutlineAttr, *Path, *Plot, *PlotGrid, *PlotLabel,
		*PlotLegend, *PlotSize, *Placement, *Point, *Rank, *RawBlock, *Region, *RowHeader, *Rule, *Scatter,
		*Milestone, *Segment, *SegmentPart, *SeqArrowHead, *SeqBlock, *SeqBox, *SeqElse, *SeqFrame, *SeqMessage, *SeqNote,
		*Sequence, *Split, *Stack, *StackItem, *StackNote, *StartAt, *Step, *Stmt, *Stray, *Tag,
		*Target, *TargetsAction, *Timeline, *TitleAttr, *TogetherAction, *ToneAttr, *TraceAction,
		*Tree, *TreeAttr, *TreeBlock, *TreeNode, *Unknown, *Value, *WidthAttr, *XY:
		return layoutSpaced
	}
	return layoutSpaced
}

// Format returns src, a .diag file, in the canonical layout of the
// language. It changes only spaces, line breaks and the separators between
// statements: the AST of the result is that of src, with the same
// comments, positions aside. A src that does not parse returns its errors
// (a diagram.ErrorList). name is used in positions.
func Format(name string, src []byte) ([]byte, error) {
	f, err := Parse(name, src)
	if err != nil {
		return nil, err
	}
	out := Fprint(f)
	// The result is checked as a whole: a file that the rules above would
	// change in meaning is refused rather than written.
	g, err := Parse(name, out)
	if err != nil {
		return nil, diagram.ErrorList{{Pos: diagram.Pos{File: name, Line: 1, Col: 1},
			Msg:  "the formatted file does not parse: " + firstMessage(err),
			Hint: "this is a bug of the formatter; the file is left as it is"}}
	}
	if at, what := compareTrees(f, g); what != "" {
		return nil, diagram.ErrorList{{Pos: f.Position(at),
			Msg:  "formatting would change the meaning of the file here (" + what + ")",
			Hint: "this is a bug of the formatter; the file is left as it is"}}
	}
	return out, nil
}

// firstMessage returns the message of the first error of err.
func firstMessage(err error) string {
	if list, ok := diagram.Errors(err); ok && len(list) > 0 {
		return list[0].Pos.String() + ": " + list[0].Msg
	}
	return err.Error()
}

// Fprint returns the text of f, a file returned by Parse, in the canonical
// layout. Format also checks that the result means what f means.
func Fprint(f *File) []byte {
	p := newPrinter(f)
	for i := range p.items {
		p.item(i)
	}
	p.flush()
	return p.render()
}

// item is a token or a comment of the file, in source order. A run of
// tokens that a node prints verbatim is one item.
type item struct {
	tok      lexer.Token // the token; for a verbatim run, its first token
	last     lexer.Token // the last token of a verbatim run, or tok
	text     string      // what is printed
	end      int         // byte offset just after the item
	comment  bool
	trailing bool // a comment after code on its line
	close    int  // for "{", the index of the item of its "}"
	blank    bool // a blank line stands between the item before and this one
}

// outLine is a line of output: its indentation level, its code and the
// comment after the code.
type outLine struct {
	indent        int
	code, comment string
	opens         bool // the line ends with a block's "{" that is not closed on it
}

// printer holds the state of one Fprint.
type printer struct {
	src   string
	items []item
	// gap holds the spacing a node's layout sets before the token at an
	// offset.
	gap map[int]spacing

	lines  []outLine
	cur    outLine
	depth  int
	blocks []bool // for each open block, whether it stays on one line
	// breakLine is set when the current line must end before the next
	// token; semi when a ";" must come before it (in a one-line block).
	breakLine, semi bool
	blank           bool // a blank line is due before the next line
	prev            *item
}

// spacing is what stands between two tokens.
type spacing int

const (
	spaceDefault spacing = iota
	spaceOne
	spaceNone
	spaceCell // the start of a cell (see layoutCells)
)

// cellMark stands for the start of a cell in a line being built: no
// printed token holds a NUL (Parse refuses one outside comments).
const cellMark = "\x00"

func newPrinter(f *File) *printer {
	p := &printer{src: string(f.src.src), gap: map[int]spacing{}}
	verbatim := map[int]int{} // start offset → end offset of a verbatim run
	Inspect(f, func(n Node) bool {
		if n == nil || !n.Pos().IsValid() {
			return true
		}
		switch layoutOf(n) {
		case layoutVerbatim:
			verbatim[n.Pos().Offset()] = n.End().Offset()
			return false
		case layoutGlued:
			for _, t := range spanTokens(n)[1:] {
				p.gap[t.Pos.Offset] = spaceNone
			}
		case layoutOperator:
			toks := spanTokens(n)
			for i, t := range toks {
				if isSign(t) && i+1 < len(toks) {
					p.gap[t.Pos.Offset], p.gap[toks[i+1].Pos.Offset] = spaceOne, spaceOne
				}
			}
		case layoutSpaced:
			switch n.(type) {
			case *XY, *Axis, *FromTo, *DecisionStmt:
				// A sign before a named constant is glued to it, as to
				// a number: (-delta, 0), x -span .. span.
				toks := spanTokens(n)
				for i := 1; i < len(toks); i++ {
					if isSign(toks[i-1]) && toks[i].Type == tokIdent {
						p.gap[toks[i].Pos.Offset] = spaceNone
					}
				}
			}
		case layoutCells:
			if r, ok := n.(*MatrixRow); ok {
				for _, c := range r.Cells {
					if c.Pos().IsValid() {
						p.gap[c.Pos().Offset()] = spaceCell
					}
				}
			}
		}
		return true
	})
	p.items = scanItems(f.src.src, verbatim)
	return p
}

// spanTokens returns the tokens n spans, without line ends; at least one
// for a node with a position.
func spanTokens(n Node) []lexer.Token {
	sp, ok := n.(interface{ tokens() []lexer.Token })
	if !ok {
		return nil
	}
	return withoutEOL(sp.tokens())
}

// isSign reports whether t is a + or -.
func isSign(t lexer.Token) bool { return isPunct(t, "-") || isPunct(t, "+") }

// scanItems scans src into items: tokens, comments, and the verbatim runs
// (by start and end offset) as single items. It matches each "{" with its
// "}".
func scanItems(src []byte, verbatim map[int]int) []item {
	sc := newScanner(src)
	var toks []lexer.Token
	for {
		t, _ := sc.Next()
		if t.EOF() {
			break
		}
		toks = append(toks, t)
	}
	var comments []*Comment
	trailing := map[*Comment]bool{}
	for _, g := range sc.comments {
		for _, c := range g.List {
			comments = append(comments, c)
			trailing[c] = g.trailing
		}
	}
	var items []item
	var open []int
	prevEnd := 0
	add := func(it item, start int) {
		it.blank = hasBlankLine(string(src[prevEnd:start]))
		if it.tok.Type != tokEOL || it.comment {
			prevEnd = it.end
		}
		items = append(items, it)
	}
	ci := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for ci < len(comments) && comments[ci].Hash.Offset() < t.Pos.Offset {
			c := comments[ci]
			add(item{text: strings.TrimRight(c.Text, " \t\r\f\v"), end: c.End().Offset(), comment: true, trailing: trailing[c]}, c.Hash.Offset())
			ci++
		}
		it := item{tok: t, last: t, text: t.Value, end: t.Pos.Offset + len(t.Value)}
		if end, ok := verbatim[t.Pos.Offset]; ok && t.Type != tokEOL {
			for i+1 < len(toks) && toks[i+1].Pos.Offset < end {
				i++
			}
			it.last, it.end = toks[i], end
			it.text = string(src[t.Pos.Offset:end])
		}
		switch {
		case isPunct(t, "{"):
			open = append(open, len(items))
		case isPunct(t, "}") && len(open) > 0:
			items[open[len(open)-1]].close = len(items)
			open = open[:len(open)-1]
		}
		add(it, t.Pos.Offset)
	}
	for ; ci < len(comments); ci++ {
		c := comments[ci]
		add(item{text: strings.TrimRight(c.Text, " \t\r\f\v"), end: c.End().Offset(), comment: true, trailing: trailing[c]}, c.Hash.Offset())
	}
	return items
}

// hasBlankLine reports whether the text between two items holds a line
// with nothing on it.
func hasBlankLine(gap string) bool {
	lines := strings.Split(gap, "\n")
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines[1 : len(lines)-1] {
		if strings.Trim(l, " \t\r\f\v\uFEFF") == "" {
			return true
		}
	}
	return false
}

// oneLine reports whether the innermost open block stays on one line.
func (p *printer) oneLine() bool { return len(p.blocks) > 0 && p.blocks[len(p.blocks)-1] }

// item prints items[i].
func (p *printer) item(i int) {
	it := &p.items[i]
	p.blank = p.blank || it.blank
	switch {
	case it.comment && it.trailing && (p.cur.code != "" || p.cur.comment != ""):
		if p.cur.comment != "" {
			// Cannot happen: a comment runs to the end of its line.
			p.newLine()
		}
		p.cur.comment = it.text
		p.breakLine = true
		return
	case it.comment:
		// A comment alone on its line is the line's comment, with no
		// code: it takes part in no alignment.
		p.newLine()
		p.cur.comment = it.text
		p.breakLine = true
		return
	case it.tok.Type == tokEOL:
		if p.oneLine() {
			p.semi = true
		} else {
			p.breakLine = true
		}
		return
	case isPunct(it.tok, "{"):
		one := it.close > 0 && p.sameLine(it.tok.Pos.Offset, p.items[it.close].tok.Pos.Offset)
		p.word(it)
		p.blocks = append(p.blocks, one)
		p.semi = false
		if !one {
			p.cur.opens = true
			p.depth++
			p.breakLine = true
		}
		return
	case isPunct(it.tok, "}") && len(p.blocks) > 0:
		one := p.oneLine()
		p.blocks = p.blocks[:len(p.blocks)-1]
		p.semi = false
		if !one {
			p.depth--
			p.blank = false
			p.newLine()
			p.cur.code = "}"
			p.prev = it
			return
		}
	}
	p.word(it)
}

// word prints a token (or a verbatim run) on the current line, or starts a
// new line with it.
func (p *printer) word(it *item) {
	switch {
	case p.breakLine || p.cur.code == "" && p.cur.comment == "":
		p.newLine()
		p.cur.code = it.text
	case p.semi && !isPunct(it.tok, "}"):
		p.cur.code += "; " + it.text
	case p.prev == nil || p.prev.tok.Type == tokEOL || isPunct(p.prev.tok, "{") || isPunct(it.tok, "}"):
		p.cur.code += " " + it.text
	default:
		p.cur.code += p.space(p.prev.last, it.tok) + it.text
	}
	p.semi = false
	p.prev = it
}

// space returns what stands between the tokens a and b: a space, nothing
// or cellMark.
func (p *printer) space(a, b lexer.Token) string {
	s := p.gap[b.Pos.Offset]
	if s == spaceDefault {
		s = spaceOne
		switch {
		case isPunct(a, "(") || isPunct(a, "["),
			isPunct(b, "[") || isPunct(b, ")") || isPunct(b, "]") || isPunct(b, ",") || isPunct(b, ":"),
			isSign(a) && b.Type == tokNumber,
			(isPunct(a, "<") || isPunct(a, ">")) && isPunct(b, "="):
			s = spaceNone
		}
	}
	switch {
	case s == spaceCell:
		return cellMark
	case s == spaceNone && lexesApart(a.Value, b.Value):
		return ""
	}
	return " "
}

// lexesApart reports whether a written right before b still scans as the
// token a.
func lexesApart(a, b string) bool {
	typ, n := scanOne([]byte(a+b), 0)
	typA, _ := scanOne([]byte(a), 0)
	return n == len(a) && typ == typA
}

// sameLine reports whether no line break stands between two offsets.
func (p *printer) sameLine(from, to int) bool {
	return !strings.Contains(p.src[from:to], "\n")
}

// newLine ends the current line, if it holds anything, and starts the next
// one at the current depth, after a blank line if one is due.
func (p *printer) newLine() {
	if p.cur.code != "" || p.cur.comment != "" {
		p.lines = append(p.lines, p.cur)
	}
	if p.blank && len(p.lines) > 0 && !p.lines[len(p.lines)-1].opens {
		p.lines = append(p.lines, outLine{})
	}
	p.cur = outLine{indent: p.depth}
	p.blank, p.breakLine, p.semi = false, false, false
}

// flush ends the last line.
func (p *printer) flush() {
	if p.cur.code != "" || p.cur.comment != "" {
		p.lines = append(p.lines, p.cur)
	}
	p.cur = outLine{}
}

// render writes the lines, aligning the comments after code of
// consecutive lines at the same indentation.
func (p *printer) render() []byte {
	var b bytes.Buffer
	lines := p.lines
	alignCells(lines)
	for i := 0; i < len(lines); {
		j, width := i, 0
		for j < len(lines) && lines[j].comment != "" && lines[j].code != "" && lines[j].indent == lines[i].indent {
			width = max(width, textWidth(lines[j].code))
			j++
		}
		if j == i {
			j = i + 1
		}
		for _, l := range lines[i:j] {
			if l.code == "" && l.comment == "" {
				b.WriteByte('\n')
				continue
			}
			b.WriteString(strings.Repeat("  ", max(l.indent, 0)))
			b.WriteString(l.code)
			if l.comment != "" {
				if l.code != "" {
					b.WriteString(strings.Repeat(" ", max(width-textWidth(l.code), 0)+1))
				}
				b.WriteString(l.comment)
			}
			b.WriteByte('\n')
		}
		i = j
	}
	return b.Bytes()
}

// textWidth returns the columns s takes in an editor with a fixed-width
// font: wide characters count two, combining marks none.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

// compareTrees compares two ASTs, positions and the separators between
// statements aside, and returns where in x and how they first differ, or
// "" when they do not.
func compareTrees(x, y *File) (Pos, string) {
	c := &treeComparer{x: x, y: y}
	c.value(reflect.ValueOf(x), reflect.ValueOf(y), "File")
	return c.at, c.diff
}

// alignCells replaces the cell marks of the lines with spaces that align
// the cells of consecutive lines at one indentation, with as many cells
// and all or none with a header, in columns: numbers to
// the right, other cells to the left, two spaces apart and one space after
// what comes before the first cell, unless that makes a line wider than
// maxAlignedWidth.
func alignCells(lines []outLine) {
	for i := 0; i < len(lines); {
		j := i
		var widths []int
		n, head := strings.Count(lines[i].code, cellMark), hasRowHeader(lines[i].code)
		for j < len(lines) && n > 0 && strings.Count(lines[j].code, cellMark) == n && hasRowHeader(lines[j].code) == head && lines[j].indent == lines[i].indent {
			for k, cell := range strings.Split(lines[j].code, cellMark) {
				if k == len(widths) {
					widths = append(widths, 0)
				}
				widths[k] = max(widths[k], textWidth(cell))
			}
			j++
		}
		if j == i {
			i++
			continue
		}
		aligned := make([]string, j-i)
		fits := true
		for k := i; k < j; k++ {
			aligned[k-i] = alignedCells(strings.Split(lines[k].code, cellMark), widths)
			fits = fits && 2*lines[k].indent+textWidth(aligned[k-i]) <= maxAlignedWidth
		}
		for k := i; k < j; k++ {
			if fits {
				lines[k].code = aligned[k-i]
				continue
			}
			cells := strings.Split(lines[k].code, cellMark)
			lines[k].code = cells[0]
			if len(cells) > 1 {
				lines[k].code += " " + strings.Join(cells[1:], "  ")
			}
		}
		i = j
	}
}

// maxAlignedWidth is the widest a line of aligned cells may be: wider
// rows have their cells two spaces apart without padding.
const maxAlignedWidth = 100

// alignedCells writes the cells of a line padded to the column widths.
func alignedCells(cells []string, widths []int) string {
	var b strings.Builder
	for c, cell := range cells {
		pad := widths[c] - textWidth(cell)
		switch {
		case c == 0:
			b.WriteString(cell)
		case isNumberCell(cell):
			b.WriteString(strings.Repeat(" ", pad) + cell)
		default:
			b.WriteString(cell)
		}
		if c+1 == len(cells) {
			break
		}
		if c == 0 || !isNumberCell(cell) {
			b.WriteString(strings.Repeat(" ", pad))
		}
		if c == 0 {
			b.WriteString(" ")
		} else {
			b.WriteString("  ")
		}
	}
	return b.String()
}

// hasRowHeader reports whether what comes before the first cell of a line
// ends with a header ("Fold 1":).
func hasRowHeader(code string) bool {
	head, _, _ := strings.Cut(code, cellMark)
	return strings.HasSuffix(head, ":")
}

// isNumberCell reports whether a cell is a number alone, with its sign and
// a comma after it if any.
func isNumberCell(cell string) bool {
	cell = strings.TrimSuffix(strings.TrimLeft(cell, "+-"), ",")
	typ, n := scanOne([]byte(cell+" "), 0)
	return cell != "" && typ == tokNumber && n == len(cell)
}
