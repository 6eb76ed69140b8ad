package graph

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// A group with a repeat count is a block drawn once and repeated: a solid
// frame (a plain group's is dashed) whose title bar ends in a pill with
// ×N, in the group's tone. The pill is a rounded rectangle, unlike the
// round step badges, so that the two are not confused.

// The repeat badge's size, in px: its padding either side of the text,
// its height, and the gap between it and the title or the frame.
const (
	repeatBadgePadX = 6
	repeatBadgeH    = 16
	repeatBadgeGap  = 8
)

// repeatText returns what the badge of a group repeated n times says.
func repeatText(n string) string { return "×" + n }

// repeatBadgeW returns the width of the badge of a group repeated n times.
func repeatBadgeW(n string) float64 {
	return text.Measure(scene.SansBold, text.SizeSmall, repeatText(n)) + 2*repeatBadgePadX
}

// repeatBadge draws the ×N badge of the repeated group gr whose frame is r
// and title bar t: at the right end of the title bar, inside the frame.
func repeatBadge(gr *diagram.Group, r, t scene.Rect) []scene.Item {
	w := repeatBadgeW(gr.Repeat)
	box := scene.Rect{X: r.Right() - repeatBadgeGap - w, Y: t.Y + (t.H-repeatBadgeH)/2, W: w, H: repeatBadgeH}
	base := box.Y + box.H/2 + (text.Ascent(scene.SansBold, text.SizeSmall)-text.Descent(scene.SansBold, text.SizeSmall))/2
	label := text.Label("", repeatText(gr.Repeat), box.Center().X, base, scene.Middle, scene.SansBold, text.SizeSmall, scene.Paint{Tone: gr.Tone, Role: scene.OnSolid})
	label.Box = box
	return []scene.Item{
		&scene.Box{Shape: diagram.Rounded, R: box, Corner: box.H / 2,
			Style: scene.Style{Fill: scene.Paint{Tone: gr.Tone, Role: scene.Solid}, Stroke: scene.NoPaint}},
		label,
	}
}
