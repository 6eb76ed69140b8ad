package layered

import (
	"cmp"
	"math"
	"slices"
)

// Edge routing. Ranks are horizontal bands as tall as their tallest box;
// boxes are centred in their band. Between two bands lies a channel; a route
// runs straight down through bands (at a port of its node, or at its dummy
// nodes, which coordinate assignment keeps apart from every box) and bends
// only in channels, where no box is: so no route can enter a box other than
// its ends'. Orthogonal routes change x on a track of the channel (see
// tracks.go); spline routes change x along a cubic whose tangents are
// vertical at both ends, so that two of them cross only where their order
// differs at the two sides of the channel. Ports are spread along a node's
// side in the order of the other ends, so parallel edges never share a
// point. Flat edges between neighbours run straight across; other flat
// edges dip into the channel below their rank. Self-loops are drawn on the
// right of their node, in room reserved for them.

// lastRun is the least length, in px, of the straight stretch at each end
// of a route through a channel, along which an arrowhead points.
const lastRun = 12

// planFlatEdges chooses which flat edges run straight across (the first
// between two neighbours in a rank) and reserves room for their labels.
func (l *lay) planFlatEdges() {
	for i := range l.chains {
		c := &l.chains[i]
		if c.kind != chainFlat {
			continue
		}
		a, b := c.nodes[0], c.nodes[1]
		if l.pos[a] > l.pos[b] {
			a, b = b, a
		}
		if l.pos[b] != l.pos[a]+1 {
			continue
		}
		key := [2]int{a, b}
		if l.flatLabelGap == nil {
			l.flatLabelGap = map[[2]int]float64{}
		}
		if _, taken := l.flatLabelGap[key]; taken {
			continue
		}
		c.straight = true
		gap := 0.0
		if w := l.size.labelW[i]; w > 0 {
			gap = w + l.opt.EdgeSep
		}
		l.flatLabelGap[key] = gap
	}
}

// ports computes, for every edge, the x where it leaves its upper end
// (portTop) and reaches its lower end (portBot); for flat edges that dip,
// the two bottom ports of nodes[0] and nodes[1].
func (l *lay) ports() (portTop, portBot []float64) {
	ne := len(l.chains)
	portTop = make([]float64, ne)
	portBot = make([]float64, ne)
	sides := make([][]portConn, l.realN)
	for i, c := range l.chains {
		switch {
		case c.kind == chainNormal && l.style(i) == RouteStraight:
			// Aimed at the centres of its ends (straight.go): no port.
		case c.kind == chainNormal:
			top, bot := c.nodes[0], c.nodes[len(c.nodes)-1]
			below, above := l.x[c.nodes[1]], l.x[c.nodes[len(c.nodes)-2]]
			if x, ok := l.sharedX(i); ok {
				below, above = x, x
			}
			sides[top] = append(sides[top], portConn{edge: i, other: below, bottom: true, first: true, head: c.reversed})
			sides[bot] = append(sides[bot], portConn{edge: i, other: above, head: !c.reversed})
		case c.kind == chainFlat && !c.straight:
			a, b := c.nodes[0], c.nodes[1]
			sides[a] = append(sides[a], portConn{edge: i, other: l.x[b], bottom: true, first: true})
			sides[b] = append(sides[b], portConn{edge: i, other: l.x[a], bottom: true, head: true})
		}
	}
	for v, cs := range sides {
		for _, bottom := range []bool{true, false} {
			var side []portConn
			for _, c := range cs {
				if c.bottom == bottom {
					side = append(side, c)
				}
			}
			if len(side) == 0 {
				continue
			}
			slices.SortStableFunc(side, func(p, q portConn) int {
				if c := cmp.Compare(p.other, q.other); c != 0 {
					return c
				}
				return cmp.Compare(p.edge, q.edge)
			})
			for j, px := range l.sidePorts(v, side, bottom) {
				c := side[j]
				switch {
				case !bottom:
					portBot[c.edge] = px
				case c.first:
					portTop[c.edge] = px
				default:
					portBot[c.edge] = px
				}
			}
		}
	}
	return portTop, portBot
}

// portConn is an edge's end on a side of a node, for placing ports.
type portConn struct {
	edge   int
	other  float64 // the x the edge goes to from the side
	bottom bool    // on the bottom side
	first  bool    // for dipping flat edges: the port of nodes[0]
	head   bool    // the edge ends here (its arrowhead's end)
}

