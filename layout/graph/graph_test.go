package graph

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
)

// TestGraphEdgeIntoOwnGroup checks that an edge the layered engine refuses
// is reported at the edge's own position, found by the engine's typed
// error rather than by its message.
func TestGraphEdgeIntoOwnGroup(t *testing.T) {
	at := diagram.Pos{File: "g.diag", Line: 4, Col: 3}
	g := &diagram.Graph{
		PanelHead: diagram.PanelHead{ID: "g", Pos: diagram.Pos{File: "g.diag", Line: 1, Col: 1}},
		Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
		Groups:    []*diagram.Group{{ID: "box", Nodes: []string{"a"}}},
		Edges: []*diagram.Edge{
			{From: "a", To: "b", Pos: diagram.Pos{File: "g.diag", Line: 3, Col: 3}},
			{From: "box", To: "a", Pos: at},
		},
	}
	env := panel.NewEnv(panel.Limits{MaxLayoutDummies: 1000, MaxCrossingWork: 1_000_000, MaxContourVertices: 1000, MaxFormulaWork: 1000})
	Layout(env, g)
	list := env.Errors()
	if len(list) != 1 {
		t.Fatalf("Layout errors = %v, want one positioned error", list)
	}
	if list[0].Pos != at || !strings.Contains(list[0].Msg, "box -> a") {
		t.Errorf("Layout error = %v at %v, want one about box -> a at %v", list[0].Msg, list[0].Pos, at)
	}
}
