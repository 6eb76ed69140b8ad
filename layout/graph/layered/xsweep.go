package layered

import (
	"cmp"
	"slices"
)

// Horizontal coordinates by rank sweeps, for graphs too large for the
// network simplex of xsimplex.go to finish within its budget. The simplex
// minimises the weighted sum over edge segments of |x[u] + port(u) - x[w] -
// port(w)| subject to the separations of every rank. Holding every other
// rank still, that sum is minimised exactly over one rank by pool adjacent
// violators (the isotonic regression of Ayer et al. 1955, for absolute
// deviations): nodes go left to right, each at the weighted median of the
// positions its segments ask for, and a node that would come closer to the
// block on its left than their separation joins that block, which moves to
// the weighted median of all its members' wishes. Sweeping the ranks down
// and up, each rank solved in turn with both neighbouring ranks, never
// raises the sum; a few sweeps take the wide Brandes–Köpf placement of a
// graph of a thousand nodes most of the way to the simplex optimum, at a
// small fraction of its cost.

// xSweeps bounds the sweeps (one down and one up each); they stop
// sooner when one lowers the objective by less than xSweepGain of it.
const (
	xSweeps    = 16
	xSweepGain = 0.005
	xSweepWork = 2_000_000
	// xSweepMaxVertices bounds the graphs swept, in vertices of the
	// simplex's auxiliary graph (xsimplex.go): past it (tens of thousands
	// of dummies) the Brandes–Köpf coordinates stay.
	xSweepMaxVertices = 30_000
	// xSweepMaxRank bounds the nodes of a rank: the blocks of one rank
	// merge in time quadratic in its length, and a rank longer than this
	// (a hub's thousands of neighbours) keeps the Brandes–Köpf
	// coordinates too.
	xSweepMaxRank = 1_000
)

// wish is a position a node's segment asks for and its weight.
type wish struct {
	x float64
	w int
}

// xBlock is a run of nodes of one rank held at their separations.
type xBlock struct {
	first, last int     // positions in the rank
	x           float64 // x of the first node
	wishes      []wish  // shifted to the first node's x
}

// xObjective is the sum the sweeps lower: for every segment between
// adjacent ranks, its weight and the ports at its ends.
type xObjective struct {
	l            *lay
	below, above [][]float64
	upIdx        [][]int // for each l.down[v][j], the index of v in l.up of it
	straight     map[[2]int]bool
	buf          []wish
	// work counts the wishes placed and merged, against xSweepWork.
	work int
}

func (l *lay) xObjective() *xObjective {
	o := &xObjective{l: l, straight: l.straightSegments()}
	o.below, o.above = l.portOffsets()
	o.upIdx = make([][]int, len(l.nodes))
	for v := range l.nodes {
		for _, w := range l.down[v] {
			o.upIdx[v] = append(o.upIdx[v], slices.Index(l.up[w], v))
		}
	}
	return o
}

func (o *xObjective) weight(u, w int) int {
	if o.straight[[2]int{u, w}] {
		return weightDummyDummy
	}
	return o.l.edgeWeight(u, w)
}

func offset(offs [][]float64, v, j int) float64 {
	if offs[v] == nil {
		return 0
	}
	return offs[v][j]
}

// wishes lists where v's segments want v: a segment u–v is straight when
// x[v] + its port on v equals x[u] + its port on u. The list is reused by
// the next call.
func (o *xObjective) wishes(v int) []wish {
	l := o.l
	o.buf = o.buf[:0]
	for i, u := range l.up[v] {
		j := slices.Index(l.down[u], v)
		o.buf = append(o.buf, wish{l.x[u] + offset(o.below, u, j) - offset(o.above, v, i), o.weight(u, v)})
	}
	for j, w := range l.down[v] {
		o.buf = append(o.buf, wish{l.x[w] + offset(o.above, w, o.upIdx[v][j]) - offset(o.below, v, j), o.weight(v, w)})
	}
	return o.buf
}

// cost is the weighted sum of the segments' slants at the current l.x.
func (o *xObjective) cost() float64 {
	l := o.l
	total := 0.0
	for v := range l.nodes {
		for j, w := range l.down[v] {
			d := l.x[v] + offset(o.below, v, j) - l.x[w] - offset(o.above, w, o.upIdx[v][j])
			total += float64(o.weight(v, w)) * abs(d)
		}
	}
	return total
}

// positionSweeps places the nodes by rank sweeps from every rank packed
// and centred, and keeps the result when its objective is below that of
// the coordinates l.x holds (those of an unfinished simplex, or of
// Brandes–Köpf).
func (l *lay) positionSweeps() {
	if l.auxSize() > xSweepMaxVertices {
		return
	}
	for _, rank := range l.ranks {
		if len(rank) > xSweepMaxRank {
			return
		}
	}
	o := l.xObjective()
	kept := slices.Clone(l.x)
	keptCost := o.cost()
	l.packRanks()
	if l.sweepX(o) > keptCost {
		copy(l.x, kept)
	}
}

