package layered

import (
	"math/rand/v2"
	"slices"
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

// pairByPair counts the pairs of a position in as and one in bs with the
// second less than the first (c0) and greater (c1), one pair at a time.
func pairByPair(as, bs []int) (c0, c1 int) {
	for _, pa := range as {
		for _, pb := range bs {
			if pb < pa {
				c0++
			} else if pb > pa {
				c1++
			}
		}
	}
	return c0, c1
}

// TestTransposeCountsEveryPair holds transposition, which settles a side
// of a pair of nodes from their single neighbours when it can, to the same
// transposition counting every pair of edges: on random graphs (groups and
// hubs included), from random orders, both must make the same swaps.
func TestTransposeCountsEveryPair(t *testing.T) {
	total := 0
	for seed := range uint64(300) {
		g := randomGraph(seed)
		if seed%5 == 0 {
			// A hub: many edges from one node.
			for i := range 3 * len(g.Nodes) {
				g.Edges = append(g.Edges, Edge{From: NodeEnd(0), To: NodeEnd(1 + i%(len(g.Nodes)-1))})
			}
		}
		want := layered(t, g)
		got := layered(t, g)
		swaps := 0
		rng := rand.New(rand.NewPCG(seed, 7))
		for round := range 6 {
			for r := range want.ranks {
				rng.Shuffle(len(want.ranks[r]), func(i, j int) {
					want.ranks[r][i], want.ranks[r][j] = want.ranks[r][j], want.ranks[r][i]
				})
				copy(got.ranks[r], want.ranks[r])
			}
			want.updatePos()
			got.updatePos()
			reverse := round%2 == 1
			swaps += want.transposePairByPair(reverse)
			got.transposeAll(reverse)
			if !slices.EqualFunc(want.ranks, got.ranks, slices.Equal) {
				t.Fatalf("seed %d round %d: transposition gave\n%v\nwant\n%v", seed, round, got.ranks, want.ranks)
			}
		}
		total += swaps
	}
	if total < 1000 {
		t.Errorf("%d swaps in all; the test should make thousands", total)
	}
}

// layered returns g ranked, split into layers and in its first order.
func layered(t *testing.T, g *Graph) *lay {
	t.Helper()
	if err := validate(g); err != nil {
		t.Fatal(err)
	}
	opt := withDefaults(Options{})
	l := &lay{g: g, opt: opt, size: sizesFor(g, false)}
	l.prepareGroups()
	l.buildLayers(l.rankGraph())
	l.pos = make([]int, len(l.nodes))
	l.initialOrder(false)
	return l
}

// transposePairByPair is transposeAll counting the crossings of each pair
// of nodes from their edges and positions. It returns how many swaps it
// made.
func (l *lay) transposePairByPair(reverse bool) (swaps int) {
	nr := len(l.ranks)
	cand := make([]bool, nr)
	for r := range cand {
		cand[r] = true
	}
	positions := func(vs []int) []int {
		var p []int
		for _, v := range vs {
			p = append(p, l.pos[v])
		}
		return p
	}
	for range 16 {
		improved := false
		for r, rank := range l.ranks {
			if !cand[r] {
				continue
			}
			cand[r] = false
			for i := 0; i+1 < len(rank); i++ {
				v, w := rank[i], rank[i+1]
				if len(l.g.Groups) > 0 && l.nodes[v].cluster != l.nodes[w].cluster {
					continue
				}
				c0, c1 := pairByPair(positions(l.up[v]), positions(l.up[w]))
				d0, d1 := pairByPair(positions(l.down[v]), positions(l.down[w]))
				c0, c1 = c0+d0, c1+d1
				if c1 < c0 || (reverse && c1 == c0 && c0 > 0) {
					rank[i], rank[i+1] = w, v
					l.pos[v], l.pos[w] = i+1, i
					swaps++
					improved = improved || c1 < c0
					cand[r] = true
					if r > 0 {
						cand[r-1] = true
					}
					if r+1 < nr {
						cand[r+1] = true
					}
				}
			}
		}
		if !improved {
			return swaps
		}
	}
	return swaps
}
