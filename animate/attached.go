package animate

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// followEnds keeps an edge hidden while one of its ends is: an edge the
// script never names, between nodes that a show reveals, appears when its
// later end appears. Without this, lines would point at empty space before
// their nodes arrive.
func (b *builder) followEnds() {
	scene.Walk(b.scene.Items, func(it scene.Item) bool {
		g, ok := it.(*scene.Group)
		if !ok || g.Kind != scene.KindEdge || g.ID == "" {
			return true
		}
		if _, named := b.channels[chanKey{target: g.ID, prop: Opacity}]; named {
			return false
		}
		from, to := edgeEnds(g)
		reveal, hidden := 0.0, false
		for _, end := range []string{from, to} {
			if t, ok := b.revealTime(end); ok {
				reveal = max(reveal, t)
				hidden = true
			}
		}
		if hidden {
			b.fadeTo(g.ID, diagram.Show, reveal, reveal+fade, diagram.EaseInOut)
		}
		return false
	})
}

// edgeEnds returns the ids of the nodes an edge group joins.
func edgeEnds(g *scene.Group) (from, to string) {
	for _, it := range g.Items {
		if p, ok := it.(*scene.Path); ok && p.Role == scene.RoleEdge {
			return p.Ends()
		}
	}
	return "", ""
}

// revealTime returns when a show first reveals an element that starts
// hidden.
func (b *builder) revealTime(id string) (float64, bool) {
	c, ok := b.channels[chanKey{target: id, prop: Opacity}]
	if !ok || c.initial.Opacity != 0 || len(c.segs) == 0 {
		return 0, false
	}
	return c.segs[0].T0, true
}
