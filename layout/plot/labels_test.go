package plot

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// labelOf returns the text and the leader line of the free label with the
// given id (the leader nil when it has none).
func labelOf(t *testing.T, s *scene.Scene, id string) (*scene.Text, *scene.Path) {
	t.Helper()
	var tx *scene.Text
	var leader *scene.Path
	scene.Walk(s.Items, func(it scene.Item) bool {
		g, ok := it.(*scene.Group)
		if !ok || g.ID != id {
			return true
		}
		for _, it := range g.Items {
			switch v := it.(type) {
			case *scene.Text:
				tx = v
			case *scene.Path:
				leader = v
			}
		}
		return false
	})
	if tx == nil {
		t.Fatalf("no label %q drawn", id)
	}
	return tx, leader
}

// rules returns vertical rules at the given x.
func rules(xs ...float64) []diagram.PlotMark {
	var out []diagram.PlotMark
	for i, x := range xs {
		out = append(out, &diagram.Rule{MarkHead: diagram.MarkHead{ID: "r" + string(rune('a'+i)), Tone: diagram.Muted}, Vertical: true, X: x})
	}
	return out
}

// TestLabelGoesFarWithLeader checks that a free label whose point lies
// among rules too close together for it goes to the nearest free place
// beyond its reach, covers no mark there, and gets a leader line that
// ends by its point; a label that finds a free place near its point gets
// none.
func TestLabelGoesFarWithLeader(t *testing.T) {
	at := diagram.XY{X: 2.5, Y: 0.5}
	marks := append(rules(1, 2, 3, 4, 5), &diagram.PlotLabel{MarkHead: diagram.MarkHead{ID: "note", Label: "a label of some width", Tone: diagram.Neutral}, At: at})
	p := &diagram.Plot{Width: 300, Height: 200, X: diagram.Axis{Lo: 0, Hi: 10}, Y: diagram.Axis{Lo: 0, Hi: 1}, Marks: marks}
	s, err := layoutAlone(p)
	if err != nil {
		t.Fatal(err)
	}
	if rep := quality.Measure(s.Geometry()); rep.OverMarks != 0 {
		t.Errorf("label over marks:\n%s", strings.Join(rep.Problems, "\n"))
	}
	tx, leader := labelOf(t, s, "note")
	area := s.Plots[0].Area
	pt := scene.Point{X: area.X + area.W*at.X/10, Y: area.Bottom() - area.H*at.Y}
	if tx.Ink.X < area.X+area.W*0.5 {
		t.Errorf("label at %v, want it right of the last rule (x > %.1f)", tx.Ink, area.X+area.W*0.5)
	}
	if leader == nil {
		t.Fatal("a label far from its point has no leader")
	}
	end := leader.Poly[len(leader.Poly)-1]
	if d := math.Hypot(end.X-pt.X, end.Y-pt.Y); d > 4 {
		t.Errorf("leader ends at %v, %.1f px from the label's point %v, want at most 4", end, d, pt)
	}

	// With room beside its point, the label stays there, with no leader.
	p.Marks = append(rules(1, 9), p.Marks[len(p.Marks)-1])
	if s, err = layoutAlone(p); err != nil {
		t.Fatal(err)
	}
	tx, leader = labelOf(t, s, "note")
	if leader != nil {
		t.Errorf("label beside its point at %v has a leader %v", tx.Ink, leader.Poly)
	}
	if d := math.Hypot(tx.Ink.Center().X-pt.X, tx.Ink.Center().Y-pt.Y); d > tx.Ink.W/2+20 {
		t.Errorf("label at %v is %.1f px from its point %v", tx.Ink, d, pt)
	}
}

// TestLabelLeastInk checks that a label with no free place within its
// reach, nor beyond it, settles where it hides the least of the marks:
// among rules 15 px apart, it covers no more of them than a box of its
// width must, wherever its point lies between two of them.
func TestLabelLeastInk(t *testing.T) {
	var xs []float64
	for x := 0.25; x < 10; x += 0.5 {
		xs = append(xs, x)
	}
	for _, x := range []float64{5, 5.1, 5.2, 5.3, 5.4} {
		marks := append(rules(xs...), &diagram.PlotLabel{MarkHead: diagram.MarkHead{ID: "note", Label: "wide enough to span rules", Tone: diagram.Neutral}, At: diagram.XY{X: x, Y: 0.5}})
		p := &diagram.Plot{Width: 300, Height: 200, X: diagram.Axis{Lo: 0, Hi: 10}, Y: diagram.Axis{Lo: 0, Hi: 1}, Marks: marks}
		s, err := layoutAlone(p)
		if err != nil {
			t.Fatal(err)
		}
		tx, leader := labelOf(t, s, "note")
		if leader != nil {
			t.Errorf("x = %g: a label that found no free place has a leader", x)
		}
		gap := s.Plots[0].Area.W / 20
		rep := quality.Measure(s.Geometry())
		// The box, less the check's tolerance of half a px a side, spans
		// (W-1)/gap gaps; placed just after a rule it covers that many
		// rules rounded down.
		if want := int((tx.Ink.W - 1) / gap); rep.OverMarks > want {
			t.Errorf("x = %g: label at %v covers %d rules %.1f px apart, want at most %d", x, tx.Ink, rep.OverMarks, gap, want)
		}
	}
}
