// Package timeline lays out timeline panels: phases drawn to scale in
// lanes along a time axis, with their labels inside or, for narrow phases,
// outside with leaders (labels.go), and the total and budget markers.
package timeline

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/plotmath"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Timeline geometry in px.
const (
	maxTrackW   = 880 // the widest axis, from zero to its last tick
	minTrackW   = 320 // the narrowest
	segmentH    = 40  // height of a lane's bar
	laneGap     = 10  // between lanes
	sideRowGap  = 4   // between rows of outside labels
	segmentPadX = 5   // inside a segment, left and right of its label
	tickLen     = 5
	minSegmentW = 3 // the thinnest box drawn
)

// timelineLane is one row of segments that do not overlap in time.
type timelineLane struct {
	ends  []time.Duration // end of each segment in the lane, for packing
	segs  []int           // indices of its segments
	above int             // rows of outside labels above the bar
	below int             // rows below
	top   float64         // y of the bar, relative to the content top
}

// Layout lays out a timeline panel: lanes of segments drawn to scale,
// labels inside the segments or outside with leaders, the time axis, and
// the budget and total markers.
func Layout(env *panel.Env, p *diagram.Timeline) panel.Block {
	starts, end := p.Schedule()
	// The budget is counted time: its line stands where the counted time
	// reaches it.
	hi := max(end, overrunStart(p, starts, p.Budget))
	times := make([]time.Duration, len(p.Milestones))
	for k, m := range p.Milestones {
		times[k] = p.Time(m, starts)
		hi = max(hi, times[k])
	}
	if hi <= 0 {
		return panel.Block{W: minTrackW, H: segmentH, Place: func(x, y float64) []scene.Item { return nil }}
	}
	hiMS := ms(hi)
	step := plotmath.NiceStep(0, hiMS, 7)
	axisMax := math.Ceil(hiMS/step-1e-9) * step
	return build(p, trackWidth(p, axisMax, step), axisMax, step, times)
}

