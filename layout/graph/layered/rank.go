package layered

// Ranking by network simplex, after Gansner, Koutsofios, North and Vo, "A
// technique for drawing directed graphs" (IEEE TSE, 1993), section 2: find a
// feasible ranking by longest path, grow a feasible spanning tree of tight
// edges, then exchange tree edges with negative cut values for non-tree edges
// of least slack until no cut value is negative. Cut values are updated
// incrementally along the tree path between the exchanged edges, and the
// low/lim postorder numbering makes subtree tests O(1), as in dot.
//
// The arcs given must form an acyclic graph (see feedbackArcs); loops are
// ignored. Every connected component is ranked on its own and starts at
// rank 0.

// maxSimplexIterations bounds the exchanges per node: the optimum is almost
// always reached far sooner, and the ranking stays feasible regardless.
const maxSimplexIterations = 40

// rankWork bounds the steps of one ranking, over all its components: the
// nodes and arcs visited while growing the tight tree, computing cut values,
// numbering subtrees, choosing the arcs to exchange and moving ranks. Each
// exchange costs up to a walk of the whole tree, and on some graphs of
// thousands of nodes the exchanges go on for many rounds (a random acyclic
// graph of 5,000 nodes and 10,000 arcs took 220,000 exchanges and 47
// seconds). Every graph of real use is ranked in a small fraction of the
// budget; past it, the ranking reached so far is kept, which is always
// feasible, only not the shortest. The count, not a clock, stops the work,
// so the outcome is the same on every machine.
const rankWork = 20_000_000

type simplex struct {
	n       int
	arcs    []arc
	rank    []int
	out, in [][]int // arc indices by node
	// the spanning tree
	inTree          []bool // by arc
	cut             []int  // cut value by arc
	treeOut, treeIn [][]int
	treeArcs        []int
	treeIndex       []int // by tree arc, its index in treeArcs
	low, lim, par   []int // par: arc to the parent, -1 at the root
	searchStart     int
	// moved marks, with the stamp of the current exchange, the vertices
	// on the tree path that the exchange changed (see update): only their
	// subtrees need numbering again.
	moved []int
	stamp int
	// The search of enterArc: the subtree bounds, the direction, and the
	// best arc found so far with its slack.
	searchLow, searchLim int
	searchOut            bool
	best, bestSlack      int
	stack                []rerankItem // scratch of rerank
	// size is the number of vertices of the component being solved.
	size int
	// work counts the steps taken, against budget (rankWork unless the
	// caller sets another).
	work, budget int
	// coords marks a simplex of coordinates (xsimplex.go): the first
	// feasible tree is built by tightTree instead of feasibleTree, and
	// balanceLR centres what the optimum leaves free.
	coords bool
	// start, when set, is a feasible ranking to start from instead of
	// the longest path.
	start []int
}

// spent reports whether the ranking has used up its budget.
func (s *simplex) spent() bool { return s.work > s.budget }

// rankNodes returns a rank for each of n vertices such that rank[head] -
// rank[tail] >= minLen for every arc, minimising the weighted total length
// within the work budget rankWork.
func rankNodes(n int, arcs []arc) []int {
	return newSimplex(n, arcs).run()
}

// newSimplex prepares the ranking of n vertices joined by arcs.
func newSimplex(n int, arcs []arc) *simplex {
	s := &simplex{n: n, arcs: arcs, rank: make([]int, n), budget: rankWork}
	s.out = make([][]int, n)
	s.in = make([][]int, n)
	for i, a := range arcs {
		if a.tail == a.head {
			continue
		}
		s.out[a.tail] = append(s.out[a.tail], i)
		s.in[a.head] = append(s.in[a.head], i)
	}
	return s
}

