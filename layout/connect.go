package layout

import (
	"container/heap"
	"math"
	"slices"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Connectors between panels.
//
// A connector leaves its element on one of its four sides and runs through
// the gutters between the panels' cards to a side of the other element. It
// is routed on a grid of lines: the middle of every gutter around every
// card (and the margin around them all), the sides and middles of the two
// elements, and, inside the two cards that hold the ends, lines just clear
// of every box and text there, so that the route can find its way out of
// its own panel around what the panel shows. A shortest route with few
// bends is searched on that grid (Dijkstra's algorithm over points and
// directions, each bend costing as much as bendCost px of line, a px inside
// a card of an end costing insideCost px); it never enters a card that
// holds neither end, nor the box or the text of anything in the cards of
// its ends but the two elements themselves.

const (
	// connectGutter is the gap between panels when the diagram has
	// connectors: room for a line and its label between two cards.
	connectGutter = 44.0
	// bendCost is what a bend of a connector costs, in px of line.
	bendCost = 40.0
	// insideCost is what a px of a connector inside a card of its ends
	// costs; in a gutter a px costs 1.
	insideCost = 1.6
	// clearance is how far a connector keeps from boxes and texts.
	clearance = 6.0
	// maxConnectGrid caps the points of one connector's grid; past it the
	// lines around the boxes inside the end cards are left out.
	maxConnectGrid = 20_000
	// maxRouteErrors is how many connectors without a route are reported.
	maxRouteErrors = 10
	// lane is the distance between connectors that share a gutter: each
	// gutter has five lanes, its middle and two on either side.
	lane = 8.0
	// sharedCost is what a px of a connector costs where it runs along an
	// earlier connector.
	sharedCost = 6.0
)

// card is the card of a leaf panel: its rectangle, and its group.
type card struct {
	r scene.Rect
	g *scene.Group
}

// connectIndex is what the router knows of the placed picture: the leaf
// cards, each element with an id and the card it is in, and the boxes and
// texts of each card.
type connectIndex struct {
	cards  []card
	byID   map[string]scene.Item
	cardOf map[string]int // element id → index in cards, or -1
	// inks are the boxes and texts inside each card, by card index.
	inks [][]scene.Rect
	// owners[i][k] is the element whose box or text inks[i][k] is, as
	// the chain of its groups from the card down, for skipping the ends.
	owners [][][]scene.Item
	// outside are the boxes and texts in no card: the header, the legend,
	// the questions.
	outside []scene.Rect
	// lines are the routes of the edges inside each card, by card index.
	lines [][][]scene.Point
}

// indexConnect reads the placed items.
func indexConnect(items []scene.Item) *connectIndex {
	ix := &connectIndex{byID: map[string]scene.Item{}, cardOf: map[string]int{}}
	var walk func(items []scene.Item, in int, chain []scene.Item)
	walk = func(items []scene.Item, in int, chain []scene.Item) {
		for _, it := range items {
			here := in
			if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindPanel && !holdsPanel(g) {
				ix.cards = append(ix.cards, card{r: cardRect(g), g: g})
				ix.inks = append(ix.inks, nil)
				ix.owners = append(ix.owners, nil)
				ix.lines = append(ix.lines, nil)
				here = len(ix.cards) - 1
			}
			if id := scene.IDOf(it); id != "" {
				if _, dup := ix.byID[id]; !dup {
					ix.byID[id] = it
					ix.cardOf[id] = here
				}
			}
			next := append(chain[:len(chain):len(chain)], it)
			switch v := it.(type) {
			case *scene.Group:
				if v.Kind == scene.KindOverlay || v.Kind == scene.KindBadge {
					continue
				}
				walk(v.Items, here, next)
			case *scene.Box:
				switch {
				case here < 0:
					ix.outside = append(ix.outside, v.R)
				case v.Role != scene.RolePanel && v.Role != scene.RoleGroup:
					ix.inks[here] = append(ix.inks[here], v.R)
					ix.owners[here] = append(ix.owners[here], next)
				}
			case *scene.Text:
				if here < 0 {
					ix.outside = append(ix.outside, v.Ink)
					continue
				}
				ix.inks[here] = append(ix.inks[here], v.Ink)
				ix.owners[here] = append(ix.owners[here], next)
			case *scene.Path:
				if here >= 0 && v.Role == scene.RoleEdge && len(v.Poly) > 1 {
					ix.lines[here] = append(ix.lines[here], v.Poly)
				}
			case *scene.Circle:
				if here >= 0 {
					ix.inks[here] = append(ix.inks[here], v.Bounds())
					ix.owners[here] = append(ix.owners[here], next)
				}
			}
		}
	}
	walk(items, -1, nil)
	return ix
}

// holdsPanel reports whether a group holds a panel group below it.
func holdsPanel(g *scene.Group) bool {
	found := false
	scene.Walk(g.Items, func(it scene.Item) bool {
		if h, ok := it.(*scene.Group); ok && h.Kind == scene.KindPanel {
			found = true
		}
		return !found
	})
	return found
}

// cardRect returns the card of a leaf panel: its frame, or the bounds of
// what it draws when it has none.
func cardRect(g *scene.Group) scene.Rect {
	for _, it := range g.Items {
		if b, ok := it.(*scene.Box); ok && b.Role == scene.RolePanel {
			return b.R
		}
	}
	return g.Bounds()
}

// connectors draws the connectors of d over the items placed in the
// scene s, within its area (the margin around the sections included), and
// lists them and the leaf panels' cards in the scene for the checks. A
// connector with no free route is reported.
func connectors(env *panel.Env, d *diagram.Diagram, s *scene.Scene) []scene.Item {
	if len(d.Connectors) == 0 {
		return nil
	}
	ix := indexConnect(s.Items)
	for _, c := range ix.cards {
		s.Panels = append(s.Panels, c.r)
	}
	area := scene.Rect{W: s.Width, H: s.Height}
	var out []scene.Item
	var routes [][]scene.Point
	var labels []scene.Rect
	failed := 0
	for _, k := range d.Connectors {
		it, frame := connector(ix, k, area, routes, labels)
		if it == nil {
			if failed++; failed <= maxRouteErrors {
				env.Errorf(k.Pos, "move the two panels closer, or connect elements nearer the panels' edges", "no free route for the connector %s -> %s between the panels", k.From, k.To)
			}
			continue
		}
		out = append(out, it)
		s.Connectors = append(s.Connectors, frame)
		routes = append(routes, frame.Route)
		if frame.Label != (scene.Rect{}) {
			labels = append(labels, frame.Label)
		}
	}
	return out
}

// connector routes and draws one connector; nil when an end is not drawn
// or no route is free.
func connector(ix *connectIndex, k *diagram.Connector, area scene.Rect, earlier [][]scene.Point, labels []scene.Rect) (scene.Item, scene.ConnectorFrame) {
	from, okF := ix.byID[k.From]
	to, okT := ix.byID[k.To]
	if !okF || !okT {
		return nil, scene.ConnectorFrame{}
	}
	pts := route(ix, k.From, k.To, area, earlier, labels)
	if len(pts) < 2 {
		return nil, scene.ConnectorFrame{}
	}
	frame := scene.ConnectorFrame{ID: k.ID, Route: pts, Ends: [2]scene.Rect{from.Bounds(), to.Bounds()}}
	for i, id := range []string{k.From, k.To} {
		if c := ix.cardOf[id]; c >= 0 {
			frame.Panels[i] = ix.cards[c].r
		}
	}
	width := 1.5
	if k.Bold {
		width = 3
	}
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: k.Tone, Role: scene.Line}, StrokeWidth: width}
	if k.Dashed {
		st.Dash = []float64{6, 4}
	}
	st.ArrowEnd = k.Arrow == diagram.Forward || k.Arrow == diagram.Both
	st.ArrowStart = k.Arrow == diagram.Backward || k.Arrow == diagram.Both
	items := []scene.Item{&scene.Path{Role: scene.RoleEdge, Ops: draw.RoundedPolyline(pts, draw.BendRadius), Poly: pts,
		From: endGroup(k.From, from), To: endGroup(k.To, to), Style: st}}
	if k.Label != "" {
		tb := text.Lines(k.Label, scene.Sans, text.SizeSmall)
		lw, lh := tb.W+2*draw.LabelPadX, tb.H+2*draw.LabelPadY
		c := labelAt(pts, ix.cards, lw, lh, earlier)
		lr := scene.Rect{X: c.X - lw/2, Y: c.Y - lh/2, W: lw, H: lh}
		frame.Label = lr
		items = append(items, &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: lr, Corner: 4,
			Style: scene.Style{Fill: scene.Paint{Role: scene.Page}, Stroke: scene.NoPaint, Opacity: 0.92}})
		items = append(items, tb.PlaceIn(lr.Center().X, lr.Y+draw.LabelPadY, scene.Middle, scene.Paint{Tone: k.Tone, Role: scene.Ink}, lr)...)
	}
	return &scene.Group{ID: k.ID, Kind: scene.KindEdge, Role: scene.RoleEdge, Items: items}, frame
}

