package quality

import (
	"fmt"

	"github.com/aiprep/diag/scene/geom"
)

// badges counts the badges that stick out of their panel and the badges
// that cover a text: a text's ink box, a label or a text that must fit in
// a box. A badge counts once for each check however many texts it covers.
func (s *scene) badges() (outside, overText int) {
	texts, names := s.textBoxes()
	for i, b := range s.g.Badges {
		box := boxRect(b.X, b.Y, b.W, b.H)
		p := b.Panel
		panel := boxRect(p.X, p.Y, p.W, p.H)
		if !s.check(box.finite() && panel.finite(), name("badge", b.ID, i)) {
			continue
		}
		if p != (geom.Box{}) {
			if out := panel.stickOut(box); out > tolerance {
				outside++
				s.problems.add("badge outside its panel: %s sticks out of %s by %s", name("badge", b.ID, i), panelName(p.ID), px(out))
			}
		}
		for k, t := range texts {
			if t.finite() && box.overlaps(t) {
				overText++
				s.problems.add("badge over text: %s covers %s", name("badge", b.ID, i), names[k])
				break
			}
		}
	}
	return outside, overText
}

// panelName names a badge's panel in a problem line.
func panelName(id string) string {
	if id == "" {
		return "its panel"
	}
	return "panel " + id
}

// textBoxes returns the boxes that text covers, with a name for each: the
// texts' ink boxes (with their words), the edge and mark labels, and the
// texts that must fit in a box. Badges and connectors must keep off all
// of them.
func (s *scene) textBoxes() (texts []rect, names []string) {
	for i, t := range s.g.Texts {
		texts = append(texts, boxRect(t.X, t.Y, t.W, t.H))
		names = append(names, fmt.Sprintf("%s (%q)", name("text", t.ID, i), shorten(t.Text)))
	}
	for i, l := range s.g.Labels {
		texts = append(texts, s.labels[i])
		names = append(names, name("label", l.ID, i))
	}
	for i, t := range s.g.Inks {
		texts = append(texts, boxRect(t.X, t.Y, t.W, t.H))
		names = append(names, name("text", t.ID, i))
	}
	return texts, names
}
