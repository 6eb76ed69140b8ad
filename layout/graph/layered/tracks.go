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
	tracks := 0
	for k, i := range order {
		lo, hi := items[i].span()
		t := 0
		for _, j := range order[:k] {
			jlo, jhi := items[j].span()
			if jlo <= hi+1 && lo <= jhi+1 {
				t = max(t, items[j].track+1)
			}
		}
		items[i].track = t
		tracks = max(tracks, t+1)
	}
	return tracks
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
