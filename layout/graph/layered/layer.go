package layered

// The layered graph: every real node, plus a dummy node wherever an edge
// passes through a rank, a label dummy (of the label's size) in the middle
// rank of every labelled edge, and filler nodes that give a group a member
// in every rank it spans. Ranking (rank.go) works on real nodes, with
// same-rank sets merged into one vertex and group ends expanded into arcs to
// every member; the label of an edge doubles its least length, so that its
// label dummy always has a rank of its own between the ends, as dot does.

type nodeKind uint8

const (
	kindReal   nodeKind = iota // an input node, or a stand-in box for an empty group
	kindDummy                  // an edge passing through a rank
	kindLabel                  // an edge passing through a rank with its label
	kindFiller                 // keeps a group present in a rank
)

// lnode is a node of the layered graph.
type lnode struct {
	kind nodeKind
	// orig is the input node (kindReal, -1 for an empty group's stand-in),
	// the edge (kindDummy, kindLabel) or the group (kindFiller).
	orig    int
	cluster int // innermost group, -1 for none
	rank    int
	// left and right are the extents from the node's x (its box centre);
	// h is its height.
	left, right, h float64
}

// chainKind tells how an edge is drawn.
type chainKind uint8

const (
	chainNormal chainKind = iota // from a rank to a later one
	chainFlat                    // between two nodes of one rank
	chainLoop                    // from a node to itself
)

// chain is an edge's way through the layered graph.
type chain struct {
	kind chainKind
	// nodes runs from the upper end to the lower end (for flat edges, the
	// two ends; for loops, the node).
	nodes []int
	// reversed: the edge goes from the lower end to the upper end.
	reversed bool
	// label is the label dummy, or -1.
	label int
	// loopIndex numbers a node's self-loops from 0.
	loopIndex int
	// straight: a flat edge drawn straight across to its neighbour.
	straight bool
}

// sizes of the input in layout space ("down"): for right and left, widths and
// heights are swapped.
type sized struct {
	nodeW, nodeH   []float64
	labelW, labelH []float64
	titleW, titleH []float64
}

func sizesFor(g *Graph, horizontal bool) sized {
	var s sized
	for _, n := range g.Nodes {
		w, h := n.W, n.H
		if horizontal {
			w, h = h, w
		}
		s.nodeW = append(s.nodeW, w)
		s.nodeH = append(s.nodeH, h)
	}
	for _, e := range g.Edges {
		w, h := e.LabelW, e.LabelH
		if horizontal {
			w, h = h, w
		}
		s.labelW = append(s.labelW, w)
		s.labelH = append(s.labelH, h)
	}
	for _, gr := range g.Groups {
		w, h := gr.TitleW, gr.TitleH
		if horizontal {
			w, h = h, w
		}
		s.titleW = append(s.titleW, w)
		s.titleH = append(s.titleH, h)
	}
	return s
}

func hasLabel(w, h float64) bool { return w > 0 || h > 0 }

// rankGraph ranks the real nodes (input nodes first, then one stand-in per
// empty group) and returns each one's rank.
func (l *lay) rankGraph() []int {
	n := l.realN
	// Same-rank sets become one vertex.
	uf := make([]int, n)
	for i := range uf {
		uf[i] = i
	}
	var find func(int) int
	find = func(v int) int {
		for uf[v] != v {
			uf[v] = uf[uf[v]]
			v = uf[v]
		}
		return v
	}
	for _, set := range l.g.SameRank {
		for i := 1; i < len(set); i++ {
			a, b := find(set[0]), find(set[i])
			if a != b {
				if a < b {
					uf[b] = a
				} else {
					uf[a] = b
				}
			}
		}
	}
	var arcs []arc
	addArc := func(s, t, minLen, weight int) {
		s, t = find(s), find(t)
		if s != t {
			arcs = append(arcs, arc{tail: s, head: t, minLen: minLen, weight: weight})
		}
	}
	for i, e := range l.g.Edges {
		minLen := min(max(e.MinLen, 1), MaxMinLen)
		if hasLabel(l.size.labelW[i], l.size.labelH[i]) {
			minLen *= 2
		}
		from, to := l.endMembers(e.From), l.endMembers(e.To)
		if len(from) == 1 && len(to) == 1 {
			addArc(from[0], to[0], minLen, 1)
			continue
		}
		// A group end: every member keeps its distance; the first members
		// pull together.
		if len(from)*len(to) <= 400 {
			for _, s := range from {
				for _, t := range to {
					addArc(s, t, minLen, 0)
				}
			}
		} else {
			for _, s := range from {
				addArc(s, to[0], minLen, 0)
			}
			for _, t := range to {
				addArc(from[0], t, minLen, 0)
			}
		}
		addArc(from[0], to[0], minLen, 1)
	}
	rev := feedbackArcs(n, arcs)
	for i := range arcs {
		if rev[i] {
			arcs[i].tail, arcs[i].head = arcs[i].head, arcs[i].tail
		}
	}
	vrank := rankNodes(n, arcs)
	rank := make([]int, n)
	for v := range n {
		rank[v] = vrank[find(v)]
	}
	// Components were ranked apart; shift so the least rank is 0.
	lo := 0
	for i, r := range rank {
		if i == 0 || r < lo {
			lo = r
		}
	}
	for i := range rank {
		rank[i] -= lo
	}
	return rank
}