// build lays out a timeline with its axis trackW long. The block's
// Resize lays it out again with a longer axis, up to maxTrackW, so that
// it fills the card it is given.
func build(p *diagram.Timeline, trackW, axisMax, step float64, times []time.Duration) panel.Block {
	starts, end := p.Schedule()
	counted := p.Counted(starts, end)
	budgetAt := overrunStart(p, starts, p.Budget)
	scale := trackW / axisMax
	X := func(d time.Duration) float64 { return ms(d) * scale }

	// Lanes: each segment takes the first lane where it overlaps nothing.
	var lanes []*timelineLane
	for i, s := range p.Segments {
		li := -1
		for k, ln := range lanes {
			if ln.ends[len(ln.ends)-1] <= starts[i] {
				li = k
				break
			}
		}
		if li < 0 {
			lanes = append(lanes, &timelineLane{})
			li = len(lanes) - 1
		}
		lanes[li].ends = append(lanes[li].ends, starts[i]+s.Duration)
		lanes[li].segs = append(lanes[li].segs, i)
	}

	// Segment boxes, at least minSegmentW wide; a box too thin to see
	// pushes the next one in its lane right rather than overlapping it.
	rects := make([]scene.Rect, len(p.Segments)) // x only; y set per lane
	for _, ln := range lanes {
		prev := math.Inf(-1)
		for _, i := range ln.segs {
			x0, x1 := X(starts[i])+1, X(starts[i]+p.Segments[i].Duration)-1
			if x1-x0 < minSegmentW {
				mid := (x0 + x1) / 2
				x0, x1 = mid-minSegmentW/2, mid+minSegmentW/2
			}
			if x0 < prev+1 {
				x0 = prev + 1
				x1 = max(x1, x0+minSegmentW)
			}
			rects[i] = scene.Rect{X: x0, W: x1 - x0, H: segmentH}
			prev = x1
		}
	}
	// Labels: inside when they fit.
	inside := make([]bool, len(p.Segments))
	names := make([]text.Block, len(p.Segments))
	outside := make([]string, len(p.Segments))
	for i, s := range p.Segments {
		names[i] = text.Lines(diagram.LabelMarkup(s.Label, s.ID), scene.SansBold, text.SizeSmall)
		dur := durationText(s)
		room := rects[i].W - 2*segmentPadX
		if names[i].W <= room && text.Measure(scene.Sans, text.SizeSmall, dur) <= room && names[i].NumLines() == 1 {
			inside[i] = true
		} else {
			outside[i] = strings.ReplaceAll(diagram.LabelMarkup(s.Label, s.ID), "\n", " ") + " · " + diagram.EscapeMarkup(dur)
		}
	}

	// Marker labels above the lanes: the total at the end of the bar and the
	// budget line. The one further left ends at its line, the other starts
	// at its line, so they never meet.
	total := totalText(counted, p.Budget)
	totalTone := diagram.Accent
	if p.Budget > 0 {
		totalTone = diagram.Good
		if counted > p.Budget {
			totalTone = diagram.Bad
		}
	}
	type marker struct {
		x     float64
		text  string
		face  scene.FontFace
		paint scene.Paint
		line  scene.Paint
		dash  []float64
		id    string
		anch  scene.Anchor
		total bool // the total's marker, not the budget's
	}
	markers := []marker{{x: X(end), text: total, face: scene.SansBold, paint: scene.Paint{Tone: totalTone, Role: scene.Ink},
		line: scene.Paint{Tone: totalTone, Role: scene.Line}, id: diagram.SubID(p.ID, diagram.PartTotal), total: true}}
	if p.Budget > 0 {
		name := p.BudgetLabel
		if name == "" {
			name = "budget"
		}
		markers = append(markers, marker{x: X(budgetAt), text: strings.ReplaceAll(name, "\n", " ") + " " + formatDuration(p.Budget), face: scene.Sans,
			paint: scene.Paint{Tone: diagram.Bad, Role: scene.Ink}, line: scene.Paint{Tone: diagram.Bad, Role: scene.Line}, dash: []float64{5, 4}, id: diagram.SubID(p.ID, diagram.PartBudget)})
		if markers[1].x < markers[0].x {
			markers[0], markers[1] = markers[1], markers[0]
		}
		markers[0].anch, markers[1].anch = scene.End, scene.Start
	} else {
		markers[0].anch = scene.End
	}
	minX, maxX := -text.Measure(scene.Sans, text.SizeSmall, "0")/2, trackW
	for _, m := range markers {
		w := text.Measure(m.face, text.SizeSmall, m.text)
		if m.anch == scene.End {
			minX = min(minX, m.x-4-w)
		} else {
			maxX = max(maxX, m.x+4+w)
		}
	}
	lastTick := tickText(axisMax, step, axisMax)
	maxX = max(maxX, trackW+text.Measure(scene.Sans, text.SizeSmall, lastTick)/2)

	// Outside labels, lane by lane.
	textH := text.Ascent(scene.Sans, text.SizeSmall) + text.Descent(scene.Sans, text.SizeSmall)
	rowH := textH + 2 + sideRowGap
	places := make([]sidePlace, len(p.Segments))
	for _, ln := range lanes {
		var reqs []sideLabel
		var idx []int
		for _, i := range ln.segs {
			if !inside[i] {
				reqs = append(reqs, sideLabel{cx: rects[i].Center().X, w: text.Measure(scene.Sans, text.SizeSmall, outside[i]) + 4})
				idx = append(idx, i)
			}
		}
		for k, pl := range placeSideLabels(reqs, 0, trackW) {
			places[idx[k]] = pl
			maxX = max(maxX, pl.X+reqs[k].w) // a label wider than the track
			if pl.Above {
				ln.above = max(ln.above, pl.Row+1)
			} else {
				ln.below = max(ln.below, pl.Row+1)
			}
		}
	}

	// Vertical layout: marker labels, lanes, axis.
	markerH := textH + 8
	y := markerH
	for k, ln := range lanes {
		if k > 0 {
			y += laneGap
		}
		if ln.above > 0 {
			y += float64(ln.above)*rowH + 4
		}
		ln.top = y
		y += segmentH
		if ln.below > 0 {
			y += float64(ln.below)*rowH + 4
		}
	}
	axisY := y + 10
	height := axisY + tickLen + 3 + textH
	// Milestones: a diamond on the axis, a line up across the lanes, and
	// the label in rows under the tick labels.
	mls := placeMilestones(p.Milestones, times, X, minX, maxX)
	if len(mls) > 0 {
		rows := 0
		for _, m := range mls {
			rows = max(rows, m.row+1)
			minX, maxX = min(minX, m.x0), max(maxX, m.x0+m.w)
		}
		height += 6 + float64(rows)*rowH
	}
	milestoneTop := axisY + tickLen + 3 + textH + 6

	// Ticks at every step up to the end of the axis, which is a step.
	var ticks []float64
	for k := 0; k <= int(math.Round(axisMax/step)); k++ {
		ticks = append(ticks, float64(k)*step)
	}
	b := panel.Block{W: maxX - minX, H: height}
	if trackW < maxTrackW {
		b.Resize = func(w, h float64) panel.Block {
			if w <= b.W {
				return b
			}
			return build(p, min(trackW+w-b.W, maxTrackW), axisMax, step, times)
		}
	}
	b.Place = func(x, y float64) []scene.Item {
		ox := x - minX
		var items []scene.Item
		// The time spent over budget, shaded behind the lanes.
		if p.Budget > 0 && counted > p.Budget {
			over := budgetAt
			items = append(items, &scene.Box{ID: diagram.SubID(p.ID, diagram.PartOverrun), R: scene.Rect{X: ox + X(over), Y: y + markerH - 4, W: X(end) - X(over), H: axisY - markerH + 4},
				Style: scene.Style{Fill: scene.Paint{Tone: diagram.Bad, Role: scene.Soft}, Stroke: scene.NoPaint}})
		}
		// The budget line first, so that segments hide it where they
		// cross it.
		markerGroup := func(m marker) scene.Item {
			var g []scene.Item
			if m.total {
				// A flag beside the label, and the cumulative line along
				// the axis from zero to the end of the bar.
				// The line leaves out the stretches when only excluded
				// segments run.
				g = append(g, &scene.Path{Ops: scene.Polyline(scene.Pt(ox+m.x, y+1), scene.Pt(ox+m.x, y+markerH-2)),
					Style: scene.Style{Stroke: m.line, StrokeWidth: 1.5}})
				from := 0.0
				for _, iv := range append(p.ExcludedOnly(starts), [2]time.Duration{end, end}) {
					if to := X(iv[0]); to > from {
						g = append(g, &scene.Path{Ops: scene.Polyline(scene.Pt(ox+from, y+axisY), scene.Pt(ox+to, y+axisY)),
							Style: scene.Style{Stroke: m.line, StrokeWidth: 4}})
					}
					from = X(iv[1])
				}
				g = append(g, &scene.Circle{C: scene.Point{X: ox + m.x, Y: y + axisY}, R: 4, Style: scene.Style{Fill: m.line}})
			} else {
				g = append(g, &scene.Path{Ops: scene.Polyline(scene.Pt(ox+m.x, y+1), scene.Pt(ox+m.x, y+axisY)),
					Style: scene.Style{Stroke: m.line, StrokeWidth: 1.5, Dash: m.dash}})
			}
			tx := ox + m.x + 4
			if m.anch == scene.End {
				tx = ox + m.x - 4
			}
			t := text.Label("", m.text, tx, y+text.Ascent(scene.Sans, text.SizeSmall)+1, m.anch, m.face, text.SizeSmall, m.paint)
			t.Role = scene.RoleLabel
			g = append(g, t)
			return &scene.Group{ID: m.id, Kind: scene.KindMarker, Items: g}
		}
		var total scene.Item
		for _, m := range markers {
			if m.total {
				total = markerGroup(m)
			} else {
				items = append(items, markerGroup(m))
			}
		}
		// The axis.
		axis := []scene.Item{&scene.Path{Ops: scene.Polyline(scene.Pt(ox, y+axisY), scene.Pt(ox+trackW, y+axisY)),
			Style: scene.Style{Stroke: draw.Border, StrokeWidth: 1}}}
		for _, t := range ticks {
			tx := ox + t*scale
			axis = append(axis, &scene.Path{Ops: scene.Polyline(scene.Pt(tx, y+axisY), scene.Pt(tx, y+axisY+tickLen)),
				Style: scene.Style{Stroke: draw.Border, StrokeWidth: 1}})
			axis = append(axis, text.Label("", tickText(t, step, axisMax), tx, y+axisY+tickLen+3+text.Ascent(scene.Sans, text.SizeSmall), scene.Middle, scene.Sans, text.SizeSmall, draw.MutedInk))
		}
		items = append(items, &scene.Group{ID: diagram.SubID(p.ID, diagram.PartAxis), Kind: scene.KindAxis, Items: axis})
		// Milestones under the segments, whose labels hide their lines.
		for _, m := range mls {
			items = append(items, m.items(ox, y, markerH, axisY, milestoneTop, rowH))
		}
		// Segments, lane by lane.
		for _, ln := range lanes {
			top := y + ln.top
			for _, i := range ln.segs {
				items = append(items, segmentItems(p.Segments[i], scene.Rect{X: ox + rects[i].X, Y: top, W: rects[i].W, H: segmentH},
					inside[i], names[i], outside[i], places[i], rowH, textH, ox))
			}
		}
		// The total last: it marks the end of the bar.
		items = append(items, total)
		return items
	}
	return b
}

