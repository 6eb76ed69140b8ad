// Package tensor lays out tensor glyphs: a graph node whose dimensions
// are drawn as a vector (n), a sheet of rows (n×d) or a volume of
// slices (W×H×C) in oblique projection, sized by its dimensions, with
// its name and its dimensions written beside it. A chain of them draws a
// CNN (224×224×3 → … → 7×7×512 → 4096) or the shapes of a transformer
// (n × d_model).
//
// The scale is logarithmic, so that 224×224×3 and 7×7×512 both read on
// one page: a side of n is 10 + 11·log₂ n px, from 10 to 120 px (1 is
// 10 px, 7 is 41, 56 is 74, 224 is 96, 1024 and more 120), and a depth
// of C slices is 6 + 10·log₂ C px, from 6 to 110 px, drawn up and to the
// right at 30° and 0.6 of its length (cabinet-like oblique projection).
// Of a volume's slices at most MaxSlices are drawn, evenly spaced; the
// label says how many there are.
package tensor

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// The scale rule, in px (see the package doc).
const (
	sideBase, sidePerOctave, sideMin, sideMax     = 10, 11, 10, 120
	depthBase, depthPerOctave, depthMin, depthMax = 6, 10, 6, 110
	// vectorW is the width and depth of a vector (one dimension), and
	// sheetDepth the depth of a sheet (two).
	vectorW    = 12
	sheetDepth = 8
)

// The oblique projection: a depth of d px is drawn d·obliqueX to the
// right and d·obliqueY up (0.6 of its length at 30°).
var (
	obliqueX = 0.6 * math.Cos(math.Pi/6)
	obliqueY = 0.6 * math.Sin(math.Pi/6)
)

// MaxSlices is the most slices (or rows) drawn of one tensor.
const MaxSlices = 8

// labelGap is the space between the volume and its labels, in px.
const labelGap = 6

// Side is where a tensor node's labels go: below the volume (in a graph
// going right or left, where edges meet the sides) or right of it (going
// down or up, where edges meet the top and bottom).
type Side int

// The sides.
const (
	Below Side = iota
	Right
)

// Volume is the drawn geometry of a tensor, in px: a front face W wide and
// H high, and a depth drawn DX to the right and DY up. Slices counts the
// slices drawn front to back (a volume) and Rows the rows drawn on the
// front face (a sheet or a vector).
type Volume struct {
	W, H, DX, DY float64
	Slices, Rows int
}

// side returns the drawn length of a side of n.
func side(n int) float64 {
	return min(max(sideBase+sidePerOctave*math.Log2(float64(n)), sideMin), sideMax)
}

// depth returns the drawn depth of c slices.
func depth(c int) float64 {
	return min(max(depthBase+depthPerOctave*math.Log2(float64(c)), depthMin), depthMax)
}

// Shape returns the volume of a tensor of the given dimensions: one (a
// vector of n, a column), two (n rows of d, a sheet) or three (W wide, H
// high, C slices deep).
func Shape(dims []int) Volume {
	var v Volume
	d := 0.0
	switch len(dims) {
	case 1:
		v.W, v.H, d = vectorW, side(dims[0]), vectorW
		v.Rows = min(dims[0], MaxSlices)
	case 2:
		v.W, v.H, d = side(dims[1]), side(dims[0]), sheetDepth
		v.Rows = min(dims[0], MaxSlices)
	case 3:
		v.W, v.H, d = side(dims[0]), side(dims[1]), depth(dims[2])
		v.Slices = min(dims[2], MaxSlices)
	default:
		v.W, v.H, d = sideMin, sideMin, depthMin
	}
	v.DX, v.DY = d*obliqueX, d*obliqueY
	return v
}

// Size returns the width and height of the box around the volume.
func (v Volume) Size() (w, h float64) { return v.W + v.DX, v.H + v.DY }

// corner returns the top left of the volume's box centred at c.
func (v Volume) corner(c scene.Point) scene.Point {
	w, h := v.Size()
	return scene.Point{X: c.X - w/2, Y: c.Y - h/2}
}

// Outline returns the outline of the volume centred at c, a closed
// hexagon clockwise from the front face's top left corner: what an edge
// meets.
func (v Volume) Outline(c scene.Point) []scene.Point {
	o := v.corner(c)
	x0, y0 := o.X, o.Y
	return []scene.Point{
		{X: x0, Y: y0 + v.DY}, {X: x0 + v.DX, Y: y0}, {X: x0 + v.W + v.DX, Y: y0},
		{X: x0 + v.W + v.DX, Y: y0 + v.H}, {X: x0 + v.W, Y: y0 + v.H + v.DY}, {X: x0, Y: y0 + v.H + v.DY},
		{X: x0, Y: y0 + v.DY},
	}
}

