package layout

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Progress dot metrics in px.
const (
	progressR   = 4.0
	progressGap = 12.0 // centre to centre
)

// progressDots draws one dot per step at the right end of the caption
// strip, on the first caption row with room for them: a ring, and over it
// the filled dot (scene.StepDot), which the animation shows from step N on (in
// the still picture every dot is filled). It draws nothing when no row has
// room.
func progressDots(n int, sc *scene.Scene) []scene.Item {
	if sc.Captions == (scene.Rect{}) || n == 0 {
		return nil
	}
	strip := sc.Captions
	w := float64(n-1)*progressGap + 2*progressR
	x0 := strip.Right() - w
	var rows []scene.Rect // the highlight box of every caption row
	scene.Walk(sc.Items, func(it scene.Item) bool {
		g, ok := it.(*scene.Group)
		if ok && g.Kind == scene.KindOverlay && len(g.Items) > 0 {
			if b, ok := g.Items[0].(*scene.Box); ok && b.R.Y >= strip.Y-4 && b.R.Bottom() <= strip.Bottom()+4 {
				rows = append(rows, b.R)
			}
		}
		return true
	})
	for _, row := range rows {
		if row.Right()+12 > x0 {
			continue
		}
		cy := row.Y + row.H/2
		var out []scene.Item
		for i := range n {
			c := scene.Point{X: x0 + progressR + float64(i)*progressGap, Y: cy}
			out = append(out,
				&scene.Circle{C: c, R: progressR, Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, StrokeWidth: 1.5}},
				&scene.Group{ID: scene.StepID(i+1, scene.StepDot), Kind: scene.KindProgress, Items: []scene.Item{
					&scene.Circle{C: c, R: progressR, Style: scene.Style{Fill: scene.Paint{Tone: diagram.Accent, Role: scene.Solid}, Stroke: scene.NoPaint}},
				}},
			)
		}
		return []scene.Item{&scene.Group{ID: "progress", Kind: scene.KindProgress, Items: out}}
	}
	return nil
}
