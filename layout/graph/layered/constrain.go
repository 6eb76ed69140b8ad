package layered

import (
	"math"
	"slices"
)

// Placement constraints. They act at three points of the pipeline:
//
//   - after ranking, a node pinned to the side where ranks start (top when
//     going down) takes the first rank, one pinned to the other side the
//     last, and a pinned group moves as a whole (pinRanks);
//   - in crossing reduction, each rank is put back in line with the
//     constraints after every change (constrainOrder): in graph order
//     (Options.SourceOrder) the real nodes of a rank keep their input
//     order; each order list keeps its nodes in its order; then pinned
//     nodes and groups go first or last among their siblings. Nodes keep
//     to their groups: a list orders the nodes it names that share an
//     innermost group, among the places those nodes hold, so groups stay
//     contiguous;
//   - after coordinate assignment, the nodes and dummies of each align set
//     share one x (alignAll), where the nodes beside them leave room, else
//     by pushing those aside; and so do those of each straight chain (a
//     run of edges where every node between has one edge in and one out)
//     where there is room, which the horizontal simplex nearly always
//     leaves.

// Pin is a side of the picture that a node or group keeps to.
type Pin int

// The pins. PinNone leaves the node or group where the layout puts it.
const (
	PinNone Pin = iota
	PinLeft
	PinRight
	PinTop
	PinBottom
)

// sides returns where a pin puts a node in layout space going in
// direction dir: -1 (first) or +1 (last) in its rank's order, or in the
// ranks, and 0 for no constraint.
func (p Pin) sides(dir Direction) (order, rank int) {
	// Down: left and right are the order, top and bottom the ranks.
	switch dir {
	case Down:
		switch p {
		case PinLeft:
			return -1, 0
		case PinRight:
			return 1, 0
		case PinTop:
			return 0, -1
		case PinBottom:
			return 0, 1
		}
	case Up:
		switch p {
		case PinLeft:
			return -1, 0
		case PinRight:
			return 1, 0
		case PinTop:
			return 0, 1
		case PinBottom:
			return 0, -1
		}
	case Right:
		switch p {
		case PinTop:
			return -1, 0
		case PinBottom:
			return 1, 0
		case PinLeft:
			return 0, -1
		case PinRight:
			return 0, 1
		}
	case Left:
		switch p {
		case PinTop:
			return -1, 0
		case PinBottom:
			return 1, 0
		case PinLeft:
			return 0, 1
		case PinRight:
			return 0, -1
		}
	}
	return 0, 0
}

// pinRanks moves pinned nodes and groups to the first or last rank, and
// closes any rank left empty.
func (l *lay) pinRanks(rank []int) []int {
	dir := l.opt.Direction
	pinned := false
	for _, n := range l.g.Nodes {
		if _, s := n.Pin.sides(dir); s != 0 {
			pinned = true
		}
	}
	for _, gr := range l.g.Groups {
		if _, s := gr.Pin.sides(dir); s != 0 {
			pinned = true
		}
	}
	if !pinned || len(rank) == 0 {
		return rank
	}
	span := func() (lo, hi int) {
		lo, hi = rank[0], rank[0]
		for _, r := range rank {
			lo, hi = min(lo, r), max(hi, r)
		}
		return lo, hi
	}
	for c, gr := range l.g.Groups {
		_, s := gr.Pin.sides(dir)
		if s == 0 || len(l.groupMembers[c]) == 0 {
			continue
		}
		lo, hi := span()
		glo, ghi := math.MaxInt, math.MinInt
		for _, v := range l.groupMembers[c] {
			glo, ghi = min(glo, rank[v]), max(ghi, rank[v])
		}
		shift := lo - glo
		if s > 0 {
			shift = hi - ghi
		}
		for _, v := range l.groupMembers[c] {
			rank[v] += shift
		}
	}
	lo, hi := span()
	for v, n := range l.g.Nodes {
		switch _, s := n.Pin.sides(dir); s {
		case -1:
			rank[v] = lo
		case 1:
			rank[v] = hi
		}
	}
	// Close empty ranks, keeping the order of the others.
	lo, hi = span()
	used := make([]bool, hi-lo+1)
	for _, r := range rank {
		used[r-lo] = true
	}
	to := make([]int, len(used))
	k := 0
	for i, u := range used {
		to[i] = k
		if u {
			k++
		}
	}
	for v, r := range rank {
		rank[v] = to[r-lo]
	}
	return rank
}

