package layout

import (
	"strconv"

	"github.com/aiprep/diag/diagram"
)

// Matrix metrics in px.
const (
	cellPadX     = 12 // beside a cell's text
	cellPadY     = 9  // above and below a cell's text
	cellMinW     = 60
	cellMinH     = 44
	cellMaxW     = 220 // cell texts wrap to fit this width
	gridColMaxW  = 120 // columns up to this width share one width
	rowHeadMaxW  = 180 // row headers wrap to fit this width
	cellGap      = 4   // between neighbouring cells
	cellCorner   = 4
	headerGap    = 8 // between headers and the cells
	axisGap      = 6 // between an axis title and its headers
	outlineOut   = 3 // how far an outline stands outside its cells
	barWidth     = 14
	barGap       = 18 // between the cells and the colour bar
	barSteps     = 48
	outlineKeyW  = 26 // the sample of an outline in the key below the cells
	keyGap       = 14 // between the cells and the key
	keyItemGap   = 20
	matrixSizeHM = SizeSmall + 1 // numbers in heatmap cells
	// sizeCellCount is the size of a cell's text when it has a detail line.
	sizeCellCount = 20
	cellDetailGap = 3 // between a cell's text and its detail
)

// matrixMetrics is a matrix measured: the size of its parts, relative to
// the block's top-left corner.
type matrixMetrics struct {
	p          *diagram.Matrix
	rows, cols int
	cells      [][]richText // measured cell texts
	details    [][]richText // measured cell details (zero when none)
	colW       []float64    // width of each column of cells
	rowH       []float64    // height of each row of cells
	rowHead    []richText
	rowHeadW   float64 // width of the row header column
	colHead    []richText
	colHeadH   float64
	axisH      float64 // height of the axis title line (0 when none)
	gridX      float64 // left of the first cell column
	gridY      float64 // top of the first cell row
	barW       float64 // width of the colour bar and its labels (0 when none)
	keys       []outlineKey
	keyH       float64
	W, H       float64
}

// outlineKey is one entry of the key that explains outline labels.
type outlineKey struct {
	o     *diagram.Outline
	label textBlock
}

// matrix lays out a matrix panel: an optional axis-title line, the column
// headers, the rows (header and cells), a colour bar for heatmaps and a key
// for labelled outlines below the cells.
func (c *ctx) matrix(p *diagram.Matrix) block {
	m := measureMatrix(p)
	return block{W: m.W, H: m.H, kind: "matrix", place: m.place}
}

