package plot

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/scene"
)

// decisionMark shades the decision regions of a classifier, one filled
// path per class. The regions are computed, not placed: the rule's margin
// for each class (how far a point is inside the class) is sampled on a
// grid of about 3 px cells over the plot area, in the axes' own linear
// space, and the part of the area where it is at least 0 is traced by
// marching squares and closed along the plot's border (plotmath's Fill).
// A nearest-centroid margin, the difference of squared distances, and a
// linear rule's are linear in x and y, so their borders are exact on
// linear axes.
type decisionMark struct{ *diagram.Decision }

func (m decisionMark) head() *diagram.MarkHead { return m.Mark() }

func (m decisionMark) prepare(pl *plotter) (xs, ys []float64) {
	if m.Rule == diagram.RuleThreshold {
		pl.formula(m.Z)
	}
	for _, c := range m.Centroids {
		xs, ys = append(xs, c.X), append(ys, c.Y)
	}
	return xs, ys
}

// decisionClass is one class of a rule: its margin (at least 0 inside the
// class), tone and name.
type decisionClass struct {
	margin func(x, y float64) float64
	tone   diagram.Tone
	label  string
}

// classes returns the rule's classes with their margins, and the work of
// one evaluation of a margin.
func (m decisionMark) classes(d *plotDraw) ([]decisionClass, int) {
	var cls []decisionClass
	var cost int
	switch m.Rule {
	case diagram.RuleNearest:
		type centroid struct {
			at   diagram.XY
			tone diagram.Tone
		}
		var cs []centroid
		for i, c := range m.Centroids {
			cs = append(cs, centroid{c, classTones[(index(classTones, m.Tone)+i)%len(classTones)]})
		}
		for _, id := range m.Of {
			for _, mk := range d.list {
				sc, ok := mk.(scatterMark)
				if !ok || sc.ID != id {
					continue
				}
				groups, _ := sc.classes(d)
				for _, g := range groups {
					if c, ok := mean(g.pts); ok {
						cs = append(cs, centroid{c, g.tone})
					}
				}
				break
			}
		}
		cost = 5 * len(cs)
		for k, c := range cs {
			self := c.at
			others := make([]diagram.XY, 0, len(cs)-1)
			for j, o := range cs {
				if j != k {
					others = append(others, o.at)
				}
			}
			margin := func(x, y float64) float64 {
				near := math.Inf(1)
				for _, o := range others {
					near = min(near, sq(x-o.X)+sq(y-o.Y))
				}
				if len(others) == 0 {
					return 1
				}
				return near - sq(x-self.X) - sq(y-self.Y)
			}
			cls = append(cls, decisionClass{margin: margin, tone: c.tone})
		}
	case diagram.RuleLinear:
		w, b := m.W, m.B
		s := func(x, y float64) float64 { return w.X*x + w.Y*y + b }
		cls = []decisionClass{{margin: s, tone: classTones[index(classTones, m.Tone)]},
			{margin: func(x, y float64) float64 { return -s(x, y) }, tone: classTones[(index(classTones, m.Tone)+1)%len(classTones)]}}
		cost = 4
	case diagram.RuleThreshold:
		e, level := d.exprs[m.Z], m.Level
		if e == nil {
			return nil, 0
		}
		s := func(x, y float64) float64 { return e.Eval(x, y) - level }
		cls = []decisionClass{{margin: s, tone: classTones[index(classTones, m.Tone)]},
			{margin: func(x, y float64) float64 { return -s(x, y) }, tone: classTones[(index(classTones, m.Tone)+1)%len(classTones)]}}
		cost = e.Cost() + 1
	}
	for i := range cls {
		if i < len(m.Tones) {
			cls[i].tone = m.Tones[i]
		}
		if i < len(m.Classes) {
			cls[i].label = m.Classes[i]
		}
	}
	return cls, cost
}

func sq(v float64) float64 { return v * v }

