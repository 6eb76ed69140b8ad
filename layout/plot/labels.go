package plot

import (
	"math"
	"sort"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// side is where a label goes relative to its point.
type side int

// The sides: the four corners, the four edges and the centre.
const (
	sideNE side = iota
	sideNW
	sideSE
	sideSW
	sideN
	sideS
	sideE
	sideW
	sideC
)

// labelOffset is the gap between a point and its label, in px.
const labelOffset = 6

// Reaches of labels: how far, in px, a label may move from its place
// beside its point to keep clear of the marks; a label with a leader arrow
// may go further, as the arrow still shows its point.
const (
	labelReach = 40
	arrowReach = 90
	reachStep  = 3
)

// labelCost is what a label box at r costs: how far it sticks out of
// inner (weighted), its overlap with the labels placed, and the marks it
// hides. 0 is a free place.
func (d *plotDraw) labelCost(r, inner scene.Rect) float64 {
	return stickOut(inner, r)*100 + d.overlap(r) + d.obstruction(r)
}

// nearestFree returns the shortest move, within reach px on a grid of
// reachStep px, that takes the label box r to a free place
// in inner, and whether there is one. Moves of equal length are tried up
// before down and left before right.
func (d *plotDraw) nearestFree(r, inner scene.Rect, reach float64) (dx, dy float64, ok bool) {
	for _, m := range gridMoves(reach) {
		q := r
		q.X += m.dx
		q.Y += m.dy
		if d.labelCost(q, inner) == 0 {
			return m.dx, m.dy, true
		}
	}
	return 0, 0, false
}

// move is a shift of a label on the grid of reachStep px.
type move struct{ dx, dy, dist float64 }

// gridMoves returns the moves of length at most reach on the grid of
// reachStep px, but not the move by nothing, shortest first; of equal
// length, up before down and left before right.
func gridMoves(reach float64) []move {
	n := int(reach / reachStep)
	var moves []move
	for j := -n; j <= n; j++ {
		for i := -n; i <= n; i++ {
			m := move{float64(i) * reachStep, float64(j) * reachStep, 0}
			m.dist = math.Hypot(m.dx, m.dy)
			if m.dist <= reach && m.dist > 0 {
				moves = append(moves, m)
			}
		}
	}
	sort.SliceStable(moves, func(a, b int) bool { return moves[a].dist < moves[b].dist })
	return moves
}

// candidate returns the label s on the given side of p.
func (d *plotDraw) candidate(s string, p scene.Point, sd side, paint scene.Paint) *scene.Text {
	asc, desc := text.Ascent(scene.Sans, plotLabelSize), text.Descent(scene.Sans, plotLabelSize)
	mid := p.Y + (asc-desc)/2
	x, y, anchor := p.X, mid, scene.Middle
	off := float64(labelOffset)
	switch sd {
	case sideNE:
		x, y, anchor = p.X+off, p.Y-off-desc, scene.Start
	case sideNW:
		x, y, anchor = p.X-off, p.Y-off-desc, scene.End
	case sideSE:
		x, y, anchor = p.X+off, p.Y+off+asc, scene.Start
	case sideSW:
		x, y, anchor = p.X-off, p.Y+off+asc, scene.End
	case sideN:
		y = p.Y - off - 2 - desc
	case sideS:
		y = p.Y + off + 2 + asc
	case sideE:
		x, anchor = p.X+off+2, scene.Start
	case sideW:
		x, anchor = p.X-off-2, scene.End
	}
	return d.text(s, x, y, anchor, plotLabelSize, paint)
}

// halo is a soft patch of the panel's colour behind a label, so that a
// line crossing it does not hurt its reading.
func halo(t *scene.Text) scene.Item {
	return &scene.Box{Shape: diagram.Rounded, R: t.Ink.Inset(-1.5), Corner: 3, Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.NoPaint, Opacity: 0.8}}
}

// tonePaint is the text paint of a tone; neutral is the page's ink.
func tonePaint(t diagram.Tone) scene.Paint {
	if t == diagram.Neutral {
		return draw.Ink
	}
	return scene.Paint{Tone: t, Role: scene.Ink}
}

// placeLabel places a mark's label on the first side of its spot where it
// stays inside the plot area, overlaps no label placed before and covers
// no line or marker; failing that, on the side with the least cost, moved
// into the area and then to the nearest place within the spot's reach
// where it is free, or else to the nearest free place within farReach,
// tied to its spot by a leader line; failing that, to the place within
// the spot's reach that hides the least of the marks without overlapping
// a label.
func (d *plotDraw) placeLabel(s labelSpot) placed {
	return d.placeLabelWithin(s, labelReach, farReach, true)
}

// placed is a label placed by placeLabelWithin, with the leader line that
// ties it to its spot when it went far from it (nil otherwise).
type placed struct {
	t      *scene.Text
	leader *scene.Path
}