// segmentItems draws one segment with its label, inside or outside.
func segmentItems(s *diagram.Segment, r scene.Rect, inside bool, name text.Block, outside string, pl sidePlace, rowH, textH, ox float64) scene.Item {
	items := []scene.Item{&scene.Box{Role: scene.RoleNode, Shape: diagram.Rounded, R: r, Corner: min(4, r.W/2),
		Style: scene.Style{Fill: scene.Paint{Tone: s.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: s.Tone, Role: scene.Line}, StrokeWidth: 1.5}}}
	ink := scene.Paint{Tone: s.Tone, Role: scene.Ink}
	if s.Excluded {
		// Not counted: a dashed outline on a paler fill.
		b := items[0].(*scene.Box)
		b.Style.Dash, b.Style.Opacity = []float64{4, 3}, 0.8
	}
	if inside {
		dur := durationText(s)
		blockH := text.LineHeight(text.SizeSmall) + text.Ascent(scene.Sans, text.SizeSmall) + text.Descent(scene.Sans, text.SizeSmall)
		top := r.Y + (r.H-blockH)/2
		d := text.Label("", dur, r.Center().X, top+text.LineHeight(text.SizeSmall)+text.Ascent(scene.Sans, text.SizeSmall), scene.Middle, scene.Sans, text.SizeSmall, ink)
		d.Box = r
		items = append(append(items, name.PlaceIn(r.Center().X, top, scene.Middle, ink, r)...), d)
		return &scene.Group{ID: s.ID, Kind: scene.KindSegment, Items: items}
	}
	out := text.Lines(outside, scene.Sans, text.SizeSmall)
	w := out.W + 4
	x0 := ox + pl.X
	var boxY, lineFrom, lineTo float64
	if pl.Above {
		boxY = r.Y - 4 - float64(pl.Row+1)*rowH + sideRowGap
		lineFrom, lineTo = r.Y, boxY+textH+2
	} else {
		boxY = r.Bottom() + 4 + float64(pl.Row)*rowH
		lineFrom, lineTo = r.Bottom(), boxY
	}
	cx := r.Center().X
	items = append(items, &scene.Path{Ops: scene.Polyline(scene.Pt(cx, lineFrom), scene.Pt(cx, lineTo)),
		Style: scene.Style{Stroke: scene.Paint{Tone: s.Tone, Role: scene.Line}, StrokeWidth: 1}})
	items = append(items, &scene.Box{Shape: diagram.Rounded, R: scene.Rect{X: x0, Y: boxY, W: w, H: textH + 2}, Corner: 3,
		Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.NoPaint}})
	items = append(items, labelItems(out, x0+2, boxY+1, ink)...)
	return &scene.Group{ID: s.ID, Kind: scene.KindSegment, Items: items}
}

