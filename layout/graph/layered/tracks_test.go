package layered

import (
	"math/rand/v2"
	"testing"
)

func strictlyInside(x, lo, hi float64) bool { return x > lo+0.01 && x < hi-0.01 }

// aboveCost is the number of crossings of two orthogonal routes through a
// channel when i runs above j: j's vertical from the top crosses i's
// horizontal, and i's vertical to the bottom crosses j's horizontal.
func aboveCost(i, j *channelItem) int {
	lo, hi := min(i.a, i.b), max(i.a, i.b)
	c := 0
	if strictlyInside(j.a, lo, hi) {
		c++
	}
	jlo, jhi := min(j.a, j.b), max(j.a, j.b)
	if strictlyInside(i.b, jlo, jhi) {
		c++
	}
	return c
}

// TestAssignTracks checks that the routes of a channel cross exactly as
// often as their order changes from the top of the channel to the bottom,
// and that routes sharing a track do not overlap.
func TestAssignTracks(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 3))
		n := 1 + r.IntN(30)
		tops, bottoms := r.Perm(3*n), r.Perm(3*n)
		items := make([]channelItem, 0, n)
		for k := range n {
			a, b := float64(tops[k]), float64(bottoms[k])+0.5
			items = append(items, channelItem{edge: k, a: a, b: b})
		}
		assignTracks(items)
		got, want := 0, 0
		for i := range items {
			for j := i + 1; j < len(items); j++ {
				p, q := &items[i], &items[j]
				if (p.a < q.a) != (p.b < q.b) {
					want++
				}
				switch {
				case p.track < q.track:
					got += aboveCost(p, q)
				case p.track > q.track:
					got += aboveCost(q, p)
				default:
					plo, phi := p.span()
					qlo, qhi := q.span()
					if plo <= qhi && qlo <= phi {
						t.Fatalf("seed %d: routes %d and %d share track %d and overlap", seed, i, j, p.track)
					}
				}
			}
		}
		if got != want {
			t.Errorf("seed %d: %d crossings, want %d (the inversions)", seed, got, want)
		}
	}
}
