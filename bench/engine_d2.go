package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/aiprep/diag/scene/geom"
	"oss.terrastruct.com/d2/d2graph"
	"oss.terrastruct.com/d2/d2layouts/d2dagrelayout"
	"oss.terrastruct.com/d2/d2layouts/d2elklayout"
	"oss.terrastruct.com/d2/d2lib"
	"oss.terrastruct.com/d2/d2renderers/d2svg"
	"oss.terrastruct.com/d2/d2target"
	"oss.terrastruct.com/d2/lib/log"
	"oss.terrastruct.com/d2/lib/textmeasure"
)

// d2Engine compiles the graph's D2 translation in-process with the dagre
// or ELK layout and renders it with D2's SVG renderer.
type d2Engine struct {
	src    string
	layout string
	groups map[string]bool
	ruler  *textmeasure.Ruler
	ctx    context.Context
	last   *d2target.Diagram
}

func newD2Engine(g *Graph, layout string) (*d2Engine, error) {
	ruler, err := textmeasure.NewRuler()
	if err != nil {
		return nil, err
	}
	groups := map[string]bool{}
	for _, gr := range g.Groups {
		groups[gr.ID] = true
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	return &d2Engine{
		src:    ToD2(g),
		layout: layout,
		groups: groups,
		ruler:  ruler,
		ctx:    log.With(context.Background(), quiet),
	}, nil
}

func (e *d2Engine) run() ([]byte, error) {
	layout := e.layout
	compileOpts := &d2lib.CompileOptions{
		Layout: &layout,
		Ruler:  e.ruler,
		LayoutResolver: func(engine string) (d2graph.LayoutGraph, error) {
			switch engine {
			case "dagre":
				return d2dagrelayout.DefaultLayout, nil
			case "elk":
				return d2elklayout.DefaultLayout, nil
			}
			return nil, fmt.Errorf("unknown D2 layout %q", engine)
		},
	}
	renderOpts := &d2svg.RenderOpts{}
	diagram, _, err := d2lib.Compile(e.ctx, e.src, compileOpts, renderOpts)
	if err != nil {
		return nil, err
	}
	e.last = diagram
	return d2svg.Render(diagram, renderOpts)
}

// geometry reads the shapes and connection routes of the last run. Dagre
// routes are cubic Bézier control points (as D2's renderer draws them);
// ELK routes are polylines.
func (e *d2Engine) geometry() (geom.Geometry, error) {
	if e.last == nil {
		if _, err := e.run(); err != nil {
			return geom.Geometry{}, err
		}
	}
	var g geom.Geometry
	for _, s := range e.last.Shapes {
		id := baseID(s.ID)
		x, y, w, h := float64(s.Pos.X), float64(s.Pos.Y), float64(s.Width), float64(s.Height)
		if e.groups[id] {
			g.Groups = append(g.Groups, geom.Group{ID: id, X: x, Y: y, W: w, H: h})
			continue
		}
		g.Nodes = append(g.Nodes, geom.Node{ID: id, X: x, Y: y, W: w, H: h})
	}
	for _, c := range e.last.Connections {
		pts := make([][2]float64, len(c.Route))
		for i, p := range c.Route {
			pts[i] = [2]float64{p.X, p.Y}
		}
		if c.IsCurve {
			pts = flattenCubicPath(pts, flatness)
		}
		g.Edges = append(g.Edges, geom.Edge{From: baseID(c.Src), To: baseID(c.Dst), Points: pts})
	}
	return g, nil
}

// baseID drops the container path of a D2 id: "ingest.n0" is n0.
func baseID(id string) string {
	if i := strings.LastIndex(id, "."); i >= 0 {
		return id[i+1:]
	}
	return id
}
