package layered

import (
	"math"
	"slices"
)

// Horizontal coordinates by Brandes and Köpf, "Fast and simple horizontal
// coordinate assignment" (Graph Drawing 2001): mark type 1 conflicts (a
// segment between two dummies crossed by another segment), align each node
// with a median neighbour in four ways (up/down × left/right) into vertical
// blocks, compact each alignment by longest path over the block graph with
// the real widths of the nodes, and balance the four results by taking the
// average of the two median candidates. The compaction uses a longest-path
// over blocks in place of the original class shifting; compact.go then
// enforces every separation and the group boxes.

// gapBetween is the least free space between two neighbours in a rank,
// outside any group boundary between them.
func (l *lay) gapBetween(a, b int) float64 {
	da, db := l.isThin(a), l.isThin(b)
	switch {
	case da && db:
		return l.opt.EdgeSep
	case da || db:
		return max(l.opt.EdgeSep, l.opt.NodeSep/2)
	}
	return l.opt.NodeSep
}

func (l *lay) groupGap() float64 { return max(l.opt.EdgeSep, l.opt.NodeSep/2) }

// isThin reports a node without a box: an edge dummy or a filler.
func (l *lay) isThin(v int) bool {
	k := l.nodes[v].kind
	return k == kindDummy || k == kindFiller
}

// separation is the least distance between the x of a and that of b when a
// is just left of b in a rank, group paddings included.
func (l *lay) separation(a, b int) float64 {
	ca, cb := l.nodes[a].cluster, l.nodes[b].cluster
	d := l.nodes[a].right + l.nodes[b].left
	if ca == cb {
		return d + l.gapBetween(a, b) + l.flatGap(a, b)
	}
	c := l.lca(ca, cb)
	bounds := l.depthOf(ca) - l.depthOf(c) + l.depthOf(cb) - l.depthOf(c)
	d += float64(bounds)*l.opt.GroupPad + l.groupGap() + l.flatGap(a, b)
	if l.titleAcross {
		// The title columns of the groups that b enters.
		for g := cb; g >= 0 && g != c; g = l.g.Groups[g].Parent {
			d += l.size.titleW[g]
		}
	}
	return d
}

func (l *lay) depthOf(c int) int {
	if c < 0 {
		return 0
	}
	return l.depth[c]
}

// flatGap is the extra room between two neighbours joined by a flat edge
// drawn straight across, for its label.
func (l *lay) flatGap(a, b int) float64 {
	if l.flatLabelGap == nil {
		return 0
	}
	return l.flatLabelGap[[2]int{a, b}]
}

func isInner(l *lay, v int) bool {
	k := l.nodes[v].kind
	return k == kindDummy || k == kindLabel
}

// markConflicts returns the set of segments (upper, lower) that cross an
// inner segment.
func (l *lay) markConflicts() map[[2]int]bool {
	marked := map[[2]int]bool{}
	for r := 0; r+1 < len(l.ranks); r++ {
		upper, lower := l.ranks[r], l.ranks[r+1]
		k0, next := 0, 0
		for l1, v := range lower {
			inner := -1
			if isInner(l, v) {
				for _, u := range l.up[v] {
					if isInner(l, u) {
						inner = l.pos[u]
					}
				}
			}
			if l1 == len(lower)-1 || inner >= 0 {
				k1 := len(upper) - 1
				if inner >= 0 {
					k1 = inner
				}
				for ; next <= l1; next++ {
					w := lower[next]
					for _, u := range l.up[w] {
						if p := l.pos[u]; p < k0 || p > k1 {
							marked[[2]int{u, w}] = true
						}
					}
				}
				k0 = k1
			}
		}
	}
	return marked
}

// positionX sets l.x, the centre of every node, by Brandes–Köpf.
func (l *lay) positionX() {
	n := len(l.nodes)
	marked := l.markConflicts()
	var xs [4][]float64
	var lo, hi [4]float64
	for k := range 4 {
		down, leftward := k < 2, k%2 == 0
		root, align := l.alignBlocks(down, leftward, marked)
		xs[k] = l.compactBlocks(root, align, leftward)
		lo[k], hi[k] = l.extent(xs[k])
	}
	best := 0
	for k := 1; k < 4; k++ {
		if hi[k]-lo[k] < hi[best]-lo[best] {
			best = k
		}
	}
	for k := range 4 {
		shift := lo[best] - lo[k]
		if k%2 == 1 {
			shift = hi[best] - hi[k]
		}
		for v := range xs[k] {
			xs[k][v] += shift
		}
	}
	l.x = make([]float64, n)
	var c [4]float64
	for v := range n {
		for k := range 4 {
			c[k] = xs[k][v]
		}
		s := c[:]
		slices.Sort(s)
		l.x[v] = (s[1] + s[2]) / 2
	}
	l.refineX()
}