// mean returns the mean of the finite points, and whether there is one.
func mean(pts []diagram.XY) (diagram.XY, bool) {
	var sx, sy float64
	n := 0
	for _, p := range pts {
		if math.IsNaN(p.X+p.Y) || math.IsInf(p.X+p.Y, 0) {
			continue
		}
		sx, sy, n = sx+p.X, sy+p.Y, n+1
	}
	if n == 0 {
		return diagram.XY{}, false
	}
	c := diagram.XY{X: sx / float64(n), Y: sy / float64(n)}
	if math.IsInf(c.X, 0) || math.IsInf(c.Y, 0) || math.IsNaN(c.X+c.Y) {
		// A sum past the float range: average in two steps.
		c = diagram.XY{}
		for _, p := range pts {
			c.X += p.X / float64(n)
			c.Y += p.Y / float64(n)
		}
	}
	return c, true
}

// finiteValue maps a margin that is not a finite number to one that is:
// NaN to far outside, so a region leaves out where its rule is undefined.
func finiteValue(v float64) float64 {
	switch {
	case math.IsNaN(v) || v < -1e300:
		return -1e300
	case v > 1e300:
		return 1e300
	}
	return v
}

// grid samples f(x, y), given in data coordinates, over the plot area on
// a grid of about 3 px cells in the axes' linear space, counting the work
// against the formula limit (cost operations per point, times passes).
// It returns nil past the limit.
func (d *plotDraw) grid3(pos diagram.Pos, what string, cost, passes int, f func(x, y float64) float64) *plotmath.Grid {
	ax, bx := d.sx.fwd(d.sx.lo), d.sx.fwd(d.sx.hi)
	ay, by := d.sy.fwd(d.sy.lo), d.sy.fwd(d.sy.hi)
	nx, ny := max(int(d.w/3), 8), max(int(d.h/3), 8)
	samples := plotmath.Samples(nx, ny)
	if !workBudget(d.env, pos, what, samples*max(passes, 1), max(cost, 1)) {
		return nil
	}
	return plotmath.NewGrid(func(u, w float64) float64 { return finiteValue(f(d.sx.inv(u), d.sy.inv(w))) }, ax, bx, ay, by, nx, ny)
}

// region returns the loops of a filled region, in linear axis space, as
// one even-odd screen path filled in the tone, with its points counted
// against the contour vertex limit; nil when the region is empty or the
// limit is passed.
func (d *plotDraw) region(pos diagram.Pos, loops [][]plotmath.Point, fill scene.Paint, opacity float64) *scene.Path {
	var ops []scene.PathOp
	var all []scene.Point
	for _, l := range loops {
		pts := make([]scene.Point, 0, len(l))
		for _, q := range l {
			pts = append(pts, scene.Point{X: d.sx.lin(q.X), Y: d.sy.lin(q.Y)})
		}
		pts = simplify(pts, simplifyTol)
		if len(pts) < 3 {
			continue
		}
		ops = append(ops, polyOps(pts, true)...)
		all = append(all, pts...)
	}
	if len(all) == 0 || !contourBudget(d.env, pos, len(all)) {
		return nil
	}
	return &scene.Path{Role: scene.RoleMark, Ops: ops, Poly: all,
		Style: scene.Style{Fill: fill, Stroke: scene.NoPaint, Opacity: opacity, EvenOdd: true}}
}

func (m decisionMark) plot(d *plotDraw) drawn {
	cls, cost := m.classes(d)
	dr := drawn{under: true}
	for _, c := range cls {
		g := d.grid3(m.Pos, "decision rule", cost, 1, c.margin)
		if g == nil {
			return drawn{under: true}
		}
		p := d.region(m.Pos, g.Fill(0), scene.Paint{Tone: c.tone, Role: scene.Soft}, areaOpacity)
		if p == nil {
			if d.env.Used.ContourPassed {
				return drawn{under: true}
			}
			continue
		}
		dr.items = append(dr.items, p)
		if c.label != "" {
			// The label goes where the class is deepest inside its region.
			at, _ := g.Max()
			dr.spots = append(dr.spots, labelSpot{c.label, scene.Point{X: d.sx.lin(at.X), Y: d.sy.lin(at.Y)}, []side{sideC, sideN, sideS, sideE, sideW}, c.tone, nil})
		}
	}
	return dr
}

func (m decisionMark) legend(d *plotDraw) []legendEntry {
	cls, _ := m.classes(d)
	var out []legendEntry
	for _, c := range cls {
		out = append(out, legendEntry{label: c.label, tone: c.tone, fill: true})
	}
	return out
}
