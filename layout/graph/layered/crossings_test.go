package layered

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCrossCount compares the accumulator tree with counting every pair.
func TestCrossCount(t *testing.T) {
	for seed := range uint64(100) {
		r := rand.New(rand.NewPCG(seed, 1))
		nu, nl := 1+r.IntN(12), 1+r.IntN(12)
		l := &lay{}
		l.nodes = make([]lnode, nu+nl)
		l.down = make([][]int, nu+nl)
		upper, lower := make([]int, nu), make([]int, nl)
		pos := make([]int, nu+nl)
		for i := range upper {
			upper[i], pos[i] = i, i
		}
		for i := range lower {
			lower[i], pos[nu+i] = nu+i, i
		}
		type e struct{ a, b int }
		var edges []e
		for range r.IntN(30) {
			a, b := r.IntN(nu), r.IntN(nl)
			l.down[a] = append(l.down[a], nu+b)
			edges = append(edges, e{a, b})
		}
		want := 0
		for i, x := range edges {
			for _, y := range edges[i+1:] {
				if (x.a < y.a && x.b > y.b) || (x.a > y.a && x.b < y.b) {
					want++
				}
			}
		}
		cc := &crossCounter{}
		if got := cc.count(l, upper, lower, pos); got != want {
			t.Errorf("seed %d: count = %d, want %d", seed, got, want)
		}
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in     []int
		want   float64
		wantOK bool
	}{
		{nil, 0, false},
		{[]int{4}, 4, true},
		{[]int{5, 1}, 3, true},
		{[]int{0, 2, 9}, 2, true},
		// Even count: lean toward the tighter side (0,1 vs 9,10 equal: mean).
		{[]int{0, 1, 9, 10}, 5, true},
		{[]int{0, 1, 2, 10}, 1 + 1.0/9, true},
	}
	for _, tt := range tests {
		got, ok := median(append([]int(nil), tt.in...))
		if diff := cmp.Diff([]any{tt.want, tt.wantOK}, []any{got, ok}, cmp.Comparer(func(a, b float64) bool { return abs(a-b) < 1e-9 })); diff != "" {
			t.Errorf("median(%v) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
