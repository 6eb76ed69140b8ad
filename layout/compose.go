package layout

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// layoutPanel measures a panel of any kind: a row, column or grid of
// panels, gutter px apart, or a panel of one of the kinds, which the core
// frames on a card with its title (or, for a block with its own card,
// keeps under the panel's id).
func layoutPanel(env *panel.Env, p diagram.Panel, gutter float64) panel.Block {
	if s, ok := p.(*diagram.Split); ok {
		return split(env, s, gutter)
	}
	for _, k := range kinds {
		if !k.Accepts(p) {
			continue
		}
		b := k.Layout(env, p)
		if b.OwnCard {
			// A second frame around a card would only add noise.
			return callout(p.Head(), b)
		}
		return framed(p.Head(), b)
	}
	env.Errorf(p.Head().Pos, "this kind of panel is not supported by the layout yet", "unsupported panel")
	return panel.Block{}
}

// split places child panels in a row, a column or a grid, aligning their
// tops (rows) or left edges (columns). Cells of a row share its height and
// cells of a column share its width, so panel frames line up. The cells
// are gutter px apart.
func split(env *panel.Env, s *diagram.Split, gutter float64) panel.Block {
	gap := gutter
	kids := make([]panel.Block, len(s.Items))
	for i, it := range s.Items {
		kids[i] = layoutPanel(env, it, gutter)
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
	inner := panel.Block{W: w, H: h}
	inner.Place = func(x, y float64) []scene.Item {
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
				if k.Place != nil {
					items = append(items, stretch(k, colW[col], rowH[r]).Place(xx, yy)...)
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
	return titled(s.Head(), inner)
}

// stretch gives a panel that can grow the whole cell, so neighbours line up;
// other blocks keep their size.
func stretch(b panel.Block, w, h float64) panel.Block {
	if b.Resize == nil {
		return b
	}
	return b.Resize(w, h)
}

// framed draws a leaf panel on a background card with its title above the
// content.
func framed(h *diagram.PanelHead, content panel.Block) panel.Block {
	var title text.Block
	titleH := 0.0
	if h.Title != "" {
		title = text.Lines(h.Title, scene.SansBold, text.SizePanel)
		titleH = title.H + 10
	}
	make := func(w, hh float64) panel.Block {
		b := panel.Block{W: w, H: hh}
		content := content
		// Content that can grow (a timeline's axis) fills a wider card,
		// as long as it grows no taller.
		if cw := w - 2*panelPad; content.Resize != nil && cw > content.W {
			if c := content.Resize(cw, content.H); c.H <= content.H {
				content = c
			}
		}
		b.Place = func(x, y float64) []scene.Item {
			items := []scene.Item{&scene.Box{Shape: diagram.Rounded, Role: scene.RolePanel, R: scene.Rect{X: x, Y: y, W: w, H: hh}, Corner: 10,
				Style: scene.Style{Fill: draw.PanelFill, Stroke: draw.Border, StrokeWidth: 1}}}
			if h.Title != "" {
				items = append(items, title.Place("", x+panelPad, y+panelPad, scene.Start, draw.Ink)...)
			}
			cw := w - 2*panelPad
			cx := x + panelPad + (cw-content.W)/2
			if content.Place != nil {
				items = append(items, content.Place(cx, y+panelPad+titleH)...)
			}
			return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Role: scene.RolePanel, Items: items}}
		}
		return b
	}
	w := max(content.W, title.W) + 2*panelPad
	hh := content.H + titleH + 2*panelPad
	b := make(w, hh)
	b.Resize = func(nw, nh float64) panel.Block { return make(max(nw, w), max(nh, hh)) }
	return b
}

// callout places a panel that draws its own card, keeping its id on a
// group so the animation can act on it as a whole.
func callout(h *diagram.PanelHead, content panel.Block) panel.Block {
	b := panel.Block{W: content.W, H: content.H}
	b.Place = func(x, y float64) []scene.Item {
		if content.Place == nil {
			return nil
		}
		return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Items: content.Place(x, y)}}
	}
	if content.Resize != nil {
		// A callout fills its column's width; it keeps its own height, so
		// a short callout beside a tall panel stays a compact card.
		b.Resize = func(w, _ float64) panel.Block { return callout(h, content.Resize(w, content.H)) }
	}
	return b
}

// titled puts a heading above a container.
func titled(h *diagram.PanelHead, content panel.Block) panel.Block {
	title := text.Lines(h.Title, scene.SansBold, text.SizePanel)
	b := panel.Block{W: max(content.W, title.W), H: title.H + 10 + content.H}
	b.Place = func(x, y float64) []scene.Item {
		items := title.Place("", x, y, scene.Start, draw.Ink)
		items = append(items, content.Place(x, y+title.H+10)...)
		return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Items: items}}
	}
	return b
}
