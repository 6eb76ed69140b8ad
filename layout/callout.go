package layout

import (
	"math"
	"slices"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Callouts.
//
// A callout is a card in a margin column beside the panels, level with the
// element it is about where the column has room, and a leader from the
// card to the element routed as a connector is (connect.go): through the
// gutters, round every box and text of the element's panel, never across
// another panel. The columns are as wide as their widest card plus a
// gutter, and the panels are laid out with the gutters of a diagram with
// connectors, so that leaders can run between them.

const (
	// calloutPadX and calloutPadY are the room round a callout's text in
	// its card.
	calloutPadX = 8.0
	calloutPadY = 5.0
	// calloutGap is the least gap between two cards of one column.
	calloutGap = 10.0
	// calloutDot is the radius of the dot where a leader meets its
	// element.
	calloutDot = 2.5
)

// calloutCard is a callout's measured card.
type calloutCard struct {
	c    *diagram.Callout
	tb   text.Block
	w, h float64
}

// calloutCards measures the callouts of d and returns the widths of the
// left and right margin columns they need (0 for a side without one).
func calloutCards(d *diagram.Diagram) (cards []calloutCard, left, right float64) {
	for _, c := range d.Callouts {
		tb := text.Lines(c.Text, scene.Sans, text.SizeSmall)
		k := calloutCard{c: c, tb: tb, w: tb.W + 2*calloutPadX, h: tb.H + 2*calloutPadY}
		cards = append(cards, k)
		if c.Side == diagram.CalloutLeft {
			left = max(left, connectGutter+k.w)
		} else {
			right = max(right, connectGutter+k.w)
		}
	}
	return cards, left, right
}

// withCallouts returns the body block b with room for the callout
// columns on its left and right; body is set to where b goes when it is
// placed.
func withCallouts(b panel.Block, left, right float64, body *scene.Rect) panel.Block {
	if left == 0 && right == 0 {
		return b
	}
	return panel.Block{W: b.W + left + right, H: b.H, Place: func(x, y float64) []scene.Item {
		*body = scene.Rect{X: x + left, Y: y, W: b.W, H: b.H}
		if b.Place == nil {
			return nil
		}
		return b.Place(x+left, y)
	}}
}

// callouts places the cards in their columns beside body, the placed
// panels, and routes their leaders over the items of s, clear of the
// connectors drawn before; each leader is listed with the connectors for
// the checks (it must cross no panel but its element's, and no text). A
// column too short for its cards, or a leader with no free route, is
// reported.
func callouts(env *panel.Env, cards []calloutCard, s *scene.Scene, body scene.Rect) []scene.Item {
	if len(cards) == 0 {
		return nil
	}
	ix := indexConnect(s.Items)
	if len(s.Panels) == 0 {
		for _, c := range ix.cards {
			s.Panels = append(s.Panels, c.r)
		}
	}
	// The targets: an edge is pointed at on its label, or on the middle
	// of its line.
	targets := make([]scene.Item, len(cards))
	for i, k := range cards {
		it, ok := ix.byID[k.c.At]
		if !ok {
			continue
		}
		targets[i] = calloutTarget(it)
	}
	boxes := make([]scene.Rect, len(cards))
	for _, side := range []diagram.CalloutSide{diagram.CalloutLeft, diagram.CalloutRight} {
		var col []int
		for i, k := range cards {
			if k.c.Side == side && targets[i] != nil {
				col = append(col, i)
			}
		}
		want := func(i int) float64 { return targets[i].Bounds().Center().Y - cards[i].h/2 }
		slices.SortStableFunc(col, func(a, b int) int {
			switch wa, wb := want(a), want(b); {
			case wa < wb:
				return -1
			case wa > wb:
				return 1
			}
			return 0
		})
		// Down the column from each card's wish, then up from the bottom
		// where the cards run past the panels.
		ys := make([]float64, len(col))
		next := body.Y
		for k, i := range col {
			ys[k] = max(want(i), next)
			next = ys[k] + cards[i].h + calloutGap
		}
		limit := body.Bottom()
		for k := len(col) - 1; k >= 0; k-- {
			ys[k] = min(ys[k], limit-cards[col[k]].h)
			limit = ys[k] - calloutGap
		}
		for k, i := range col {
			if ys[k] < body.Y-0.01 {
				env.Errorf(cards[i].c.Pos, "move some callouts to the other side, or shorten them", "the callouts on the %s do not fit beside the panels", side)
				return nil
			}
			x := body.Right() + connectGutter
			if side == diagram.CalloutLeft {
				x = body.X - connectGutter - cards[i].w
			}
			boxes[i] = scene.Rect{X: x, Y: ys[k], W: cards[i].w, H: cards[i].h}
		}
	}
	area := scene.Rect{W: s.Width, H: s.Height}
	var routes [][]scene.Point
	var labels []scene.Rect
	for _, f := range s.Connectors {
		routes = append(routes, f.Route)
		if f.Label != (scene.Rect{}) {
			labels = append(labels, f.Label)
		}
	}
	outside := ix.outside
	var out []scene.Item
	failed := 0
	for i, k := range cards {
		if targets[i] == nil {
			continue
		}
		card := &scene.Box{Shape: diagram.Rounded, Role: scene.RoleLabel, R: boxes[i], Corner: 6,
			Style: scene.Style{Fill: scene.Paint{Tone: k.c.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: k.c.Tone, Role: scene.Line}, StrokeWidth: 1}}
		cardKey, targetKey := "\x00callout", "\x00target"
		ix.byID[cardKey], ix.cardOf[cardKey] = &scene.Group{Items: []scene.Item{card}}, -1
		ix.byID[targetKey], ix.cardOf[targetKey] = targets[i], ix.cardOf[k.c.At]
		ix.outside = outside[:len(outside):len(outside)]
		for o, r := range boxes {
			if o != i && r != (scene.Rect{}) {
				ix.outside = append(ix.outside, r)
			}
		}
		pts := route(ix, cardKey, targetKey, area, routes, labels)
		if len(pts) < 2 {
			if failed++; failed <= maxRouteErrors {
				env.Errorf(k.c.Pos, "move the callout to the other side, or point it at an element nearer the panel's edge", "no free route for the leader of the callout to %s", k.c.At)
			}
			continue
		}
		routes = append(routes, pts)
		tip := pts[len(pts)-1]
		items := []scene.Item{card}
		for _, t := range k.tb.Place("", boxes[i].X+calloutPadX, boxes[i].Y+calloutPadY, scene.Start, scene.Paint{Tone: k.c.Tone, Role: scene.Ink}) {
			t.(*scene.Text).Box = boxes[i]
			items = append(items, t)
		}
		line := scene.Paint{Tone: k.c.Tone, Role: scene.Line}
		items = append(items,
			&scene.Path{Role: scene.RoleEdge, Ops: draw.RoundedPolyline(pts, draw.BendRadius), Poly: pts,
				Style: scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 1.25}},
			&scene.Circle{C: tip, R: calloutDot, Style: scene.Style{Fill: line, Stroke: scene.NoPaint}})
		frame := scene.ConnectorFrame{ID: k.c.ID, Route: pts, Ends: [2]scene.Rect{boxes[i], targets[i].Bounds()}}
		if c := ix.cardOf[k.c.At]; c >= 0 {
			frame.Panels[1] = ix.cards[c].r
		}
		s.Connectors = append(s.Connectors, frame)
		out = append(out, &scene.Group{ID: k.c.ID, Kind: scene.KindNote, Items: items})
	}
	return out
}