func measureMatrix(p *diagram.Matrix) *matrixMetrics {
	m := &matrixMetrics{p: p, rows: len(p.Rows)}
	for _, r := range p.Rows {
		m.cols = max(m.cols, len(r.Cells))
	}
	m.cols = max(m.cols, len(p.Cols))
	minW, minH := float64(cellMinW), float64(cellMinH)
	if m.rows <= 3 && m.cols <= 3 && p.Heat == nil {
		// A small table, such as a 2×2 confusion matrix, gets roomy cells.
		minW, minH = 84, 60
	}
	m.colW = make([]float64, m.cols)
	m.rowH = make([]float64, m.rows)
	for j := range m.colW {
		m.colW[j] = minW
	}
	m.cells = make([][]richText, m.rows)
	m.details = make([][]richText, m.rows)
	for i, r := range p.Rows {
		m.rowH[i] = minH
		m.cells[i] = make([]richText, len(r.Cells))
		m.details[i] = make([]richText, len(r.Cells))
		for j, cell := range r.Cells {
			face, size := cellFace(cell), cellSize(p, cell)
			tb := measureRich(cell.Text, face, size, cellMaxW-2*cellPadX)
			w, h := tb.W, tb.H
			if cell.Detail != "" {
				d := measureRich(cell.Detail, Sans, SizeSmall, cellMaxW-2*cellPadX)
				m.details[i][j] = d
				w, h = max(w, d.W), h+cellDetailGap+d.H
			}
			m.cells[i][j] = tb
			m.colW[j] = max(m.colW[j], w+2*cellPadX)
			m.rowH[i] = max(m.rowH[i], h+2*cellPadY)
		}
	}
	m.colHead = make([]richText, len(p.Cols))
	for j, h := range p.Cols {
		tb := measureRich(h, SansBold, SizeSmall+1, cellMaxW-8)
		m.colHead[j] = tb
		m.colW[j] = max(m.colW[j], tb.W+8)
		m.colHeadH = max(m.colHeadH, tb.H)
	}
	m.rowHead = make([]richText, m.rows)
	for i, r := range p.Rows {
		if r.Header != "" {
			tb := measureRich(r.Header, SansBold, SizeSmall+1, rowHeadMaxW)
			m.rowHead[i] = tb
			m.rowHeadW = max(m.rowHeadW, tb.W)
			m.rowH[i] = max(m.rowH[i], tb.H+8)
		}
	}
	// Short columns share one width, so the cells form a regular grid; a
	// table of longer texts gives each column the width it needs.
	widest, tallest := 0.0, 0.0
	for _, w := range m.colW {
		widest = max(widest, w)
	}
	for _, h := range m.rowH {
		tallest = max(tallest, h)
	}
	if p.Heat != nil {
		// Heatmap cells are square, so the picture reads as a grid.
		widest = max(widest, tallest)
		tallest = widest
	}
	for j := range m.colW {
		if widest <= gridColMaxW || p.Heat != nil {
			m.colW[j] = widest
		}
	}
	for i := range m.rowH {
		if p.Heat != nil {
			m.rowH[i] = tallest
		}
	}
	if p.ColTitle != "" || p.RowTitle != "" {
		m.axisH = ascent(SansBold, SizeSmall+1) + descent(SansBold, SizeSmall+1)
	}
	if p.RowTitle != "" {
		m.rowHeadW = max(m.rowHeadW, Measure(SansBold, SizeSmall+1, p.RowTitle))
	}
	if m.rowHeadW > 0 {
		m.gridX = m.rowHeadW + headerGap
	}
	if m.axisH > 0 {
		m.gridY = m.axisH + axisGap
	}
	if m.colHeadH > 0 {
		m.gridY += m.colHeadH + headerGap
	}
	gridW := m.gridRect().W
	gridH := m.gridRect().H
	m.W = m.gridX + gridW + outlineOut
	m.H = m.gridY + gridH + outlineOut
	if p.ColTitle != "" {
		m.W = max(m.W, m.gridX+Measure(SansBold, SizeSmall+1, p.ColTitle))
	}
	if p.Heat != nil {
		m.barW = barWidth + 6 + m.barLabelW()
		m.W = max(m.W, m.gridX+gridW+barGap+m.barW)
		m.H = max(m.H, m.gridY+3*lineHeight(SizeSmall))
	}
	m.measureKeys()
	if len(m.keys) > 0 {
		m.H += keyGap + m.keyH
		m.W = max(m.W, m.keysW())
	}
	return m
}

func cellFace(c *diagram.Cell) FontFace {
	if c.Bold || c.Detail != "" {
		return SansBold
	}
	return Sans
}

func cellSize(p *diagram.Matrix, c *diagram.Cell) float64 {
	switch {
	case c.Detail != "":
		return sizeCellCount
	case p.Heat != nil && c.Numeric:
		return matrixSizeHM
	}
	return SizeBody
}

// cellRect returns the rectangle of cell (i, j) relative to the block.
func (m *matrixMetrics) cellRect(i, j int) Rect {
	x, y := m.gridX, m.gridY
	for k := range j {
		x += m.colW[k] + cellGap
	}
	for k := range i {
		y += m.rowH[k] + cellGap
	}
	return Rect{x, y, m.colW[j], m.rowH[i]}
}

// gridRect returns the rectangle of all cells.
func (m *matrixMetrics) gridRect() Rect {
	return m.cellRect(0, 0).Union(m.cellRect(max(m.rows-1, 0), max(m.cols-1, 0)))
}

