package diag

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag/diagram"
	"github.com/google/go-cmp/cmp"
)

// TestRenderValidates gives Render models built in Go that the language
// would refuse. Each used to render wrongly (an edge to a missing node
// drawn to the first node, duplicate ids that the animation cannot tell
// apart, a curve of y drawn at y = 0) or to panic in the layout; now each
// gets an error that names the element, by position or by path.
func TestRenderValidates(t *testing.T) {
	at := func(line int) diagram.Pos { return diagram.Pos{File: "go.diag", Line: line, Col: 1} }
	ab := func() *diagram.Graph {
		return &diagram.Graph{
			PanelHead: diagram.PanelHead{ID: "g"},
			Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
			Edges:     []*diagram.Edge{{ID: "a->b", From: "a", To: "b"}},
		}
	}
	tests := []struct {
		name string
		d    *diagram.Diagram
		want string // the errors without their hints
	}{
		{
			"a dangling edge",
			&diagram.Diagram{Body: &diagram.Graph{PanelHead: diagram.PanelHead{ID: "g"},
				Nodes: []*diagram.Node{{ID: "a"}, {ID: "b"}}, Edges: []*diagram.Edge{{From: "a", To: "b"}, {From: "a", To: "zz"}}}},
			`go.diag: graph g: edge 2 (a -> zz): unknown node "zz"`,
		},
		{
			"duplicate ids",
			&diagram.Diagram{Body: &diagram.Graph{Nodes: []*diagram.Node{{ID: "a", Pos: at(2)}, {ID: "b", Pos: at(3)}, {ID: "a", Pos: at(4)}}}},
			`go.diag:4:1: duplicate id "a"`,
		},
		{
			"an empty plot range",
			&diagram.Diagram{Body: &diagram.Plot{PanelHead: diagram.PanelHead{ID: "p"}, X: diagram.Axis{Lo: 1, Hi: 1 - 1e-9}}},
			`go.diag: plot p: x axis: x range 1 .. 0.999999999 is empty`,
		},
		{
			"a nil node",
			&diagram.Diagram{Body: &diagram.Graph{PanelHead: diagram.PanelHead{ID: "g"}, Nodes: []*diagram.Node{{ID: "a"}, nil}}},
			`go.diag: graph g: Nodes[1] is nil`,
		},
		{
			"a path of one point with a marker",
			&diagram.Diagram{Body: &diagram.Plot{Marks: []diagram.PlotMark{&diagram.PlotPath{MarkHead: diagram.MarkHead{ID: "walk", Pos: at(5)}, Marker: diagram.MarkerDot}}}},
			`go.diag:5:1: path has 0 point(s)`,
		},
		{
			"a curve of y",
			&diagram.Diagram{Body: &diagram.Plot{Marks: []diagram.PlotMark{&diagram.Curve{MarkHead: diagram.MarkHead{ID: "c"}, Y: diagram.Formula{Text: "x + y"}}}}},
			`go.diag: curve c: a curve's formula may not use y`,
		},
		{
			"a region that is not a half-plane",
			&diagram.Diagram{Body: &diagram.Plot{Marks: []diagram.PlotMark{&diagram.Region{
				Lhs: diagram.Formula{Text: "x^2 + y^2", Pos: at(6)}, Rhs: diagram.Formula{Text: "1", Pos: at(6)}}}}},
			`go.diag:6:1: region is not a half-plane`,
		},
		{
			"an animation target that does not exist",
			&diagram.Diagram{Body: ab(), Script: &diagram.Script{Steps: []*diagram.Step{{Caption: "Go", Duration: time.Second,
				Actions: []*diagram.Action{{Kind: diagram.Flow, Targets: []string{"a", "b", "c"}}}}}}},
			`go.diag: animation: step 1: action 1 (flow): no element to flow "c"`,
		},
		{
			"a heat centre that is not a number",
			&diagram.Diagram{Body: &diagram.Matrix{PanelHead: diagram.PanelHead{ID: "m", Pos: at(1)},
				Heat: &diagram.HeatScale{Lo: 0, Hi: 1, Kind: diagram.Diverging, Centre: math.NaN(), HasCentre: true},
				Rows: []*diagram.MatrixRow{{Cells: []*diagram.Cell{{Text: "1", Value: 1, Numeric: true}}}}}},
			`go.diag:1:1: heat centre is NaN`,
		},
		{
			"a heat centre outside the range",
			&diagram.Diagram{Body: &diagram.Matrix{PanelHead: diagram.PanelHead{ID: "m", Pos: at(1)},
				Heat: &diagram.HeatScale{Lo: 0, Hi: 1, Kind: diagram.Diverging, Centre: 1e308, HasCentre: true},
				Rows: []*diagram.MatrixRow{{Cells: []*diagram.Cell{{Text: "1", Value: 1, Numeric: true}}}}}},
			`go.diag:1:1: heat centre 1e+308 is outside the range 0 .. 1`,
		},
		{
			"widths that are not finite, and a masked cell with a value",
			&diagram.Diagram{Body: &diagram.Matrix{PanelHead: diagram.PanelHead{ID: "m", Pos: at(1)},
				Widths: []float64{1, math.Inf(1)},
				Masks:  []*diagram.Mask{{Pos: at(3), Blocks: []diagram.CellBlock{{Col0: 1, Col1: 1}}}},
				Rows:   []*diagram.MatrixRow{{Cells: []*diagram.Cell{{Text: "a"}, {Text: "b", Pos: at(2)}}}}}},
			"go.diag:1:1: column width is +Inf\ngo.diag:2:1: cell r1c2 is masked, but holds \"b\"",
		},
		{
			"a categorical scale of too many texts, and an unknown icon",
			&diagram.Diagram{Body: &diagram.Matrix{PanelHead: diagram.PanelHead{ID: "m", Pos: at(1)},
				Heat: &diagram.HeatScale{Kind: diagram.Categorical},
				Rows: []*diagram.MatrixRow{{Cells: []*diagram.Cell{{Text: "1"}, {Text: "2"}, {Text: "3"}, {Text: "4"}, {Text: "5"}, {Text: "6"},
					{Text: "7"}, {Text: "8"}, {Text: "9"}, {Text: "10"}, {Text: "11", Icon: "nope", Pos: at(2)}}}}}},
			"go.diag:1:1: categorical heat matrix has 11 distinct texts\ngo.diag:2:1: unknown icon \"nope\"",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			func() {
				defer func() {
					if r := recover(); r != nil {
						got = fmt.Sprint("panic: ", r)
					}
				}()
				_, err := Render(tt.d, "go.diag", Options{})
				if err != nil {
					var lines []string
					list, _ := diagram.Errors(err)
					for _, e := range list {
						lines = append(lines, e.Pos.String()+": "+e.Msg)
					}
					got = strings.Join(lines, "\n")
				}
			}()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Render error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
