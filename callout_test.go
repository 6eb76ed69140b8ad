package diag_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// TestCalloutLayout points callouts from both margins at nodes deep in a
// graph, an edge and a note line, and checks that every card sits beside
// the panels, no two cards overlap, and no leader crosses a panel or a
// text; eight tall callouts on one side of a short graph are an error at
// the first that does not fit.
func TestCalloutLayout(t *testing.T) {
	src := `graph g "Pipeline" direction right {
  a "Ingest"
  b "Clean"
  c "Train"
  d "Serve"
  e "Audit"
  a -> b -> c -> d
  b -> e
}
note n "Notes" {
  l1: "one line"
  l2: "another line"
}
callout "on c" at c
callout "on b" at b left
callout "on the edge" at a -> b
callout "on a line" at n.l2 left
callout "on d" at d
`
	d, _, err := dsl.Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(dsl.FormatError([]byte(src), err))
	}
	s, err := layout.Layout(d)
	if err != nil {
		t.Fatal(err)
	}
	var cards []scene.Rect
	scene.Walk(s.Items, func(it scene.Item) bool {
		if b, ok := it.(*scene.Box); ok && b.Role == scene.RoleLabel && b.Corner == 6 {
			cards = append(cards, b.R)
		}
		return true
	})
	if len(cards) != 5 || len(s.Connectors) != 5 {
		t.Fatalf("got %d cards and %d leaders, want 5 and 5", len(cards), len(s.Connectors))
	}
	for i, a := range cards {
		for _, p := range s.Panels {
			if a.X < p.Right() && p.X < a.Right() && a.Y < p.Bottom() && p.Y < a.Bottom() {
				t.Errorf("card %v overlaps panel %v", a, p)
			}
		}
		for _, b := range cards[i+1:] {
			if a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom() {
				t.Errorf("cards %v and %v overlap", a, b)
			}
		}
	}
	r := quality.Measure(s.Geometry())
	if r.ConnectorsThroughPanels+r.ConnectorsOverText+r.LabelOverlaps+r.TextOverflow > 0 {
		t.Errorf("leaders through panels %d, over text %d, label overlaps %d, text overflow %d\n%s",
			r.ConnectorsThroughPanels, r.ConnectorsOverText, r.LabelOverlaps, r.TextOverflow, strings.Join(r.Problems, "\n"))
	}

	var b strings.Builder
	b.WriteString("graph g {\n  a\n}\n")
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&b, "callout \"line one\\nline two\\nline three\" at a\n")
	}
	d, _, err = dsl.Compile("t.diag", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := layout.Layout(d); err == nil || !strings.Contains(err.Error(), "do not fit beside the panels") {
		t.Errorf("Layout of eight tall callouts beside one node: %v, want an error that they do not fit", err)
	}
}