func (m *matrixMetrics) place(x, y float64) []Item {
	off := func(r Rect) Rect { return Rect{r.X + x, r.Y + y, r.W, r.H} }
	p := m.p
	var items []Item
	box := Rect{x, y, m.W, m.H}
	grid := off(m.gridRect())
	if m.axisH > 0 {
		base := y + ascent(SansBold, SizeSmall+1)
		if p.RowTitle != "" {
			t := label("", p.RowTitle, x, base, Start, SansBold, SizeSmall+1, mutedInk)
			t.Box = Rect{x, y, m.rowHeadW, m.axisH}
			items = append(items, t)
		}
		if p.ColTitle != "" {
			t := label("", p.ColTitle, grid.X+grid.W/2, base, Middle, SansBold, SizeSmall+1, mutedInk)
			if t.Ink.X < grid.X {
				t = label("", p.ColTitle, grid.X, base, Start, SansBold, SizeSmall+1, mutedInk)
			}
			t.Box = Rect{grid.X, y, box.Right() - grid.X, m.axisH}
			items = append(items, t)
		}
	}
	for j, h := range m.colHead {
		r := off(m.cellRect(0, j))
		top := grid.Y - headerGap - m.colHeadH + (m.colHeadH - h.H)
		items = append(items, h.place(r.X+r.W/2, top, Middle, inkPaint, Rect{r.X, top, r.W, h.H})...)
	}
	for i, row := range p.Rows {
		var ritems []Item
		if row.Header != "" {
			r := off(m.cellRect(i, 0))
			tb := m.rowHead[i]
			ritems = append(ritems, tb.place(x+m.rowHeadW, r.Y+(r.H-tb.H)/2, End, inkPaint, Rect{x, r.Y, m.rowHeadW, r.H})...)
		}
		for j, cell := range row.Cells {
			ritems = append(ritems, m.cellItem(cell, m.cells[i][j], m.details[i][j], off(m.cellRect(i, j))))
		}
		items = append(items, &Group{ID: row.ID, Kind: "row", Items: ritems})
	}
	for _, o := range p.Outlines {
		items = append(items, m.outlineItem(o, off))
	}
	if p.Heat != nil {
		items = append(items, m.colourBar(grid.Right()+barGap, grid.Y, grid.H)...)
	}
	if len(m.keys) > 0 {
		items = append(items, m.keyItems(x, grid.Bottom()+outlineOut+keyGap, box)...)
	}
	return []Item{&Group{Kind: "matrix", Items: items}}
}

// cellItem draws one cell: its box, filled by its tone or its heat colour,
// and its text.
func (m *matrixMetrics) cellItem(cell *diagram.Cell, tb, detail richText, r Rect) Item {
	fill := Paint{Role: Page}
	stroke := borderLine
	ink := inkPaint
	switch {
	case m.p.Heat != nil && cell.Numeric:
		hex := HeatColor(m.p.Heat, cell.Value)
		fill, stroke, ink = Paint{Color: hex}, NoPaint, Paint{Color: InkOn(hex)}
	case cell.Tone != diagram.Neutral:
		fill = Paint{Tone: cell.Tone, Role: Soft}
		stroke = Paint{Tone: cell.Tone, Role: Line}
		ink = Paint{Tone: cell.Tone, Role: Ink}
	}
	items := []Item{&Box{Role: RoleNode, Shape: diagram.Rounded, R: r, Corner: cellCorner,
		Style: Style{Fill: fill, Stroke: stroke, StrokeWidth: 1}}}
	h := tb.H
	if cell.Detail != "" {
		h += cellDetailGap + detail.H
	}
	top := r.Y + (r.H-h)/2
	items = append(items, tb.place(r.X+r.W/2, top, Middle, ink, r)...)
	if cell.Detail != "" {
		items = append(items, detail.place(r.X+r.W/2, top+tb.H+cellDetailGap, Middle, ink, r)...)
	}
	return &Group{ID: cell.ID, Kind: "cell", Items: items}
}

// outlineItem frames the blocks of an outline.
func (m *matrixMetrics) outlineItem(o *diagram.Outline, off func(Rect) Rect) Item {
	var items []Item
	st := Style{Fill: NoPaint, Stroke: Paint{Tone: o.Tone, Role: Line}, StrokeWidth: 2.5}
	if o.Dashed {
		st.Dash = []float64{6, 4}
	}
	for _, b := range o.Blocks {
		if b.Row1 >= m.rows || b.Col1 >= m.cols {
			continue
		}
		r := off(m.cellRect(b.Row0, b.Col0).Union(m.cellRect(b.Row1, b.Col1))).Inset(-outlineOut + 1.25)
		items = append(items, &Box{Shape: diagram.Rounded, R: r, Corner: cellCorner + 2, Style: st})
	}
	return &Group{ID: o.ID, Kind: "outline", Items: items}
}

