package dsl_test

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
)

func ExampleParse() {
	src := []byte(`sheet gradient-descent
title "Gradient Descent"
graph loop "The update loop" {
  fwd "Forward" tone accent
  fwd -> loss -> grad
}
`)
	f, err := dsl.Parse("loop.diag", src)
	if err != nil {
		fmt.Print(dsl.FormatError(src, err))
		return
	}
	fmt.Println("sheet:", f.Sheet)
	for _, st := range f.Stmts {
		switch {
		case st.Header != nil:
			fmt.Println(f.Position(st.Pos()), st.Header.Keyword)
		case st.Panel != nil:
			g := st.Panel.(*dsl.Graph)
			fmt.Println(f.Position(st.Pos()), "graph", g.ID.Value, "with", len(g.Stmts), "statements")
		}
	}
	// Output:
	// sheet: gradient-descent
	// loop.diag:1:1 sheet
	// loop.diag:2:1 title
	// loop.diag:3:1 graph loop with 2 statements
}

func ExampleCompile() {
	src := []byte(`title "Gradient Descent"
graph loop direction right {
  batch "Mini-batch" shape cylinder
  batch -> fwd -> loss
  loss -> fwd "next batch" dashed
}
animate loop {
  step "Forward pass" 2s { flow batch -> fwd -> loss }
  step "Feedback" 1.5s { highlight loss; show loss -> fwd }
}
`)
	d, _, err := dsl.Compile("loop.diag", src)
	if err != nil {
		fmt.Print(dsl.FormatError(src, err))
		return
	}
	g := d.Body.(*diagram.Graph)
	fmt.Println(d.Title, "/", g.ID, g.Direction)
	for _, n := range g.Nodes {
		fmt.Printf("node %s %q %s\n", n.ID, n.Text(), n.Shape)
	}
	for _, e := range g.Edges {
		fmt.Printf("edge %s dashed=%v %q\n", e.ID, e.Dashed, e.Label)
	}
	for _, s := range d.Script.Steps {
		fmt.Printf("step %q %v:", s.Caption, s.Duration)
		for _, a := range s.Actions {
			fmt.Print(" ", a.Kind, a.Targets)
		}
		fmt.Println()
	}
	// Output:
	// Gradient Descent / loop right
	// node batch "Mini-batch" cylinder
	// node fwd "fwd" box
	// node loss "loss" box
	// edge batch->fwd dashed=false ""
	// edge fwd->loss dashed=false ""
	// edge loss->fwd dashed=true "next batch"
	// step "Forward pass" 2s: flow [batch fwd loss]
	// step "Feedback" 1.5s: highlight [loss] show [loss->fwd]
}

func ExampleFormatError() {
	src := []byte("graph g {\n  fwd \"Forward\"\n  batch -> fwdd\n}\n")
	_, _, err := dsl.Compile("typo.diag", src)
	fmt.Print(dsl.FormatError(src, err))
	// Output:
	// typo.diag:3:12: unknown node "fwdd"
	//       batch -> fwdd
	//                ^
	//     hint: did you mean "fwd"? (to add a new node, declare fwdd on its own line)
}
