package layout

import (
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// legend draws one row of swatches with their labels.
func legend(entries []diagram.LegendItem) panel.Block {
	const sw, swGap, itemGap = 28.0, 8.0, 24.0
	head := "Legend"
	headW := text.Measure(scene.SansBold, text.SizeSmall, head)
	w := headW + itemGap
	widths := make([]float64, len(entries))
	for i, e := range entries {
		widths[i] = text.Measure(scene.Sans, text.SizeSmall, e.Label)
		w += sw + swGap + widths[i]
		if i > 0 {
			w += itemGap
		}
	}
	const h = 18.0
	b := panel.Block{W: w, H: h}
	b.Place = func(x, y float64) []scene.Item {
		mid := y + h/2
		base := mid + (text.Ascent(scene.Sans, text.SizeSmall)-text.Descent(scene.Sans, text.SizeSmall))/2
		out := []scene.Item{text.Label("", head, x, base, scene.Start, scene.SansBold, text.SizeSmall, draw.MutedInk)}
		xx := x + headW + itemGap
		for i, e := range entries {
			entry := swatch(e, scene.Rect{X: xx, Y: mid - 7, W: sw, H: 14})
			xx += sw + swGap
			entry = append(entry, text.Label("", e.Label, xx, base, scene.Start, scene.Sans, text.SizeSmall, draw.Ink))
			xx += widths[i] + itemGap
			if e.ID == "" {
				out = append(out, entry...)
				continue
			}
			out = append(out, &scene.Group{ID: e.ID, Kind: scene.KindPart, Items: entry})
		}
		return []scene.Item{&scene.Group{Kind: scene.KindLegend, Items: out}}
	}
	return b
}

// swatch draws the sample of one legend entry inside r.
func swatch(e diagram.LegendItem, r scene.Rect) []scene.Item {
	mid := r.Y + r.H/2
	line := func(st scene.Style) []scene.Item {
		return []scene.Item{&scene.Path{Ops: scene.Polyline(scene.Pt(r.X, mid), scene.Pt(r.Right(), mid)), Style: st}}
	}
	stroke := scene.Paint{Tone: e.Tone, Role: scene.Line}
	switch e.Kind {
	case "solid":
		return line(scene.Style{Fill: scene.NoPaint, Stroke: stroke, StrokeWidth: 2})
	case "dashed":
		return line(scene.Style{Fill: scene.NoPaint, Stroke: stroke, StrokeWidth: 2, Dash: []float64{6, 4}})
	case "bold":
		return line(scene.Style{Fill: scene.NoPaint, Stroke: stroke, StrokeWidth: 4})
	case "dot":
		return []scene.Item{&scene.Circle{C: scene.Point{X: r.X + r.W/2, Y: mid}, R: 5, Style: scene.Style{Fill: scene.Paint{Tone: e.Tone, Role: scene.Solid}, Stroke: scene.NoPaint}}}
	}
	return []scene.Item{&scene.Box{Shape: diagram.Rounded, R: r, Corner: 3,
		Style: scene.Style{Fill: scene.Paint{Tone: e.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: e.Tone, Role: scene.Line}, StrokeWidth: 1.5}}}
}

// asks draws the "Interviewers ask" strip: one card per question, side by
// side, each with the question in bold and its one-line answer below.
func asks(list []diagram.Ask, width float64) panel.Block {
	const cardPad, cardGap = 12.0, 12.0
	head := text.Lines("Interviewers ask", scene.SansBold, text.SizePanel)
	n := len(list)
	cols := min(n, 4)
	width = max(width, float64(cols)*240+float64(cols-1)*cardGap)
	cardW := (width - float64(cols-1)*cardGap) / float64(cols)
	inner := cardW - 2*cardPad
	type card struct{ q, a text.Block }
	cards := make([]card, n)
	rowsH := map[int]float64{}
	for i, ask := range list {
		cards[i] = card{q: text.Wrapped(ask.Question, scene.SansBold, text.SizeSmall+1, inner), a: text.Wrapped(ask.Answer, scene.Sans, text.SizeSmall+1, inner)}
		h := 2*cardPad + cards[i].q.H + cards[i].a.H + 4 + 2*text.LineHeight(text.SizeSmall+1) - 2*(text.Ascent(scene.Sans, text.SizeSmall+1)+text.Descent(scene.Sans, text.SizeSmall+1))
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
	b := panel.Block{W: width, H: total}
	b.Place = func(x, y float64) []scene.Item {
		out := head.Place("", x, y, scene.Start, scene.Paint{Tone: diagram.Accent, Role: scene.Ink})
		yy := y + head.H + 10
		for r := range rows {
			for col := range cols {
				i := r*cols + col
				if i >= n {
					break
				}
				cx := x + float64(col)*(cardW+cardGap)
				items := []scene.Item{&scene.Box{Shape: diagram.Rounded, Role: scene.RolePanel, R: scene.Rect{X: cx, Y: yy, W: cardW, H: rowsH[r]}, Corner: 8,
					Style: scene.Style{Fill: scene.Paint{Tone: diagram.Accent, Role: scene.Soft}, Stroke: scene.Paint{Tone: diagram.Accent, Role: scene.Line}, StrokeWidth: 1}}}
				box := scene.Rect{X: cx, Y: yy, W: cardW, H: rowsH[r]}
				q, a := cards[i].q, cards[i].a
				items = append(items, q.PlaceIn(cx+cardPad, yy+cardPad, scene.Start, draw.Ink, box)...)
				top := yy + cardPad + q.H + text.LineHeight(text.SizeSmall+1) - text.Ascent(scene.Sans, text.SizeSmall+1) - text.Descent(scene.Sans, text.SizeSmall+1) + 4
				items = append(items, a.PlaceIn(cx+cardPad, top, scene.Start, scene.Paint{Tone: diagram.Neutral, Role: scene.Ink}, box)...)
				out = append(out, &scene.Group{ID: "ask-" + strconv.Itoa(i+1), Kind: scene.KindAsk, Items: items})
			}
			yy += rowsH[r] + cardGap
		}
		return []scene.Item{&scene.Group{Kind: scene.KindAsks, Items: out}}
	}
	return b
}

// captionStrip draws the reading path: one line per animation step with its
// numbered badge. All lines show in the still picture; while the animation
// runs, a highlight (an overlay, hidden in the still picture) marks the
// current step (scene.StepNow).
func captionStrip(s *diagram.Script, width float64) panel.Block {
	const badgeR, rowGap = 10.0, 6.0
	rowH := 2*badgeR + 2
	h := float64(len(s.Steps))*rowH + float64(len(s.Steps)-1)*rowGap
	w := 0.0
	for _, st := range s.Steps {
		w = max(w, 2*badgeR+10+text.Lines(st.Caption, scene.Sans, text.SizeCaption).W+12)
	}
	b := panel.Block{W: max(w, width), H: h}
	b.Place = func(x, y float64) []scene.Item {
		var out []scene.Item
		for i, st := range s.Steps {
			n := strconv.Itoa(i + 1)
			top := y + float64(i)*(rowH+rowGap)
			mid := top + rowH/2
			base := mid + (text.Ascent(scene.Sans, text.SizeCaption)-text.Descent(scene.Sans, text.SizeCaption))/2
			caption := text.Lines(st.Caption, scene.Sans, text.SizeCaption)
			tw := caption.W
			hl := &scene.Group{ID: scene.StepID(i+1, scene.StepNow), Kind: scene.KindOverlay, Items: []scene.Item{
				&scene.Box{Shape: diagram.Rounded, R: scene.Rect{X: x - 4, Y: top - 2, W: 2*badgeR + 10 + tw + 16, H: rowH + 4}, Corner: rowH/2 + 2,
					Style: scene.Style{Fill: scene.Paint{Tone: diagram.Accent, Role: scene.Soft}, Stroke: scene.Paint{Tone: diagram.Accent, Role: scene.Line}, StrokeWidth: 1.5}},
			}}
			items := []scene.Item{hl, badge(n, scene.Point{X: x + badgeR, Y: mid}, badgeR)}
			items = append(items, caption.Place("", x+2*badgeR+10, base-text.Ascent(scene.Sans, text.SizeCaption), scene.Start, draw.Ink)...)
			out = append(out, &scene.Group{ID: scene.StepID(i+1, scene.StepCaption), Kind: scene.KindCaption, Items: items})
		}
		return []scene.Item{&scene.Group{ID: "captions", Kind: scene.KindCaptions, Items: out}}
	}
	return b
}

// badge draws a numbered reading-path badge centred at p.
func badge(n string, p scene.Point, r float64) *scene.Group {
	size := text.SizeSmall - 1.0
	if r >= 10 {
		size = text.SizeSmall
	}
	base := p.Y + (text.Ascent(scene.SansBold, size)-text.Descent(scene.SansBold, size))/2
	return &scene.Group{Kind: scene.KindBadge, Items: []scene.Item{
		&scene.Circle{C: p, R: r, Style: scene.Style{Fill: scene.Paint{Tone: diagram.Accent, Role: scene.Solid}, Stroke: scene.NoPaint}},
		text.Label("", n, p.X, base, scene.Middle, scene.SansBold, size, scene.Paint{Tone: diagram.Accent, Role: scene.OnSolid}),
	}}
}