// endMembers returns the real nodes an edge end stands for: the node, or
// every node inside the group (its stand-in when it has none).
func (l *lay) endMembers(e End) []int {
	if !e.IsGroup() {
		return []int{e.Node}
	}
	return l.groupMembers[e.Group]
}

// pickEnds chooses the real nodes an edge is drawn between: for a group
// end, the member nearest the other end in rank.
func (l *lay) pickEnds(e Edge, rank []int) (from, to int) {
	pick := func(set []int, lowest bool) int {
		best := set[0]
		for _, v := range set[1:] {
			if (lowest && rank[v] < rank[best]) || (!lowest && rank[v] > rank[best]) {
				best = v
			}
		}
		return best
	}
	fs, ts := l.endMembers(e.From), l.endMembers(e.To)
	from, to = pick(fs, false), pick(ts, true)
	if rank[from] > rank[to] {
		from, to = pick(fs, true), pick(ts, false)
	}
	return from, to
}

// buildLayers creates the layered graph from the ranks of the real nodes.
func (l *lay) buildLayers(rank []int) {
	loops := make([][]int, l.realN) // self-loop edges by node
	l.chains = make([]chain, len(l.g.Edges))
	type ends struct{ from, to int }
	picked := make([]ends, len(l.g.Edges))
	for i, e := range l.g.Edges {
		f, t := l.pickEnds(e, rank)
		picked[i] = ends{f, t}
		if f == t {
			loops[f] = append(loops[f], i)
		}
	}
	// Real nodes, with room on the right for self-loops and their labels.
	l.nodes = make([]lnode, 0, l.realN*2)
	l.loopStep = max(l.opt.EdgeSep, 6)
	for v := range l.realN {
		w, h := l.realW[v], l.realH[v]
		n := lnode{kind: kindReal, orig: v, cluster: l.realCluster[v], rank: rank[v], left: w / 2, right: w / 2, h: h}
		if v >= len(l.g.Nodes) {
			n.orig = -1
		}
		if k := len(loops[v]); k > 0 {
			extra := float64(k) * l.loopStep
			labW, labH := 0.0, 0.0
			for _, e := range loops[v] {
				if hasLabel(l.size.labelW[e], l.size.labelH[e]) {
					labW = max(labW, l.size.labelW[e])
					labH += l.size.labelH[e]
				}
			}
			if labW > 0 {
				extra += 4 + labW
			}
			n.right += extra
			n.h = max(h, labH)
		}
		l.nodes = append(l.nodes, n)
	}
	for v, es := range loops {
		for k, e := range es {
			l.chains[e] = chain{kind: chainLoop, nodes: []int{v}, label: -1, loopIndex: k}
		}
	}
	for i := range l.g.Edges {
		f, t := picked[i].from, picked[i].to
		if f == t {
			continue
		}
		c := chain{label: -1}
		switch {
		case rank[f] == rank[t]:
			c.kind = chainFlat
			c.nodes = []int{f, t}
		default:
			top, bottom := f, t
			if rank[f] > rank[t] {
				top, bottom = t, f
				c.reversed = true
			}
			cl := l.lca(l.nodes[top].cluster, l.nodes[bottom].cluster)
			c.nodes = append(c.nodes, top)
			labelled := hasLabel(l.size.labelW[i], l.size.labelH[i])
			mid := (rank[top] + rank[bottom]) / 2
			for r := rank[top] + 1; r < rank[bottom]; r++ {
				d := lnode{kind: kindDummy, orig: i, cluster: cl, rank: r}
				if labelled && r == mid {
					d.kind = kindLabel
					d.left = l.size.labelW[i] / 2
					d.right = l.size.labelW[i] / 2
					d.h = l.size.labelH[i]
					c.label = len(l.nodes)
				}
				c.nodes = append(c.nodes, len(l.nodes))
				l.nodes = append(l.nodes, d)
			}
			c.nodes = append(c.nodes, bottom)
		}
		l.chains[i] = c
	}
	l.addFillers()
	// Ranks and adjacency.
	maxRank := 0
	for _, n := range l.nodes {
		maxRank = max(maxRank, n.rank)
	}
	l.ranks = make([][]int, maxRank+1)
	l.up = make([][]int, len(l.nodes))
	l.down = make([][]int, len(l.nodes))
	for _, c := range l.chains {
		if c.kind != chainNormal {
			continue
		}
		for k := 1; k < len(c.nodes); k++ {
			a, b := c.nodes[k-1], c.nodes[k]
			l.down[a] = append(l.down[a], b)
			l.up[b] = append(l.up[b], a)
		}
	}
}

