package layered

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRankWorkBudget ranks a random acyclic graph on which network simplex
// would exchange arcs for about a minute: the ranking stops at its work
// budget, feasible, and the same on every run.
func TestRankWorkBudget(t *testing.T) {
	const n = 5000
	rng := rand.New(rand.NewPCG(7, 8))
	var arcs []arc
	for range 2 * n {
		a, b := rng.IntN(n), rng.IntN(n)
		if a != b {
			arcs = append(arcs, arc{tail: min(a, b), head: max(a, b), minLen: 1, weight: 1})
		}
	}
	s := newSimplex(n, arcs)
	first := s.run()
	if s.work <= rankWork {
		t.Errorf("ranking took %d steps, want it to reach the budget of %d", s.work, rankWork)
	}
	if s.work > rankWork+rankWork/10 {
		t.Errorf("ranking took %d steps, far past the budget of %d", s.work, rankWork)
	}
	for i, a := range arcs {
		if first[a.head]-first[a.tail] < a.minLen {
			t.Fatalf("arc %d (%d -> %d) spans ranks %d to %d", i, a.tail, a.head, first[a.tail], first[a.head])
		}
	}
	if again := newSimplex(n, arcs).run(); !cmp.Equal(first, again) {
		t.Error("two rankings of one graph differ")
	}
}