// hasOrderRules reports whether any rank order constraint applies.
func (l *lay) hasOrderRules() bool {
	if l.opt.SourceOrder || len(l.g.Orders) > 0 || len(l.g.Together) > 0 {
		return true
	}
	for _, n := range l.g.Nodes {
		if o, _ := n.Pin.sides(l.opt.Direction); o != 0 {
			return true
		}
	}
	for _, gr := range l.g.Groups {
		if o, _ := gr.Pin.sides(l.opt.Direction); o != 0 {
			return true
		}
	}
	return false
}

// constrainOrder puts every rank back in line with the order constraints.
func (l *lay) constrainOrder() {
	if !l.ordered {
		return
	}
	if l.listOf == nil {
		l.listOf = make([][]listPlace, l.realN)
		for i, list := range l.g.Orders {
			for k, v := range list {
				l.listOf[v] = append(l.listOf[v], listPlace{i, k})
			}
		}
	}
	for r, rank := range l.ranks {
		l.ranks[r] = l.constrainIn(-1, rank, make([]int, 0, len(rank)))
	}
	l.updatePos()
}

// together returns the sets of Graph.Together as sets of node indices.
func (l *lay) together() []map[int]bool {
	if l.togetherSets == nil && len(l.g.Together) > 0 {
		for _, list := range l.g.Together {
			set := map[int]bool{}
			for _, v := range list {
				set[v] = true
			}
			l.togetherSets = append(l.togetherSets, set)
		}
	}
	return l.togetherSets
}

// gather returns blocks with the members of set side by side at the place
// of their middle member, the others in their order. A block of a child
// group is a member when every input node it holds is in set.
func gather(blocks []block, set map[int]bool) []block {
	var at []int
	for i, b := range blocks {
		in := false
		for _, v := range b.nodes {
			if !set[v] {
				in = false
				break
			}
			in = true
		}
		if in {
			at = append(at, i)
		}
	}
	if len(at) < 2 || at[len(at)-1]-at[0] == len(at)-1 {
		return blocks
	}
	mid := at[len(at)/2]
	var members, others []block
	k := 0 // the others before the middle member
	for i, b := range blocks {
		if len(members) < len(at) && at[len(members)] == i {
			members = append(members, b)
			continue
		}
		if i < mid {
			k++
		}
		others = append(others, b)
	}
	out := make([]block, 0, len(blocks))
	out = append(out, others[:k]...)
	out = append(out, members...)
	return append(out, others[k:]...)
}

// listPlace is a node's place in one order list.
type listPlace struct{ list, index int }