// barLabels returns the texts beside the colour bar, top to bottom: the
// high end, the middle of a diverging scale, the low end.
func (m *matrixMetrics) barLabels() []string {
	h := m.p.Heat
	out := []string{formatValue(h.Hi)}
	if h.Kind == diagram.Diverging {
		out = append(out, formatValue((h.Lo+h.Hi)/2))
	}
	return append(out, formatValue(h.Lo))
}

func (m *matrixMetrics) barLabelW() float64 {
	w := 0.0
	for _, s := range m.barLabels() {
		w = max(w, Measure(Sans, SizeSmall, s))
	}
	return w
}

// formatValue writes a number for the colour bar, with a true minus sign.
func formatValue(v float64) string {
	s := strconv.FormatFloat(v, 'g', 4, 64)
	if v < 0 {
		s = "−" + s[1:]
	}
	return s
}

// colourBar draws the scale as a stack of thin bands, high values on top,
// with the range's ends (and middle) written beside it.
func (m *matrixMetrics) colourBar(x, y, h float64) []Item {
	h = max(h, 3*lineHeight(SizeSmall))
	var bands []Item
	step := h / barSteps
	for k := range barSteps {
		t := 1 - (float64(k)+0.5)/barSteps
		v := m.p.Heat.Lo + t*(m.p.Heat.Hi-m.p.Heat.Lo)
		// Bands overlap by a pixel so no seam shows between them.
		bh := step + 1
		if k == barSteps-1 {
			bh = step
		}
		bands = append(bands, &Box{R: Rect{x, y + float64(k)*step, barWidth, bh},
			Style: Style{Fill: Paint{Color: HeatColor(m.p.Heat, v)}, Stroke: NoPaint}})
	}
	bands = append(bands, &Box{R: Rect{x, y, barWidth, h}, Style: Style{Fill: NoPaint, Stroke: borderLine, StrokeWidth: 1}})
	labels := m.barLabels()
	lx := x + barWidth + 6
	mid := (ascent(Sans, SizeSmall) - descent(Sans, SizeSmall)) / 2
	for k, s := range labels {
		f := float64(k) / float64(len(labels)-1)
		base := y + f*h + mid
		// Keep the end labels inside the bar's height.
		base = max(base, y+ascent(Sans, SizeSmall))
		base = min(base, y+h-descent(Sans, SizeSmall))
		t := label("", s, lx, base, Start, Sans, SizeSmall, mutedInk)
		t.Role = RoleLabel
		t.Box = Rect{lx, y, m.barW - barWidth - 6, h}
		bands = append(bands, t)
	}
	return []Item{&Group{Kind: "colorbar", Items: bands}}
}

// measureKeys lists the labelled outlines once each, for the key.
func (m *matrixMetrics) measureKeys() {
	seen := map[string]bool{}
	for _, o := range m.p.Outlines {
		if o.Label == "" || seen[o.Label] {
			continue
		}
		seen[o.Label] = true
		tb := measureLines(o.Label, Sans, SizeSmall)
		m.keys = append(m.keys, outlineKey{o: o, label: tb})
		m.keyH = max(m.keyH, max(tb.H, 14))
	}
}

func (m *matrixMetrics) keysW() float64 {
	w := m.gridX
	for i, k := range m.keys {
		if i > 0 {
			w += keyItemGap
		}
		w += outlineKeyW + 8 + k.label.W
	}
	return w
}

// keyItems draws the key of outline labels under the cells, starting at the
// cells' left edge.
func (m *matrixMetrics) keyItems(x, y float64, box Rect) []Item {
	var out []Item
	xx := x + m.gridX
	for _, k := range m.keys {
		st := Style{Fill: NoPaint, Stroke: Paint{Tone: k.o.Tone, Role: Line}, StrokeWidth: 2.5}
		if k.o.Dashed {
			st.Dash = []float64{6, 4}
		}
		out = append(out, &Box{Shape: diagram.Rounded, R: Rect{xx, y + (m.keyH-14)/2, outlineKeyW, 14}, Corner: 4, Style: st})
		xx += outlineKeyW + 8
		for _, it := range k.label.place("", xx, y+(m.keyH-k.label.H)/2, Start, inkPaint) {
			t := it.(*Text)
			t.Role = RoleLabel
			t.Box = Rect{box.X, y, box.W, m.keyH}
			out = append(out, t)
		}
		xx += k.label.W + keyItemGap
	}
	return []Item{&Group{Kind: "key", Items: out}}
}
