package layered

import (
	"math/rand/v2"
	"slices"
)

// Small layered graphs (at most smallOrder nodes, dummies included) get
// randomStarts more passes from random orders.
// Huge ones (over hugeOrder) make fewer passes.
const (
	smallOrder   = 400
	randomStarts = 6
	hugeOrder    = 20000
)

// Crossing reduction by the weighted median heuristic with transposition,
// after Gansner et al. (1993), section 3: an initial order by depth-first
// search, then sweeps alternately down and up the ranks that sort each rank
// by the weighted median position of its neighbours in the previous rank,
// each followed by transposition of adjacent nodes while that removes
// crossings. The best order seen is kept, and then sifted (sift.go)
// while that removes crossings. Nodes without neighbours on the
// swept side keep their places. Groups stay contiguous: a rank is sorted as a
// tree of blocks (a node, or all nodes of a child group), each block keyed by
// the mean of its members' medians, and sibling groups keep one left-to-right
// order in every rank, so that their boxes can be disjoint rectangles.

// order computes l.ranks (the left-to-right order of every rank). As in
// dot, it makes a few sweeps from an order built from the sources, a few
// from one built from the sinks, then the full number of sweeps from the
// better of the two, twice (transposing equal pairs on alternate sweeps, or
// on the others); a sweep counts as progress when it removes at least 0.5 %
// of the crossings, and a few sweeps without progress end a pass. The
// best order of all passes is sifted at the end.
func (l *lay) order() {
	l.pos = make([]int, len(l.nodes))
	cc := &crossCounter{}
	key := make([]float64, len(l.nodes))
	hasKey := make([]bool, len(l.nodes))
	best := -1
	var bestOrder [][]int
	passes, patience := orderPlan(len(l.nodes))
	rng := rand.New(rand.NewPCG(1, 2))
	for pass := 0; pass < passes; pass++ {
		sweeps := passSweeps(pass, l.opt.Sweeps)
		switch {
		case pass < 2:
			l.initialOrder(pass == 1)
		case pass >= 4:
			for _, rank := range l.ranks {
				rng.Shuffle(len(rank), func(i, j int) { rank[i], rank[j] = rank[j], rank[i] })
			}
			l.updatePos()
			l.groupsContiguous()
		default:
			l.ranks = copyOrder(l.ranks, bestOrder)
			l.updatePos()
		}
		l.constrainOrder()
		c := l.totalCrossings(cc, l.ranks, l.pos)
		if best < 0 || c <= best {
			best = c
			bestOrder = copyOrder(bestOrder, l.ranks)
		}
		stale := 0
		for it := 0; it < sweeps && (best > 0 || it < 2) && stale < patience; it++ {
			down := it%2 == 0
			reverse := it%4 < 2
			l.sweep(down, false, key, hasKey)
			l.transposeAll(reverse == (pass == 3 || pass > 4 && pass%2 == 1))
			if len(l.g.Groups) > 0 {
				l.consistentGroups()
				l.updatePos()
			}
			l.constrainOrder()
			c := l.totalCrossings(cc, l.ranks, l.pos)
			stale++
			if c <= best {
				if float64(c) < 0.995*float64(best) {
					stale = 0
				}
				best = c
				bestOrder = copyOrder(bestOrder, l.ranks)
			}
		}
		if best == 0 {
			break
		}
	}
	l.ranks = bestOrder
	l.updatePos()
	best = l.siftRounds(cc, best)
	l.crossings = best
}

// siftRounds sifts the current order while that lowers its crossings,
// best, and returns them. A graph whose ranks are too wide for a round
// within maxSiftWork is left as it is. On a big graph (over smallOrder nodes) a round
// that removes less than 1 % of the crossings is the last: there later
// rounds cost as much as the first and gain little.
func (l *lay) siftRounds(cc *crossCounter, best int) int {
	work := 0
	for _, rank := range l.ranks {
		work += len(rank) * len(rank)
	}
	if work > maxSiftWork {
		return best
	}
	for round := 0; round < 8 && best > 0; round++ {
		l.siftSaved = copyOrder(l.siftSaved, l.ranks)
		if !l.siftAll() {
			break
		}
		l.constrainOrder()
		c := l.totalCrossings(cc, l.ranks, l.pos)
		if c >= best {
			l.ranks = copyOrder(l.ranks, l.siftSaved)
			l.updatePos()
			break
		}
		gain := best - c
		best = c
		if len(l.nodes) > smallOrder && 100*gain < best {
			break
		}
	}
	return best
}

