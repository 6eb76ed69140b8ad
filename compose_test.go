package diag_test

import (
	"math"
	"testing"

	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// cardsByID returns the cards (frames) of the panels with ids in sc.
func cardsByID(sc *scene.Scene) map[string]scene.Rect {
	out := map[string]scene.Rect{}
	scene.Walk(sc.Items, func(it scene.Item) bool {
		g, ok := it.(*scene.Group)
		if !ok || g.Kind != scene.KindPanel || g.ID == "" {
			return true
		}
		for _, m := range g.Items {
			if b, ok := m.(*scene.Box); ok && b.Role == scene.RolePanel {
				out[g.ID] = b.R
				return true
			}
		}
		out[g.ID] = g.Bounds()
		return true
	})
	return out
}

// TestComposeBalance checks how a row shares its height: a panel beside a
// taller one keeps the height its content needs (its card is not
// stretched), a column with a note hands the room to the note so that it
// ends level with the tall neighbour, and a plain note's text starts at
// the left of its card, under its title, and wraps to the card's width.
func TestComposeBalance(t *testing.T) {
	src := `row {
  graph tall "Tall" direction down {
    a -> b -> c -> d -> e
  }
  graph short "Short" {
    x -> y
  }
  column {
    graph top "Top" direction right {
      p -> q -> r
    }
    note n "A note" width 160 {
      text "A plain note narrower than its column starts at the left, like its title."
    }
    note careful pitfall "Careful" width 200 {
      "A callout stretches too."
    }
  }
}
`
	d, _, err := dsl.Compile("compose.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatal(err)
	}
	c := cardsByID(sc)
	tall, short, top, n, tip := c["tall"], c["short"], c["top"], c["n"], c["careful"]
	if short.Bottom() >= tall.Bottom()-20 {
		t.Errorf("the short graph's card ends at %.1f, next to the tall one's %.1f: stretched past its content", short.Bottom(), tall.Bottom())
	}
	if math.Abs(tip.Bottom()-tall.Bottom()) > 0.5 {
		t.Errorf("the column ends at %.1f, the tall panel at %.1f: want one line", tip.Bottom(), tall.Bottom())
	}
	if top.W != n.W || n.W != tip.W {
		t.Errorf("the column's cards are %.1f, %.1f and %.1f wide: want one width", top.W, n.W, tip.W)
	}
	// The note's text column widens to its card: the line wraps to it,
	// and starts where the title does.
	var title, first *scene.Text
	scene.Walk(sc.Items, func(it scene.Item) bool {
		if tx, ok := it.(*scene.Text); ok {
			switch {
			case tx.String() == "A note":
				title = tx
			case first == nil && len(tx.String()) > 10 && tx.Ink.Y > n.Y && tx.Ink.Bottom() < n.Bottom() && tx.Ink.X > n.X && tx.Ink.Right() < n.Right():
				first = tx
			}
		}
		return true
	})
	if title == nil || first == nil {
		t.Fatalf("the note's title or text is missing")
	}
	if math.Abs(first.Ink.X-title.Ink.X) > 2 {
		t.Errorf("the note's text starts at x %.1f, its title at %.1f: want it left-aligned", first.Ink.X, title.Ink.X)
	}
	if first.Ink.W < 200 {
		t.Errorf("the note's first line is %.1f px wide in a %.1f px card: want it wrapped to the card", first.Ink.W, n.W)
	}
	if r := quality.Measure(sc.Geometry()); r.Violations() > 0 {
		t.Errorf("quality: %v", r.Problems)
	}
}
