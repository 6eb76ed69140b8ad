package diagram

// An Element is one part of a model, held by pointer: the *Diagram, a Panel,
// a PlotMark, a SeqItem, or a pointer to one of the other types that Inspect
// visits (*Node, *Edge, *Axis, *Formula, *LegendItem, ...). Position returns
// where the element was declared, or the zero Pos when it is not known or
// the type records none (*Diagram, *Blobs, *Sampled, *HeatScale).
type Element interface {
	Position() Pos
}

// Position returns the position of the panel's declaration; promoted to
// every panel.
func (h *PanelHead) Position() Pos { return h.Pos }

// Position returns the position of the mark's statement; promoted to every
// plot mark.
func (h *MarkHead) Position() Pos { return h.Pos }

// Position returns the zero Pos: a Diagram records no position.
func (*Diagram) Position() Pos { return Pos{} }

// Position returns the zero Pos: Blobs record no position of their own.
func (*Blobs) Position() Pos { return Pos{} }

// Position returns the zero Pos: Sampled records no position of its own.
func (*Sampled) Position() Pos { return Pos{} }

// Position returns the zero Pos: a HeatScale records no position.
func (*HeatScale) Position() Pos { return Pos{} }

// Position returns where the item was declared.
func (it *LegendItem) Position() Pos { return it.Pos }

// Position returns where the question was declared.
func (a *Ask) Position() Pos { return a.Pos }

// Position returns where the node was declared.
func (n *Node) Position() Pos { return n.Pos }

// Position returns where the edge was declared.
func (e *Edge) Position() Pos { return e.Pos }

// Position returns where the group was declared.
func (g *Group) Position() Pos { return g.Pos }

// Position returns where the axis was declared.
func (a *Axis) Position() Pos { return a.Pos }

// Position returns the position of the formula's first character.
func (f *Formula) Position() Pos { return f.Pos }

// Position returns where the row was declared.
func (r *MatrixRow) Position() Pos { return r.Pos }

// Position returns where the cell was declared.
func (c *Cell) Position() Pos { return c.Pos }

// Position returns where the outline was declared.
func (o *Outline) Position() Pos { return o.Pos }

// Position returns where the line was declared.
func (l *NoteLine) Position() Pos { return l.Pos }

// Position returns where the node was declared.
func (n *TreeNode) Position() Pos { return n.Pos }

// Position returns where the actor was declared.
func (a *Actor) Position() Pos { return a.Pos }

// Position returns where the message was declared.
func (m *Message) Position() Pos { return m.Pos }

// Position returns where the note was declared.
func (n *SeqNote) Position() Pos { return n.Pos }

// Position returns where the frame was declared.
func (f *Frame) Position() Pos { return f.Pos }

// Position returns where the section starts.
func (s *FrameSection) Position() Pos { return s.Pos }

// Position returns where the segment was declared.
func (s *Segment) Position() Pos { return s.Pos }

// Position returns where the band was declared.
func (b *Band) Position() Pos { return b.Pos }

// Position returns where the item was declared.
func (it *StackItem) Position() Pos { return it.Pos }

// Position returns where the note was declared.
func (n *StackNote) Position() Pos { return n.Pos }

// Position returns where the animation was declared.
func (s *Script) Position() Pos { return s.Pos }

// Position returns where the step was declared.
func (s *Step) Position() Pos { return s.Pos }

// Position returns where the action was declared.
func (a *Action) Position() Pos { return a.Pos }