// endGroup returns the group an end of a connector names: the element's
// own group, or a group that stands for an element drawn as one item (a
// line of a note), which is not drawn itself.
func endGroup(id string, it scene.Item) *scene.Group {
	if g, ok := it.(*scene.Group); ok {
		return g
	}
	return &scene.Group{ID: id, Items: []scene.Item{it}}
}

// labelAt returns where a connector's label of size w × h goes: the
// middle of the longest stretch of its route outside every card,
// horizontal ones first (a label fits in a gutter along its line), or
// else the middle of its longest stretch.
func labelAt(pts []scene.Point, cards []card, w, h float64, routes [][]scene.Point) scene.Point {
	type cand struct {
		mid   scene.Point
		l     float64
		horiz bool
	}
	var best, any cand
	for i := 0; i+1 < len(pts); i++ {
		p, q := pts[i], pts[i+1]
		l := math.Hypot(q.X-p.X, q.Y-p.Y)
		horiz := p.Y == q.Y
		if l > any.l {
			any = cand{scene.Point{X: (p.X + q.X) / 2, Y: (p.Y + q.Y) / 2}, l, horiz}
		}
		// The longest piece of the stretch outside every card.
		pieces := [][2]float64{{0, 1}}
		for _, c := range cards {
			t0, t1, ok := c.r.ClipSegment(p, q)
			if !ok {
				continue
			}
			var next [][2]float64
			for _, pc := range pieces {
				if pc[0] < t0 {
					next = append(next, [2]float64{pc[0], min(pc[1], t0)})
				}
				if pc[1] > t1 {
					next = append(next, [2]float64{max(pc[0], t1), pc[1]})
				}
			}
			pieces = next
		}
		for _, pc := range pieces {
			pl := l * (pc[1] - pc[0])
			need := h + 8
			if horiz {
				need = w + 8
			}
			if pl < need {
				continue
			}
			// The place nearest the middle of the piece where the label
			// covers no other route, tried every 8 px.
			half := need / 2 / l
			for k := 0; ; k++ {
				off := float64((k+1)/2) * 8 / l
				if k%2 == 1 {
					off = -off
				}
				t := (pc[0]+pc[1])/2 + off
				if t-half < pc[0] || t+half > pc[1] {
					if k > 1 && off > 0 {
						break
					}
					continue
				}
				c := cand{scene.Point{X: p.X + (q.X-p.X)*t, Y: p.Y + (q.Y-p.Y)*t}, pl, horiz}
				if crossesRect(routes, scene.Rect{X: c.mid.X - w/2, Y: c.mid.Y - h/2, W: w, H: h}) {
					continue
				}
				if best.l == 0 || c.horiz && !best.horiz || c.horiz == best.horiz && c.l > best.l {
					best = c
				}
				break
			}
		}
	}
	if best.l > 0 {
		return best.mid
	}
	return any.mid
}

