package diag_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/diagram"
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

// CompileTo writes the picture to any io.Writer (a file, an HTTP
// response) in one write, and writes nothing when the source has errors.
func ExampleCompileTo() {
	src := []byte("graph g {\n  a -> b\n}\n")
	var out bytes.Buffer
	if err := diag.CompileTo(&out, "ab.diag", src, diag.Options{}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.HasSuffix(out.String(), "</svg>\n"))

	var none bytes.Buffer
	err := diag.CompileTo(&none, "typo.diag", []byte("graph g {\n  a -> \n}\n"), diag.Options{})
	fmt.Println(err != nil, none.Len())
	// Output:
	// true
	// true 0
}

// Errors carry file:line:col positions; FormatError shows the line, a
// caret and a hint.
func ExampleFormatError() {
	src := []byte("graph g {\n  source \"Source\"\n  sorce -> out\n}\n")
	_, err := diag.Compile("pipeline.diag", src, diag.Options{})
	fmt.Print(diag.FormatError(src, err))
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

// Render checks a model built in Go as the language checks text: an edge
// to a node that does not exist is an error, named by its path when the
// model has no positions.
func ExampleRender_validation() {
	d := &diagram.Diagram{Body: &diagram.Graph{
		PanelHead: diagram.PanelHead{ID: "flow"},
		Nodes:     []*diagram.Node{{ID: "client"}, {ID: "api"}},
		Edges:     []*diagram.Edge{{From: "client", To: "api"}, {From: "api", To: "databse"}},
	}}
	_, err := diag.Render(d, "built.diag", diag.Options{})
	fmt.Print(diag.FormatError(nil, err))
	// Output:
	// built.diag: graph flow: edge 2 (api -> databse): unknown node "databse"
	//     hint: an edge joins nodes and groups of its own graph
}

// A Frame above zero draws the still picture at that moment of the
// animation: no keyframes, each element as it stands then.
func ExampleOptions_frame() {
	src := []byte(`graph g {
  a -> b
}
animate {
  step "a first" 1s { show a }
  step "then b" 1s { show b }
}
`)
	still, err := diag.Compile("still.diag", src, diag.Options{Frame: 1500 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	animated, err := diag.Compile("still.diag", src, diag.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(still, []byte("@keyframes")), bytes.Contains(animated, []byte("@keyframes")))
	// Output: false true
}

// exampleSheets is a catalog of one sheet, for the example of SheetCatalog.
type exampleSheets struct{}

func (exampleSheets) Sheet(id string) (kicker, title, tagline string, ok bool) {
	if id != "caching" {
		return "", "", "", false
	}
	return "Systems · Part 2", "Caching", "Keep the answer near the question.", true
}

func (exampleSheets) SheetIDs() []string { return []string{"caching"} }

// A sheet takes its kicker, title and tagline from the catalog the caller
// passes in Options.Sheets.
func ExampleSheetCatalog() {
	src := []byte("sheet cachng\ngraph g { a }\n")
	_, err := diag.Compile("cache.diag", src, diag.Options{Sheets: exampleSheets{}})
	fmt.Print(diag.FormatError(src, err))

	src = []byte("sheet caching\ngraph g { a }\n")
	svg, err := diag.Compile("cache.diag", src, diag.Options{Sheets: exampleSheets{}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(svg, []byte(">Keep the answer near the question.</text>")))
	// Output:
	// cache.diag:1:7: unknown sheet "cachng"
	//     sheet cachng
	//           ^
	//     hint: did you mean "caching"?
	// true
}
