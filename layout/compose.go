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
// tops (rows) or left edges (columns). The cells are gutter px apart;
// cells of a row share its height and cells of a column share its width.
// A panel keeps the height its content needs, at the top of its cell, and
// grows to its column's width; a note fills its cell. When a row gives a
// column more height than it needs, the column hands the room to its
// notes, so that the columns of a row end on one line; with no note, the
// room stays at the column's foot. A row given more width hands it to its
// notes, or else widens all its cards.
func split(env *panel.Env, s *diagram.Split, gutter float64) panel.Block {
	kids := make([]panel.Block, len(s.Items))
	for i, it := range s.Items {
		kids[i] = layoutPanel(env, it, gutter)
	}
	inner := arrange(s, kids, gutter, 0, 0)
	if s.Title == "" {
		return inner
	}
	return titled(s.Head(), inner)
}

// arrange lays out the cells of a split in an area of at least w × h.
func arrange(s *diagram.Split, kids []panel.Block, gap, w, h float64) panel.Block {
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
	natW, natH := total(colW, gap), total(rowH, gap)
	fills := false
	for _, k := range kids {
		fills = fills || k.Fills
	}
	if extra := w - natW; extra > 0.5 && s.Kind == diagram.Row {
		// Cards widen with their content centred, so a row lines up
		// with a wider neighbour above or below.
		share(colW, extra, func(i int) bool { return kids[i].Fills }, true)
	}
	if extra := h - natH; extra > 0.5 && s.Kind == diagram.Column {
		share(rowH, extra, func(i int) bool { return kids[i].Fills }, false)
	}
	if s.Kind == diagram.Row {
		rowH[0] = max(rowH[0], h)
	}
	if s.Kind == diagram.Column {
		colW[0] = max(colW[0], w)
	}
	inner := panel.Block{W: max(natW, w), H: max(natH, h), Fills: fills}
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
	if s.Kind != diagram.Grid {
		inner.Resize = func(nw, nh float64) panel.Block { return arrange(s, kids, gap, nw, nh) }
	}
	return inner
}

// total returns the length of cells of the given sizes gap px apart.
func total(sizes []float64, gap float64) float64 {
	t := 0.0
	for i, v := range sizes {
		if i > 0 {
			t += gap
		}
		t += v
	}
	return t
}

// share hands extra px of room to the cells that fill (sizes grow), evenly.
// When none does, it hands the room to every cell (all), or leaves it
// after the last one: panels do not grow taller than their content, and
// room spread over the gutters would only cut one hole into several.
func share(sizes []float64, extra float64, fills func(int) bool, all bool) {
	n := 0
	for i := range sizes {
		if fills(i) {
			n++
		}
	}
	switch {
	case n > 0:
		for i := range sizes {
			if fills(i) {
				sizes[i] += extra / float64(n)
			}
		}
	case all:
		for i := range sizes {
			sizes[i] += extra / float64(len(sizes))
		}
	}
}

// stretch lays a block out for its cell of w × h; a block that cannot
// resize keeps its size.
func stretch(b panel.Block, w, h float64) panel.Block {
	if b.Resize == nil {
		return b
	}
	return b.Resize(w, h)
}

// framed draws a leaf panel on a background card with its title above the
// content. The card grows to the width of its cell, the content centred in
// it (a note's text wraps to the wider column instead, from the left, as
// its title does); it grows taller only for a note, which fills its cell:
// any other panel keeps the height its content needs.
func framed(h *diagram.PanelHead, content panel.Block) panel.Block {
	var title text.Block
	titleH := 0.0
	if h.Title != "" {
		title = text.Lines(h.Title, scene.SansBold, text.SizePanel)
		titleH = title.H + 10
	}
	make := func(w, hh float64) panel.Block {
		b := panel.Block{W: w, H: hh, Fills: content.Fills}
		content := content
		// Content that can grow (a timeline's axis, a note's text
		// column) fills a wider card, as long as it grows no taller.
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
			cx := x + panelPad
			if !content.Fills {
				cx += (w - 2*panelPad - content.W) / 2
			}
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
	b.Resize = func(nw, nh float64) panel.Block {
		if !content.Fills {
			nh = hh
		}
		return make(max(nw, w), max(nh, hh))
	}
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
	b.Fills = content.Fills
	if content.Resize != nil {
		b.Resize = func(w, hh float64) panel.Block {
			if !content.Fills {
				hh = content.H
			}
			return callout(h, content.Resize(w, hh))
		}
	}
	return b
}

// titled puts a heading above a container.
func titled(h *diagram.PanelHead, content panel.Block) panel.Block {
	title := text.Lines(h.Title, scene.SansBold, text.SizePanel)
	b := panel.Block{W: max(content.W, title.W), H: title.H + 10 + content.H, Fills: content.Fills}
	b.Place = func(x, y float64) []scene.Item {
		items := title.Place("", x, y, scene.Start, draw.Ink)
		items = append(items, content.Place(x, y+title.H+10)...)
		return []scene.Item{&scene.Group{ID: h.ID, Kind: scene.KindPanel, Items: items}}
	}
	if content.Resize != nil {
		b.Resize = func(nw, nh float64) panel.Block { return titled(h, content.Resize(nw, nh-title.H-10)) }
	}
	return b
}
