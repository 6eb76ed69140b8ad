package animate

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Travel between panels: an element moved along a connector rides it as a
// copy drawn above every panel (an overlay), since the panels it crosses
// are drawn after its own. The copy leaves from the element's place when
// the element is the connector's start, and lands on its place when it is
// the connector's end; the element itself stays where it is, and an
// element the copy lands on shows when the copy arrives.

// isConnector reports whether id names a connector between panels.
func (b *builder) isConnector(id string) bool {
	for _, c := range b.scene.Connectors {
		if c.ID == id {
			return true
		}
	}
	return false
}

// travel sends a copy of the element it (named id) along the route pts,
// from its centre, between s and e.
func (b *builder) travel(a *diagram.Action, id string, it scene.Item, pts []scene.Point, lands bool, s, e float64) {
	centre := it.Bounds().Center()
	card := &scene.Group{Kind: scene.KindPart, Items: []scene.Item{clone(it)}}
	ov := b.overlay("travel", card)
	card.ID = ov + ".card"
	b.showDuring(ov, s, e, 0)
	c := b.channel(card.ID, Transform, Value{}, Value{})
	c.free = true
	c.origin = centre
	ease := diagram.Linear
	if a.Easing == diagram.Steps {
		ease = diagram.Steps
	}
	start := Value{DX: round2(pts[0].X - centre.X), DY: round2(pts[0].Y - centre.Y)}
	keys := append([]Key{{T: s, V: start, Ease: ease}}, alongKeys(pts, centre, s, e, a.Easing)...)
	b.add(c, segment{T0: s, Ease: ease, Keys: keys})
	if lands {
		// The element is not at its place before the copy lands there.
		oc := b.channel(id, Opacity, Value{Opacity: 1}, Value{Opacity: 1})
		b.add(oc, segment{T0: s, Keys: []Key{{T: s, V: Value{}, Ease: diagram.Linear}}})
		b.add(oc, segment{T0: e, Keys: []Key{{T: e, V: Value{Opacity: 1}, Ease: diagram.Linear}}})
	}
}

// clone returns a copy of an item and everything it holds, without ids, so
// that the copy can be drawn beside the original.
func clone(it scene.Item) scene.Item {
	switch v := it.(type) {
	case *scene.Box:
		c := *v
		c.ID = ""
		return &c
	case *scene.Path:
		c := *v
		c.ID, c.From, c.To = "", nil, nil
		c.Role = scene.RoleNone
		return &c
	case *scene.Circle:
		c := *v
		c.ID = ""
		return &c
	case *scene.Text:
		c := *v
		c.ID = ""
		return &c
	case *scene.Group:
		c := *v
		c.ID = ""
		c.Items = make([]scene.Item, len(v.Items))
		for i, m := range v.Items {
			c.Items[i] = clone(m)
		}
		return &c
	}
	return it
}
