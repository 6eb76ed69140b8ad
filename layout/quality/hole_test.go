package quality

import (
	"math"
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// card returns a card whose content fills it but for CardPad on each side.
func fullCard(x, y, w, h float64) geom.Card {
	return geom.Card{Box: geom.Box{X: x, Y: y, W: w, H: h},
		Content: geom.Box{X: x + CardPad, Y: y + CardPad, W: w - 2*CardPad, H: h - 2*CardPad}}
}

func TestHole(t *testing.T) {
	sheet := geom.Box{W: 1000, H: 1000}
	body := geom.Box{X: 100, Y: 100, W: 800, H: 600}
	tests := []struct {
		name  string
		cards []geom.Card
		want  geom.Box
	}{
		{"an empty body is one hole", nil, body},
		{"a body filled by one card has none", []geom.Card{fullCard(100, 100, 800, 600)}, geom.Box{}},
		{
			// Two columns, the right one 200 px shorter: the foot of the
			// right column, 390 × 200.
			"the foot of a short column",
			[]geom.Card{fullCard(100, 100, 390, 600), fullCard(510, 100, 390, 400)},
			geom.Box{X: 490, Y: 500, W: 410, H: 200},
		},
		{
			// A card as tall as the body whose content ends 300 px up:
			// the empty part of the card and the gutter beside it.
			"a card stretched past its content",
			[]geom.Card{
				fullCard(100, 100, 390, 600),
				{Box: geom.Box{X: 510, Y: 100, W: 390, H: 600}, Content: geom.Box{X: 526, Y: 116, W: 358, H: 268}},
			},
			geom.Box{X: 490, Y: 400, W: 410, H: 300},
		},
		{
			// Gutters only: a 2 × 2 grid of cards 20 px apart. The
			// largest empty rectangle is the horizontal gutter, 800 × 20
			// (the vertical one is 20 × 600).
			"gutters",
			[]geom.Card{fullCard(100, 100, 390, 290), fullCard(510, 100, 390, 290), fullCard(100, 410, 390, 290), fullCard(510, 410, 390, 290)},
			geom.Box{X: 100, Y: 390, W: 800, H: 20},
		},
		{
			// An L of free space around one card in the top-left corner:
			// the larger of the two arms, the right one (500 × 600).
			"an L around one card",
			[]geom.Card{fullCard(100, 100, 300, 400)},
			geom.Box{X: 400, Y: 100, W: 500, H: 600},
		},
		{
			// A card that draws nothing leaves its whole box free.
			"a card with nothing drawn",
			[]geom.Card{{Box: geom.Box{X: 100, Y: 100, W: 800, H: 600}}},
			body,
		},
		{
			// A card wider than what it draws, centred: the two side
			// strips are holes, 150 px wide each; the first one found is kept.
			"a card with its content centred in it",
			[]geom.Card{{Box: geom.Box{X: 100, Y: 100, W: 800, H: 600}, Content: geom.Box{X: 266, Y: 116, W: 468, H: 568}}},
			geom.Box{X: 100, Y: 100, W: 150, H: 600},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Measure(geom.Geometry{Sheet: sheet, Body: body, Cards: tt.cards})
			if !near(r.HoleBox, tt.want) {
				t.Errorf("hole %+v, want %+v", r.HoleBox, tt.want)
			}
			if want := tt.want.W * tt.want.H / (sheet.W * sheet.H); math.Abs(r.Hole-want) > 1e-9 {
				t.Errorf("hole fraction %.4f, want %.4f", r.Hole, want)
			}
		})
	}
}

func near(a, b geom.Box) bool {
	const eps = 1e-9
	return math.Abs(a.X-b.X) < eps && math.Abs(a.Y-b.Y) < eps && math.Abs(a.W-b.W) < eps && math.Abs(a.H-b.H) < eps
}

// TestHoleBruteForce compares the grid method with trying every rectangle
// whose sides lie on the boxes' sides, on scattered boxes.
func TestHoleBruteForce(t *testing.T) {
	area := rect{0, 0, 200, 150}
	seed := uint32(7)
	next := func(n int) float64 {
		seed = seed*1664525 + 1013904223
		return float64(int(seed>>16) % n)
	}
	for trial := range 200 {
		var full []rect
		for range 1 + trial%7 {
			x, y := next(190), next(140)
			full = append(full, rect{x, y, x + 1 + next(60), y + 1 + next(50)})
		}
		got := largestEmpty(area, full)
		xs, ys := []float64{area.x0, area.x1}, []float64{area.y0, area.y1}
		for _, f := range full {
			xs = append(xs, min(f.x0, area.x1), min(f.x1, area.x1))
			ys = append(ys, min(f.y0, area.y1), min(f.y1, area.y1))
		}
		best := 0.0
		for _, x0 := range xs {
			for _, x1 := range xs {
				for _, y0 := range ys {
					for _, y1 := range ys {
						r := rect{x0, y0, x1, y1}
						if r.empty() {
							continue
						}
						free := true
						for _, f := range full {
							if dx, dy := r.overlap(f); dx > 0 && dy > 0 {
								free = false
								break
							}
						}
						if a := (x1 - x0) * (y1 - y0); free && a > best {
							best = a
						}
					}
				}
			}
		}
		if a := (got.x1 - got.x0) * (got.y1 - got.y0); math.Abs(a-best) > 1e-9 {
			t.Fatalf("trial %d: largest empty rectangle %v of area %g, want area %g (boxes %v)", trial, got, a, best, full)
		}
		for _, f := range full {
			if dx, dy := got.overlap(f); dx > 0 && dy > 0 {
				t.Fatalf("trial %d: %v overlaps box %v", trial, got, f)
			}
		}
	}
}
