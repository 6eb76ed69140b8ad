// Package matrix lays out matrix panels: tables of cells with row and
// column headers, heatmaps coloured on perceptually even ramps (color.go)
// with their colour bar, and outlines around blocks of cells with a key.
package matrix

import (
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
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
	matrixSizeHM = text.SizeSmall + 1 // numbers in heatmap cells
	// sizeCellCount is the size of a cell's text when it has a detail line.
	sizeCellCount = 20
	cellDetailGap = 3 // between a cell's text and its detail
)

// matrixMetrics is a matrix measured: the size of its parts, relative to
// the block's top-left corner.
type matrixMetrics struct {
	p          *diagram.Matrix
	rows, cols int
	cells      [][]text.Rich // measured cell texts
	details    [][]text.Rich // measured cell details (zero when none)
	colW       []float64     // width of each column of cells
	rowH       []float64     // height of each row of cells
	rowHead    []text.Rich
	rowHeadW   float64 // width of the row header column
	colHead    []text.Rich
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
	label text.Block
}

// Layout lays out a matrix panel: an optional axis-title line, the column
// headers, the rows (header and cells), a colour bar for heatmaps and a key
// for labelled outlines below the cells.
func Layout(env *panel.Env, p *diagram.Matrix) panel.Block {
	m := measureMatrix(p)
	return panel.Block{W: m.W, H: m.H, Place: m.place}
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
	m.cells = make([][]text.Rich, m.rows)
	m.details = make([][]text.Rich, m.rows)
	for i, r := range p.Rows {
		m.rowH[i] = minH
		m.cells[i] = make([]text.Rich, len(r.Cells))
		m.details[i] = make([]text.Rich, len(r.Cells))
		for j, cell := range r.Cells {
			face, size := cellFace(cell), cellSize(p, cell)
			tb := text.MeasureRich(cell.Text, face, size, cellMaxW-2*cellPadX)
			w, h := tb.W, tb.H
			if cell.Detail != "" {
				d := text.MeasureRich(cell.Detail, scene.Sans, text.SizeSmall, cellMaxW-2*cellPadX)
				m.details[i][j] = d
				w, h = max(w, d.W), h+cellDetailGap+d.H
			}
			m.cells[i][j] = tb
			m.colW[j] = max(m.colW[j], w+2*cellPadX)
			m.rowH[i] = max(m.rowH[i], h+2*cellPadY)
		}
	}
	m.colHead = make([]text.Rich, len(p.Cols))
	for j, h := range p.Cols {
		tb := text.MeasureRich(h, scene.SansBold, text.SizeSmall+1, cellMaxW-8)
		m.colHead[j] = tb
		m.colW[j] = max(m.colW[j], tb.W+8)
		m.colHeadH = max(m.colHeadH, tb.H)
	}
	m.rowHead = make([]text.Rich, m.rows)
	for i, r := range p.Rows {
		if r.Header != "" {
			tb := text.MeasureRich(r.Header, scene.SansBold, text.SizeSmall+1, rowHeadMaxW)
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
		m.axisH = text.Ascent(scene.SansBold, text.SizeSmall+1) + text.Descent(scene.SansBold, text.SizeSmall+1)
	}
	if p.RowTitle != "" {
		m.rowHeadW = max(m.rowHeadW, text.Measure(scene.SansBold, text.SizeSmall+1, p.RowTitle))
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
		m.W = max(m.W, m.gridX+text.Measure(scene.SansBold, text.SizeSmall+1, p.ColTitle))
	}
	if p.Heat != nil {
		m.barW = barWidth + 6 + m.barLabelW()
		m.W = max(m.W, m.gridX+gridW+barGap+m.barW)
		m.H = max(m.H, m.gridY+3*text.LineHeight(text.SizeSmall))
	}
	m.measureKeys()
	if len(m.keys) > 0 {
		m.H += keyGap + m.keyH
		m.W = max(m.W, m.keysW())
	}
	return m
}

func cellFace(c *diagram.Cell) scene.FontFace {
	if c.Bold || c.Detail != "" {
		return scene.SansBold
	}
	return scene.Sans
}

func cellSize(p *diagram.Matrix, c *diagram.Cell) float64 {
	switch {
	case c.Detail != "":
		return sizeCellCount
	case p.Heat != nil && c.Numeric:
		return matrixSizeHM
	}
	return text.SizeBody
}

// cellRect returns the rectangle of cell (i, j) relative to the block.
func (m *matrixMetrics) cellRect(i, j int) scene.Rect {
	x, y := m.gridX, m.gridY
	for k := range j {
		x += m.colW[k] + cellGap
	}
	for k := range i {
		y += m.rowH[k] + cellGap
	}
	return scene.Rect{X: x, Y: y, W: m.colW[j], H: m.rowH[i]}
}

// gridRect returns the rectangle of all cells.
func (m *matrixMetrics) gridRect() scene.Rect {
	return m.cellRect(0, 0).Union(m.cellRect(max(m.rows-1, 0), max(m.cols-1, 0)))
}

func (m *matrixMetrics) place(x, y float64) []scene.Item {
	off := func(r scene.Rect) scene.Rect { return scene.Rect{X: r.X + x, Y: r.Y + y, W: r.W, H: r.H} }
	p := m.p
	var items []scene.Item
	box := scene.Rect{X: x, Y: y, W: m.W, H: m.H}
	grid := off(m.gridRect())
	if m.axisH > 0 {
		base := y + text.Ascent(scene.SansBold, text.SizeSmall+1)
		if p.RowTitle != "" {
			t := text.Label("", p.RowTitle, x, base, scene.Start, scene.SansBold, text.SizeSmall+1, draw.MutedInk)
			t.Box = scene.Rect{X: x, Y: y, W: m.rowHeadW, H: m.axisH}
			items = append(items, t)
		}
		if p.ColTitle != "" {
			t := text.Label("", p.ColTitle, grid.X+grid.W/2, base, scene.Middle, scene.SansBold, text.SizeSmall+1, draw.MutedInk)
			if t.Ink.X < grid.X {
				t = text.Label("", p.ColTitle, grid.X, base, scene.Start, scene.SansBold, text.SizeSmall+1, draw.MutedInk)
			}
			t.Box = scene.Rect{X: grid.X, Y: y, W: box.Right() - grid.X, H: m.axisH}
			items = append(items, t)
		}
	}
	for j, h := range m.colHead {
		r := off(m.cellRect(0, j))
		top := grid.Y - headerGap - m.colHeadH + (m.colHeadH - h.H)
		items = append(items, h.Place(r.X+r.W/2, top, scene.Middle, draw.Ink, scene.Rect{X: r.X, Y: top, W: r.W, H: h.H})...)
	}
	for i, row := range p.Rows {
		var ritems []scene.Item
		if row.Header != "" {
			r := off(m.cellRect(i, 0))
			tb := m.rowHead[i]
			ritems = append(ritems, tb.Place(x+m.rowHeadW, r.Y+(r.H-tb.H)/2, scene.End, draw.Ink, scene.Rect{X: x, Y: r.Y, W: m.rowHeadW, H: r.H})...)
		}
		for j, cell := range row.Cells {
			ritems = append(ritems, m.cellItem(cell, m.cells[i][j], m.details[i][j], off(m.cellRect(i, j))))
		}
		items = append(items, &scene.Group{ID: row.ID, Kind: scene.KindRow, Items: ritems})
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
	return []scene.Item{&scene.Group{Kind: scene.KindMatrix, Items: items}}
}

// cellItem draws one cell: its box, filled by its tone or its heat colour,
// and its text.
func (m *matrixMetrics) cellItem(cell *diagram.Cell, tb, detail text.Rich, r scene.Rect) scene.Item {
	fill := scene.Paint{Role: scene.Page}
	stroke := draw.Border
	ink := draw.Ink
	switch {
	case m.p.Heat != nil && cell.Numeric:
		hex := HeatColor(m.p.Heat, cell.Value)
		fill, stroke, ink = scene.Paint{Color: hex}, scene.NoPaint, scene.Paint{Color: InkOn(hex)}
	case cell.Tone != diagram.Neutral:
		fill = scene.Paint{Tone: cell.Tone, Role: scene.Soft}
		stroke = scene.Paint{Tone: cell.Tone, Role: scene.Line}
		ink = scene.Paint{Tone: cell.Tone, Role: scene.Ink}
	}
	items := []scene.Item{&scene.Box{Role: scene.RoleNode, Shape: diagram.Rounded, R: r, Corner: cellCorner,
		Style: scene.Style{Fill: fill, Stroke: stroke, StrokeWidth: 1}}}
	h := tb.H
	if cell.Detail != "" {
		h += cellDetailGap + detail.H
	}
	top := r.Y + (r.H-h)/2
	items = append(items, tb.Place(r.X+r.W/2, top, scene.Middle, ink, r)...)
	if cell.Detail != "" {
		items = append(items, detail.Place(r.X+r.W/2, top+tb.H+cellDetailGap, scene.Middle, ink, r)...)
	}
	return &scene.Group{ID: cell.ID, Kind: scene.KindCell, Items: items}
}

// outlineItem frames the blocks of an outline.
func (m *matrixMetrics) outlineItem(o *diagram.Outline, off func(scene.Rect) scene.Rect) scene.Item {
	var items []scene.Item
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: o.Tone, Role: scene.Line}, StrokeWidth: 2.5}
	if o.Dashed {
		st.Dash = []float64{6, 4}
	}
	for _, b := range o.Blocks {
		if b.Row1 >= m.rows || b.Col1 >= m.cols {
			continue
		}
		r := off(m.cellRect(b.Row0, b.Col0).Union(m.cellRect(b.Row1, b.Col1))).Inset(-outlineOut + 1.25)
		items = append(items, &scene.Box{Shape: diagram.Rounded, R: r, Corner: cellCorner + 2, Style: st})
	}
	return &scene.Group{ID: o.ID, Kind: scene.KindOutline, Items: items}
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
		w = max(w, text.Measure(scene.Sans, text.SizeSmall, s))
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
func (m *matrixMetrics) colourBar(x, y, h float64) []scene.Item {
	h = max(h, 3*text.LineHeight(text.SizeSmall))
	var bands []scene.Item
	step := h / barSteps
	for k := range barSteps {
		t := 1 - (float64(k)+0.5)/barSteps
		v := m.p.Heat.Lo + t*(m.p.Heat.Hi-m.p.Heat.Lo)
		// Bands overlap by a pixel so no seam shows between them.
		bh := step + 1
		if k == barSteps-1 {
			bh = step
		}
		bands = append(bands, &scene.Box{R: scene.Rect{X: x, Y: y + float64(k)*step, W: barWidth, H: bh},
			Style: scene.Style{Fill: scene.Paint{Color: HeatColor(m.p.Heat, v)}, Stroke: scene.NoPaint}})
	}
	bands = append(bands, &scene.Box{R: scene.Rect{X: x, Y: y, W: barWidth, H: h}, Style: scene.Style{Fill: scene.NoPaint, Stroke: draw.Border, StrokeWidth: 1}})
	labels := m.barLabels()
	lx := x + barWidth + 6
	mid := (text.Ascent(scene.Sans, text.SizeSmall) - text.Descent(scene.Sans, text.SizeSmall)) / 2
	for k, s := range labels {
		f := float64(k) / float64(len(labels)-1)
		base := y + f*h + mid
		// Keep the end labels inside the bar's height.
		base = max(base, y+text.Ascent(scene.Sans, text.SizeSmall))
		base = min(base, y+h-text.Descent(scene.Sans, text.SizeSmall))
		t := text.Label("", s, lx, base, scene.Start, scene.Sans, text.SizeSmall, draw.MutedInk)
		t.Role = scene.RoleLabel
		t.Box = scene.Rect{X: lx, Y: y, W: m.barW - barWidth - 6, H: h}
		bands = append(bands, t)
	}
	return []scene.Item{&scene.Group{Kind: scene.KindColorBar, Items: bands}}
}

// measureKeys lists the labelled outlines once each, for the key.
func (m *matrixMetrics) measureKeys() {
	seen := map[string]bool{}
	for _, o := range m.p.Outlines {
		if o.Label == "" || seen[o.Label] {
			continue
		}
		seen[o.Label] = true
		tb := text.Lines(o.Label, scene.Sans, text.SizeSmall)
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
func (m *matrixMetrics) keyItems(x, y float64, box scene.Rect) []scene.Item {
	var out []scene.Item
	xx := x + m.gridX
	for _, k := range m.keys {
		st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: k.o.Tone, Role: scene.Line}, StrokeWidth: 2.5}
		if k.o.Dashed {
			st.Dash = []float64{6, 4}
		}
		out = append(out, &scene.Box{Shape: diagram.Rounded, R: scene.Rect{X: xx, Y: y + (m.keyH-14)/2, W: outlineKeyW, H: 14}, Corner: 4, Style: st})
		xx += outlineKeyW + 8
		for _, it := range k.label.Place("", xx, y+(m.keyH-k.label.H)/2, scene.Start, draw.Ink) {
			t := it.(*scene.Text)
			t.Role = scene.RoleLabel
			t.Box = scene.Rect{X: box.X, Y: y, W: box.W, H: m.keyH}
			out = append(out, t)
		}
		xx += k.label.W + keyItemGap
	}
	return []scene.Item{&scene.Group{Kind: scene.KindKey, Items: out}}
}
