package layout

import (
	"strconv"

	"github.com/aiprep/diag/diagram"
)

// Progress dot metrics in px.
const (
	progressR   = 4.0
	progressGap = 12.0 // centre to centre
)

// progressDots draws one dot per step at the right end of the caption
// strip, on the first caption row with room for them: a ring, and over it
// the filled dot "step-N-dot", which the animation shows from step N on (in
// the still picture every dot is filled). It draws nothing when no row has
// room.
func progressDots(n int, scene *Scene) []Item {
	if scene.Captions == (Rect{}) || n == 0 {
		return nil
	}
	strip := scene.Captions
	w := float64(n-1)*progressGap + 2*progressR
	x0 := strip.Right() - w
	var rows []Rect // the highlight box of every caption row
	Walk(scene.Items, func(it Item) bool {
		g, ok := it.(*Group)
		if ok && g.Kind == "overlay" && len(g.Items) > 0 {
			if b, ok := g.Items[0].(*Box); ok && b.R.Y >= strip.Y-4 && b.R.Bottom() <= strip.Bottom()+4 {
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
		var out []Item
		for i := range n {
			c := Point{x0 + progressR + float64(i)*progressGap, cy}
			out = append(out,
				&Circle{C: c, R: progressR, Style: Style{Fill: NoPaint, Stroke: Paint{Tone: diagram.Muted, Role: Line}, StrokeWidth: 1.5}},
				&Group{ID: "step-" + strconv.Itoa(i+1) + "-dot", Kind: "progress", Items: []Item{
					&Circle{C: c, R: progressR, Style: Style{Fill: Paint{Tone: diagram.Accent, Role: Solid}, Stroke: NoPaint}},
				}},
			)
		}
		return []Item{&Group{ID: "progress", Kind: "progress", Items: out}}
	}
	return nil
}
