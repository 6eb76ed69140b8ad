package layout

import (
	"strconv"

	"github.com/aiprep/diag/diagram"
)

// legend draws one row of swatches with their labels.
func (c *ctx) legend(entries []diagram.LegendItem) block {
	const sw, swGap, itemGap = 28.0, 8.0, 24.0
	head := "Legend"
	headW := Measure(SansBold, SizeSmall, head)
	w := headW + itemGap
	widths := make([]float64, len(entries))
	for i, e := range entries {
		widths[i] = Measure(Sans, SizeSmall, e.Label)
		w += sw + swGap + widths[i]
		if i > 0 {
			w += itemGap
		}
	}
	const h = 18.0
	b := block{W: w, H: h, kind: "legend"}
	b.place = func(x, y float64) []Item {
		mid := y + h/2
		base := mid + (ascent(Sans, SizeSmall)-descent(Sans, SizeSmall))/2
		out := []Item{label("", head, x, base, Start, SansBold, SizeSmall, mutedInk)}
		xx := x + headW + itemGap
		for i, e := range entries {
			out = append(out, swatch(e, Rect{xx, mid - 7, sw, 14})...)
			xx += sw + swGap
			out = append(out, label("", e.Label, xx, base, Start, Sans, SizeSmall, inkPaint))
			xx += widths[i] + itemGap
		}
		return []Item{&Group{Kind: "legend", Items: out}}
	}
	return b
}

// swatch draws the sample of one legend entry inside r.
func swatch(e diagram.LegendItem, r Rect) []Item {
	mid := r.Y + r.H/2
	line := func(st Style) []Item {
		return []Item{&Path{Ops: []PathOp{{'M', []Point{{r.X, mid}}}, {'L', []Point{{r.Right(), mid}}}}, Style: st}}
	}
	stroke := Paint{Tone: e.Tone, Role: Line}
	switch e.Kind {
	case "solid":
		return line(Style{Fill: NoPaint, Stroke: stroke, StrokeWidth: 2})
	case "dashed":
		return line(Style{Fill: NoPaint, Stroke: stroke, StrokeWidth: 2, Dash: []float64{6, 4}})
	case "bold":
		return line(Style{Fill: NoPaint, Stroke: stroke, StrokeWidth: 4})
	case "dot":
		return []Item{&Circle{C: Point{r.X + r.W/2, mid}, R: 5, Style: Style{Fill: Paint{Tone: e.Tone, Role: Solid}, Stroke: NoPaint}}}
	}
	return []Item{&Box{Shape: diagram.Rounded, R: r, Corner: 3,
		Style: Style{Fill: Paint{Tone: e.Tone, Role: Soft}, Stroke: Paint{Tone: e.Tone, Role: Line}, StrokeWidth: 1.5}}}
}

