package plot

import (
	"math"

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

// classTones and classMarkers are what the classes of a scatter take in
// turn, starting from the mark's own tone and marker.
var (
	classTones   = []diagram.Tone{diagram.Info, diagram.Warn, diagram.Good, diagram.Bad, diagram.Accent}
	classMarkers = []diagram.Marker{diagram.MarkerDot, diagram.MarkerSquare, diagram.MarkerTriangle, diagram.MarkerDiamond, diagram.MarkerCross}
)

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
	var free []labelled
	var spotted []labelled
	for _, m := range d.p.Marks {
		h := m.Mark()
		var items, after []scene.Item
		var spots []labelSpot
		switch v := m.(type) {
		case *diagram.Curve:
			items, spots = d.curve(v)
		case *diagram.Scatter:
			items, after, spots = d.scatter(v)
		case *diagram.PlotPath:
			items, after, spots = d.path(v)
		case *diagram.PlotArea:
			items, spots = d.plotArea(v)
		case *diagram.Region:
			items, spots = d.region(v)
		case *diagram.Contour:
			items, spots = d.contour(v)
		case *diagram.Rule:
			items, spots = d.rule(v)
		case *diagram.PlotLabel:
			spots = []labelSpot{{text: h.Label, label: v}}
		}
		g := &scene.Group{ID: h.ID, Kind: scene.KindMark, Items: items}
		switch m.(type) {
		case *diagram.PlotArea, *diagram.Region:
			fills = append(fills, g)
		case *diagram.PlotLabel:
			g.Kind = scene.KindLabel
			rest = append(rest, g)
			free = append(free, labelled{g, spots})
		default:
			rest = append(rest, g)
			spotted = append(spotted, labelled{g, spots})
		}
		rest = append(rest, after...)
		d.addObstacles(items)
		d.addObstacles(after)
	}
	for _, f := range free {
		f.g.Items = d.plotLabel(f.spots[0].label)
	}
	if !d.legendShown {
		for _, l := range spotted {
			for _, s := range l.spots {
				if t := d.placeLabel(s); t != nil {
					l.g.Items = append(l.g.Items, halo(t), t)
				}
			}
		}
	}
	return append(fills, rest...)
}

