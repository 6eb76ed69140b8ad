// Package sequence lays out sequence panels: actors in a row with their
// lifelines, then every message, note and frame on its own row, top to
// bottom, with columns as far apart as the labels between them need.
package sequence

import (
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Sequence metrics in px.
const (
	seqActorGap   = 28 // between neighbouring actor boxes
	seqActorMinW  = 96
	seqBarW       = 10 // an activation span's width
	seqSelfW      = 30 // how far a self-call loops out
	seqSelfH      = 20 // how far down a self-call comes back
	seqRowGap     = 12 // after each message, note or frame
	seqLabelLift  = 3  // between a message label and its arrow
	seqNotePad    = 8
	seqNoteOver   = 24 // how far a note over several actors reaches past them
	seqNoteMinW   = 80
	seqFrameInset = 18 // a frame's reach past its outermost lifelines
	seqFrameStep  = 10 // more reach for every frame nested inside
	seqTabH       = 22 // a frame's title tab
	seqNumberR    = 8  // half the side of a message number's tag
	seqNoteGap    = 11 // between a lifeline and a note beside it
	seqBoxPad     = 10 // a box's reach past its actors, left, right and below
	seqBoxHead    = 8  // above the actors in a box without a label
)

// seqLayout holds a sequence being measured.
type seqLayout struct {
	p      *diagram.Sequence
	col    map[string]int // actor id -> column
	actors []seqActor
	x      []float64 // lifeline of each column, relative to the first
	number map[*diagram.Message]int
	labels map[*diagram.Message]text.Block
	boxes  []seqBox
	boxOf  []int // the box of each column, -1 for none
	// shift moves the drawing right so that its left edge is at the
	// block's left; left is that edge relative to column 0's lifeline.
	shift, left float64
}

// seqBox is a box around neighbouring actors, measured.
type seqBox struct {
	b      *diagram.ActorBox
	lo, hi int // its first and last column
	label  text.Block
}

// labelH is the height of a box's label row above the actors.
func (b seqBox) labelH() float64 {
	if b.b.Label == "" {
		return seqBoxHead
	}
	return b.label.H + 8
}

// seqActor is an actor's box, measured.
type seqActor struct {
	node  *diagram.Node
	label text.Block
	W, H  float64
}

// Layout lays out a sequence panel: the actors' boxes in a row with
// their lifelines, then every message, note and frame on its own row, top
// to bottom. Columns are as far apart as the widest label between them
// needs, so labels sit between lifelines and never overlap each other.
func Layout(env *panel.Env, p *diagram.Sequence) panel.Block {
	s := &seqLayout{p: p, col: map[string]int{}, number: map[*diagram.Message]int{}, labels: map[*diagram.Message]text.Block{}}
	for i, a := range p.Actors {
		s.col[a.ID] = i
		n := &diagram.Node{ID: a.ID, Label: a.Label, Shape: diagram.Rounded, Tone: a.Tone, Icon: a.Icon}
		tb := text.Lines(diagram.LabelMarkup(a.Label, a.ID), scene.SansBold, text.SizeBody)
		w, h := draw.NodeSize(n, tb)
		s.actors = append(s.actors, seqActor{node: n, label: tb, W: max(w, seqActorMinW), H: h})
	}
	if len(s.actors) == 0 {
		env.Errorf(p.Pos, "add actors or messages, e.g. a -> b \"hello\"", "sequence has no actors")
		return panel.Block{}
	}
	s.boxOf = make([]int, len(s.actors))
	for i := range s.boxOf {
		s.boxOf[i] = -1
	}
	for _, b := range p.Boxes {
		lo, hi := s.span(b.Actors)
		for c := lo; c <= hi; c++ {
			s.boxOf[c] = len(s.boxes)
		}
		s.boxes = append(s.boxes, seqBox{b: b, lo: lo, hi: hi, label: text.Lines(b.Label, scene.SansBold, text.SizeSmall)})
	}
	count := 0
	s.walk(p.Items, func(it diagram.SeqItem) {
		if m, ok := it.(*diagram.Message); ok {
			count++
			s.number[m] = count
			s.labels[m] = text.Lines(m.Label, scene.Sans, text.SizeSmall)
		}
	})
	s.columns()
	_, w, h := s.draw(0, 0)
	s.shift = -s.left
	b := panel.Block{W: w, H: h}
	b.Place = func(x, y float64) []scene.Item {
		items, _, _ := s.draw(x, y)
		return items
	}
	return b
}

// walk calls fn for every item in time order, depth first.
func (s *seqLayout) walk(items []diagram.SeqItem, fn func(diagram.SeqItem)) {
	for _, it := range items {
		fn(it)
		switch v := it.(type) {
		case *diagram.Message:
			s.walk(v.Body, fn)
		case *diagram.Frame:
			for _, sec := range v.Sections {
				s.walk(sec.Items, fn)
			}
		}
	}
}

// labelSize returns the box a message's label (and its step number) needs;
// zero when the message has neither.
func (s *seqLayout) labelSize(m *diagram.Message) (w, h float64) {
	tb := s.labels[m]
	if m.Label != "" {
		w, h = tb.W, tb.H
	}
	if s.p.Autonumber {
		if w > 0 {
			w += 4
		}
		w += s.numberW(m)
		h = max(h, 2*seqNumberR)
	}
	if w == 0 {
		return 0, 0
	}
	return w + 2*draw.LabelPadX, h + 2*draw.LabelPadY
}

// numberW is the width of m's number tag.
func (s *seqLayout) numberW(m *diagram.Message) float64 {
	return 2 * max(float64(seqNumberR), text.Measure(scene.SansBold, text.SizeSmall-1, s.badgeText(m))/2+3)
}

// badgeText is the step number of m.
func (s *seqLayout) badgeText(m *diagram.Message) string { return strconv.Itoa(s.number[m]) }

// columns places the lifelines: each column as close to the one before as
// the actor boxes, and every label, note and frame title between them,
// allow. Every need is "column j at least d right of column i" with i < j,
// so one pass from left to right finds the narrowest placement.
func (s *seqLayout) columns() {
	n := len(s.actors)
	need := make([][]float64, n) // need[j][i]: least distance from column i to j
	for j := range need {
		need[j] = make([]float64, n)
	}
	at := func(i, j int, d float64) {
		if i > j {
			i, j = j, i
		}
		if i != j {
			need[j][i] = max(need[j][i], d)
		}
	}
	for i := 1; i < n; i++ {
		gap := float64(seqActorGap)
		if s.boxOf[i-1] != s.boxOf[i] {
			// A box's side between them: each box reaches past its actors.
			if s.boxOf[i-1] >= 0 {
				gap += seqBoxPad
			}
			if s.boxOf[i] >= 0 {
				gap += seqBoxPad
			}
		}
		at(i-1, i, (s.actors[i-1].halfW(s, i-1)+s.actors[i].halfW(s, i))+gap)
	}
	for _, b := range s.boxes {
		if b.lo != b.hi {
			at(b.lo, b.hi, b.label.W+2*seqNotePad-s.actors[b.lo].W/2-s.actors[b.hi].W/2-2*seqBoxPad)
		}
	}
	s.walk(s.p.Items, func(it diagram.SeqItem) {
		switch v := it.(type) {
		case *diagram.Message:
			w, _ := s.labelSize(v)
			i, j := s.col[v.From], s.col[v.To]
			if i == j {
				if j+1 < n {
					at(i, i+1, seqBarW+seqSelfW+6+w+16)
				}
				return
			}
			at(i, j, w+2*seqBarW+24)
		case *diagram.SeqNote:
			lo, hi := s.span(v.Over)
			switch {
			case v.Side == diagram.NoteLeft && lo > 0:
				at(lo-1, lo, s.noteWidth(v)+2*seqNoteGap)
			case v.Side == diagram.NoteRight && hi+1 < n:
				at(hi, hi+1, s.noteWidth(v)+2*seqNoteGap)
			case v.Side == diagram.NoteOver && lo != hi:
				at(lo, hi, s.noteWidth(v)-2*seqNoteOver)
			}
		case *diagram.Frame:
			lo, hi := s.frameCols(v)
			if lo != hi {
				at(lo, hi, s.frameTitleWidth(v)-2*s.frameInset(v))
			}
		}
	})
	s.x = make([]float64, n)
	for j := 1; j < n; j++ {
		for i := range j {
			s.x[j] = max(s.x[j], s.x[i]+need[j][i])
		}
	}
}

// span returns the leftmost and rightmost columns of a list of actors.
func (s *seqLayout) span(ids []string) (lo, hi int) {
	lo, hi = -1, -1
	for _, id := range ids {
		c := s.col[id]
		if lo < 0 || c < lo {
			lo = c
		}
		hi = max(hi, c)
	}
	return max(lo, 0), max(hi, 0)
}

// halfW is half the width column i's actor takes in the row of actors:
// half its box, or half the label of a box that holds only this actor
// when the label is wider.
func (a seqActor) halfW(s *seqLayout, i int) float64 {
	w := a.W / 2
	if k := s.boxOf[i]; k >= 0 && s.boxes[k].lo == s.boxes[k].hi {
		w = max(w, s.boxes[k].label.W/2+seqNotePad-seqBoxPad)
	}
	return w
}

// note measures a note's text.
func noteText(n *diagram.SeqNote) text.Block { return text.Lines(n.Text, scene.Sans, text.SizeSmall+1) }

// noteWidth is the width a note's text needs.
func (s *seqLayout) noteWidth(n *diagram.SeqNote) float64 {
	return max(noteText(n).W+2*seqNotePad, seqNoteMinW)
}

// frameCols returns the columns a frame's contents touch; a frame with no
// contents spans every column.
func (s *seqLayout) frameCols(f *diagram.Frame) (lo, hi int) {
	var ids []string
	for _, sec := range f.Sections {
		s.walk(sec.Items, func(it diagram.SeqItem) {
			switch v := it.(type) {
			case *diagram.Message:
				ids = append(ids, v.From, v.To)
			case *diagram.SeqNote:
				ids = append(ids, v.Over...)
			}
		})
	}
	if len(ids) == 0 {
		return 0, len(s.actors) - 1
	}
	return s.span(ids)
}

// frameDepth counts the frames nested inside f, on the deepest path.
func frameDepth(items []diagram.SeqItem) int {
	d := 0
	for _, it := range items {
		switch v := it.(type) {
		case *diagram.Message:
			d = max(d, frameDepth(v.Body))
		case *diagram.Frame:
			for _, sec := range v.Sections {
				d = max(d, 1+frameDepth(sec.Items))
			}
		}
	}
	return d
}

// frameInset is how far a frame reaches past its outermost lifelines.
func (s *seqLayout) frameInset(f *diagram.Frame) float64 {
	d := 0
	for _, sec := range f.Sections {
		d = max(d, frameDepth(sec.Items))
	}
	return seqFrameInset + seqFrameStep*float64(d)
}

// frameTitle measures a frame's tab (its keyword) and its first guard.
func frameTitle(f *diagram.Frame) (tab, guard text.Block) {
	tab = text.Lines(f.Kind.String(), scene.SansBold, text.SizeSmall)
	if len(f.Sections) > 0 && f.Sections[0].Label != "" {
		guard = text.Lines("["+f.Sections[0].Label+"]", scene.Sans, text.SizeSmall)
	}
	return tab, guard
}

// frameTitleWidth is the width a frame needs for its tab and guards.
func (s *seqLayout) frameTitleWidth(f *diagram.Frame) float64 {
	tab, guard := frameTitle(f)
	w := tab.W + 2*draw.LabelPadX + 10 + guard.W + 12
	for _, sec := range f.Sections[1:] {
		w = max(w, text.Lines("["+sec.Label+"]", scene.Sans, text.SizeSmall).W+2*draw.LabelPadX+12)
	}
	return w
}
