package scene

import (
	"math"

	"github.com/aiprep/diag/diagram"
)

// kappa is the control-point distance for a quarter circle drawn as a cubic
// Bézier curve, as a fraction of the radius.
const kappa = 0.5522847498

// A person's figure (a head over shoulders) is at most PersonWide px wide.
// A node wider than that, for a long label, draws a figure PersonFigureW
// by PersonFigureH px at the top middle of its box and its label below the
// figure, instead of a body stretched under the whole label.
const (
	PersonWide    = 96
	PersonFigureW = 56
	PersonFigureH = 44
)

// ShapeOps returns the outline of a node shape filling r, as path operations.
// Box and Rounded are plain rectangles here (renderers draw them with a
// corner radius); every other shape is drawn from these operations.
func ShapeOps(s diagram.Shape, r Rect) []PathOp {
	x0, y0, x1, y1 := r.X, r.Y, r.Right(), r.Bottom()
	cx, cy := r.Center().X, r.Center().Y
	switch s {
	case diagram.Circle:
		return ellipse(cx, cy, r.W/2, r.H/2)
	case diagram.Diamond:
		return Polygon(Point{cx, y0}, Point{x1, cy}, Point{cx, y1}, Point{x0, cy})
	case diagram.Hexagon:
		d := min(r.H/2, r.W/4)
		return Polygon(Point{x0 + d, y0}, Point{x1 - d, y0}, Point{x1, cy}, Point{x1 - d, y1}, Point{x0 + d, y1}, Point{x0, cy})
	case diagram.Cylinder:
		ry := min(r.H/6, 10)
		k := kappa * ry
		hw := r.W / 2
		kx := kappa * hw
		return []PathOp{
			{'M', []Point{{x0, y0 + ry}}},
			{'C', []Point{{x0, y0 + ry - k}, {cx - kx, y0}, {cx, y0}}},
			{'C', []Point{{cx + kx, y0}, {x1, y0 + ry - k}, {x1, y0 + ry}}},
			{'L', []Point{{x1, y1 - ry}}},
			{'C', []Point{{x1, y1 - ry + k}, {cx + kx, y1}, {cx, y1}}},
			{'C', []Point{{cx - kx, y1}, {x0, y1 - ry + k}, {x0, y1 - ry}}},
			{'Z', nil},
			{'M', []Point{{x0, y0 + ry}}},
			{'C', []Point{{x0, y0 + ry + k}, {cx - kx, y0 + 2*ry}, {cx, y0 + 2*ry}}},
			{'C', []Point{{cx + kx, y0 + 2*ry}, {x1, y0 + ry + k}, {x1, y0 + ry}}},
		}
	case diagram.Queue:
		rx := min(r.W/8, 10)
		k := kappa * rx
		hh := r.H / 2
		ky := kappa * hh
		return []PathOp{
			{'M', []Point{{x0 + rx, y0}}},
			{'L', []Point{{x1 - rx, y0}}},
			{'C', []Point{{x1 - rx + k, y0}, {x1, cy - ky}, {x1, cy}}},
			{'C', []Point{{x1, cy + ky}, {x1 - rx + k, y1}, {x1 - rx, y1}}},
			{'L', []Point{{x0 + rx, y1}}},
			{'C', []Point{{x0 + rx - k, y1}, {x0, cy + ky}, {x0, cy}}},
			{'C', []Point{{x0, cy - ky}, {x0 + rx - k, y0}, {x0 + rx, y0}}},
			{'Z', nil},
			{'M', []Point{{x1 - rx, y0}}},
			{'C', []Point{{x1 - rx - k, y0}, {x1 - 2*rx, cy - ky}, {x1 - 2*rx, cy}}},
			{'C', []Point{{x1 - 2*rx, cy + ky}, {x1 - rx - k, y1}, {x1 - rx, y1}}},
		}
	case diagram.Document:
		w := min(r.H/8, 8)
		return []PathOp{
			{'M', []Point{{x0, y0}}},
			{'L', []Point{{x1, y0}}},
			{'L', []Point{{x1, y1 - w}}},
			{'C', []Point{{x1 - r.W/4, y1 - 2.5*w}, {cx + r.W/4, y1 + w}, {cx, y1 - w}}},
			{'C', []Point{{cx - r.W/4, y1 - 3*w}, {x0 + r.W/4, y1 + 0.5*w}, {x0, y1 - w}}},
			{'Z', nil},
		}
	case diagram.Person:
		if r.W > PersonWide {
			r = Rect{X: cx - PersonFigureW/2, Y: y0, W: PersonFigureW, H: min(r.H, PersonFigureH)}
			x0, x1, y1 = r.X, r.Right(), r.Bottom()
		}
		hr := min(r.W, r.H) * 0.18
		head := ellipse(cx, y0+hr+1, hr, hr)
		sh := y0 + 2*hr + 4
		body := []PathOp{
			{'M', []Point{{x0, y1}}},
			{'L', []Point{{x0, sh + r.H*0.2}}},
			{'C', []Point{{x0, sh}, {x0 + r.W*0.1, sh}, {x0 + r.W*0.3, sh}}},
			{'L', []Point{{x1 - r.W*0.3, sh}}},
			{'C', []Point{{x1 - r.W*0.1, sh}, {x1, sh}, {x1, sh + r.H*0.2}}},
			{'L', []Point{{x1, y1}}},
			{'Z', nil},
		}
		return append(head, body...)
	case diagram.Cloud:
		return cloud(r)
	}
	return Polygon(Point{x0, y0}, Point{x1, y0}, Point{x1, y1}, Point{x0, y1})
}