// grid is the routing grid of one connector: its coordinates and what
// blocks its points and the steps between neighbouring points.
type grid struct {
	xs, ys []float64
	// blocked points, and blocked steps from a point to its right (h) and
	// down (v) neighbour.
	point, h, v []bool
}

func (g *grid) at(i, j int) int { return j*len(g.xs) + i }

// block blocks every point strictly inside r and every step that enters
// its inside.
func (g *grid) block(r scene.Rect) {
	x0, x1 := firstAbove(g.xs, r.X), lastBelow(g.xs, r.Right())
	y0, y1 := firstAbove(g.ys, r.Y), lastBelow(g.ys, r.Bottom())
	// Points strictly inside, and the steps between them and out of them.
	for j := y0; j <= y1; j++ {
		for i := max(x0-1, 0); i <= x1 && i < len(g.xs); i++ {
			if i >= x0 {
				g.point[g.at(i, j)] = true
			}
			if i+1 < len(g.xs) && g.xs[i] < r.Right() && g.xs[i+1] > r.X {
				g.h[g.at(i, j)] = true
			}
		}
	}
	for i := x0; i <= x1; i++ {
		for j := max(y0-1, 0); j <= y1 && j < len(g.ys); j++ {
			if j+1 < len(g.ys) && g.ys[j] < r.Bottom() && g.ys[j+1] > r.Y {
				g.v[g.at(i, j)] = true
			}
		}
	}
}

