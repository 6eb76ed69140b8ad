package tree

import "math"

// tidyNode is a node of the tidy-tree placement: its extent along the
// breadth axis (the axis siblings are spread on) and its children. tidy
// fills X, the centre of the node on that axis.
type tidyNode struct {
	Size float64
	Kids []*tidyNode
	X    float64

	rel float64 // centre relative to the parent's centre
}

// span is the extent of a subtree on one level, relative to the subtree
// root's centre.
type span struct{ lo, hi float64 }

// tidy places a forest with the Reingold–Tilford algorithm ("Tidier
// Drawings of Trees", E. M. Reingold and J. S. Tilford, IEEE Transactions
// on Software Engineering, 1981), extended to nodes of different sizes:
// every subtree is laid out on its own, then its children's subtrees are
// pushed together from left to right until, on every level they share,
// they are sep apart, and the parent is centred over its first and last
// child. The contour of a subtree (its leftmost and rightmost extent on
// each level) is what the push compares, so a small subtree tucks under a
// wide neighbour's narrow top (see pack for how smaller siblings between
// wide ones are spread). Roots are placed like the children of an
// invisible parent. The leftmost extent of the result is at 0; tidy
// returns the total width.
func tidy(roots []*tidyNode, sep float64) float64 {
	if len(roots) == 0 {
		return 0
	}
	offsets, contour := pack(roots, sep)
	lo := 0.0
	for i, s := range contour {
		if i == 0 || s.lo < lo {
			lo = s.lo
		}
	}
	hi := lo
	for _, s := range contour {
		hi = max(hi, s.hi)
	}
	for i, r := range roots {
		place(r, offsets[i]-lo)
	}
	return hi - lo
}

// place turns relative centres into absolute ones.
func place(n *tidyNode, x float64) {
	n.X = x
	for _, k := range n.Kids {
		place(k, x+k.rel)
	}
}

// subtree lays out n's subtree and returns its contour relative to n's
// centre, level by level from n's own level down.
func subtree(n *tidyNode, sep float64) []span {
	own := span{-n.Size / 2, n.Size / 2}
	if len(n.Kids) == 0 {
		return []span{own}
	}
	offsets, kids := pack(n.Kids, sep)
	centre := (offsets[0] + offsets[len(offsets)-1]) / 2
	out := make([]span, 0, len(kids)+1)
	out = append(out, own)
	for _, s := range kids {
		out = append(out, span{s.lo - centre, s.hi - centre})
	}
	for i, k := range n.Kids {
		k.rel = offsets[i] - centre
	}
	return out
}

// pack lays out sibling subtrees left to right, each as close to the ones
// before as their contours allow, and returns each sibling's centre
// (relative to the first one's) and the merged contour.
//
// When a subtree is pushed right by one that is not its left neighbour,
// the smaller subtrees in between would all sit against the left one; as
// in Walker's improvement of the algorithm ("A node-positioning algorithm
// for general trees", J. Q. Walker II, Software—Practice and Experience,
// 1990), they are spread evenly over the room instead, as far as their own
// contours allow.
func pack(kids []*tidyNode, sep float64) ([]float64, []span) {
	offsets := make([]float64, len(kids))
	contours := make([][]span, len(kids))
	var acc []span
	var owner []int // the sibling whose right side is acc's, level by level
	for i, k := range kids {
		c := subtree(k, sep)
		contours[i] = c
		shift, binding := 0.0, -1
		if i > 0 {
			for d := 0; d < len(c) && d < len(acc); d++ {
				if need := acc[d].hi + sep - c[d].lo; binding < 0 || need > shift {
					shift, binding = need, owner[d]
				}
			}
		}
		offsets[i] = shift
		if binding >= 0 && binding < i-1 {
			spread(offsets, contours, binding, i, sep)
			acc, owner = merge(offsets[:i+1], contours[:i+1])
			continue
		}
		for d, s := range c {
			s = span{s.lo + shift, s.hi + shift}
			switch {
			case d >= len(acc):
				acc, owner = append(acc, s), append(owner, i)
			default:
				if s.hi >= acc[d].hi {
					owner[d] = i
				}
				acc[d] = span{min(acc[d].lo, s.lo), max(acc[d].hi, s.hi)}
			}
		}
	}
	return offsets, acc
}

// spread moves the siblings between k and i to the right, so that the
// room subtree i was pushed by beyond what its nearer siblings need is
// shared out evenly between them. No sibling moves closer to one on its
// right than sep on any level.
func spread(offsets []float64, contours [][]span, k, i int, sep float64) {
	// apart is how far sibling b must be right of sibling a.
	apart := func(a, b int) float64 {
		need, ok := 0.0, false
		for d := 0; d < len(contours[a]) && d < len(contours[b]); d++ {
			if n := contours[a][d].hi + sep - contours[b][d].lo; !ok || n > need {
				need, ok = n, true
			}
		}
		if !ok {
			return math.Inf(-1)
		}
		return need
	}
	natural := math.Inf(-1)
	for j := k + 1; j < i; j++ {
		natural = max(natural, offsets[j]+apart(j, i))
	}
	extra := offsets[i] - natural
	if !(extra > 0) {
		return
	}
	for m := i - 1; m > k; m-- {
		move := extra * float64(m-k) / float64(i-k)
		for j := m + 1; j <= i; j++ {
			move = min(move, offsets[j]-offsets[m]-apart(m, j))
		}
		if move > 0 {
			offsets[m] += move
		}
	}
}

// merge returns the contour of siblings placed at offsets, and which
// sibling gives its right side on each level.
func merge(offsets []float64, contours [][]span) ([]span, []int) {
	var acc []span
	var owner []int
	for i, c := range contours {
		for d, s := range c {
			s = span{s.lo + offsets[i], s.hi + offsets[i]}
			if d >= len(acc) {
				acc, owner = append(acc, s), append(owner, i)
				continue
			}
			if s.hi >= acc[d].hi {
				owner[d] = i
			}
			acc[d] = span{min(acc[d].lo, s.lo), max(acc[d].hi, s.hi)}
		}
	}
	return acc, owner
}
