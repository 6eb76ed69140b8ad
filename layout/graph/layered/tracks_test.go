package layered

import (
	"math/rand/v2"
	"slices"
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
// and that routes sharing a track do not overlap. Tops and bottoms lie at
// least 10 px apart, so that no vertical stretches come close.
func TestAssignTracks(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 3))
		n := 1 + r.IntN(30)
		tops, bottoms := r.Perm(3*n), r.Perm(3*n)
		items := make([]channelItem, 0, n)
		for k := range n {
			a, b := 20*float64(tops[k]), 20*float64(bottoms[k])+10
			items = append(items, channelItem{edge: k, a: a, b: b})
		}
		assignTracks(items, 8)
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

// TestPlaceIndexedMatchesPlaceEach holds the indexed placement of large
// channels to the pairwise one on random channels: whole and half
// coordinates that tie often, flat edges with labels, fans out of one
// point as a hub makes, and nested spans.
func TestPlaceIndexedMatchesPlaceEach(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	coord := func() float64 { return float64(rng.IntN(200)) / 2 }
	for trial := range 300 {
		n := 1 + rng.IntN(400)
		items := make([]channelItem, n)
		hub := coord()
		for i := range items {
			it := channelItem{edge: i, a: coord(), b: coord()}
			switch rng.IntN(4) {
			case 0:
				it.a = hub
			case 1:
				it.u = true
				if rng.IntN(2) == 0 {
					it.labelW = float64(rng.IntN(40))
				}
			}
			items[i] = it
		}
		order, under := rng.Perm(n), [][]int(nil)
		if trial%2 == 1 {
			order, _, under = verticalsApart(items, order, 8)
		}
		each, indexed := slices.Clone(items), slices.Clone(items)
		wantTracks := placeEach(each, order, under)
		gotTracks := placeIndexed(indexed, order, under)
		if gotTracks != wantTracks {
			t.Fatalf("trial %d: placeIndexed used %d tracks, placeEach %d", trial, gotTracks, wantTracks)
		}
		for i := range items {
			if indexed[i].track != each[i].track {
				t.Fatalf("trial %d: item %d (%v..%v) on track %d, placeEach puts it on %d", trial, i, items[i].a, items[i].b, indexed[i].track, each[i].track)
			}
		}
	}
}

// TestVerticalsApart holds a route that comes down near where another
// leaves to run above it, even against the order that saves crossings, and
// the other way round a circle of two routes trading places.
func TestVerticalsApart(t *testing.T) {
	tests := []struct {
		name  string
		items []channelItem
		want  []int // tracks
	}{
		// Left-going p would run under right-going q; p comes down at 100,
		// 3 px from where q leaves, so p runs higher.
		{"down near a leaving route", []channelItem{{edge: 0, a: 100, b: 0}, {edge: 1, a: 50, b: 103}}, []int{0, 1}},
		// Far apart: the order that saves crossings stands.
		{"apart", []channelItem{{edge: 0, a: 100, b: 0}, {edge: 1, a: 50, b: 120}}, []int{1, 0}},
		// Spans apart, and yet the vertical stretches would run 4 px
		// apart: p comes down at 104 to run right, q leaves at 100.
		{"spans apart", []channelItem{{edge: 0, a: 104, b: 200}, {edge: 1, a: 0, b: 100}, {edge: 2, a: 20, b: 200}}, []int{0, 2, 1}},
		{"circle", []channelItem{{edge: 0, a: 100, b: 0}, {edge: 1, a: 0, b: 100}}, []int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := slices.Clone(tt.items)
			assignTracks(items, 8)
			var got []int
			for _, it := range items {
				got = append(got, it.track)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("tracks %v, want %v", got, tt.want)
			}
		})
	}
}
