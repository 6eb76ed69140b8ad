package matrix

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

func cellsOf(texts ...string) []*diagram.Cell {
	var out []*diagram.Cell
	for _, t := range texts {
		out = append(out, &diagram.Cell{Text: t})
	}
	return out
}

func TestMatrixGridSizes(t *testing.T) {
	long := "a long sentence that has to wrap inside its cell"
	tests := []struct {
		name     string
		m        *diagram.Matrix
		uniformW bool // every column has the same width
		square   bool // cells are square
		minLines int  // lines of the text in cell (0, 1)
	}{
		{"short texts share one width",
			&diagram.Matrix{Rows: []*diagram.MatrixRow{{Cells: cellsOf("a", "bbbbbbbb", "c")}, {Cells: cellsOf("1", "2", "3")}}},
			true, false, 1},
		{"long texts wrap and take their own widths",
			&diagram.Matrix{Rows: []*diagram.MatrixRow{{Cells: cellsOf("x", long, "y")}, {Cells: cellsOf("1", "2", "3")}}},
			false, false, 1},
		{"heatmap cells are square",
			&diagram.Matrix{Heat: &diagram.HeatScale{Lo: 0, Hi: 1}, Rows: []*diagram.MatrixRow{
				{Cells: []*diagram.Cell{{Text: "0.5", Value: 0.5, Numeric: true}, {Text: "1", Value: 1, Numeric: true}}}}},
			true, true, 1},
	}
	for _, tt := range tests {
		m := measureMatrix(tt.m)
		uniform := true
		for _, w := range m.colW {
			if w != m.colW[0] {
				uniform = false
			}
		}
		if uniform != tt.uniformW {
			t.Errorf("%s: column widths %v, uniform = %v, want %v", tt.name, m.colW, uniform, tt.uniformW)
		}
		if tt.square && m.colW[0] != m.rowH[0] {
			t.Errorf("%s: cell is %v × %v, want square", tt.name, m.colW[0], m.rowH[0])
		}
		for i, row := range m.cells {
			for j, tb := range row {
				r := m.cellRect(i, j)
				if tb.W > r.W-2*cellPadX+0.01 || tb.H > r.H {
					t.Errorf("%s: text of cell (%d, %d) is %.1f × %.1f, cell %.1f × %.1f", tt.name, i, j, tb.W, tb.H, r.W, r.H)
				}
				if strings.Contains(tt.m.Rows[i].Cells[j].Text, "sentence") && tb.NumLines() < 2 {
					t.Errorf("%s: the long text was not wrapped", tt.name)
				}
			}
		}
		// Cells do not overlap and the block holds them all.
		g := m.gridRect()
		if g.Right() > m.W || g.Bottom() > m.H {
			t.Errorf("%s: grid %v outside the block %v × %v", tt.name, g, m.W, m.H)
		}
	}
}

func TestMatrixOutlineAroundCells(t *testing.T) {
	p := &diagram.Matrix{
		Rows: []*diagram.MatrixRow{{Cells: cellsOf("a", "b")}, {Cells: cellsOf("c", "d")}},
		Outlines: []*diagram.Outline{
			{ID: "o", Blocks: []diagram.CellBlock{{Row0: 0, Col0: 0, Row1: 1, Col1: 0}, {Row0: 5, Col0: 5, Row1: 6, Col1: 6}}},
		},
	}
	m := measureMatrix(p)
	g := m.outlineItem(p.Outlines[0], func(r scene.Rect) scene.Rect { return r }).(*scene.Group)
	if len(g.Items) != 1 {
		t.Fatalf("outline has %d boxes, want 1 (the block outside the matrix is skipped)", len(g.Items))
	}
	r := g.Items[0].Bounds()
	cells := m.cellRect(0, 0).Union(m.cellRect(1, 0))
	if r.X >= cells.X || r.Y >= cells.Y || r.Right() <= cells.Right() || r.Bottom() <= cells.Bottom() {
		t.Errorf("outline %v does not surround the cells %v", r, cells)
	}
	if r.Right() >= m.cellRect(0, 1).X {
		t.Errorf("outline %v reaches into the next column at %.1f", r, m.cellRect(0, 1).X)
	}
}