// firstAbove returns the index of the first coordinate above v.
func firstAbove(cs []float64, v float64) int {
	i, _ := slices.BinarySearch(cs, v)
	if i < len(cs) && cs[i] == v {
		i++
	}
	return i
}

// lastBelow returns the index of the last coordinate below v.
func lastBelow(cs []float64, v float64) int {
	i, _ := slices.BinarySearch(cs, v)
	return i - 1
}

// route returns the route of a connector from the element from to the
// element to, as a polyline from a side of one to a side of the other; nil
// when no route is free. It keeps off the routes of earlier connectors
// where another lane is free.
func route(ix *connectIndex, fromID, toID string, area scene.Rect, earlier [][]scene.Point, labels []scene.Rect) []scene.Point {
	fb := ix.byID[fromID].Bounds()
	tb := ix.byID[toID].Bounds()
	ends := []int{ix.cardOf[fromID], ix.cardOf[toID]}
	isEnd := func(c int) bool { return c == ends[0] || c == ends[1] }
	// The coordinates: gutter middles around every card, the margin, the
	// ends' sides and middles.
	var xs, ys []float64
	for _, c := range ix.cards {
		for _, off := range []float64{0, -lane, lane, -2 * lane, 2 * lane} {
			xs = append(xs, c.r.X-connectGutter/2+off, c.r.Right()+connectGutter/2+off)
			ys = append(ys, c.r.Y-connectGutter/2+off, c.r.Bottom()+connectGutter/2+off)
		}
	}
	xs = append(xs, area.X+margin/2, area.Right()-margin/2)
	ys = append(ys, area.Y+margin/2, area.Bottom()-margin/2)
	for _, r := range []scene.Rect{fb, tb} {
		xs = append(xs, r.X, r.Center().X, r.Right(), r.X-2*clearance, r.Right()+2*clearance)
		ys = append(ys, r.Y, r.Center().Y, r.Bottom(), r.Y-2*clearance, r.Bottom()+2*clearance)
	}
	// What blocks the route: the cards of neither end, and in the cards of
	// the ends every box and text but those of the ends themselves.
	var blocks []scene.Rect
	for i, c := range ix.cards {
		if !isEnd(i) {
			blocks = append(blocks, c.r.Inset(-clearance/2))
		}
	}
	for _, r := range ix.outside {
		blocks = append(blocks, r.Inset(-clearance/2))
	}
	for _, r := range labels {
		blocks = append(blocks, r.Inset(-clearance/2))
		xs = append(xs, r.X-clearance, r.Right()+clearance)
		ys = append(ys, r.Y-clearance, r.Bottom()+clearance)
	}
	var inner []scene.Rect
	for _, c := range ends {
		if c < 0 || c == ends[0] && len(inner) > 0 && ends[0] == ends[1] {
			continue
		}
		for k, r := range ix.inks[c] {
			if skipInk(ix.owners[c][k], ix.byID[fromID], ix.byID[toID], r, fb, tb) {
				continue
			}
			inner = append(inner, r.Inset(-clearance))
		}
	}
	base := len(xs) * len(ys)
	if base < maxConnectGrid {
		for _, r := range inner {
			xs = append(xs, r.X-clearance/2, r.Right()+clearance/2)
			ys = append(ys, r.Y-clearance/2, r.Bottom()+clearance/2)
		}
	}
	xs, ys = uniq(xs), uniq(ys)
	if len(xs)*len(ys) > maxConnectGrid {
		// Too many lines: keep one in every few of those inside the cards.
		xs, ys = thin(xs, maxConnectGrid/len(ys)), thin(ys, maxConnectGrid/max(len(xs), 1))
		if len(xs)*len(ys) > maxConnectGrid {
			return nil
		}
	}
	g := &grid{xs: xs, ys: ys, point: make([]bool, len(xs)*len(ys)), h: make([]bool, len(xs)*len(ys)), v: make([]bool, len(xs)*len(ys))}
	for _, r := range blocks {
		g.block(r)
	}
	for _, r := range inner {
		g.block(r)
	}
	g.block(fb)
	g.block(tb)
	// Inside the cards of the ends a px costs more, so the route leaves
	// them by the shortest way.
	var cost []scene.Rect
	for _, c := range ends {
		if c >= 0 {
			cost = append(cost, ix.cards[c].r)
		}
	}
	// The edges inside the cards of the ends are kept clear like earlier
	// connectors: a connector does not run along them or leave by their
	// ends.
	// Connectors of one element share its ports, as edges fanning out of
	// a node do.
	var edges [][]scene.Point
	for i, c := range ends {
		if c >= 0 && (i == 0 || c != ends[0]) {
			edges = append(edges, ix.lines[c]...)
		}
	}
	avoid := append(earlier[:len(earlier):len(earlier)], edges...)
	// But a connector does not leave by a port where an earlier one
	// arrives, nor arrive where one leaves: an arrowhead would sit on the
	// other line.
	var arriving, leaving [][]scene.Point
	for _, rt := range earlier {
		if n := len(rt); n >= 2 {
			leaving = append(leaving, rt[:2])
			arriving = append(arriving, rt[n-2:])
		}
	}
	fromPorts := ports(g, fb, append(slices.Clip(edges), arriving...))
	toPorts := ports(g, tb, append(slices.Clip(edges), leaving...))
	return search(g, fromPorts, toPorts, cost, avoid)
}

