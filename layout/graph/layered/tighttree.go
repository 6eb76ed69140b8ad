package layered

import "container/heap"

// tightTree grows a feasible spanning tree of tight arcs over a component
// the way dot (since Graphviz 2.40) does, in O(n log n) arc scans rather
// than the O(n²) of growing one tree: every vertex not yet in a tree
// starts a tree of the tight arcs around it; then, smallest tree first,
// each tree is shifted by the least slack of the arcs that leave it to
// make that arc tight, and joins the tree at its other end. A vertex is
// scanned only when its tree is the smaller of two being joined, so at
// most log n times. It reports whether the tree is complete (false when
// the work budget ran out, leaving a feasible ranking).
func (s *simplex) tightTree(comp []int) bool {
	if len(comp) == 0 {
		return true
	}
	const none = -1
	tree := make([]int, s.n) // tree id by vertex, for vertices of comp
	for i := range tree {
		tree[i] = none
	}
	var trees []*subtree
	var stack []int
	addArc := func(a int) {
		s.inTree[a] = true
		s.treeIndex[a] = len(s.treeArcs)
		s.treeArcs = append(s.treeArcs, a)
		s.treeOut[s.arcs[a].tail] = append(s.treeOut[s.arcs[a].tail], a)
		s.treeIn[s.arcs[a].head] = append(s.treeIn[s.arcs[a].head], a)
	}
	for _, root := range comp {
		if tree[root] != none {
			continue
		}
		t := &subtree{id: len(trees)}
		trees = append(trees, t)
		tree[root] = t.id
		stack = append(stack[:0], root)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			t.members = append(t.members, u)
			s.work += 1 + len(s.out[u]) + len(s.in[u])
			for _, a := range s.out[u] {
				if h := s.arcs[a].head; tree[h] == none && s.slack(a) == 0 {
					tree[h] = t.id
					addArc(a)
					stack = append(stack, h)
				}
			}
			for _, a := range s.in[u] {
				if tl := s.arcs[a].tail; tree[tl] == none && s.slack(a) == 0 {
					tree[tl] = t.id
					addArc(a)
					stack = append(stack, tl)
				}
			}
		}
	}
	// find follows merged trees to the one that holds them now.
	parent := make([]int, len(trees))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	h := make(subtreeHeap, len(trees))
	copy(h, trees)
	for i, t := range h {
		t.index = i
	}
	heap.Init(&h)
	for h.Len() > 1 {
		if s.spent() {
			return false
		}
		t0 := heap.Pop(&h).(*subtree)
		// The arc of least slack between t0 and another tree.
		best, bestSlack := -1, 0
		for _, u := range t0.members {
			s.work += 1 + len(s.out[u]) + len(s.in[u])
			for _, a := range s.out[u] {
				if find(tree[s.arcs[a].head]) != t0.id {
					if sl := s.slack(a); best < 0 || sl < bestSlack {
						best, bestSlack = a, sl
					}
				}
			}
			for _, a := range s.in[u] {
				if find(tree[s.arcs[a].tail]) != t0.id {
					if sl := s.slack(a); best < 0 || sl < bestSlack {
						best, bestSlack = a, sl
					}
				}
			}
		}
		if best < 0 {
			return false // not connected: never for a component
		}
		delta := bestSlack
		other := s.arcs[best].head
		if find(tree[other]) == t0.id {
			delta, other = -delta, s.arcs[best].tail
		}
		for _, u := range t0.members {
			s.rank[u] += delta
		}
		s.work += len(t0.members)
		addArc(best)
		t1 := trees[find(tree[other])]
		// Join the smaller member list into the larger one's tree.
		parent[t0.id] = t1.id
		t1.members = append(t1.members, t0.members...)
		t0.members = nil
		heap.Fix(&h, t1.index)
	}
	return true
}

// subtree is a tree of tight arcs being grown by tightTree.
type subtree struct {
	id, index int
	members   []int
}

// subtreeHeap orders trees by size, then by id, so that the smallest is
// joined first and the order never depends on anything else.
type subtreeHeap []*subtree

func (h subtreeHeap) Len() int { return len(h) }
func (h subtreeHeap) Less(i, j int) bool {
	if len(h[i].members) != len(h[j].members) {
		return len(h[i].members) < len(h[j].members)
	}
	return h[i].id < h[j].id
}
func (h subtreeHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *subtreeHeap) Push(x any) {
	t := x.(*subtree)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *subtreeHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}