// addFillers gives every group a node in each rank between its first and
// last, so that its box never spans a rank without holding it.
func (l *lay) addFillers() {
	ng := len(l.g.Groups)
	if ng == 0 {
		return
	}
	lo := make([]int, ng)
	hi := make([]int, ng)
	for i := range lo {
		lo[i], hi[i] = -1, -1
	}
	for _, n := range l.nodes {
		for c := n.cluster; c >= 0; c = l.g.Groups[c].Parent {
			if lo[c] < 0 || n.rank < lo[c] {
				lo[c] = n.rank
			}
			hi[c] = max(hi[c], n.rank)
		}
	}
	present := make([][]bool, ng)
	for c := range ng {
		if lo[c] >= 0 {
			present[c] = make([]bool, hi[c]-lo[c]+1)
		}
	}
	for _, n := range l.nodes {
		for c := n.cluster; c >= 0; c = l.g.Groups[c].Parent {
			present[c][n.rank-lo[c]] = true
		}
	}
	// Fill innermost groups first: a filler also counts for the ancestors.
	for _, c := range l.groupsDeepestFirst() {
		if lo[c] < 0 {
			continue
		}
		for r := lo[c]; r <= hi[c]; r++ {
			if present[c][r-lo[c]] {
				continue
			}
			l.nodes = append(l.nodes, lnode{kind: kindFiller, orig: c, cluster: c, rank: r})
			for p := c; p >= 0; p = l.g.Groups[p].Parent {
				present[p][r-lo[p]] = true
			}
		}
	}
}

// groupsDeepestFirst lists the groups by decreasing depth, then index.
func (l *lay) groupsDeepestFirst() []int {
	var out []int
	maxDepth := 0
	for _, d := range l.depth {
		maxDepth = max(maxDepth, d)
	}
	for d := maxDepth; d >= 1; d-- {
		for c := range l.g.Groups {
			if l.depth[c] == d {
				out = append(out, c)
			}
		}
	}
	return out
}

// lca returns the innermost group holding both groups a and b (-1 for the
// top level).
func (l *lay) lca(a, b int) int {
	for a >= 0 && b >= 0 && a != b {
		if l.depth[a] >= l.depth[b] {
			a = l.g.Groups[a].Parent
		} else {
			b = l.g.Groups[b].Parent
		}
	}
	if a < 0 || b < 0 {
		return -1
	}
	return a
}

// childToward returns the child of group c (c may be -1) on the way down to
// group d, or -1 when d is c itself.
func (l *lay) childToward(c, d int) int {
	for d >= 0 {
		p := l.g.Groups[d].Parent
		if p == c {
			return d
		}
		d = p
	}
	return -1
}