// crossesRect reports whether a stretch of one of the routes runs inside r.
func crossesRect(routes [][]scene.Point, r scene.Rect) bool {
	for _, rt := range routes {
		for i := 0; i+1 < len(rt); i++ {
			if t0, t1, ok := r.ClipSegment(rt[i], rt[i+1]); ok && t1 > t0 {
				return true
			}
		}
	}
	return false
}

// along reports whether the step from p to q runs along a stretch of one
// of the routes.
func along(p, q scene.Point, routes [][]scene.Point) bool {
	for _, r := range routes {
		for i := 0; i+1 < len(r); i++ {
			a, b := r[i], r[i+1]
			switch {
			case p.X == q.X && a.X == b.X && math.Abs(a.X-p.X) < 0.5:
				if min(p.Y, q.Y) < max(a.Y, b.Y) && max(p.Y, q.Y) > min(a.Y, b.Y) {
					return true
				}
			case p.Y == q.Y && a.Y == b.Y && math.Abs(a.Y-p.Y) < 0.5:
				if min(p.X, q.X) < max(a.X, b.X) && max(p.X, q.X) > min(a.X, b.X) {
					return true
				}
			}
		}
	}
	return false
}

// skipInk reports whether a box or text of an end's card is left out of
// the obstacles: it belongs to an end (its chain holds the end's item) or
// holds an end (a node around a line of its label).
func skipInk(chain []scene.Item, from, to scene.Item, r, fb, tb scene.Rect) bool {
	for _, it := range chain {
		if it == from || it == to {
			return true
		}
	}
	return contains(r, fb) || contains(r, tb)
}

