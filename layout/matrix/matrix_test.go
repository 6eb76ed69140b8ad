package matrix

import (
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
