package layered

// lay is the working state of one layout, in layout space: ranks run down.
type lay struct {
	g    *Graph
	opt  Options
	size sized
	// Group titles go at the top of the final picture's box, text
	// horizontal. In layout space that is the top of the box going down,
	// the bottom going up (titleAtEnd), and the left side going right or
	// left (titleAcross): there the title is a column as wide as the
	// title's final height, at the box's top (right) or bottom (left, also
	// titleAtEnd) end.
	titleAtEnd, titleAcross bool

	// Real nodes: the input nodes, then one stand-in per empty group.
	realN        int
	realW, realH []float64
	realCentre   []bool // Node.CentrePorts
	realCluster  []int
	groupMembers [][]int // real nodes inside each group (any depth)
	depth        []int   // group depth, 1 at the top level

	nodes    []lnode
	chains   []chain
	ranks    [][]int
	up, down [][]int
	pos      []int
	x        []float64

	// ordered: order constraints apply (constrain.go); listOf holds each
	// real node's places in the order lists.
	ordered bool
	listOf  [][]listPlace
	// togetherSets holds Graph.Together as sets, made on first use.
	togetherSets []map[int]bool
	boxed        bool // group boxes are drawn: alignment pushes nothing
	// spanLo and spanHi are each group's first and last rank, once the
	// boxes are drawn.
	spanLo, spanHi []int

	candidate      []bool // ranks to transpose again
	upOne, downOne []int  // each node's single neighbour above and below (singles)
	pairA, pairB   []int  // scratch for sideCrossings
	keyedBuf       []keyed
	siftBuf        []int
	siftSaved      [][]int
	bs             *blockScratch // scratch for sorting the tree of blocks
	slotBuf        []int
	loopStep       float64
	flatLabelGap   map[[2]int]float64
	crossings      int

	// portUse counts the edges at each port, once the ports are placed.
	portUse map[portKey]int

	groupL, groupR []float64
	// vertical geometry
	rankTop, bandH []float64
}

// Layout places the graph. It returns an *InputError for invalid input:
// indices out of range, sizes that are negative or not finite, a group that
// is its own ancestor, or an edge between a group and something inside it;
// and a *BudgetError, right after ranking, for a graph whose layered graph
// would pass Options.MaxDummies or Options.MaxOrderWork.
func Layout(g *Graph, opt Options) (*Result, error) {
	if err := validate(g); err != nil {
		return nil, err
	}
	opt = withDefaults(opt)
	horizontal := opt.Direction == Right || opt.Direction == Left
	l := &lay{g: g, opt: opt, size: sizesFor(g, horizontal)}
	l.titleAtEnd = opt.Direction == Up || opt.Direction == Left
	l.titleAcross = horizontal
	l.prepareGroups()
	rank := l.pinRanks(l.rankGraph())
	size, err := l.checkBudget(rank)
	if err != nil {
		return nil, err
	}
	l.buildLayers(rank)
	l.ordered = l.hasOrderRules()
	l.order()
	l.planFlatEdges()
	l.positionX()
	if !l.positionSimplex() {
		l.positionSweeps()
	}
	l.alignAll(false)
	l.compactGroups()
	l.alignAll(true)
	res := l.route()
	transform(res, opt.Direction)
	res.Dummies, res.OrderWork = size.dummies, orderWork(size, opt.Sweeps)
	return res, nil
}

func withDefaults(o Options) Options {
	if o.NodeSep <= 0 || !finite(o.NodeSep) {
		o.NodeSep = 24
	}
	if o.RankSep <= 0 || !finite(o.RankSep) {
		o.RankSep = 40
	}
	if o.EdgeSep <= 0 || !finite(o.EdgeSep) {
		o.EdgeSep = 8
	}
	if o.GroupPad <= 0 || !finite(o.GroupPad) {
		o.GroupPad = 12
	}
	if o.Sweeps <= 0 {
		o.Sweeps = 24
	}
	budget := func(v *int, d int) {
		switch {
		case *v == 0:
			*v = d
		case *v < 0:
			*v = 0
		}
	}
	budget(&o.MaxDummies, DefaultMaxDummies)
	budget(&o.MaxOrderWork, DefaultMaxOrderWork)
	if o.Direction < Down || o.Direction > Left {
		o.Direction = Down
	}
	return o
}

// prepareGroups computes group depths and members, and adds a stand-in box
// for every group with no node inside.
func (l *lay) prepareGroups() {
	g := l.g
	ng := len(g.Groups)
	l.depth = make([]int, ng)
	for c := range ng {
		d := 0
		for p := c; p >= 0; p = g.Groups[p].Parent {
			d++
		}
		l.depth[c] = d
	}
	l.realN = len(g.Nodes)
	for v := range g.Nodes {
		l.realW = append(l.realW, l.size.nodeW[v])
		l.realH = append(l.realH, l.size.nodeH[v])
		l.realCluster = append(l.realCluster, g.Nodes[v].Group)
		l.realCentre = append(l.realCentre, g.Nodes[v].CentrePorts)
	}
	l.groupMembers = make([][]int, ng)
	for v, n := range g.Nodes {
		for c := n.Group; c >= 0; c = g.Groups[c].Parent {
			l.groupMembers[c] = append(l.groupMembers[c], v)
		}
	}
	// Stand-ins, innermost groups first, so that a parent holding only an
	// empty child counts the child's stand-in.
	for _, c := range l.groupsDeepestFirst() {
		if len(l.groupMembers[c]) > 0 {
			continue
		}
		v := l.realN
		l.realN++
		l.realW = append(l.realW, max(l.size.titleW[c], 2*l.opt.GroupPad))
		l.realH = append(l.realH, 2*l.opt.GroupPad)
		l.realCluster = append(l.realCluster, c)
		l.realCentre = append(l.realCentre, false)
		for p := c; p >= 0; p = g.Groups[p].Parent {
			l.groupMembers[p] = append(l.groupMembers[p], v)
		}
	}
}