// TestMatrixProportionalWidths checks that columns take their shares of
// the cells' width, within half a pixel, whether the texts fit at once or
// wrap to their columns.
func TestMatrixProportionalWidths(t *testing.T) {
	long := "a long sentence that fills a wide column and makes the whole table wide when it does not wrap"
	tests := []struct {
		name   string
		shares []float64
		texts  []string
	}{
		{"70/15/15 split", []float64{70, 15, 15}, []string{"Train", "Val", "Test"}},
		{"percentages of short texts", []float64{50, 30, 20}, []string{"a", "b", "c"}},
		{"a long text wraps", []float64{1, 3}, []string{long, long}},
		{"many equal columns", []float64{1, 1, 1, 1, 1}, []string{"1", "22", "333", "4444", "55555"}},
	}
	for _, tt := range tests {
		p := &diagram.Matrix{Widths: tt.shares, Rows: []*diagram.MatrixRow{{Cells: cellsOf(tt.texts...)}}}
		m := measureMatrix(p)
		sum, total := 0.0, 0.0
		for j, s := range tt.shares {
			sum += s
			total += m.colW[j]
		}
		for j, s := range tt.shares {
			if want := total * s / sum; math.Abs(m.colW[j]-want) > 0.5 {
				t.Errorf("%s: column %d is %.2f px of %.2f, want %.2f (share %g of %g)", tt.name, j, m.colW[j], total, want, s, sum)
			}
			if tb := m.cells[0][j]; tb.W > m.colW[j]-2*cellPadX+0.01 {
				t.Errorf("%s: text of column %d is %.1f px wide in a column of %.1f", tt.name, j, tb.W, m.colW[j])
			}
		}
		if total > propMaxW+0.5 && tt.texts[0] == long {
			t.Errorf("%s: cells are %.1f px wide, more than %d", tt.name, total, propMaxW)
		}
	}
}

// TestMatrixMaskedCells checks that a masked cell is drawn in the mask
// style, with no text, in the group of its mask, and that the key
// explains the mask.
func TestMatrixMaskedCells(t *testing.T) {
	num := func(v float64) *diagram.Cell { return &diagram.Cell{Text: "x", Value: v, Numeric: true} }
	p := &diagram.Matrix{
		Heat: &diagram.HeatScale{Lo: 0, Hi: 1},
		Rows: []*diagram.MatrixRow{
			{Cells: []*diagram.Cell{num(1), {ID: "m.r1c2"}}},
			{Cells: []*diagram.Cell{num(0), num(0.001)}},
		},
		Masks: []*diagram.Mask{{ID: "m.future", Label: "future", Blocks: []diagram.CellBlock{{Row0: 0, Col0: 1, Row1: 0, Col1: 1}}}},
	}
	m := measureMatrix(p)
	items := m.place(0, 0)
	var mask *scene.Group
	scene.Walk(items, func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.ID == "m.future" {
			mask = g
		}
		return true
	})
	if mask == nil || mask.Kind != scene.KindMask || len(mask.Items) != 1 {
		t.Fatalf("mask group %+v, want one cell in a group of kind mask", mask)
	}
	cell := mask.Items[0].(*scene.Group)
	if cell.ID != "m.r1c2" {
		t.Errorf("masked cell has id %q", cell.ID)
	}
	var box *scene.Box
	hatched := false
	scene.Walk(cell.Items, func(it scene.Item) bool {
		switch v := it.(type) {
		case *scene.Text:
			t.Errorf("masked cell shows text %q", v.String())
		case *scene.Box:
			box = v
		case *scene.Path:
			hatched = len(v.Ops) >= 8
			for _, op := range v.Ops {
				for _, pt := range op.Pts {
					if r := m.cellRect(0, 1); pt.X < r.X || pt.X > r.Right() || pt.Y < r.Y || pt.Y > r.Bottom() {
						t.Errorf("hatching point %v outside the cell %v", pt, r)
					}
				}
			}
		}
		return true
	})
	if box == nil || box.Style.Fill.Color != "" || box.Style.Fill != (scene.Paint{Tone: diagram.Neutral, Role: scene.Soft}) {
		t.Errorf("masked cell box %+v, want the neutral soft fill of the theme", box)
	}
	if !hatched {
		t.Error("masked cell is not hatched")
	}
	// A value near zero is a heat colour with its text, not the mask.
	zero := m.cellItem(p.Rows[1].Cells[1], m.cells[1][1], m.details[1][1], m.cellRect(1, 1)).(*scene.Group)
	if b := zero.Items[0].(*scene.Box); b.Style.Fill.Color != HeatColor(p.Heat, 0.001) {
		t.Errorf("near-zero cell filled %+v", b.Style.Fill)
	}
	if len(m.keys) != 1 || !m.keys[0].mask {
		t.Errorf("key %+v, want one entry for the mask", m.keys)
	}
}

