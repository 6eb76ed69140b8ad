package tensor

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// TestScale checks the documented scale rule: sides of 1, 7, 224 and
// 1024 and more, depths of 1, 3 and 512 and more, and that a larger
// dimension is never drawn smaller.
func TestScale(t *testing.T) {
	near := func(got, want float64) bool { return math.Abs(got-want) < 0.5 }
	for _, c := range []struct {
		n          int
		side, deep float64
	}{{1, 10, 6}, {7, 40.9, 34.1}, {224, 95.8, 84.0}, {512, 109, 96}, {1024, 120, 106}, {1_000_000, 120, 110}} {
		if got := side(c.n); !near(got, c.side) {
			t.Errorf("side(%d) = %.1f, want %.1f", c.n, got, c.side)
		}
		if got := depth(c.n); !near(got, c.deep) {
			t.Errorf("depth(%d) = %.1f, want %.1f", c.n, got, c.deep)
		}
	}
	for n := 1; n < 5000; n++ {
		if side(n+1) < side(n) || depth(n+1) < depth(n) {
			t.Fatalf("scale shrinks from %d to %d", n, n+1)
		}
	}
	// 224×224×3 is a wide thin slab, 7×7×512 a small deep block.
	big, deep := Shape([]int{224, 224, 3}), Shape([]int{7, 7, 512})
	if !(big.W > 2*deep.W && deep.DX > 2*big.DX) {
		t.Errorf("224×224×3 = %+v and 7×7×512 = %+v do not read as slab and block", big, deep)
	}
	if big.Slices != 3 || deep.Slices != MaxSlices {
		t.Errorf("slices = %d and %d, want 3 and %d", big.Slices, deep.Slices, MaxSlices)
	}
	if v := Shape([]int{4096}); v.W != vectorW || v.Rows != MaxSlices || v.H != sideMax {
		t.Errorf("vector 4096 = %+v, want a column %v wide and %v high with %d rows", v, vectorW, sideMax, MaxSlices)
	}
	if v := Shape([]int{4, 512}); v.Rows != 4 || v.W <= v.H {
		t.Errorf("sheet 4×512 = %+v, want 4 rows, wider than high", v)
	}
}

// TestOutline checks that the outline closes, bounds every point the
// volume draws, and fills its box: its extremes touch all four sides.
func TestOutline(t *testing.T) {
	for _, dims := range [][]int{{224, 224, 3}, {7, 7, 512}, {128, 512}, {4096}, {1, 1, 1}} {
		v := Shape(dims)
		c := scene.Pt(100, 50)
		poly := v.Outline(c)
		if poly[0] != poly[len(poly)-1] {
			t.Errorf("%v: outline does not close: %v", dims, poly)
		}
		w, h := v.Size()
		box := scene.Rect{X: c.X - w/2, Y: c.Y - h/2, W: w, H: h}
		minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, p := range poly {
			minX, minY, maxX, maxY = min(minX, p.X), min(minY, p.Y), max(maxX, p.X), max(maxY, p.Y)
		}
		if math.Abs(minX-box.X) > 1e-9 || math.Abs(maxX-box.Right()) > 1e-9 || math.Abs(minY-box.Y) > 1e-9 || math.Abs(maxY-box.Bottom()) > 1e-9 {
			t.Errorf("%v: outline spans %.1f..%.1f × %.1f..%.1f, box %v", dims, minX, maxX, minY, maxY, box)
		}
		for _, it := range v.Draw(c, diagram.Info) {
			for _, op := range it.(*scene.Path).Ops {
				for _, p := range op.Pts {
					if !inside(poly, p) {
						t.Errorf("%v: drawn point %v is outside the outline", dims, p)
					}
				}
			}
		}
	}
}

// inside reports whether p is inside the convex polygon poly or within
// 1e-6 of its boundary.
func inside(poly []scene.Point, p scene.Point) bool {
	sign := 0.0
	for i := 1; i < len(poly); i++ {
		a, b := poly[i-1], poly[i]
		cross := (b.X-a.X)*(p.Y-a.Y) - (b.Y-a.Y)*(p.X-a.X)
		if math.Abs(cross) < 1e-6 {
			continue
		}
		if sign == 0 {
			sign = cross
		} else if sign*cross < 0 {
			return false
		}
	}
	return true
}