// calloutTarget returns what a leader points at for the element it: the
// element, or for an edge its label, else a small box on the middle of
// its line.
func calloutTarget(it scene.Item) scene.Item {
	g, ok := it.(*scene.Group)
	if !ok || g.Kind != scene.KindEdge {
		return it
	}
	var line []scene.Point
	for _, sub := range g.Items {
		switch v := sub.(type) {
		case *scene.Box:
			if v.Role == scene.RoleLabel {
				return &scene.Group{Items: []scene.Item{&scene.Box{R: v.R}}}
			}
		case *scene.Path:
			if v.Role == scene.RoleEdge && len(line) == 0 {
				line = v.Poly
			}
		}
	}
	if len(line) < 2 {
		return it
	}
	m := midpoint(line)
	return &scene.Group{Items: []scene.Item{&scene.Box{R: scene.Rect{X: m.X - 4, Y: m.Y - 4, W: 8, H: 8}}}}
}

// midpoint returns the point halfway along a polyline.
func midpoint(pts []scene.Point) scene.Point {
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += dist(pts[i-1], pts[i])
	}
	half := total / 2
	for i := 1; i < len(pts); i++ {
		d := dist(pts[i-1], pts[i])
		if d >= half && d > 0 {
			t := half / d
			return scene.Point{X: pts[i-1].X + t*(pts[i].X-pts[i-1].X), Y: pts[i-1].Y + t*(pts[i].Y-pts[i-1].Y)}
		}
		half -= d
	}
	return pts[len(pts)-1]
}

func dist(a, b scene.Point) float64 { return math.Hypot(b.X-a.X, b.Y-a.Y) }
