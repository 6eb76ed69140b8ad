// Package stack lays out stack panels: bands from top to bottom, each with
// its label on the left, its items in rows that wrap, and its side notes
// in a column to the right.
package stack

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Stack geometry in px.
const (
	stackItemsW    = 560 // the row of items in a band, before it wraps
	stackLabelMaxW = 170 // a band label wraps at this width
	stackNotesW    = 320 // the column of side notes
	stackBandPad   = 12  // inside a band
	stackBandGap   = 12  // between bands
	stackItemGap   = 8   // between items, across and down
	stackItemPadX  = 12
	stackItemPadY  = 8
	stackItemMaxW  = 200 // an item label wraps at this width
	stackNoteGap   = 6   // between notes of a band
	stackNotePadX  = 10
	stackNotePadY  = 5
	stackNotesLeft = 16 // between a band and its notes
)

// stackItemBox is a measured item, placed relative to its band's items
// area.
type stackItemBox struct {
	item *diagram.StackItem
	text text.Block
	r    scene.Rect
}

// stackBand is a measured band.
type stackBand struct {
	band   *diagram.Band
	label  text.Block
	items  []stackItemBox
	itemsH float64
	notes  []text.Block
	notesH float64
	h      float64
}

// Layout lays out a stack panel: bands from top to bottom, a label column on
// the left of each band, its items in rows that wrap, and its side notes in
// a column to the right.
func Layout(env *panel.Env, p *diagram.Stack) panel.Block {
	labelW := 0.0
	hasNotes := false
	bands := make([]*stackBand, len(p.Bands))
	for i, b := range p.Bands {
		sb := &stackBand{band: b}
		sb.label = text.Wrapped(diagram.LabelMarkup(b.Label, b.ID), scene.SansBold, text.SizeBody, stackLabelMaxW)
		labelW = max(labelW, sb.label.W)
		sb.items, sb.itemsH = flowItems(b.Items)
		for k, n := range b.Notes {
			tb := text.Wrapped(n.Text, scene.Sans, text.SizeSmall, stackNotesW-2*stackNotePadX-4)
			sb.notes = append(sb.notes, tb)
			if k > 0 {
				sb.notesH += stackNoteGap
			}
			sb.notesH += tb.H + 2*stackNotePadY
			hasNotes = true
		}
		sb.h = max(sb.label.H, sb.itemsH, sb.notesH) + 2*stackBandPad
		bands[i] = sb
	}
	// The items area is as wide as the widest row needs, up to
	// stackItemsW.
	itemsW := 0.0
	for _, sb := range bands {
		for _, ib := range sb.items {
			itemsW = max(itemsW, ib.r.Right())
		}
	}
	itemsW = max(itemsW, 120)
	bandW := stackBandPad + labelW + 2*stackBandPad + itemsW + stackBandPad
	w := bandW
	if hasNotes {
		w += stackNotesLeft + stackNotesW
	}
	h := 0.0
	for i, sb := range bands {
		if i > 0 {
			h += stackBandGap
		}
		h += sb.h
	}
	b := panel.Block{W: w, H: h}
	b.Place = func(x, y float64) []scene.Item {
		var items []scene.Item
		for _, sb := range bands {
			items = append(items, stackBandItems(sb, scene.Rect{X: x, Y: y, W: bandW, H: sb.h}, labelW))
			if len(sb.notes) > 0 {
				items = append(items, stackNoteItems(sb, x+bandW+stackNotesLeft, y)...)
			}
			y += sb.h + stackBandGap
		}
		return items
	}
	return b
}

// flowItems measures a band's items and fills rows left to right,
// starting a new row when the next item would pass the row's width. Items
// of a row share its height.
func flowItems(list []*diagram.StackItem) ([]stackItemBox, float64) {
	out := make([]stackItemBox, len(list))
	x, y, rowH := 0.0, 0.0, 0.0
	rowStart := 0
	finishRow := func(end int) {
		for k := rowStart; k < end; k++ {
			out[k].r.H = rowH
		}
	}
	for i, it := range list {
		tb := text.Wrapped(diagram.LabelMarkup(it.Label, it.ID), scene.Sans, text.SizeBody, stackItemMaxW)
		w := max(tb.W+2*stackItemPadX, 64)
		h := tb.H + 2*stackItemPadY
		if x > 0 && x+w > stackItemsW {
			finishRow(i)
			rowStart = i
			x, y = 0, y+rowH+stackItemGap
			rowH = 0
		}
		out[i] = stackItemBox{item: it, text: tb, r: scene.Rect{X: x, Y: y, W: w, H: h}}
		rowH = max(rowH, h)
		x += w + stackItemGap
	}
	finishRow(len(list))
	if len(list) == 0 {
		return out, 0
	}
	return out, y + rowH
}

