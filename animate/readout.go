package animate

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/font"
	"github.com/aiprep/diag/scene"
)

// MaxStepMarks caps the points of a line that a move with dots or a
// readout marks: each is an overlay with a track of its own.
const MaxStepMarks = 200

// Sizes of step marks, in px.
const (
	stepDot     = 3.5 // radius of a dot left at a point
	readoutSize = 12  // text size of a readout
	readoutGap  = 6   // between the moving element and its readout
)

// stepMarks adds what a move along a line leaves and carries: with
// a.Dots, a dot at each point of the line (pts, the route the element
// follows between s and e) that appears when the element reaches it; with
// a.Readout, a label riding beside the element that shows, from each
// point it reaches until the next, the readout's formulas of that point's
// x and y in the data coordinates of its plot.
func (b *builder) stepMarks(a *diagram.Action, it, along scene.Item, pts []scene.Point, s, e float64) {
	if len(pts) > MaxStepMarks {
		b.errs.Add(a.Pos, fmt.Sprintf("%q has %d points to mark, more than %d", a.Path, len(pts), MaxStepMarks),
			"leave dots and readouts to a path of listed points, like the iterates of gradient descent")
		return
	}
	arrive := arrivals(pts, s, e, a.Easing)
	tone := lineTone(along)
	if a.Dots {
		var dots []scene.Item
		for _, p := range pts {
			dots = append(dots, &scene.Circle{C: p, R: stepDot, Style: scene.Style{Fill: scene.Paint{Tone: tone, Role: scene.Solid},
				Stroke: scene.Paint{Role: scene.Page}, StrokeWidth: 1}})
		}
		id := b.overlay("dots", dots...)
		b.showFrom(id, s)
		for i, d := range dots {
			d.(*scene.Circle).ID = id + "." + strconv.Itoa(i+1)
			c := b.channel(d.(*scene.Circle).ID, Opacity, Value{}, Value{})
			c.free = true
			b.add(c, segment{T0: arrive[i], Keys: []Key{{T: arrive[i], V: Value{Opacity: 1}}}})
		}
	}
	if a.Readout == "" {
		return
	}
	texts, ok := b.readouts(a, pts)
	if !ok {
		return
	}
	// The texts stand beside the element at the first point, and their
	// group travels the line with it. Each stands right of and above the
	// element, or left of or below it where that would leave the plot.
	r := it.Bounds()
	var items []scene.Item
	for i, str := range texts {
		x0, y0 := pts[0].X+r.W/2+readoutGap, pts[0].Y-r.H/2-readoutGap/2
		t := readoutText(str, x0, y0, tone)
		if area, ok := b.plotArea(pts[i]); ok {
			dx, dy := pts[i].X-pts[0].X, pts[i].Y-pts[0].Y
			if t.Ink.Right()+dx > area.Right() {
				t = readoutText(str, pts[0].X-r.W/2-readoutGap-t.Ink.W, y0, tone)
			}
			if t.Ink.Y+dy < area.Y {
				t = readoutText(str, t.X, pts[0].Y+r.H/2+readoutGap+(y0-t.Ink.Y), tone)
			}
		}
		items = append(items, &scene.Group{Items: []scene.Item{
			&scene.Box{Shape: diagram.Rounded, R: t.Ink.Inset(-2), Corner: 3, Style: scene.Style{Fill: scene.Paint{Role: scene.Page}, Stroke: scene.NoPaint, Opacity: 0.85}},
			t,
		}})
	}
	id := b.overlay("readout", items...)
	b.showFrom(id, s)
	mv := b.channel(id, Transform, Value{}, Value{})
	mv.free = true
	mv.origin = pts[0]
	ease := diagram.Linear
	if a.Easing == diagram.Steps {
		ease = diagram.Steps
	}
	b.add(mv, segment{T0: s, Ease: ease, Keys: alongKeys(pts, pts[0], s, e, a.Easing)})
	for i, g := range items {
		g := g.(*scene.Group)
		g.ID = id + "." + strconv.Itoa(i+1)
		c := b.channel(g.ID, Opacity, Value{}, Value{})
		c.free = true
		b.add(c, segment{T0: arrive[i], Keys: []Key{{T: arrive[i], V: Value{Opacity: 1}}}})
		if i+1 < len(items) {
			b.add(c, segment{T0: arrive[i+1], Keys: []Key{{T: arrive[i+1], V: Value{}}}})
		}
	}
}

// showFrom shows an overlay from t until the steps end; it fades as the
// picture settles, with the element it follows.
func (b *builder) showFrom(id string, t float64) {
	c := b.channel(id, Opacity, Value{}, Value{})
	b.add(c, segment{T0: t, Keys: []Key{{T: t, V: Value{Opacity: 1}}}})
}

