package quality

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// bigGeometry returns a layered picture of 1,000 nodes (25 layers of 40)
// and 1,500 edges: most between adjacent layers as orthogonal routes, some
// spanning several layers through the gaps between nodes, and a third drawn
// as flattened curves with many points.
func bigGeometry(seed uint64) geom.Geometry {
	const (
		layers, perLayer  = 25, 40
		w, h, gapX, gapY  = 80.0, 36.0, 40.0, 100.0
		edgeCount, groups = 1500, 20
	)
	rng := rand.New(rand.NewPCG(seed, 1))
	var g geom.Geometry
	pos := func(layer, i int) (x, y float64) { return float64(i) * (w + gapX), float64(layer) * (h + gapY) }
	for l := 0; l < layers; l++ {
		for i := 0; i < perLayer; i++ {
			x, y := pos(l, i)
			g.Nodes = append(g.Nodes, node(fmt.Sprintf("n%d_%d", l, i), x, y, w, h))
		}
	}
	for k := 0; k < groups; k++ {
		l, i := rng.IntN(layers-2), rng.IntN(perLayer-3)
		x, y := pos(l, i)
		gr := geom.Group{ID: fmt.Sprint("g", k), X: x - 10, Y: y - 10, W: 3*(w+gapX) - gapX + 20, H: h + 20}
		for m := 0; m < 3; m++ {
			gr.Members = append(gr.Members, fmt.Sprintf("n%d_%d", l, i+m))
		}
		g.Groups = append(g.Groups, gr)
	}
	for k := 0; k < edgeCount; k++ {
		l := rng.IntN(layers - 1)
		span := 1
		if rng.IntN(10) < 3 {
			span = 1 + rng.IntN(min(6, layers-1-l))
		}
		i, j := rng.IntN(perLayer), rng.IntN(perLayer)
		x0, y0 := pos(l, i)
		x1, y1 := pos(l+span, j)
		sx, sy := x0+w/2+float64(rng.IntN(20)-10), y0+h
		tx, ty := x1+w/2+float64(rng.IntN(20)-10), y1
		e := geom.Edge{From: fmt.Sprintf("n%d_%d", l, i), To: fmt.Sprintf("n%d_%d", l+span, j)}
		add := func(x, y float64) { e.Points = append(e.Points, [2]float64{x, y}) }
		switch {
		case k%3 == 0: // a cubic curve flattened into 24 chords
			for s := 0; s <= 24; s++ {
				t := float64(s) / 24
				u := 1 - t
				my := (sy + ty) / 2
				add(u*u*u*sx+3*u*u*t*sx+3*u*t*t*tx+t*t*t*tx, u*u*u*sy+3*u*u*t*my+3*u*t*t*my+t*t*t*ty)
			}
		default: // orthogonal, through the channels between nodes
			add(sx, sy)
			y := sy + gapY/2 + float64(rng.IntN(20)-10)
			add(sx, y)
			for s := 1; s < span; s++ {
				channel := math.Floor((sx+(tx-sx)*float64(s)/float64(span))/(w+gapX))*(w+gapX) + w + gapX/2
				add(channel, y)
				y += h + gapY
				add(channel, y)
			}
			add(tx, y)
			add(tx, ty)
		}
		g.Edges = append(g.Edges, e)
	}
	for k := 0; k < 300; k++ {
		p := g.Edges[k].Points[1]
		g.Labels = append(g.Labels, geom.Box{ID: fmt.Sprint("l", k), X: p[0] + 2, Y: p[1] - 6, W: 30, H: 12})
	}
	for _, n := range g.Nodes {
		g.Texts = append(g.Texts, geom.TextBox{ID: n.ID, Text: n.ID, X: n.X + 8, Y: n.Y + 10, W: 50, H: 16,
			Container: geom.Box{ID: n.ID, X: n.X, Y: n.Y, W: n.W, H: n.H}})
	}
	return g
}

func BenchmarkMeasure(b *testing.B) {
	g := bigGeometry(1)
	segments := 0
	for _, e := range g.Edges {
		segments += len(e.Points) - 1
	}
	r := Measure(g)
	b.Logf("%d nodes, %d edges, %d segments: %d crossings, %d edges through nodes, %d bends, %d label overlaps, %d group intrusions",
		len(g.Nodes), len(g.Edges), segments, r.Crossings, r.EdgesThroughNodes, r.Bends, r.LabelOverlaps, r.GroupIntrusions)
	b.ResetTimer()
	for b.Loop() {
		Measure(g)
	}
}

func BenchmarkDecode(b *testing.B) {
	data, err := json.Marshal(bigGeometry(1))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := geom.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBigGeometryMatchesReference checks the fast path on the benchmark's
// picture, with a part of its edges, where the grids have many cells.
func TestBigGeometryMatchesReference(t *testing.T) {
	g := bigGeometry(2)
	g.Edges = g.Edges[:400]
	got, want := countsOf(Measure(g)), reference(g)
	if got != want {
		t.Errorf("Measure(bigGeometry(2)) = %+v, reference = %+v", got, want)
	}
	if got.Crossings == 0 {
		t.Error("bigGeometry(2) has no crossings")
	}
}
