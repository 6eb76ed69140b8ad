package layout

import (
	"math"
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

// badges puts badge n by the first element step n acts on: touching its
// top-left corner from outside (beside the middle of an edge's route, by
// the start of a plot line), or at the next free place around it. A badge
// covers no text, no label, no node, no line and no other badge, and stays
// inside the picture. Its number is a label for the quality checks.
func badges(s *diagram.Script, sc *scene.Scene) []scene.Item {
	obstacles := badgeObstacles(sc)
	routes := badgeRoutes(sc)
	var out []scene.Item
	badged := map[scene.Item]bool{}
	for i, st := range s.Steps {
		it := firstTarget(st.Actions, sc, badged)
		if it == nil {
			continue
		}
		badged[it] = true
		for _, p := range badgeSpots(it) {
			r := scene.Rect{X: p.X - stepBadgeR, Y: p.Y - stepBadgeR, W: 2 * stepBadgeR, H: 2 * stepBadgeR}
			if !badgeFits(r, obstacles, sc) || badgeCrosses(r.Inset(-1), routes) {
				continue
			}
			n := strconv.Itoa(i + 1)
			g := badge(n, p, stepBadgeR)
			g.ID = scene.StepID(i+1, scene.StepBadge)
			for _, m := range g.Items {
				if t, ok := m.(*scene.Text); ok {
					t.Role = scene.RoleLabel
				}
			}
			out = append(out, g)
			obstacles = append(obstacles, r.Inset(-2))
			break
		}
	}
	return out
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
			for _, id := range a.Targets {
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
// every label box and every node.
func badgeObstacles(sc *scene.Scene) []scene.Rect {
	var out []scene.Rect
	scene.Walk(sc.Items, func(it scene.Item) bool {
		switch v := it.(type) {
		case *scene.Text:
			out = append(out, v.Ink)
		case *scene.Box:
			if v.Role == scene.RoleLabel || v.Role == scene.RoleNode {
				out = append(out, v.R)
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