// arrivals returns when an element travelling the polyline pts between s
// and e with the easing reaches each point: at even speed for linear, at
// the eased fraction of the length otherwise, and all at e for steps.
func arrivals(pts []scene.Point, s, e float64, curve diagram.Easing) []float64 {
	out := make([]float64, len(pts))
	total := polyLength(pts)
	d := 0.0
	for i := range pts {
		if i > 0 {
			d += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
		}
		frac := 1.0
		if total > 0 {
			frac = d / total
		}
		switch {
		case curve == diagram.Steps:
			out[i] = e
			if i == 0 {
				out[i] = s
			}
		case curve == diagram.Linear:
			out[i] = s + (e-s)*frac
		default:
			// The eased position is monotonic: find when it reaches frac.
			lo, hi := 0.0, 1.0
			for range 50 {
				mid := (lo + hi) / 2
				if ease(curve, mid) < frac {
					lo = mid
				} else {
					hi = mid
				}
			}
			out[i] = s + (e-s)*hi
		}
	}
	return out
}

// lineTone returns the tone of an element's first stroked line.
func lineTone(it scene.Item) diagram.Tone {
	tone := diagram.Accent
	found := false
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if p, ok := x.(*scene.Path); ok && !found && !p.Style.Stroke.None {
			tone, found = toneOf(p.Style), true
		}
		return !found
	})
	return tone
}

// readouts returns the text of a readout at each point of a line: its
// formulas in braces evaluated at the point's data coordinates.
func (b *builder) readouts(a *diagram.Action, pts []scene.Point) ([]string, bool) {
	type part struct {
		lit string
		e   *expr.Expr
	}
	var parts []part
	rest := a.Readout
	for {
		open := strings.IndexByte(rest, '{')
		end := strings.IndexByte(rest, '}')
		if open < 0 || end < open {
			parts = append(parts, part{lit: rest})
			break
		}
		e, err := expr.Parse(rest[open+1:end], a.Pos, expr.Options{})
		if err != nil {
			b.errs.Add(a.Pos, fmt.Sprintf("readout formula %q: %v", rest[open+1:end], err), "write formulas of x and y, like {y}")
			return nil, false
		}
		parts = append(parts, part{lit: rest[:open]}, part{e: e})
		rest = rest[end+1:]
	}
	out := make([]string, len(pts))
	for i, p := range pts {
		x, y, ok := b.dataOf(p)
		if !ok {
			b.errs.Add(a.Pos, fmt.Sprintf("%q is not a line of a plot, so its points have no x and y to read out", a.Path), "move along a curve or path of a plot to show a readout")
			return nil, false
		}
		var sb strings.Builder
		for _, pt := range parts {
			if pt.e == nil {
				sb.WriteString(pt.lit)
				continue
			}
			sb.WriteString(readoutValue(pt.e.Eval(x, y)))
		}
		out[i] = sb.String()
	}
	return out, true
}

// plotArea returns the area of the plot that holds a point of the
// screen.
func (b *builder) plotArea(p scene.Point) (scene.Rect, bool) {
	for _, pf := range b.scene.Plots {
		r := pf.Area
		if p.X >= r.X-1 && p.X <= r.Right()+1 && p.Y >= r.Y-1 && p.Y <= r.Bottom()+1 {
			return r, true
		}
	}
	return scene.Rect{}, false
}

// dataOf maps a point of the screen to the data coordinates of the plot
// whose area holds it.
func (b *builder) dataOf(p scene.Point) (x, y float64, ok bool) {
	for _, pf := range b.scene.Plots {
		r := pf.Area
		if p.X < r.X-1 || p.X > r.Right()+1 || p.Y < r.Y-1 || p.Y > r.Bottom()+1 || r.W <= 0 || r.H <= 0 {
			continue
		}
		return unscale((p.X-r.X)/r.W, pf.X0, pf.X1, pf.LogX), unscale((r.Bottom()-p.Y)/r.H, pf.Y0, pf.Y1, pf.LogY), true
	}
	return 0, 0, false
}

// unscale returns the value a fraction f of the way from lo to hi, on a
// log scale when log is set.
func unscale(f, lo, hi float64, log bool) float64 {
	if log && lo > 0 && hi > 0 {
		return math.Pow(10, math.Log10(lo)+f*(math.Log10(hi)-math.Log10(lo)))
	}
	return lo + f*(hi-lo)
}

// readoutValue writes a value: to two decimals without trailing zeros,
// with a true minus sign.
func readoutValue(v float64) string {
	switch {
	case math.IsNaN(v):
		return "?"
	case math.IsInf(v, 0):
		if v < 0 {
			return "−∞"
		}
		return "∞"
	}
	r := math.Round(v*100) / 100
	if r == 0 {
		r = 0
	}
	s := strconv.FormatFloat(math.Abs(r), 'f', -1, 64)
	if r < 0 {
		s = "−" + s
	}
	return s
}

// readoutText makes the text of a readout, its baseline's start at (x, y).
func readoutText(s string, x, y float64, tone diagram.Tone) *scene.Text {
	asc, desc, _ := font.Metrics(font.Face(scene.Sans), readoutSize)
	w := font.Measure(font.Face(scene.Sans), readoutSize, s)
	return &scene.Text{X: x, Y: y, Anchor: scene.Start, Size: readoutSize, Paint: scene.Paint{Tone: tone, Role: scene.Ink},
		Runs: []scene.Run{{Text: s, Face: scene.Sans, Size: readoutSize, X: x, Width: w}},
		Ink:  scene.Rect{X: x, Y: y - asc, W: w, H: asc + desc}}
}