// sidePorts returns the x of the port of each edge on one side of node v,
// side sorted by the x of the other ends. Ports go in that order, at
// least portStep apart, each as near the x of its other end as the side
// allows: an edge to a node or dummy within the node's width runs
// straight. A side too narrow for its edges to end EdgeSep apart merges
// them, the way dot's concentrate does: neighbouring edges that all end
// here, or all start here, share one port (see bundlePorts), and so join
// one trunk before the node, drawn with one arrowhead.
func (l *lay) sidePorts(v int, side []portConn, bottom bool) []float64 {
	k := len(side)
	w := l.realW[v]
	out := make([]float64, k)
	if k == 1 {
		// A single edge leaves from the centre, or runs straight where
		// its other end lies within the middle of the side.
		out[0] = l.x[v]
		if x, ok := l.straightPort(v, side[0].edge, bottom); ok {
			out[0] = x
		}
		return out
	}
	bundle := bundlePorts(side, max(1, int(w/l.opt.EdgeSep)))
	n := bundle[k-1] + 1 // ports
	if n == 1 {
		// One trunk: at the middle of the others, within the side.
		others := make([]float64, k)
		for j, c := range side {
			others[j] = c.other
		}
		lo, hi := l.innerSide(v)
		x := min(max(others[k/2], lo), hi)
		for j := range out {
			out[j] = x
		}
		return out
	}
	// Each port aims at the middle one of its edges' other ends.
	want := make([]float64, n)
	for j := 0; j < k; {
		e := j
		for e < k && bundle[e] == bundle[j] {
			e++
		}
		want[bundle[j]] = side[(j+e-1)/2].other
		j = e
	}
	step := l.portStep(w, n)
	lo, hi := l.x[v]-w/2+step/2, l.x[v]+w/2-step/2
	px := make([]float64, n)
	for j := range px {
		px[j] = min(max(want[j], lo), hi)
		if j > 0 {
			px[j] = max(px[j], px[j-1]+step)
		}
	}
	for j := n - 1; j >= 0; j-- {
		limit := hi
		if j+1 < n {
			limit = px[j+1] - step
		}
		px[j] = min(px[j], limit)
	}
	for j, b := range bundle {
		out[j] = px[b]
	}
	return out
}

// portStep is the distance between neighbouring ports of n edges on a
// side w wide: the side split into n+1 equal parts, at most two edge
// separations; at least one edge separation when the side holds that,
// with half of one left at each corner.
func (l *lay) portStep(w float64, n int) float64 {
	es := l.opt.EdgeSep
	step := min(w/float64(n+1), 2*es)
	if step < es && float64(n)*es <= w {
		step = es
	}
	return step
}

// bundlePorts numbers the ports of the edges on one side, sorted along it,
// so that there are at most most of them: every edge its own port when
// they fit; else, again and again, the two neighbouring ports whose
// edges' other ends lie closest together merge, when all their edges end
// here or all start here. Ports are numbered from 0 along the side; more
// than most are left when no two neighbours can merge.
func bundlePorts(side []portConn, most int) []int {
	k := len(side)
	// groups of consecutive edges: [start, end)
	type group struct{ start, end int }
	groups := make([]group, k)
	for j := range groups {
		groups[j] = group{j, j + 1}
	}
	for len(groups) > most {
		best, bestSpan := -1, 0.0
		for g := 0; g+1 < len(groups); g++ {
			a, b := groups[g], groups[g+1]
			if side[a.start].head != side[b.start].head {
				continue
			}
			span := side[b.end-1].other - side[a.start].other
			if best < 0 || span < bestSpan {
				best, bestSpan = g, span
			}
		}
		if best < 0 {
			break
		}
		groups[best].end = groups[best+1].end
		groups = slices.Delete(groups, best+1, best+2)
	}
	out := make([]int, k)
	for g, gr := range groups {
		for j := gr.start; j < gr.end; j++ {
			out[j] = g
		}
	}
	return out
}

// straightPort returns the x where edge e, the only edge on one side of
// node v (the bottom side when bottom), runs straight to its next point:
// the x of its dummy when that lies within the middle of the side, or for
// an edge to a node in the next rank, sharedX.
func (l *lay) straightPort(v, e int, bottom bool) (float64, bool) {
	c := l.chains[e]
	if c.kind != chainNormal {
		return 0, false
	}
	if len(c.nodes) == 2 {
		return l.sharedX(e)
	}
	next := c.nodes[1]
	if !bottom {
		next = c.nodes[len(c.nodes)-2]
	}
	lo, hi := l.innerSide(v)
	x := l.x[next]
	return x, x >= lo-1e-9 && x <= hi+1e-9
}