// run ranks the vertices, one component after another, and returns the
// ranks.
func (s *simplex) run() []int {
	if s.start != nil {
		copy(s.rank, s.start)
	} else {
		s.initRank()
	}
	s.inTree = make([]bool, len(s.arcs))
	s.treeIndex = make([]int, len(s.arcs))
	s.cut = make([]int, len(s.arcs))
	s.treeOut = make([][]int, s.n)
	s.treeIn = make([][]int, s.n)
	s.low = make([]int, s.n)
	s.lim = make([]int, s.n)
	s.par = make([]int, s.n)
	s.moved = make([]int, s.n)
	for _, comp := range s.components() {
		s.solve(comp)
	}
	return s.rank
}

// components returns the weakly connected components, each in input order.
func (s *simplex) components() [][]int {
	seen := make([]bool, s.n)
	var comps [][]int
	for v := range s.n {
		if seen[v] {
			continue
		}
		comp := []int{v}
		seen[v] = true
		for i := 0; i < len(comp); i++ {
			u := comp[i]
			for _, a := range s.out[u] {
				if h := s.arcs[a].head; !seen[h] {
					seen[h] = true
					comp = append(comp, h)
				}
			}
			for _, a := range s.in[u] {
				if t := s.arcs[a].tail; !seen[t] {
					seen[t] = true
					comp = append(comp, t)
				}
			}
		}
		comps = append(comps, comp)
	}
	return comps
}