// maxSiftWork bounds the work of one round of sifting, the sum of the
// squared widths of the ranks (every node is weighed against every other
// node of its rank): a graph with a rank of thousands, as under a hub
// with thousands of edges, is not sifted.
const maxSiftWork = 1 << 21

// orderPlan returns the passes of crossing reduction for a layered graph
// of n nodes, and how many sweeps without progress end a pass. Small
// graphs also try a few random starts: cheap there, and the heuristic's
// result depends much on where it starts. Big graphs give up sooner, where
// every sweep costs more and gains less, and huge ones (tens of thousands
// of dummies) make one pass fewer.
func orderPlan(n int) (passes, patience int) {
	passes, patience = 4, 8
	if n > 2000 {
		patience = 4
	}
	switch {
	case n <= smallOrder:
		passes += randomStarts
	case n > hugeOrder:
		passes, patience = 3, 2
	}
	return passes, patience
}

// passSweeps returns the most sweeps of pass number pass: a few from each
// of the two starting orders, all of them from the others.
func passSweeps(pass, sweeps int) int {
	if pass < 2 {
		return min(4, sweeps)
	}
	return sweeps
}

// copyOrder copies order into dst, reusing dst's ranks, and returns it.
func copyOrder(dst, order [][]int) [][]int {
	if len(dst) != len(order) {
		dst = make([][]int, len(order))
	}
	for i, r := range order {
		dst[i] = append(dst[i][:0], r...)
	}
	return dst
}

func (l *lay) updatePos() {
	for _, rank := range l.ranks {
		for i, v := range rank {
			l.pos[v] = i
		}
	}
}

// initialOrder places nodes by depth-first search from the real nodes that
// have no predecessor (or, fromSinks, no successor, searching upward), in
// input order, then makes groups contiguous.
func (l *lay) initialOrder(fromSinks bool) {
	for r := range l.ranks {
		l.ranks[r] = l.ranks[r][:0]
	}
	next, prev := l.down, l.up
	if fromSinks {
		next, prev = l.up, l.down
	}
	seen := make([]bool, len(l.nodes))
	var stack []int
	visit := func(s int) {
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[v] {
				continue
			}
			seen[v] = true
			l.ranks[l.nodes[v].rank] = append(l.ranks[l.nodes[v].rank], v)
			for i := len(next[v]) - 1; i >= 0; i-- {
				if w := next[v][i]; !seen[w] {
					stack = append(stack, w)
				}
			}
		}
	}
	for v := range l.nodes {
		if len(prev[v]) == 0 && l.nodes[v].kind == kindReal {
			visit(v)
		}
	}
	for v := range l.nodes {
		if !seen[v] {
			visit(v)
		}
	}
	l.updatePos()
	l.groupsContiguous()
}

// groupsContiguous makes the nodes of every group contiguous in each rank,
// moving as little as it can.
func (l *lay) groupsContiguous() {
	if len(l.g.Groups) > 0 {
		key := make([]float64, len(l.nodes))
		for v := range l.nodes {
			key[v] = float64(l.pos[v])
		}
		for r := range l.ranks {
			l.ranks[r] = l.arrange(l.ranks[r], key, nil, false)
		}
		l.consistentGroups()
		l.updatePos()
	}
}

// sweep reorders every rank by the medians of its neighbours in the rank
// before it (down) or after it (up).
func (l *lay) sweep(down, reverse bool, key []float64, hasKey []bool) {
	var buf []int
	pos := l.pos
	step := func(r int) {
		rank := l.ranks[r]
		adjRank, nbrs := r-1, l.up
		if !down {
			adjRank, nbrs = r+1, l.down
		}
		for _, v := range rank {
			if l.nodes[v].kind == kindFiller {
				key[v], hasKey[v] = l.groupPlace(l.nodes[v].orig, adjRank)
				continue
			}
			// The median of one or two positions needs no sorting.
			switch adj := nbrs[v]; len(adj) {
			case 0:
				key[v], hasKey[v] = 0, false
			case 1:
				key[v], hasKey[v] = float64(pos[adj[0]]), true
			case 2:
				key[v], hasKey[v] = float64(pos[adj[0]]+pos[adj[1]])/2, true
			default:
				buf = buf[:0]
				for _, w := range adj {
					buf = append(buf, pos[w])
				}
				key[v], hasKey[v] = median(buf)
			}
		}
		l.ranks[r] = l.arrange(rank, key, hasKey, reverse)
		for i, v := range l.ranks[r] {
			pos[v] = i
		}
	}
	if down {
		for r := 1; r < len(l.ranks); r++ {
			step(r)
		}
	} else {
		for r := len(l.ranks) - 2; r >= 0; r-- {
			step(r)
		}
	}
}