// innerSide is the middle of a node's side where an edge may run straight
// in: the side less a quarter of its width (at most two edge separations)
// at both corners; only the centre for a node with CentrePorts.
func (l *lay) innerSide(v int) (lo, hi float64) {
	if l.realCentre[v] {
		return l.x[v], l.x[v]
	}
	w := l.realW[v]
	m := min(w/4, 2*l.opt.EdgeSep)
	return l.x[v] - w/2 + m, l.x[v] + w/2 - m
}

// sharedX is where edge e, between two nodes in adjacent ranks, can run
// straight down: the middle of the overlap of their sides' middles. Both
// ends aim their ports at it.
func (l *lay) sharedX(e int) (float64, bool) {
	c := l.chains[e]
	if c.kind != chainNormal || len(c.nodes) != 2 || c.nodes[0] >= l.realN || c.nodes[1] >= l.realN {
		return 0, false
	}
	alo, ahi := l.innerSide(c.nodes[0])
	blo, bhi := l.innerSide(c.nodes[1])
	lo, hi := max(alo, blo), min(ahi, bhi)
	if lo > hi {
		return 0, false
	}
	return (lo + hi) / 2, true
}

// hopX returns the x where the edge's route passes node k of its chain
// (a port for the ends).
func (l *lay) hopX(e, k int, portTop, portBot []float64) float64 {
	c := l.chains[e]
	switch k {
	case 0:
		return portTop[e]
	case len(c.nodes) - 1:
		return portBot[e]
	}
	return l.x[c.nodes[k]]
}

