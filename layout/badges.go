package layout

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// stepBadgeR is the radius of a reading-path badge on the diagram.
const stepBadgeR = 9.0

// readingPath returns what the animation script adds to the picture: a
// numbered badge for each step on the first element the step acts on
// (scene.StepBadge) and the progress dots of the caption strip. It
// draws nothing for a diagram without steps.
func readingPath(s *diagram.Script, sc *scene.Scene) []scene.Item {
	if s == nil || len(s.Steps) == 0 {
		return nil
	}
	out := badges(s, sc)
	return append(out, progressDots(len(s.Steps), sc)...)
}

// badges puts badge n by the element step n names with badge at, on the
// side it names, or else by the first element the step acts on: touching
// its top-left corner from outside (beside the middle of an edge's route,
// by the start of a plot line), or at the next free place around it, or
// the nearest free place in its panel. A side that would leave the panel
// or cover something gives way to the next free place the same way. A badge
// covers no text, no label, no node, no line and no other badge, and stays
// inside the picture. Its number is a label for the quality checks.
func badges(s *diagram.Script, sc *scene.Scene) []scene.Item {
	obstacles := badgeObstacles(sc)
	routes := badgeRoutes(sc)
	var out []scene.Item
	badged := map[scene.Item]bool{}
	search := maxBadgeSearch
	for i, st := range s.Steps {
		var it scene.Item
		side := diagram.BadgeAuto
		if st.Badge != nil {
			it, side = sc.Find(st.Badge.Target), st.Badge.Side
		}
		if it == nil {
			it = firstTarget(st.Actions, sc, badged)
		}
		if it == nil {
			continue
		}
		badged[it] = true
		panel := panelOf(sc, it)
		fits := func(p scene.Point) (scene.Rect, bool) {
			r := scene.Rect{X: p.X - stepBadgeR, Y: p.Y - stepBadgeR, W: 2 * stepBadgeR, H: 2 * stepBadgeR}
			if panel != (scene.Rect{}) && !inside(r, panel.Inset(badgeInset)) {
				return r, false
			}
			return r, badgeFits(r, obstacles, sc) && !badgeCrosses(r.Inset(-1), routes)
		}
		p, ok := scene.Point{}, false
		spots := badgeSpots(it)
		if side != diagram.BadgeAuto {
			spots = append([]scene.Point{sideSpot(it.Bounds(), side)}, spots...)
		}
		for _, q := range spots {
			if _, ok = fits(q); ok {
				p = q
				break
			}
		}
		if !ok && panel != (scene.Rect{}) && search > 0 {
			p, ok = nearestFree(it.Bounds(), panel.Inset(badgeInset), fits, &search)
		}
		if !ok {
			continue
		}
		r, _ := fits(p)
		n := strconv.Itoa(i + 1)
		g := badge(n, p, stepBadgeR)
		g.ID = scene.StepID(i+1, scene.StepBadge)
		for _, m := range g.Items {
			if t, ok := m.(*scene.Text); ok {
				t.Role = scene.RoleLabel
			}
		}
		out = append(out, g)
		sc.Badges = append(sc.Badges, scene.BadgeFrame{ID: g.ID, R: r, Panel: panel})
		obstacles = append(obstacles, r.Inset(-2))
	}
	return out
}

// sideSpot returns the centre of a badge that touches the box b from
// outside on the given side, or at the given corner.
func sideSpot(b scene.Rect, side diagram.BadgeSide) scene.Point {
	d := stepBadgeR + 2
	c := b.Center()
	switch side {
	case diagram.BadgeTop:
		return scene.Point{X: c.X, Y: b.Y - d}
	case diagram.BadgeBottom:
		return scene.Point{X: c.X, Y: b.Bottom() + d}
	case diagram.BadgeLeft:
		return scene.Point{X: b.X - d, Y: c.Y}
	case diagram.BadgeRight:
		return scene.Point{X: b.Right() + d, Y: c.Y}
	case diagram.BadgeTopRight:
		return scene.Point{X: b.Right() + d, Y: b.Y - d}
	case diagram.BadgeBottomLeft:
		return scene.Point{X: b.X - d, Y: b.Bottom() + d}
	case diagram.BadgeBottomRight:
		return scene.Point{X: b.Right() + d, Y: b.Bottom() + d}
	}
	return scene.Point{X: b.X - d, Y: b.Y - d} // top-left
}