// initRank assigns longest-path ranks from the sources.
func (s *simplex) initRank() {
	indeg := make([]int, s.n)
	for v := range s.n {
		indeg[v] = len(s.in[v])
	}
	queue := make([]int, 0, s.n)
	for v := range s.n {
		if indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for i := 0; i < len(queue); i++ {
		u := queue[i]
		for _, a := range s.out[u] {
			h := s.arcs[a].head
			s.rank[h] = max(s.rank[h], s.rank[u]+s.minLen(a))
			indeg[h]--
			if indeg[h] == 0 {
				queue = append(queue, h)
			}
		}
	}
}

func (s *simplex) minLen(a int) int { return s.arcs[a].minLen }

func (s *simplex) slack(a int) int {
	return s.rank[s.arcs[a].head] - s.rank[s.arcs[a].tail] - s.arcs[a].minLen
}

func (s *simplex) solve(comp []int) {
	if len(comp) == 1 {
		s.rank[comp[0]] = 0
		return
	}
	grown := false
	if s.coords {
		grown = s.tightTree(comp)
	} else {
		grown = s.feasibleTree(comp)
	}
	if grown {
		s.improve(comp)
		if s.coords {
			s.balanceLR()
		}
	}
	lo := s.rank[comp[0]]
	for _, v := range comp {
		lo = min(lo, s.rank[v])
	}
	for _, v := range comp {
		s.rank[v] -= lo
	}
}

// improve exchanges arcs of the feasible tree until no cut value is
// negative, the iterations run out or the work budget is spent.
func (s *simplex) improve(comp []int) {
	root := comp[0]
	// Every vertex is numbered afresh the first time.
	s.stamp++
	for _, v := range comp {
		s.moved[v] = s.stamp
	}
	s.dfsRange(root, -1, 1)
	s.size = len(comp)
	s.initCutValues(root)
	limit := maxSimplexIterations * len(comp)
	for iter := 0; iter < limit && !s.spent(); iter++ {
		e := s.leaveArc()
		if e < 0 {
			break
		}
		f := s.enterArc(e)
		if f < 0 {
			break
		}
		s.update(e, f)
	}
}

// balanceLR centres the parts of an optimal solution that may move at no
// cost, as dot's LR_balance does: for every tree arc with cut value 0, the
// subtree on one side moves halfway along the slack of the arc that would
// replace it. Nodes that their edges pull equally both ways end in the
// middle of their room instead of against one side.
func (s *simplex) balanceLR() {
	for _, e := range s.treeArcs {
		if s.spent() {
			return
		}
		if s.cut[e] != 0 {
			continue
		}
		f := s.enterArc(e)
		if f < 0 {
			continue
		}
		delta := s.slack(f)
		if delta <= 1 {
			continue
		}
		if t, h := s.arcs[e].tail, s.arcs[e].head; s.lim[t] < s.lim[h] {
			s.rerank(t, delta/2)
		} else {
			s.rerank(h, -delta/2)
		}
	}
}

// feasibleTree grows a spanning tree of tight arcs over the component,
// shifting the tree's ranks by the least slack whenever it gets stuck. It
// reports whether the tree is complete: it stops early when the work budget
// is spent, leaving a feasible ranking.
func (s *simplex) feasibleTree(comp []int) bool {
	inT := make([]bool, s.n)
	members := []int{comp[0]}
	inT[comp[0]] = true
	add := func(a, v int) {
		s.inTree[a] = true
		s.treeIndex[a] = len(s.treeArcs)
		s.treeArcs = append(s.treeArcs, a)
		s.treeOut[s.arcs[a].tail] = append(s.treeOut[s.arcs[a].tail], a)
		s.treeIn[s.arcs[a].head] = append(s.treeIn[s.arcs[a].head], a)
		inT[v] = true
		members = append(members, v)
	}
	grown := 0 // members[:grown] have had their tight arcs explored
	for {
		for ; grown < len(members); grown++ {
			u := members[grown]
			s.work += 1 + len(s.out[u]) + len(s.in[u])
			for _, a := range s.out[u] {
				if h := s.arcs[a].head; !inT[h] && s.slack(a) == 0 {
					add(a, h)
				}
			}
			for _, a := range s.in[u] {
				if t := s.arcs[a].tail; !inT[t] && s.slack(a) == 0 {
					add(a, t)
				}
			}
		}
		if len(members) == len(comp) {
			return true
		}
		if s.spent() {
			return false
		}
		// The incident arc of least slack; shift the tree to make it tight.
		best, bestSlack := -1, 0
		for _, u := range members {
			s.work += 1 + len(s.out[u]) + len(s.in[u])
			for _, a := range s.out[u] {
				if !inT[s.arcs[a].head] {
					if sl := s.slack(a); best < 0 || sl < bestSlack {
						best, bestSlack = a, sl
					}
				}
			}
			for _, a := range s.in[u] {
				if !inT[s.arcs[a].tail] {
					if sl := s.slack(a); best < 0 || sl < bestSlack {
						best, bestSlack = a, sl
					}
				}
			}
		}
		delta := bestSlack
		if inT[s.arcs[best].head] {
			delta = -delta
		}
		for _, u := range members {
			s.rank[u] += delta
		}
		grown = 0
	}
}

// dfsRange numbers the subtree of v in postorder: low is the least number in
// the subtree and lim the number of v itself.
func (s *simplex) dfsRange(v, parArc, low int) int {
	s.work++
	s.par[v] = parArc
	s.low[v] = low
	lim := low
	for _, a := range s.treeOut[v] {
		if a != parArc {
			lim = s.renumber(s.arcs[a].head, a, lim)
		}
	}
	for _, a := range s.treeIn[v] {
		if a != parArc {
			lim = s.renumber(s.arcs[a].tail, a, lim)
		}
	}
	s.lim[v] = lim
	return lim + 1
}

// renumber numbers the subtree of v below dfsRange. A subtree that the
// last exchange left as it was (v is off the tree path it changed, see
// update) and that hangs from the same arc at the same first number keeps
// its numbers: they would come out the same. Its vertices count as visited
// all the same, so the work, and where the budget stops, do not change.
func (s *simplex) renumber(v, parArc, low int) int {
	if s.moved[v] != s.stamp && s.par[v] == parArc && s.low[v] == low {
		s.work += s.lim[v] - low + 1
		return s.lim[v] + 1
	}
	return s.dfsRange(v, parArc, low)
}

func (s *simplex) initCutValues(v int) {
	for _, a := range s.treeOut[v] {
		if a != s.par[v] {
			s.initCutValues(s.arcs[a].head)
		}
	}
	for _, a := range s.treeIn[v] {
		if a != s.par[v] {
			s.initCutValues(s.arcs[a].tail)
		}
	}
	if s.par[v] >= 0 {
		s.cutValue(s.par[v])
	}
}

// cutValue computes the cut value of tree arc f from those of the tree arcs
// below it (dot's x_cutval).
func (s *simplex) cutValue(f int) {
	var v, dir int
	if t := s.arcs[f].tail; s.par[t] == f {
		v, dir = t, 1
	} else {
		v, dir = s.arcs[f].head, -1
	}
	sum := 0
	s.work += len(s.out[v]) + len(s.in[v])
	for _, a := range s.out[v] {
		sum += s.arcValue(a, v, dir)
	}
	for _, a := range s.in[v] {
		sum += s.arcValue(a, v, dir)
	}
	s.cut[f] = sum
}

func (s *simplex) arcValue(a, v, dir int) int {
	other := s.arcs[a].tail
	if other == v {
		other = s.arcs[a].head
	}
	var rv int
	outside := !(s.low[v] <= s.lim[other] && s.lim[other] <= s.lim[v])
	if outside {
		rv = s.arcs[a].weight
	} else {
		if s.inTree[a] {
			rv = s.cut[a]
		}
		rv -= s.arcs[a].weight
	}
	var d int
	if dir > 0 {
		d = -1
		if s.arcs[a].head == v {
			d = 1
		}
	} else {
		d = -1
		if s.arcs[a].tail == v {
			d = 1
		}
	}
	if outside {
		d = -d
	}
	if d < 0 {
		rv = -rv
	}
	return rv
}

// leaveArc finds a tree arc with a negative cut value, searching cyclically
// and taking the most negative of the first few found.
func (s *simplex) leaveArc() int {
	const searchSize = 30
	f, cnt := -1, 0
	n := len(s.treeArcs)
	if n == 0 {
		return -1
	}
	for k, i := 0, s.searchStart%n; k < n; k, i = k+1, i+1 {
		if i == n {
			i = 0
		}
		s.work++
		a := s.treeArcs[i]
		if s.cut[a] < 0 {
			if f < 0 || s.cut[a] < s.cut[f] {
				f = a
			}
			cnt++
			if cnt >= searchSize {
				s.searchStart = i
				return f
			}
		}
	}
	return f
}

// enterArc finds the non-tree arc of least slack that reconnects the two
// halves of the tree when tree arc e is removed.
func (s *simplex) enterArc(e int) int {
	t, h := s.arcs[e].tail, s.arcs[e].head
	v := h
	s.searchOut = true
	if s.lim[t] < s.lim[h] {
		v, s.searchOut = t, false
	}
	s.best, s.bestSlack = -1, 0
	s.searchLow, s.searchLim = s.low[v], s.lim[v]
	s.search(v)
	return s.best
}

// search looks through the subtree of u, below enterArc, for the arc of
// least slack that leaves the subtree of enterArc's vertex (out of it when
// searchOut is set, into it otherwise), keeping the first of equal slack.
func (s *simplex) search(u int) {
	s.work += 1 + len(s.out[u]) + len(s.in[u])
	lim := s.lim
	if s.searchOut {
		for _, a := range s.out[u] {
			w := s.arcs[a].head
			if !s.inTree[a] {
				if lw := lim[w]; lw < s.searchLow || lw > s.searchLim {
					if sl := s.slack(a); s.best < 0 || sl < s.bestSlack {
						s.best, s.bestSlack = a, sl
					}
				}
			} else if lim[w] < lim[u] {
				s.search(w)
			}
		}
		for _, a := range s.treeIn[u] {
			if w := s.arcs[a].tail; lim[w] < lim[u] {
				s.search(w)
			}
		}
		return
	}
	for _, a := range s.in[u] {
		w := s.arcs[a].tail
		if !s.inTree[a] {
			if lw := lim[w]; lw < s.searchLow || lw > s.searchLim {
				if sl := s.slack(a); s.best < 0 || sl < s.bestSlack {
					s.best, s.bestSlack = a, sl
				}
			}
		} else if lim[w] < lim[u] {
			s.search(w)
		}
	}
	for _, a := range s.treeOut[u] {
		if w := s.arcs[a].head; lim[w] < lim[u] {
			s.search(w)
		}
	}
}

// update exchanges tree arc e for non-tree arc f.
func (s *simplex) update(e, f int) {
	delta := s.slack(f)
	if delta > 0 {
		t, h := s.arcs[e].tail, s.arcs[e].head
		if len(s.treeIn[t])+len(s.treeOut[t]) == 1 {
			s.rerank(t, delta)
		} else if len(s.treeIn[h])+len(s.treeOut[h]) == 1 {
			s.rerank(h, -delta)
		} else if s.lim[t] < s.lim[h] {
			s.rerank(t, delta)
		} else {
			s.rerank(h, -delta)
		}
	}
	cv := s.cut[e]
	s.stamp++
	lca := s.treeUpdate(s.arcs[f].tail, s.arcs[f].head, cv, true)
	s.treeUpdate(s.arcs[f].head, s.arcs[f].tail, cv, false)
	s.cut[f] = -cv
	s.cut[e] = 0
	s.exchange(e, f)
	s.dfsRange(lca, s.par[lca], s.low[lca])
}

// rerankItem is a vertex to move in rerank's walk, with the tree arc it
// was reached by.
type rerankItem struct{ v, from int }

// rerank lowers by delta the ranks of the subtree of v: the side of v's
// parent arc that holds v, or the whole tree at the root. Only differences
// of rank matter until solve sets the least rank of the component to 0, so
// it raises the other side by delta instead when that side is smaller, and
// moves nothing at the root; the work counted is that of the subtree all
// the same, so the budget stops at the same exchange.
func (s *simplex) rerank(v, delta int) {
	p := s.par[v]
	if p < 0 {
		s.work += s.size
		return
	}
	size := s.lim[v] - s.low[v] + 1
	if 2*size > s.size {
		s.work += size
		u := s.arcs[p].tail
		if u == v {
			u = s.arcs[p].head
		}
		s.shift(u, p, -delta)
		return
	}
	s.shift(v, p, delta)
	s.work += size
}

// shift lowers by delta the ranks of the vertices that v reaches in the
// tree without crossing tree arc from.
func (s *simplex) shift(v, from, delta int) {
	type item = rerankItem
	stack := append(s.stack[:0], item{v, from})
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		s.rank[it.v] -= delta
		for _, a := range s.treeOut[it.v] {
			if a != it.from {
				stack = append(stack, item{s.arcs[a].head, a})
			}
		}
		for _, a := range s.treeIn[it.v] {
			if a != it.from {
				stack = append(stack, item{s.arcs[a].tail, a})
			}
		}
	}
	s.stack = stack
}

