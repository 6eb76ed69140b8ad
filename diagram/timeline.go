package diagram

import "time"

// Timeline is a panel of phases drawn to scale along a time axis: a latency
// budget broken into its stages. Phases run one after the other unless a
// phase says where it starts; phases that overlap in time are drawn in
// lanes of their own.
type Timeline struct {
	PanelHead
	// Budget is the time limit drawn as a line across the lanes; zero
	// means none.
	Budget time.Duration
	// BudgetLabel names the budget, e.g. "turn budget"; empty means
	// "budget".
	BudgetLabel string
	BudgetPos   Pos
	// Segments are the phases in declaration order.
	Segments []*Segment
}

func (*Timeline) isPanel() {}

// StartKind says how a segment's start is given.
type StartKind int

// The ways a segment may start.
const (
	// AfterPrevious starts the segment when the one declared before it
	// ends (at zero for the first).
	AfterPrevious StartKind = iota
	// At starts the segment at Offset from time zero.
	At
	// After starts the segment Offset after segment Ref ends (a negative
	// Offset overlaps the end of Ref).
	After
	// With starts the segment Offset after segment Ref starts, for phases
	// that stream alongside another.
	With
)

// Segment is one phase of a timeline.
type Segment struct {
	ID       string
	Label    string // what readers see; the id when empty
	Duration time.Duration
	Tone     Tone
	Start    StartKind
	Ref      string        // the segment After and With refer to
	Offset   time.Duration // see StartKind; may be negative for After and With
	Pos      Pos
}

// Text returns the label, or the id when the label is empty.
func (s *Segment) Text() string {
	if s.Label != "" {
		return s.Label
	}
	return s.ID
}

// Schedule returns the start of every segment, in declaration order, and
// the end of the whole timeline (the latest end). A reference to an unknown
// segment, or to one declared later, counts as starting at zero; the dsl
// rejects both. Starts are never negative.
func (t *Timeline) Schedule() (starts []time.Duration, end time.Duration) {
	starts = make([]time.Duration, len(t.Segments))
	index := map[string]int{}
	for i, s := range t.Segments {
		var at time.Duration
		switch s.Start {
		case AfterPrevious:
			if i > 0 {
				at = starts[i-1] + t.Segments[i-1].Duration
			}
		case At:
			at = s.Offset
		case After:
			if j, ok := index[s.Ref]; ok {
				at = starts[j] + t.Segments[j].Duration + s.Offset
			}
		case With:
			if j, ok := index[s.Ref]; ok {
				at = starts[j] + s.Offset
			}
		}
		starts[i] = max(at, 0)
		end = max(end, starts[i]+s.Duration)
		index[s.ID] = i
	}
	return starts, end
}
