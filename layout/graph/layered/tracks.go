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
// above, shorter ones higher.
func assignTracks(items []channelItem) int {
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
	if n <= smallChannel || slices.ContainsFunc(items, func(it channelItem) bool { return it.a != it.a || it.b != it.b }) {
		// A NaN coordinate overlaps nothing, which only the comparisons of
		// placeEach say.
		return placeEach(items, order)
	}
	return placeIndexed(items, order)
}

// smallChannel is the most items a channel places by comparing each item
// with every item placed before it; larger channels use placeIndexed.
const smallChannel = 64

// placeEach places the items in order: each takes the track above the
// highest placed item whose span, widened by 1 on each side, it overlaps,
// or track 0. It returns the number of tracks used. Each item is compared
// with every item before it.
func placeEach(items []channelItem, order []int) int {
	// placed holds the spans and tracks of the items placed so far, side
	// by side, so that the scan over them reads one array.
	type span struct {
		lo, hi float64
		track  int
	}
	placed := make([]span, 0, len(order))
	tracks := 0
	for _, i := range order {
		lo, hi := items[i].span()
		t := 0
		for _, p := range placed {
			if p.lo <= hi+1 && lo <= p.hi+1 {
				t = max(t, p.track+1)
			}
		}
		items[i].track = t
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
func placeIndexed(items []channelItem, order []int) int {
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
	tracks := 0
	for k, i := range order {
		lo, end := index(los[k]), index(ends[k])
		t := max(starts.rangeMax(lo, end), covers.pointMax(lo)) + 1
		items[i].track = t
		starts.pointSet(lo, t)
		covers.rangeSet(lo, end, t)
		tracks = max(tracks, t+1)
	}
	return tracks
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
