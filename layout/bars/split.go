package bars

import (
	"math"
	"slices"
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Proportional bar geometry in px.
const (
	splitW      = 560 // the bar's length, at the default size
	splitH      = 44  // the bar's thickness
	leaderDrop  = 14  // a leader line's drop below the bar, before the label
	outsideGap  = 10  // between two labels outside, side by side
	outsideRowH = 6   // between two rows of labels outside
)

// splitEdges returns the x of every part's edges along a bar of length w
// from 0: part i runs from edges[i] to edges[i+1], its length w times its
// share of the total. Values are scaled by the largest first, so that no
// total overflows.
func splitEdges(parts []*diagram.SplitPart, w float64) []float64 {
	big := 0.0
	for _, p := range parts {
		big = max(big, p.Value)
	}
	edges := make([]float64, len(parts)+1)
	if big <= 0 || math.IsInf(big, 0) || math.IsNaN(big) {
		return edges
	}
	total := 0.0
	for _, p := range parts {
		total += p.Value / big
	}
	run := 0.0
	for i, p := range parts {
		run += p.Value / big
		edges[i+1] = w * run / total
	}
	edges[len(parts)] = w
	return edges
}

// shareText formats a part's share of the whole in percent, with one
// decimal below 10 % and none above, and its value with the unit when the
// split has one.
func shareText(p *diagram.SplitPart, share float64, unit string) string {
	pct := share * 100
	s := strconv.FormatFloat(pct, 'f', 0, 64)
	if pct < 9.95 {
		s = strconv.FormatFloat(pct, 'f', 1, 64)
	}
	s += "%"
	if unit != "" {
		s = valueText(p.Value, unit) + " · " + s
	}
	return s
}

// splitLabel is the measured label of a part: its name and its share.
type splitLabel struct {
	name, share string
	w, h        float64
	inside      bool
	// x, row: where an outside label goes, relative to the bar's left
	// end, and in which row below the bar.
	x   float64
	row int
}

// Split lays out a proportional bar: the parts side by side along one bar
// of fixed length, each as long as its share. A part's name and share go
// inside it when the measured text fits, and else below the bar, joined to
// the part by a leader line; labels outside take rows so that none
// overlaps another.
func Split(env *panel.Env, s *diagram.SplitBar) panel.Block {
	w := s.Width
	if w == 0 {
		w = splitW
	}
	edges := splitEdges(s.Parts, w)
	lh := lineH()
	labels := make([]splitLabel, len(s.Parts))
	var outside []int
	for i, p := range s.Parts {
		share := 0.0
		if w > 0 {
			share = (edges[i+1] - edges[i]) / w
		}
		l := splitLabel{name: p.Text(), share: shareText(p, share, s.Unit)}
		nw := text.Measure(scene.SansBold, tickSize, l.name)
		sw := text.Measure(scene.Sans, tickSize, l.share)
		seg := edges[i+1] - edges[i]
		l.h = 2 * lh
		l.w = max(nw, sw)
		if l.w+2*labelPad <= seg && l.h+2*labelPad <= splitH {
			l.inside = true
		} else {
			// Outside, on one line: "name share".
			l.w, l.h = nw+6+sw, lh
			outside = append(outside, i)
		}
		labels[i] = l
	}
	rows := placeOutside(labels, outside, edges, w)
	h := splitH
	below := 0.0
	if rows > 0 {
		below = leaderDrop + float64(rows)*(lh+outsideRowH)
	}
	bw, bh := w, float64(h)+below
	return panel.Block{W: bw, H: bh, Place: func(x, y float64) []scene.Item {
		box := scene.Rect{X: x, Y: y, W: bw, H: bh}
		bar := scene.Rect{X: x, Y: y, W: w, H: splitH}
		asc := text.Ascent(scene.Sans, tickSize)
		var parts []scene.Item
		for i, p := range s.Parts {
			r := scene.Rect{X: x + edges[i], Y: y, W: edges[i+1] - edges[i], H: splitH}
			// Each part grows from its own left end, one after another.
			items := []scene.Item{&scene.Group{Kind: scene.KindPart, Grow: &scene.Grow{At: r.X, Horizontal: true, Order: i}, Items: []scene.Item{
				&scene.Box{Role: scene.RoleMark, Shape: diagram.Box, R: r,
					Style: scene.Style{Fill: scene.Paint{Tone: p.Tone, Role: scene.Solid}, Stroke: scene.Paint{Role: scene.Panel}, StrokeWidth: 1}}}}}
			l := labels[i]
			if l.inside {
				paint := scene.Paint{Tone: p.Tone, Role: scene.OnSolid}
				cx := r.X + r.W/2
				top := r.Y + (r.H-l.h)/2
				n := text.Label("", l.name, cx, top+asc, scene.Middle, scene.SansBold, tickSize, paint)
				v := text.Label("", l.share, cx, top+lh+asc, scene.Middle, scene.Sans, tickSize, paint)
				n.Box, v.Box = r, r
				items = append(items, n, v)
			} else {
				ly := bar.Bottom() + leaderDrop + float64(l.row)*(lh+outsideRowH)
				lx := x + l.x
				mid := r.X + r.W/2
				// The leader runs from the part's middle down to the
				// label's top, then along to the label when it is off to
				// the side.
				lead := scene.Polyline(scene.Pt(mid, bar.Bottom()-splitH/4), scene.Pt(mid, ly-2))
				items = append(items, &scene.Path{Ops: lead, Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: p.Tone, Role: scene.Line}, StrokeWidth: 1.25}})
				items = append(items, &scene.Circle{C: scene.Pt(mid, bar.Bottom()-splitH/4), R: 2, Style: scene.Style{Fill: scene.Paint{Tone: p.Tone, Role: scene.OnSolid}, Stroke: scene.NoPaint}})
				n := text.Label("", l.name, lx, ly+asc, scene.Start, scene.SansBold, tickSize, draw.Ink)
				v := text.Label("", l.share, n.Ink.Right()+6, ly+asc, scene.Start, scene.Sans, tickSize, draw.MutedInk)
				for _, t := range []*scene.Text{n, v} {
					t.Role = scene.RoleLabel
					t.Box = box
					items = append(items, t)
				}
				if mid < lx || mid > lx+l.w {
					// The label sits beside its part: join it with a short
					// foot along its top.
					ex := min(max(mid, lx), lx+l.w)
					items = append(items, &scene.Path{Ops: scene.Polyline(scene.Pt(mid, ly-2), scene.Pt(ex, ly-2)),
						Style: scene.Style{Fill: scene.NoPaint, Stroke: scene.Paint{Tone: p.Tone, Role: scene.Line}, StrokeWidth: 1.25}})
				}
			}
			parts = append(parts, &scene.Group{ID: p.ID, Kind: scene.KindMark, Items: items})
		}
		return []scene.Item{&scene.Group{Kind: scene.KindPlotArea, Clip: box.Inset(-1), Items: parts}}
	}}
}

