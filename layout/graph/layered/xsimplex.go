package layered

import (
	"math"
	"slices"
)

// Horizontal coordinates by network simplex, as in dot (Gansner et al.
// 1993, section 4.2): an auxiliary graph has one vertex per node of the
// layered graph, two per group (its left and right side) and one per edge
// between adjacent ranks. The separations of every rank and the group boxes
// are arcs of least length (the constraints of compact.go); an edge u–w
// becomes a vertex e with arcs e→u and e→w of length 0, so that ranking the
// auxiliary graph minimises the weighted sum of |x[u] - x[w]|; and each
// group's right side hangs off its left side by an arc whose weight keeps
// the box narrow. Ranking it with the network simplex of rank.go gives the
// x of every vertex, in whole px. It starts from the coordinates of
// Brandes and Köpf (position.go), which makes the first tree and the
// exchanges fewer, and keeps them where the budget runs out.

// Edge weights, as in dot: an edge between two dummies (a long edge's
// inner segment) pulls hardest, so that long edges run straight.
const (
	weightRealReal   = 1
	weightRealDummy  = 2
	weightDummyDummy = 8
	// weightGroupWidth pulls a group's sides together: each px of width
	// costs as much as this many px of an ordinary edge's slant.
	weightGroupWidth = 1
)

// xWork is the work budget of the horizontal network simplex: enough for
// graphs of some hundreds of nodes (dag-200 of the benchmark) to reach the
// optimum from the Brandes–Köpf start; past it the coordinates reached so
// far are kept, which always respect every separation. The count, not a
// clock, stops the work, so the outcome is the same on every machine.
const xWork = 600_000

// xMaxVertices bounds the auxiliary graph: past it (a graph of a thousand
// nodes and its dummies) the budget runs out long before the optimum, and
// the rank sweeps of xsweep.go place the nodes instead.
const xMaxVertices = 3_000

// positionSimplex sets l.x by network simplex over the auxiliary graph. It
// returns false, leaving l.x alone, when the graph has no node or its
// auxiliary graph would pass xMaxVertices, and also false, with the
// coordinates reached, when the work budget ran out before the optimum.
func (l *lay) positionSimplex() bool {
	n := len(l.nodes)
	if n == 0 || l.auxSize() > xMaxVertices {
		return false
	}
	cg := l.constraints()
	var arcs []arc
	for from, cs := range cg.succ {
		for _, c := range cs {
			arcs = append(arcs, arc{tail: from, head: c.to, minLen: int(math.Ceil(c.d - 1e-6)), weight: 0})
		}
	}
	for c := range l.g.Groups {
		// The arc left→right already exists among the constraints (the
		// title's width); a second one carries the weight.
		arcs = append(arcs, arc{tail: cg.left(c), head: cg.right(c), minLen: 0, weight: weightGroupWidth})
	}
	nv := cg.nv
	below, above := l.portOffsets()
	straight := l.straightSegments()
	for v := range n {
		for j, w := range l.down[v] {
			e := nv
			nv++
			wt := l.edgeWeight(v, w)
			if straight[[2]int{v, w}] {
				wt = weightDummyDummy
			}
			// The segment is straight when x[v] + its port offset on v's
			// bottom equals x[w] + its offset on w's top: x[v] - x[w] = d.
			d := 0.0
			if below[v] != nil {
				d -= below[v][j]
			}
			if above[w] != nil {
				d += above[w][slices.Index(l.up[w], v)]
			}
			m := int(math.Round(d))
			arcs = append(arcs, arc{tail: e, head: v, minLen: max(m, 0), weight: wt},
				arc{tail: e, head: w, minLen: max(-m, 0), weight: wt})
		}
	}
	s := newSimplex(nv, arcs)
	s.budget = xWork
	s.coords = true
	s.start = l.feasibleStart(cg, arcs, nv)
	x := s.run()
	for v := range n {
		l.x[v] = float64(x[v])
	}
	return !s.spent()
}

// auxSize is the number of vertices of the auxiliary graph: one per node
// of the layered graph, two per group and one per segment.
func (l *lay) auxSize() int {
	size := len(l.nodes) + 2*len(l.g.Groups)
	for v := range l.nodes {
		size += len(l.down[v])
	}
	return size
}

// portOffsets returns, for every real node with two or more edges on a
// side, the offset from its centre of the port of each edge: below[v][j]
// for the edge to l.down[v][j], above[v][j] for the one from l.up[v][j].
// The ports are spread as route.go spreads them, in the order of the
// other ends, so that the simplex lines each edge up with its own port
// rather than with the centre.
func (l *lay) portOffsets() (below, above [][]float64) {
	below = make([][]float64, len(l.nodes))
	above = make([][]float64, len(l.nodes))
	spread := func(v int, adj []int) []float64 {
		k := len(adj)
		if k < 2 || v >= len(l.nodes) || l.nodes[v].kind != kindReal {
			return nil
		}
		idx := make([]int, k)
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return l.pos[adj[a]] - l.pos[adj[b]] })
		w := l.nodes[v].left + l.nodes[v].right
		step := l.portStep(w, k)
		off := make([]float64, k)
		for r, i := range idx {
			off[i] = (float64(r) - float64(k-1)/2) * step
		}
		return off
	}
	for v := range l.nodes {
		below[v] = spread(v, l.down[v])
		above[v] = spread(v, l.up[v])
	}
	return below, above
}

// straightSegments returns the segments of the straight chains
// (constrain.go): an edge that is the only one down from its upper end and
// the only one up into its lower end pulls as hard as a long edge's inner
// segment, so that chains of such edges run straight.
func (l *lay) straightSegments() map[[2]int]bool {
	out := map[[2]int]bool{}
	for _, set := range l.straightChains() {
		for i := 1; i < len(set); i++ {
			out[[2]int{set[i-1], set[i]}] = true
		}
	}
	return out
}

// edgeWeight is the weight of the segment between u and w.
func (l *lay) edgeWeight(u, w int) int {
	du, dw := isInner(l, u), isInner(l, w)
	switch {
	case du && dw:
		return weightDummyDummy
	case du || dw:
		return weightRealDummy
	}
	return weightRealReal
}

// feasibleStart turns the current l.x (from Brandes–Köpf) into whole px
// that meet every constraint: in topological order each vertex takes its
// rounded x or the least its constraints allow, whichever is greater. An
// edge's vertex starts at the smaller x of its ends less its lengths, so
// that one of its two arcs is tight.
func (l *lay) feasibleStart(cg *constraintGraph, arcs []arc, nv int) []int {
	n := len(l.nodes)
	x := make([]int, nv)
	set := make([]bool, cg.nv)
	indeg := append([]int(nil), cg.indeg...)
	queue := make([]int, 0, cg.nv)
	for v := range cg.nv {
		if indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for v := range n {
		x[v] = int(math.Round(l.x[v]))
		set[v] = true
	}
	for i := 0; i < len(queue); i++ {
		u := queue[i]
		for _, c := range cg.succ[u] {
			d := x[u] + int(math.Ceil(c.d-1e-6))
			if !set[c.to] || d > x[c.to] {
				x[c.to], set[c.to] = d, true
			}
			indeg[c.to]--
			if indeg[c.to] == 0 {
				queue = append(queue, c.to)
			}
		}
	}
	for e := cg.nv; e < nv; e++ {
		x[e] = math.MaxInt
	}
	for _, a := range arcs {
		if a.tail >= cg.nv {
			x[a.tail] = min(x[a.tail], x[a.head]-a.minLen)
		}
	}
	return x
}