// constrainIn appends the items of group c (-1 for the top level) to out,
// in line with the order constraints.
func (l *lay) constrainIn(c int, items []int, out []int) []int {
	blocks := l.blocksIn(c, items)
	// The real input nodes among the blocks, and their places.
	var slots []int
	for i, b := range blocks {
		if v := b.nodes[0]; b.group < 0 && l.nodes[v].kind == kindReal && v < len(l.g.Nodes) {
			slots = append(slots, i)
		}
	}
	reorder := func(chosen []int, less func(a, b int) int) {
		nodes := make([]int, len(chosen))
		for i, s := range chosen {
			nodes[i] = blocks[s].nodes[0]
		}
		slices.SortStableFunc(nodes, less)
		for i, s := range chosen {
			blocks[s] = block{group: -1, nodes: []int{nodes[i]}}
		}
	}
	if l.opt.SourceOrder && len(slots) > 1 {
		reorder(slots, func(a, b int) int { return a - b })
	}
	for _, set := range l.together() {
		blocks = gather(blocks, set)
		slots = slots[:0]
		for i, b := range blocks {
			if v := b.nodes[0]; b.group < 0 && l.nodes[v].kind == kindReal && v < len(l.g.Nodes) {
				slots = append(slots, i)
			}
		}
	}
	for list := range l.g.Orders {
		var chosen []int
		index := map[int]int{}
		for _, s := range slots {
			v := blocks[s].nodes[0]
			for _, p := range l.listOf[v] {
				if p.list == list {
					chosen = append(chosen, s)
					index[v] = p.index
					break
				}
			}
		}
		if len(chosen) > 1 {
			reorder(chosen, func(a, b int) int { return index[a] - index[b] })
		}
	}
	side := func(b block) int {
		var p Pin
		if b.group >= 0 {
			p = l.g.Groups[b.group].Pin
		} else if v := b.nodes[0]; l.nodes[v].kind == kindReal && v < len(l.g.Nodes) {
			p = l.g.Nodes[v].Pin
		}
		o, _ := p.sides(l.opt.Direction)
		return o
	}
	slices.SortStableFunc(blocks, func(a, b block) int { return side(a) - side(b) })
	for _, b := range blocks {
		if b.group < 0 {
			out = append(out, b.nodes[0])
		} else {
			out = l.constrainIn(b.group, b.nodes, out)
		}
	}
	return out
}

// alignAll gives the nodes of each straight chain, then of each align
// set, one x. Before group boxes are drawn (boxed false) it lines up the
// align sets only, and may push other nodes aside for them; after, it
// lines up the straight chains, then the align sets, only within the room
// their neighbours and group boxes leave, so that every box stays as it
// is. The horizontal simplex already pulls a straight chain's segments as
// hard as a long edge's, so nearly every chain is straight before; pushing
// the rest aside widened the benchmark's dag-200 by 14 % and lengthened
// its edges by 17 %.
func (l *lay) alignAll(boxed bool) {
	l.boxed = boxed
	if boxed {
		for _, set := range l.straightChains() {
			l.alignSet(set)
		}
	}
	for _, list := range l.g.Aligns {
		var set []int
		seen := map[int]bool{}
		in := map[int]bool{}
		for _, v := range list {
			in[v] = true
			if r := l.nodes[v].rank; !seen[r] {
				seen[r] = true
				set = append(set, v)
			}
		}
		// The dummies of an edge between two members go on the line
		// too, so that the edge runs along it.
		for _, c := range l.chains {
			if c.kind != chainNormal || !in[c.nodes[0]] || !in[c.nodes[len(c.nodes)-1]] {
				continue
			}
			for _, d := range c.nodes[1 : len(c.nodes)-1] {
				if r := l.nodes[d].rank; !seen[r] {
					seen[r] = true
					set = append(set, d)
				}
			}
		}
		l.alignSet(set)
	}
}

// straightChains returns the straight chains of the layered graph: runs
// of edges from rank to rank, each the only edge down from its upper end
// and the only edge up into its lower end, with their dummies, from top
// to bottom. A single such edge is a chain of two nodes.
func (l *lay) straightChains() [][]int {
	in := make([][]int, l.realN)
	out := make([][]int, l.realN)
	for i, c := range l.chains {
		if c.kind != chainNormal {
			continue
		}
		out[c.nodes[0]] = append(out[c.nodes[0]], i)
		in[c.nodes[len(c.nodes)-1]] = append(in[c.nodes[len(c.nodes)-1]], i)
	}
	// link reports that chain i joins its ends in a straight chain.
	link := func(i int) bool {
		c := l.chains[i]
		return len(out[c.nodes[0]]) == 1 && len(in[c.nodes[len(c.nodes)-1]]) == 1
	}
	var sets [][]int
	for i := range l.chains {
		c := l.chains[i]
		if c.kind != chainNormal || !link(i) {
			continue
		}
		// Start only at the top of a run.
		if top := c.nodes[0]; len(in[top]) == 1 && link(in[top][0]) {
			continue
		}
		set := []int{c.nodes[0]}
		for e := i; ; {
			set = append(set, l.chains[e].nodes[1:]...)
			bot := set[len(set)-1]
			if len(out[bot]) != 1 || !link(out[bot][0]) {
				break
			}
			e = out[bot][0]
		}
		sets = append(sets, set)
	}
	return sets
}

