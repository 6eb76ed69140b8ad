package scene

import (
	"github.com/aiprep/diag/scene/geom"
)

// Geometry returns the scene in the neutral geometry schema of the quality
// checks: graph nodes, edge routes, groups, labels, texts with the boxes
// they must fit in, plot marks with their areas and what they cover, and
// the boxes of legends. It is what the still picture shows: overlay groups,
// which it hides (a mark drawn at the other values of a swept parameter),
// are left out.
func (s *Scene) Geometry() geom.Geometry {
	var g geom.Geometry
	badges := map[string]bool{}
	for _, b := range s.Badges {
		badges[b.ID] = true
	}
	var walk func(items []Item, owner string, clip Rect)
	walk = func(items []Item, owner string, clip Rect) {
		for _, it := range items {
			switch v := it.(type) {
			case *Group:
				id := owner
				if v.ID != "" {
					id = v.ID
				}
				c := clip
				if v.Clip != (Rect{}) {
					c = v.Clip
				}
				if v.Kind == KindBadge && badges[v.ID] {
					continue // listed from s.Badges below
				}
				if v.Kind == KindOverlay {
					continue // hidden in the still picture
				}
				if v.Kind == KindZone && v.Zone != nil {
					z := geom.Zone{ID: v.ID, Members: append([]string{}, v.Zone.Members...)}
					for _, ring := range v.Zone.Outline {
						var pts [][2]float64
						for _, p := range ring {
							pts = append(pts, [2]float64{p.X, p.Y})
						}
						z.Outline = append(z.Outline, pts)
					}
					g.Zones = append(g.Zones, z)
				}
				if v.Kind == KindLegend {
					b := v.Bounds()
					g.Legends = append(g.Legends, geom.Box{ID: id, X: b.X, Y: b.Y, W: b.W, H: b.H})
				}
				walk(v.Items, id, c)
			case *Box:
				r := v.R
				switch v.Role {
				case RoleNode:
					g.Nodes = append(g.Nodes, geom.Node{ID: owner, X: r.X, Y: r.Y, W: r.W, H: r.H})
				case RoleGroup:
					g.Groups = append(g.Groups, geom.Group{ID: owner, X: r.X, Y: r.Y, W: r.W, H: r.H})
				case RoleLabel:
					g.Labels = append(g.Labels, geom.Box{ID: owner, X: r.X, Y: r.Y, W: r.W, H: r.H})
				case RoleMark:
					g.Marks = append(g.Marks, geom.Mark{ID: owner, X: r.X, Y: r.Y, W: r.W, H: r.H, Area: qbox(clip), Kind: geom.MarkArea})
				}
			case *Path:
				switch v.Role {
				case RoleEdge:
					from, to := v.Ends()
					e := geom.Edge{From: from, To: to}
					for _, p := range v.Poly {
						e.Points = append(e.Points, [2]float64{p.X, p.Y})
					}
					g.Edges = append(g.Edges, e)
				case RoleMark:
					b := v.Bounds()
					m := geom.Mark{ID: owner, X: b.X, Y: b.Y, W: b.W, H: b.H, Area: qbox(clip), Kind: geom.MarkDot}
					if len(v.Poly) > 1 {
						// A path with its polyline is a line, or a filled
						// shape; a marker drawn by its path alone is a dot.
						m.Kind = geom.MarkLine
						if !v.Style.Fill.None {
							m.Kind = geom.MarkArea
						}
						for _, p := range v.Poly {
							m.Points = append(m.Points, [2]float64{p.X, p.Y})
						}
					}
					g.Marks = append(g.Marks, m)
				}
			case *Circle:
				if v.Role == RoleMark {
					b := v.Bounds()
					g.Marks = append(g.Marks, geom.Mark{ID: owner, X: b.X, Y: b.Y, W: b.W, H: b.H, Area: qbox(clip), Kind: geom.MarkDot})
				}
			case *Text:
				if v.Box != (Rect{}) {
					in := v.Ink
					g.Texts = append(g.Texts, geom.TextBox{ID: owner, Text: v.String(), X: in.X, Y: in.Y, W: in.W, H: in.H, Container: qbox(v.Box)})
				}
				if v.Role == RoleLabel {
					in := v.Ink
					g.Labels = append(g.Labels, geom.Box{ID: owner, X: in.X, Y: in.Y, W: in.W, H: in.H})
				}
				if v.Box == (Rect{}) && v.Role != RoleLabel && (len(s.Badges) > 0 || len(s.Connectors) > 0) {
					in := v.Ink
					g.Inks = append(g.Inks, geom.Box{ID: owner, X: in.X, Y: in.Y, W: in.W, H: in.H})
				}
			}
		}
	}
	walk(s.Items, "", Rect{})
	for _, b := range s.Badges {
		g.Badges = append(g.Badges, geom.Badge{ID: b.ID, X: b.R.X, Y: b.R.Y, W: b.R.W, H: b.R.H, Panel: qbox(b.Panel)})
	}
	for _, c := range s.Connectors {
		k := geom.Connector{ID: c.ID, Ends: []geom.Box{qbox(c.Ends[0]), qbox(c.Ends[1])}, Label: qbox(c.Label)}
		for _, p := range c.Route {
			k.Points = append(k.Points, [2]float64{p.X, p.Y})
		}
		for _, r := range c.Panels {
			if r != (Rect{}) {
				k.Own = append(k.Own, qbox(r))
			}
		}
		g.Connectors = append(g.Connectors, k)
	}
	for _, r := range s.Panels {
		g.Panels = append(g.Panels, qbox(r))
	}
	if s.Body != (Rect{}) {
		g.Sheet = geom.Box{W: s.Width, H: s.Height}
		g.Body = qbox(s.Body)
		g.Cards = cards(s.Items)
	}
	return g
}

