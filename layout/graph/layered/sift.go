package layered

// Sifting (Matuszewski, Schönfeld and Molitor, "Using sifting for k-layer
// straightline crossing minimization", GD 1999): each node in turn leaves
// its place and goes to the place in its rank where its edges cross
// least, the others keeping their order. With groups, a node moves among
// the blocks of its own group (the nodes directly in it, and each child
// group's nodes as one block), so groups stay contiguous. The change of
// crossings is counted as the node passes each block, from the crossings
// of its edges with the block's on both neighbouring ranks, so a move
// costs no full count.

// siftAll sifts every node of every rank once and reports whether the
// crossings went down.
func (l *lay) siftAll() bool {
	upOne, downOne := l.singles()
	improved := false
	for r := range l.ranks {
		l.siftBuf = append(l.siftBuf[:0], l.ranks[r]...)
		for _, v := range l.siftBuf {
			if len(l.up[v])+len(l.down[v]) == 0 {
				continue
			}
			if l.siftNode(r, v, upOne, downOne) {
				improved = true
			}
		}
	}
	return improved
}

// siftNode moves v within rank r to the place among its group's blocks
// where its edges cross least, when that lowers the crossings.
func (l *lay) siftNode(r, v int, upOne, downOne []int) bool {
	rank := l.ranks[r]
	c := l.nodes[v].cluster
	i := l.pos[v]
	lo, hi := i, i+1
	for lo > 0 && l.inGroup(rank[lo-1], c) {
		lo--
	}
	for hi < len(rank) && l.inGroup(rank[hi], c) {
		hi++
	}
	// Left of v: the change when v passes each block, leftward.
	best, bestAt := 0, i
	delta := 0
	for k := i - 1; k >= lo; {
		end := k
		child := l.childToward(c, l.nodes[rank[k]].cluster)
		for child >= 0 && k-1 >= lo && l.childToward(c, l.nodes[rank[k-1]].cluster) == child {
			k--
		}
		for _, w := range rank[k : end+1] {
			c0, c1 := l.pairCrossings(w, v, upOne, downOne)
			delta += c1 - c0
		}
		if delta < best {
			best, bestAt = delta, k
		}
		k--
	}
	delta = 0
	for k := i + 1; k < hi; {
		start := k
		child := l.childToward(c, l.nodes[rank[k]].cluster)
		for child >= 0 && k+1 < hi && l.childToward(c, l.nodes[rank[k+1]].cluster) == child {
			k++
		}
		for _, w := range rank[start : k+1] {
			c0, c1 := l.pairCrossings(v, w, upOne, downOne)
			delta += c1 - c0
		}
		if delta < best {
			best, bestAt = delta, k
		}
		k++
	}
	if bestAt == i {
		return false
	}
	if bestAt < i {
		copy(rank[bestAt+1:i+1], rank[bestAt:i])
	} else {
		copy(rank[i:bestAt], rank[i+1:bestAt+1])
	}
	rank[bestAt] = v
	for k := min(i, bestAt); k <= max(i, bestAt); k++ {
		l.pos[rank[k]] = k
	}
	return true
}

// inGroup reports whether node v lies in group c (at any depth); every
// node lies in the top level, -1.
func (l *lay) inGroup(v, c int) bool {
	if c < 0 {
		return true
	}
	for g := l.nodes[v].cluster; g >= 0; g = l.g.Groups[g].Parent {
		if g == c {
			return true
		}
	}
	return false
}

// pairCrossings returns the crossings between the edges of v and those of
// w, on both neighbouring ranks: c0 with v left of w, c1 with w left of v.
func (l *lay) pairCrossings(v, w int, upOne, downOne []int) (c0, c1 int) {
	if a, b := upOne[v], upOne[w]; a >= 0 && b >= 0 {
		c0, c1 = order2(l.pos[a], l.pos[b])
	} else if a != -1 && b != -1 {
		c0, c1 = l.sides(a, b, l.up[v], l.up[w])
	}
	if a, b := downOne[v], downOne[w]; a >= 0 && b >= 0 {
		d0, d1 := order2(l.pos[a], l.pos[b])
		c0, c1 = c0+d0, c1+d1
	} else if a != -1 && b != -1 {
		d0, d1 := l.sides(a, b, l.down[v], l.down[w])
		c0, c1 = c0+d0, c1+d1
	}
	return c0, c1
}
