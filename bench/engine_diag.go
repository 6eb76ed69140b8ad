package main

import (
	"bytes"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/scene/geom"
)

// diagEngine compiles the graph's diag translation with the diag library.
type diagEngine struct {
	name string
	src  []byte
}

func newDiagEngine(g *Graph) *diagEngine {
	return &diagEngine{name: g.Name + ".diag", src: []byte(ToDiag(g))}
}

func (e *diagEngine) run() ([]byte, error) {
	return diag.Compile(e.name, e.src, diag.Options{})
}

func (e *diagEngine) geometry() (geom.Geometry, error) {
	out, err := diag.LayoutJSON(e.name, e.src, diag.Options{})
	if err != nil {
		return geom.Geometry{}, err
	}
	return geom.Decode(bytes.NewReader(out))
}
