package diagram

import (
	"cmp"
	"fmt"
	"slices"
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
	// Milestones are points in time marked on the axis, in declaration
	// order.
	Milestones []*Milestone
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
	// Excluded segments are drawn but do not count toward the total: the
	// time when only excluded segments run is left out of it.
	Excluded bool
	Pos      Pos
}

// Milestone is a point in time marked on a timeline's axis, with a label:
// a deadline, the first token, the moment the user hears audio.
type Milestone struct {
	ID    string
	Label string // what readers see; the id when empty
	Tone  Tone
	// Start says where the milestone stands: At Offset from zero, After
	// segment Ref ends or With segment Ref starts, plus Offset.
	// AfterPrevious is not allowed.
	Start  StartKind
	Ref    string
	Offset time.Duration
	Pos    Pos
}

// Text returns the label, or the id when the label is empty.
func (m *Milestone) Text() string {
	if m.Label != "" {
		return m.Label
	}
	return m.ID
}

// Position returns where the milestone was declared.
func (m *Milestone) Position() Pos { return m.Pos }

func (*Milestone) walk(func(Element) bool) {}

func (m *Milestone) eachString(f func(string)) {
	f(m.ID)
	f(m.Label)
	f(m.Ref)
}

// Time returns when the milestone stands, given the starts of the
// segments from Schedule; never before zero.
func (t *Timeline) Time(m *Milestone, starts []time.Duration) time.Duration {
	at := m.Offset
	for i, s := range t.Segments {
		if s == nil || s.ID != m.Ref || m.Start == At || i >= len(starts) {
			continue
		}
		at += starts[i]
		if m.Start == After {
			at += s.Duration
		}
		break
	}
	return max(at, 0)
}

// Counted returns the total of the timeline, given the starts of the
// segments from Schedule and its end: the time from zero to the end,
// less the stretches when only excluded segments run.
func (t *Timeline) Counted(starts []time.Duration, end time.Duration) time.Duration {
	total := end
	for _, iv := range t.ExcludedOnly(starts) {
		total -= iv[1] - iv[0]
	}
	return total
}

// ExcludedOnly returns the stretches, in time order, when excluded
// segments run and no counted one does, given the starts of the segments
// from Schedule.
func (t *Timeline) ExcludedOnly(starts []time.Duration) [][2]time.Duration {
	var ex, in [][2]time.Duration
	for i, s := range t.Segments {
		if s == nil || i >= len(starts) {
			continue
		}
		iv := [2]time.Duration{starts[i], starts[i] + s.Duration}
		if s.Excluded {
			ex = append(ex, iv)
		} else {
			in = append(in, iv)
		}
	}
	ex, in = mergeIntervals(ex), mergeIntervals(in)
	var out [][2]time.Duration
	for _, e := range ex {
		lo := e[0]
		for _, c := range in {
			if c[1] <= lo || c[0] >= e[1] {
				continue
			}
			if c[0] > lo {
				out = append(out, [2]time.Duration{lo, c[0]})
			}
			lo = max(lo, c[1])
		}
		if lo < e[1] {
			out = append(out, [2]time.Duration{lo, e[1]})
		}
	}
	return out
}

// mergeIntervals sorts intervals and merges those that overlap or touch.
func mergeIntervals(list [][2]time.Duration) [][2]time.Duration {
	slices.SortFunc(list, func(a, b [2]time.Duration) int { return cmp.Compare(a[0], b[0]) })
	var out [][2]time.Duration
	for _, iv := range list {
		if n := len(out); n > 0 && iv[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], iv[1])
			continue
		}
		out = append(out, iv)
	}
	return out
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
		if starts, end := t.Schedule(); t.Counted(starts, end) > t.Budget {
			parts = append(parts, PartOverrun)
		}
	}
	return parts
}

// Position returns where the segment was declared.
func (s *Segment) Position() Pos { return s.Pos }

func (t *Timeline) walk(f func(Element) bool) {
	walkList(t.Segments, f)
	walkList(t.Milestones, f)
}
func (*Segment) walk(func(Element) bool) {}

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
	for i, m := range t.Milestones {
		switch {
		case m == nil:
			v.nilEntry(t, "Milestones", i)
		case v.in(m, step{kind: "milestone", id: m.ID, index: i + 1}, "milestone"):
			m.check(v, sc)
			v.out(m)
		}
	}
	if t.ID != "" && sc.starts != nil {
		v.declareParts(t.ID, t.Parts(), t)
	}
}

// check checks a milestone: its id, tone and where it stands.
func (m *Milestone) check(v *validator, sc *segmentScope) {
	if m.ID == "" {
		v.errorf(m, "give every milestone an ID", "milestone has no id")
	}
	v.declare(m.ID, "milestone", m)
	v.tone(m, m.Tone)
	checkEnum(v, m, "start kind", m.Start)
	switch m.Start {
	case AfterPrevious:
		v.errorf(m, "say where it stands: at D, after ID or with ID", "milestone %q has no time", m.ID)
	case At:
		v.duration(m, "milestone time", m.Offset, 0)
	case After, With:
		if m.Offset < -time.Hour || m.Offset > time.Hour {
			v.errorf(m, "durations are at most 1h", "offset %v is too long", m.Offset)
		}
		if _, ok := sc.index[m.Ref]; !ok {
			v.unknownEnd(m, m.Ref, sc.ids, "segment", "timeline", "a milestone names a segment of its timeline")
		}
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