// route computes the vertical geometry, all routes and the group boxes, in
// layout space.
func (l *lay) route() *Result {
	nr := len(l.ranks)
	portTop, portBot := l.ports()
	l.portUse = map[portKey]int{}
	for e, c := range l.chains {
		if c.kind == chainNormal && l.style(e) != RouteStraight {
			l.portUse[portKey{c.nodes[0], portTop[e]}]++
			l.portUse[portKey{c.nodes[len(c.nodes)-1], portBot[e]}]++
		}
	}
	// Channel items: channel r lies below rank r.
	items := make([][]channelItem, nr)
	for e, c := range l.chains {
		switch {
		case c.kind == chainNormal && l.style(e) == RouteStraight:
			// Straight routes need no track.
		case c.kind == chainNormal:
			for k := 0; k+1 < len(c.nodes); k++ {
				a, b := l.hopX(e, k, portTop, portBot), l.hopX(e, k+1, portTop, portBot)
				if abs(a-b) < 0.5 {
					continue
				}
				r := l.nodes[c.nodes[k]].rank
				items[r] = append(items[r], channelItem{edge: e, a: a, b: b})
			}
		case c.kind == chainFlat:
			if c.straight {
				continue
			}
			r := l.nodes[c.nodes[0]].rank
			items[r] = append(items[r], channelItem{edge: e, a: portTop[e], b: portBot[e], u: true,
				labelW: l.size.labelW[e], labelH: l.size.labelH[e]})
		}
	}
	// Bands.
	l.bandH = make([]float64, nr)
	for r, rank := range l.ranks {
		for _, v := range rank {
			l.bandH[r] = max(l.bandH[r], l.nodes[v].h)
		}
	}
	for e, c := range l.chains {
		if c.kind == chainFlat && c.straight {
			r := l.nodes[c.nodes[0]].rank
			l.bandH[r] = max(l.bandH[r], l.size.labelH[e])
		}
	}
	lo, hi, needTop, needBot := l.groupSpans()
	topNeed := make([]float64, nr)
	botNeed := make([]float64, nr)
	for c := range l.g.Groups {
		if lo[c] < 0 {
			continue
		}
		topNeed[lo[c]] = max(topNeed[lo[c]], needTop[c])
		botNeed[hi[c]] = max(botNeed[hi[c]], needBot[c])
	}
	// Tracks and channel heights.
	es := l.opt.EdgeSep
	mid := make([]float64, nr)
	for r := range nr {
		its := items[r]
		n := assignTracks(its, es)
		trackH := make([]float64, n)
		for _, it := range its {
			trackH[it.track] = max(trackH[it.track], it.labelH)
		}
		// The tracks lie es apart, and at least lastRun from the ranks
		// above and below, so that the vertical stretch from a track to a
		// node, where an arrowhead sits, is long enough to point along.
		margin := max(es, lastRun)
		total := 2*margin - es
		for _, h := range trackH {
			total += h + es
		}
		if r < nr-1 {
			mid[r] = max(l.opt.RankSep, total)
		} else if n > 0 {
			mid[r] = total
		}
		// Track centres, relative to the top of the middle part.
		y := (mid[r]-total)/2 + margin
		centre := make([]float64, n)
		for t, h := range trackH {
			centre[t] = y + h/2
			y += h + es
		}
		for i := range its {
			its[i].y = centre[its[i].track]
		}
	}
	l.placeRanks(topNeed, botNeed, mid)
	if l.titleAcross {
		// A title column must be as long as the title: stretch the group
		// below its last rank where it is shorter.
		pad := l.opt.GroupPad
		for _, c := range l.groupsDeepestFirst() {
			if lo[c] < 0 {
				continue
			}
			length := l.rankTop[hi[c]] + l.bandH[hi[c]] + needBot[c] - (l.rankTop[lo[c]] - needTop[c])
			if extra := l.size.titleH[c] + pad - length; extra > 0 {
				needBot[c] += extra
				for p, q := l.g.Groups[c].Parent, c; p >= 0 && hi[p] == hi[q]; p, q = l.g.Groups[p].Parent, p {
					needBot[p] = max(needBot[p], needBot[q]+pad)
				}
				botNeed[hi[c]] = max(botNeed[hi[c]], needBot[c])
				for p := l.g.Groups[c].Parent; p >= 0; p = l.g.Groups[p].Parent {
					botNeed[hi[p]] = max(botNeed[hi[p]], needBot[p])
				}
				l.placeRanks(topNeed, botNeed, mid)
			}
		}
	}
	// Absolute track y: from the top of the channel's middle part.
	trackY := map[[2]int]float64{} // (edge, channel) -> y
	for r := range nr {
		base := l.rankTop[r] + l.bandH[r] + botNeed[r]
		for _, it := range items[r] {
			trackY[[2]int{it.edge, r}] = base + it.y
		}
	}
	res := &Result{
		Nodes:       make([]Rect, len(l.g.Nodes)),
		Edges:       make([]Route, len(l.g.Edges)),
		Groups:      make([]Rect, len(l.g.Groups)),
		GroupTitles: make([]Rect, len(l.g.Groups)),
	}
	for v := range l.g.Nodes {
		res.Nodes[v] = l.box(v)
	}
	for c := range l.g.Groups {
		top := l.rankTop[lo[c]] - needTop[c]
		bot := l.rankTop[hi[c]] + l.bandH[hi[c]] + needBot[c]
		res.Groups[c] = Rect{l.groupL[c], top, l.groupR[c] - l.groupL[c], bot - top}
		tw, th := l.size.titleW[c], l.size.titleH[c]
		ty := top + l.opt.GroupPad/2
		if l.titleAtEnd {
			ty = bot - l.opt.GroupPad/2 - th
		}
		tx := l.groupL[c] + l.opt.GroupPad
		if l.titleAcross {
			tx = l.groupL[c] + l.opt.GroupPad/2
		}
		res.GroupTitles[c] = Rect{tx, ty, tw, th}
	}
	for e := range l.chains {
		l.routeEdge(e, res, portTop, portBot, trackY)
	}
	l.clipGroupEnds(res)
	return res
}

// placeRanks sets the top of every rank's band from the room each needs.
func (l *lay) placeRanks(topNeed, botNeed, mid []float64) {
	nr := len(l.ranks)
	l.rankTop = make([]float64, nr)
	y := topNeed[0]
	for r := range nr {
		l.rankTop[r] = y
		y += l.bandH[r] + botNeed[r] + mid[r]
		if r+1 < nr {
			y += topNeed[r+1]
		}
	}
}

// box is real node v's box.
func (l *lay) box(v int) Rect {
	n := l.nodes[v]
	w, h := l.realW[v], l.realH[v]
	cy := l.rankTop[n.rank] + l.bandH[n.rank]/2
	return Rect{l.x[v] - w/2, cy - h/2, w, h}
}

