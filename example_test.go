package diag_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
)

// Compile turns .diag source into one self-contained SVG document.
func ExampleCompile() {
	src := []byte(`
title "Hello, diag"
graph hello direction right {
  src "Source (.diag)" shape document
  out "Animated SVG" tone accent
  src -> out "diag compile"
}
`)
	svg, err := diag.Compile("hello.diag", src, diag.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasPrefix(svg, []byte("<?xml")), bytes.Contains(svg, []byte("Animated SVG")))
	// Output: true true
}

// Errors carry file:line:col positions; dsl.FormatError shows the line,
// a caret and a hint.
func ExampleCompile_error() {
	src := []byte("graph g {\n  source \"Source\"\n  sorce -> out\n}\n")
	_, err := diag.Compile("pipeline.diag", src, diag.Options{})
	fmt.Print(dsl.FormatError(src, err))
	// Output:
	// pipeline.diag:3:3: unknown node "sorce"
	//       sorce -> out
	//       ^
	//     hint: did you mean "source"? (to add a new node, declare sorce on its own line)
}

// A diagram can be built in Go through the diagram types, without the
// language, and drawn with Render.
func ExampleRender() {
	d := &diagram.Diagram{
		Title: "Built in Go",
		Body: &diagram.Graph{
			PanelHead: diagram.PanelHead{ID: "flow", Title: "Request path"},
			Direction: diagram.Right,
			Nodes: []*diagram.Node{
				{ID: "client", Label: "Client", Shape: diagram.Person},
				{ID: "api", Label: "API", Tone: diagram.Accent},
				{ID: "db", Label: "Database", Shape: diagram.Cylinder, Tone: diagram.Info},
			},
			Edges: []*diagram.Edge{
				{ID: "client->api", From: "client", To: "api", Label: "HTTPS"},
				{ID: "api->db", From: "api", To: "db", Label: "SQL"},
			},
		},
		Script: &diagram.Script{Loop: true, Steps: []*diagram.Step{
			{Caption: "The request arrives", Duration: 2e9, Actions: []*diagram.Action{{Kind: diagram.Show, Targets: []string{"api"}}}},
		}},
	}
	svg, err := diag.Render(d, "built.diag", diag.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(svg, []byte("@keyframes built-k")), bytes.Contains(svg, []byte(">Database</text>")))
	// Output: true true
}
