package animate

import "github.com/aiprep/diag/scene"

// readingPath animates the parts of the picture that follow the steps: the
// highlight of the running step's caption (scene.StepNow, an overlay), the
// step's progress dot (scene.StepDot) and its badge on the diagram
// (scene.StepBadge), which appear when the step starts. Parts the layout did
// not draw are skipped.
func (b *builder) readingPath(tl *Timeline) {
	for _, c := range tl.Captions {
		now := scene.StepID(c.Index, scene.StepNow)
		if b.scene.Find(now) != nil {
			b.showDuring(now, c.Start, c.End, min(0.2, (c.End-c.Start)/4))
		}
		for _, part := range []scene.StepPart{scene.StepDot, scene.StepBadge} {
			id := scene.StepID(c.Index, part)
			if b.scene.Find(id) == nil {
				continue
			}
			ch := b.channel(id, Opacity, Value{}, Value{Opacity: 1})
			b.add(ch, segment{T0: c.Start, Keys: []Key{{T: min(c.Start+0.3, c.End), V: Value{Opacity: 1}}}})
		}
	}
}
