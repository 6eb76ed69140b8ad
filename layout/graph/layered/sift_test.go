package layered

import (
	"slices"
	"testing"
)

// TestSift sifts random graphs, half of them grouped, from their first
// order: every move must lower the crossings by what siftNode counted, so
// a round never adds any, and every group must stay contiguous in every
// rank.
func TestSift(t *testing.T) {
	cc := &crossCounter{}
	lowered := 0
	for seed := range uint64(200) {
		g := randomGraph(seed)
		l := &lay{g: g, opt: withDefaults(Options{}), size: sizesFor(g, false)}
		l.prepareGroups()
		l.buildLayers(l.pinRanks(l.rankGraph()))
		l.pos = make([]int, len(l.nodes))
		l.initialOrder(false)
		before := l.totalCrossings(cc, l.ranks, l.pos)
		l.siftAll()
		after := l.totalCrossings(cc, l.ranks, l.pos)
		if after > before {
			t.Errorf("seed %d: sifting raised the crossings from %d to %d", seed, before, after)
		}
		if after < before {
			lowered++
		}
		for r, rank := range l.ranks {
			for i, v := range rank {
				if l.pos[v] != i {
					t.Fatalf("seed %d: rank %d: pos of node %d is %d, want %d", seed, r, v, l.pos[v], i)
				}
			}
			for c := range g.Groups {
				first, last, n := -1, -1, 0
				for i, v := range rank {
					if l.inGroup(v, c) {
						if first < 0 {
							first = i
						}
						last = i
						n++
					}
				}
				if n > 0 && last-first+1 != n {
					t.Errorf("seed %d: rank %d: group %d is not contiguous: %v", seed, r, c, rank)
				}
			}
		}
	}
	if lowered == 0 {
		t.Error("sifting lowered the crossings of no graph")
	}
	t.Logf("sifting lowered the crossings of %d of 200 graphs", lowered)
}

// TestSiftNode moves one node of a small two-rank graph: the bottom rank
// z y x under a b c, with edges a-x, b-y, c-z, has three crossings; z goes
// to the right end, where its edge crosses nothing.
func TestSiftNode(t *testing.T) {
	l := &lay{g: &Graph{}}
	l.nodes = make([]lnode, 6)
	for v := range l.nodes {
		l.nodes[v] = lnode{kind: kindReal, cluster: -1, rank: v / 3}
	}
	l.up, l.down = make([][]int, 6), make([][]int, 6)
	for _, e := range [][2]int{{0, 5}, {1, 4}, {2, 3}} {
		l.down[e[0]] = append(l.down[e[0]], e[1])
		l.up[e[1]] = append(l.up[e[1]], e[0])
	}
	// Bottom rank: 3 (z, to c), 4 (y, to b), 5 (x, to a).
	l.ranks = [][]int{{0, 1, 2}, {3, 4, 5}}
	l.pos = []int{0, 1, 2, 0, 1, 2}
	cc := &crossCounter{}
	if got := l.totalCrossings(cc, l.ranks, l.pos); got != 3 {
		t.Fatalf("crossings before = %d, want 3", got)
	}
	up, down := l.singles()
	if !l.siftNode(1, 3, up, down) {
		t.Fatal("siftNode did not move node 3")
	}
	if got, want := l.ranks[1], []int{4, 5, 3}; !slices.Equal(got, want) {
		t.Errorf("rank after = %v, want %v", got, want)
	}
	if got := l.totalCrossings(cc, l.ranks, l.pos); got != 1 {
		t.Errorf("crossings after = %d, want 1", got)
	}
}