// TestMatrixCellIcon checks that a cell's icon lies inside its cell, beside
// its text or alone in the middle.
func TestMatrixCellIcon(t *testing.T) {
	p := &diagram.Matrix{Rows: []*diagram.MatrixRow{{Cells: []*diagram.Cell{
		{Text: "Test · 1,500", Icon: "lock"}, {Icon: "lock"}, {Text: "Train"},
	}}}, Widths: []float64{15, 15, 70}}
	m := measureMatrix(p)
	for j := range 2 {
		r := m.cellRect(0, j)
		g := m.cellItem(p.Rows[0].Cells[j], m.cells[0][j], m.details[0][j], r).(*scene.Group)
		var icon, txt scene.Rect
		paths := 0
		for _, it := range g.Items {
			switch v := it.(type) {
			case *scene.Path:
				icon = icon.Union(v.Bounds())
				if paths == 0 {
					icon = v.Bounds()
				}
				paths++
			case *scene.Text:
				txt = v.Ink
			}
		}
		if paths == 0 {
			t.Fatalf("cell %d has no icon", j)
		}
		if icon.X < r.X || icon.Y < r.Y || icon.Right() > r.Right() || icon.Bottom() > r.Bottom() {
			t.Errorf("icon %v outside its cell %v", icon, r)
		}
		if j == 0 && (txt.W == 0 || icon.Right() > txt.X) {
			t.Errorf("icon %v does not stand before the text %v", icon, txt)
		}
		if j == 1 && math.Abs(icon.Center().X-r.Center().X) > 1.5 {
			t.Errorf("a lone icon %v is not centred in %v", icon, r)
		}
	}
}

// TestMatrixKeyBesideCells checks that the colour bar and the key never
// cover a cell.
func TestMatrixKeyBesideCells(t *testing.T) {
	cells := []*diagram.Cell{{Text: "a"}, {Text: "b"}, {Text: "c"}, {Text: "1", Value: 1, Numeric: true}}
	for _, h := range []*diagram.HeatScale{{Lo: 0, Hi: 1}, {Lo: -1, Hi: 5, Kind: diagram.Diverging, Centre: 0, HasCentre: true}, {Kind: diagram.Categorical}} {
		p := &diagram.Matrix{Heat: h, Rows: []*diagram.MatrixRow{{Cells: cells}, {Cells: cells}},
			Outlines: []*diagram.Outline{{Label: "an outline", Blocks: []diagram.CellBlock{{Row1: 1}}}}}
		m := measureMatrix(p)
		grid := m.gridRect()
		scene.Walk(m.place(0, 0), func(it scene.Item) bool {
			g, ok := it.(*scene.Group)
			if !ok || g.Kind != scene.KindColorBar && g.Kind != scene.KindKey {
				return true
			}
			for _, x := range g.Items {
				b := x.Bounds()
				if b.X < grid.Right() && b.Right() > grid.X && b.Y < grid.Bottom() && b.Bottom() > grid.Y {
					t.Errorf("scale %d: %s item %v covers the cells %v", h.Kind, g.Kind, b, grid)
				}
			}
			return false
		})
	}
}
