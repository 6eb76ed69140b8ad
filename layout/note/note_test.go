package note

import (
	"math"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
)

func TestNoteLineHeights(t *testing.T) {
	// Lines with and without scripts keep one rhythm: equal baseline
	// steps between the bullets.
	p := &diagram.Note{Lines: []*diagram.NoteLine{
		{Kind: diagram.BulletLine, Text: "plain"},
		{Kind: diagram.BulletLine, Text: "x^2 and x_i"},
		{Kind: diagram.BulletLine, Text: "plain again"},
	}}
	items, _ := measureNote(p, 300)
	d1 := items[1].bases[0] - items[0].bases[0]
	d2 := items[2].bases[0] - items[1].bases[0]
	if math.Abs(d1-d2) > 1e-9 {
		t.Errorf("baseline steps %.2f and %.2f differ", d1, d2)
	}
	if d1 < text.LineHeight(text.SizeBody) {
		t.Errorf("baseline step %.2f is under the line height %.2f", d1, text.LineHeight(text.SizeBody))
	}
}
