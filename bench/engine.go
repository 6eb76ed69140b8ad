package main

import (
	"fmt"

	"github.com/aiprep/diag/scene/geom"
)

// An engine draws one graph. Setup work that is not part of drawing (such
// as loading a WebAssembly module or a font ruler) happens before the first
// run and is not timed.
type engine interface {
	// run does the timed part: parse the engine's source text, lay it out
	// and render SVG.
	run() ([]byte, error)
	// geometry returns the picture in the neutral schema, in CSS px with y
	// growing downward.
	geometry() (geom.Geometry, error)
}

// engineNames lists the engines in the order of the table.
var engineNames = []string{"diag", "dot", "dot-fixed", "d2-dagre", "d2-elk"}

// newEngine prepares engine name for graph g.
func newEngine(name string, g *Graph) (engine, error) {
	switch name {
	case "diag":
		return newDiagEngine(g), nil
	case "dot":
		return newDotEngine(g)
	case "dot-fixed":
		return newDotFixedEngine(g)
	case "d2-dagre":
		return newD2Engine(g, "dagre")
	case "d2-elk":
		return newD2Engine(g, "elk")
	}
	return nil, fmt.Errorf("unknown engine %q (want one of %v)", name, engineNames)
}
