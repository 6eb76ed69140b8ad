package diagram

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// at returns a position on line n of go.diag.
func at(n int) Pos { return Pos{File: "go.diag", Line: n, Col: 1} }

// ab is a graph of two nodes joined by an edge.
func ab() *Graph {
	return &Graph{
		PanelHead: PanelHead{ID: "g"},
		Nodes:     []*Node{{ID: "a"}, {ID: "b"}},
		Edges:     []*Edge{{ID: "a->b", From: "a", To: "b"}},
	}
}

// TestValidate checks hand-built models, each wrong in one way, against the
// exact errors Validate gives.
func TestValidate(t *testing.T) {
	selfGroup := &Group{ID: "loop"}
	selfGroup.Groups = []*Group{selfGroup}
	outer := &Group{ID: "outer"}
	inner := &Group{ID: "inner", Groups: []*Group{outer}}
	outer.Groups = []*Group{inner}
	shared := &Node{ID: "s"}
	var nilGraph *Graph
	tests := []struct {
		name string
		d    *Diagram
		want []string // the errors, each with its hint after " (" cut off
	}{
		{"a valid graph", &Diagram{Body: ab()}, nil},
		{"no body", &Diagram{Title: "Only a header"}, nil},
		{
			"duplicate id, without positions",
			&Diagram{Body: &Split{Items: []Panel{ab(), &Tree{Roots: []*TreeNode{{ID: "a"}}}}}},
			[]string{`<input>: row: tree 2: node a: duplicate id "a"`},
		},
		{
			"duplicate id, with positions",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a", Pos: at(2)}, {ID: "a", Pos: at(3)}}}},
			[]string{`go.diag:3:1: duplicate id "a"`},
		},
		{
			"dangling edge",
			&Diagram{Body: &Graph{PanelHead: PanelHead{ID: "g"}, Nodes: []*Node{{ID: "a"}}, Edges: []*Edge{{From: "a", To: "a"}, {From: "a", To: "zz"}}}},
			[]string{`<input>: graph g: edge 2 (a -> zz): unknown node "zz"`},
		},
		{
			"edge to a node of another graph",
			&Diagram{Body: &Split{Kind: Column, Items: []Panel{
				&Graph{PanelHead: PanelHead{ID: "one"}, Nodes: []*Node{{ID: "a"}}},
				&Graph{PanelHead: PanelHead{ID: "two"}, Nodes: []*Node{{ID: "b"}}, Edges: []*Edge{{From: "b", To: "a", Pos: at(9)}}},
			}}},
			[]string{`go.diag:9:1: "a" is not a node of this graph but a node`},
		},
		{
			"edge end with a typo",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "source"}}, Edges: []*Edge{{From: "source", To: "sorce", Pos: at(4)}}}},
			[]string{`go.diag:4:1: unknown node "sorce"`},
		},
		{
			"bad repeat counts",
			&Diagram{Body: &Graph{PanelHead: PanelHead{ID: "g"}, Nodes: []*Node{{ID: "a"}}, Groups: []*Group{
				{ID: "one", Repeat: "1", Pos: at(2)}, {ID: "big", Repeat: "10000", Pos: at(3)}, {ID: "zero", Repeat: "06", Pos: at(4)},
				{ID: "sign", Repeat: "-3", Pos: at(5)}, {ID: "odd", Repeat: "N<b>", Pos: at(6)}, {ID: "ok", Repeat: "N", Pos: at(7)}, {ID: "six", Repeat: "6", Pos: at(8)}}}},
			[]string{`go.diag:2:1: group "one" has repeat count "1"`, `go.diag:3:1: group "big" has repeat count "10000"`,
				`go.diag:4:1: group "zero" has repeat count "06"`, `go.diag:5:1: group "sign" has repeat count "-3"`,
				`go.diag:6:1: group "odd" has repeat count "N<b>"`},
		},
		{
			"bad tensors",
			&Diagram{Body: &Graph{PanelHead: PanelHead{ID: "g"}, Nodes: []*Node{
				{ID: "four", Tensor: []int{1, 2, 3, 4}, Pos: at(2)}, {ID: "zero", Tensor: []int{3, 0}, Pos: at(3)},
				{ID: "huge", Tensor: []int{2000000}, Pos: at(4)}, {ID: "round", Tensor: []int{3}, Shape: Circle, Pos: at(5)},
				{ID: "icon", Tensor: []int{3}, Icon: "cpu", Pos: at(6)}, {ID: "empty", Tensor: []int{}, Pos: at(7)}, {ID: "ok", Tensor: []int{7, 7, 512}}}}},
			[]string{`go.diag:2:1: node "four" has a tensor of 4 dimensions`, `go.diag:3:1: node "zero" has a tensor dimension 0`,
				`go.diag:4:1: node "huge" has a tensor dimension 2000000`, `go.diag:5:1: node "round" is a tensor with shape circle`,
				`go.diag:6:1: node "icon" is a tensor with an icon`, `go.diag:7:1: node "empty" has a tensor of 0 dimensions`},
		},
		{
			"kernels",
			&Diagram{Body: &Graph{PanelHead: PanelHead{ID: "g"},
				Nodes: []*Node{{ID: "a", Tensor: []int{8, 8, 3}}, {ID: "b", Tensor: []int{6, 6, 4}}, {ID: "c"}},
				Edges: []*Edge{{ID: "a->b", From: "a", To: "b", Kernel: 3}, {ID: "b->c", From: "b", To: "c", Kernel: 2, Pos: at(4)},
					{ID: "a->b[2]", From: "a", To: "b", Kernel: -1, Pos: at(5)}}}},
			[]string{`go.diag:4:1: edge b -> c has a kernel but "c" is not a tensor`, `go.diag:5:1: edge kernel -1 is out of range`},
		},
		{
			"empty plot range",
			&Diagram{Body: &Plot{PanelHead: PanelHead{ID: "p"}, X: Axis{Lo: 2, Hi: 1}}},
			[]string{`<input>: plot p: x axis: x range 2 .. 1 is empty`},
		},
		{
			"log axis from zero",
			&Diagram{Body: &Plot{Y: Axis{Lo: 0, Hi: 10, Log: true, Pos: at(5)}}},
			[]string{`go.diag:5:1: y log scale starts at 0`},
		},
		{
			"infinite axis",
			&Diagram{Body: &Plot{X: Axis{Lo: 0, Hi: math.Inf(1), Pos: at(5)}}},
			[]string{`go.diag:5:1: x range is +Inf`},
		},
		{
			"a group holding itself",
			&Diagram{Body: &Graph{PanelHead: PanelHead{ID: "g"}, Groups: []*Group{selfGroup}}},
			[]string{`<input>: graph g: group loop: group loop: group loop holds itself`},
		},
		{
			"a cycle of groups",
			&Diagram{Body: &Graph{Groups: []*Group{outer}}},
			[]string{`<input>: graph: group outer: group inner: group outer: group outer holds itself`},
		},
		{
			"a node held twice",
			&Diagram{Body: &Graph{Nodes: []*Node{shared, shared}}},
			[]string{`<input>: graph: node s: node is held twice`},
		},
		{
			"nil entries",
			&Diagram{Body: &Split{PanelHead: PanelHead{ID: "r"}, Items: []Panel{nilGraph, &Graph{PanelHead: PanelHead{ID: "g"}, Nodes: []*Node{nil}}}}},
			[]string{`<input>: row r: Items[0] is nil`, `<input>: graph g: Nodes[0] is nil`},
		},
		{
			"a node in two groups",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a"}}, Groups: []*Group{{ID: "x", Nodes: []string{"a"}}, {ID: "y", Nodes: []string{"a"}, Pos: at(7)}}}},
			[]string{`go.diag:7:1: node "a" is in group "x" and in group "y"`},
		},
		{
			"an unknown group member",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a"}}, Groups: []*Group{{ID: "x", Nodes: []string{"b"}, Pos: at(7)}}}},
			[]string{`go.diag:7:1: unknown node "b" in group`},
		},
		{
			"a node without id",
			&Diagram{Body: &Graph{Nodes: []*Node{{Label: "A", Pos: at(2)}}}},
			[]string{`go.diag:2:1: node has no id`},
		},
		{
			"an unknown tone and shape",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a", Tone: 42, Shape: -1, Pos: at(2)}}}},
			[]string{`go.diag:2:1: unknown shape -1`, `go.diag:2:1: unknown tone 42`},
		},
		{
			"an unknown icon",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a", Icon: "databse", Pos: at(2)}}}},
			[]string{`go.diag:2:1: unknown icon "databse"`},
		},
		{
			"a grid without columns",
			&Diagram{Body: &Split{Kind: Grid, PanelHead: PanelHead{Pos: at(1)}}},
			[]string{`go.diag:1:1: grid column count 0 is out of range`},
		},
		{
			"a path of one point",
			&Diagram{Body: &Plot{Marks: []PlotMark{&PlotPath{MarkHead: MarkHead{ID: "p", Pos: at(3)}, Points: []XY{{1, 1}}, Marker: MarkerDot}}}},
			[]string{`go.diag:3:1: path has 1 point(s)`},
		},
		{
			"points without data",
			&Diagram{Body: &Plot{Marks: []PlotMark{&Scatter{MarkHead: MarkHead{Pos: at(3)}}}}},
			[]string{`go.diag:3:1: points have no data`},
		},
		{
			"blobs out of range",
			&Diagram{Body: &Plot{Marks: []PlotMark{&Scatter{MarkHead: MarkHead{Pos: at(3)}, Blobs: &Blobs{K: 9, N: 10}, Classes: []string{"a"}}}}},
			[]string{`go.diag:3:1: blobs K 9 is out of range`},
		},
		{
			"an area under a missing curve",
			&Diagram{Body: &Plot{Marks: []PlotMark{
				&Curve{MarkHead: MarkHead{ID: "loss"}, Y: Formula{Text: "x"}},
				&PlotArea{MarkHead: MarkHead{Pos: at(4)}, Upper: "los"},
			}}},
			[]string{`go.diag:4:1: unknown curve or path "los" in Upper`},
		},
		{
			"a curve with an empty range",
			&Diagram{Body: &Plot{Marks: []PlotMark{&Curve{MarkHead: MarkHead{Pos: at(3)}, Y: Formula{Text: "x"}, From: 2, To: 1}}}},
			[]string{`go.diag:3:1: curve range from 2 to 1 is empty`},
		},
		{
			"a ragged matrix",
			&Diagram{Body: &Matrix{Rows: []*MatrixRow{
				{Cells: []*Cell{{Text: "a"}, {Text: "b"}}},
				{Cells: []*Cell{{Text: "c"}}, Pos: at(3)},
			}, Outlines: []*Outline{{Blocks: []CellBlock{{Row0: 0, Col0: 0, Row1: 2, Col1: 0}}, Pos: at(4)}}}},
			[]string{`go.diag:3:1: row has 1 cells, but the matrix has 2 columns`, `go.diag:4:1: cell block rows 0..2, columns 0..0 is outside the matrix`},
		},
		{
			"bad markup",
			&Diagram{Body: &Note{Lines: []*NoteLine{{Text: "**bold", Pos: at(2)}}}},
			[]string{`go.diag:2:1: line: bold not closed`},
		},
		{
			"bad markup in graph labels",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a", Label: "n × d_model", Pos: at(2)}, {ID: "b", Label: "`code", Parts: []*LabelPart{{Name: "v", Text: "~~x", Pos: at(4)}}, Pos: at(3)}},
				Edges: []*Edge{{ID: "a->b", From: "a", To: "b", Label: "**x", Pos: at(5)}}}},
			[]string{`go.diag:2:1: node label: a one-character script runs into "o"`, `go.diag:3:1: node label: code span not closed`, `go.diag:4:1: label part: strike-through not closed`, `go.diag:5:1: edge label: bold not closed`},
		},
		{
			"a message to an unknown actor",
			&Diagram{Body: &Sequence{PanelHead: PanelHead{ID: "s"}, Actors: []*Actor{{ID: "client"}}, Items: []SeqItem{
				&Frame{Kind: Loop, Sections: []*FrameSection{{Items: []SeqItem{&Message{ID: "m1", From: "client", To: "server"}}}}},
			}}},
			[]string{`<input>: sequence s: loop 1: section 1: message m1 (client -> server): unknown actor "server"`},
		},
		{
			"boxes around actors that are not neighbours, or in two boxes",
			&Diagram{Body: &Sequence{PanelHead: PanelHead{ID: "s"}, Actors: []*Actor{{ID: "a"}, {ID: "b"}, {ID: "c"}},
				Boxes: []*ActorBox{{ID: "ac", Actors: []string{"a", "c"}}, {Actors: []string{"c"}}, {Actors: []string{"zz"}}, {}},
			}},
			[]string{
				`<input>: sequence s: box ac: box's actors "a" and "c" are not neighbours: "b" stands between them`,
				`<input>: sequence s: box 2: actor "c" is in two boxes`,
				`<input>: sequence s: box 4: box holds no actors`,
				`<input>: sequence s: box 3: unknown actor "zz"`,
			},
		},
		{
			"a note beside two actors",
			&Diagram{Body: &Sequence{PanelHead: PanelHead{ID: "s"}, Actors: []*Actor{{ID: "a"}, {ID: "b"}},
				Items: []SeqItem{&SeqNote{Side: NoteRight, Over: []string{"a", "b"}, Text: "x"}, &SeqNote{Side: 7, Over: []string{"a"}, Text: "y"}},
			}},
			[]string{`<input>: sequence s: note 1: note right of 2 actors`, `<input>: sequence s: note 2: unknown note side 7`},
		},
		{
			"milestones without a time or with an unknown segment",
			&Diagram{Body: &Timeline{PanelHead: PanelHead{ID: "t"}, Segments: []*Segment{{ID: "a", Duration: time.Second}},
				Milestones: []*Milestone{{ID: "m"}, {ID: "n", Start: After, Ref: "zz"}, {Start: At}}}},
			[]string{`<input>: timeline t: milestone m: milestone "m" has no time`, `<input>: timeline t: milestone 3: milestone has no id`,
				`<input>: timeline t: milestone n: unknown segment "zz"`},
		},
		{
			"a segment after a later one",
			&Diagram{Body: &Timeline{Segments: []*Segment{
				{ID: "a", Duration: time.Second, Start: After, Ref: "b", Pos: at(2)},
				{ID: "b", Duration: time.Second, Pos: at(3)},
			}}},
			[]string{`go.diag:2:1: segment "a" starts after "b", which comes later`},
		},
		{
			"a segment of no length",
			&Diagram{Body: &Timeline{Segments: []*Segment{{ID: "a", Pos: at(2)}}}},
			[]string{`go.diag:2:1: segment duration 0s is not positive`},
		},
		{
			"an unknown target",
			&Diagram{Body: ab(), Script: &Script{Steps: []*Step{{Caption: "one", Duration: time.Second,
				Actions: []*Action{{Kind: Show, Targets: []string{"a", "bb"}, Pos: at(6)}}}}}},
			[]string{`go.diag:6:1: no element to show "bb"`},
		},
		{
			"a flow against the edge",
			&Diagram{Body: ab(), Script: &Script{Steps: []*Step{{Caption: "one", Duration: time.Second,
				Actions: []*Action{{Kind: Flow, Targets: []string{"b", "a"}}}}}}},
			[]string{`<input>: animation: step 1: action 1 (flow): no edge from "b" to "a" to flow along`},
		},
		{
			"a step without caption or duration",
			&Diagram{Body: ab(), Script: &Script{Steps: []*Step{{Pos: at(5)}}}},
			[]string{`go.diag:5:1: step has no caption`, `go.diag:5:1: step duration 0s is not positive`},
		},
		{
			"a timeline part and a sub-id",
			&Diagram{Body: &Split{Items: []Panel{
				&Timeline{PanelHead: PanelHead{ID: "t"}, Segments: []*Segment{{ID: "t.axis", Duration: time.Second, Pos: at(3)}}},
			}}, Script: &Script{Steps: []*Step{{Caption: "one", Duration: time.Second,
				Actions: []*Action{{Kind: Show, Targets: []string{"t.total", "t.budget"}, Pos: at(6)}}}}}},
			[]string{`<input>: timeline t: duplicate id "t.axis"`, `go.diag:6:1: no element to show "t.budget"`},
		},
		{
			"an action of an unknown kind",
			&Diagram{Body: ab(), Script: &Script{Steps: []*Step{{Caption: "one", Duration: time.Second,
				Actions: []*Action{{Kind: -1, Targets: []string{"a"}}}}}}},
			[]string{`<input>: animation: step 1: action 1 (?): unknown action kind -1`},
		},
		{
			"split percentages that do not add up to 100",
			&Diagram{Body: &Split{Kind: Column, Items: []Panel{
				&SplitBar{PanelHead: PanelHead{ID: "a", Pos: at(2)}, Percent: true, Parts: []*SplitPart{{ID: "p", Value: 70}, {ID: "q", Value: 20}}},
				&SplitBar{PanelHead: PanelHead{ID: "b", Pos: at(5)}, Percent: true, Parts: []*SplitPart{{ID: "r", Value: 33.3}, {ID: "s", Value: 33.3}, {ID: "t", Value: 33.3}}},
				&SplitBar{PanelHead: PanelHead{ID: "c", Pos: at(9)}, Parts: []*SplitPart{{ID: "u", Value: 70}, {ID: "v", Value: 20}}},
			}}},
			[]string{`go.diag:2:1: split percentages add up to 90%, not 100%`},
		},
		{
			"the bar of each series is an id",
			&Diagram{Body: &Split{Items: []Panel{
				&Bars{PanelHead: PanelHead{ID: "b"}, Series: []*BarSeries{{ID: "s"}}, Items: []*Bar{{ID: "x", Values: []float64{1}}}},
				&Graph{Nodes: []*Node{{ID: "x.s", Pos: at(7)}}},
			}}},
			[]string{`go.diag:7:1: duplicate id "x.s"`},
		},
		{
			"a legend swatch of a tone with another tone",
			&Diagram{Legend: []LegendItem{{Kind: "bad", Tone: Good, Label: "risk", Pos: at(2)}}},
			[]string{`go.diag:2:1: legend item of kind "bad" has tone good`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			if err := Validate(tt.d); err != nil {
				list, ok := Errors(err)
				if !ok {
					t.Fatalf("Validate returned %T, want an ErrorList", err)
				}
				for _, e := range list {
					got = append(got, e.Pos.String()+": "+e.Msg)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate errors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateHints checks the hints of a few errors: suggestions, the
// first declaration of a duplicate.
func TestValidateHints(t *testing.T) {
	tests := []struct {
		name string
		d    *Diagram
		want string
	}{
		{
			"did you mean",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "source"}}, Edges: []*Edge{{From: "source", To: "sorce", Pos: at(4)}}}},
			`go.diag:4:1: unknown node "sorce" (did you mean "source"? an edge joins nodes and groups of its own graph)`,
		},
		{
			"first declared at",
			&Diagram{Body: &Graph{Nodes: []*Node{{ID: "a", Pos: at(2)}}, Groups: []*Group{{ID: "a", Pos: at(3)}}}},
			`go.diag:3:1: duplicate id "a" (first declared at 2:1 as a node; every id in a diagram must be unique)`,
		},
		{
			"first declared without a position",
			&Diagram{Body: &Graph{PanelHead: PanelHead{ID: "g"}, Nodes: []*Node{{ID: "a"}}, Groups: []*Group{{ID: "a", Pos: at(3)}}}},
			`go.diag:3:1: duplicate id "a" (first declared as a node (graph g: node a); every id in a diagram must be unique)`,
		},
		{
			"an unknown target",
			&Diagram{Body: ab(), Script: &Script{Steps: []*Step{{Caption: "one", Duration: time.Second,
				Actions: []*Action{{Kind: Highlight, Targets: []string{"a->c"}, Pos: at(6)}}}}}},
			`go.diag:6:1: no element to highlight "a->c" (did you mean "a->b"? name an element declared in the diagram)`,
		},
	}
	for _, tt := range tests {
		got := ""
		if err := Validate(tt.d); err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%s: Validate = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestValidateManyErrors checks that Validate reports the ten first errors
// by position, and stays quick on a large model full of them.
func TestValidateManyErrors(t *testing.T) {
	g := &Graph{}
	for i := 0; i < 5000; i++ {
		g.Nodes = append(g.Nodes, &Node{ID: "n" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i)})
	}
	for i := 0; i < 20000; i++ {
		g.Edges = append(g.Edges, &Edge{From: g.Nodes[0].ID, To: "missing" + itoa(i), Pos: at(20000 - i)})
	}
	err := Validate(&Diagram{Body: g})
	list, _ := Errors(err)
	if len(list) != maxErrors {
		t.Fatalf("Validate gave %d errors, want %d", len(list), maxErrors)
	}
	if list[0].Pos.Line != 1 || list[9].Pos.Line != 10 {
		t.Errorf("errors at lines %d .. %d, want 1 .. 10", list[0].Pos.Line, list[9].Pos.Line)
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
