package timeline

import (
	"cmp"
	"math"
	"slices"
	"sort"
)

// Outside labels of a timeline lane: a segment too narrow for its label
// gets it above or below the lane, joined to the segment by a vertical
// leader line. Labels stack in rows away from the lane so that no two
// labels overlap and no leader passes through a label.

const (
	labelGapX    = 8 // between labels in a row
	leaderMargin = 2 // between a leader and a label it passes
)

// sideLabel asks for an outside label: its anchor x (the centre of the
// segment, where the leader runs) and its width.
type sideLabel struct {
	cx, w float64
}

// sidePlace is where an outside label went: Above or below the lane, its
// Row counted from the lane outward (0 is next to the lane), and the left
// edge X of its box. The box always reaches its anchor: X <= cx <= X+w.
type sidePlace struct {
	Above bool
	Row   int
	X     float64
}

// placedLabel is a label already placed on one side.
type placedLabel struct {
	row    int
	x0, x1 float64
	cx     float64
}

// edgeRange is a range of forbidden left edges.
type edgeRange struct{ a, b float64 }

// placeSideLabels places outside labels, given in any order, between lo
// and hi (a label wider than that range starts at lo). It returns one
// placement per label, in the order given.
//
// Labels are placed from right to left, or from left to right when that
// needs fewer rows (a crowd at the right end). Each takes the first row, trying
// above then below and moving outward, where its box overlaps no label of
// the row, covers no leader of a label further out, and its own leader
// crosses no label nearer the lane. Within a row the box slides sideways
// as long as it still reaches its anchor; it prefers to be centred on it,
// and avoids covering the anchors of the labels still to place, so that a crowd of tiny segments gets a staircase of
// labels rather than a pile.
func placeSideLabels(reqs []sideLabel, lo, hi float64) []sidePlace {
	best, bestCost := []sidePlace(nil), math.MaxInt
	for _, rightToLeft := range []bool{true, false} {
		places, forced := placeInOrder(reqs, lo, hi, rightToLeft)
		rows := 0
		for _, p := range places {
			rows = max(rows, p.Row+1)
		}
		if cost := forced*1000 + rows; cost < bestCost {
			best, bestCost = places, cost
		}
	}
	return best
}

// placeInOrder places the labels from right to left or from left to
// right, and also returns how many labels could only be placed with a
// leader through another label.
func placeInOrder(reqs []sideLabel, lo, hi float64, rightToLeft bool) ([]sidePlace, int) {
	order := make([]int, len(reqs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		if rightToLeft {
			return reqs[order[a]].cx > reqs[order[b]].cx
		}
		return reqs[order[a]].cx < reqs[order[b]].cx
	})
	out := make([]sidePlace, len(reqs))
	forced := 0
	var sides [2][]placedLabel // 0 above, 1 below
	for k, i := range order {
		r := reqs[i]
		var pending []float64
		for _, j := range order[k+1:] {
			pending = append(pending, reqs[j].cx)
		}
		// The rows worth trying on each side: none past the outermost used
		// row plus one (those are all alike), and none past a label that
		// covers the anchor (the leader would cross it).
		var limit [2]int
		for s := range sides {
			limit[s] = outermost(sides[s]) + 1
			for _, p := range sides[s] {
				if r.cx > p.x0-leaderMargin && r.cx < p.x1+leaderMargin {
					limit[s] = min(limit[s], p.row)
				}
			}
		}
		placed := false
		for _, strict := range []bool{true, false} {
			for row := 0; row <= max(limit[0], limit[1]) && !placed; row++ {
				for s := 0; s < 2 && !placed; s++ {
					if row > limit[s] {
						continue
					}
					avoid := pending
					if !strict {
						avoid = nil
					}
					if x, ok := fitInRow(sides[s], row, r, avoid, lo, hi); ok {
						sides[s] = append(sides[s], placedLabel{row, x, x + r.w, r.cx})
						out[i] = sidePlace{Above: s == 0, Row: row, X: x}
						placed = true
					}
				}
			}
		}
		if !placed {
			// Every row is blocked by a label over the anchor: go one row
			// beyond the outermost label above.
			forced++
			row := outermost(sides[0]) + 1
			x := clampLabel(r.cx-r.w/2, r.w, lo, hi)
			sides[0] = append(sides[0], placedLabel{row, x, x + r.w, r.cx})
			out[i] = sidePlace{Above: true, Row: row, X: x}
		}
	}
	return out, forced
}

// fitInRow returns the left edge nearest to centred at which label r fits
// in the given row of one side, or false. avoid lists anchors the box
// should not cover.
func fitInRow(side []placedLabel, row int, r sideLabel, avoid []float64, lo, hi float64) (float64, bool) {
	// The leader runs from the lane to this row: no label nearer the lane
	// may cover it.
	for _, p := range side {
		if p.row < row && r.cx > p.x0-leaderMargin && r.cx < p.x1+leaderMargin {
			return 0, false
		}
	}
	// The box must reach its anchor and stay between lo and hi.
	minX := max(r.cx-r.w, lo)
	maxX := min(r.cx, hi-r.w)
	want := clampLabel(r.cx-r.w/2, r.w, lo, hi)
	if minX > maxX {
		// The anchor is too near an end of the range: keep the label
		// inside the range instead.
		minX, maxX = want, want
	}
	// Forbidden left edges that reach [minX, maxX]: next to a label of
	// the row, over a leader of a label further out, over an anchor to
	// avoid.
	var merged []edgeRange
	forbid := func(a, b float64) {
		if b > minX && a < maxX {
			merged = append(merged, edgeRange{a, b})
		}
	}
	for _, p := range side {
		switch {
		case p.row == row:
			forbid(p.x0-r.w-labelGapX, p.x1+labelGapX)
		case p.row > row:
			forbid(p.cx-r.w-leaderMargin, p.cx+leaderMargin)
		}
	}
	for _, a := range avoid {
		forbid(a-r.w-leaderMargin, a+leaderMargin)
	}
	// Merge them, then take the allowed edge nearest to want: want itself,
	// or the end of a forbidden range.
	slices.SortFunc(merged, func(x, y edgeRange) int { return cmp.Compare(x.a, y.a) })
	k := 0
	for _, e := range merged {
		if k > 0 && e.a < merged[k-1].b {
			merged[k-1].b = max(merged[k-1].b, e.b)
			continue
		}
		merged[k] = e
		k++
	}
	merged = merged[:k]
	allowed := func(x float64) bool {
		i := sort.Search(len(merged), func(i int) bool { return merged[i].b-1e-9 > x })
		return i == len(merged) || !(x > merged[i].a+1e-9)
	}
	cands := []float64{want, minX, maxX}
	for _, e := range merged {
		cands = append(cands, e.a, e.b)
	}
	best, found := 0.0, false
	for _, x := range cands {
		x = math.Max(minX, math.Min(maxX, x))
		if allowed(x) && (!found || math.Abs(x-want) < math.Abs(best-want)) {
			best, found = x, true
		}
	}
	return best, found
}

// outermost returns the outermost row used on a side, or -1.
func outermost(side []placedLabel) int {
	row := -1
	for _, p := range side {
		row = max(row, p.row)
	}
	return row
}

// clampLabel keeps a box of width w starting at x between lo and hi, or
// starts it at lo when it is wider than the range.
func clampLabel(x, w, lo, hi float64) float64 {
	if w >= hi-lo {
		return lo
	}
	return math.Max(lo, math.Min(hi-w, x))
}