// groupPlace returns the mean position of group c's nodes in rank r, the
// key of a filler node (which has no edges of its own).
func (l *lay) groupPlace(c, r int) (float64, bool) {
	if r < 0 || r >= len(l.ranks) {
		return 0, false
	}
	sum, n := 0, 0
	for i, v := range l.ranks[r] {
		for g := l.nodes[v].cluster; g >= 0; g = l.g.Groups[g].Parent {
			if g == c {
				sum += i
				n++
				break
			}
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}

// median returns the weighted median of positions (Gansner et al. 1993):
// for an even count it leans toward the side where neighbours are packed
// more tightly.
func median(p []int) (float64, bool) {
	n := len(p)
	if n == 0 {
		return 0, false
	}
	slices.Sort(p)
	m := n / 2
	switch {
	case n%2 == 1:
		return float64(p[m]), true
	case n == 2:
		return float64(p[0]+p[1]) / 2, true
	}
	left := float64(p[m-1] - p[0])
	right := float64(p[n-1] - p[m])
	if left+right == 0 {
		return float64(p[m-1]+p[m]) / 2, true
	}
	return (float64(p[m-1])*right + float64(p[m])*left) / (left + right), true
}

// arrange sorts one rank by key: the blocks with a key (hasKey nil: all)
// move among their own places, stably, and the others stay put. With
// groups, it sorts the tree of blocks level by level. The rank is
// rewritten in place.
func (l *lay) arrange(rank []int, key []float64, hasKey []bool, reverse bool) []int {
	if len(l.g.Groups) == 0 {
		l.sortKeyed(rank, reverse, func(v int) (float64, bool) {
			return key[v], hasKey == nil || hasKey[v]
		})
		return rank
	}
	bs := l.blockScratch()
	bs.out = l.arrangeIn(-1, rank, key, hasKey, reverse, bs.out[:0])
	copy(rank, bs.out)
	return rank
}

// block is a node or a child group within a group's share of a rank.
type block struct {
	group int   // child group, or -1 for a single node
	nodes []int // in current order
	key   float64
	keyed bool
}

// blocksIn splits the items of group c into blocks, in order of first
// appearance: each node directly in c alone, and the nodes of each child
// group of c together.
func (l *lay) blocksIn(c int, items []int) []block {
	var blocks []block
	index := map[int]int{} // child group -> block
	for _, v := range items {
		child := l.childToward(c, l.nodes[v].cluster)
		if child < 0 {
			blocks = append(blocks, block{group: -1, nodes: []int{v}})
			continue
		}
		if b, ok := index[child]; ok {
			blocks[b].nodes = append(blocks[b].nodes, v)
			continue
		}
		index[child] = len(blocks)
		blocks = append(blocks, block{group: child, nodes: []int{v}})
	}
	return blocks
}

// blockScratch holds the stacks that the sorts of the tree of blocks
// work in, reused across ranks and sweeps so that they allocate nothing
// once grown. Each level of the tree pushes its blocks, their nodes and
// their order, and pops them when done.
type blockScratch struct {
	blocks []span // the blocks of every level being sorted
	nodes  []int  // their nodes, block by block
	which  []int  // scratch: each item's block
	order  []int  // the blocks of every level, in their new order
	out    []int  // the rank being rebuilt
	stamp  []int  // per group: the split that last saw it
	at     []int  // per group: its block in that split
	split  int    // splits so far
	gsum   []float64
	gcnt   []float64
	gkey   []float64
}

// span is a block of blockScratch: a node or a child group (group >= 0),
// whose nodes are nodes[start:start+n].
type span struct {
	group, start, n int
	key             float64
	keyed           bool
}

func (l *lay) blockScratch() *blockScratch {
	if l.bs == nil {
		ng := len(l.g.Groups)
		l.bs = &blockScratch{
			stamp: make([]int, ng), at: make([]int, ng),
			gsum: make([]float64, ng), gcnt: make([]float64, ng), gkey: make([]float64, ng),
		}
	}
	return l.bs
}

// splitBlocks pushes the blocks of the items of group c, as blocksIn
// splits them, and returns the range of blocks pushed. The caller pops
// them (and their nodes) with bs.pop.
func (l *lay) splitBlocks(bs *blockScratch, c int, items []int) (lo, hi int) {
	bs.split++
	lo = len(bs.blocks)
	bs.which = bs.which[:0]
	for _, v := range items {
		child := l.childToward(c, l.nodes[v].cluster)
		switch {
		case child < 0:
			bs.which = append(bs.which, len(bs.blocks))
			bs.blocks = append(bs.blocks, span{group: -1, n: 1})
		case bs.stamp[child] == bs.split:
			bs.which = append(bs.which, bs.at[child])
			bs.blocks[bs.at[child]].n++
		default:
			bs.stamp[child], bs.at[child] = bs.split, len(bs.blocks)
			bs.which = append(bs.which, len(bs.blocks))
			bs.blocks = append(bs.blocks, span{group: child, n: 1})
		}
	}
	hi = len(bs.blocks)
	start := len(bs.nodes)
	for i := lo; i < hi; i++ {
		b := &bs.blocks[i]
		b.start = start
		start += b.n
		b.n = 0
	}
	bs.nodes = slices.Grow(bs.nodes, len(items))[:start]
	for k, v := range items {
		b := &bs.blocks[bs.which[k]]
		bs.nodes[b.start+b.n] = v
		b.n++
	}
	return lo, hi
}

// pop removes the blocks from lo on, with their nodes and order.
func (bs *blockScratch) pop(lo int) {
	if lo < len(bs.blocks) {
		bs.nodes = bs.nodes[:bs.blocks[lo].start]
	}
	bs.blocks = bs.blocks[:lo]
}

// pushOrder pushes the block indices lo..hi-1 and returns where they start.
func (bs *blockScratch) pushOrder(lo, hi int) int {
	at := len(bs.order)
	for i := lo; i < hi; i++ {
		bs.order = append(bs.order, i)
	}
	return at
}

func (l *lay) arrangeIn(c int, items []int, key []float64, hasKey []bool, reverse bool, out []int) []int {
	bs := l.bs
	lo, hi := l.splitBlocks(bs, c, items)
	for i := lo; i < hi; i++ {
		b := &bs.blocks[i]
		sum, n := 0.0, 0
		for _, v := range bs.nodes[b.start : b.start+b.n] {
			if hasKey == nil || hasKey[v] {
				sum += key[v]
				n++
			}
		}
		if n > 0 {
			b.key, b.keyed = sum/float64(n), true
		}
	}
	at := bs.pushOrder(lo, hi)
	l.sortKeyed(bs.order[at:], reverse, func(i int) (float64, bool) { return bs.blocks[i].key, bs.blocks[i].keyed })
	for k := at; k < at+hi-lo; k++ {
		b := bs.blocks[bs.order[k]]
		if b.group < 0 {
			out = append(out, bs.nodes[b.start])
		} else {
			out = l.arrangeIn(b.group, bs.nodes[b.start:b.start+b.n], key, hasKey, reverse, out)
		}
	}
	bs.order = bs.order[:at]
	bs.pop(lo)
	return out
}

// sortKeyed sorts the keyed items of s by key within the places they
// occupy; unkeyed items stay where they are. Equal keys keep their order,
// or with reverse swap it (as dot does on alternate sweeps, to leave
// plateaus).
func (l *lay) sortKeyed(s []int, reverse bool, keyOf func(int) (float64, bool)) {
	items, slots := l.keyedBuf[:0], l.slotBuf[:0]
	for i, v := range s {
		if k, ok := keyOf(v); ok {
			slot := i
			if reverse {
				slot = -i
			}
			items = append(items, keyed{k, slot, v})
			slots = append(slots, i)
		}
	}
	sortItems(items)
	for i, slot := range slots {
		s[slot] = items[i].v
	}
	l.keyedBuf, l.slotBuf = items, slots
}

// sortItems sorts items by key, then by slot. No two items share a slot,
// so the order is the same whatever the algorithm: a rank of up to 64
// keyed nodes, nearly in order after the first sweeps, is sorted by insertion.
func sortItems(items []keyed) {
	if len(items) > 64 {
		slices.SortFunc(items, func(a, b keyed) int {
			if a.key != b.key {
				if a.key < b.key {
					return -1
				}
				return 1
			}
			return a.slot - b.slot
		})
		return
	}
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].before(items[j-1]); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

// keyed is an item to sort by key, then by its place (for stability).
type keyed struct {
	key  float64
	slot int
	v    int
}

// before reports whether k sorts before o: by key, then by slot.
func (k keyed) before(o keyed) bool {
	return k.key < o.key || k.key == o.key && k.slot < o.slot
}

// consistentGroups puts sibling groups in one left-to-right order, the same
// in every rank: by the mean relative position of their nodes.
func (l *lay) consistentGroups() {
	bs := l.blockScratch()
	sum, cnt, gkey := bs.gsum, bs.gcnt, bs.gkey
	clear(sum)
	clear(cnt)
	for _, rank := range l.ranks {
		for i, v := range rank {
			rel := (float64(i) + 0.5) / float64(len(rank))
			for c := l.nodes[v].cluster; c >= 0; c = l.g.Groups[c].Parent {
				sum[c] += rel
				cnt[c]++
			}
		}
	}
	for c := range gkey {
		gkey[c] = 0
		if cnt[c] > 0 {
			gkey[c] = sum[c] / cnt[c]
		}
	}
	for _, rank := range l.ranks {
		bs.out = l.arrangeGroups(-1, rank, gkey, bs.out[:0])
		copy(rank, bs.out)
	}
}

// arrangeGroups orders the child-group blocks of group c by gkey (then
// index), leaving single nodes in place.
func (l *lay) arrangeGroups(c int, items []int, gkey []float64, out []int) []int {
	bs := l.bs
	lo, hi := l.splitBlocks(bs, c, items)
	at := bs.pushOrder(lo, hi)
	// The group blocks, sorted, go into the places group blocks hold.
	groups := len(bs.order)
	for i := lo; i < hi; i++ {
		if bs.blocks[i].group >= 0 {
			bs.order = append(bs.order, i)
		}
	}
	sorted := bs.order[groups:]
	slices.SortStableFunc(sorted, func(a, b int) int {
		ga, gb := bs.blocks[a].group, bs.blocks[b].group
		switch {
		case gkey[ga] < gkey[gb]:
			return -1
		case gkey[ga] > gkey[gb]:
			return 1
		}
		return ga - gb
	})
	g := 0
	for k := at; k < groups; k++ {
		if bs.blocks[bs.order[k]].group >= 0 {
			bs.order[k] = bs.order[groups+g]
			g++
		}
	}
	bs.order = bs.order[:groups]
	for k := at; k < groups; k++ {
		b := bs.blocks[bs.order[k]]
		if b.group < 0 {
			out = append(out, bs.nodes[b.start])
		} else {
			out = l.arrangeGroups(b.group, bs.nodes[b.start:b.start+b.n], gkey, out)
		}
	}
	bs.order = bs.order[:at]
	bs.pop(lo)
	return out
}

// transposeAll swaps adjacent nodes of one group while that lowers the
// crossings with both neighbouring ranks; with reverse, equal swaps are made
// too, to leave plateaus. As in dot, only ranks next to a rank that changed
// are examined again.
func (l *lay) transposeAll(reverse bool) {
	nr := len(l.ranks)
	if cap(l.candidate) < nr {
		l.candidate = make([]bool, nr)
	}
	cand := l.candidate[:nr]
	grouped := len(l.g.Groups) > 0
	for r := range cand {
		cand[r] = true
	}
	// The one neighbour above and below of each node, when it has at most
	// one (-1: none; -2: several): most nodes are dummies.
	upOne, downOne := l.singles()
	pos := l.pos
	for pass := 0; pass < 16; pass++ {
		improved := false
		for r, rank := range l.ranks {
			if !cand[r] {
				continue
			}
			cand[r] = false
			for i := 0; i+1 < len(rank); i++ {
				v, w := rank[i], rank[i+1]
				if grouped && l.nodes[v].cluster != l.nodes[w].cluster {
					continue
				}
				// A side where either node has no neighbour has no
				// crossings; one where each has one is settled by their
				// places, as between two edge dummies, the common case.
				var c0, c1 int
				if a, b := upOne[v], upOne[w]; a >= 0 && b >= 0 {
					c0, c1 = order2(pos[a], pos[b])
				} else if a != -1 && b != -1 {
					c0, c1 = l.sides(a, b, l.up[v], l.up[w])
				}
				if a, b := downOne[v], downOne[w]; a >= 0 && b >= 0 {
					d0, d1 := order2(pos[a], pos[b])
					c0, c1 = c0+d0, c1+d1
				} else if a != -1 && b != -1 {
					d0, d1 := l.sides(a, b, l.down[v], l.down[w])
					c0, c1 = c0+d0, c1+d1
				}
				if c1 < c0 || (reverse && c1 == c0 && c0 > 0) {
					rank[i], rank[i+1] = w, v
					pos[v], pos[w] = i+1, i
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
			return
		}
	}
}

// singles returns, for every node, its one neighbour in the rank above and
// in the rank below: -1 for none and -2 for several. The edges between
// ranks never change once the layers are built, so they are found once.
func (l *lay) singles() (up, down []int) {
	if len(l.upOne) != len(l.nodes) {
		one := func(adj []int) int {
			switch len(adj) {
			case 0:
				return -1
			case 1:
				return adj[0]
			}
			return -2
		}
		l.upOne, l.downOne = make([]int, len(l.nodes)), make([]int, len(l.nodes))
		for v := range l.nodes {
			l.upOne[v], l.downOne[v] = one(l.up[v]), one(l.down[v])
		}
	}
	return l.upOne, l.downOne
}

// sides counts the crossings of one side of two adjacent nodes, as
// sideCrossings does, given their single neighbours on that side (-2:
// several): with one node's single neighbour, one pass over the other's.
func (l *lay) sides(a, b int, as, bs []int) (c0, c1 int) {
	switch {
	case b >= 0:
		pb := l.pos[b]
		for _, x := range as {
			if pa := l.pos[x]; pb < pa {
				c0++
			} else if pb > pa {
				c1++
			}
		}
		return c0, c1
	case a >= 0:
		pa := l.pos[a]
		for _, y := range bs {
			if pb := l.pos[y]; pb < pa {
				c0++
			} else if pb > pa {
				c1++
			}
		}
		return c0, c1
	}
	return l.sideCrossings(as, bs)
}

// sideCrossings counts the pairs of an edge to as and an edge to bs (the
// neighbours of two adjacent nodes in one rank) that cross: c0 when the
// node of as is left, c1 when it is right. Few pairs are compared one by
// one; many, as between two hubs, by sorting their positions and merging,
// so that two nodes of ten thousand edges each cost milliseconds, not a
// hundred million comparisons.
func (l *lay) sideCrossings(as, bs []int) (c0, c1 int) {
	if len(as)*len(bs) <= 256 {
		for _, a := range as {
			pa := l.pos[a]
			for _, b := range bs {
				if pb := l.pos[b]; pb < pa {
					c0++
				} else if pb > pa {
					c1++
				}
			}
		}
		return c0, c1
	}
	pa, pb := l.sortedPos(as, l.pairA[:0]), l.sortedPos(bs, l.pairB[:0])
	l.pairA, l.pairB = pa, pb
	below, upTo := 0, 0 // positions in pb less than, and at most, the current pa
	for _, p := range pa {
		for below < len(pb) && pb[below] < p {
			below++
		}
		upTo = max(upTo, below)
		for upTo < len(pb) && pb[upTo] <= p {
			upTo++
		}
		c0 += below
		c1 += len(pb) - upTo
	}
	return c0, c1
}

// sortedPos appends the positions of vs to buf and sorts them.
func (l *lay) sortedPos(vs []int, buf []int) []int {
	for _, v := range vs {
		buf = append(buf, l.pos[v])
	}
	slices.Sort(buf)
	return buf
}

// order2 returns (1, 0) when b < a, (0, 1) when b > a, else (0, 0).
func order2(a, b int) (int, int) {
	switch {
	case b < a:
		return 1, 0
	case b > a:
		return 0, 1
	}
	return 0, 0
}