// items returns the label's halo, text and leader, for drawing.
func (p placed) items() []scene.Item {
	if p.t == nil {
		return nil
	}
	out := []scene.Item{halo(p.t), p.t}
	if p.leader != nil {
		out = append(out, p.leader)
	}
	return out
}

// placeLabelWithin is placeLabel for a label that may move up to reach px
// to keep clear of the marks, or up to far px when no place within reach
// is free; with leader, a label that went far gets a leader line back to
// its spot.
func (d *plotDraw) placeLabelWithin(s labelSpot, reach, far float64, leader bool) placed {
	inner := d.area.Inset(2)
	var best *scene.Text
	var bestAt scene.Point
	bestCost := math.Inf(1)
	places := make([]spotPlace, 0, len(s.sides)+len(s.extra))
	for _, sd := range s.sides {
		places = append(places, spotPlace{s.at, sd})
	}
	places = append(places, s.extra...)
	for _, pl := range places {
		t := d.candidate(s.text, pl.at, pl.sd, tonePaint(s.tone))
		cost := d.labelCost(t.Ink, inner)
		if cost == 0 {
			d.placed = append(d.placed, t.Ink)
			return placed{t: t}
		}
		if cost < bestCost {
			best, bestAt, bestCost = t, pl.at, cost
		}
	}
	if best == nil {
		return placed{}
	}
	clampText(best, inner)
	if dx, dy, ok := d.nearestFree(best.Ink, inner, reach); ok {
		moveText(best, dx, dy)
		d.placed = append(d.placed, best.Ink)
		return placed{t: best}
	}
	if far > reach {
		if dx, dy, ok := d.nearestFree(best.Ink, inner, far); ok {
			moveText(best, dx, dy)
			d.placed = append(d.placed, best.Ink)
			p := placed{t: best}
			if leader {
				p.leader = d.leaderLine(best.Ink, bestAt)
			}
			return p
		}
	}
	if dx, dy, ok := d.leastInk(best.Ink, inner, reach); ok {
		moveText(best, dx, dy)
	}
	if d.overlap(best.Ink) > 0 {
		for _, dy := range []float64{-4, 4, -8, 8, -12, 12, -16, 16, -20, 20, -24, 24, -30, 30, -36, 36, -44, 44} {
			r := best.Ink
			r.Y += dy
			if d.overlap(r) == 0 && stickOut(inner, r) == 0 {
				moveText(best, 0, dy)
				break
			}
		}
	}
	d.placed = append(d.placed, best.Ink)
	return placed{t: best}
}

// farReach is how far, in px, a label with no free place within its reach
// may go to find one; a leader line then ties it to its spot.
const farReach = 120

// arrowFarReach is farReach for a label with a leader arrow, whose arrow
// still shows its point.
const arrowFarReach = 160

// leaderGap is the distance, in px, from a label's ink to its spot beyond
// which the label gets a leader line.
const leaderGap = 16

// leaderLine returns a thin line from the edge of the label box r to p,
// stopping short of p, or nil when the label is near enough to p to be
// read as its label. The line is recorded as an obstacle, so that labels
// placed after it keep clear of it.
func (d *plotDraw) leaderLine(r scene.Rect, p scene.Point) *scene.Path {
	from := boxExit(r.Inset(-2), p)
	dist := math.Hypot(p.X-from.X, p.Y-from.Y)
	if dist <= leaderGap {
		return nil
	}
	to := scene.Point{X: p.X + (from.X-p.X)*3/dist, Y: p.Y + (from.Y-p.Y)*3/dist}
	pts := []scene.Point{from, to}
	d.lines = append(d.lines, obstacleLine{pts, scene.Rect{X: min(from.X, to.X), Y: min(from.Y, to.Y), W: math.Abs(to.X - from.X), H: math.Abs(to.Y - from.Y)}})
	st := lineStyle(diagram.Muted, 1, false)
	return &scene.Path{Ops: scene.Polyline(from, to), Poly: pts, Style: st}
}

// leastInk returns the move within reach px, on the grid of nearestFree,
// that keeps the label box r inside inner and clear of the labels placed
// while hiding the least of the marks, and whether there is one that
// hides less than r where it is. Of equal moves the shortest wins.
func (d *plotDraw) leastInk(r, inner scene.Rect, reach float64) (dx, dy float64, ok bool) {
	base := math.Inf(1)
	if stickOut(inner, r) == 0 && d.overlap(r) == 0 {
		base = d.obstruction(r)
	}
	bestCost := base
	for _, m := range gridMoves(reach) {
		q := r
		q.X += m.dx
		q.Y += m.dy
		if stickOut(inner, q) > 0 || d.overlap(q) > 0 {
			continue
		}
		if c := d.obstruction(q); c < bestCost {
			dx, dy, bestCost, ok = m.dx, m.dy, c, true
		}
	}
	return dx, dy, ok
}