// Draw draws the volume centred at c in the tone t: the top and right
// faces shaded, the front face, and the lines between slices (or rows).
func (v Volume) Draw(c scene.Point, t diagram.Tone) []scene.Item {
	o := v.corner(c)
	x0, y0 := o.X, o.Y
	fx, fy := x0, y0+v.DY // the front face's top left
	top := []scene.Point{{X: fx, Y: fy}, {X: fx + v.DX, Y: y0}, {X: fx + v.W + v.DX, Y: y0}, {X: fx + v.W, Y: fy}}
	right := []scene.Point{{X: fx + v.W, Y: fy}, {X: fx + v.W + v.DX, Y: y0}, {X: fx + v.W + v.DX, Y: y0 + v.H}, {X: fx + v.W, Y: fy + v.H}}
	front := []scene.Point{{X: fx, Y: fy}, {X: fx + v.W, Y: fy}, {X: fx + v.W, Y: fy + v.H}, {X: fx, Y: fy + v.H}}
	line := scene.Paint{Tone: t, Role: scene.Line}
	face := func(pts []scene.Point, shade float64) []scene.Item {
		items := []scene.Item{&scene.Path{Ops: scene.Polygon(pts...), Style: scene.Style{Fill: scene.Paint{Tone: t, Role: scene.Soft}, Stroke: scene.NoPaint}}}
		if shade > 0 {
			items = append(items, &scene.Path{Ops: scene.Polygon(pts...), Style: scene.Style{Fill: line, Stroke: scene.NoPaint, Opacity: shade}})
		}
		return append(items, &scene.Path{Ops: scene.Polygon(pts...), Style: scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 1.25}})
	}
	var items []scene.Item
	items = append(items, face(top, 0.12)...)
	items = append(items, face(right, 0.28)...)
	items = append(items, face(front, 0)...)
	thin := scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 0.75}
	for i := 1; i < v.Slices; i++ {
		// The edge of slice i+1 behind the front face: along the top
		// face and down the right one.
		f := float64(i) / float64(v.Slices)
		sx, sy := fx+f*v.DX, fy-f*v.DY
		items = append(items, &scene.Path{Ops: scene.Polyline(scene.Pt(sx, sy), scene.Pt(sx+v.W, sy), scene.Pt(sx+v.W, sy+v.H)), Style: thin})
	}
	for i := 1; i < v.Rows; i++ {
		// Row i+1 on the front face, and its edge on the right face.
		y := fy + v.H*float64(i)/float64(v.Rows)
		items = append(items, &scene.Path{Ops: scene.Polyline(scene.Pt(fx, y), scene.Pt(fx+v.W, y), scene.Pt(fx+v.W+v.DX, y-v.DY)), Style: thin})
	}
	return items
}

// DimsText returns the dimensions as the label writes them: 224×224×3.
func DimsText(dims []int) string {
	parts := make([]string, len(dims))
	for i, d := range dims {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, "×")
}

// Node is the layout of one tensor node: its volume, its label (name and
// parts) and its dimensions' line, and the side they go on.
type Node struct {
	Vol   Volume
	Label text.Block
	Dims  text.Block
	Side  Side
}

// NewNode measures the tensor node n, whose label is tb, with its labels
// on side s.
func NewNode(n *diagram.Node, tb text.Block, s Side) Node {
	return Node{Vol: Shape(n.Tensor), Label: tb, Dims: text.Lines(DimsText(n.Tensor), scene.Sans, text.SizeSmall), Side: s}
}

// labelSize returns the size of the name and the dimensions, one under
// the other.
func (nd Node) labelSize() (w, h float64) {
	return max(nd.Label.W, nd.Dims.W), nd.Label.H + nd.Dims.H
}

// Size returns the size of the node's box. The volume sits at its centre,
// so that edges meeting the middle of a side meet the volume: the labels
// go on one side of it and as much room is left on the other.
func (nd Node) Size() (w, h float64) {
	vw, vh := nd.Vol.Size()
	lw, lh := nd.labelSize()
	if nd.Side == Right {
		return vw + 2*(labelGap+lw), max(vh, lh)
	}
	return max(vw, lw), vh + 2*(labelGap+lh)
}

// Draw draws the node n filling r: its volume at the centre, then its
// label and its dimensions, under the node's id; a label part keeps its
// id (NODE.NAME) as in any node.
func (nd Node) Draw(n *diagram.Node, r scene.Rect) *scene.Group {
	c := r.Center()
	vw, vh := nd.Vol.Size()
	_, lh := nd.labelSize()
	// An unpainted box of the node's size: what the checks and the
	// highlight take for the node.
	items := []scene.Item{&scene.Box{Shape: diagram.Box, Role: scene.RoleNode, R: r, Corner: 4, Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.NoPaint}}}
	items = append(items, nd.Vol.Draw(c, n.Tone)...)
	x, y, anchor := c.X, c.Y+vh/2+labelGap, scene.Middle
	if nd.Side == Right {
		x, y, anchor = c.X+vw/2+labelGap, c.Y-lh/2, scene.Start
	}
	lines := nd.Label.Place("", x, y, anchor, scene.Paint{Tone: n.Tone, Role: scene.Ink})
	first := len(lines) - len(n.Parts)
	for i, t := range lines {
		t := t.(*scene.Text)
		t.Box = r
		if i >= first && first >= 0 {
			t.ID = diagram.SubID(n.ID, diagram.Part(n.Parts[i-first].Name))
		}
		items = append(items, t)
	}
	for _, t := range nd.Dims.Place("", x, y+nd.Label.H, anchor, scene.Paint{Tone: diagram.Muted, Role: scene.Ink}) {
		t.(*scene.Text).Box = r
		items = append(items, t)
	}
	return &scene.Group{ID: n.ID, Kind: scene.KindNode, Role: scene.RoleNode, Items: items}
}

