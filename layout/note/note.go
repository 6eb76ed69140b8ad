// Package note lays out note panels: lines of rich text wrapped to a
// column, with bullets hanging in the margin and formulas centred in a
// larger size; a tip or a pitfall is a callout on a tinted card of its own
// with an icon and a heading.
package note

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Note metrics in px.
const (
	noteWidth      = 340 // default width of the text column
	noteBulletW    = 16  // hanging indent of bullet lines
	noteItemGap    = 6   // between the lines of a note (wrapped lines excepted)
	noteFormulaGap = 6   // extra space above and below a formula
	calloutPad     = 14  // inside a callout card
	calloutIcon    = 18
	calloutHeadGap = 8 // between a callout's heading and its lines
	sizeFormula    = 18
)

// noteLook is what a note's style resolves to.
type noteLook struct {
	callout bool
	tone    diagram.Tone
	icon    string
	heading string
}

func lookOf(p *diagram.Note) noteLook {
	l := noteLook{tone: p.Tone, icon: p.Icon}
	switch p.Style {
	case diagram.TipNote:
		l.callout, l.heading = true, "Tip"
		if l.tone == diagram.Neutral {
			l.tone = diagram.Good
		}
		if l.icon == "" {
			l.icon = "check"
		}
	case diagram.PitfallNote:
		l.callout, l.heading = true, "Pitfall"
		if l.tone == diagram.Neutral {
			l.tone = diagram.Bad
		}
		if l.icon == "" {
			l.icon = "alert"
		}
	}
	if p.Heading != "" {
		l.heading = p.Heading
	}
	return l
}

// noteItem is one note line, wrapped and measured.
type noteItem struct {
	line  *diagram.NoteLine
	size  float64
	lines []text.RichLine
	bases []float64 // baselines, relative to the top of the text column
}

// Layout lays out a note panel: its lines wrapped to the text column, with
// bullets hanging in the margin and formulas centred in a larger size. A
// tip or pitfall is drawn on a tinted card with an icon and a heading.
// The block fills its cell (panel.Block.Fills): given a wider cell, the
// text wraps to the wider column; given a taller one, the text stays at
// the top and a callout's card runs down to the cell's foot.
func Layout(env *panel.Env, p *diagram.Note) panel.Block {
	look := lookOf(p)
	width := p.Width
	if width == 0 {
		width = noteWidth
	}
	var heading text.Block
	top := 0.0 // where the text column starts inside the block
	pad := 0.0 // between the block's sides and the text column
	if look.callout {
		heading = text.Lines(look.heading, scene.SansBold, text.SizePanel)
		headH := max(heading.H, calloutIcon)
		top = calloutPad + headH + calloutHeadGap
		pad = calloutPad
		width = max(width, calloutIcon+8+heading.W)
	}
	// make lays the note out with a text column of width px in a block
	// at least h px tall.
	var make func(width, h float64) panel.Block
	make = func(width, h float64) panel.Block {
		items, textH := measureNote(p, width)
		w := width + 2*pad
		h = max(h, top+textH+pad)
		b := panel.Block{W: w, H: h, OwnCard: look.callout, Fills: true}
		b.Place = func(x, y float64) []scene.Item {
			box := scene.Rect{X: x, Y: y, W: w, H: h}
			var out []scene.Item
			tx := x
			bullet := scene.Paint{Tone: diagram.Accent, Role: scene.Line}
			if look.tone != diagram.Neutral {
				bullet = scene.Paint{Tone: look.tone, Role: scene.Line}
			}
			if look.callout {
				out = append(out, calloutCard(look, heading, box)...)
				tx = x + calloutPad
				bullet = scene.Paint{Tone: look.tone, Role: scene.Line}
			}
			for _, it := range items {
				out = append(out, it.place(tx, y+top, width, box, bullet))
			}
			return []scene.Item{&scene.Group{Kind: scene.KindNote, Items: out}}
		}
		b.Resize = func(nw, nh float64) panel.Block {
			if nw <= w && nh <= h {
				return b
			}
			return make(max(width, nw-2*pad), nh)
		}
		return b
	}
	return make(width, 0)
}