// TestNodeLabels checks a tensor node's box: the volume at its centre,
// and its name and dimensions inside the box, below the volume or right
// of it and clear of it.
func TestNodeLabels(t *testing.T) {
	n := &diagram.Node{ID: "c1", Label: "conv 3×3", Tensor: []int{56, 56, 128}, Parts: []*diagram.LabelPart{{Name: "act", Text: "ReLU"}}}
	tb := text.Lines("conv 3×3\nReLU", scene.Sans, text.SizeBody)
	for _, s := range []Side{Below, Right} {
		nd := NewNode(n, tb, s)
		w, h := nd.Size()
		r := scene.Rect{X: 10, Y: 20, W: w, H: h}
		g := nd.Draw(n, r)
		vw, vh := nd.Vol.Size()
		vol := scene.Rect{X: r.Center().X - vw/2, Y: r.Center().Y - vh/2, W: vw, H: vh}
		var texts []string
		for _, it := range g.Items {
			tx, ok := it.(*scene.Text)
			if !ok {
				continue
			}
			texts = append(texts, tx.String()+"@"+tx.ID)
			b := tx.Bounds()
			if b.X < r.X-0.5 || b.Right() > r.Right()+0.5 || b.Y < r.Y-0.5 || b.Bottom() > r.Bottom()+0.5 {
				t.Errorf("side %d: text %q at %v leaves the box %v", s, tx.String(), b, r)
			}
			if b.X < vol.Right() && b.Right() > vol.X && b.Y < vol.Bottom() && b.Bottom() > vol.Y {
				t.Errorf("side %d: text %q at %v covers the volume %v", s, tx.String(), b, vol)
			}
		}
		want := []string{"conv 3×3@", "ReLU@c1.act", "56×56×128@"}
		if len(texts) != len(want) {
			t.Fatalf("side %d: texts %v, want %v", s, texts, want)
		}
		for i := range want {
			if texts[i] != want[i] {
				t.Errorf("side %d: text %d = %q, want %q", s, i, texts[i], want[i])
			}
		}
	}
}

// TestField checks a receptive field: its window lies on the first
// tensor's front face and is k of its width wide (6 px at least), its
// cell on the second's front face one of its width wide (3 px at least),
// and four lines join their corners.
func TestField(t *testing.T) {
	from, to := []int{32, 32, 3}, []int{28, 28, 6}
	fv, tv := Shape(from), Shape(to)
	fc, tc := scene.Pt(50, 100), scene.Pt(200, 100)
	items := Field(from, fv, fc, to, tv, tc, 5, diagram.Accent)
	if len(items) != 7 {
		t.Fatalf("Field drew %d items, want cone, window, 4 lines and cell", len(items))
	}
	box := func(it scene.Item) scene.Rect { return it.(*scene.Path).Bounds() }
	face := func(v Volume, c scene.Point) scene.Rect {
		o := v.corner(c)
		return scene.Rect{X: o.X, Y: o.Y + v.DY, W: v.W, H: v.H}
	}
	within := func(in, out scene.Rect) bool {
		return in.X >= out.X-1e-9 && in.Y >= out.Y-1e-9 && in.Right() <= out.Right()+1e-9 && in.Bottom() <= out.Bottom()+1e-9
	}
	win, cell := box(items[1]), box(items[6])
	if !within(win, face(fv, fc)) || math.Abs(win.W-max(fv.W*5/32, fieldWindowMin)) > 1e-9 {
		t.Errorf("window %v, want %.1f px wide on the face %v", win, fv.W*5/32, face(fv, fc))
	}
	if !within(cell, face(tv, tc)) || math.Abs(cell.W-fieldCellMin) > 1e-9 {
		t.Errorf("cell %v, want %v px wide on the face %v", cell, fieldCellMin, face(tv, tc))
	}
	for i := 2; i < 6; i++ {
		ops := items[i].(*scene.Path).Ops
		a, b := ops[0].Pts[0], ops[1].Pts[0]
		if math.Abs(a.X-win.X) > 1e-9 && math.Abs(a.X-win.Right()) > 1e-9 || math.Abs(b.X-cell.X) > 1e-9 && math.Abs(b.X-cell.Right()) > 1e-9 {
			t.Errorf("line %d from %v to %v does not join a window corner to a cell corner", i-1, a, b)
		}
	}
	// The cone holds the window and the cell.
	if cone := box(items[0]); !within(win, cone) || !within(cell, cone) {
		t.Errorf("cone %v does not hold window %v and cell %v", cone, win, cell)
	}
	// A kernel wider than the tensor fills its face.
	if w := box(Field(from, fv, fc, to, tv, tc, 64, diagram.Accent)[1]); math.Abs(w.W-min(fv.W, fv.H)) > 1e-9 {
		t.Errorf("window of kernel 64 on 32 is %.1f wide, want the face's %.1f", w.W, fv.W)
	}
}
