package layout

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
)

// TestGraphEdgeIntoOwnGroup checks that an edge the layered engine refuses
// is reported at the edge's own position, found by the engine's typed
// error rather than by its message.
func TestGraphEdgeIntoOwnGroup(t *testing.T) {
	at := diagram.Pos{File: "g.diag", Line: 4, Col: 3}
	d := &diagram.Diagram{Body: &diagram.Graph{
		PanelHead: diagram.PanelHead{ID: "g", Pos: diagram.Pos{File: "g.diag", Line: 1, Col: 1}},
		Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
		Groups:    []*diagram.Group{{ID: "box", Nodes: []string{"a"}}},
		Edges: []*diagram.Edge{
			{From: "a", To: "b", Pos: diagram.Pos{File: "g.diag", Line: 3, Col: 3}},
			{From: "box", To: "a", Pos: at},
		},
	}}
	_, err := Layout(d)
	list, ok := err.(diagram.ErrorList)
	if !ok || len(list) != 1 {
		t.Fatalf("Layout error = %v, want one positioned error", err)
	}
	if list[0].Pos != at || !strings.Contains(list[0].Msg, "box -> a") {
		t.Errorf("Layout error = %v at %v, want one about box -> a at %v", list[0].Msg, list[0].Pos, at)
	}
}
