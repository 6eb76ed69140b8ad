package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/aiprep/diag/scene/geom"
	"github.com/goccy/go-graphviz"
)

// dotEngine lays out the graph's DOT translation with Graphviz dot,
// compiled to WebAssembly and run in-process.
type dotEngine struct {
	src []byte
	ctx context.Context
	gv  *graphviz.Graphviz
}

func newDotEngine(g *Graph) (*dotEngine, error) {
	return newDotSource([]byte(ToDOT(g)))
}

// newDotFixedEngine is dot given diag's boxes: every node gets the width
// and height diag's layout gives it (fixedsize), and the groups are the
// same clusters, so that the two layouts place the same boxes. Laying the
// graph out with diag to learn the sizes is setup, not timed.
func newDotFixedEngine(g *Graph) (*dotEngine, error) {
	geo, err := newDiagEngine(g).geometry()
	if err != nil {
		return nil, fmt.Errorf("diag sizes: %w", err)
	}
	sizes := make(map[string]Size, len(geo.Nodes))
	for _, n := range geo.Nodes {
		sizes[n.ID] = Size{W: n.W, H: n.H}
	}
	for _, n := range g.Nodes {
		if _, ok := sizes[n.ID]; !ok {
			return nil, fmt.Errorf("diag sizes: node %s is not in diag's geometry", n.ID)
		}
	}
	return newDotSource([]byte(ToDOTSized(g, sizes)))
}

func newDotSource(src []byte) (*dotEngine, error) {
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, err
	}
	return &dotEngine{src: src, ctx: ctx, gv: gv}, nil
}

// render parses the DOT source, lays it out and renders it in format.
func (e *dotEngine) render(format graphviz.Format) ([]byte, error) {
	graph, err := graphviz.ParseBytes(e.src)
	if err != nil {
		return nil, err
	}
	defer graph.Close()
	var buf bytes.Buffer
	if err := e.gv.Render(e.ctx, graph, format, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (e *dotEngine) run() ([]byte, error) {
	return e.render(graphviz.SVG)
}

// dotJSON is the part of Graphviz's json output that the geometry needs.
// Lengths are in points (1/72 in) with y growing upward, except node
// widths and heights, which are in inches.
type dotJSON struct {
	BB      string `json:"bb"`
	Objects []struct {
		Name   string `json:"name"`
		BB     string `json:"bb"`
		Pos    string `json:"pos"`
		Width  string `json:"width"`
		Height string `json:"height"`
		Nodes  []int  `json:"nodes"`
	} `json:"objects"`
	Edges []struct {
		Tail int    `json:"tail"`
		Head int    `json:"head"`
		Pos  string `json:"pos"`
	} `json:"edges"`
}

// geometry lays the graph out again, renders Graphviz's json output and
// converts it: y is flipped, sizes become px, and edge splines are
// flattened and end at the arrow tip.
func (e *dotEngine) geometry() (geom.Geometry, error) {
	out, err := e.render(graphviz.Format("json"))
	if err != nil {
		return geom.Geometry{}, err
	}
	var d dotJSON
	if err := json.Unmarshal(out, &d); err != nil {
		return geom.Geometry{}, fmt.Errorf("read dot json: %w", err)
	}
	bb, err := floats(d.BB, 4)
	if err != nil {
		return geom.Geometry{}, fmt.Errorf("graph bb: %w", err)
	}
	top := bb[3]
	flip := func(x, y float64) [2]float64 { return [2]float64{x, top - y} }
	var g geom.Geometry
	names := make([]string, len(d.Objects))
	for i, o := range d.Objects {
		names[i] = o.Name
		switch {
		case o.BB != "":
			b, err := floats(o.BB, 4)
			if err != nil {
				return geom.Geometry{}, fmt.Errorf("cluster %s bb: %w", o.Name, err)
			}
			g.Groups = append(g.Groups, geom.Group{ID: strings.TrimPrefix(o.Name, "cluster_"),
				X: b[0], Y: top - b[3], W: b[2] - b[0], H: b[3] - b[1]})
		case o.Pos != "":
			p, err := floats(o.Pos, 2)
			if err != nil {
				return geom.Geometry{}, fmt.Errorf("node %s pos: %w", o.Name, err)
			}
			w, err1 := strconv.ParseFloat(o.Width, 64)
			h, err2 := strconv.ParseFloat(o.Height, 64)
			if err1 != nil || err2 != nil {
				return geom.Geometry{}, fmt.Errorf("node %s: bad size %q x %q", o.Name, o.Width, o.Height)
			}
			w, h = w*72, h*72
			c := flip(p[0], p[1])
			g.Nodes = append(g.Nodes, geom.Node{ID: o.Name, X: c[0] - w/2, Y: c[1] - h/2, W: w, H: h})
		}
	}
	for _, ed := range d.Edges {
		pts, err := splinePoints(ed.Pos, flip)
		if err != nil {
			return geom.Geometry{}, err
		}
		from, to := objectName(names, ed.Tail), objectName(names, ed.Head)
		g.Edges = append(g.Edges, geom.Edge{From: from, To: to, Points: pts})
	}
	return g, nil
}

func objectName(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return strconv.Itoa(i)
	}
	return names[i]
}

// splinePoints reads a Graphviz edge pos, "[s,x,y ][e,x,y ]p0 p1 ... pn"
// with n a multiple of 3, and returns the drawn route: the flattened
// Bézier spline, starting at the start arrow's tip and ending at the end
// arrow's tip when there are arrows.
func splinePoints(pos string, flip func(x, y float64) [2]float64) ([][2]float64, error) {
	var start, end *[2]float64
	var ctrl [][2]float64
	for _, f := range strings.Fields(pos) {
		kind := ""
		if strings.HasPrefix(f, "s,") || strings.HasPrefix(f, "e,") {
			kind, f = f[:1], f[2:]
		}
		p, err := floats(f, 2)
		if err != nil {
			return nil, fmt.Errorf("edge pos %q: %w", pos, err)
		}
		q := flip(p[0], p[1])
		switch kind {
		case "s":
			start = &q
		case "e":
			end = &q
		default:
			ctrl = append(ctrl, q)
		}
	}
	pts := flattenCubicPath(ctrl, flatness)
	if start != nil {
		pts = append([][2]float64{*start}, pts...)
	}
	if end != nil {
		pts = append(pts, *end)
	}
	return pts, nil
}

// floats reads n comma-separated numbers.
func floats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers, got %q", n, s)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
