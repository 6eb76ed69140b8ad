package layered

import (
	"cmp"
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
	type conn struct {
		edge   int
		other  float64
		bottom bool // on the bottom side
		first  bool // for dipping flat edges: the port of nodes[0]
	}
	sides := make([][]conn, l.realN)
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
			sides[top] = append(sides[top], conn{i, below, true, true})
			sides[bot] = append(sides[bot], conn{i, above, false, false})
		case c.kind == chainFlat && !c.straight:
			a, b := c.nodes[0], c.nodes[1]
			sides[a] = append(sides[a], conn{i, l.x[b], true, true})
			sides[b] = append(sides[b], conn{i, l.x[a], true, false})
		}
	}
	for v, cs := range sides {
		for _, bottom := range []bool{true, false} {
			var side []conn
			for _, c := range cs {
				if c.bottom == bottom {
					side = append(side, c)
				}
			}
			if len(side) == 0 {
				continue
			}
			slices.SortStableFunc(side, func(p, q conn) int {
				if c := cmp.Compare(p.other, q.other); c != 0 {
					return c
				}
				return cmp.Compare(p.edge, q.edge)
			})
			// Ports in the order of the other ends, at least step apart,
			// each as near the x of its other end as the side allows: an
			// edge to a node or dummy within the node's width runs
			// straight.
			k := len(side)
			w := l.realW[v]
			step := min(w/float64(k+1), 2*l.opt.EdgeSep)
			lo, hi := l.x[v]-w/2+step/2, l.x[v]+w/2-step/2
			if k == 1 {
				// A single edge leaves from the centre, or runs straight
				// where its other end lies within the middle of the side.
				lo, hi = l.x[v], l.x[v]
				if x, ok := l.straightPort(v, side[0].edge, bottom); ok {
					lo, hi = x, x
				}
			}
			px := make([]float64, k)
			for j, c := range side {
				px[j] = min(max(c.other, lo), hi)
				if j > 0 {
					px[j] = max(px[j], px[j-1]+step)
				}
			}
			for j := k - 1; j >= 0; j-- {
				limit := hi
				if j+1 < k {
					limit = px[j+1] - step
				}
				px[j] = min(px[j], limit)
			}
			for j, c := range side {
				px := px[j]
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
		n := assignTracks(its)
		trackH := make([]float64, n)
		for _, it := range its {
			trackH[it.track] = max(trackH[it.track], it.labelH)
		}
		total := es
		for _, h := range trackH {
			total += h + es
		}
		if r < nr-1 {
			mid[r] = max(l.opt.RankSep, total)
		} else if n > 0 {
			mid[r] = total
		}
		// Track centres, relative to the top of the middle part.
		y := (mid[r]-total)/2 + es
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
				m := (chTop + chBot) / 2
				curve = append(curve, Point{a, m}, Point{b, m}, Point{b, chBot})
			} else {
				curve = appendLine(curve, Point{b, chBot})
			}
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

// appendLine adds a straight cubic segment to p (a no-op for a zero-length
// one), with its control points at a third and two thirds of the way, so
// that the curve's direction at each end is the segment's: an arrowhead
// takes its direction from the last control point.
func appendLine(curve []Point, p Point) []Point {
	last := curve[len(curve)-1]
	if last == p {
		return curve
	}
	return append(curve, lerp(last, p, 1.0/3), lerp(last, p, 2.0/3), p)
}

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
