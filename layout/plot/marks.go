package plot

import (
	"math"
	"slices"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/scene"
)

// Line widths and marker sizes of plot marks, in px.
const (
	curveWidth  = 2.25
	ruleWidth   = 1.5
	markerSize  = 4.5 // radius of a scatter marker
	pathMarker  = 6.5 // radius of the marker of a path
	centerSize  = 9   // radius of a blob's centre star
	areaOpacity = 0.75
)

var plotDash = []float64{6, 4}

// marks draws every mark, each in a group named by its id: shaded areas
// and regions first, beneath the lines and points, then the rest in order.
// Labels are placed last, once every mark is known, so that they can keep
// clear of lines and markers: the free labels first, then the labels of
// marks (unless the plot has a legend).
func (d *plotDraw) marks() []scene.Item {
	var fills, rest []scene.Item
	type labelled struct {
		g     *scene.Group
		spots []labelSpot
	}
	type freeLabel struct {
		g    *scene.Group
		h    *diagram.MarkHead
		draw func() []scene.Item
	}
	var free []freeLabel
	var spotted []labelled
	// variants are the drawings of marks at the values of a swept
	// parameter, whose labels are placed once the mark's own are.
	type variant struct {
		g     *scene.Group
		d     *plotDraw
		h     *diagram.MarkHead
		spots []labelSpot
		free  func() []scene.Item
	}
	var variants []variant
	for i, m := range d.list {
		var dr drawn
		d.onAxis(m.head(), func() { dr = m.plot(d) })
		g := &scene.Group{ID: m.head().ID, Kind: scene.KindMark, Items: dr.items}
		own := g // the group that holds the mark's own drawing and labels
		if param, values := d.sweptBy(i); param != "" && d.sweepBudget(len(values)-1, m.head().Pos) {
			base := d.markBase(m)
			g.ID = base
			own = &scene.Group{ID: sweepID(base, param, len(values)-1), Kind: scene.KindMark, Items: dr.items}
			g.Items = []scene.Item{own}
			sw := scene.Sweep{Param: param, Values: values}
			for k, v := range values[:len(values)-1] {
				dv := d.at(param, k, v)
				var vr drawn
				dv.onAxis(m.head(), func() { vr = dv.list[i].plot(dv) })
				vg := &scene.Group{ID: sweepID(base, param, k), Kind: scene.KindOverlay, Items: vr.items}
				g.Items = append(g.Items, vg)
				sw.Groups = append(sw.Groups, vg.ID)
				variants = append(variants, variant{vg, dv, m.head(), vr.spots, vr.free})
			}
			sw.Groups = append(sw.Groups, own.ID)
			d.env.AddSweep(sw)
		}
		switch {
		case dr.under:
			fills = append(fills, g)
			if len(dr.spots) > 0 {
				spotted = append(spotted, labelled{own, dr.spots})
			}
		case dr.free != nil:
			g.Kind = scene.KindLabel
			rest = append(rest, g)
			free = append(free, freeLabel{own, m.head(), dr.free})
		default:
			rest = append(rest, g)
			spotted = append(spotted, labelled{own, dr.spots})
		}
		rest = append(rest, dr.after...)
		d.addObstacles(dr.items)
		d.addObstacles(dr.after)
	}
	for _, f := range free {
		d.onAxis(f.h, func() { f.g.Items = f.draw() })
	}
	if !d.legendShown {
		for _, l := range spotted {
			for _, s := range l.spots {
				l.g.Items = append(l.g.Items, d.placeLabel(s).items()...)
			}
		}
	}
	// A drawing at another value places its labels among the labels
	// placed, as its mark's own would be, without taking their room.
	for _, v := range variants {
		v.d.placed = slices.Clip(d.placed)
		v.d.dots, v.d.lines, v.d.fills = d.dots, d.lines, d.fills
		if v.free != nil {
			v.d.onAxis(v.h, func() { v.g.Items = v.free() })
			continue
		}
		if d.legendShown {
			continue
		}
		for _, s := range v.spots {
			v.g.Items = append(v.g.Items, v.d.placeLabel(s).items()...)
		}
	}
	return append(fills, rest...)
}

// addObstacles records the lines and markers among items, which labels
// placed later try to keep clear of, and the filled areas, which only an
// automatic legend keeps clear of.
func (d *plotDraw) addObstacles(items []scene.Item) {
	scene.Walk(items, func(it scene.Item) bool {
		switch v := it.(type) {
		case *scene.Circle:
			d.dots = append(d.dots, v.Bounds())
		case *scene.Box:
			if v.Role == scene.RoleMark {
				r := v.R
				d.fills = append(d.fills, obstacleLine{[]scene.Point{{X: r.X, Y: r.Y}, {X: r.Right(), Y: r.Y}, {X: r.Right(), Y: r.Bottom()}, {X: r.X, Y: r.Bottom()}}, r})
			}
		case *scene.Path:
			b := v.Bounds()
			switch {
			case v.Role != scene.RoleMark:
			case v.Style.Fill.None && len(v.Poly) > 1:
				d.lines = append(d.lines, obstacleLine{v.Poly, b})
			case b.W < 25 && b.H < 25:
				d.dots = append(d.dots, b)
			case len(v.Poly) > 2:
				d.fills = append(d.fills, obstacleLine{v.Poly, b})
			}
		}
		return true
	})
}