// Polygon returns the operations of the closed polygon through pts.
func Polygon(pts ...Point) []PathOp {
	// One array holds every operation's point: a node's outline is made
	// for each of its edges' ends.
	own := append([]Point(nil), pts...)
	ops := make([]PathOp, len(pts)+1)
	for i := range own {
		ops[i] = PathOp{'L', own[i : i+1 : i+1]}
	}
	ops[0].Cmd = 'M'
	ops[len(pts)] = PathOp{'Z', nil}
	return ops
}

func ellipse(cx, cy, rx, ry float64) []PathOp {
	kx, ky := kappa*rx, kappa*ry
	return []PathOp{
		{'M', []Point{{cx + rx, cy}}},
		{'C', []Point{{cx + rx, cy + ky}, {cx + kx, cy + ry}, {cx, cy + ry}}},
		{'C', []Point{{cx - kx, cy + ry}, {cx - rx, cy + ky}, {cx - rx, cy}}},
		{'C', []Point{{cx - rx, cy - ky}, {cx - kx, cy - ry}, {cx, cy - ry}}},
		{'C', []Point{{cx + kx, cy - ry}, {cx + rx, cy - ky}, {cx + rx, cy}}},
		{'Z', nil},
	}
}

// cloud draws bumps along an ellipse inscribed in r, each bump a cubic arc
// bulging outward, so the outline stays inside r.
func cloud(r Rect) []PathOp {
	const n = 9
	cx, cy := r.Center().X, r.Center().Y
	rx, ry := r.W/2*0.86, r.H/2*0.78
	pt := func(a float64) Point { return Point{cx + rx*math.Cos(a), cy + ry*math.Sin(a)} }
	ops := []PathOp{{'M', []Point{pt(0)}}}
	for i := range n {
		a0 := 2 * math.Pi * float64(i) / n
		a1 := 2 * math.Pi * float64(i+1) / n
		p0, p1 := pt(a0), pt(a1)
		bulge := 1.16
		c0 := Point{cx + (p0.X-cx)*bulge + (p1.X-p0.X)*0.1, cy + (p0.Y-cy)*bulge + (p1.Y-p0.Y)*0.1}
		c1 := Point{cx + (p1.X-cx)*bulge - (p1.X-p0.X)*0.1, cy + (p1.Y-cy)*bulge - (p1.Y-p0.Y)*0.1}
		ops = append(ops, PathOp{'C', []Point{clampIn(c0, r), clampIn(c1, r), p1}})
	}
	return append(ops, PathOp{'Z', nil})
}

func clampIn(p Point, r Rect) Point {
	return Point{min(max(p.X, r.X), r.Right()), min(max(p.Y, r.Y), r.Bottom())}
}

// Pt returns the point (x, y).
func Pt(x, y float64) Point { return Point{X: x, Y: y} }

// Polyline returns the operations of an open polyline through pts: a move
// to the first and a line to each of the others.
func Polyline(pts ...Point) []PathOp {
	ops := make([]PathOp, len(pts))
	for i, p := range pts {
		ops[i] = PathOp{Cmd: 'L', Pts: []Point{p}}
	}
	if len(ops) > 0 {
		ops[0].Cmd = 'M'
	}
	return ops
}
