package layered

// Crossing counting between two adjacent ranks with the accumulator tree of
// Barth, Jünger and Mutzel, "Simple and efficient bilayer cross counting"
// (JGAA 8(2), 2004): the edges sorted by upper then lower position form a
// sequence of lower positions whose inversions are the crossings; a
// complete binary tree over the lower positions counts them in
// O(|E| log |V|).

// crossCounter holds scratch space reused across counts.
type crossCounter struct {
	tree  []int
	south []int
}

// count returns the crossings between rank r and rank r+1 in the order
// given by pos.
func (cc *crossCounter) count(l *lay, upper, lower []int, pos []int) int {
	if len(upper) == 0 || len(lower) == 0 {
		return 0
	}
	cc.south = cc.south[:0]
	for _, u := range upper {
		start := len(cc.south)
		for _, v := range l.down[u] {
			cc.south = append(cc.south, pos[v])
		}
		// Few edges per node: insertion sort.
		s := cc.south[start:]
		for i := 1; i < len(s); i++ {
			for j := i; j > 0 && s[j] < s[j-1]; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
	}
	first := 1
	for first < len(lower) {
		first *= 2
	}
	size := 2*first - 1
	first--
	if cap(cc.tree) < size {
		cc.tree = make([]int, size)
	}
	tree := cc.tree[:size]
	clear(tree)
	crossings := 0
	for _, p := range cc.south {
		i := p + first
		tree[i]++
		for i > 0 {
			if i%2 == 1 {
				crossings += tree[i+1]
			}
			i = (i - 1) / 2
			tree[i]++
		}
	}
	return crossings
}

// totalCrossings counts the crossings of the whole order.
func (l *lay) totalCrossings(cc *crossCounter, order [][]int, pos []int) int {
	total := 0
	for r := 0; r+1 < len(order); r++ {
		total += cc.count(l, order[r], order[r+1], pos)
	}
	return total
}