// refineX closes the gaps that the longest-path compaction leaves: a few
// sweeps move every node that is not aligned with a neighbour toward the
// median x of its neighbours (a node without neighbours toward its
// neighbour in the rank, when it has one on one side only), never closer
// to its rank neighbours than the separation. Straight edges stay straight.
func (l *lay) refineX() {
	var xs []float64
	for it := 0; it < 4; it++ {
		for r := range l.ranks {
			if it%2 == 1 {
				r = len(l.ranks) - 1 - r
			}
			rank := l.ranks[r]
			for i, v := range rank {
				lo, hi := math.Inf(-1), math.Inf(1)
				if i > 0 {
					lo = l.x[rank[i-1]] + l.separation(rank[i-1], v)
				}
				if i+1 < len(rank) {
					hi = l.x[rank[i+1]] - l.separation(v, rank[i+1])
				}
				if lo > hi {
					continue
				}
				xs = xs[:0]
				aligned := false
				for _, w := range l.up[v] {
					xs = append(xs, l.x[w])
				}
				for _, w := range l.down[v] {
					xs = append(xs, l.x[w])
				}
				for _, x := range xs {
					aligned = aligned || abs(x-l.x[v]) < 0.01
				}
				if aligned {
					continue
				}
				want := l.x[v]
				switch {
				case len(xs) > 0:
					slices.Sort(xs)
					m := len(xs) / 2
					want = xs[m]
					if len(xs)%2 == 0 {
						want = (xs[m-1] + xs[m]) / 2
					}
				case math.IsInf(lo, -1) && !math.IsInf(hi, 1):
					want = hi
				case math.IsInf(hi, 1) && !math.IsInf(lo, -1):
					want = lo
				}
				l.x[v] = min(max(want, lo), hi)
			}
		}
	}
}

func (l *lay) extent(x []float64) (lo, hi float64) {
	for v := range x {
		a, b := x[v]-l.nodes[v].left, x[v]+l.nodes[v].right
		if v == 0 || a < lo {
			lo = a
		}
		if v == 0 || b > hi {
			hi = b
		}
	}
	return lo, hi
}

// alignBlocks aligns every node with a median neighbour in the previous
// rank of the sweep (the rank above when down), scanning each rank from
// the left (leftward) or from the right.
func (l *lay) alignBlocks(down, leftward bool, marked map[[2]int]bool) (root, align []int) {
	n := len(l.nodes)
	root = make([]int, n)
	align = make([]int, n)
	for v := range n {
		root[v], align[v] = v, v
	}
	nr := len(l.ranks)
	var ns []int
	for i := 1; i < nr; i++ {
		r := i
		if !down {
			r = nr - 1 - i
		}
		rank := l.ranks[r]
		last := -1 // last aligned neighbour position, in scan order
		for j := range rank {
			v := rank[j]
			if !leftward {
				v = rank[len(rank)-1-j]
			}
			adj := l.up[v]
			if !down {
				adj = l.down[v]
			}
			if len(adj) == 0 {
				continue
			}
			ns = append(ns[:0], adj...)
			slices.SortFunc(ns, func(a, b int) int { return l.pos[a] - l.pos[b] })
			d := len(ns)
			ms := [2]int{(d - 1) / 2, d / 2}
			if !leftward {
				ms[0], ms[1] = ms[1], ms[0]
			}
			for mi, m := range ms {
				if mi == 1 && ms[1] == ms[0] {
					break
				}
				if align[v] != v {
					break
				}
				u := ns[m]
				var key [2]int
				if down {
					key = [2]int{u, v}
				} else {
					key = [2]int{v, u}
				}
				p := l.scanPos(u, leftward)
				if marked[key] || p <= last {
					continue
				}
				align[u] = v
				root[v] = root[u]
				align[v] = root[v]
				last = p
			}
		}
	}
	return root, align
}

// scanPos is a node's position in a rank in scan order.
func (l *lay) scanPos(v int, leftward bool) int {
	if leftward {
		return l.pos[v]
	}
	return len(l.ranks[l.nodes[v].rank]) - 1 - l.pos[v]
}

// compactBlocks places the blocks as far toward the scan side as the
// separations allow (longest path over the block graph).
func (l *lay) compactBlocks(root, align []int, leftward bool) []float64 {
	n := len(l.nodes)
	type edge struct {
		to int
		d  float64
	}
	succ := make([][]edge, n)
	indeg := make([]int, n)
	for _, rank := range l.ranks {
		for i := 1; i < len(rank); i++ {
			a, b := rank[i-1], rank[i]
			d := l.separation(a, b)
			if !leftward {
				a, b = b, a
			}
			ra, rb := root[a], root[b]
			succ[ra] = append(succ[ra], edge{rb, d})
			indeg[rb]++
		}
	}
	pos := make([]float64, n) // by root, in scan coordinates
	queue := make([]int, 0, n)
	for v := range n {
		if root[v] == v && indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for i := 0; i < len(queue); i++ {
		u := queue[i]
		for _, e := range succ[u] {
			pos[e.to] = max(pos[e.to], pos[u]+e.d)
			indeg[e.to]--
			if indeg[e.to] == 0 {
				queue = append(queue, e.to)
			}
		}
	}
	x := make([]float64, n)
	for v := range n {
		x[v] = pos[root[v]]
		if !leftward {
			x[v] = -x[v]
		}
	}
	return x
}
