package dsl

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// ignorePos leaves positions out of model comparisons; TestPositions checks
// them on their own.
var ignorePos = cmp.FilterPath(func(p cmp.Path) bool {
	sf, ok := p.Last().(cmp.StructField)
	return ok && sf.Name() == "Pos"
}, cmp.Ignore())

func graphOf(g *diagram.Graph) *diagram.Diagram { return &diagram.Diagram{Body: g} }

func TestCompile(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *diagram.Diagram
	}{
		{
			name: "header and frame",
			src: `# the frame of a curriculum sheet
sheet bias-variance
kicker   "AI Interview Prep · Layer 1"
title    "Gradient Descent"
subtitle "How models learn — stepping downhill"
footer   "v1"
theme dark
size 1440 900
legend {
  solid  "data flow"
  dashed "feedback / gradient"
  bad    "failure case"
}
ask "More data?" "Cuts variance."
ask "Overfitting?" "Train/validation gap."
`,
			want: &diagram.Diagram{
				Kicker: "AI Interview Prep · Layer 1", Title: "Gradient Descent",
				Subtitle: "How models learn — stepping downhill", Footer: "v1",
				Theme: diagram.Dark, Width: 1440, Height: 900,
				Legend: []diagram.LegendItem{
					{Kind: "solid", Label: "data flow"},
					{Kind: "dashed", Label: "feedback / gradient"},
					{Kind: "bad", Tone: diagram.Bad, Label: "failure case"},
				},
				Asks: []diagram.Ask{
					{Question: "More data?", Answer: "Cuts variance."},
					{Question: "Overfitting?", Answer: "Train/validation gap."},
				},
			},
		},
		{
			name: "all arrows and parallel edges",
			src: `graph g {
  a -> b
  a <- b
  a <-> b
  a -- b
  b -> a
}`,
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "g"},
				Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
				Edges: []*diagram.Edge{
					{ID: "a->b", From: "a", To: "b", Arrow: diagram.Forward},
					{ID: "a->b[2]", From: "a", To: "b", Arrow: diagram.Backward},
					{ID: "a->b[3]", From: "a", To: "b", Arrow: diagram.Both},
					{ID: "a->b[4]", From: "a", To: "b", Arrow: diagram.NoArrow},
					{ID: "b->a", From: "b", To: "a", Arrow: diagram.Forward},
				},
			}),
		},
		{
			name: "routes and weights",
			src: `graph net route straight {
  a -> b weight 0.8
  a -> c weight -0.25 route spline
  b -> c route orthogonal weight +2
}`,
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "net"},
				Route:     diagram.RouteStraight,
				Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}, {ID: "c"}},
				Edges: []*diagram.Edge{
					{ID: "a->b", From: "a", To: "b", Weighted: true, Weight: 0.8},
					{ID: "a->c", From: "a", To: "c", Weighted: true, Weight: -0.25, Route: diagram.RouteSpline},
					{ID: "b->c", From: "b", To: "c", Weighted: true, Weight: 2, Route: diagram.RouteOrthogonal},
				},
			}),
		},
		{
			name: "ring layout",
			src:  "graph loop layout ring {\n  a -> b -> a\n}",
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "loop"},
				Layout:    diagram.LayoutRing,
				Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
				Edges:     []*diagram.Edge{{ID: "a->b", From: "a", To: "b"}, {ID: "b->a", From: "b", To: "a"}},
			}),
		},
		{
			name: "order, align and pins",
			src: `graph g direction right order source {
  a "A" pin top
  order -> align
  group grp "G" pin right {
    c
  }
  order c a
  align a order
  rank same align c
}`,
			want: graphOf(&diagram.Graph{
				PanelHead:   diagram.PanelHead{ID: "g"},
				Direction:   diagram.Right,
				SourceOrder: true,
				Nodes: []*diagram.Node{{ID: "a", Label: "A", Pin: diagram.PinTop}, {ID: "order"}, {ID: "align"},
					{ID: "c"}},
				Edges:    []*diagram.Edge{{ID: "order->align", From: "order", To: "align"}},
				Groups:   []*diagram.Group{{ID: "grp", Label: "G", Pin: diagram.PinRight, Nodes: []string{"c"}}},
				SameRank: [][]string{{"align", "c"}},
				Orders:   [][]string{{"c", "a"}},
				Aligns:   [][]string{{"a", "order"}},
			}),
		},
		{
			name: "repeated groups",
			src: `graph g {
  group blk "Block" repeat 6 tone info {
    a
    group inner repeat N_max { b }
  }
}`,
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "g"},
				Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}},
				Groups: []*diagram.Group{{ID: "blk", Label: "Block", Repeat: "6", Tone: diagram.Info, Nodes: []string{"a"},
					Groups: []*diagram.Group{{ID: "inner", Repeat: "N_max", Nodes: []string{"b"}}}}},
			}),
		},
		{
			name: "tensors",
			src: `graph cnn direction right {
  img "Image" tensor 224x224x3
  fc tensor 4096 tone accent
  seq tensor 128x512
  img -> fc kernel 3
}`,
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "cnn"},
				Direction: diagram.Right,
				Nodes: []*diagram.Node{{ID: "img", Label: "Image", Tensor: []int{224, 224, 3}}, {ID: "fc", Tone: diagram.Accent, Tensor: []int{4096}},
					{ID: "seq", Tensor: []int{128, 512}}},
				Edges: []*diagram.Edge{{ID: "img->fc", From: "img", To: "fc", Kernel: 3}},
			}),
		},
		{
			name: "chain attributes apply to every hop",
			src: `graph loop "The update loop" direction right {
  batch "Mini-batch" shape cylinder
  fwd   "Forward" tone accent icon cpu
  batch -> fwd -> loss "next" dashed bold tone warn
}`,
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "loop", Title: "The update loop"},
				Direction: diagram.Right,
				Nodes: []*diagram.Node{
					{ID: "batch", Label: "Mini-batch", Shape: diagram.Cylinder},
					{ID: "fwd", Label: "Forward", Tone: diagram.Accent, Icon: "cpu"},
					{ID: "loss"},
				},
				Edges: []*diagram.Edge{
					{ID: "batch->fwd", From: "batch", To: "fwd", Label: "next", Dashed: true, Bold: true, Tone: diagram.Warn},
					{ID: "fwd->loss", From: "fwd", To: "loss", Label: "next", Dashed: true, Bold: true, Tone: diagram.Warn},
				},
			}),
		},
		{
			name: "nested groups, declared-by-use nodes and later declarations",
			src: `graph sys {
  user -> api
  group back "Backend" tone info {
    api "API" shape hexagon
    group data "Data" {
      db "Postgres" shape cylinder; api -> db; db -> cache
    }
    worker -> queue
  }
  rank same api worker
}`,
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "sys"},
				Nodes: []*diagram.Node{
					{ID: "user"},
					{ID: "api", Label: "API", Shape: diagram.Hexagon},
					{ID: "db", Label: "Postgres", Shape: diagram.Cylinder},
					{ID: "cache"},
					{ID: "worker"},
					{ID: "queue"},
				},
				Edges: []*diagram.Edge{
					{ID: "user->api", From: "user", To: "api"},
					{ID: "api->db", From: "api", To: "db"},
					{ID: "db->cache", From: "db", To: "cache"},
					{ID: "worker->queue", From: "worker", To: "queue"},
				},
				Groups: []*diagram.Group{{
					ID: "back", Label: "Backend", Tone: diagram.Info,
					Nodes:  []string{"api", "worker", "queue"},
					Groups: []*diagram.Group{{ID: "data", Label: "Data", Nodes: []string{"db", "cache"}}},
				}},
				SameRank: [][]string{{"api", "worker"}},
			}),
		},
		{
			name: "containers nest and top-level panels stack in a column",
			src: `row "Top" {
  column {
    graph a { x }
  }
  grid 2 cells "Cells" {
    graph b { y }
    graph c { z }
  }
}
graph d { w }
`,
			want: &diagram.Diagram{Body: &diagram.Split{Kind: diagram.Column, Items: []diagram.Panel{
				&diagram.Split{PanelHead: diagram.PanelHead{Title: "Top"}, Kind: diagram.Row, Items: []diagram.Panel{
					&diagram.Split{Kind: diagram.Column, Items: []diagram.Panel{
						&diagram.Graph{PanelHead: diagram.PanelHead{ID: "a"}, Nodes: []*diagram.Node{{ID: "x"}}},
					}},
					&diagram.Split{PanelHead: diagram.PanelHead{ID: "cells", Title: "Cells"}, Kind: diagram.Grid, Cols: 2, Items: []diagram.Panel{
						&diagram.Graph{PanelHead: diagram.PanelHead{ID: "b"}, Nodes: []*diagram.Node{{ID: "y"}}},
						&diagram.Graph{PanelHead: diagram.PanelHead{ID: "c"}, Nodes: []*diagram.Node{{ID: "z"}}},
					}},
				}},
				&diagram.Graph{PanelHead: diagram.PanelHead{ID: "d"}, Nodes: []*diagram.Node{{ID: "w"}}},
			}}},
		},
		{
			name: "numbered ids are not typos of each other",
			src:  "graph g {\n  layer1 \"Layer 1\"\n  layer1 -> layer2 -> layer3\n}\n",
			want: graphOf(&diagram.Graph{
				PanelHead: diagram.PanelHead{ID: "g"},
				Nodes:     []*diagram.Node{{ID: "layer1", Label: "Layer 1"}, {ID: "layer2"}, {ID: "layer3"}},
				Edges: []*diagram.Edge{
					{ID: "layer1->layer2", From: "layer1", To: "layer2"},
					{ID: "layer2->layer3", From: "layer2", To: "layer3"},
				},
			}),
		},
		{
			name: "string escapes",
			src:  `title "say \"hi\"\\\n\t\u{2207}θ"`,
			want: &diagram.Diagram{Title: "say \"hi\"\\\n\t∇θ"},
		},
		{
			name: "full animate block",
			src: `graph g {
  a -> b -> c
  d <- c
  e <-> c
}
animate loop {
  step "Forward" 2s { flow a -> b -> c -> d }
  step "Back" 500ms {
    flow c -> e; highlight c delay 0.5s ease linear
    show a -> b
    dim g
  }
  step "Together" 1.5s {
    together delay 1s { hide a; trace b }
    move a along b ease steps
    move c to (-1.5, 2)
    count d from 0 to 100
  }
}`,
			want: &diagram.Diagram{
				Body: &diagram.Graph{
					PanelHead: diagram.PanelHead{ID: "g"},
					Nodes:     []*diagram.Node{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}, {ID: "e"}},
					Edges: []*diagram.Edge{
						{ID: "a->b", From: "a", To: "b"},
						{ID: "b->c", From: "b", To: "c"},
						{ID: "d->c", From: "d", To: "c", Arrow: diagram.Backward},
						{ID: "e->c", From: "e", To: "c", Arrow: diagram.Both},
					},
				},
				Script: &diagram.Script{Loop: true, Steps: []*diagram.Step{
					{Caption: "Forward", Duration: 2 * time.Second, Actions: []*diagram.Action{
						{Kind: diagram.Flow, Targets: []string{"a", "b", "c", "d"}},
					}},
					{Caption: "Back", Duration: 500 * time.Millisecond, Actions: []*diagram.Action{
						{Kind: diagram.Flow, Targets: []string{"c", "e"}},
						{Kind: diagram.Highlight, Targets: []string{"c"}, Delay: 500 * time.Millisecond, Easing: diagram.Linear},
						{Kind: diagram.Show, Targets: []string{"a->b"}},
						{Kind: diagram.Dim, Targets: []string{"g"}},
					}},
					{Caption: "Together", Duration: 1500 * time.Millisecond, Actions: []*diagram.Action{
						{Kind: diagram.Together, Delay: time.Second, Actions: []*diagram.Action{
							{Kind: diagram.Hide, Targets: []string{"a"}},
							{Kind: diagram.Trace, Targets: []string{"b"}},
						}},
						{Kind: diagram.MoveAlong, Targets: []string{"a"}, Path: "b", Easing: diagram.Steps},
						{Kind: diagram.MoveTo, Targets: []string{"c"}, X: -1.5, Y: 2},
						{Kind: diagram.Count, Targets: []string{"d"}, From: 0, To: 100},
					}},
				}},
			},
		},
		{
			name: "keywords of other blocks are ordinary ids in a graph",
			src: `graph loop {
  step "θ ← θ − η·∇θL" tone accent
  show -> step
}
animate { step "Update" 3s { highlight step } }`,
			want: &diagram.Diagram{
				Body: &diagram.Graph{
					PanelHead: diagram.PanelHead{ID: "loop"},
					Nodes:     []*diagram.Node{{ID: "step", Label: "θ ← θ − η·∇θL", Tone: diagram.Accent}, {ID: "show"}},
					Edges:     []*diagram.Edge{{ID: "show->step", From: "show", To: "step"}},
				},
				Script: &diagram.Script{Steps: []*diagram.Step{{Caption: "Update", Duration: 3 * time.Second, Actions: []*diagram.Action{
					{Kind: diagram.Highlight, Targets: []string{"step"}},
				}}}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := Compile("t.diag", []byte(tc.src))
			if err != nil {
				t.Fatalf("Compile(%q):\n%s", tc.src, FormatError([]byte(tc.src), err))
			}
			if diff := cmp.Diff(tc.want, got, ignorePos); diff != "" {
				t.Errorf("Compile(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

// TestPositions checks that model positions count characters, not bytes.
func TestPositions(t *testing.T) {
	src := "graph g \"θθ\" { a -> b; n \"∇\" tone good }\n\tgraph h {\n\tpx \"θ\"; px -> y\n}\n"
	d, _, err := Compile("p.diag", []byte(src))
	if err != nil {
		t.Fatal(FormatError([]byte(src), err))
	}
	g := d.Body.(*diagram.Split).Items[0].(*diagram.Graph)
	h := d.Body.(*diagram.Split).Items[1].(*diagram.Graph)
	got := []diagram.Pos{g.Pos, g.Nodes[0].Pos, g.Edges[0].Pos, g.Nodes[2].Pos, h.Pos, h.Nodes[0].Pos, h.Edges[0].Pos, h.Nodes[1].Pos}
	at := func(line, col int) diagram.Pos { return diagram.Pos{File: "p.diag", Line: line, Col: col} }
	want := []diagram.Pos{at(1, 1), at(1, 16), at(1, 18), at(1, 24), at(2, 2), at(3, 2), at(3, 13), at(3, 16)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Compile(%q) positions mismatch (-want +got):\n%s", src, diff)
	}
}

// TestSheet checks that the sheet id is kept in the AST.
func TestSheet(t *testing.T) {
	f, err := Parse("s.diag", []byte("sheet bias-variance\ntitle \"x\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Sheet != "bias-variance" || f.Name != "s.diag" {
		t.Errorf("Parse: Sheet = %q, Name = %q, want \"bias-variance\", \"s.diag\"", f.Sheet, f.Name)
	}
}
