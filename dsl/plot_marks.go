package dsl

import (
	"math"
	"strconv"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// defaultTones are the tones marks take in turn when none is written.
var defaultTones = []diagram.Tone{diagram.Accent, diagram.Info, diagram.Warn, diagram.Good, diagram.Bad}

// nextTone returns the next default tone of the plot.
func (b *plotBuilder) nextTone() diagram.Tone {
	t := defaultTones[b.tones%len(defaultTones)]
	b.tones++
	return t
}

// head reads a mark's optional id: "ID:" always, or a bare ID when bare is
// set and the word is not one of the starters that begin the mark's body.
func (b *plotBuilder) head(l *plotLine, bare bool, starters ...string) diagram.MarkHead {
	h := diagram.MarkHead{Pos: b.c.pos(tokenPos(l.kw))}
	t := l.peek()
	if t.Type != tokIdent {
		return h
	}
	colon := l.i+1 < len(l.toks) && isPunct(l.toks[l.i+1], ":")
	if !colon && (!bare || contains(starters, t.Value)) {
		return h
	}
	l.i++
	if colon {
		l.i++
	}
	if b.c.declareAt(t.Value, tokenPos(t), l.kw.Value, b.p.ID) {
		h.ID = t.Value
	}
	return h
}

// add appends a mark to the plot and remembers it by id.
func (b *plotBuilder) add(m diagram.PlotMark) {
	b.p.Marks = append(b.p.Marks, m)
	if id := m.Mark().ID; id != "" {
		b.marks[id] = m
	}
}

// markOptions are the options after a mark's body.
type markOptions struct {
	tone      diagram.Tone
	toneSet   bool
	labels    []string
	dashed    bool
	arrow     bool
	centers   bool
	marker    diagram.Marker
	markerSet bool
	levels    []float64
	from, to  float64
	ranged    bool
	to2       *diagram.XY // label -> (x, y)
}

// optionWords are the words options start with; a formula ends before one.
var optionWords = []string{"tone", "dashed", "arrow", "centers", "marker", "at", "from"}

// stopAtOption ends a formula at a string or an option word.
func stopAtOption(t lexer.Token) bool {
	return t.Type == tokString || t.Type == tokIdent && contains(optionWords, t.Value)
}

// formulaWords are the names a formula may use.
var formulaWords = append([]string{"x", "y", "pi", "e"}, expr.Functions()...)

// strayWord reports whether t, coming after prev, cannot continue a
// formula: a word that is no name of the expression language right after
// an operand, such as colour in "y = x colour good". Such a word starts the
// options, where it is reported as an unknown option.
func strayWord(prev, t lexer.Token) bool {
	operandEnd := prev.Type == tokNumber || prev.Type == tokIdent || isPunct(prev, ")")
	return operandEnd && t.Type == tokIdent && !contains(formulaWords, t.Value)
}

// options reads a mark's options. allowed lists the option words the mark
// takes, plus "label" (one string), "labels" (several) and "->" (a leader
// arrow).
func (b *plotBuilder) options(l *plotLine, allowed ...string) (markOptions, bool) {
	var o markOptions
	c := b.c
	usage := "write " + plotHelp.usage[l.kw.Value]
	for !l.done() {
		t := l.peek()
		l.i++
		switch {
		case t.Type == tokString && (contains(allowed, "labels") || contains(allowed, "label") && len(o.labels) == 0):
			o.labels = append(o.labels, c.strAt(t.Value, tokenPos(t)))
		case t.Type == tokString && contains(allowed, "label"):
			l.errorf(t, "a "+l.kw.Value+" has one label", "second label for %s", l.kw.Value)
			return o, false
		case t.Type == tokArrow && t.Value == "->" && contains(allowed, "->"):
			p, ok := l.point()
			if !ok {
				return o, false
			}
			o.to2 = &p
		case t.Type != tokIdent || !contains(allowed, t.Value):
			hint := usage
			if t.Type == tokIdent {
				hint = joinHint(didYouMean(t.Value, allowed), usage)
			}
			l.errorf(t, hint, "%s does not take %s", l.kw.Value, describe(t))
			return o, false
		case t.Value == "tone":
			n := l.peek()
			if n.Type != tokIdent {
				l.errorf(t, "tones are "+joinWords(diagram.ToneNames()), "tone needs a name")
				return o, false
			}
			l.i++
			tone, ok := diagram.ParseTone(n.Value)
			if !ok {
				l.errorf(n, enumHint(n.Value, "tones", diagram.ToneNames()), "unknown tone %q", n.Value)
				return o, false
			}
			o.tone, o.toneSet = tone, true
		case t.Value == "marker":
			n := l.peek()
			if n.Type != tokIdent {
				l.errorf(t, "markers are "+joinWords(diagram.MarkerNames()), "marker needs a name")
				return o, false
			}
			l.i++
			m, ok := diagram.ParseMarker(n.Value)
			if !ok || m == diagram.NoMarker {
				l.errorf(n, enumHint(n.Value, "markers", diagram.MarkerNames()), "unknown marker %q", n.Value)
				return o, false
			}
			o.marker, o.markerSet = m, true
		case t.Value == "dashed":
			o.dashed = true
		case t.Value == "arrow":
			o.arrow = true
		case t.Value == "centers":
			o.centers = true
		case t.Value == "at":
			for {
				v, ok := l.number("contour level")
				if !ok {
					return o, false
				}
				o.levels = append(o.levels, v)
				if isPunct(l.peek(), ",") {
					l.i++
					continue
				}
				if n := l.peek(); n.Type != tokNumber && !isPunct(n, "-") {
					break
				}
			}
		case t.Value == "from":
			lo, ok := l.number("curve start")
			if !ok {
				return o, false
			}
			if n := l.peek(); !isWord(n, "to") {
				l.errorf(n, "write from A to B, e.g. from -2 to 2", "expected to after from, found %s", describe(n))
				return o, false
			}
			l.i++
			hi, ok := l.number("curve end")
			if !ok {
				return o, false
			}
			if lo >= hi {
				l.errorf(t, "write the smaller value first", "curve range from %g to %g is empty", lo, hi)
				return o, false
			}
			o.from, o.to, o.ranged = lo, hi, true
		}
	}
	return o, true
}

func joinWords(words []string) string { return quoteList(words) }

// label returns the first label, or "".
func (o markOptions) label() string {
	if len(o.labels) == 0 {
		return ""
	}
	return o.labels[0]
}

// toneOr returns the written tone, or def.
func (o markOptions) toneOr(def func() diagram.Tone) diagram.Tone {
	if o.toneSet {
		return o.tone
	}
	return def()
}

// equals reads "NAME =" at the start of a body, as in y = x^2.
func (l *plotLine) equals(name, usage string) bool {
	t := l.peek()
	if !isWord(t, name) {
		l.errorf(t, "write "+usage, "expected %s = FORMULA, found %s", name, describe(t))
		return false
	}
	l.i++
	return l.punct("=", "write "+usage)
}

// curve converts "curve [ID:] y = FORMULA [options]".
func (b *plotBuilder) curve(l *plotLine) {
	h := b.head(l, true, "y")
	usage := plotHelp.usage["curve"]
	if !l.equals("y", usage) {
		return
	}
	f, _, ok := l.formula("curve", stopAtOption)
	if !ok {
		return
	}
	e, ok := b.c.parseFormula(f)
	if !ok {
		return
	}
	if e.UsesY() {
		b.c.errorAt(f.Pos, "write y = a formula in x; for a level line of f(x, y) use contour", "a curve's formula may not use y")
		return
	}
	o, ok := b.options(l, "tone", "dashed", "from", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	b.add(&diagram.Curve{MarkHead: h, Y: f, From: o.from, To: o.to, Dashed: o.dashed})
}

// scatter converts a points statement.
func (b *plotBuilder) scatter(l *plotLine) {
	h := b.head(l, true, "blobs", "linspace")
	out := &diagram.Scatter{Marker: diagram.MarkerDot}
	src := l.peek()
	switch {
	case isPunct(src, "("):
		pts, ok := l.points()
		if !ok {
			return
		}
		out.Points = pts
	case isWord(src, "blobs"):
		l.i++
		vals, ok := b.settings(l, src, []string{"seed", "k", "n", "spread"}, []string{"seed", "k", "n"})
		if !ok {
			return
		}
		out.Blobs = &diagram.Blobs{Seed: uint64(vals["seed"]), K: int(vals["k"]), N: int(vals["n"]), Spread: vals["spread"]}
	case isWord(src, "linspace"):
		l.i++
		vals, ok := b.settings(l, src, []string{"n"}, []string{"n"})
		if !ok {
			return
		}
		if !l.equals("y", plotHelp.usage["points"]) {
			return
		}
		f, _, ok := l.formula("points", stopAtOption)
		if !ok {
			return
		}
		if _, ok := b.c.parseFormula(f); !ok {
			return
		}
		out.Sampled = &diagram.Sampled{N: int(vals["n"]), Y: f}
	default:
		l.errorf(src, "write "+plotHelp.usage["points"], "points need data: (x, y) pairs, blobs or linspace; found %s", describe(src))
		return
	}
	o, ok := b.options(l, "tone", "marker", "centers", "labels")
	if !ok {
		return
	}
	if o.centers && out.Blobs == nil {
		l.errorf(l.kw, "only blobs have centers", "centers needs blobs")
		return
	}
	out.Centers = o.centers
	if o.markerSet {
		out.Marker = o.marker
	}
	switch {
	case len(o.labels) > 1 && (out.Blobs == nil || len(o.labels) != out.Blobs.K):
		l.errorf(l.kw, "give one label, or one per class of blobs (k labels)", "%d labels for points with %d classes", len(o.labels), classCount(out))
		return
	case len(o.labels) > 1:
		out.Classes = o.labels
	default:
		h.Label = o.label()
	}
	h.Tone = o.toneOr(b.nextTone)
	if h.ID != "" && out.Blobs != nil {
		// Each class, and each centre, is an element of its own.
		for i := 1; i <= out.Blobs.K; i++ {
			b.c.declareAt(h.ID+".class"+strconv.Itoa(i), tokenPos(l.kw), "class", b.p.ID)
		}
		if out.Centers {
			b.c.declareAt(h.ID+".centers", tokenPos(l.kw), "centers", b.p.ID)
			for i := 1; i <= out.Blobs.K; i++ {
				b.c.declareAt(h.ID+".center"+strconv.Itoa(i), tokenPos(l.kw), "center", b.p.ID)
			}
		}
	}
	out.MarkHead = h
	b.add(out)
}

func classCount(s *diagram.Scatter) int {
	if s.Blobs != nil {
		return s.Blobs.K
	}
	return 1
}

// settings reads key=value settings after a generator word, checks them and
// returns their values. Whole-number settings (all but spread) are checked
// for range.
func (b *plotBuilder) settings(l *plotLine, gen lexer.Token, keys, required []string) (map[string]float64, bool) {
	vals := map[string]float64{}
	for l.i+1 < len(l.toks) && l.peek().Type == tokIdent && l.peek().Value != "y" && isPunct(l.toks[l.i+1], "=") {
		k, v, ok := l.keyValue()
		if !ok {
			return nil, false
		}
		if !contains(keys, k.Value) {
			l.errorf(k, joinHint(didYouMean(k.Value, keys), gen.Value+" takes "+joinWords(keys)), "unknown %s setting %q", gen.Value, k.Value)
			return nil, false
		}
		switch k.Value {
		case "seed":
			if _, ok := l.wholeNumber(k, v, 0, 1<<31); !ok {
				return nil, false
			}
		case "k":
			if _, ok := l.wholeNumber(k, v, 1, 8); !ok {
				return nil, false
			}
		case "n":
			if _, ok := l.wholeNumber(k, v, 1, 2000); !ok {
				return nil, false
			}
		case "spread":
			if v <= 0 || v > 1 {
				l.errorf(k, "spread is a fraction of the range, above 0 and at most 1", "spread %g is out of range", v)
				return nil, false
			}
		}
		vals[k.Value] = v
	}
	for _, r := range required {
		if _, ok := vals[r]; !ok {
			l.errorf(gen, "write "+plotHelp.usage["points"], "%s needs %s=", gen.Value, r)
			return nil, false
		}
	}
	return vals, true
}

// path converts "path [ID:] (x, y)... [options]".
func (b *plotBuilder) path(l *plotLine) {
	h := b.head(l, true)
	at := l.peek()
	pts, ok := l.points()
	if !ok {
		return
	}
	if len(pts) < 2 {
		l.errorf(at, "write "+plotHelp.usage[l.kw.Value], "a %s needs at least two points", l.kw.Value)
		return
	}
	o, ok := b.options(l, "tone", "marker", "arrow", "dashed", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	if o.markerSet && h.ID != "" {
		b.c.declareAt(h.ID+".marker", tokenPos(l.kw), "marker", b.p.ID)
	}
	b.add(&diagram.PlotPath{MarkHead: h, Points: pts, Marker: o.marker, Arrow: o.arrow, Dashed: o.dashed})
}

// area converts "area [ID:] under MARK" and "area [ID:] between MARK and
// MARK".
func (b *plotBuilder) area(l *plotLine) {
	h := b.head(l, true, "under", "between")
	usage := "write " + plotHelp.usage["area"]
	out := &diagram.PlotArea{}
	how := l.peek()
	if !isWord(how, "under") && !isWord(how, "between") {
		l.errorf(how, usage, "expected under or between, found %s", describe(how))
		return
	}
	l.i++
	var ok bool
	if out.Upper, ok = b.lineMark(l, usage); !ok {
		return
	}
	if how.Value == "between" {
		if n := l.peek(); !isWord(n, "and") {
			l.errorf(n, usage, "expected and after the first mark, found %s", describe(n))
			return
		}
		l.i++
		if out.Lower, ok = b.lineMark(l, usage); !ok {
			return
		}
	}
	o, ok := b.options(l, "tone", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.tone
	if !o.toneSet {
		h.Tone = b.marks[out.Upper].Mark().Tone
	}
	out.MarkHead = h
	b.add(out)
}

// lineMark reads the id of a curve or path declared earlier in the plot.
func (b *plotBuilder) lineMark(l *plotLine, usage string) (string, bool) {
	t := l.peek()
	if t.Type != tokIdent {
		l.errorf(t, usage, "expected the id of a curve or path, found %s", describe(t))
		return "", false
	}
	l.i++
	m := b.marks[t.Value]
	switch m.(type) {
	case *diagram.Curve, *diagram.PlotPath:
		return t.Value, true
	case nil:
		var ids []string
		for _, mk := range b.p.Marks {
			switch mk.(type) {
			case *diagram.Curve, *diagram.PlotPath:
				if mk.Mark().ID != "" {
					ids = append(ids, mk.Mark().ID)
				}
			}
		}
		hint := didYouMean(t.Value, ids)
		if hint == "" {
			hint = "name a curve or path declared above in this plot, like curve f: y = x^2"
		}
		l.errorf(t, hint, "unknown curve or path %q", t.Value)
	default:
		l.errorf(t, "an area lies under a curve or a path", "%q is not a curve or path", t.Value)
	}
	return "", false
}

// region converts "region [ID:] LHS > RHS [options]".
func (b *plotBuilder) region(l *plotLine) {
	h := b.head(l, false)
	usage := "write " + plotHelp.usage["region"]
	start := l.peek()
	_, toks, ok := l.formula("region", stopAtOption)
	if !ok {
		return
	}
	cmp, depth := -1, 0
	for i, t := range toks {
		switch {
		case isPunct(t, "("):
			depth++
		case isPunct(t, ")"):
			depth--
		case depth == 0 && (isPunct(t, ">") || isPunct(t, "<")) && cmp < 0:
			cmp = i
		}
	}
	if cmp < 0 {
		l.errorf(start, usage, "a region needs an inequality with > or <")
		return
	}
	less := toks[cmp].Value == "<"
	rhsStart := cmp + 1
	if rhsStart < len(toks) && isPunct(toks[rhsStart], "=") {
		rhsStart++
	}
	if cmp == 0 || rhsStart >= len(toks) {
		l.errorf(toks[cmp], usage, "%s needs a formula on both sides", toks[cmp].Value)
		return
	}
	lhs, rhs := l.span(toks[:cmp]), l.span(toks[rhsStart:])
	le, ok1 := b.c.parseFormula(lhs)
	re, ok2 := b.c.parseFormula(rhs)
	if !ok1 || !ok2 {
		return
	}
	if !linear(func(x, y float64) float64 { return le.Eval(x, y) - re.Eval(x, y) }) {
		l.errorf(start, "a region is a half-plane: both sides must be linear in x and y, like 2*x + y - 1 > 0", "region is not a half-plane")
		return
	}
	o, ok := b.options(l, "tone", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	b.add(&diagram.Region{MarkHead: h, Lhs: lhs, Rhs: rhs, Less: less})
}

// linear reports whether f(x, y) = a·x + b·y + c with a or b not zero,
// checked at a few points.
func linear(f func(x, y float64) float64) bool {
	c := f(0, 0)
	a, b := f(1, 0)-c, f(0, 1)-c
	if a == 0 && b == 0 || math.IsNaN(a+b+c) || math.IsInf(a+b+c, 0) {
		return false
	}
	for _, p := range [][2]float64{{2, 3}, {-1.5, 0.7}, {0.3, -2.2}, {5, -4}, {-7, -3}} {
		want := a*p[0] + b*p[1] + c
		if got := f(p[0], p[1]); !(math.Abs(got-want) <= 1e-9*(1+math.Abs(want))) {
			return false
		}
	}
	return true
}

// contour converts "contour [ID:] z = FORMULA [at LEVEL...] [options]".
func (b *plotBuilder) contour(l *plotLine) {
	h := b.head(l, true, "z")
	if !l.equals("z", plotHelp.usage["contour"]) {
		return
	}
	f, _, ok := l.formula("contour", stopAtOption)
	if !ok {
		return
	}
	if _, ok := b.c.parseFormula(f); !ok {
		return
	}
	o, ok := b.options(l, "at", "tone", "dashed", "label")
	if !ok {
		return
	}
	levels := o.levels
	if len(levels) == 0 {
		levels = []float64{0}
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	b.add(&diagram.Contour{MarkHead: h, Z: f, Levels: levels, Dashed: o.dashed})
}

// rule converts "rule [ID:] x = NUMBER" and "rule [ID:] y = FORMULA".
func (b *plotBuilder) rule(l *plotLine) {
	h := b.head(l, true, "x", "y")
	usage := plotHelp.usage["rule"]
	out := &diagram.Rule{}
	axis := l.peek()
	if !isWord(axis, "x") && !isWord(axis, "y") {
		l.errorf(axis, "write "+usage, "expected x = or y =, found %s", describe(axis))
		return
	}
	if !l.equals(axis.Value, usage) {
		return
	}
	f, _, ok := l.formula("rule", stopAtOption)
	if !ok {
		return
	}
	e, ok := b.c.parseFormula(f)
	if !ok {
		return
	}
	switch {
	case axis.Value == "x" && (e.UsesX() || e.UsesY()):
		b.c.errorAt(f.Pos, "a vertical rule is x = a number", "rule x = needs a constant, not a formula in x or y")
		return
	case axis.Value == "x":
		out.Vertical, out.X = true, e.Eval(0, 0)
	case e.UsesY():
		b.c.errorAt(f.Pos, "write y = a constant or a linear formula in x, like y = x", "a rule's formula may not use y")
		return
	case e.UsesX() && !linear(func(x, y float64) float64 { return e.Eval(x, 0) - y }):
		b.c.errorAt(f.Pos, "a rule is a straight line; draw other formulas with curve", "rule y = %s is not a straight line", f.Text)
		return
	default:
		out.Y = f
	}
	o, ok := b.options(l, "tone", "dashed", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), diagram.Muted
	if o.toneSet {
		h.Tone = o.tone
	}
	out.MarkHead, out.Dashed = h, o.dashed
	b.add(out)
}

// label converts `label [ID:] (x, y) "text" [-> (x, y)] [tone T]`.
func (b *plotBuilder) label(l *plotLine) {
	h := b.head(l, true)
	at, ok := l.point()
	if !ok {
		return
	}
	o, ok := b.options(l, "tone", "label", "->")
	if !ok {
		return
	}
	if len(o.labels) == 0 {
		l.errorf(l.kw, "write "+plotHelp.usage["label"], "label needs a text")
		return
	}
	h.Label, h.Tone = o.label(), o.tone
	out := &diagram.PlotLabel{MarkHead: h, At: at}
	if o.to2 != nil {
		out.To, out.Arrow = *o.to2, true
	}
	b.add(out)
}