// alignSet moves the nodes of set (at most one per rank) to one x: the
// median of their x, kept within the room their neighbours leave; where
// there is no such room, the neighbours are pushed aside.
func (l *lay) alignSet(set []int) {
	if len(set) < 2 {
		return
	}
	lo, hi := math.Inf(-1), math.Inf(1)
	xs := make([]float64, len(set))
	for i, v := range set {
		xs[i] = l.x[v]
		rank, p := l.ranks[l.nodes[v].rank], l.pos[v]
		if p > 0 {
			u := rank[p-1]
			lo = max(lo, l.x[u]+l.separation(u, v))
		}
		if p+1 < len(rank) {
			w := rank[p+1]
			hi = min(hi, l.x[w]-l.separation(v, w))
		}
		if c := l.nodes[v].cluster; l.boxed && c >= 0 {
			pad := l.opt.GroupPad
			left := pad + l.nodes[v].left
			if l.titleAcross {
				left += l.size.titleW[c]
			}
			lo = max(lo, l.groupL[c]+left)
			hi = min(hi, l.groupR[c]-pad-l.nodes[v].right)
		}
	}
	slices.Sort(xs)
	target := xs[len(xs)/2]
	if len(xs)%2 == 0 {
		target = (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
	}
	switch {
	case lo <= hi:
		target = min(max(target, lo), hi)
	case l.boxed:
		return // no room, and boxes are drawn: leave the set
	}
	if l.boxed {
		for _, v := range set {
			if !l.clearOfGroups(v, target) {
				return
			}
		}
	}
	for _, v := range set {
		l.moveX(v, target)
	}
}

// moveX puts v at x and pushes its neighbours in its rank aside as far as
// their separations need.
func (l *lay) moveX(v int, x float64) {
	rank, p := l.ranks[l.nodes[v].rank], l.pos[v]
	l.x[v] = x
	for i := p + 1; i < len(rank); i++ {
		a, b := rank[i-1], rank[i]
		need := l.x[a] + l.separation(a, b)
		if l.x[b] >= need {
			break
		}
		l.x[b] = need
	}
	for i := p - 1; i >= 0; i-- {
		a, b := rank[i], rank[i+1]
		need := l.x[b] - l.separation(a, b)
		if l.x[a] <= need {
			break
		}
		l.x[a] = need
	}
}

// clearOfGroups reports whether node v, moved to x, keeps clear of the
// box of every group that does not hold it and spans its rank.
func (l *lay) clearOfGroups(v int, x float64) bool {
	if l.spanLo == nil {
		l.spanLo, l.spanHi, _, _ = l.groupSpans()
	}
	n := l.nodes[v]
	left, right := x-n.left-l.groupGap(), x+n.right+l.groupGap()
	for c := range l.g.Groups {
		if l.spanLo[c] < 0 || n.rank < l.spanLo[c] || n.rank > l.spanHi[c] || l.holds(c, n.cluster) {
			continue
		}
		if right > l.groupL[c] && left < l.groupR[c] {
			return false
		}
	}
	return true
}

// holds reports whether group c is group d or holds it.
func (l *lay) holds(c, d int) bool {
	for ; d >= 0; d = l.g.Groups[d].Parent {
		if d == c {
			return true
		}
	}
	return false
}