// leaderBlocked reports whether a leader dropping at x passes a label of
// one of rows.
func leaderBlocked(rows [][][2]float64, x float64) bool {
	for _, spans := range rows {
		for _, sp := range spans {
			if x >= sp[0]-2 && x <= sp[1]+2 {
				return true
			}
		}
	}
	return false
}

// leader is the leader line of a label outside: it drops at x down to the
// label's row.
type leader struct {
	x   float64
	row int
}

// crossesLeader reports whether a label in row from x0 to x1 would lie on
// the leader of a label in a lower row.
func crossesLeader(leaders []leader, row int, x0, x1 float64) bool {
	for _, l := range leaders {
		if l.row > row && l.x >= x0-2 && l.x <= x1+2 {
			return true
		}
	}
	return false
}

// placeOutside places the labels outside the bar, in rows below it: a
// label of a part in the left half starts at the part's middle, where its
// leader drops, and one in the right half ends there. The labels of the
// left half are placed from the middle of the bar outwards to the left,
// then those of the right half outwards to the right; each takes the
// first row where it overlaps no label and crosses no leader, and no label
// lies on its own leader. It returns the number of rows.
func placeOutside(labels []splitLabel, outside []int, edges []float64, w float64) int {
	var left, right []int
	for _, i := range outside {
		if (edges[i]+edges[i+1])/2 <= w/2 {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	slices.Reverse(left)
	var rows [][][2]float64 // the spans of the labels placed, by row
	var leaders []leader
	for _, i := range append(left, right...) {
		l := &labels[i]
		mid := (edges[i] + edges[i+1]) / 2
		l.x = mid - 1
		if mid > w/2 {
			l.x = mid - l.w + 1
		}
		l.x = min(max(l.x, 0), max(w-l.w, 0))
		row := 0
		for ; row < len(rows); row++ {
			if overlapsRow(rows[row], l.x, l.x+l.w) {
				continue
			}
			if !leaderBlocked(rows[:row], mid) && !crossesLeader(leaders, row, l.x, l.x+l.w) {
				break
			}
		}
		if row == len(rows) {
			rows = append(rows, nil)
		}
		rows[row] = append(rows[row], [2]float64{l.x, l.x + l.w})
		leaders = append(leaders, leader{x: mid, row: row})
		l.row = row
	}
	return len(rows)
}

// overlapsRow reports whether a label from x0 to x1 comes within
// outsideGap of a label of a row.
func overlapsRow(spans [][2]float64, x0, x1 float64) bool {
	for _, sp := range spans {
		if x0 < sp[1]+outsideGap && x1 > sp[0]-outsideGap {
			return true
		}
	}
	return false
}