// groupSpans returns each group's first and last rank (-1 when it has no
// node) and the room its box needs above and below those ranks.
func (l *lay) groupSpans() (lo, hi []int, needTop, needBot []float64) {
	ng := len(l.g.Groups)
	lo = make([]int, ng)
	hi = make([]int, ng)
	for c := range lo {
		lo[c], hi[c] = -1, -1
	}
	for _, n := range l.nodes {
		for c := n.cluster; c >= 0; c = l.g.Groups[c].Parent {
			if lo[c] < 0 || n.rank < lo[c] {
				lo[c] = n.rank
			}
			hi[c] = max(hi[c], n.rank)
		}
	}
	needTop = make([]float64, ng)
	needBot = make([]float64, ng)
	pad := l.opt.GroupPad
	for _, c := range l.groupsDeepestFirst() {
		needTop[c] += pad
		needBot[c] += pad
		switch {
		case l.titleAcross:
		case l.titleAtEnd:
			needBot[c] += l.size.titleH[c]
		default:
			needTop[c] += l.size.titleH[c]
		}
		if p := l.g.Groups[c].Parent; p >= 0 {
			if lo[p] == lo[c] {
				needTop[p] = max(needTop[p], needTop[c])
			}
			if hi[p] == hi[c] {
				needBot[p] = max(needBot[p], needBot[c])
			}
		}
	}
	return lo, hi, needTop, needBot
}

// routeEdge draws edge e.
func (l *lay) routeEdge(e int, res *Result, portTop, portBot []float64, trackY map[[2]int]float64) {
	c := l.chains[e]
	rt := &res.Edges[e]
	switch c.kind {
	case chainLoop:
		rt.Style = l.style(e)
		if rt.Style == RouteStraight {
			rt.Style = RouteSpline // a loop cannot be straight: it curves
		}
		l.routeLoop(e, rt)
		return
	case chainFlat:
		rt.Style = l.style(e)
		l.routeFlat(e, rt, portTop, portBot, trackY)
		return
	}
	rt.Style = l.style(e)
	if rt.Style == RouteStraight {
		l.routeStraight(e, rt)
		return
	}
	spline := rt.Style == RouteSpline
	top, bot := c.nodes[0], c.nodes[len(c.nodes)-1]
	topBox, botBox := l.box(top), l.box(bot)
	var pts, curve []Point
	x0 := portTop[e]
	pts = append(pts, Point{x0, topBox.Y + topBox.H})
	if spline {
		curve = append(curve, pts[0])
	}
	for k := 0; k+1 < len(c.nodes); k++ {
		r := l.nodes[c.nodes[k]].rank
		chTop := l.rankTop[r] + l.bandH[r]
		chBot := l.rankTop[r+1]
		a := l.hopX(e, k, portTop, portBot)
		b := l.hopX(e, k+1, portTop, portBot)
		if abs(a-b) < 0.5 {
			b = a
		}
		endY := chBot
		if k+1 == len(c.nodes)-1 {
			endY = botBox.Y
		}
		if spline {
			curve = appendLine(curve, Point{a, chTop})
			if a != b {
				// The curve bends between two straight leads, as long as
				// an arrowhead at either end needs to point along a
				// straight stretch.
				lead0 := splineLead(abs(b-a), chBot-chTop)
				lead1 := lead0
				// Edges that share a port join one trunk there: they
				// must arrive along one straight line.
				if k == 0 && l.portShared(top, a) {
					lead0 = max(lead0, splineLead(math.Inf(1), chBot-chTop))
				}
				if k+1 == len(c.nodes)-1 && l.portShared(bot, b) {
					lead1 = max(lead1, splineLead(math.Inf(1), chBot-chTop))
				}
				t0, t1 := chTop+lead0, chBot-lead1
				m := (t0 + t1) / 2
				curve = appendLine(curve, Point{a, t0})
				curve = append(curve, Point{a, m}, Point{b, m}, Point{b, t1})
			}
			curve = appendLine(curve, Point{b, chBot})
			curve = appendLine(curve, Point{b, endY})
			continue
		}
		pts = append(pts, Point{a, chTop})
		if a != b {
			ty := trackY[[2]int{e, r}]
			pts = append(pts, Point{a, ty}, Point{b, ty})
		}
		pts = append(pts, Point{b, chBot}, Point{b, endY})
	}
	if spline {
		pts = flatten(curve)
	}
	pts = simplify(pts)
	if c.label >= 0 {
		d := l.nodes[c.label]
		cy := l.rankTop[d.rank] + l.bandH[d.rank]/2
		rt.Label = Rect{l.x[c.label] - l.size.labelW[e]/2, cy - l.size.labelH[e]/2, l.size.labelW[e], l.size.labelH[e]}
	}
	if c.reversed {
		slices.Reverse(pts)
		slices.Reverse(curve)
		rt.Reversed = true
	}
	rt.Points, rt.Curve = pts, curve
}

