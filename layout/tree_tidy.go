package layout

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
// wide neighbour's narrow top. Roots are placed like the children of an
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
func pack(kids []*tidyNode, sep float64) ([]float64, []span) {
	offsets := make([]float64, len(kids))
	var acc []span
	for i, k := range kids {
		c := subtree(k, sep)
		shift := 0.0
		if i > 0 {
			first := true
			for d := 0; d < len(c) && d < len(acc); d++ {
				need := acc[d].hi + sep - c[d].lo
				if first || need > shift {
					shift, first = need, false
				}
			}
		}
		offsets[i] = shift
		for d, s := range c {
			s = span{s.lo + shift, s.hi + shift}
			if d < len(acc) {
				acc[d] = span{min(acc[d].lo, s.lo), max(acc[d].hi, s.hi)}
			} else {
				acc = append(acc, s)
			}
		}
	}
	return offsets, acc
}