// stackBandItems draws a band: its box, its label and its items.
func stackBandItems(sb *stackBand, r scene.Rect, labelW float64) scene.Item {
	b := sb.band
	items := []scene.Item{&scene.Box{Role: scene.RoleGroup, Shape: diagram.Rounded, R: r, Corner: 8,
		Style: scene.Style{Fill: scene.Paint{Tone: b.Tone, Role: scene.Soft}, Stroke: scene.Paint{Tone: b.Tone, Role: scene.Line}, StrokeWidth: 1.5}}}
	labelBox := scene.Rect{X: r.X + stackBandPad, Y: r.Y + stackBandPad, W: labelW, H: r.H - 2*stackBandPad}
	items = append(items, sb.label.PlaceIn(labelBox.X, r.Y+(r.H-sb.label.H)/2, scene.Start, scene.Paint{Tone: b.Tone, Role: scene.Ink}, labelBox)...)
	ix := labelBox.Right() + 2*stackBandPad
	iy := r.Y + (r.H-sb.itemsH)/2
	// A hairline between the label column and the items.
	items = append(items, &scene.Path{Ops: scene.Polyline(scene.Pt(ix-stackBandPad, r.Y+8), scene.Pt(ix-stackBandPad, r.Bottom()-8)),
		Style: scene.Style{Stroke: scene.Paint{Tone: b.Tone, Role: scene.Line}, StrokeWidth: 1, Opacity: 0.5}})
	for _, ib := range sb.items {
		ir := scene.Rect{X: ix + ib.r.X, Y: iy + ib.r.Y, W: ib.r.W, H: ib.r.H}
		it := ib.item
		g := []scene.Item{&scene.Box{Role: scene.RoleNode, Shape: diagram.Rounded, R: ir, Corner: 6,
			Style: scene.Style{Fill: draw.PanelFill, Stroke: scene.Paint{Tone: it.Tone, Role: scene.Line}, StrokeWidth: 1.25}}}
		g = append(g, ib.text.PlaceIn(ir.Center().X, ir.Y+(ir.H-ib.text.H)/2, scene.Middle, scene.Paint{Tone: it.Tone, Role: scene.Ink}, ir)...)
		items = append(items, &scene.Group{ID: it.ID, Kind: scene.KindItem, Items: g})
	}
	return &scene.Group{ID: b.ID, Kind: scene.KindBand, Items: items}
}

// stackNoteItems draws a band's side notes from the band's top at x, y.
func stackNoteItems(sb *stackBand, x, y float64) []scene.Item {
	var out []scene.Item
	for i, n := range sb.band.Notes {
		tb := sb.notes[i]
		r := scene.Rect{X: x, Y: y, W: stackNotesW, H: tb.H + 2*stackNotePadY}
		g := []scene.Item{
			&scene.Box{Role: scene.RoleNode, Shape: diagram.Rounded, R: r, Corner: 4,
				Style: scene.Style{Fill: scene.Paint{Tone: n.Tone, Role: scene.Soft}, Stroke: scene.NoPaint}},
			&scene.Box{Shape: diagram.Box, R: scene.Rect{X: x, Y: y, W: 4, H: r.H}, Style: scene.Style{Fill: scene.Paint{Tone: n.Tone, Role: scene.Solid}}},
		}
		g = append(g, tb.PlaceIn(x+stackNotePadX+2, y+stackNotePadY, scene.Start, scene.Paint{Tone: n.Tone, Role: scene.Ink}, r)...)
		out = append(out, &scene.Group{ID: n.ID, Kind: scene.KindNote, Items: g})
		y += r.H + stackNoteGap
	}
	return out
}