// asks draws the "Interviewers ask" strip: one card per question, side by
// side, each with the question in bold and its one-line answer below.
func (c *ctx) asks(list []diagram.Ask, width float64) block {
	const cardPad, cardGap = 12.0, 12.0
	head := measureLines("Interviewers ask", SansBold, SizePanel)
	n := len(list)
	cols := min(n, 4)
	width = max(width, float64(cols)*240+float64(cols-1)*cardGap)
	cardW := (width - float64(cols-1)*cardGap) / float64(cols)
	inner := cardW - 2*cardPad
	type card struct{ q, a []string }
	cards := make([]card, n)
	rowsH := map[int]float64{}
	for i, ask := range list {
		cards[i] = card{q: wrap(ask.Question, SansBold, SizeSmall+1, inner), a: wrap(ask.Answer, Sans, SizeSmall+1, inner)}
		h := 2*cardPad + float64(len(cards[i].q)+len(cards[i].a))*lineHeight(SizeSmall+1) + 4
		rowsH[i/cols] = max(rowsH[i/cols], h)
	}
	rows := (n + cols - 1) / cols
	total := head.H + 10
	for r := range rows {
		if r > 0 {
			total += cardGap
		}
		total += rowsH[r]
	}
	b := block{W: width, H: total, kind: "asks"}
	b.place = func(x, y float64) []Item {
		out := head.place("", x, y, Start, Paint{Tone: diagram.Accent, Role: Ink})
		yy := y + head.H + 10
		for r := range rows {
			for col := range cols {
				i := r*cols + col
				if i >= n {
					break
				}
				cx := x + float64(col)*(cardW+cardGap)
				items := []Item{&Box{Shape: diagram.Rounded, Role: RolePanel, R: Rect{cx, yy, cardW, rowsH[r]}, Corner: 8,
					Style: Style{Fill: Paint{Tone: diagram.Accent, Role: Soft}, Stroke: Paint{Tone: diagram.Accent, Role: Line}, StrokeWidth: 1}}}
				ly := yy + cardPad + ascent(Sans, SizeSmall+1)
				box := Rect{cx, yy, cardW, rowsH[r]}
				for _, l := range cards[i].q {
					t := label("", l, cx+cardPad, ly, Start, SansBold, SizeSmall+1, inkPaint)
					t.Box = box
					items = append(items, t)
					ly += lineHeight(SizeSmall + 1)
				}
				ly += 4
				for _, l := range cards[i].a {
					t := label("", l, cx+cardPad, ly, Start, Sans, SizeSmall+1, Paint{Tone: diagram.Neutral, Role: Ink})
					t.Box = box
					items = append(items, t)
					ly += lineHeight(SizeSmall + 1)
				}
				out = append(out, &Group{ID: "ask-" + strconv.Itoa(i+1), Kind: "ask", Items: items})
			}
			yy += rowsH[r] + cardGap
		}
		return []Item{&Group{Kind: "asks", Items: out}}
	}
	return b
}

// captions draws the reading path: one line per animation step with its
// numbered badge. All lines show in the still picture; while the animation
// runs, a highlight (an overlay, hidden in the still picture) marks the
// current step. The highlight of step n has the id "step-n-now".
func (c *ctx) captions(s *diagram.Script, width float64) block {
	const badgeR, rowGap = 10.0, 6.0
	rowH := 2*badgeR + 2
	h := float64(len(s.Steps))*rowH + float64(len(s.Steps)-1)*rowGap
	w := 0.0
	for _, st := range s.Steps {
		w = max(w, 2*badgeR+10+Measure(Sans, SizeCaption, st.Caption)+12)
	}
	b := block{W: max(w, width), H: h, kind: "captions"}
	b.place = func(x, y float64) []Item {
		var out []Item
		for i, st := range s.Steps {
			n := strconv.Itoa(i + 1)
			top := y + float64(i)*(rowH+rowGap)
			mid := top + rowH/2
			base := mid + (ascent(Sans, SizeCaption)-descent(Sans, SizeCaption))/2
			tw := Measure(Sans, SizeCaption, st.Caption)
			hl := &Group{ID: "step-" + n + "-now", Kind: "overlay", Items: []Item{
				&Box{Shape: diagram.Rounded, R: Rect{x - 4, top - 2, 2*badgeR + 10 + tw + 16, rowH + 4}, Corner: rowH/2 + 2,
					Style: Style{Fill: Paint{Tone: diagram.Accent, Role: Soft}, Stroke: Paint{Tone: diagram.Accent, Role: Line}, StrokeWidth: 1.5}},
			}}
			items := []Item{hl,
				badge(n, Point{x + badgeR, mid}, badgeR),
				label("", st.Caption, x+2*badgeR+10, base, Start, Sans, SizeCaption, inkPaint),
			}
			out = append(out, &Group{ID: "step-" + n, Kind: "caption", Items: items})
		}
		return []Item{&Group{ID: "captions", Kind: "captions", Items: out}}
	}
	return b
}

// badge draws a numbered reading-path badge centred at p.
func badge(n string, p Point, r float64) *Group {
	size := SizeSmall - 1.0
	if r >= 10 {
		size = SizeSmall
	}
	base := p.Y + (ascent(SansBold, size)-descent(SansBold, size))/2
	return &Group{Kind: "badge", Items: []Item{
		&Circle{C: p, R: r, Style: Style{Fill: Paint{Tone: diagram.Accent, Role: Solid}, Stroke: NoPaint}},
		label("", n, p.X, base, Middle, SansBold, size, Paint{Tone: diagram.Accent, Role: OnSolid}),
	}}
}
