// Package matrix lays out matrix panels: tables of cells with row and
// column headers, columns sized by their texts or in proportion to given
// shares, heatmaps coloured on perceptually even ramps or by category
// (color.go) with their colour bar, masked cells drawn hatched, icons in
// cells, and outlines around blocks of cells, with a key under the cells
// that explains outlines, masks and categories.
package matrix

import (
	"math"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Matrix metrics in px.
const (
	cellPadX    = 12 // beside a cell's text
	cellPadY    = 9  // above and below a cell's text
	cellMinW    = 60
	cellMinH    = 44
	cellMaxW    = 220 // cell texts wrap to fit this width
	gridColMaxW = 120 // columns up to this width share one width
	rowHeadMaxW = 180 // row headers wrap to fit this width
	cellGap     = 4   // between neighbouring cells
	cellCorner  = 4
	headerGap   = 8 // between headers and the cells
	axisGap     = 6 // between an axis title and its headers
	outlineOut  = 3 // how far an outline stands outside its cells
	barWidth    = 14
	barGap      = 18 // between the cells and the colour bar
	barSteps    = 48
	outlineKeyW = 26 // the sample of an outline in the key below the cells
	keyGap      = 14 // between the cells and the key
	keyItemGap  = 20
	keyLineGap  = 8   // between lines of the key
	keyMinW     = 480 // the key wraps at the cells' width, or this if wider
	hatchStep   = 6   // between the lines of a masked cell's hatching
	iconGap     = 6   // between a cell's icon and its text
	// propMaxW is the most the cells of a matrix with proportional widths
	// take together before their texts wrap to their columns.
	propMaxW     = 880
	propMinW     = 24                 // the least a column of proportional width needs
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
	axisH      float64        // height of the axis title line (0 when none)
	gridX      float64        // left of the first cell column
	gridY      float64        // top of the first cell row
	barW       float64        // width of the colour bar and its labels (0 when none)
	masked     [][]bool       // masked cells (nil when there are none)
	category   map[string]int // a categorical scale's category of each text
	categories []string       // the categories in order
	keys       []keyEntry
	keyLines   [][]keyEntry // the key's entries, line by line
	keyLineH   []float64    // the height of each line of the key
	keyH       float64
	W, H       float64
}

// keyEntry is one entry of the key under the cells: a sample (the frame of
// an outline, the hatching of a mask or the fill of a category) and its
// label.
type keyEntry struct {
	outline *diagram.Outline // the outline explained, or nil
	mask    bool             // the entry explains masked cells
	fill    string           // a category's fill, when neither of the above
	label   text.Rich
}

// isMasked reports whether cell (i, j) is masked.
func (m *matrixMetrics) isMasked(i, j int) bool {
	return m.masked != nil && i < len(m.masked) && j < len(m.masked[i]) && m.masked[i][j]
}

// maskOf returns the index of the first mask that covers cell (i, j), or -1.
func (m *matrixMetrics) maskOf(i, j int) int {
	if !m.isMasked(i, j) {
		return -1
	}
	for k, mk := range m.p.Masks {
		for _, b := range mk.Blocks {
			if b.Row0 <= i && i <= b.Row1 && b.Col0 <= j && j <= b.Col1 {
				return k
			}
		}
	}
	return -1
}

// iconSize returns the size of the icon of a cell with the measured text
// tb: the height of a line of its text, larger when it stands alone.
func iconSize(p *diagram.Matrix, cell *diagram.Cell) float64 {
	if cell.Text == "" {
		return 22
	}
	return math.Round(cellSize(p, cell) * 1.15)
}

// Layout lays out a matrix panel: an optional axis-title line, the column
// headers, the rows (header and cells), a colour bar for heatmaps and a key
// for labelled outlines below the cells.
func Layout(env *panel.Env, p *diagram.Matrix) panel.Block {
	m := measureMatrix(p)
	return panel.Block{W: m.W, H: m.H, Place: m.place}
}

func measureMatrix(p *diagram.Matrix) *matrixMetrics {
	m := &matrixMetrics{p: p, rows: len(p.Rows), masked: p.Masked()}
	if p.Heat != nil && p.Heat.Kind == diagram.Categorical {
		m.categories = p.Categories()
		m.category = make(map[string]int, len(m.categories))
		for i, c := range m.categories {
			m.category[c] = i
		}
	}
	for _, r := range p.Rows {
		m.cols = max(m.cols, len(r.Cells))
	}
	m.cols = max(m.cols, len(p.Cols))
	minW, minH := float64(cellMinW), float64(cellMinH)
	if m.rows <= 3 && m.cols <= 3 && p.Heat == nil && p.Widths == nil {
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
		for j := range r.Cells {
			w, h := m.measureCell(i, j, cellMaxW-2*cellPadX)
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
	switch {
	case p.Widths != nil && len(p.Widths) == m.cols:
		m.proportional()
	default:
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
	if p.Heat != nil && p.Heat.Kind != diagram.Categorical {
		m.barW = barWidth + 6 + m.barLabelW()
		m.W = max(m.W, m.gridX+gridW+barGap+m.barW)
		m.H = max(m.H, m.gridY+3*text.LineHeight(text.SizeSmall))
	}
	m.measureKeys(max(m.gridX+gridW, keyMinW))
	if len(m.keys) > 0 {
		m.H += keyGap + m.keyH
		m.W = max(m.W, m.keysW())
	}
	return m
}

// measureCell measures the text, detail and icon of cell (i, j), its texts
// wrapped to width, and returns the size of its content.
func (m *matrixMetrics) measureCell(i, j int, width float64) (w, h float64) {
	p := m.p
	cell := p.Rows[i].Cells[j]
	if m.isMasked(i, j) {
		m.cells[i][j], m.details[i][j] = text.Rich{}, text.Rich{}
		return 0, 0
	}
	face, size := cellFace(cell), cellSize(p, cell)
	icon := 0.0
	if cell.Icon != "" {
		icon = iconSize(p, cell)
		if cell.Text != "" {
			width = max(width-icon-iconGap, propMinW)
		}
	}
	tb := text.MeasureRich(cell.Text, face, size, width)
	w, h = tb.W, tb.H
	if icon > 0 {
		h = max(h, icon)
		if cell.Text != "" {
			w += icon + iconGap
		} else {
			w = icon
		}
	}
	m.details[i][j] = text.Rich{}
	if cell.Detail != "" {
		d := text.MeasureRich(cell.Detail, scene.Sans, text.SizeSmall, width)
		m.details[i][j] = d
		w, h = max(w, d.W), h+cellDetailGap+d.H
	}
	m.cells[i][j] = tb
	return w, h
}

// proportional gives the columns widths in proportion to the matrix's
// shares: the least total width at which every column holds its widest
// text, or propMaxW if that is less, the texts then wrapped to their
// columns; but never so narrow that a word must break. A column that still
// cannot hold its content grows, and only then is its share not exact.
func (m *matrixMetrics) proportional() {
	shares := m.p.Widths
	sum := 0.0
	for _, s := range shares {
		sum += s
	}
	// The natural widths were measured against a minimum cell width; a
	// proportional column needs only its content.
	// least is what a column needs so that no word breaks.
	need, least := make([]float64, m.cols), make([]float64, m.cols)
	for j := range need {
		need[j], least[j] = propMinW, propMinW
	}
	for i, r := range m.p.Rows {
		for j, cell := range r.Cells {
			w, _ := m.measureCell(i, j, cellMaxW-2*cellPadX)
			need[j] = max(need[j], w+2*cellPadX)
			if !m.isMasked(i, j) {
				word := max(longestWord(cell.Text, cellFace(cell), cellSize(m.p, cell)), longestWord(cell.Detail, scene.Sans, text.SizeSmall))
				if cell.Icon != "" {
					word = max(word+iconSize(m.p, cell)+iconGap, iconSize(m.p, cell))
				}
				least[j] = max(least[j], word+2*cellPadX)
			}
		}
	}
	for j, h := range m.colHead {
		need[j] = max(need[j], h.W+8)
		least[j] = max(least[j], longestWord(m.p.Cols[j], scene.SansBold, text.SizeSmall+1)+8)
	}
	total, floor := 0.0, 0.0
	for j, s := range shares {
		total = max(total, need[j]*sum/s)
		floor = max(floor, least[j]*sum/s)
	}
	total = max(min(total, propMaxW), floor)
	for j, s := range shares {
		m.colW[j] = total * s / sum
	}
	// Rewrap what no longer fits, growing rows to the wrapped texts.
	for i, r := range m.p.Rows {
		for j := range r.Cells {
			w, h := m.measureCell(i, j, max(m.colW[j]-2*cellPadX, 1))
			m.colW[j] = max(m.colW[j], w+2*cellPadX)
			m.rowH[i] = max(m.rowH[i], h+2*cellPadY)
		}
	}
	for j, h := range m.p.Cols {
		if m.colHead[j].W+8 > m.colW[j] {
			tb := text.MeasureRich(h, scene.SansBold, text.SizeSmall+1, max(m.colW[j]-8, 1))
			m.colHead[j] = tb
			m.colW[j] = max(m.colW[j], tb.W+8)
			m.colHeadH = max(m.colHeadH, tb.H)
		}
	}
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
	// Masked cells are drawn in the group of the first mask that covers
	// them, so that the animation reaches them by the mask's id.
	maskItems := make([][]scene.Item, len(p.Masks))
	for i, row := range p.Rows {
		var ritems []scene.Item
		if row.Header != "" {
			r := off(m.cellRect(i, 0))
			tb := m.rowHead[i]
			ritems = append(ritems, tb.Place(x+m.rowHeadW, r.Y+(r.H-tb.H)/2, scene.End, draw.Ink, scene.Rect{X: x, Y: r.Y, W: m.rowHeadW, H: r.H})...)
		}
		for j, cell := range row.Cells {
			r := off(m.cellRect(i, j))
			if k := m.maskOf(i, j); k >= 0 {
				maskItems[k] = append(maskItems[k], &scene.Group{ID: cell.ID, Kind: scene.KindCell, Items: maskedCell(r)})
				continue
			}
			ritems = append(ritems, m.cellItem(cell, m.cells[i][j], m.details[i][j], r))
		}
		items = append(items, &scene.Group{ID: row.ID, Kind: scene.KindRow, Items: ritems})
	}
	for k, mk := range p.Masks {
		items = append(items, &scene.Group{ID: mk.ID, Kind: scene.KindMask, Items: maskItems[k]})
	}
	for _, o := range p.Outlines {
		items = append(items, m.outlineItem(o, off))
	}
	if m.barW > 0 {
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
	switch k, ok := m.category[cell.Text]; {
	case ok:
		hex := CategoryColor(k)
		fill, stroke, ink = scene.Paint{Color: hex}, scene.NoPaint, scene.Paint{Color: InkOn(hex)}
	case m.p.Heat != nil && m.p.Heat.Kind != diagram.Categorical && cell.Numeric:
		fill, stroke = HeatPaint(m.p.Heat, cell.Value), scene.NoPaint
		ink = InkPaint(fill)
	case cell.Tone != diagram.Neutral:
		fill = scene.Paint{Tone: cell.Tone, Role: scene.Soft}
		stroke = scene.Paint{Tone: cell.Tone, Role: scene.Line}
		ink = scene.Paint{Tone: cell.Tone, Role: scene.Ink}
	}
	items := []scene.Item{&scene.Box{Role: scene.RoleNode, Shape: diagram.Rounded, R: r, Corner: cellCorner,
		Style: scene.Style{Fill: fill, Stroke: stroke, StrokeWidth: 1}}}
	if cell.Text == "" && cell.Icon != "" {
		// An icon alone stands in the middle of the cell.
		s := iconSize(m.p, cell)
		items = append(items, draw.Icon(cell.Icon, scene.Rect{X: r.X + (r.W-s)/2, Y: r.Y + (r.H-s)/2, W: s, H: s}, ink)...)
		return &scene.Group{ID: cell.ID, Kind: scene.KindCell, Items: items}
	}
	h, lineH := tb.H, tb.H
	icon := 0.0
	if cell.Icon != "" {
		icon = iconSize(m.p, cell)
		lineH = max(tb.H, icon)
		h = lineH
	}
	if cell.Detail != "" {
		h += cellDetailGap + detail.H
	}
	top := r.Y + (r.H-h)/2
	if icon > 0 {
		// The icon and the text are centred together, the icon first.
		left := r.X + (r.W-(icon+iconGap+tb.W))/2
		items = append(items, draw.Icon(cell.Icon, scene.Rect{X: left, Y: top + (lineH-icon)/2, W: icon, H: icon}, ink)...)
		items = append(items, tb.Place(left+icon+iconGap, top+(lineH-tb.H)/2, scene.Start, ink, r)...)
	} else {
		items = append(items, tb.Place(r.X+r.W/2, top, scene.Middle, ink, r)...)
	}
	if cell.Detail != "" {
		items = append(items, detail.Place(r.X+r.W/2, top+lineH+cellDetailGap, scene.Middle, ink, r)...)
	}
	return &scene.Group{ID: cell.ID, Kind: scene.KindCell, Items: items}
}

// maskedCell draws a masked cell in r: a muted box hatched with thin
// diagonal lines and no text, so that it reads as "no value", unlike a
// pale cell whose value is near zero.
func maskedCell(r scene.Rect) []scene.Item {
	box := &scene.Box{Role: scene.RoleNode, Shape: diagram.Rounded, R: r, Corner: cellCorner,
		Style: scene.Style{Fill: scene.Paint{Tone: diagram.Neutral, Role: scene.Soft}, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1}}
	items := []scene.Item{box}
	if h := hatch(r.Inset(2)); h != nil {
		items = append(items, h)
	}
	return items
}

// hatch returns lines at 45° across r, hatchStep apart, clipped to r: one
// path of separate segments, or nil for a rectangle too small to hold one.
func hatch(r scene.Rect) scene.Item {
	if r.W <= 0 || r.H <= 0 {
		return nil
	}
	var ops []scene.PathOp
	// Each line runs from the bottom-left to the top-right along
	// x - X + (Y + H - y) = d.
	for d := hatchStep / 2.0; d < r.W+r.H; d += hatchStep {
		x0, y0 := r.X+max(0, d-r.H), r.Bottom()-min(d, r.H)
		x1, y1 := r.X+min(d, r.W), r.Bottom()-max(0, d-r.W)
		ops = append(ops, scene.PathOp{Cmd: 'M', Pts: []scene.Point{{X: x0, Y: y0}}}, scene.PathOp{Cmd: 'L', Pts: []scene.Point{{X: x1, Y: y1}}})
	}
	return &scene.Path{Ops: ops, Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1.25}}
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

// barLabel is a value written beside the colour bar, at the height of
// frac, from 0 at the top (the high end) to 1 at the bottom.
type barLabel struct {
	text string
	frac float64
}

// barLabels returns the values written beside the colour bar, top to
// bottom: the high end, the centre of a diverging scale (at its height on
// the bar, left out where it would crowd an end), the low end.
func (m *matrixMetrics) barLabels(h float64) []barLabel {
	hs := m.p.Heat
	out := []barLabel{{formatValue(hs.Hi), 0}}
	if hs.Kind == diagram.Diverging {
		c := hs.Mid()
		f := (hs.Hi - c) / (hs.Hi - hs.Lo)
		room := 1.2 * text.LineHeight(text.SizeSmall)
		if f*h >= room && (1-f)*h >= room {
			out = append(out, barLabel{formatValue(c), f})
		}
	}
	return append(out, barLabel{formatValue(hs.Lo), 1})
}

func (m *matrixMetrics) barLabelW() float64 {
	w := 0.0
	for _, l := range m.barLabels(math.Inf(1)) {
		w = max(w, text.Measure(scene.Sans, text.SizeSmall, l.text))
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
// with the range's ends (and centre) written beside it.
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
			Style: scene.Style{Fill: HeatPaint(m.p.Heat, v), Stroke: scene.NoPaint}})
	}
	bands = append(bands, &scene.Box{R: scene.Rect{X: x, Y: y, W: barWidth, H: h}, Style: scene.Style{Fill: scene.NoPaint, Stroke: draw.Border, StrokeWidth: 1}})
	lx := x + barWidth + 6
	mid := (text.Ascent(scene.Sans, text.SizeSmall) - text.Descent(scene.Sans, text.SizeSmall)) / 2
	for _, l := range m.barLabels(h) {
		base := y + l.frac*h + mid
		// Keep the end labels inside the bar's height.
		base = max(base, y+text.Ascent(scene.Sans, text.SizeSmall))
		base = min(base, y+h-text.Descent(scene.Sans, text.SizeSmall))
		t := text.Label("", l.text, lx, base, scene.Start, scene.Sans, text.SizeSmall, draw.MutedInk)
		t.Role = scene.RoleLabel
		t.Box = scene.Rect{X: lx, Y: y, W: m.barW - barWidth - 6, H: h}
		bands = append(bands, t)
	}
	return []scene.Item{&scene.Group{Kind: scene.KindColorBar, Items: bands}}
}

// keySample is the size of an entry's sample in the key.
func (k keyEntry) sampleW() float64 {
	if k.outline != nil || k.mask {
		return outlineKeyW
	}
	return 18
}

// width returns the width of a key entry: its sample, a gap and its label.
func (k keyEntry) width() float64 { return k.sampleW() + 8 + k.label.W }

// measureKeys lists what the key explains, each once: the categories of a
// categorical scale in order, then the labels of masks and outlines; and
// breaks the entries into lines no wider than maxW.
func (m *matrixMetrics) measureKeys(maxW float64) {
	for _, c := range m.categories {
		m.keys = append(m.keys, keyEntry{fill: CategoryColor(m.category[c]), label: text.MeasureRich(c, scene.Sans, text.SizeSmall, 2*cellMaxW)})
	}
	seen := map[string]bool{}
	plain := func(s string) text.Rich {
		// Outline and mask labels are plain text, shown as written.
		return text.MeasureRich(diagram.EscapeMarkup(s), scene.Sans, text.SizeSmall, math.Inf(1))
	}
	for _, mk := range m.p.Masks {
		if mk.Label == "" || seen["mask "+mk.Label] {
			continue
		}
		seen["mask "+mk.Label] = true
		m.keys = append(m.keys, keyEntry{mask: true, label: plain(mk.Label)})
	}
	for _, o := range m.p.Outlines {
		if o.Label == "" || seen["outline "+o.Label] {
			continue
		}
		seen["outline "+o.Label] = true
		m.keys = append(m.keys, keyEntry{outline: o, label: plain(o.Label)})
	}
	var line []keyEntry
	w := 0.0
	for _, k := range m.keys {
		if len(line) > 0 && w+keyItemGap+k.width() > maxW-m.gridX {
			m.keyLines = append(m.keyLines, line)
			line, w = nil, 0
		}
		if len(line) > 0 {
			w += keyItemGap
		}
		line = append(line, k)
		w += k.width()
	}
	if len(line) > 0 {
		m.keyLines = append(m.keyLines, line)
	}
	for i, line := range m.keyLines {
		h := 14.0
		for _, k := range line {
			h = max(h, k.label.H)
		}
		m.keyLineH = append(m.keyLineH, h)
		if i > 0 {
			m.keyH += keyLineGap
		}
		m.keyH += h
	}
}

// keysW returns the width of the key's widest line, from the block's left.
func (m *matrixMetrics) keysW() float64 {
	widest := 0.0
	for _, line := range m.keyLines {
		w := m.gridX
		for i, k := range line {
			if i > 0 {
				w += keyItemGap
			}
			w += k.width()
		}
		widest = max(widest, w)
	}
	return widest
}

// keyItems draws the key under the cells, starting at the cells' left
// edge, line by line.
func (m *matrixMetrics) keyItems(x, y float64, box scene.Rect) []scene.Item {
	var out []scene.Item
	for li, line := range m.keyLines {
		lh := m.keyLineH[li]
		xx := x + m.gridX
		for _, k := range line {
			sample := scene.Rect{X: xx, Y: y + (lh-14)/2, W: k.sampleW(), H: 14}
			switch {
			case k.outline != nil:
				st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: k.outline.Tone, Role: scene.Line}, StrokeWidth: 2.5}
				if k.outline.Dashed {
					st.Dash = []float64{6, 4}
				}
				out = append(out, &scene.Box{Shape: diagram.Rounded, R: sample, Corner: 4, Style: st})
			case k.mask:
				out = append(out, maskedCell(sample)...)
			default:
				out = append(out, &scene.Box{Shape: diagram.Rounded, R: sample, Corner: 3,
					Style: scene.Style{Fill: scene.Paint{Color: k.fill}, Stroke: scene.NoPaint}})
			}
			xx += k.sampleW() + 8
			for _, it := range k.label.Place(xx, y+(lh-k.label.H)/2, scene.Start, draw.Ink, scene.Rect{X: box.X, Y: y, W: box.W, H: lh}) {
				if t, ok := it.(*scene.Text); ok {
					t.Role = scene.RoleLabel
				}
				out = append(out, it)
			}
			xx += k.label.W + keyItemGap
		}
		y += lh + keyLineGap
	}
	return []scene.Item{&scene.Group{Kind: scene.KindKey, Items: out}}
}

// longestWord returns the width of the widest word of s, a text with
// inline markup, set in face at size.
func longestWord(s string, face scene.FontFace, size float64) float64 {
	w := 0.0
	for _, word := range strings.Fields(s) {
		w = max(w, text.MeasureRich(word, face, size, math.Inf(1)).W)
	}
	return w
}