// durationText is the duration written on or beside a segment; an excluded
// segment says it is not counted.
func durationText(s *diagram.Segment) string {
	if s.Excluded {
		return formatDuration(s.Duration) + ", not counted"
	}
	return formatDuration(s.Duration)
}

// trackWidth returns the length of the axis: wide enough that every
// segment whose label could fit inside it at the widest axis gets that
// room, and the tick labels theirs, between minTrackW and maxTrackW.
func trackWidth(p *diagram.Timeline, axisMax, step float64) float64 {
	need := float64(minTrackW)
	for _, s := range p.Segments {
		frac := ms(s.Duration) / axisMax
		name := text.Lines(diagram.LabelMarkup(s.Label, s.ID), scene.SansBold, text.SizeSmall)
		if frac <= 0 || name.NumLines() != 1 {
			continue
		}
		w := max(name.W, text.Measure(scene.Sans, text.SizeSmall, durationText(s))) + 2*segmentPadX + 2
		if w/frac <= maxTrackW {
			need = max(need, w/frac)
		}
	}
	ticks := math.Round(axisMax / step)
	tickW := text.Measure(scene.Sans, text.SizeSmall, tickText(axisMax, step, axisMax))
	need = max(need, ticks*(tickW+16))
	return math.Ceil(min(need, maxTrackW))
}