// badgeInset is how far a badge keeps from the border of its panel's card.
const badgeInset = 4

// inside reports whether r lies inside outer.
func inside(r, outer scene.Rect) bool {
	return r.X >= outer.X && r.Y >= outer.Y && r.Right() <= outer.Right() && r.Bottom() <= outer.Bottom()
}

// maxBadgeSearch caps the places that the search for free places tries
// for all the badges of a diagram together, so that a long animation over
// a crowded panel costs bounded time.
const maxBadgeSearch = 40000

// maxBadgeCands caps the places one search considers.
const maxBadgeCands = 1500

// nearestFree searches the area within 160 px of the box b for the free
// place nearest to b: centres on a grid of 4 px or coarser (at most
// maxBadgeCands places), by distance from b, the first that fits. Each
// place tried counts against the budget.
func nearestFree(b, area scene.Rect, fits func(scene.Point) (scene.Rect, bool), budget *int) (scene.Point, bool) {
	const reach = 160.0
	x0, y0 := max(area.X, b.X-reach)+stepBadgeR, max(area.Y, b.Y-reach)+stepBadgeR
	x1, y1 := min(area.Right(), b.Right()+reach)-stepBadgeR, min(area.Bottom(), b.Bottom()+reach)-stepBadgeR
	if x1 < x0 || y1 < y0 {
		return scene.Point{}, false
	}
	step := max(4, math.Sqrt((x1-x0+1)*(y1-y0+1)/maxBadgeCands))
	type cand struct {
		p scene.Point
		d float64
	}
	var cands []cand
	for y := y0; y <= y1; y += step {
		for x := x0; x <= x1; x += step {
			dx := max(b.X-x, 0, x-b.Right())
			dy := max(b.Y-y, 0, y-b.Bottom())
			cands = append(cands, cand{scene.Point{X: x, Y: y}, math.Hypot(dx, dy)})
		}
	}
	slices.SortStableFunc(cands, func(a, c cand) int { return cmp.Compare(a.d, c.d) })
	for _, c := range cands {
		if *budget <= 0 {
			break
		}
		*budget--
		if _, ok := fits(c.p); ok {
			return c.p, true
		}
	}
	return scene.Point{}, false
}

// panelOf returns the card of the panel that holds the item, or the zero
// Rect when it is in no panel (or is a panel itself: then its own card).
func panelOf(sc *scene.Scene, target scene.Item) scene.Rect {
	var found scene.Rect
	done := false
	var walk func(items []scene.Item, card scene.Rect)
	walk = func(items []scene.Item, card scene.Rect) {
		for _, it := range items {
			if done {
				return
			}
			c := card
			if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindPanel {
				for _, m := range g.Items {
					if b, ok := m.(*scene.Box); ok && b.Role == scene.RolePanel {
						c = b.R
						break
					}
				}
			}
			if it == target {
				found, done = c, true
				return
			}
			if g, ok := it.(*scene.Group); ok {
				walk(g.Items, c)
			}
		}
	}
	walk(sc.Items, scene.Rect{})
	return found
}

