package graph

import (
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/scene"
)

// TestRepeatBadge checks a repeated group: a solid frame where a plain
// group's is dashed, and a ×N badge inside the frame, in the title bar,
// clear of the title, however short the group's members are.
func TestRepeatBadge(t *testing.T) {
	for _, label := range []string{"Encoder layer with a long title", "L"} {
		g := &diagram.Graph{
			PanelHead: diagram.PanelHead{ID: "g"},
			Nodes:     []*diagram.Node{{ID: "a", Label: "A"}, {ID: "b", Label: "B"}, {ID: "c"}},
			Groups: []*diagram.Group{
				{ID: "blk", Label: label, Repeat: "12", Nodes: []string{"a", "b"}},
				{ID: "plain", Label: "Plain", Nodes: []string{"c"}},
			},
			Edges: []*diagram.Edge{{ID: "a->b", From: "a", To: "b"}, {ID: "b->c", From: "b", To: "c"}},
		}
		env := panel.NewEnv(panel.Limits{MaxLayoutDummies: 1000, MaxCrossingWork: 1_000_000, MaxContourVertices: 1000, MaxFormulaWork: 1000})
		items := Layout(env, g).Place(0, 0)
		if errs := env.Errors(); len(errs) > 0 {
			t.Fatal(errs)
		}
		groups := map[string]*scene.Group{}
		for _, it := range items {
			if sg, ok := it.(*scene.Group); ok && sg.Kind == scene.KindGroup {
				groups[sg.ID] = sg
			}
		}
		blk, plain := groups["blk"], groups["plain"]
		if blk == nil || plain == nil {
			t.Fatalf("groups = %v, want blk and plain", groups)
		}
		if f := plain.Items[0].(*scene.Box); f.Style.Dash == nil {
			t.Errorf("plain group's frame is solid, want dashed")
		}
		frame := blk.Items[0].(*scene.Box)
		if frame.Style.Dash != nil {
			t.Errorf("repeated group's frame is dashed %v, want solid", frame.Style.Dash)
		}
		title := blk.Items[1].(*scene.Text)
		var badge *scene.Text
		var pill *scene.Box
		for _, it := range blk.Items[2:] {
			switch it := it.(type) {
			case *scene.Text:
				badge = it
			case *scene.Box:
				pill = it
			}
		}
		if badge == nil || pill == nil || badge.String() != "×12" {
			t.Fatalf("label %q: repeated group has no ×12 badge: %v", label, blk.Items)
		}
		in := func(inner, outer scene.Rect) bool {
			return inner.X >= outer.X && inner.Y >= outer.Y && inner.Right() <= outer.Right() && inner.Bottom() <= outer.Bottom()
		}
		if !in(pill.R, frame.R) || !in(badge.Bounds(), pill.R) {
			t.Errorf("label %q: badge %v (text %v) not inside frame %v", label, pill.R, badge.Bounds(), frame.R)
		}
		if tb := title.Bounds(); tb.Right()+4 > pill.R.X {
			t.Errorf("label %q: title ends at %.1f, badge starts at %.1f", label, tb.Right(), pill.R.X)
		}
		for _, it := range items {
			if sg, ok := it.(*scene.Group); ok && sg.Kind == scene.KindNode {
				if r := sg.Items[0].Bounds(); r.Y < pill.R.Bottom() && r.Bottom() > pill.R.Y && r.X < pill.R.Right() && r.Right() > pill.R.X {
					t.Errorf("label %q: badge %v covers node %s %v", label, pill.R, sg.ID, r)
				}
			}
		}
	}
}