// sweepX improves l.x by rank sweeps until a sweep gains nearly nothing,
// and returns the objective reached.
func (l *lay) sweepX(o *xObjective) float64 {
	last := o.cost()
	var blocks []xBlock
	var scratch []wish
	for range xSweeps {
		for i := range 2 * len(l.ranks) {
			r := i
			if i >= len(l.ranks) {
				r = 2*len(l.ranks) - 1 - i
			}
			if o.work > xSweepWork {
				return o.cost()
			}
			blocks = l.placeRank(l.ranks[r], o.wishes, &o.work, blocks, &scratch)
		}
		c := o.cost()
		if c > last-xSweepGain*last {
			return c
		}
		last = c
	}
	return last
}

// placeRank places the nodes of one rank at the least weighted distance
// from their wishes, keeping every separation.
func (l *lay) placeRank(rank []int, wishesOf func(int) []wish, work *int, blocks []xBlock, scratch *[]wish) []xBlock {
	// sepTo[i] is the distance from rank[0] to rank[i] when all are tight.
	sepTo := make([]float64, len(rank))
	for i := 1; i < len(rank); i++ {
		sepTo[i] = sepTo[i-1] + l.separation(rank[i-1], rank[i])
	}
	n := 0 // blocks in use; the slots past it keep their wish buffers
	for i, v := range rank {
		if n == len(blocks) {
			blocks = append(blocks, xBlock{})
		}
		b := &blocks[n]
		n++
		b.first, b.last = i, i
		b.wishes = append(b.wishes[:0], wishesOf(v)...)
		*work += len(b.wishes)
		if len(b.wishes) == 0 {
			// No segment: a light wish to stay.
			b.wishes = append(b.wishes, wish{l.x[v], 0})
		}
		slices.SortFunc(b.wishes, func(a, b wish) int { return cmp.Compare(a.x, b.x) })
		b.x = weightedMedian(b.wishes, l.x[v])
		for n > 1 {
			p, b := &blocks[n-2], &blocks[n-1]
			// The least x of b's first node, after p's last.
			shift := sepTo[b.first] - sepTo[p.first]
			if b.x >= p.x+shift {
				break
			}
			*scratch = mergeWishes((*scratch)[:0], p.wishes, b.wishes, shift)
			*work += len(*scratch)
			p.wishes = append(p.wishes[:0], *scratch...)
			p.last = b.last
			p.x = weightedMedian(p.wishes, l.x[rank[p.first]])
			n--
		}
	}
	blocks = blocks[:n]
	for _, b := range blocks {
		for i := b.first; i <= b.last; i++ {
			l.x[rank[i]] = b.x + sepTo[i] - sepTo[b.first]
		}
	}
	return blocks
}

// mergeWishes appends to out the wishes of a and those of b less shift,
// both sorted by x, in order of x.
func mergeWishes(out, a, b []wish, shift float64) []wish {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && a[i].x <= b[j].x-shift) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, wish{b[j].x - shift, b[j].w})
			j++
		}
	}
	return out
}

// weightedMedian returns a point that minimises the weighted sum of
// distances to the wishes (sorted by x): the end of the interval of such
// points nearest to at. Wishes of weight 0 count only when every weight
// is 0.
func weightedMedian(ws []wish, at float64) float64 {
	total := 0
	for _, w := range ws {
		total += w.w
	}
	if total == 0 {
		xs := ws[len(ws)/2].x
		return xs
	}
	// lo is the first x where the weight at or left of it reaches half;
	// hi the last x where the weight at or right of it reaches half.
	acc, lo := 0, ws[0].x
	for _, w := range ws {
		acc += w.w
		if 2*acc >= total {
			lo = w.x
			break
		}
	}
	acc, hi := 0, ws[len(ws)-1].x
	for k := len(ws) - 1; k >= 0; k-- {
		acc += ws[k].w
		if 2*acc >= total {
			hi = ws[k].x
			break
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	// An end of the interval makes at least one segment straight.
	if at-lo <= hi-at {
		return lo
	}
	return hi
}

// packRanks places every rank packed at its separations, centred on 0.
func (l *lay) packRanks() {
	for _, rank := range l.ranks {
		if len(rank) == 0 {
			continue
		}
		x := 0.0
		l.x[rank[0]] = 0
		for i := 1; i < len(rank); i++ {
			x += l.separation(rank[i-1], rank[i])
			l.x[rank[i]] = x
		}
		a, b := rank[0], rank[len(rank)-1]
		mid := (x - l.nodes[a].left + l.nodes[b].right) / 2
		for _, v := range rank {
			l.x[v] -= mid
		}
	}
}