func (s *simplex) treeUpdate(v, w, cv int, dir bool) int {
	for !(s.low[v] <= s.lim[w] && s.lim[w] <= s.lim[v]) {
		s.work++
		s.moved[v] = s.stamp
		e := s.par[v]
		d := dir
		if v != s.arcs[e].tail {
			d = !dir
		}
		if d {
			s.cut[e] += cv
		} else {
			s.cut[e] -= cv
		}
		if t, h := s.arcs[e].tail, s.arcs[e].head; s.lim[t] > s.lim[h] {
			v = t
		} else {
			v = h
		}
	}
	return v
}

func (s *simplex) exchange(e, f int) {
	remove := func(list []int, a int) []int {
		for i, x := range list {
			if x == a {
				list[i] = list[len(list)-1]
				return list[:len(list)-1]
			}
		}
		return list
	}
	t, h := s.arcs[e].tail, s.arcs[e].head
	s.treeOut[t] = remove(s.treeOut[t], e)
	s.treeIn[h] = remove(s.treeIn[h], e)
	s.inTree[e] = false
	// f takes e's place in treeArcs; the work counted is that of finding
	// the place by a scan from the start.
	i := s.treeIndex[e]
	s.work += i + 1
	s.treeArcs[i] = f
	s.treeIndex[f] = i
	s.inTree[f] = true
	s.treeOut[s.arcs[f].tail] = append(s.treeOut[s.arcs[f].tail], f)
	s.treeIn[s.arcs[f].head] = append(s.treeIn[s.arcs[f].head], f)
}