// addObstacles records the lines and markers among items, which labels
// placed later try to keep clear of. Filled areas are no obstacles.
func (d *plotDraw) addObstacles(items []scene.Item) {
	scene.Walk(items, func(it scene.Item) bool {
		switch v := it.(type) {
		case *scene.Circle:
			d.dots = append(d.dots, v.Bounds())
		case *scene.Path:
			b := v.Bounds()
			switch {
			case v.Role != scene.RoleMark:
			case v.Style.Fill.None && len(v.Poly) > 1:
				d.lines = append(d.lines, obstacleLine{v.Poly, b})
			case b.W < 25 && b.H < 25:
				d.dots = append(d.dots, b)
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
	label *diagram.PlotLabel // for a free label
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
func (d *plotDraw) lastInside(pieces []*scene.Path) (scene.Point, bool) {
	for i := len(pieces) - 1; i >= 0; i-- {
		if n := len(pieces[i].Poly); n > 0 {
			return pieces[i].Poly[n-1], true
		}
	}
	return scene.Point{}, false
}

func (d *plotDraw) curve(v *diagram.Curve) ([]scene.Item, []labelSpot) {
	paths := d.strokes(d.sample(d.exprs[v.Y], v.From, v.To, v.Pos), lineStyle(v.Tone, curveWidth, v.Dashed))
	var spots []labelSpot
	if p, ok := d.lastInside(paths); ok && v.Label != "" {
		spot := labelSpot{v.Label, p, []side{sideNW, sideSW, sideN, sideS, sideW, sideNE, sideSE}, v.Tone, nil, nil}
		// Further back along the curve, when its end is crowded.
		for _, frac := range []float64{0.9, 0.75} {
			if q, ok := pointAlong(paths, frac); ok {
				for _, sd := range []side{sideNW, sideSE, sideNE, sideSW} {
					spot.extra = append(spot.extra, spotPlace{q, sd})
				}
			}
		}
		spots = append(spots, spot)
	}
	return pathsToItems(paths), spots
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
func (d *plotDraw) classes(v *diagram.Scatter) ([]scatterClass, []diagram.XY) {
	k := 1
	if v.Blobs != nil {
		k = max(v.Blobs.K, 1)
	}
	cls := make([]scatterClass, k)
	toneAt, markerAt := index(classTones, v.Tone), index(classMarkers, v.Marker)
	for i := range cls {
		cls[i].tone, cls[i].marker, cls[i].label = v.Tone, v.Marker, v.Label
		if k > 1 {
			cls[i].tone = classTones[(toneAt+i)%len(classTones)]
			cls[i].marker = classMarkers[(markerAt+i)%len(classMarkers)]
			cls[i].label = ""
			if i < len(v.Classes) {
				cls[i].label = v.Classes[i]
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
	case v.Blobs != nil:
		spread := v.Blobs.Spread
		if spread <= 0 {
			spread = 0.06
		}
		pts, class, cs := plotmath.Blobs(v.Blobs.Seed, k, v.Blobs.N, spread, 0, 1, 0, 1)
		for i, p := range pts {
			cls[class[i]].pts = append(cls[class[i]].pts, unit(p))
		}
		for _, c := range cs {
			centers = append(centers, unit(c))
		}
	case v.Sampled != nil:
		e := d.exprs[v.Sampled.Y]
		if !formulaBudget(d.env, v.Pos, v.Sampled.N, e) {
			return nil, nil
		}
		for _, u := range plotmath.Linspace(ax, bx, v.Sampled.N) {
			x := d.sx.inv(u)
			cls[0].pts = append(cls[0].pts, diagram.XY{X: x, Y: e.Eval(x, 0)})
		}
	default:
		cls[0].pts = v.Points
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

func (d *plotDraw) scatter(v *diagram.Scatter) (items, after []scene.Item, spots []labelSpot) {
	cls, centers := d.classes(v)
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
			items = append(items, &scene.Group{ID: diagram.SubID(v.ID, diagram.PartClass.N(ci+1)), Kind: scene.KindMark, Items: dots})
		} else {
			items = append(items, dots...)
		}
		if found && c.label != "" {
			// Around the class: above its top point, below its bottom
			// point, beside its outermost points.
			spots = append(spots, labelSpot{c.label, top, []side{sideN, sideNE, sideNW}, c.tone, nil,
				[]spotPlace{{bottom, sideS}, {right, sideE}, {left, sideW}, {bottom, sideSE}, {bottom, sideSW}, {right, sideNE}, {left, sideNW}}})
		}
	}
	if v.Centers {
		var stars []scene.Item
		for i, q := range centers {
			star := markerItem(diagram.MarkerStar, d.screen(q), centerSize, cls[i%len(cls)].tone, scene.RoleMark)
			stars = append(stars, &scene.Group{ID: diagram.SubID(v.ID, diagram.PartCenter.N(i+1)), Kind: scene.KindMark, Items: []scene.Item{star}})
		}
		after = append(after, &scene.Group{ID: diagram.SubID(v.ID, diagram.PartCenters), Kind: scene.KindMark, Items: stars})
	}
	return items, after, spots
}

func (d *plotDraw) path(v *diagram.PlotPath) (items, after []scene.Item, spots []labelSpot) {
	pts := make([]scene.Point, len(v.Points))
	for i, q := range v.Points {
		pts[i] = d.screen(q)
	}
	paths := d.strokes([][]scene.Point{pts}, lineStyle(v.Tone, curveWidth, v.Dashed))
	if n := len(paths); n > 0 && v.Arrow {
		last := paths[n-1].Poly
		if end := last[len(last)-1]; end == pts[len(pts)-1] {
			paths[n-1].Style.ArrowEnd = true
		}
	}
	if v.Marker != diagram.NoMarker && d.inside(v.Points[0]) {
		after = append(after, &scene.Group{ID: diagram.SubID(v.ID, diagram.PartMarker), Kind: scene.KindMarker, Items: []scene.Item{markerItem(v.Marker, pts[0], pathMarker, v.Tone, scene.RoleMark)}})
	}
	if p, ok := d.lastInside(paths); ok && v.Label != "" {
		spots = append(spots, labelSpot{v.Label, p, []side{sideNE, sideSE, sideNW, sideSW, sideN, sideS}, v.Tone, nil, nil})
	}
	return pathsToItems(paths), after, spots
}

// linePoints returns the screen points of the curve or path with the given
// id, left to right as drawn.
func (d *plotDraw) linePoints(id string) []scene.Point {
	for _, m := range d.p.Marks {
		if m.Mark().ID != id {
			continue
		}
		switch v := m.(type) {
		case *diagram.Curve:
			var out []scene.Point
			for _, pc := range d.sample(d.exprs[v.Y], v.From, v.To, v.Pos) {
				out = append(out, pc...)
			}
			return out
		case *diagram.PlotPath:
			out := make([]scene.Point, len(v.Points))
			for i, q := range v.Points {
				out[i] = d.screen(q)
			}
			return out
		}
	}
	return nil
}

func (d *plotDraw) plotArea(v *diagram.PlotArea) ([]scene.Item, []labelSpot) {
	upper := d.linePoints(v.Upper)
	if len(upper) < 2 {
		return nil, nil
	}
	poly := append([]scene.Point(nil), upper...)
	if v.Lower != "" {
		lower := d.linePoints(v.Lower)
		for i := len(lower) - 1; i >= 0; i-- {
			poly = append(poly, lower[i])
		}
	} else {
		base := d.area.Bottom()
		if !d.sy.log && d.sy.contains(0) {
			base = d.sy.pos(0)
		} else if !d.sy.log && d.sy.hi < 0 {
			base = d.area.Y
		}
		poly = append(poly, scene.Point{X: upper[len(upper)-1].X, Y: base}, scene.Point{X: upper[0].X, Y: base})
	}
	p := d.fill(poly, v.Tone)
	if p == nil {
		return nil, nil
	}
	return []scene.Item{p}, d.fillSpot(p, v.MarkHead)
}

// fillSpot puts a filled mark's label at the middle of its polygon.
func (d *plotDraw) fillSpot(p *scene.Path, h diagram.MarkHead) []labelSpot {
	if h.Label == "" {
		return nil
	}
	c := centroid(p.Poly)
	return []labelSpot{{h.Label, c, []side{sideC, sideN, sideS, sideE, sideW}, h.Tone, nil, nil}}
}

// centroid returns the centroid of a polygon's area (the mean of its
// vertices when the area is zero).
func centroid(pts []scene.Point) scene.Point {
	var a, cx, cy float64
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		cross := p.X*q.Y - q.X*p.Y
		a += cross
		cx += (p.X + q.X) * cross
		cy += (p.Y + q.Y) * cross
	}
	if math.Abs(a) < 1e-9 {
		var m scene.Point
		for _, p := range pts {
			m.X += p.X / float64(len(pts))
			m.Y += p.Y / float64(len(pts))
		}
		return m
	}
	return scene.Point{X: cx / (3 * a), Y: cy / (3 * a)}
}

func (d *plotDraw) region(v *diagram.Region) ([]scene.Item, []labelSpot) {
	lhs, rhs := d.exprs[v.Lhs], d.exprs[v.Rhs]
	f := func(x, y float64) float64 { return lhs.Eval(x, y) - rhs.Eval(x, y) }
	c := f(0, 0)
	a, b := f(1, 0)-c, f(0, 1)-c
	if v.Less {
		a, b, c = -a, -b, -c
	}
	r := plotmath.Rect{X: d.sx.lo, Y: d.sy.lo, W: d.sx.hi - d.sx.lo, H: d.sy.hi - d.sy.lo}
	half := plotmath.ClipHalfPlane(plotmath.RectPolygon(r), a, b, c)
	if len(half) < 3 {
		return nil, nil
	}
	var poly []scene.Point
	steps := 1
	if d.sx.log || d.sy.log {
		steps = 32 // straight in data space is curved on a log axis
	}
	for i, p := range half {
		q := half[(i+1)%len(half)]
		for s := range steps {
			t := float64(s) / float64(steps)
			poly = append(poly, d.screen(diagram.XY{X: p.X + t*(q.X-p.X), Y: p.Y + t*(q.Y-p.Y)}))
		}
	}
	p := d.fill(poly, v.Tone)
	if p == nil {
		return nil, nil
	}
	return []scene.Item{p}, d.fillSpot(p, v.MarkHead)
}

func (d *plotDraw) contour(v *diagram.Contour) ([]scene.Item, []labelSpot) {
	e := d.exprs[v.Z]
	f := func(u, w float64) float64 { return e.Eval(d.sx.inv(u), d.sy.inv(w)) }
	ax, bx := d.sx.fwd(d.sx.lo), d.sx.fwd(d.sx.hi)
	ay, by := d.sy.fwd(d.sy.lo), d.sy.fwd(d.sy.hi)
	nx, ny := max(int(d.w/3), 8), max(int(d.h/3), 8)
	samples := plotmath.Samples(nx, ny)
	if !formulaBudget(d.env, v.Pos, samples, e) {
		return nil, nil
	}
	grid := plotmath.NewGrid(f, ax, bx, ay, by, nx, ny)
	defer func() { spendFormula(d.env, grid.Evals()-samples, e) }() // saddle centres
	var pieces [][]scene.Point
	for _, level := range v.Levels {
		n := 0
		for _, line := range grid.Contour(level) {
			pts := make([]scene.Point, len(line))
			for i, q := range line {
				pts[i] = scene.Point{X: d.sx.lin(q.X), Y: d.sy.lin(q.Y)}
			}
			pieces = append(pieces, pts)
			n += len(pts)
		}
		if !contourBudget(d.env, v.Pos, n) {
			return nil, nil
		}
	}
	paths := d.strokes(pieces, lineStyle(v.Tone, 1.75, v.Dashed))
	var spots []labelSpot
	if len(paths) > 0 && v.Label != "" {
		poly := paths[0].Poly
		spots = append(spots, labelSpot{v.Label, poly[len(poly)/2], []side{sideNE, sideNW, sideSE, sideSW, sideN, sideS}, v.Tone, nil, nil})
	}
	return pathsToItems(paths), spots
}

func (d *plotDraw) rule(v *diagram.Rule) ([]scene.Item, []labelSpot) {
	st := lineStyle(v.Tone, ruleWidth, v.Dashed)
	var paths []*scene.Path
	if v.Vertical {
		if d.sx.contains(v.X) {
			px := d.sx.pos(v.X)
			paths = d.strokes([][]scene.Point{{{X: px, Y: d.area.Bottom()}, {X: px, Y: d.area.Y}}}, st)
		}
	} else {
		paths = d.strokes(d.sample(d.exprs[v.Y], 0, 0, v.Pos), st)
	}
	var spots []labelSpot
	if p, ok := pointAlong(paths, 0.8); ok && v.Label != "" {
		spots = append(spots, labelSpot{v.Label, p, []side{sideNE, sideSW, sideNW, sideSE, sideE, sideW}, v.Tone, nil, nil})
	}
	return pathsToItems(paths), spots
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
