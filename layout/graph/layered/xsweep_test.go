package layered

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestWeightedMedian checks the median against the sum it minimises, on
// random sorted wishes, at a grid of points.
func TestWeightedMedian(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for trial := range 300 {
		ws := make([]wish, 1+r.IntN(8))
		x := 0.0
		for i := range ws {
			x += float64(r.IntN(4)) * 10
			ws[i] = wish{x, 1 + r.IntN(5)}
		}
		sum := func(p float64) float64 {
			s := 0.0
			for _, w := range ws {
				s += float64(w.w) * math.Abs(p-w.x)
			}
			return s
		}
		at := float64(r.IntN(100))
		m := weightedMedian(ws, at)
		for p := -10.0; p <= 400; p += 5 {
			if sum(p) < sum(m)-1e-9 {
				t.Fatalf("trial %d: median %v of %v costs %v, %v costs %v", trial, m, ws, sum(m), p, sum(p))
			}
		}
	}
}

// TestPlaceRankOptimal holds one rank's placement to the optimum, found
// by trying every x on a grid, on small random ranks: two nodes and their
// wishes, 24 px apart at least.
func TestPlaceRankOptimal(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for trial := range 200 {
		k := 2 + r.IntN(2)
		l := &lay{opt: withDefaults(Options{})}
		rank := make([]int, k)
		wishes := make([][]wish, k)
		for i := range k {
			rank[i] = i
			l.nodes = append(l.nodes, lnode{kind: kindReal, cluster: -1, left: 10, right: 10})
			l.x = append(l.x, float64(r.IntN(100)))
			for range r.IntN(3) {
				wishes[i] = append(wishes[i], wish{float64(r.IntN(20) * 5), 1 + r.IntN(3)})
			}
		}
		cost := func(x []float64) float64 {
			c := 0.0
			for i := range k {
				if i > 0 && x[i]-x[i-1] < l.separation(i-1, i)-1e-9 {
					return math.Inf(1)
				}
				for _, w := range wishes[i] {
					c += float64(w.w) * math.Abs(x[i]-w.x)
				}
			}
			return c
		}
		var scratch []wish
		var work int
		l.placeRank(rank, func(v int) []wish { return wishes[v] }, &work, nil, &scratch)
		got := cost(l.x)
		best := math.Inf(1)
		xs := make([]float64, k)
		var try func(i int)
		try = func(i int) {
			if i == k {
				best = min(best, cost(xs))
				return
			}
			for x := -100.0; x <= 200; x++ {
				xs[i] = x
				try(i + 1)
			}
		}
		if k == 2 {
			try(0)
			if got > best+1e-9 {
				t.Errorf("trial %d: placed %v at cost %v, the optimum costs %v", trial, l.x, got, best)
			}
		} else if math.IsInf(got, 1) {
			t.Errorf("trial %d: placed %v closer than the separation", trial, l.x)
		}
	}
}

// TestSweepsNarrowLargeGraph lays out the benchmark's graph of a thousand
// nodes, past the simplex's size, and requires the rank sweeps to keep it
// within twice its widest rank packed: the Brandes–Köpf placement alone
// spread it over more than six times that.
func TestSweepsNarrowLargeGraph(t *testing.T) {
	bg := loadBench(t, "dag-1000")
	l := &lay{g: bg.g, opt: withDefaults(Options{}), size: sizesFor(bg.g, false)}
	l.prepareGroups()
	l.buildLayers(l.rankGraph())
	l.order()
	l.planFlatEdges()
	l.positionX()
	if l.positionSimplex() {
		t.Fatal("the simplex placed dag-1000: the test needs a graph past its size")
	}
	o := l.xObjective()
	before := o.cost()
	l.positionSweeps()
	after := o.cost()
	if after >= before {
		t.Errorf("objective %v after the sweeps, %v before", after, before)
	}
	widest := 0.0
	for _, rank := range l.ranks {
		if len(rank) == 0 {
			continue
		}
		w := l.nodes[rank[0]].left + l.nodes[rank[len(rank)-1]].right
		for i := 1; i < len(rank); i++ {
			sep := l.separation(rank[i-1], rank[i])
			w += sep
			if d := l.x[rank[i]] - l.x[rank[i-1]]; d < sep-1e-6 {
				t.Fatalf("nodes %d and %d are %v apart, less than %v", rank[i-1], rank[i], d, sep)
			}
		}
		widest = max(widest, w)
	}
	lo, hi := l.extent(l.x)
	if hi-lo > 2*widest {
		t.Errorf("width %v after the sweeps, more than twice the widest rank packed (%v)", hi-lo, widest)
	}
	t.Logf("objective %.0f -> %.0f, width %.0f, widest rank packed %.0f", before, after, hi-lo, widest)
}
