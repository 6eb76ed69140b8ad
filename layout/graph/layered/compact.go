package layered

import "math"

// Group boxes and final separations. Every separation in a rank, and every
// group box, is a difference constraint x[to] >= x[from] + d over the node
// centres and the left and right sides of every group box (the "cluster
// boundary nodes" of dot, after Gansner et al. 1993, section 4.2). Sibling
// groups keep one order in every rank (order.go), so the constraints form a
// directed acyclic graph; one pass in topological order moves each node
// right of its Brandes–Köpf position only as far as the constraints demand,
// and a backward pass draws the left sides of the group boxes in tight.

type constraint struct {
	to int
	d  float64
}

// constraintGraph is the difference constraints over the node centres
// and the group sides: succ[from] lists x[to] >= x[from] + d. Vertices
// [0, n) are the nodes, n+2c and n+2c+1 the left and right side of group c.
type constraintGraph struct {
	n, nv int
	succ  [][]constraint
	indeg []int
}

func (cg *constraintGraph) left(c int) int  { return cg.n + 2*c }
func (cg *constraintGraph) right(c int) int { return cg.n + 2*c + 1 }

// constraints builds the separations of every rank and the group boxes.
func (l *lay) constraints() *constraintGraph {
	n, ng := len(l.nodes), len(l.g.Groups)
	nv := n + 2*ng
	cg := &constraintGraph{n: n, nv: nv, succ: make([][]constraint, nv), indeg: make([]int, nv)}
	L, R := cg.left, cg.right
	// The constraints are collected in order and then laid out in one
	// array, each vertex's in the order they were added.
	type pending struct {
		from int
		c    constraint
	}
	all := make([]pending, 0, 3*n+4*ng)
	add := func(from, to int, d float64) {
		all = append(all, pending{from, constraint{to, d}})
		cg.indeg[to]++
	}
	pad := l.opt.GroupPad
	for _, rank := range l.ranks {
		for i := 1; i < len(rank); i++ {
			a, b := rank[i-1], rank[i]
			ca, cb := l.nodes[a].cluster, l.nodes[b].cluster
			if ca == cb {
				add(a, b, l.separation(a, b))
				continue
			}
			c := l.lca(ca, cb)
			from, to := a, b
			d := l.groupGap() + l.flatGap(a, b)
			if oa := l.childToward(c, ca); oa >= 0 {
				from = R(oa)
			} else {
				d += l.nodes[a].right
			}
			if ob := l.childToward(c, cb); ob >= 0 {
				to = L(ob)
			} else {
				d += l.nodes[b].left
			}
			add(from, to, d)
		}
	}
	// With titles across, a group's left side holds its title column.
	thick := func(c int) float64 {
		if l.titleAcross {
			return l.size.titleW[c]
		}
		return 0
	}
	for v, nd := range l.nodes {
		if c := nd.cluster; c >= 0 {
			add(L(c), v, pad+thick(c)+nd.left)
			add(v, R(c), nd.right+pad)
		}
	}
	for c, gr := range l.g.Groups {
		if p := gr.Parent; p >= 0 {
			add(L(p), L(c), pad+thick(p))
			add(R(c), R(p), pad)
		}
		add(L(c), R(c), l.size.titleW[c]+2*pad)
	}
	count := make([]int, nv)
	for _, p := range all {
		count[p.from]++
	}
	buf := make([]constraint, len(all))
	off := 0
	for v := range nv {
		if count[v] > 0 {
			cg.succ[v] = buf[off : off : off+count[v]]
			off += count[v]
		}
	}
	for _, p := range all {
		cg.succ[p.from] = append(cg.succ[p.from], p.c)
	}
	return cg
}

// compactGroups enforces the separations and computes l.groupL, l.groupR.
func (l *lay) compactGroups() {
	n, ng := len(l.nodes), len(l.g.Groups)
	cg := l.constraints()
	nv, succ, indeg := cg.nv, cg.succ, cg.indeg
	L, R := cg.left, cg.right
	x := make([]float64, nv)
	for v := range nv {
		x[v] = math.Inf(-1)
		if v < n {
			x[v] = l.x[v]
		}
	}
	order := make([]int, 0, nv)
	for v := range nv {
		if indeg[v] == 0 {
			order = append(order, v)
		}
	}
	done := make([]bool, nv)
	for i := 0; len(order) < nv || i < len(order); i++ {
		if i == len(order) {
			// A cycle (never expected): release the first node left.
			for v := range nv {
				if !done[v] && indeg[v] > 0 {
					indeg[v] = 0
					order = append(order, v)
					break
				}
			}
		}
		u := order[i]
		done[u] = true
		for _, c := range succ[u] {
			x[c.to] = max(x[c.to], x[u]+c.d)
			indeg[c.to]--
			if indeg[c.to] == 0 {
				order = append(order, c.to)
			}
		}
	}
	// Pull the left sides of group boxes in tight to what they hold, and
	// nodes without edges up to their right neighbour, so that pushing a
	// group right leaves no gap behind.
	for i := len(order) - 1; i >= 0; i-- {
		u := order[i]
		if u < n {
			if len(l.up[u]) > 0 || len(l.down[u]) > 0 {
				continue
			}
		} else if (u-n)%2 == 1 {
			continue
		}
		lim := math.Inf(1)
		for _, c := range succ[u] {
			lim = min(lim, x[c.to]-c.d)
		}
		if !math.IsInf(lim, 1) {
			x[u] = max(x[u], lim)
		}
	}
	copy(l.x, x[:n])
	l.groupL = make([]float64, ng)
	l.groupR = make([]float64, ng)
	for c := range ng {
		l.groupL[c], l.groupR[c] = x[L(c)], x[R(c)]
	}
}
