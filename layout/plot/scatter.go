package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/scene"
)

// scatterMark is a set of points: given, sampled from a formula, or blobs
// drawn around random centres, whose classes (ID.class1, ...) and centres
// (ID.centers, ID.center1, ...) are elements of their own.
type scatterMark struct{ *diagram.Scatter }

// classTones and classMarkers are what the classes of a scatter take in
// turn, starting from the mark's own tone and marker.
var (
	classTones   = []diagram.Tone{diagram.Info, diagram.Warn, diagram.Good, diagram.Bad, diagram.Accent}
	classMarkers = []diagram.Marker{diagram.MarkerDot, diagram.MarkerSquare, diagram.MarkerTriangle, diagram.MarkerDiamond, diagram.MarkerCross}
)

func (m scatterMark) head() *diagram.MarkHead { return m.Mark() }

func (m scatterMark) prepare(pl *plotter) (xs, ys []float64) {
	for _, q := range m.Points {
		xs, ys = append(xs, q.X), append(ys, q.Y)
	}
	if m.Sampled != nil {
		pl.formula(m.Sampled.Y)
	}
	return xs, ys
}

func (m scatterMark) formulaY(pl *plotter) *expr.Expr {
	if m.Sampled == nil {
		return nil
	}
	return pl.exprs[m.Sampled.Y]
}

// scatterClass is one class of a scatter: its points, tone, marker and
// label.
type scatterClass struct {
	pts    []diagram.XY
	tone   diagram.Tone
	marker diagram.Marker
	label  string
}

// classes returns the classes of a scatter with their points, and the
// blob centres if any.
func (m scatterMark) classes(d *plotDraw) ([]scatterClass, []diagram.XY) {
	k := 1
	if m.Blobs != nil {
		k = max(m.Blobs.K, 1)
	}
	cls := make([]scatterClass, k)
	toneAt, markerAt := index(classTones, m.Tone), index(classMarkers, m.Marker)
	for i := range cls {
		cls[i].tone, cls[i].marker, cls[i].label = m.Tone, m.Marker, m.Label
		if k > 1 {
			cls[i].tone = classTones[(toneAt+i)%len(classTones)]
			cls[i].marker = classMarkers[(markerAt+i)%len(classMarkers)]
			cls[i].label = ""
			if i < len(m.Classes) {
				cls[i].label = m.Classes[i]
			}
		}
	}
	var centers []diagram.XY
	ax, bx := d.sx.fwd(d.sx.lo), d.sx.fwd(d.sx.hi)
	ay, by := d.sy.fwd(d.sy.lo), d.sy.fwd(d.sy.hi)
	unit := func(p plotmath.Point) diagram.XY {
		return diagram.XY{X: d.sx.inv(ax + p.X*(bx-ax)), Y: d.sy.inv(ay + p.Y*(by-ay))}
	}
	switch {
	case m.Blobs != nil:
		spread := m.Blobs.Spread
		if spread <= 0 {
			spread = 0.06
		}
		pts, class, cs := plotmath.Blobs(m.Blobs.Seed, k, m.Blobs.N, spread, 0, 1, 0, 1)
		for i, p := range pts {
			cls[class[i]].pts = append(cls[class[i]].pts, unit(p))
		}
		for _, c := range cs {
			centers = append(centers, unit(c))
		}
	case m.Sampled != nil:
		e := d.exprs[m.Sampled.Y]
		if !formulaBudget(d.env, m.Pos, m.Sampled.N, e) {
			return nil, nil
		}
		for _, u := range plotmath.Linspace(ax, bx, m.Sampled.N) {
			x := d.sx.inv(u)
			cls[0].pts = append(cls[0].pts, diagram.XY{X: x, Y: e.Eval(x, 0)})
		}
	default:
		cls[0].pts = m.Points
	}
	return cls, centers
}

func index[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return 0
}

func (m scatterMark) plot(d *plotDraw) drawn {
	var items, after []scene.Item
	var spots []labelSpot
	cls, centers := m.classes(d)
	for ci, c := range cls {
		var top, bottom, left, right scene.Point
		found := false
		var dots []scene.Item
		for _, q := range c.pts {
			if !d.inside(q) {
				continue
			}
			p := d.screen(q)
			dots = append(dots, markerItem(c.marker, p, markerSize, c.tone, scene.RoleMark))
			if !found {
				top, bottom, left, right, found = p, p, p, p, true
			}
			if p.Y < top.Y {
				top = p
			}
			if p.Y > bottom.Y {
				bottom = p
			}
			if p.X < left.X {
				left = p
			}
			if p.X > right.X {
				right = p
			}
		}
		if len(cls) > 1 {
			// Each class of blobs is an element of its own: ID.class1, ...
			items = append(items, &scene.Group{ID: diagram.SubID(m.ID, diagram.PartClass.N(ci+1)), Kind: scene.KindMark, Items: dots})
		} else {
			items = append(items, dots...)
		}
		if found && c.label != "" {
			// Around the class: above its top point, below its bottom
			// point, beside its outermost points.
			spots = append(spots, labelSpot{c.label, top, []side{sideN, sideNE, sideNW}, c.tone,
				[]spotPlace{{bottom, sideS}, {right, sideE}, {left, sideW}, {bottom, sideSE}, {bottom, sideSW}, {right, sideNE}, {left, sideNW}}})
		}
	}
	if m.Centers {
		var stars []scene.Item
		for i, q := range centers {
			star := markerItem(diagram.MarkerStar, d.screen(q), centerSize, cls[i%len(cls)].tone, scene.RoleMark)
			stars = append(stars, &scene.Group{ID: diagram.SubID(m.ID, diagram.PartCenter.N(i+1)), Kind: scene.KindMark, Items: []scene.Item{star}})
		}
		after = append(after, &scene.Group{ID: diagram.SubID(m.ID, diagram.PartCenters), Kind: scene.KindMark, Items: stars})
	}
	return drawn{items: items, after: after, spots: spots}
}

func (m scatterMark) legend(d *plotDraw) []legendEntry {
	cls, _ := m.classes(d)
	var out []legendEntry
	for _, c := range cls {
		out = append(out, legendEntry{label: c.label, tone: c.tone, marker: c.marker})
	}
	return out
}