// obstacleLine is a drawn polyline with its bounds.
type obstacleLine struct {
	pts    []scene.Point
	bounds scene.Rect
}

// labelSpot is where a mark's label wants to go: a point of the mark and
// the sides to try, in order.
type labelSpot struct {
	text  string
	at    scene.Point
	sides []side
	tone  diagram.Tone
	// extra lists further places to try after the sides of at.
	extra []spotPlace
}

// spotPlace is one place for a label: a side of a point.
type spotPlace struct {
	at scene.Point
	sd side
}

func lineStyle(tone diagram.Tone, width float64, dashed bool) scene.Style {
	st := scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: tone, Role: scene.Line}, StrokeWidth: width}
	if dashed {
		st.Dash = plotDash
	}
	return st
}

// strokes clips screen polylines to the plot area and returns them as
// mark paths.
func (d *plotDraw) strokes(pieces [][]scene.Point, st scene.Style) []*scene.Path {
	var out []*scene.Path
	for _, pc := range pieces {
		for _, q := range plotmath.ClipPolyline(toMath(pc), plotmath.Rect(d.area)) {
			pts := fromMath(q)
			out = append(out, &scene.Path{Role: scene.RoleMark, Ops: polyOps(pts, false), Poly: pts, Style: st})
		}
	}
	return out
}

// fill clips a screen polygon to the plot area and returns it as a mark.
func (d *plotDraw) fill(poly []scene.Point, tone diagram.Tone) *scene.Path {
	q := plotmath.ClipPolygon(toMath(poly), plotmath.Rect(d.area))
	if len(q) < 3 {
		return nil
	}
	pts := fromMath(q)
	return &scene.Path{Role: scene.RoleMark, Ops: polyOps(pts, true), Poly: pts,
		Style: scene.Style{Fill: scene.Paint{Tone: tone, Role: scene.Soft}, Stroke: scene.NoPaint, Opacity: areaOpacity}}
}

func polyOps(pts []scene.Point, closed bool) []scene.PathOp {
	ops := make([]scene.PathOp, 0, len(pts)+1)
	for i, p := range pts {
		cmd := byte('L')
		if i == 0 {
			cmd = 'M'
		}
		ops = append(ops, scene.PathOp{Cmd: cmd, Pts: []scene.Point{p}})
	}
	if closed {
		ops = append(ops, scene.PathOp{Cmd: 'Z', Pts: nil})
	}
	return ops
}

func toMath(pts []scene.Point) []plotmath.Point {
	out := make([]plotmath.Point, len(pts))
	for i, p := range pts {
		out[i] = plotmath.Point(p)
	}
	return out
}

func fromMath(pts []plotmath.Point) []scene.Point {
	out := make([]scene.Point, len(pts))
	for i, p := range pts {
		out[i] = scene.Point(p)
	}
	return out
}

