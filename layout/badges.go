package layout

import (
	"math"
	"strconv"

	"github.com/aiprep/diag/diagram"
)

// stepBadgeR is the radius of a reading-path badge on the diagram.
const stepBadgeR = 9.0

// readingPath returns what the animation script adds to the picture: a
// numbered badge for each step on the first element the step acts on
// (group "step-N-badge") and the progress dots of the caption strip. It
// draws nothing for a diagram without steps.
func readingPath(s *diagram.Script, scene *Scene) []Item {
	if s == nil || len(s.Steps) == 0 {
		return nil
	}
	out := badges(s, scene)
	return append(out, progressDots(len(s.Steps), scene)...)
}

// badges puts badge n by the first element step n acts on: touching its
// top-left corner from outside (beside the middle of an edge's route, by
// the start of a plot line), or at the next free place around it. A badge
// covers no text, no label, no node, no line and no other badge, and stays
// inside the picture. Its number is a label for the quality checks.
func badges(s *diagram.Script, scene *Scene) []Item {
	obstacles := badgeObstacles(scene)
	routes := badgeRoutes(scene)
	var out []Item
	badged := map[Item]bool{}
	for i, st := range s.Steps {
		it := firstTarget(st.Actions, scene, badged)
		if it == nil {
			continue
		}
		badged[it] = true
		for _, p := range badgeSpots(it) {
			r := Rect{p.X - stepBadgeR, p.Y - stepBadgeR, 2 * stepBadgeR, 2 * stepBadgeR}
			if !badgeFits(r, obstacles, scene) || badgeCrosses(r.Inset(-1), routes) {
				continue
			}
			n := strconv.Itoa(i + 1)
			g := badge(n, p, stepBadgeR)
			g.ID = "step-" + n + "-badge"
			for _, m := range g.Items {
				if t, ok := m.(*Text); ok {
					t.Role = RoleLabel
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
func firstTarget(actions []*diagram.Action, scene *Scene, badged map[Item]bool) Item {
	var first Item
	var visit func(actions []*diagram.Action) Item
	visit = func(actions []*diagram.Action) Item {
		for _, a := range actions {
			if a.Kind == diagram.Together {
				if it := visit(a.Actions); it != nil {
					return it
				}
				continue
			}
			for _, id := range a.Targets {
				it := scene.Find(id)
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
func badgeSpots(it Item) []Point {
	b := it.Bounds()
	d := stepBadgeR + 2
	// Touching the corner from outside: above it, beside it, then the
	// other corners, then farther out.
	corners := []Point{
		{b.X, b.Y - d}, {b.X - d, b.Y}, {b.Right(), b.Y - d}, {b.Right() + d, b.Y},
		{b.X, b.Bottom() + d}, {b.X - d, b.Bottom()}, {b.Right(), b.Bottom() + d}, {b.Right() + d, b.Bottom()},
		{b.X - d, b.Y - d}, {b.Right() + d, b.Y - d}, {b.X - d, b.Bottom() + d}, {b.Right() + d, b.Bottom() + d},
		{b.X - d, b.Center().Y}, {b.Right() + d, b.Center().Y},
		{b.X + d, b.Y - d}, {b.X + 3*d, b.Y - d}, {b.Center().X, b.Y - d}, {b.Center().X, b.Bottom() + d},
	}
	if start, ok := badgeMarkStart(it); ok {
		// A plot line: next to where it starts.
		d := stepBadgeR + 5
		var out []Point
		for _, o := range [][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, -1.4}, {0, 1.4}, {-1.4, 0}, {1.4, 0}} {
			out = append(out, Point{start.X + o[0]*d, start.Y + o[1]*d})
		}
		return append(out, corners...)
	}
	p := badgeEdgePath(it)
	if p == nil || len(p.Poly) < 2 {
		return corners
	}
	// Beside the route: next to the middle of each segment, then at its
	// quarters, segments nearest the middle of the route first.
	var out []Point
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
			m := Point{a.X + (c.X-a.X)*f, a.Y + (c.Y-a.Y)*f}
			out = append(out, Point{m.X - nx*d, m.Y - ny*d}, Point{m.X + nx*d, m.Y + ny*d})
		}
	}
	return append(out, corners...)
}

// badgeMarkStart returns the first point of a plot line element.
func badgeMarkStart(it Item) (Point, bool) {
	var start Point
	found := false
	Walk([]Item{it}, func(x Item) bool {
		if p, ok := x.(*Path); ok && !found && p.Role == RoleMark && len(p.Ops) > 1 && len(p.Ops[0].Pts) > 0 {
			start, found = p.Ops[0].Pts[0], true
		}
		return !found
	})
	return start, found
}

// badgeEdgePath returns the route of an edge element.
func badgeEdgePath(it Item) *Path {
	switch v := it.(type) {
	case *Path:
		if v.Role == RoleEdge {
			return v
		}
	case *Group:
		for _, m := range v.Items {
			if p, ok := m.(*Path); ok && p.Role == RoleEdge {
				return p
			}
		}
	}
	return nil
}

// badgeObstacles returns the boxes a badge must not cover: every text,
// every label box and every node.
func badgeObstacles(scene *Scene) []Rect {
	var out []Rect
	Walk(scene.Items, func(it Item) bool {
		switch v := it.(type) {
		case *Text:
			out = append(out, v.Ink)
		case *Box:
			if v.Role == RoleLabel || v.Role == RoleNode {
				out = append(out, v.R)
			}
		}
		return true
	})
	return out
}

// badgeFits reports whether a badge in r covers no obstacle, stays inside
// the picture and off the caption strip.
func badgeFits(r Rect, obstacles []Rect, scene *Scene) bool {
	if r.X < 2 || r.Y < 2 || r.Right() > scene.Width-2 || r.Bottom() > scene.Height-2 {
		return false
	}
	if scene.Captions != (Rect{}) && badgeOverlaps(r, scene.Captions.Inset(-4)) {
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
func badgeOverlaps(a, b Rect) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}

// badgeRoutes returns the drawn routes of every edge and plot line (for
// a line without Poly, the polyline through its points).
func badgeRoutes(scene *Scene) [][]Point {
	var out [][]Point
	Walk(scene.Items, func(it Item) bool {
		p, ok := it.(*Path)
		if !ok || (p.Role != RoleEdge && p.Role != RoleMark) {
			return true
		}
		if len(p.Poly) > 1 {
			out = append(out, p.Poly)
			return true
		}
		var pts []Point
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
func badgeCrosses(r Rect, routes [][]Point) bool {
	for _, pts := range routes {
		for i := 1; i < len(pts); i++ {
			if _, _, ok := r.ClipSegment(pts[i-1], pts[i]); ok {
				return true
			}
		}
	}
	return false
}
