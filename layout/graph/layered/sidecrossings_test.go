package layered

import (
	"math/rand/v2"
	"testing"
)

// TestSideCrossings compares the counting of crossings between the edges
// of two nodes, which sorts and merges when the nodes have many edges, with
// comparing every pair.
func TestSideCrossings(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	l := &lay{pos: make([]int, 400)}
	for i := range l.pos {
		l.pos[i] = rng.IntN(60) // ties included
	}
	for range 200 {
		as := make([]int, rng.IntN(80))
		bs := make([]int, rng.IntN(80))
		for i := range as {
			as[i] = rng.IntN(len(l.pos))
		}
		for i := range bs {
			bs[i] = rng.IntN(len(l.pos))
		}
		var w0, w1 int
		for _, a := range as {
			for _, b := range bs {
				if l.pos[b] < l.pos[a] {
					w0++
				} else if l.pos[b] > l.pos[a] {
					w1++
				}
			}
		}
		if c0, c1 := l.sideCrossings(as, bs); c0 != w0 || c1 != w1 {
			t.Fatalf("sideCrossings(%d edges, %d edges) = %d, %d, want %d, %d", len(as), len(bs), c0, c1, w0, w1)
		}
	}
}