// cards returns the cards of the leaf panels among items, each with the
// ink box of what it draws, and the headings of titled rows and columns
// as cards of their own. A leaf panel is a panel group with no panel group
// inside; its card is its frame (a box with RolePanel among its direct
// members), or, for a panel that draws its own card (a tip), its bounds.
// What it draws is everything else: the card's own box is not content.
// Overlays and badges are left out: the still picture does not show the
// first, and the second float above.
func cards(items []Item) []geom.Card {
	var out []geom.Card
	var walk func(items []Item)
	walk = func(items []Item) {
		for _, it := range items {
			g, ok := it.(*Group)
			if !ok {
				continue
			}
			if g.Kind != KindPanel {
				walk(g.Items)
				continue
			}
			if holdsPanel(g) {
				for _, m := range g.Items {
					if t, ok := m.(*Text); ok {
						out = append(out, geom.Card{ID: g.ID, Box: qbox(t.Ink), Content: qbox(t.Ink)})
					}
				}
				walk(g.Items)
				continue
			}
			var frame Rect
			for _, m := range g.Items {
				if b, ok := m.(*Box); ok && b.Role == RolePanel {
					frame = b.R
					break
				}
			}
			if frame == (Rect{}) {
				frame = stillBounds(g) // a panel that draws its own card
			}
			var ink Rect
			for _, m := range g.Items {
				ink = ink.Union(inkBounds(m, frame))
			}
			out = append(out, geom.Card{ID: g.ID, Box: qbox(frame), Content: qbox(ink)})
		}
	}
	walk(items)
	return out
}

// holdsPanel reports whether a group holds a panel group below it.
func holdsPanel(g *Group) bool {
	found := false
	Walk(g.Items, func(it Item) bool {
		if h, ok := it.(*Group); ok && h.Kind == KindPanel {
			found = true
		}
		return !found
	})
	return found
}

// inkBounds returns the bounds of what an item shows in the still picture
// on a card, leaving out the boxes that are the card itself (equal to
// frame): a tip's tinted card is not its content.
func inkBounds(it Item, frame Rect) Rect {
	switch v := it.(type) {
	case *Box:
		if sameRect(v.R, frame) {
			return Rect{}
		}
	case *Group:
		if v.Kind == KindOverlay || v.Kind == KindBadge {
			return Rect{}
		}
		var r Rect
		for _, m := range v.Items {
			r = r.Union(inkBounds(m, frame))
		}
		return r
	}
	return it.Bounds()
}

// sameRect reports whether two rectangles have the same sides within a
// hundredth of a px (a union of boxes computes the width and height anew).
func sameRect(a, b Rect) bool {
	const eps = 0.01
	near := func(x, y float64) bool { return x-y < eps && y-x < eps }
	return near(a.X, b.X) && near(a.Y, b.Y) && near(a.Right(), b.Right()) && near(a.Bottom(), b.Bottom())
}

// stillBounds returns the bounds of what an item shows in the still
// picture: overlays and badges are left out.
func stillBounds(it Item) Rect {
	g, ok := it.(*Group)
	if !ok {
		return it.Bounds()
	}
	if g.Kind == KindOverlay || g.Kind == KindBadge {
		return Rect{}
	}
	var r Rect
	for _, m := range g.Items {
		r = r.Union(stillBounds(m))
	}
	return r
}

func qbox(r Rect) geom.Box { return geom.Box{X: r.X, Y: r.Y, W: r.W, H: r.H} }
