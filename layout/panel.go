package layout

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// panel measures a panel of any kind. Each kind's layout lives in its own
// file; this is the one place that dispatches on the kind.
func (c *ctx) panel(p diagram.Panel, top bool) block {
	switch v := p.(type) {
	case *diagram.Split:
		return c.split(v, top)
	case *diagram.Graph:
		return c.framed(v.Head(), c.graph(v))
	case *diagram.Plot:
		return c.framed(v.Head(), c.plot(v))
	case *diagram.Matrix:
		return c.framed(v.Head(), c.matrix(v))
	case *diagram.Note:
		if v.Style != diagram.PlainNote {
			// A callout draws its own tinted card; a second frame
			// around it would only add noise.
			return c.callout(v.Head(), c.note(v))
		}
		return c.framed(v.Head(), c.note(v))
	case *diagram.Tree:
		return c.framed(v.Head(), c.tree(v))
	case *diagram.Sequence:
		return c.framed(v.Head(), c.sequence(v))
	case *diagram.Timeline:
		return c.framed(v.Head(), c.timeline(v))
	case *diagram.Stack:
		return c.framed(v.Head(), c.stack(v))
	}
	c.errorf(p.Head().Pos, "this kind of panel is not supported by the layout yet", "unsupported panel")
	return block{}
}

// split places child panels in a row, a column or a grid, aligning their
// tops (rows) or left edges (columns). Cells of a row share its height and
// cells of a column share its width, so panel frames line up.
func (c *ctx) split(s *diagram.Split, top bool) block {
	kids := make([]block, len(s.Items))
	for i, it := range s.Items {
		kids[i] = c.panel(it, false)
	}
	cols := 1
	switch s.Kind {
	case diagram.Row:
		cols = max(len(kids), 1)
	case diagram.Grid:
		cols = max(s.Cols, 1)
	}
	rows := (len(kids) + cols - 1) / cols
	colW := make([]float64, cols)
	rowH := make([]float64, rows)
	for i, k := range kids {
		colW[i%cols] = max(colW[i%cols], k.W)
		rowH[i/cols] = max(rowH[i/cols], k.H)
	}
	w, h := 0.0, 0.0
	for i, cw := range colW {
		if i > 0 {
			w += gap
		}
		w += cw
	}
	for i, rh := range rowH {
		if i > 0 {
			h += gap
		}
		h += rh
	}
	inner := block{W: w, H: h, kind: "split"}
	inner.place = func(x, y float64) []scene.Item {
		var items []scene.Item
		yy := y
		for r := range rows {
			xx := x
			for col := range cols {
				i := r*cols + col
				if i >= len(kids) {
					break
				}
				k := kids[i]
				if k.place != nil {
					items = append(items, stretch(k, colW[col], rowH[r]).place(xx, yy)...)
				}
				xx += colW[col] + gap
			}
			yy += rowH[r] + gap
		}
		return items
	}
	if s.Title == "" {
		return inner
	}
	return c.titled(s.Head(), inner)
}

// stretch gives a framed panel the whole cell, so neighbours line up; other
// blocks keep their size.
func stretch(b block, w, h float64) block {
	if b.kind != "framed" || b.resize == nil {
		return b
	}
	return b.resize(w, h)
}

// framed draws a leaf panel on a background card with its title above the
// content.
func (c *ctx) framed(h *diagram.PanelHead, content block) block {
	var title text.Block
	titleH := 0.0
	if h.Title != "" {
		title = text.Lines(h.Title, scene.SansBold, text.SizePanel)
		titleH = title.H + 10
	}
	make := func(w, hh float64) block {
		b := block{W: w, H: hh, kind: "framed"}
		b.place = func(x, y float64) []scene.Item {
			items := []scene.Item{&scene.Box{Shape: diagram.Rounded, Role: scene.RolePanel, R: scene.Rect{X: x, Y: y, W: w, H: hh}, Corner: 10,
				Style: scene.Style{Fill: panelFill, Stroke: borderLine, StrokeWidth: 1}}}
			if h.Title != "" {
				items = append(items, title.Place("", x+panelPad, y+panelPad, scene.Start, inkPaint)...)
			}
			cw := w - 2*panelPad
			cx := x + panelPad + (cw-content.W)/2
			if content.place != nil {
				items = append(items, content.place(cx, y+panelPad+titleH)...)
			}
			return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Role: scene.RolePanel, Items: items}}
		}
		return b
	}
	w := max(content.W, title.W) + 2*panelPad
	hh := content.H + titleH + 2*panelPad
	b := make(w, hh)
	b.resize = func(nw, nh float64) block { return make(max(nw, w), max(nh, hh)) }
	return b
}

// callout places a panel that draws its own card, keeping its id on a
// group so the animation can act on it as a whole.
func (c *ctx) callout(h *diagram.PanelHead, content block) block {
	b := block{W: content.W, H: content.H, kind: "framed"}
	b.place = func(x, y float64) []scene.Item {
		if content.place == nil {
			return nil
		}
		return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Items: content.place(x, y)}}
	}
	if content.resize != nil {
		// A callout fills its column's width; it keeps its own height, so
		// a short callout beside a tall panel stays a compact card.
		b.resize = func(w, _ float64) block { return c.callout(h, content.resize(w, content.H)) }
	}
	return b
}

// titled puts a heading above a container.
func (c *ctx) titled(h *diagram.PanelHead, content block) block {
	title := text.Lines(h.Title, scene.SansBold, text.SizePanel)
	b := block{W: max(content.W, title.W), H: title.H + 10 + content.H, kind: "titled"}
	b.place = func(x, y float64) []scene.Item {
		items := title.Place("", x, y, scene.Start, inkPaint)
		items = append(items, content.place(x, y+title.H+10)...)
		return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Items: items}}
	}
	return b
}