// overrunStart returns the time at which the counted time reaches the
// budget: the budget itself unless excluded stretches come before it.
func overrunStart(p *diagram.Timeline, starts []time.Duration, budget time.Duration) time.Duration {
	at := budget
	for _, iv := range p.ExcludedOnly(starts) {
		if iv[0] >= at {
			break
		}
		at += iv[1] - iv[0]
	}
	return at
}

// milestonePlace is a milestone measured and placed: its time's x, its
// label's left edge and width, and its row under the axis.
type milestonePlace struct {
	m     *diagram.Milestone
	x, x0 float64
	w     float64
	row   int
}

// placeMilestones places the milestones' labels in rows under the axis,
// each centred on its time where it can be and kept between lo and hi,
// in the first row where it overlaps no other label.
func placeMilestones(ms []*diagram.Milestone, times []time.Duration, X func(time.Duration) float64, lo, hi float64) []milestonePlace {
	out := make([]milestonePlace, len(ms))
	order := make([]int, len(ms))
	for k, m := range ms {
		x := X(times[k])
		w := milestoneName(m).W + 4
		x0 := min(max(x-w/2, lo), max(hi-w, x-w))
		x0 = min(max(x0, x-w), x)
		out[k] = milestonePlace{m: m, x: x, x0: x0, w: w}
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(out[a].x, out[b].x) })
	var rows [][]int
	for _, k := range order {
		r := 0
		for ; r < len(rows); r++ {
			free := true
			for _, j := range rows[r] {
				if out[k].x0 < out[j].x0+out[j].w+labelGapX && out[j].x0 < out[k].x0+out[k].w+labelGapX {
					free = false
					break
				}
			}
			if free {
				break
			}
		}
		if r == len(rows) {
			rows = append(rows, nil)
		}
		rows[r] = append(rows[r], k)
		out[k].row = r
	}
	return out
}

// items draws a milestone: a thin line from the top of the lanes to the
// axis, a diamond on the axis, and its label in its row under the tick
// labels.
func (m milestonePlace) items(ox, y, markerH, axisY, top, rowH float64) scene.Item {
	tone := m.m.Tone
	if tone == diagram.Neutral {
		tone = diagram.Accent
	}
	line := scene.Paint{Tone: tone, Role: scene.Line}
	x := ox + m.x
	const d = 5.0
	items := []scene.Item{
		&scene.Path{Ops: scene.Polyline(scene.Pt(x, y+markerH-4), scene.Pt(x, y+axisY-d)),
			Style: scene.Style{Stroke: line, StrokeWidth: 1, Dash: []float64{2, 3}}},
		&scene.Path{Ops: []scene.PathOp{{Cmd: 'M', Pts: []scene.Point{{X: x, Y: y + axisY - d}}}, {Cmd: 'L', Pts: []scene.Point{{X: x + d, Y: y + axisY}}},
			{Cmd: 'L', Pts: []scene.Point{{X: x, Y: y + axisY + d}}}, {Cmd: 'L', Pts: []scene.Point{{X: x - d, Y: y + axisY}}}, {Cmd: 'Z'}},
			Style: scene.Style{Fill: scene.Paint{Tone: tone, Role: scene.Solid}, Stroke: scene.Paint{Role: scene.Panel}, StrokeWidth: 1}},
	}
	boxY := y + top + float64(m.row)*rowH
	items = append(items, labelItems(milestoneName(m.m), ox+m.x0+2, boxY+1, scene.Paint{Tone: tone, Role: scene.Ink})...)
	return &scene.Group{ID: m.m.ID, Kind: scene.KindMarker, Items: items}
}

// milestoneName measures a milestone's label on one line.
func milestoneName(m *diagram.Milestone) text.Block {
	return text.Lines(strings.ReplaceAll(diagram.LabelMarkup(m.Label, m.ID), "\n", " "), scene.SansBold, text.SizeSmall)
}

// labelItems places a label with its top at y and its start at x; its
// lines are labels (RoleLabel).
func labelItems(b text.Block, x, y float64, paint scene.Paint) []scene.Item {
	items := b.Place("", x, y, scene.Start, paint)
	for _, it := range items {
		if t, ok := it.(*scene.Text); ok {
			t.Role = scene.RoleLabel
		}
	}
	return items
}
