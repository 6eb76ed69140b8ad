package animate

import (
	"fmt"
)

// readingPath animates the parts of the picture that follow the steps: the
// highlight of the running step's caption ("step-N-now", an overlay), the
// step's progress dot ("step-N-dot") and its badge on the diagram
// ("step-N-badge"), which appear when the step starts. Parts the layout did
// not draw are skipped.
func (b *builder) readingPath(tl *Timeline) {
	for _, c := range tl.Captions {
		now := fmt.Sprintf("step-%d-now", c.Index)
		if b.scene.Find(now) != nil {
			b.showDuring(now, c.Start, c.End, min(0.2, (c.End-c.Start)/4))
		}
		for _, part := range []string{"dot", "badge"} {
			id := fmt.Sprintf("step-%d-%s", c.Index, part)
			if b.scene.Find(id) == nil {
				continue
			}
			ch := b.channel(id, Opacity, Value{}, Value{Opacity: 1})
			b.add(ch, segment{T0: c.Start, Keys: []Key{{T: min(c.Start+0.3, c.End), V: Value{Opacity: 1}}}})
		}
	}
}
