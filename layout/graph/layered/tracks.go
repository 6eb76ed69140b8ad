package layered

import (
	"cmp"
	"slices"
)

// Track assignment in a channel (the free space between two ranks). Every
// route that changes x in the channel runs horizontally on a track. For two
// routes whose spans overlap, the one placed higher crosses the other's
// vertical segments that its horizontal passes; the cost of each of the two
// orders is counted exactly, the routes are ranked by the number of pairwise
// preferences they win (Copeland's rule), and adjacent exchanges that lower
// the total follow. Routes whose spans are apart share a track.

// channelItem is one route's passage through a channel.
type channelItem struct {
	edge int
	// a is the x where the route enters at the top; b the x where it leaves
	// at the bottom, or for a flat edge (u) the second x at the top.
	a, b float64
	u    bool
	// labelW, labelH: a flat edge's label, centred on its horizontal.
	labelW, labelH float64
	track          int
	y              float64
}

func (it *channelItem) span() (lo, hi float64) {
	lo, hi = min(it.a, it.b), max(it.a, it.b)
	if it.labelW > 0 {
		m := (it.a + it.b) / 2
		lo, hi = min(lo, m-it.labelW/2), max(hi, m+it.labelW/2)
	}
	return lo, hi
}

// assignTracks orders the items of one channel onto tracks and returns the
// number of tracks used; sets item.track. Two routes that keep their order
// across the channel need not cross: among routes going right, the one that
// starts further right runs higher; among routes going left, the one that
// starts further left. Routes going opposite ways whose spans overlap
// change order, and cross once whichever runs higher. So routes going
// right, by decreasing start, then routes going left, by increasing start,
// cross no more than their order demands. Flat edges dip under the rank
// above, shorter ones higher. One rule comes before the crossings: a route
// that comes down at an x less than gap from where another leaves
// downward runs higher than it (see verticalsApart), so that the two
// vertical stretches do not run side by side.
func assignTracks(items []channelItem, gap float64) int {
	n := len(items)
	if n == 0 {
		return 0
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	class := func(it *channelItem) int {
		switch {
		case it.u:
			return 0
		case it.b > it.a:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(order, func(p, q int) int {
		a, b := &items[p], &items[q]
		if ca, cb := class(a), class(b); ca != cb {
			return ca - cb
		}
		switch class(a) {
		case 0:
			return cmp.Compare(abs(a.a-a.b), abs(b.a-b.b))
		case 1:
			return cmp.Compare(b.a, a.a)
		}
		return cmp.Compare(a.a, b.a)
	})
	order, other, under := verticalsApart(items, order, gap)
	if under == nil {
		return place(items, order, nil)
	}
	// Two orders keep the rule: the one that moves a route down below
	// those it must run under, and the one that moves those up. The one
	// with fewer crossings wins, the first on a tie; a channel of more
	// than compareChannel routes, where counting its crossings would cost
	// too much, keeps the first.
	tracks := place(items, order, under)
	if n > compareChannel {
		return tracks
	}
	kept := make([]int, n)
	for i := range items {
		kept[i] = items[i].track
	}
	crossings := channelCrossings(items)
	if n2 := place(items, other, under); channelCrossings(items) < crossings {
		return n2
	}
	for i := range items {
		items[i].track = kept[i]
	}
	return tracks
}

// compareChannel is the most items of a channel whose crossings are
// counted to choose between two orders (see assignTracks).
const compareChannel = 512

// place puts the items on tracks in order, as placeEach does.
func place(items []channelItem, order []int, under [][]int) int {
	if len(order) <= smallChannel || slices.ContainsFunc(items, func(it channelItem) bool { return it.a != it.a || it.b != it.b }) {
		// A NaN coordinate overlaps nothing, which only the comparisons of
		// placeEach say.
		return placeEach(items, order, under)
	}
	return placeIndexed(items, order, under)
}

// channelCrossings counts the crossings of the routes through a channel
// on their tracks: a route's vertical stretch from the top of the channel
// (at a, and at b for a flat edge) crosses the horizontal of every route
// on a higher track that spans its x, and its stretch to the bottom (at
// b) that of every route on a lower track.
func channelCrossings(items []channelItem) int {
	count := 0
	for i := range items {
		p := &items[i]
		for j := range items {
			q := &items[j]
			if i == j || q.track == p.track {
				continue
			}
			lo, hi := q.span()
			inside := func(x float64) bool { return x > lo && x < hi }
			switch {
			case q.track < p.track:
				if inside(p.a) {
					count++
				}
				if p.u && inside(p.b) {
					count++
				}
			case !p.u && inside(p.b):
				count++
			}
		}
	}
	return count
}

// verticalsApart returns order changed as little as it can be so that an
// item whose route comes down into the channel (at a, or a flat edge's a
// and b) less than gap from where another item's route leaves it downward
// (at b) comes first, and for each item the items that must run higher
// (nil when no item has any). Placed first and on a higher track, its
// vertical stretch from the top of the channel ends before the other's to
// the bottom begins; otherwise the two stretches would run side by side,
// or on one line. Among the items free to go next, the one first in order
// goes; where the rule goes round in a circle (two routes trading places
// at the same two x), the first item left goes next, and runs where its
// span lets it.
func verticalsApart(items []channelItem, order []int, gap float64) (first, last []int, under [][]int) {
	n := len(order)
	// Bottoms sorted by x, to find the items leaving near an x.
	bottoms := make([]int, 0, n)
	for _, i := range order {
		if !items[i].u && items[i].b == items[i].b {
			bottoms = append(bottoms, i)
		}
	}
	slices.SortFunc(bottoms, func(p, q int) int { return cmp.Compare(items[p].b, items[q].b) })
	rank := make([]int, len(items)) // place of each item in order
	for k, i := range order {
		rank[i] = k
	}
	after := make([][]int, len(items)) // after[i]: items that must come after i
	under = make([][]int, len(items))  // under[j]: items that must come before j
	before := make([]int, len(items))  // how many items must come before each, not yet out
	constrained := false
	for _, i := range order {
		it := &items[i]
		tops := []float64{it.a}
		if it.u {
			tops = append(tops, it.b)
		}
		for _, x := range tops {
			k, _ := slices.BinarySearchFunc(bottoms, x-gap, func(j int, v float64) int {
				if items[j].b <= v {
					return -1
				}
				return 1
			})
			for ; k < len(bottoms) && items[bottoms[k]].b < x+gap; k++ {
				if j := bottoms[k]; j != i && !slices.Contains(after[i], j) {
					after[i] = append(after[i], j)
					under[j] = append(under[j], i)
					before[j]++
					constrained = true
				}
			}
		}
	}
	if !constrained {
		return order, nil, nil
	}
	return topoOrder(order, rank, after, before), reverseOrder(topoOrder(reverseOrder(order), reverseRank(rank), under, countOf(after))), under
}

// topoOrder returns order changed as little as it can be so that every
// item comes before the items after lists for it, by Kahn's algorithm
// taking the free item first in order each time; before counts each
// item's predecessors, and is used up. Where the rule goes round in a
// circle, the first item left goes next.
func topoOrder(order, rank []int, after [][]int, before []int) []int {
	ready := &rankHeap{rank: rank}
	for _, i := range order {
		if before[i] == 0 {
			ready.push(i)
		}
	}
	done := make([]bool, len(rank))
	out := make([]int, 0, len(order))
	next := 0 // the first item of order not yet out, for breaking circles
	for len(out) < len(order) {
		i := -1
		for ready.len() > 0 {
			if c := ready.pop(); !done[c] {
				i = c
				break
			}
		}
		if i < 0 {
			for done[order[next]] {
				next++
			}
			i = order[next]
		}
		done[i] = true
		out = append(out, i)
		for _, j := range after[i] {
			before[j]--
			if before[j] == 0 && !done[j] {
				ready.push(j)
			}
		}
	}
	return out
}

// reverseOrder returns order back to front.
func reverseOrder(order []int) []int {
	out := slices.Clone(order)
	slices.Reverse(out)
	return out
}

// reverseRank returns the places of the items in the reversed order.
func reverseRank(rank []int) []int {
	out := make([]int, len(rank))
	for i, r := range rank {
		out[i] = len(rank) - 1 - r
	}
	return out
}

// countOf returns the length of each list.
func countOf(lists [][]int) []int {
	out := make([]int, len(lists))
	for i, l := range lists {
		out[i] = len(l)
	}
	return out
}

// rankHeap is a min-heap of items by their place in an order.
type rankHeap struct {
	rank  []int
	items []int
}

func (h *rankHeap) len() int { return len(h.items) }

func (h *rankHeap) push(i int) {
	h.items = append(h.items, i)
	for c := len(h.items) - 1; c > 0; {
		p := (c - 1) / 2
		if h.rank[h.items[p]] <= h.rank[h.items[c]] {
			break
		}
		h.items[p], h.items[c] = h.items[c], h.items[p]
		c = p
	}
}

func (h *rankHeap) pop() int {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	for p := 0; ; {
		c := 2*p + 1
		if c >= last {
			break
		}
		if c+1 < last && h.rank[h.items[c+1]] < h.rank[h.items[c]] {
			c++
		}
		if h.rank[h.items[p]] <= h.rank[h.items[c]] {
			break
		}
		h.items[p], h.items[c] = h.items[c], h.items[p]
		p = c
	}
	return top
}

// smallChannel is the most items a channel places by comparing each item
// with every item placed before it; larger channels use placeIndexed.
const smallChannel = 64

// placeEach places the items in order: each takes the track above the
// highest placed item whose span, widened by 1 on each side, it overlaps,
// and above the placed items it must run under (under[i], may be nil), or
// track 0. It returns the number of tracks used. Each item is compared
// with every item before it.
func placeEach(items []channelItem, order []int, under [][]int) int {
	// placed holds the spans and tracks of the items placed so far, side
	// by side, so that the scan over them reads one array.
	type span struct {
		lo, hi float64
		track  int
	}
	placed := make([]span, 0, len(order))
	isPlaced := make([]bool, len(items))
	tracks := 0
	for _, i := range order {
		lo, hi := items[i].span()
		t := 0
		for _, p := range placed {
			if p.lo <= hi+1 && lo <= p.hi+1 {
				t = max(t, p.track+1)
			}
		}
		t = max(t, underTrack(items, under, isPlaced, i))
		items[i].track = t
		isPlaced[i] = true
		placed = append(placed, span{lo, hi, t})
		tracks = max(tracks, t+1)
	}
	return tracks
}

// placeIndexed places the items as placeEach does, in O(n log n): a
// placed item [plo, phi] overlaps the item [lo, hi] being placed when
// plo <= hi+1 and lo <= phi+1, that is when it starts in [lo, hi+1], or
// when it starts at or before lo and reaches lo (phi+1 >= lo). Two trees
// over the sorted distinct coordinates answer the two cases: the highest
// track among items starting in a range, and the highest track among
// items covering a point. Every comparison is the one placeEach makes,
// on the same floating-point values, so the tracks are the same.
func placeIndexed(items []channelItem, order []int, under [][]int) int {
	n := len(order)
	los, ends := make([]float64, n), make([]float64, n)
	coords := make([]float64, 0, 2*n)
	for k, i := range order {
		lo, hi := items[i].span()
		los[k], ends[k] = lo, hi+1
		coords = append(coords, lo, hi+1)
	}
	slices.Sort(coords)
	coords = slices.Compact(coords)
	index := func(v float64) int { i, _ := slices.BinarySearch(coords, v); return i }
	starts := newMaxTree(len(coords)) // by start: highest track starting there
	covers := newMaxTree(len(coords)) // by point: highest track covering it
	isPlaced := make([]bool, len(items))
	tracks := 0
	for k, i := range order {
		lo, end := index(los[k]), index(ends[k])
		t := max(starts.rangeMax(lo, end), covers.pointMax(lo)) + 1
		t = max(t, underTrack(items, under, isPlaced, i))
		items[i].track = t
		isPlaced[i] = true
		starts.pointSet(lo, t)
		covers.rangeSet(lo, end, t)
		tracks = max(tracks, t+1)
	}
	return tracks
}

// underTrack returns the highest track item i may take below the placed
// items it must run under.
func underTrack(items []channelItem, under [][]int, placed []bool, i int) int {
	t := 0
	if under == nil {
		return t
	}
	for _, p := range under[i] {
		if placed[p] {
			t = max(t, items[p].track+1)
		}
	}
	return t
}

// maxTree is a segment tree over n positions holding, for each node, the
// highest value set at a position under it (for rangeMax) and the highest
// value set over a range that covers the node whole (for pointMax). Values
// are tracks, so -1 stands for nothing.
type maxTree struct {
	size       int
	below, all []int
}

func newMaxTree(n int) *maxTree {
	size := 1
	for size < n {
		size *= 2
	}
	t := &maxTree{size: size, below: make([]int, 2*size), all: make([]int, 2*size)}
	for i := range t.below {
		t.below[i], t.all[i] = -1, -1
	}
	return t
}

// pointSet raises the value at position i to at least v.
func (t *maxTree) pointSet(i, v int) {
	for i += t.size; i > 0; i /= 2 {
		t.below[i] = max(t.below[i], v)
	}
}

// rangeMax returns the highest value set by pointSet at a position in
// [lo, hi], or -1.
func (t *maxTree) rangeMax(lo, hi int) int {
	best := -1
	for lo, hi = lo+t.size, hi+t.size+1; lo < hi; lo, hi = lo/2, hi/2 {
		if lo&1 == 1 {
			best = max(best, t.below[lo])
			lo++
		}
		if hi&1 == 1 {
			hi--
			best = max(best, t.below[hi])
		}
	}
	return best
}

// rangeSet raises the value of every position in [lo, hi] to at least v.
func (t *maxTree) rangeSet(lo, hi, v int) {
	for lo, hi = lo+t.size, hi+t.size+1; lo < hi; lo, hi = lo/2, hi/2 {
		if lo&1 == 1 {
			t.all[lo] = max(t.all[lo], v)
			lo++
		}
		if hi&1 == 1 {
			hi--
			t.all[hi] = max(t.all[hi], v)
		}
	}
}

// pointMax returns the highest value that rangeSet set over position i, or
// -1.
func (t *maxTree) pointMax(i int) int {
	best := -1
	for i += t.size; i > 0; i /= 2 {
		best = max(best, t.all[i])
	}
	return best
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