// splineLead returns how far a spline route through a channel h px high
// runs straight at each end before it bends dx px across: nothing when
// the curve's last lastRun px turn by at most 10 degrees without, else
// lastRun (at most a third of the channel). The cubic from (0, 0) by
// (0, h/2) and (dx, h/2) to (dx, h) runs, y px before its end, at an
// angle whose tangent is about 8·dx·y / (3·h²) to the vertical.
func splineLead(dx, h float64) float64 {
	const most = 0.176 // tan 10°
	if 8*dx*lastRun <= most*3*h*h {
		return 0
	}
	return min(lastRun, h/3)
}

// portShared reports whether another edge ends at the port of node v at x,
// so that the two join one trunk there.
func (l *lay) portShared(v int, x float64) bool {
	return l.portUse[portKey{v, x}] > 1
}

// portKey is a port: a node and the x of the port on its side.
type portKey struct {
	node int
	x    float64
}

// appendLine adds a straight cubic segment to p (a no-op for a zero-length
// one), with its control points on it, so that the curve's direction at
// each end is the segment's: an arrowhead takes its direction from the
// control point next to its end, and its length at most the distance to
// it. The control points lie two thirds of the way from each end (the
// first control point at two thirds, the second at one third), so that a
// short straight end still holds a whole arrowhead. A segment that goes
// on straight from a straight last piece extends that piece, so that an
// arrowhead at its end has the whole straight stretch.
func appendLine(curve []Point, p Point) []Point {
	n := len(curve)
	last := curve[n-1]
	if last == p {
		return curve
	}
	if n >= 4 {
		p0 := curve[n-4]
		if near(curve[n-3], lerp(p0, last, 2.0/3)) && near(curve[n-2], lerp(p0, last, 1.0/3)) && collinear(p0, last, p) {
			return append(curve[:n-3], lerp(p0, p, 2.0/3), lerp(p0, p, 1.0/3), p)
		}
	}
	return append(curve, lerp(last, p, 2.0/3), lerp(last, p, 1.0/3), p)
}

// near reports whether two points are one, but for rounding.
func near(p, q Point) bool { return abs(p.X-q.X) < 1e-9 && abs(p.Y-q.Y) < 1e-9 }

// routeLoop draws a self-loop on the right of its node.
func (l *lay) routeLoop(e int, rt *Route) {
	c := l.chains[e]
	v := c.nodes[0]
	b := l.box(v)
	k := 0
	var labelled []int
	for i, o := range l.chains {
		if o.kind == chainLoop && o.nodes[0] == v {
			k++
			if hasLabel(l.size.labelW[i], l.size.labelH[i]) {
				labelled = append(labelled, i)
			}
		}
	}
	i := c.loopIndex
	cy := b.Y + b.H/2
	dy := b.H / 2 * float64(i+1) / float64(k+1)
	x0 := b.X + b.W
	out := x0 + float64(i+1)*l.loopStep
	if rt.Style == RouteSpline {
		c1 := x0 + (out-x0)*4/3
		rt.Curve = []Point{{x0, cy - dy}, {c1, cy - dy}, {c1, cy + dy}, {x0, cy + dy}}
		rt.Points = flatten(rt.Curve)
	} else {
		rt.Points = []Point{{x0, cy - dy}, {out, cy - dy}, {out, cy + dy}, {x0, cy + dy}}
	}
	if hasLabel(l.size.labelW[e], l.size.labelH[e]) {
		total := 0.0
		for _, o := range labelled {
			total += l.size.labelH[o]
		}
		y := cy - total/2
		for _, o := range labelled {
			if o == e {
				break
			}
			y += l.size.labelH[o]
		}
		lx := x0 + float64(k)*l.loopStep + 4
		rt.Label = Rect{lx, y, l.size.labelW[e], l.size.labelH[e]}
	}
}

