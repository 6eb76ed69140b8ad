package scene

import (
	"testing"

	"github.com/aiprep/diag/diagram"
)

// TestPersonFigure checks that a person's figure keeps its proportions
// in a wide box: a head over shoulders at most PersonFigureW wide and
// PersonFigureH tall at the top middle, not a body stretched under a
// long label; a narrow box is filled as before.
func TestPersonFigure(t *testing.T) {
	bounds := func(ops []PathOp) Rect {
		x0, y0, x1, y1 := 1e9, 1e9, -1e9, -1e9
		for _, op := range ops {
			for _, p := range op.Pts {
				x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
			}
		}
		return Rect{x0, y0, x1 - x0, y1 - y0}
	}
	wide := Rect{X: 100, Y: 50, W: 420, H: 90}
	b := bounds(ShapeOps(diagram.Person, wide))
	if b.W > PersonFigureW+0.01 || b.H > PersonFigureH+0.01 {
		t.Errorf("figure in a %g px wide box is %g × %g, want at most %d × %d", wide.W, b.W, b.H, PersonFigureW, PersonFigureH)
	}
	if c := b.X + b.W/2; c < wide.Center().X-0.01 || c > wide.Center().X+0.01 || b.Y < wide.Y || b.Y > wide.Y+1.5 {
		t.Errorf("figure at %+v, want it at the top middle of %+v", b, wide)
	}
	narrow := Rect{X: 0, Y: 0, W: 64, H: 68}
	if b := bounds(ShapeOps(diagram.Person, narrow)); b.W < narrow.W-0.01 || b.H < narrow.H-1.5 {
		t.Errorf("figure in a %g × %g box is %g × %g, want it filled", narrow.W, narrow.H, b.W, b.H)
	}
}