// firstTarget returns the first element of the scene that a list of
// actions acts on, preferring one that has no badge yet.
func firstTarget(actions []*diagram.Action, sc *scene.Scene, badged map[scene.Item]bool) scene.Item {
	var first scene.Item
	var visit func(actions []*diagram.Action) scene.Item
	visit = func(actions []*diagram.Action) scene.Item {
		for _, a := range actions {
			if a.Kind == diagram.Together {
				if it := visit(a.Actions); it != nil {
					return it
				}
				continue
			}
			for _, id := range actionTargets(a, sc) {
				it := sc.Find(id)
				if it == nil {
					continue
				}
				if first == nil {
					first = it
				}
				if !badged[it] {
					return it
				}
			}
		}
		return nil
	}
	if it := visit(actions); it != nil {
		return it
	}
	return first
}

// badgeSpots lists where a badge may go, best first.
func badgeSpots(it scene.Item) []scene.Point {
	b := it.Bounds()
	d := stepBadgeR + 2
	// Touching the corner from outside: above it, beside it, then the
	// other corners, then farther out.
	corners := []scene.Point{
		{X: b.X, Y: b.Y - d}, {X: b.X - d, Y: b.Y}, {X: b.Right(), Y: b.Y - d}, {X: b.Right() + d, Y: b.Y},
		{X: b.X, Y: b.Bottom() + d}, {X: b.X - d, Y: b.Bottom()}, {X: b.Right(), Y: b.Bottom() + d}, {X: b.Right() + d, Y: b.Bottom()},
		{X: b.X - d, Y: b.Y - d}, {X: b.Right() + d, Y: b.Y - d}, {X: b.X - d, Y: b.Bottom() + d}, {X: b.Right() + d, Y: b.Bottom() + d},
		{X: b.X - d, Y: b.Center().Y}, {X: b.Right() + d, Y: b.Center().Y},
		{X: b.X + d, Y: b.Y - d}, {X: b.X + 3*d, Y: b.Y - d}, {X: b.Center().X, Y: b.Y - d}, {X: b.Center().X, Y: b.Bottom() + d},
	}
	if start, ok := badgeMarkStart(it); ok {
		// A plot line: next to where it starts.
		d := stepBadgeR + 5
		var out []scene.Point
		for _, o := range [][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, -1.4}, {0, 1.4}, {-1.4, 0}, {1.4, 0}} {
			out = append(out, scene.Point{X: start.X + o[0]*d, Y: start.Y + o[1]*d})
		}
		return append(out, corners...)
	}
	p := badgeEdgePath(it)
	if p == nil || len(p.Poly) < 2 {
		return corners
	}
	// Beside the route: next to the middle of each segment, then at its
	// quarters, segments nearest the middle of the route first.
	var out []scene.Point
	n := len(p.Poly) - 1
	d = stepBadgeR + 7 // clear of the line and its arrowheads
	for k := range n {
		i := n/2 + (k+1)/2*(1-2*(k%2)) // n/2, n/2+1, n/2-1, ...
		if i < 0 || i >= n {
			continue
		}
		a, c := p.Poly[i], p.Poly[i+1]
		l := math.Hypot(c.X-a.X, c.Y-a.Y)
		if l == 0 {
			continue
		}
		nx, ny := -(c.Y-a.Y)/l, (c.X-a.X)/l
		for _, f := range []float64{0.5, 0.25, 0.75} {
			m := scene.Point{X: a.X + (c.X-a.X)*f, Y: a.Y + (c.Y-a.Y)*f}
			out = append(out, scene.Point{X: m.X - nx*d, Y: m.Y - ny*d}, scene.Point{X: m.X + nx*d, Y: m.Y + ny*d})
		}
	}
	return append(out, corners...)
}

// badgeMarkStart returns the first point of a plot line element.
func badgeMarkStart(it scene.Item) (scene.Point, bool) {
	var start scene.Point
	found := false
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if p, ok := x.(*scene.Path); ok && !found && p.Role == scene.RoleMark && len(p.Ops) > 1 && len(p.Ops[0].Pts) > 0 {
			start, found = p.Ops[0].Pts[0], true
		}
		return !found
	})
	return start, found
}