// routeFlat draws an edge between two nodes of one rank.
func (l *lay) routeFlat(e int, rt *Route, portTop, portBot []float64, trackY map[[2]int]float64) {
	c := l.chains[e]
	a, b := c.nodes[0], c.nodes[1] // From, To
	ba, bb := l.box(a), l.box(b)
	lw, lh := l.size.labelW[e], l.size.labelH[e]
	r := l.nodes[a].rank
	if c.straight {
		cy := l.rankTop[r] + l.bandH[r]/2
		var p0, p1 Point
		if l.x[a] < l.x[b] {
			p0, p1 = Point{ba.X + ba.W, cy}, Point{bb.X, cy}
		} else {
			p0, p1 = Point{ba.X, cy}, Point{bb.X + bb.W, cy}
		}
		rt.Points = []Point{p0, p1}
		if rt.Style == RouteSpline {
			rt.Curve = []Point{p0, lerp(p0, p1, 1.0/3), lerp(p0, p1, 2.0/3), p1}
		}
		if hasLabel(lw, lh) {
			m := (p0.X + p1.X) / 2
			rt.Label = Rect{m - lw/2, cy - lh/2, lw, lh}
		}
		return
	}
	xa, xb := portTop[e], portBot[e]
	ty := trackY[[2]int{e, r}]
	if rt.Style == RouteSpline {
		chTop := l.rankTop[r] + l.bandH[r]
		depth := (ty - chTop) * 4 / 3
		rt.Curve = []Point{{xa, ba.Y + ba.H}}
		rt.Curve = appendLine(rt.Curve, Point{xa, chTop})
		rt.Curve = append(rt.Curve, Point{xa, chTop + depth}, Point{xb, chTop + depth}, Point{xb, chTop})
		rt.Curve = appendLine(rt.Curve, Point{xb, bb.Y + bb.H})
		rt.Points = simplify(flatten(rt.Curve))
	} else {
		rt.Points = []Point{{xa, ba.Y + ba.H}, {xa, ty}, {xb, ty}, {xb, bb.Y + bb.H}}
	}
	if hasLabel(lw, lh) {
		m := (xa + xb) / 2
		rt.Label = Rect{m - lw/2, ty - lh/2, lw, lh}
	}
}

// simplify drops repeated points and middle points of straight runs.
func simplify(pts []Point) []Point {
	out := pts[:0:0]
	for _, p := range pts {
		if n := len(out); n > 0 && abs(out[n-1].X-p.X) < 1e-9 && abs(out[n-1].Y-p.Y) < 1e-9 {
			continue
		}
		if n := len(out); n >= 2 {
			a, b := out[n-2], out[n-1]
			if collinear(a, b, p) {
				out[n-1] = p
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// collinear reports whether b lies on the straight way from a to c, going
// on in the same direction.
func collinear(a, b, c Point) bool {
	cross := (b.X-a.X)*(c.Y-b.Y) - (b.Y-a.Y)*(c.X-b.X)
	dot := (b.X-a.X)*(c.X-b.X) + (b.Y-a.Y)*(c.Y-b.Y)
	return abs(cross) < 1e-6 && dot >= 0
}

// flatten turns a cubic Bézier path into a polyline whose chords stray at
// most about 1 px from the curve.
func flatten(curve []Point) []Point {
	if len(curve) == 0 {
		return nil
	}
	out := []Point{curve[0]}
	for i := 0; i+3 < len(curve); i += 3 {
		p0, p1, p2, p3 := curve[i], curve[i+1], curve[i+2], curve[i+3]
		// The second differences bound the distance of a chord from the curve.
		dx := max(abs(p0.X-2*p1.X+p2.X), abs(p1.X-2*p2.X+p3.X))
		dy := max(abs(p0.Y-2*p1.Y+p2.Y), abs(p1.Y-2*p2.Y+p3.Y))
		d := max(dx, dy)
		n := 1
		for float64(n*n) < 0.75*d*1.5 {
			n++
		}
		for k := 1; k <= n; k++ {
			t := float64(k) / float64(n)
			u := 1 - t
			a, b, c, dd := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			out = append(out, Point{a*p0.X + b*p1.X + c*p2.X + dd*p3.X, a*p0.Y + b*p1.Y + c*p2.Y + dd*p3.Y})
		}
	}
	return out
}