func pathsToItems(ps []*scene.Path) []scene.Item {
	out := make([]scene.Item, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return out
}

// screen maps a data point to the screen.
func (d *plotDraw) screen(q diagram.XY) scene.Point {
	return scene.Point{X: d.sx.pos(q.X), Y: d.sy.pos(q.Y)}
}

// inside reports whether a data point lies in the plot's ranges.
func (d *plotDraw) inside(q diagram.XY) bool { return d.sx.contains(q.X) && d.sy.contains(q.Y) }

// sample returns y = e(x) for x in [from, to] (the whole axis when from >=
// to) as screen polylines, sampled adaptively and cut at poles; x is
// sampled evenly in the axis's own space, so a log axis gets even samples
// per decade. The evaluations count against the formula work limit; past
// it, the curve is reported at pos and comes back empty.
func (d *plotDraw) sample(e *expr.Expr, from, to float64, pos diagram.Pos) [][]scene.Point {
	lo, hi := d.sx.lo, d.sx.hi
	if from < to {
		lo, hi = max(lo, from), min(hi, to)
	}
	if !(lo < hi) {
		return nil
	}
	evals := 0
	f := func(u float64) float64 { evals++; return e.Eval(d.sx.inv(u), 0) }
	toScreen := func(u, y float64) (float64, float64) { return d.sx.lin(u), d.sy.pos(y) }
	var out [][]scene.Point
	for _, pc := range plotmath.SampleCurve(f, d.sx.fwd(lo), d.sx.fwd(hi), toScreen, sampleTol) {
		out = append(out, simplify(fromMath(pc), simplifyTol))
	}
	if !formulaBudget(d.env, pos, evals, e) {
		return nil
	}
	return out
}

// lastInside returns the last point of the pieces that lies in the plot
// area, and whether there is one.
func lastInside(pieces []*scene.Path) (scene.Point, bool) {
	for i := len(pieces) - 1; i >= 0; i-- {
		if n := len(pieces[i].Poly); n > 0 {
			return pieces[i].Poly[n-1], true
		}
	}
	return scene.Point{}, false
}

// pointAlong returns the point a fraction frac of the way along the drawn
// pieces, by length, and whether there is one.
func pointAlong(paths []*scene.Path, frac float64) (scene.Point, bool) {
	total := 0.0
	for _, p := range paths {
		for i := 1; i < len(p.Poly); i++ {
			total += math.Hypot(p.Poly[i].X-p.Poly[i-1].X, p.Poly[i].Y-p.Poly[i-1].Y)
		}
	}
	if total == 0 {
		return scene.Point{}, false
	}
	want := frac * total
	for _, p := range paths {
		for i := 1; i < len(p.Poly); i++ {
			a, b := p.Poly[i-1], p.Poly[i]
			l := math.Hypot(b.X-a.X, b.Y-a.Y)
			if l >= want && l > 0 {
				t := want / l
				return scene.Point{X: a.X + t*(b.X-a.X), Y: a.Y + t*(b.Y-a.Y)}, true
			}
			want -= l
		}
	}
	last := paths[len(paths)-1].Poly
	return last[len(last)-1], true
}

// markerItem draws a marker of radius r centred at c, in a role.
func markerItem(m diagram.Marker, c scene.Point, r float64, tone diagram.Tone, role scene.Role) scene.Item {
	st := scene.Style{Fill: scene.Paint{Tone: tone, Role: scene.Solid}, Stroke: scene.Paint{Role: scene.Page}, StrokeWidth: 1.2}
	switch m {
	case diagram.MarkerSquare:
		s := r * 0.85
		return &scene.Path{Role: role, Ops: scene.Polygon(scene.Point{X: c.X - s, Y: c.Y - s}, scene.Point{X: c.X + s, Y: c.Y - s}, scene.Point{X: c.X + s, Y: c.Y + s}, scene.Point{X: c.X - s, Y: c.Y + s}), Style: st}
	case diagram.MarkerTriangle:
		return &scene.Path{Role: role, Ops: scene.Polygon(scene.Point{X: c.X, Y: c.Y - r}, scene.Point{X: c.X + r*0.95, Y: c.Y + r*0.7}, scene.Point{X: c.X - r*0.95, Y: c.Y + r*0.7}), Style: st}
	case diagram.MarkerDiamond:
		return &scene.Path{Role: role, Ops: scene.Polygon(scene.Point{X: c.X, Y: c.Y - r}, scene.Point{X: c.X + r, Y: c.Y}, scene.Point{X: c.X, Y: c.Y + r}, scene.Point{X: c.X - r, Y: c.Y}), Style: st}
	case diagram.MarkerCross:
		s := r * 0.8
		return &scene.Path{Role: role, Ops: []scene.PathOp{
			{Cmd: 'M', Pts: []scene.Point{{X: c.X - s, Y: c.Y - s}}}, {Cmd: 'L', Pts: []scene.Point{{X: c.X + s, Y: c.Y + s}}},
			{Cmd: 'M', Pts: []scene.Point{{X: c.X - s, Y: c.Y + s}}}, {Cmd: 'L', Pts: []scene.Point{{X: c.X + s, Y: c.Y - s}}},
		}, Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: tone, Role: scene.Line}, StrokeWidth: 2.2}}
	case diagram.MarkerStar:
		var pts []scene.Point
		for i := range 10 {
			rr := r
			if i%2 == 1 {
				rr = r * 0.45
			}
			a := -math.Pi/2 + float64(i)*math.Pi/5
			pts = append(pts, scene.Point{X: c.X + rr*math.Cos(a), Y: c.Y + rr*math.Sin(a)})
		}
		return &scene.Path{Role: role, Ops: scene.Polygon(pts...), Style: scene.Style{Fill: scene.Paint{Tone: tone, Role: scene.Solid}, Stroke: scene.Paint{Tone: diagram.Neutral, Role: scene.Ink}, StrokeWidth: 1.2}}
	}
	return &scene.Circle{Role: role, C: c, R: r, Style: st}
}

// linePoints returns the screen points of the curve or path with the given
// id, left to right as drawn.
func (d *plotDraw) linePoints(id string) []scene.Point {
	for _, m := range d.list {
		if m.head().ID != id {
			continue
		}
		if l, ok := m.(liner); ok {
			return l.line(d)
		}
	}
	return nil
}