// badgeEdgePath returns the route of an edge element.
func badgeEdgePath(it scene.Item) *scene.Path {
	switch v := it.(type) {
	case *scene.Path:
		if v.Role == scene.RoleEdge {
			return v
		}
	case *scene.Group:
		for _, m := range v.Items {
			if p, ok := m.(*scene.Path); ok && p.Role == scene.RoleEdge {
				return p
			}
		}
	}
	return nil
}

// badgeObstacles returns the boxes a badge must not cover: every text,
// every label box, every node, every plot mark drawn as a dot or a box,
// and the arrowheads at the ends of edges.
func badgeObstacles(sc *scene.Scene) []scene.Rect {
	var out []scene.Rect
	const head = 7.0 // half the box around an arrowhead
	scene.Walk(sc.Items, func(it scene.Item) bool {
		switch v := it.(type) {
		case *scene.Text:
			out = append(out, v.Ink)
		case *scene.Box:
			if v.Role == scene.RoleLabel || v.Role == scene.RoleNode || v.Role == scene.RoleMark {
				out = append(out, v.R)
			}
		case *scene.Circle:
			if v.Role == scene.RoleMark {
				out = append(out, v.Bounds())
			}
		case *scene.Path:
			if v.Role == scene.RoleEdge && len(v.Poly) > 1 {
				if v.Style.ArrowEnd || v.Style.ArrowStart {
					for _, p := range []scene.Point{v.Poly[0], v.Poly[len(v.Poly)-1]} {
						out = append(out, scene.Rect{X: p.X - head, Y: p.Y - head, W: 2 * head, H: 2 * head})
					}
				}
			}
		}
		return true
	})
	return out
}

// badgeFits reports whether a badge in r covers no obstacle, stays inside
// the picture and off the caption strip.
func badgeFits(r scene.Rect, obstacles []scene.Rect, sc *scene.Scene) bool {
	if r.X < 2 || r.Y < 2 || r.Right() > sc.Width-2 || r.Bottom() > sc.Height-2 {
		return false
	}
	if sc.Captions != (scene.Rect{}) && badgeOverlaps(r, sc.Captions.Inset(-4)) {
		return false
	}
	for _, o := range obstacles {
		if badgeOverlaps(r, o) {
			return false
		}
	}
	return true
}

// badgeOverlaps reports whether two rectangles share more than an edge.
func badgeOverlaps(a, b scene.Rect) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}

// badgeRoutes returns the drawn routes of every edge and plot line (for
// a line without Poly, the polyline through its points).
func badgeRoutes(sc *scene.Scene) [][]scene.Point {
	var out [][]scene.Point
	scene.Walk(sc.Items, func(it scene.Item) bool {
		p, ok := it.(*scene.Path)
		if !ok || (p.Role != scene.RoleEdge && p.Role != scene.RoleMark) {
			return true
		}
		if len(p.Poly) > 1 {
			out = append(out, p.Poly)
			return true
		}
		var pts []scene.Point
		for _, op := range p.Ops {
			pts = append(pts, op.Pts...)
		}
		if len(pts) > 1 {
			out = append(out, pts)
		}
		return true
	})
	return out
}

// badgeCrosses reports whether any route passes through r.
func badgeCrosses(r scene.Rect, routes [][]scene.Point) bool {
	for _, pts := range routes {
		for i := 1; i < len(pts); i++ {
			if _, _, ok := r.ClipSegment(pts[i-1], pts[i]); ok {
				return true
			}
		}
	}
	return false
}

// actionTargets returns the ids of the elements an action acts on: its
// targets, or for a sweep the marks that follow its parameter.
func actionTargets(a *diagram.Action, sc *scene.Scene) []string {
	if a.Kind != diagram.Sweep {
		return a.Targets
	}
	var ids []string
	for _, sw := range sc.Sweeps {
		if sw.Param == a.Param && len(sw.Groups) > 0 {
			ids = append(ids, sw.Groups[len(sw.Groups)-1])
		}
	}
	return ids
}
