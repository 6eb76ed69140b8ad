package diagram

import (
	"fmt"
	"time"
)

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

func (*Timeline) keyword() string { return "timeline" }

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

// startKindConsts names the constants of StartKind in order (see checkEnum).
var startKindConsts = []string{"AfterPrevious", "At", "After", "With"}

func (StartKind) consts() []string { return startKindConsts }

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

// Parts returns the parts drawn under the timeline's id: the total and the
// axis, the budget line when there is a budget, and the overrun when the
// phases end after the budget.
func (t *Timeline) Parts() []Part {
	parts := []Part{PartTotal, PartAxis}
	if t.Budget > 0 {
		parts = append(parts, PartBudget)
		if _, end := t.Schedule(); end > t.Budget {
			parts = append(parts, PartOverrun)
		}
	}
	return parts
}

// Position returns where the segment was declared.
func (s *Segment) Position() Pos { return s.Pos }

func (t *Timeline) walk(f func(Element) bool) { walkList(t.Segments, f) }
func (*Segment) walk(func(Element) bool)      {}

func (t *Timeline) eachString(f func(string)) {
	f(t.ID)
	f(t.Title)
	f(t.BudgetLabel)
}

func (s *Segment) eachString(f func(string)) {
	f(s.ID)
	f(s.Label)
	f(s.Ref)
}

// maxSegments is the most segments a timeline may hold, as in the
// language.
const maxSegments = 200

// segmentScope is what the validator knows of a timeline's segments
// while it checks them.
type segmentScope struct {
	t      *Timeline
	index  map[string]int  // segment id → place, of the first with the id
	ids    []string        // the ids of the segments checked so far
	starts []time.Duration // the starts of Schedule, or nil when a segment is nil
}

// check checks a timeline: its budget, segments and their starts.
func (t *Timeline) check(v *validator) {
	v.duration(t, "budget", t.Budget, 0)
	switch n := len(t.Segments); {
	case n == 0:
		v.errorf(t, "add the timeline's segments", "timeline has no segments")
	case n > maxSegments:
		v.errorf(t, fmt.Sprintf("split the timeline, or merge small phases; the limit is %d", maxSegments), "timeline has %d segments", n)
	}
	sc := &segmentScope{t: t, index: map[string]int{}}
	for i, s := range t.Segments {
		if s != nil && s.ID != "" {
			if _, dup := sc.index[s.ID]; !dup {
				sc.index[s.ID] = i
			}
		}
	}
	sc.starts, _ = t.scheduleOK()
	for i, s := range t.Segments {
		switch {
		case s == nil:
			v.nilEntry(t, "Segments", i)
		case v.in(s, step{kind: "segment", id: s.ID, index: i + 1}, "segment"):
			s.check(v, sc, i)
			v.out(s)
		}
	}
	if t.ID != "" && sc.starts != nil {
		v.declareParts(t.ID, t.Parts(), t)
	}
}

// scheduleOK returns the starts of Schedule, or nil when a segment is
// nil.
func (t *Timeline) scheduleOK() ([]time.Duration, time.Duration) {
	for _, s := range t.Segments {
		if s == nil {
			return nil, 0
		}
	}
	return t.Schedule()
}

// check checks the i-th segment of a timeline (from 0) and its start.
func (s *Segment) check(v *validator, sc *segmentScope, i int) {
	if s.ID == "" {
		v.errorf(s, "give every segment an ID", "segment has no id")
	}
	v.declare(s.ID, "segment", s)
	v.duration(s, "segment duration", s.Duration, 1)
	v.tone(s, s.Tone)
	checkEnum(v, s, "start kind", s.Start)
	switch s.Start {
	case At:
		v.duration(s, "start", s.Offset, 0)
	case After, With:
		if s.Offset < -time.Hour || s.Offset > time.Hour {
			v.errorf(s, "durations are at most 1h", "offset %v is too long", s.Offset)
		}
		kw := map[StartKind]string{After: "after", With: "with"}[s.Start]
		j, ok := sc.index[s.Ref]
		switch {
		case s.Ref == s.ID && s.Ref != "":
			v.errorf(s, "name an earlier segment", "segment %q cannot start %s itself", s.ID, kw)
		case !ok:
			v.unknownEnd(s, s.Ref, sc.ids, "segment", "timeline", kw+" names a segment declared before it in its timeline")
		case j > i:
			v.errorf(s, kw+" names a segment declared before it in its timeline", "segment %q starts %s %q, which comes later", s.ID, kw, s.Ref)
		case sc.starts != nil:
			at := sc.starts[j] + s.Offset
			if s.Start == After {
				at += sc.t.Segments[j].Duration
			}
			if at < 0 {
				v.errorf(s, "use a smaller offset; the timeline starts at zero", "segment %q would start %v before zero", s.ID, -at)
			}
		}
	}
	sc.ids = append(sc.ids, s.ID)
}