// fieldWindowMin and fieldCellMin are the least sides of a receptive
// field's window and of the cell it projects to, in px.
const (
	fieldWindowMin = 6
	fieldCellMin   = 3
)

// width returns the dimension drawn across a tensor's front face: W of a
// volume, D of a sheet, 1 of a column.
func width(dims []int) int {
	switch len(dims) {
	case 2:
		return dims[1]
	case 3:
		return dims[0]
	}
	return 1
}

// square returns the square of side s on the front face of v centred at
// c, around the point 0.7 of the way across the face and 0.3 of the way
// down, kept on the face.
func (v Volume) square(c scene.Point, s float64) scene.Rect {
	o := v.corner(c)
	fx, fy := o.X, o.Y+v.DY
	s = min(s, v.W, v.H)
	x := min(max(fx+0.7*v.W-s/2, fx), fx+v.W-s)
	y := min(max(fy+0.3*v.H-s/2, fy), fy+v.H-s)
	return scene.Rect{X: x, Y: y, W: s, H: s}
}

// hull returns the convex hull of pts, counter-clockwise on the page
// (monotone chain).
func hull(pts []scene.Point) []scene.Point {
	ps := slices.Clone(pts)
	slices.SortFunc(ps, func(a, b scene.Point) int {
		if c := cmp.Compare(a.X, b.X); c != 0 {
			return c
		}
		return cmp.Compare(a.Y, b.Y)
	})
	cross := func(o, a, b scene.Point) float64 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	var h []scene.Point
	for pass := 0; pass < 2; pass++ {
		start := len(h)
		for _, p := range ps {
			for len(h) >= start+2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
				h = h[:len(h)-1]
			}
			h = append(h, p)
		}
		h = h[:len(h)-1]
		slices.Reverse(ps)
	}
	return h
}

// Field draws the receptive field of a k×k kernel from the tensor of
// dimensions from, drawn as fv centred at fc, to the tensor of dimensions
// to, drawn as tv centred at tc: a window of k of the first tensor's
// width on its front face (at least 6 px), the cell of the second tensor
// that it makes (one of its width, at least 3 px), and the four lines
// that join their corners over a pale cone, in the tone t. Window and
// cell sit at the same place of their faces, in the upper right part, so
// that on a tensor between two fields the window that goes out holds the
// cell that comes in, and the cone passes above an edge that meets the
// middle of a face.
func Field(from []int, fv Volume, fc scene.Point, to []int, tv Volume, tc scene.Point, k int, t diagram.Tone) []scene.Item {
	win := fv.square(fc, max(fv.W*float64(k)/float64(width(from)), fieldWindowMin))
	cell := tv.square(tc, max(tv.W/float64(width(to)), fieldCellMin))
	line := scene.Paint{Tone: t, Role: scene.Line}
	corners := func(r scene.Rect) [4]scene.Point {
		return [4]scene.Point{{X: r.X, Y: r.Y}, {X: r.Right(), Y: r.Y}, {X: r.Right(), Y: r.Bottom()}, {X: r.X, Y: r.Bottom()}}
	}
	a, b := corners(win), corners(cell)
	items := []scene.Item{
		&scene.Path{Ops: scene.Polygon(hull(append(a[:], b[:]...))...), Style: scene.Style{Fill: scene.Paint{Tone: t, Role: scene.Solid}, Stroke: scene.NoPaint, Opacity: 0.12}},
		&scene.Path{Ops: scene.Polygon(a[:]...), Style: scene.Style{Fill: scene.Paint{Tone: t, Role: scene.Solid}, Stroke: line, StrokeWidth: 1, Opacity: 0.45}},
	}
	for i := range a {
		items = append(items, &scene.Path{Ops: scene.Polyline(a[i], b[i]), Style: scene.Style{Fill: scene.NoPaint, Stroke: line, StrokeWidth: 0.75}})
	}
	return append(items, &scene.Path{Ops: scene.Polygon(b[:]...), Style: scene.Style{Fill: scene.Paint{Tone: t, Role: scene.Solid}, Stroke: line, StrokeWidth: 1}})
}
