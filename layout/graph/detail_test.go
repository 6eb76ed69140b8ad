package graph

import (
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// TestNodeDetail checks that a node's detail line is drawn under its label
// in the smaller size, inside the node's box, and that the box grows to
// hold a detail wider than the label.
func TestNodeDetail(t *testing.T) {
	g := &diagram.Graph{
		PanelHead: diagram.PanelHead{ID: "g"},
		Nodes: []*diagram.Node{
			{ID: "gpu", Label: "GPU", Detail: "8 × H100, 80 GB each, NVLink 900 GB/s"},
			{ID: "plain", Label: "GPU"},
		},
	}
	env := testEnv()
	items := Layout(env, g).Place(0, 0)
	if errs := env.Errors(); len(errs) > 0 {
		t.Fatal(errs)
	}
	boxes := nodeBoxes(items)
	if boxes["gpu"].W <= boxes["plain"].W || boxes["gpu"].H <= boxes["plain"].H {
		t.Errorf("node with a detail is %v, without %v: want it wider and taller", boxes["gpu"], boxes["plain"])
	}
	var label, detail *scene.Text
	for _, it := range items {
		if g, ok := it.(*scene.Group); ok && g.ID == "gpu" {
			scene.Walk(g.Items, func(x scene.Item) bool {
				if tx, ok := x.(*scene.Text); ok {
					switch tx.String() {
					case "GPU":
						label = tx
					case "8 × H100, 80 GB each, NVLink 900 GB/s":
						detail = tx
					}
				}
				return true
			})
		}
	}
	if label == nil || detail == nil {
		t.Fatalf("label %v, detail %v: want both drawn", label, detail)
	}
	if detail.Size != text.SizeSmall || label.Size != text.SizeBody {
		t.Errorf("sizes: label %v, detail %v; want %v and %v", label.Size, detail.Size, text.SizeBody, text.SizeSmall)
	}
	if detail.Ink.Y < label.Ink.Bottom() {
		t.Errorf("detail ink %v starts above the label's bottom %v", detail.Ink, label.Ink.Bottom())
	}
	if r := boxes["gpu"]; detail.Ink.X < r.X || detail.Ink.Right() > r.Right() || detail.Ink.Bottom() > r.Bottom() {
		t.Errorf("detail ink %v outside the node %v", detail.Ink, r)
	}
}