// measureNote wraps every line to width and stacks them; it returns the
// lines with their baselines and the height of the text column.
func measureNote(p *diagram.Note, width float64) ([]*noteItem, float64) {
	var items []*noteItem
	for _, ln := range p.Lines {
		spans, err := diagram.ParseMarkup(ln.Text)
		if err != nil {
			// The language reports markup errors; a diagram built in Go
			// shows its text as written.
			spans = []diagram.Span{{Text: ln.Text}}
		}
		it := &noteItem{line: ln, size: text.SizeBody}
		avail := width
		switch ln.Kind {
		case diagram.FormulaLine:
			it.size = sizeFormula
		case diagram.BulletLine:
			avail -= noteBulletW
		}
		if ln.Kind == diagram.FormulaLine {
			it.lines = text.WrapFormula(spans, scene.Sans, it.size, avail-2)
		} else {
			it.lines = text.WrapRich(spans, scene.Sans, it.size, avail-2)
		}
		items = append(items, it)
	}
	// Lines of one size share the reach of the tallest, so that the
	// spacing keeps one rhythm whether or not a line has scripts.
	reach := map[float64][2]float64{}
	for _, it := range items {
		for _, l := range it.lines {
			up, down := l.Extent(it.size)
			r := reach[it.size]
			reach[it.size] = [2]float64{max(r[0], up), max(r[1], down)}
		}
	}
	y := 0.0 // bottom of the ink so far
	for i, it := range items {
		ln := it.line
		if i > 0 {
			y += noteItemGap
		}
		if ln.Kind == diagram.FormulaLine {
			y += noteFormulaGap
		}
		prevBase, prevDown := 0.0, 0.0
		for k := range it.lines {
			up, down := reach[it.size][0], reach[it.size][1]
			base := y + up
			if k > 0 {
				base = max(prevBase+text.LineHeight(it.size), prevBase+prevDown+text.LineGap+up)
			}
			it.bases = append(it.bases, base)
			prevBase, prevDown = base, down
			y = base + down
		}
		if ln.Kind == diagram.FormulaLine {
			y += noteFormulaGap
		}
	}
	return items, y
}

// place draws one note line in the text column starting at (x, y).
func (it *noteItem) place(x, y, width float64, box scene.Rect, bullet scene.Paint) scene.Item {
	var out []scene.Item
	tx := x
	if it.line.Kind == diagram.BulletLine {
		tx = x + noteBulletW
		r := 2.6
		base := y + it.bases[0]
		cy := base - (text.Ascent(scene.Sans, it.size)-text.Descent(scene.Sans, it.size))/2
		out = append(out, &scene.Circle{C: scene.Point{X: x + 4 + r, Y: cy}, R: r, Style: scene.Style{Fill: bullet, Stroke: scene.NoPaint}})
	}
	for k, l := range it.lines {
		lx := tx
		if it.line.Kind == diagram.FormulaLine {
			lx = x + (width-l.W)/2
		}
		t, behind := l.Text("", lx, y+it.bases[k], it.size, draw.Ink)
		t.Role = scene.RoleLabel
		t.Box = box
		out = append(out, behind...)
		out = append(out, t)
	}
	return &scene.Group{ID: it.line.ID, Kind: scene.KindLine, Items: out}
}

// calloutCard draws the tinted card of a tip or pitfall: a soft fill with a
// border in the tone, and the icon with the heading.
func calloutCard(look noteLook, heading text.Block, box scene.Rect) []scene.Item {
	out := []scene.Item{
		&scene.Box{Shape: diagram.Rounded, R: box, Corner: 8,
			Style: scene.Style{Fill: scene.Paint{Tone: look.tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: look.tone, Role: scene.Line}, StrokeWidth: 1.5}},
	}
	x := box.X + calloutPad
	headH := max(heading.H, calloutIcon)
	top := box.Y + calloutPad
	out = append(out, draw.Icon(look.icon, scene.Rect{X: x, Y: top + (headH-calloutIcon)/2, W: calloutIcon, H: calloutIcon}, scene.Paint{Tone: look.tone, Role: scene.Line})...)
	return append(out, heading.PlaceIn(x+calloutIcon+8, top+(headH-heading.H)/2, scene.Start, scene.Paint{Tone: look.tone, Role: scene.Ink}, box)...)
}
