package dsl

import (
	"fmt"
	"time"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Timeline is a timeline panel: phases drawn to scale along a time axis,
// with an optional budget line.
//
//	timeline ID ["title"] {
//	  budget 1s ["label"]
//	  vad "Endpointing" 200ms tone muted
//	  asr "ASR" 180ms
//	  tts "TTS" 120ms with llm +80ms
//	}
type Timeline struct {
	Span
	Commented
	ID    Token          `parser:"'timeline' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr        `parser:"@@*"`
	Stmts []TimelineStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// TimelineStmt is one statement of a timeline block: the *Budget, a
// *Milestone, a *Segment, or a *Stray, a line that starts with none of
// them (reported).
type TimelineStmt interface {
	statement
	timelineStmt()
}

// unions registers the statements of a timeline block with the parser.
func (*Timeline) unions() []participle.Option {
	return []participle.Option{participle.Union[TimelineStmt](&Budget{}, &Milestone{}, &Segment{}, &Stray{})}
}

func (*Budget) timelineStmt()    {}
func (*Milestone) timelineStmt() {}
func (*Segment) timelineStmt()   {}
func (*Stray) timelineStmt()     {}

// Budget is the time the whole timeline should fit in:
// budget DURATION ["label"].
type Budget struct {
	Span
	Commented
	Duration Token  `parser:"'budget' @Number?"`
	Label    Token  `parser:"@String?"`
	Extra    *Stray `parser:"( (?! EOL) @@ )?"`
}

// Segment is one phase of a timeline: its id, then its label, duration,
// start and tone in any order:
// ID ["label"] DURATION [after ID [+|- D] | with ID [+|- D] | at D] [tone T].
type Segment struct {
	Span
	Commented
	ID    Token          `parser:"@Ident"`
	Parts []*SegmentPart `parser:"@@*"`
	Extra *Stray         `parser:"( (?! EOL) @@ )?"`
}

// Milestone is a point in time marked on the axis, with its label, time
// and tone in any order:
// milestone ID ["label"] (at D | after ID [+|- D] | with ID [+|- D]) [tone T].
type Milestone struct {
	Span
	Commented
	ID    Token          `parser:"'milestone' ( (?! 'at' | 'after' | 'with' | 'tone') @Ident )?"`
	Parts []*SegmentPart `parser:"@@*"`
	Extra *Stray         `parser:"( (?! EOL) @@ )?"`
}

// SegmentPart is one part of a segment or milestone line.
type SegmentPart struct {
	Span
	Excluded string    `parser:"@'excluded'"`
	Label    Token     `parser:"| @String"`
	Duration Token     `parser:"| @Number"`
	Tone     *ToneAttr `parser:"| @@"`
	At       *StartAt  `parser:"| @@"`
	Relative *StartRel `parser:"| @@"`
}

// StartAt starts a segment at a fixed time: at DURATION.
type StartAt struct {
	Span
	Time Token `parser:"'at' @Number?"`
}

// StartRel starts a segment relative to an earlier one: after ID [+|- D]
// (when it ends) or with ID [+|- D] (when it starts).
type StartRel struct {
	Span
	Kind   string `parser:"@('after' | 'with')"`
	Ref    Token  `parser:"( @Ident"`
	Sign   string `parser:"  ( @('+' | '-')"`
	Offset Token  `parser:"    @Number? )? )?"`
}

var timelineHelp = &help{
	keywords: []string{"timeline"},
	usage: map[string]string{
		"timeline":  `timeline ID ["title"] { budget and segments }`,
		"budget":    `budget 1s ["label"]`,
		"":          `ID ["label"] DURATION [after ID [+|- D] | with ID [+|- D] | at D] [tone T] [excluded]  (e.g. asr "ASR" 180ms)`,
		"milestone": `milestone ID ["label"] (at D | after ID [+|- D] | with ID [+|- D]) [tone T]`,
		"after":     `after ID [+ 20ms]  (starts when ID ends; - 50ms overlaps its end)`,
		"with":      `with ID [+ 80ms]  (starts when ID starts, plus an offset)`,
		"at":        `at 300ms  (starts at a fixed time)`,
	},
	blocks: map[string][]string{
		"timeline": {"", "budget", "milestone"},
	},
}

func (*Timeline) help() *help { return timelineHelp }

// maxSegments is the most segments a timeline may hold; more would not be
// readable at any width.
const maxSegments = 200

// timelineBuilder converts one timeline.
type timelineBuilder struct {
	c        *compiler
	t        *diagram.Timeline
	segments map[string]*diagram.Segment
	budget   Pos // where budget was set
}

func (t *Timeline) compile(c *compiler) diagram.Panel {
	out := &diagram.Timeline{PanelHead: diagram.PanelHead{Pos: c.pos(t.Pos())}}
	if t.ID.Value != "" && c.declare(t.ID, "timeline", "") {
		out.ID = t.ID.Value
	}
	c.panelTitle(&out.PanelHead, "timeline", t.Attrs)
	b := &timelineBuilder{c: c, t: out, segments: map[string]*diagram.Segment{}}
	segmentLines := 0
	for _, st := range t.Stmts {
		switch st := st.(type) {
		case *Budget:
			b.budgetLine(st)
		case *Milestone:
			b.milestone(st)
		case *Segment:
			segmentLines++
			b.segment(st)
		case *Stray:
			segmentLines++
			usage := "write " + timelineHelp.usage[""]
			first := st.Tokens[0]
			if first.Type == tokString {
				usage = "a segment starts with its id: " + timelineHelp.usage[""]
			}
			c.errorf(st.Pos(), usage, "unexpected %s in timeline", lineWord(first))
		}
	}
	// The parts the layout draws under the panel's id, for the animation.
	c.declareParts(out.ID, out.Parts(), tokenPos(t.ID), out.ID)
	if segmentLines == 0 {
		c.errorf(t.Pos(), "write "+timelineHelp.usage[""]+" inside the braces", "timeline has no segments")
	}
	return out
}

// budgetLine converts "budget 1s ["label"]".
func (b *timelineBuilder) budgetLine(bl *Budget) {
	c := b.c
	if b.t.Budget > 0 || b.budget.IsValid() {
		c.errorf(bl.Pos(), "first at "+c.at(b.budget)+"; a timeline has one budget", "second budget in timeline")
		return
	}
	b.budget = bl.Pos()
	b.t.BudgetPos = c.pos(bl.Pos())
	if bl.Duration.Value == "" {
		n := c.found(bl.Tokens[0])
		c.errorf(tokenPos(n), "write "+timelineHelp.usage["budget"], "budget needs a duration, found %s", lineWord(n))
		return
	}
	d, ok := c.durationAt(bl.Duration.Value, tokenPos(bl.Duration), "budget")
	if !ok {
		return
	}
	if d <= 0 {
		c.errorf(tokenPos(bl.Duration), "write a budget longer than zero, like 1s", "budget must be longer than zero")
		return
	}
	b.t.Budget = d
	if bl.Label.Value != "" {
		b.t.BudgetLabel = c.str(bl.Label)
	}
	if bl.Extra != nil {
		c.errorf(bl.Extra.Pos(), "write "+timelineHelp.usage["budget"], "unexpected %s", lineWord(bl.Extra.Tokens[0]))
	}
}

// segment converts one segment line.
func (b *timelineBuilder) segment(sl *Segment) {
	c := b.c
	usage := "write " + timelineHelp.usage[""]
	if contains([]string{"after", "with", "at", "tone"}, sl.ID.Value) {
		c.errorf(sl.Pos(), "a segment starts with its id: "+timelineHelp.usage[""], "a segment needs an id before %q", sl.ID.Value)
		return
	}
	seg := &diagram.Segment{ID: sl.ID.Value, Pos: c.pos(sl.Pos())}
	var dur, label, tone, start *SegmentPart
	ok := true
	for _, p := range sl.Parts {
		if !ok {
			break
		}
		switch {
		case p.Label.Value != "":
			if label != nil {
				c.errorf(p.Pos(), "a segment has one label", "second label for segment %q", seg.ID)
				return
			}
			label = p
			seg.Label = c.rich(p.Label)
		case p.Duration.Value != "":
			if dur != nil {
				c.errorf(p.Pos(), "a segment has one duration; use after, with or at to say where it starts", "second duration for segment %q", seg.ID)
				return
			}
			dur = p
			seg.Duration, ok = c.durationAt(p.Duration.Value, tokenPos(p.Duration), "duration")
			if ok && seg.Duration <= 0 {
				c.errorf(p.Pos(), "write a duration longer than zero, like 180ms", "segment %q has no length", seg.ID)
				ok = false
			}
		case p.Excluded != "":
			seg.Excluded = true
		case p.Tone != nil:
			if tone != nil {
				c.errorf(p.Pos(), "a segment has one tone", "second tone for segment %q", seg.ID)
				return
			}
			tone = p
			seg.Tone, ok = c.toneName(p.Tone)
		default:
			kw := p.Tokens[0].Value
			if start != nil {
				c.errorf(p.Pos(), "a segment starts once: after ID, with ID or at D", "%s and %s both set the start of segment %q", start.Tokens[0].Value, kw, seg.ID)
				return
			}
			start = p
			ok = b.start(p, seg)
		}
	}
	if ok && sl.Extra != nil {
		t := sl.Extra.Tokens[0]
		hint := didYouMean(t.Value, []string{"after", "with", "at", "tone"})
		if hint == "" {
			hint = usage
		}
		c.errorf(tokenPos(t), hint, "unexpected %s in segment %q", lineWord(t), seg.ID)
		return
	}
	if !ok {
		return
	}
	if dur == nil {
		c.errorf(sl.Pos(), fmt.Sprintf("write its length after the label, e.g. %s \"label\" 180ms", seg.ID), "segment %q needs a duration", seg.ID)
		return
	}
	if len(b.t.Segments) == maxSegments {
		c.errorf(sl.Pos(), fmt.Sprintf("split the timeline, or merge small phases; the limit is %d", maxSegments), "too many segments in timeline")
		return
	}
	if !c.declare(sl.ID, "segment", b.t.ID) {
		return
	}
	if early := b.beforeZero(seg); early > 0 {
		c.errorf(start.Pos(), "use a smaller offset, or at 0ms; the timeline starts at zero", "segment %q would start %v before zero", seg.ID, early)
		return
	}
	b.segments[seg.ID] = seg
	b.t.Segments = append(b.t.Segments, seg)
}

// milestone converts one milestone line.
func (b *timelineBuilder) milestone(ml *Milestone) {
	c := b.c
	if ml.ID.Value == "" {
		c.errorf(ml.Pos(), "write "+timelineHelp.usage["milestone"], "milestone needs an id")
		return
	}
	m := &diagram.Milestone{ID: ml.ID.Value, Pos: c.pos(ml.Pos())}
	var label, tone, start *SegmentPart
	for _, p := range ml.Parts {
		switch {
		case p.Label.Value != "":
			if label != nil {
				c.errorf(p.Pos(), "a milestone has one label", "second label for milestone %q", m.ID)
				return
			}
			label = p
			m.Label = c.rich(p.Label)
		case p.Tone != nil:
			if tone != nil {
				c.errorf(p.Pos(), "a milestone has one tone", "second tone for milestone %q", m.ID)
				return
			}
			tone = p
			var ok bool
			if m.Tone, ok = c.toneName(p.Tone); !ok {
				return
			}
		case p.Duration.Value != "" || p.Excluded != "":
			c.errorf(p.Pos(), "a milestone is a point in time: write at D, after ID or with ID", "a milestone has no %s", map[bool]string{true: "duration", false: "excluded"}[p.Duration.Value != ""])
			return
		default:
			if start != nil {
				c.errorf(p.Pos(), "a milestone stands at one time: after ID, with ID or at D", "%s and %s both set the time of milestone %q", start.Tokens[0].Value, p.Tokens[0].Value, m.ID)
				return
			}
			start = p
			seg := &diagram.Segment{ID: m.ID}
			if !b.start(p, seg) {
				return
			}
			m.Start, m.Ref, m.Offset = seg.Start, seg.Ref, seg.Offset
		}
	}
	if ml.Extra != nil {
		t := ml.Extra.Tokens[0]
		hint := didYouMean(t.Value, []string{"after", "with", "at", "tone"})
		if hint == "" {
			hint = "write " + timelineHelp.usage["milestone"]
		}
		c.errorf(tokenPos(t), hint, "unexpected %s in milestone %q", lineWord(t), m.ID)
		return
	}
	if start == nil {
		c.errorf(ml.Pos(), fmt.Sprintf("say when it stands, e.g. milestone %s \"label\" at 300ms or after ID", m.ID), "milestone %q needs a time", m.ID)
		return
	}
	if !c.declare(ml.ID, "milestone", b.t.ID) {
		return
	}
	b.t.Milestones = append(b.t.Milestones, m)
}

// beforeZero returns how far before time zero a segment that starts
// relative to another (with a negative offset) would begin, or 0.
func (b *timelineBuilder) beforeZero(seg *diagram.Segment) time.Duration {
	if seg.Offset >= 0 || seg.Start != diagram.After && seg.Start != diagram.With {
		return 0
	}
	starts, _ := b.t.Schedule()
	for i, s := range b.t.Segments {
		if s.ID != seg.Ref {
			continue
		}
		at := starts[i] + seg.Offset
		if seg.Start == diagram.After {
			at += s.Duration
		}
		return max(-at, 0)
	}
	return 0
}

// start converts the start of a segment: after, with or at.
func (b *timelineBuilder) start(p *SegmentPart, seg *diagram.Segment) bool {
	c := b.c
	if at := p.At; at != nil {
		if at.Time.Value == "" {
			n := c.found(at.Tokens[0])
			c.errorf(tokenPos(n), "write "+timelineHelp.usage["at"], "at needs a time, found %s", lineWord(n))
			return false
		}
		d, ok := c.durationAt(at.Time.Value, tokenPos(at.Time), "start")
		seg.Start, seg.Offset = diagram.At, d
		return ok
	}
	rel := p.Relative
	kw := rel.Kind
	if rel.Ref.Value == "" {
		n := c.found(rel.Tokens[0])
		c.errorf(tokenPos(n), "write "+timelineHelp.usage[kw], "%s needs a segment id, found %s", kw, lineWord(n))
		return false
	}
	ref := rel.Ref
	if b.segments[ref.Value] == nil {
		switch {
		case ref.Value == seg.ID:
			c.errorf(tokenPos(ref), "name an earlier segment", "segment %q cannot start %s itself", seg.ID, kw)
		case c.scope.lookup(ref.Value) != nil:
			sym := c.scope.lookup(ref.Value)
			c.errorf(tokenPos(ref), fmt.Sprintf("%s names a segment declared above in this timeline; %q is a %s", kw, ref.Value, sym.Kind),
				"%q is not a segment of this timeline", ref.Value)
		default:
			hint := didYouMean(ref.Value, b.ids())
			if hint == "" {
				hint = kw + " names a segment declared above in this timeline"
			}
			c.errorf(tokenPos(ref), hint, "unknown segment %q", ref.Value)
		}
		return false
	}
	seg.Ref = ref.Value
	seg.Start = diagram.After
	if kw == "with" {
		seg.Start = diagram.With
	}
	if rel.Sign == "" {
		return true
	}
	if rel.Offset.Value == "" {
		n := c.found(rel.Tokens[len(rel.Tokens)-1])
		c.errorf(tokenPos(n), "write "+timelineHelp.usage[kw], "expected a duration after %q, found %s", rel.Sign, lineWord(n))
		return false
	}
	d, ok := c.durationAt(rel.Offset.Value, tokenPos(rel.Offset), "offset")
	if rel.Sign == "-" {
		d = -d
	}
	seg.Offset = d
	return ok
}

// ids lists the segments declared so far, for suggestions.
func (b *timelineBuilder) ids() []string {
	out := make([]string, len(b.t.Segments))
	for i, s := range b.t.Segments {
		out[i] = s.ID
	}
	return out
}

// lineWord describes a token for messages; the end of a statement is the
// end of its line.
func lineWord(t lexer.Token) string {
	if t.EOF() {
		return "end of line"
	}
	return describe(t)
}