// contains reports whether r holds s.
func contains(r, s scene.Rect) bool {
	return s.X >= r.X-0.5 && s.Y >= r.Y-0.5 && s.Right() <= r.Right()+0.5 && s.Bottom() <= r.Bottom()+0.5
}

// uniq sorts coordinates and drops those within 0.5 px of the one before.
func uniq(cs []float64) []float64 {
	slices.Sort(cs)
	out := cs[:0]
	for _, c := range cs {
		if math.IsNaN(c) || math.IsInf(c, 0) {
			continue
		}
		if len(out) == 0 || c-out[len(out)-1] > 0.5 {
			out = append(out, c)
		}
	}
	return out
}

// thin keeps at most n coordinates, evenly chosen.
func thin(cs []float64, n int) []float64 {
	if n < 2 || len(cs) <= n {
		return cs
	}
	out := make([]float64, 0, n)
	for i := range n {
		out = append(out, cs[i*(len(cs)-1)/(n-1)])
	}
	return uniq(out)
}

// port is where a route may leave or reach an end: a point of the grid
// stub px out from the middle of a side, the point on the side, and the
// direction from the side out (0 right, 1 down, 2 left, 3 up).
type port struct {
	i, j, dir int
	side      scene.Point
}

// stub is how far a route runs straight out of a side of its end, so that
// its arrowhead has a straight piece of line to sit on.
const stub = 2 * clearance

// ports returns the ports of r that are free on the grid and whose stub
// runs along none of the routes to avoid.
func ports(g *grid, r scene.Rect, avoid [][]scene.Point) []port {
	c := r.Center()
	// The grid point of a coordinate: uniq may have merged it with a
	// neighbour within 0.5 px.
	idx := func(cs []float64, v float64) (int, bool) {
		i, _ := slices.BinarySearch(cs, v)
		for _, k := range []int{i, i - 1} {
			if k >= 0 && k < len(cs) && math.Abs(cs[k]-v) <= 0.5 {
				return k, true
			}
		}
		return 0, false
	}
	var out []port
	for dir, p := range []struct{ at, side scene.Point }{
		{scene.Point{X: r.Right() + stub, Y: c.Y}, scene.Point{X: r.Right(), Y: c.Y}},
		{scene.Point{X: c.X, Y: r.Bottom() + stub}, scene.Point{X: c.X, Y: r.Bottom()}},
		{scene.Point{X: r.X - stub, Y: c.Y}, scene.Point{X: r.X, Y: c.Y}},
		{scene.Point{X: c.X, Y: r.Y - stub}, scene.Point{X: c.X, Y: r.Y}},
	} {
		i, okX := idx(g.xs, p.at.X)
		j, okY := idx(g.ys, p.at.Y)
		if okX && okY && !g.point[g.at(i, j)] && !along(p.side, p.at, avoid) {
			out = append(out, port{i, j, dir, p.side})
		}
	}
	return out
}

// step is a move on the grid in a direction.
var steps = [4][2]int{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}

