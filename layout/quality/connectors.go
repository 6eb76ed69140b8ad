package quality

import "github.com/aiprep/diag/scene/geom"

// connectors counts the (connector, panel) pairs where a line between
// panels enters a panel's card, shrunk by 2 px, that holds neither of its
// ends, and the (connector, text) pairs where it enters a text's ink box
// or a label, shrunk by 0.5 px: a text inside one of its ends' boxes and
// its own label are exempt.
func (s *scene) connectors() (throughPanels, overText int) {
	texts, names := s.textBoxes()
	box := func(b geom.Box) rect { return boxRect(b.X, b.Y, b.W, b.H) }
	for i, c := range s.g.Connectors {
		route, ok := cleanRoute(c.Points)
		cname := name("connector", c.ID, i)
		if !s.check(ok, cname) {
			continue
		}
		enters := func(r rect) bool {
			for k := 0; k+1 < len(route); k++ {
				if entersInside(route[k], route[k+1], r) {
					return true
				}
			}
			return false
		}
		for k, p := range s.g.Panels {
			r := box(p)
			own := false
			for _, o := range c.Own {
				own = own || box(o).holds(r) && r.holds(box(o))
			}
			if own || !r.finite() || !enters(r.grow(-2)) {
				continue
			}
			throughPanels++
			s.problems.add("connector through a panel: %s crosses %s", cname, name("panel", p.ID, k))
		}
		label := box(c.Label)
		for k, t := range texts {
			exempt := c.Label != (geom.Box{}) && label.holds(t)
			for _, e := range c.Ends {
				exempt = exempt || box(e).holds(t)
			}
			if exempt || !t.finite() || !enters(t.grow(-0.5)) {
				continue
			}
			overText++
			s.problems.add("connector over text: %s crosses %s", cname, names[k])
		}
	}
	return throughPanels, overText
}
