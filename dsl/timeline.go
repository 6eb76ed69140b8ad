package dsl

import (
	"fmt"
	"time"

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
//
// Its statements are kept as token lists and read by a wordLine, so that
// attributes may come in any order.
type Timeline struct {
	Span
	ID    *Ident          `parser:"'timeline' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @@ )?"`
	Attrs []*Attr         `parser:"@@*"`
	Stmts []*TimelineLine `parser:"'{' EOL* ( @@ ( EOL+ @@? )* )? '}'"`
}

// TimelineLine is one statement inside a timeline block, kept as its
// tokens.
type TimelineLine struct {
	Span
	Words []string `parser:"@~(EOL | '{' | '}')+"`
}

var timelineHelp = &help{
	keywords: []string{"timeline"},
	usage: map[string]string{
		"timeline": `timeline ID ["title"] { budget and segments }`,
		"budget":   `budget 1s ["label"]`,
		"":         `ID ["label"] DURATION [after ID [+|- D] | with ID [+|- D] | at D] [tone T]  (e.g. asr "ASR" 180ms)`,
		"after":    `after ID [+ 20ms]  (starts when ID ends; - 50ms overlaps its end)`,
		"with":     `with ID [+ 80ms]  (starts when ID starts, plus an offset)`,
		"at":       `at 300ms  (starts at a fixed time)`,
	},
	blocks: map[string][]string{
		"timeline": {"", "budget"},
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
	if t.ID != nil && c.declare(t.ID, "timeline", "") {
		out.ID = t.ID.Name
	}
	c.panelTitle(&out.PanelHead, "timeline", t.Attrs)
	b := &timelineBuilder{c: c, t: out, segments: map[string]*diagram.Segment{}}
	segmentLines := 0
	for _, st := range t.Stmts {
		l := newWordLine(c, st.Tokens)
		if isWord(l.kw, "budget") {
			b.budgetLine(l)
		} else {
			segmentLines++
			b.segment(l)
		}
	}
	if out.ID != "" {
		// The parts the layout draws under the panel's id, for the
		// animation.
		parts := []string{"total", "axis"}
		if out.Budget > 0 {
			parts = append(parts, "budget")
			if _, end := out.Schedule(); end > out.Budget {
				parts = append(parts, "overrun")
			}
		}
		for _, part := range parts {
			c.declareAt(out.ID+"."+part, t.ID.Pos(), part, out.ID)
		}
	}
	if segmentLines == 0 {
		c.errorf(t.Pos(), "write "+timelineHelp.usage[""]+" inside the braces", "timeline has no segments")
	}
	return out
}

// budgetLine converts "budget 1s ["label"]".
func (b *timelineBuilder) budgetLine(l *wordLine) {
	c := b.c
	if b.t.Budget > 0 || b.budget.IsValid() {
		l.errorf(l.kw, "first at "+c.at(b.budget)+"; a timeline has one budget", "second budget in timeline")
		return
	}
	b.budget = tokenPos(l.kw)
	b.t.BudgetPos = c.pos(tokenPos(l.kw))
	n := l.peek()
	if n.Type != tokNumber {
		l.errorf(n, "write "+timelineHelp.usage["budget"], "budget needs a duration, found %s", lineWord(n))
		return
	}
	l.i++
	d, ok := c.durationAt(n.Value, tokenPos(n), "budget")
	if !ok {
		return
	}
	if d <= 0 {
		l.errorf(n, "write a budget longer than zero, like 1s", "budget must be longer than zero")
		return
	}
	b.t.Budget = d
	if s := l.peek(); s.Type == tokString {
		l.i++
		b.t.BudgetLabel = c.strAt(s.Value, tokenPos(s))
	}
	l.noMore("write " + timelineHelp.usage["budget"])
}

// segment converts one segment line.
func (b *timelineBuilder) segment(l *wordLine) {
	c := b.c
	usage := "write " + timelineHelp.usage[""]
	if l.kw.Type != tokIdent {
		hint := usage
		if l.kw.Type == tokString {
			hint = "a segment starts with its id: " + timelineHelp.usage[""]
		}
		l.errorf(l.kw, hint, "unexpected %s in timeline", lineWord(l.kw))
		return
	}
	if contains([]string{"after", "with", "at", "tone"}, l.kw.Value) {
		l.errorf(l.kw, "a segment starts with its id: "+timelineHelp.usage[""], "a segment needs an id before %q", l.kw.Value)
		return
	}
	seg := &diagram.Segment{ID: l.kw.Value, Pos: c.pos(tokenPos(l.kw))}
	var durTok, labelTok, toneTok, startTok lexer.Token
	ok := true
	for !l.done() && ok {
		t := l.peek()
		switch {
		case t.Type == tokString:
			if labelTok.Value != "" {
				l.errorf(t, "a segment has one label", "second label for segment %q", seg.ID)
				return
			}
			labelTok = t
			l.i++
			seg.Label = c.strAt(t.Value, tokenPos(t))
		case t.Type == tokNumber:
			if durTok.Value != "" {
				l.errorf(t, "a segment has one duration; use after, with or at to say where it starts", "second duration for segment %q", seg.ID)
				return
			}
			durTok = t
			l.i++
			seg.Duration, ok = c.durationAt(t.Value, tokenPos(t), "duration")
			if ok && seg.Duration <= 0 {
				l.errorf(t, "write a duration longer than zero, like 180ms", "segment %q has no length", seg.ID)
				ok = false
			}
		case isWord(t, "tone"):
			if toneTok.Value != "" {
				l.errorf(t, "a segment has one tone", "second tone for segment %q", seg.ID)
				return
			}
			toneTok = t
			l.i++
			seg.Tone, ok = l.tone(t)
		case isWord(t, "after"), isWord(t, "with"), isWord(t, "at"):
			if startTok.Value != "" {
				l.errorf(t, "a segment starts once: after ID, with ID or at D", "%s and %s both set the start of segment %q", startTok.Value, t.Value, seg.ID)
				return
			}
			startTok = t
			l.i++
			ok = b.start(l, t, seg)
		default:
			hint := didYouMean(t.Value, []string{"after", "with", "at", "tone"})
			if hint == "" {
				hint = usage
			}
			l.errorf(t, hint, "unexpected %s in segment %q", lineWord(t), seg.ID)
			return
		}
	}
	if !ok {
		return
	}
	if durTok.Value == "" {
		l.errorf(l.kw, fmt.Sprintf("write its length after the label, e.g. %s \"label\" 180ms", seg.ID), "segment %q needs a duration", seg.ID)
		return
	}
	if len(b.t.Segments) == maxSegments {
		l.errorf(l.kw, fmt.Sprintf("split the timeline, or merge small phases; the limit is %d", maxSegments), "too many segments in timeline")
		return
	}
	if !c.declareAt(seg.ID, tokenPos(l.kw), "segment", b.t.ID) {
		return
	}
	if early := b.beforeZero(seg); early > 0 {
		l.errorf(startTok, "use a smaller offset, or at 0ms; the timeline starts at zero", "segment %q would start %v before zero", seg.ID, early)
		return
	}
	b.segments[seg.ID] = seg
	b.t.Segments = append(b.t.Segments, seg)
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

// start reads what follows after, with or at.
func (b *timelineBuilder) start(l *wordLine, kw lexer.Token, seg *diagram.Segment) bool {
	c := b.c
	if kw.Value == "at" {
		n := l.peek()
		if n.Type != tokNumber {
			l.errorf(n, "write "+timelineHelp.usage["at"], "at needs a time, found %s", lineWord(n))
			return false
		}
		l.i++
		d, ok := c.durationAt(n.Value, tokenPos(n), "start")
		seg.Start, seg.Offset = diagram.At, d
		return ok
	}
	ref := l.peek()
	if ref.Type != tokIdent {
		l.errorf(ref, "write "+timelineHelp.usage[kw.Value], "%s needs a segment id, found %s", kw.Value, lineWord(ref))
		return false
	}
	l.i++
	if b.segments[ref.Value] == nil {
		switch {
		case ref.Value == seg.ID:
			l.errorf(ref, "name an earlier segment", "segment %q cannot start %s itself", seg.ID, kw.Value)
		case c.scope.lookup(ref.Value) != nil:
			sym := c.scope.lookup(ref.Value)
			l.errorf(ref, fmt.Sprintf("%s names a segment declared above in this timeline; %q is a %s", kw.Value, ref.Value, sym.Kind),
				"%q is not a segment of this timeline", ref.Value)
		default:
			hint := didYouMean(ref.Value, b.ids())
			if hint == "" {
				hint = kw.Value + " names a segment declared above in this timeline"
			}
			l.errorf(ref, hint, "unknown segment %q", ref.Value)
		}
		return false
	}
	seg.Ref = ref.Value
	seg.Start = diagram.After
	if kw.Value == "with" {
		seg.Start = diagram.With
	}
	sign := l.peek()
	if !isPunct(sign, "+") && !isPunct(sign, "-") {
		return true
	}
	l.i++
	n := l.peek()
	if n.Type != tokNumber {
		l.errorf(n, "write "+timelineHelp.usage[kw.Value], "expected a duration after %q, found %s", sign.Value, lineWord(n))
		return false
	}
	l.i++
	d, ok := c.durationAt(n.Value, tokenPos(n), "offset")
	if sign.Value == "-" {
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

// wordLine reads the tokens of one statement of a timeline or stack block,
// whose attributes may come in any order.
type wordLine struct {
	c    *compiler
	kw   lexer.Token   // the statement's first token
	toks []lexer.Token // the tokens after it
	i    int
}

func newWordLine(c *compiler, all []lexer.Token) *wordLine {
	var toks []lexer.Token
	for _, t := range all {
		if t.Type == tokSpace || t.Type == tokComment || t.Type == tokEOL || t.EOF() {
			continue
		}
		toks = append(toks, t)
	}
	return &wordLine{c: c, kw: toks[0], toks: toks[1:]}
}

func (l *wordLine) done() bool { return l.i >= len(l.toks) }

// peek returns the next token, or an EOF token just after the last.
func (l *wordLine) peek() lexer.Token {
	if !l.done() {
		return l.toks[l.i]
	}
	last := l.kw
	if len(l.toks) > 0 {
		last = l.toks[len(l.toks)-1]
	}
	p := last.Pos
	p.Offset += len(last.Value)
	p.Column += len([]rune(last.Value))
	return lexer.Token{Type: tokEOF, Pos: p}
}

func (l *wordLine) errorf(t lexer.Token, hint, format string, args ...any) {
	l.c.errorf(tokenPos(t), hint, format, args...)
}

// noMore reports tokens left over at the end of a statement.
func (l *wordLine) noMore(hint string) {
	if !l.done() {
		t := l.peek()
		l.errorf(t, hint, "unexpected %s", lineWord(t))
	}
}

// tone reads the name after the word tone (kw).
func (l *wordLine) tone(kw lexer.Token) (diagram.Tone, bool) {
	n := l.peek()
	if n.Type != tokIdent {
		l.errorf(n, "tones are "+joinWords(diagram.ToneNames()), "tone needs a name, found %s", lineWord(n))
		return diagram.Neutral, false
	}
	l.i++
	t, ok := diagram.ParseTone(n.Value)
	if !ok {
		l.errorf(n, enumHint(n.Value, "tones", diagram.ToneNames()), "unknown tone %q", n.Value)
	}
	return t, ok
}

// lineWord describes a token for messages; the end of a statement is the
// end of its line.
func lineWord(t lexer.Token) string {
	if t.EOF() {
		return "end of line"
	}
	return describe(t)
}