// search finds the cheapest route from a port of the first end to a port
// of the second: length (more inside the cost rectangles) and bends, the
// turns at the ports included.
func search(g *grid, from, to []port, cost []scene.Rect, earlier [][]scene.Point) []scene.Point {
	nx, ny := len(g.xs), len(g.ys)
	n := nx * ny * 4
	// The states past n are the arrivals at the ports of to.
	dist := make([]float64, n+len(to))
	prev := make([]int32, n+len(to))
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
	}
	goal := map[int][]int{} // grid point → the ports of to there
	for k, p := range to {
		goal[g.at(p.i, p.j)] = append(goal[g.at(p.i, p.j)], k)
	}
	q := &stateHeap{}
	relax := func(s, from int, d float64) {
		if d < dist[s] {
			dist[s] = d
			prev[s] = int32(from)
			heap.Push(q, state{s, d})
		}
	}
	arrive := func(pi, dir, s int, d float64) {
		for _, k := range goal[pi] {
			extra := 0.0
			if dir != (to[k].dir+2)%4 {
				extra = bendCost
			}
			relax(n+k, s, d+extra)
		}
	}
	for _, p := range from {
		pi := g.at(p.i, p.j)
		for dir := range 4 {
			if dir == (p.dir+2)%4 {
				continue // back into the element
			}
			d := 0.0
			if dir != p.dir {
				d = bendCost
			}
			relax(pi*4+dir, -1, d)
		}
		arrive(pi, p.dir, pi*4+p.dir, 0)
	}
	inside := func(x, y float64) bool {
		for _, r := range cost {
			if x > r.X && x < r.Right() && y > r.Y && y < r.Bottom() {
				return true
			}
		}
		return false
	}
	end := -1
	for q.Len() > 0 {
		cur := heap.Pop(q).(state)
		if cur.d > dist[cur.s] {
			continue
		}
		if cur.s >= n {
			end = cur.s
			break
		}
		pi, dir := cur.s/4, cur.s%4
		i, j := pi%nx, pi/nx
		for nd := range 4 {
			if nd == (dir+2)%4 {
				continue // no turning back
			}
			di, dj := steps[nd][0], steps[nd][1]
			ni, nj := i+di, j+dj
			if ni < 0 || nj < 0 || ni >= nx || nj >= ny {
				continue
			}
			// The step between (i, j) and (ni, nj).
			var blocked bool
			switch {
			case dj == 0:
				blocked = g.h[g.at(min(i, ni), j)]
			default:
				blocked = g.v[g.at(i, min(j, nj))]
			}
			np := g.at(ni, nj)
			if blocked || g.point[np] {
				continue
			}
			l := math.Abs(g.xs[ni]-g.xs[i]) + math.Abs(g.ys[nj]-g.ys[j])
			if inside((g.xs[ni]+g.xs[i])/2, (g.ys[nj]+g.ys[j])/2) {
				l *= insideCost
			}
			if len(earlier) > 0 && along(scene.Point{X: g.xs[i], Y: g.ys[j]}, scene.Point{X: g.xs[ni], Y: g.ys[nj]}, earlier) {
				l *= sharedCost
			}
			if nd != dir {
				l += bendCost
			}
			relax(np*4+nd, cur.s, cur.d+l)
			arrive(np, nd, np*4+nd, cur.d+l)
		}
	}
	if end < 0 {
		return nil
	}
	pts := []scene.Point{to[end-n].side}
	var first int
	for s := int(prev[end]); s >= 0; s = int(prev[s]) {
		pi := s / 4
		p := scene.Point{X: g.xs[pi%nx], Y: g.ys[pi/nx]}
		if pts[len(pts)-1] != p {
			pts = append(pts, p)
		}
		first = pi
	}
	for _, p := range from {
		if g.at(p.i, p.j) == first {
			pts = append(pts, p.side)
			break
		}
	}
	slices.Reverse(pts)
	return straighten(pts)
}

// straighten drops the points in the middle of straight stretches.
func straighten(pts []scene.Point) []scene.Point {
	out := pts[:0:0]
	for i, p := range pts {
		if n := len(out); n >= 2 && i < len(pts) {
			a, b := out[n-2], out[n-1]
			if a.X == b.X && b.X == p.X || a.Y == b.Y && b.Y == p.Y {
				out[n-1] = p
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// state is a point and direction of the grid with its distance.
type state struct {
	s int
	d float64
}

// stateHeap is a min-heap of states by distance, ties by index so the
// search is deterministic.
type stateHeap []state

func (h stateHeap) Len() int { return len(h) }
func (h stateHeap) Less(i, j int) bool {
	if h[i].d != h[j].d {
		return h[i].d < h[j].d
	}
	return h[i].s < h[j].s
}
func (h stateHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *stateHeap) Push(x any)   { *h = append(*h, x.(state)) }
func (h *stateHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