// obstruction measures how much of the marks a label box at r would hide:
// the area of markers under it plus a weight for each px of line that
// crosses it.
func (d *plotDraw) obstruction(r scene.Rect) float64 {
	total := 0.0
	g := r.Inset(-1)
	for _, q := range d.dots {
		total += shared(g, q)
	}
	for _, l := range d.lines {
		if shared(g, l.bounds.Inset(-1)) == 0 {
			continue
		}
		for _, pc := range plotmath.ClipPolyline(toMath(l.pts), plotmath.Rect(g)) {
			for i := 1; i < len(pc); i++ {
				total += 8 * math.Hypot(pc[i].X-pc[i-1].X, pc[i].Y-pc[i-1].Y)
			}
		}
	}
	return total
}

// shared returns the area of the intersection of a and b.
func shared(a, b scene.Rect) float64 {
	w := min(a.Right(), b.Right()) - max(a.X, b.X)
	h := min(a.Bottom(), b.Bottom()) - max(a.Y, b.Y)
	if w > 0 && h > 0 {
		return w * h
	}
	return 0
}

// overlap returns the area r shares with the labels placed so far, with a
// gap of 2 px around each.
func (d *plotDraw) overlap(r scene.Rect) float64 {
	total := 0.0
	g := r.Inset(-2)
	for _, q := range d.placed {
		total += shared(g, q)
	}
	return total
}

// stickOut returns how far r reaches out of outer, summed over the sides.
func stickOut(outer, r scene.Rect) float64 {
	return max(outer.X-r.X, 0) + max(r.Right()-outer.Right(), 0) + max(outer.Y-r.Y, 0) + max(r.Bottom()-outer.Bottom(), 0)
}

// clampText moves t into outer as far as it fits.
func clampText(t *scene.Text, outer scene.Rect) {
	dx, dy := 0.0, 0.0
	switch r := t.Ink; {
	case r.X < outer.X:
		dx = outer.X - r.X
	case r.Right() > outer.Right():
		dx = max(outer.Right()-r.Right(), outer.X-r.X)
	}
	switch r := t.Ink; {
	case r.Y < outer.Y:
		dy = outer.Y - r.Y
	case r.Bottom() > outer.Bottom():
		dy = max(outer.Bottom()-r.Bottom(), outer.Y-r.Y)
	}
	moveText(t, dx, dy)
}

// moveText shifts a text and its runs.
func moveText(t *scene.Text, dx, dy float64) {
	t.X += dx
	t.Y += dy
	t.Ink.X += dx
	t.Ink.Y += dy
	for i := range t.Runs {
		t.Runs[i].X += dx
	}
}

// plotLabel draws a free label: next to its point, or centred on it with a
// leader arrow to another point.
func (d *plotDraw) plotLabel(v *diagram.PlotLabel) []scene.Item {
	at := d.screen(v.At)
	sides := []side{sideNE, sideNW, sideSE, sideSW, sideN, sideS, sideE, sideW}
	if v.Arrow {
		sides = []side{sideC, sideN, sideS, sideE, sideW}
	}
	reach, far := float64(labelReach), float64(farReach)
	if v.Arrow {
		reach, far = arrowReach, arrowFarReach
	}
	pl := d.placeLabelWithin(labelSpot{d.fillText(v.Label, v.Pos), at, sides, v.Tone, nil}, reach, far, !v.Arrow)
	t := pl.t
	if t == nil {
		return nil
	}
	items := pl.items()
	if v.Arrow {
		to := d.screen(v.To)
		from := boxExit(t.Ink.Inset(-3), to)
		if math.Hypot(to.X-from.X, to.Y-from.Y) > 8 {
			st := lineStyle(diagram.Muted, 1.25, false)
			st.Stroke = scene.Paint{Tone: v.Tone, Role: scene.Line}
			if v.Tone == diagram.Neutral {
				st.Stroke = scene.Paint{Tone: diagram.Muted, Role: scene.Line}
			}
			paths := d.strokes([][]scene.Point{{from, to}}, st)
			if len(paths) > 0 && paths[len(paths)-1].Poly[len(paths[len(paths)-1].Poly)-1] == to {
				paths[len(paths)-1].Style.ArrowEnd = true
			}
			items = append(items, pathsToItems(paths)...)
		}
	}
	return items
}

// boxExit returns where the segment from r's centre to p leaves r (p itself
// when p is inside r).
func boxExit(r scene.Rect, p scene.Point) scene.Point {
	c := r.Center()
	dx, dy := p.X-c.X, p.Y-c.Y
	t := 1.0
	if dx != 0 {
		t = min(t, math.Abs(r.W/2/dx))
	}
	if dy != 0 {
		t = min(t, math.Abs(r.H/2/dy))
	}
	return scene.Point{X: c.X + t*dx, Y: c.Y + t*dy}
}
