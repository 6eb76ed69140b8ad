package dsl

import (
	"math"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// The marks of a plot. Each one starts with its keyword and an optional
// id ("ID:" always; a bare ID too when the word is not one that starts the
// mark's body), then its body, then options in any order (MarkOption).
// Parts are optional in the grammar wherever Compile can say better what
// is missing.

// Curve is a function of x: curve [ID:] y = FORMULA [options].
type Curve struct {
	Span
	Commented
	ID      Token         `parser:"'curve' ( @Ident ':' | (?! 'y') @Ident )?"`
	Y       *Equation     `parser:"@@?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Scatter is a set of points: points [ID:] then (x, y) pairs, blobs with
// their settings, or linspace n=N y = FORMULA, then options.
type Scatter struct {
	Span
	Commented
	ID       Token         `parser:"'points' ( @Ident ':' | (?! 'blobs' | 'linspace') @Ident )?"`
	Points   []*XY         `parser:"( @@+"`
	Blobs    *Blobs        `parser:"| @@"`
	Linspace *Linspace     `parser:"| @@ )?"`
	Options  []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra    *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Blobs are random clusters: blobs seed=7 k=3 n=60 [spread=0.06].
type Blobs struct {
	Span
	Settings []*Setting `parser:"'blobs' @@*"`
}

// Linspace samples a formula at evenly spaced x: linspace n=10 y = FORMULA.
type Linspace struct {
	Span
	Settings []*Setting `parser:"'linspace' @@*"`
	Y        *Equation  `parser:"@@?"`
}

// Setting is key=value after blobs or linspace.
type Setting struct {
	Span
	Key   Token         `parser:"(?! 'y') @Ident '='"`
	Value []lexer.Token `parser:"@( Number | ( '-' | '+' ) Number? )?"`
}

// Path is a polyline through points: path|line [ID:] (x, y)... [options].
type Path struct {
	Span
	Commented
	Kind    string        `parser:"@('path' | 'line')"`
	ID      Token         `parser:"( @Ident ':'? )?"`
	Points  []*XY         `parser:"@@*"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Area fills under a curve or path, between two, or between one and a
// constant y: area [ID:] under MARK [to Y] | between MARK and MARK|Y
// [options]. Y is a number or a named constant.
type Area struct {
	Span
	Commented
	ID      Token         `parser:"'area' ( @Ident ':' | (?! 'under' | 'between') @Ident )?"`
	How     string        `parser:"( @('under' | 'between')"`
	Upper   Token         `parser:"  @Ident?"`
	And     bool          `parser:"  ( @'and'"`
	Lower   Token         `parser:"    ( @Ident"`
	LowerY  []lexer.Token `parser:"    | @( Number | ( '-' | '+' ) Number? ) )? )?"`
	To      bool          `parser:"  ( @'to'"`
	ToY     []lexer.Token `parser:"    @( Number | ( '-' | '+' ) Number? | Ident )? )? )?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Region is a half-plane: region [ID:] FORMULA > FORMULA [options] (or <,
// with an optional = after it).
type Region struct {
	Span
	Commented
	ID      Token         `parser:"'region' ( @Ident ':' )?"`
	Lhs     *Side         `parser:"@@?"`
	Cmp     string        `parser:"( @('<' | '>')"`
	Eq      bool          `parser:"  @'='?"`
	Rhs     *Formula      `parser:"  @@? )?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Contour is a level line of a formula in x and y:
// contour [ID:] z = FORMULA [at LEVEL...] [options].
type Contour struct {
	Span
	Commented
	ID      Token         `parser:"'contour' ( @Ident ':' | (?! 'z') @Ident )?"`
	Z       *Equation     `parser:"@@?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Rule is a straight line across the plot:
// rule [ID:] x = NUMBER | y = FORMULA [options].
type Rule struct {
	Span
	Commented
	ID      Token         `parser:"'rule' ( @Ident ':' | (?! 'x' | 'y') @Ident )?"`
	Line    *Equation     `parser:"@@?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// PlotLabel is a text at a point, with an optional leader:
// label [ID:] (x, y) "text" [-> (x, y)] [tone T].
type PlotLabel struct {
	Span
	Commented
	ID      Token         `parser:"'label' ( @Ident ':'? )?"`
	At      *XY           `parser:"@@?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// Equation is NAME = FORMULA, as in y = x^2 + 1; Eq is false and Formula
// nil when the statement stops short.
type Equation struct {
	Span
	Var     Token    `parser:"@Ident"`
	Eq      bool     `parser:"( @'='"`
	Formula *Formula `parser:"  @@? )?"`
}

// XY is a point (x, y) in data coordinates: X and Y are the tokens of
// each number (an optional sign and the number, or a named constant). The parts after "(" are
// optional in the grammar, so that Compile can say which is missing.
type XY struct {
	Span
	X []lexer.Token `parser:"'(' @( Number | ( '-' | '+' ) ( Number | Ident )? | Ident )?"`
	Y []lexer.Token `parser:"( ',' @( Number | ( '-' | '+' ) ( Number | Ident )? | Ident )? ')'? )?"`
}

// Comma reports whether the point has the comma after x.
func (p *XY) Comma() bool { return len(p.Tokens) > 1+len(p.X) }

// Closed reports whether the point has its closing parenthesis.
func (p *XY) Closed() bool { return len(p.Tokens) > 2+len(p.X)+len(p.Y) }

// MarkOption is one option after a mark's body: a label, a leader -> (x,
// y), tone T, marker M, dashed, arrow, centers, at LEVEL... or from A to B.
// Which ones a mark takes, Compile checks. The words label and labels are
// taken, and ignored, by the marks that take labels.
type MarkOption struct {
	Span
	Label  Token       `parser:"@String"`
	Leader *Leader     `parser:"| @@"`
	Tone   *ToneAttr   `parser:"| @@"`
	Marker *MarkerAttr `parser:"| @@"`
	Flag   string      `parser:"| @('dashed' | 'arrow' | 'centers' | 'label' | 'labels' | 'y2')"`
	Levels *Levels     `parser:"| @@"`
	Range  *FromTo     `parser:"| @@"`
	Tones  *TonesAttr  `parser:"| @@"`
	Ramp   *RampAttr   `parser:"| @@"`
}

// Leader is the arrow from a label to a point: -> (x, y).
type Leader struct {
	Span
	To *XY `parser:"'->' @@?"`
}

// MarkerAttr is the option marker NAME; Name is empty when no name follows.
type MarkerAttr struct {
	Span
	Name Token `parser:"'marker' @Ident?"`
}

// Levels are the levels of a contour: at LEVEL..., separated by spaces or
// commas.
type Levels struct {
	Span
	Items []*LevelItem `parser:"'at' @@*"`
}

// LevelItem is a level (a number or a named constant) or a comma.
type LevelItem struct {
	Span
	Comma bool          `parser:"@','"`
	Value []lexer.Token `parser:"| @( Number | ( '-' | '+' ) Number? )"`
	Const *Name         `parser:"| @@"`
}

// FromTo is the x range of a curve: from A to B.
type FromTo struct {
	Span
	From []lexer.Token `parser:"'from' @( Number | ( '-' | '+' ) ( Number | Ident )? | (?! 'to') Ident )?"`
	To   bool          `parser:"( @'to'"`
	Upto []lexer.Token `parser:"  @( Number | ( '-' | '+' ) ( Number | Ident )? | Ident )? )?"`
}

// defaultTones are the tones marks take in turn when none is written.
var defaultTones = []diagram.Tone{diagram.Accent, diagram.Info, diagram.Warn, diagram.Good, diagram.Bad}

// nextTone returns the next default tone of the plot.
func (b *plotBuilder) nextTone() diagram.Tone {
	t := defaultTones[b.tones%len(defaultTones)]
	b.tones++
	return t
}

// head declares a mark's id, if any, and returns the mark's head with the
// position just after the id (and its colon).
func (b *plotBuilder) head(toks []lexer.Token, id Token) (diagram.MarkHead, Pos) {
	kw := toks[0]
	h := diagram.MarkHead{Pos: b.c.pos(tokenPos(kw))}
	if id.Value == "" {
		return h, tokenEnd(kw)
	}
	after := tokenEnd(id)
	if len(toks) > 2 && isPunct(toks[2], ":") {
		after = tokenEnd(toks[2])
	}
	if b.c.declare(id, kw.Value, b.p.ID) {
		h.ID = id.Value
	}
	return h, after
}

// add appends a mark to the plot and remembers it by id.
func (b *plotBuilder) add(m diagram.PlotMark) {
	b.p.Marks = append(b.p.Marks, m)
	if id := m.Mark().ID; id != "" {
		b.marks[id] = m
		if s, ok := m.(*diagram.Scatter); ok && len(s.Points) > 0 {
			if b.c.sets == nil {
				b.c.sets = map[string][]diagram.XY{}
			}
			b.c.sets[id] = s.Points
		}
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
	tones     []diagram.Tone
	ramp      diagram.RampKind
	y2        bool // drawn against the secondary y axis
}

// options converts a mark's options. allowed lists the option words the
// mark takes, plus "label" (one string), "labels" (several) and "->" (a
// leader arrow). Anything else, and extra, is reported as what the mark
// does not take.
func (b *plotBuilder) options(kw string, opts []*MarkOption, extra *Stray, allowed ...string) (markOptions, bool) {
	var o markOptions
	c := b.c
	usage := "write " + plotHelp.usage[kw]
	notTaken := func(t lexer.Token) (markOptions, bool) {
		hint := usage
		if t.Type == tokIdent {
			hint = joinHint(didYouMean(t.Value, allowed), usage)
		}
		c.errorf(tokenPos(t), hint, "%s does not take %s", kw, describe(t))
		return o, false
	}
	for _, op := range opts {
		t := op.Tokens[0]
		switch {
		case op.Label.Value != "" && (contains(allowed, "labels") || contains(allowed, "label") && len(o.labels) == 0):
			o.labels = append(o.labels, c.str(op.Label))
		case op.Label.Value != "" && contains(allowed, "label"):
			c.errorf(op.Pos(), "a "+kw+" has one label", "second label for %s", kw)
			return o, false
		case op.Leader != nil && contains(allowed, "->"):
			p, ok := b.point(op.Leader.To, tokenEnd(t))
			if !ok {
				return o, false
			}
			o.to2 = &p
		case t.Type != tokIdent || !contains(allowed, t.Value):
			return notTaken(t)
		case op.Tone != nil:
			n := op.Tone.Name
			if n.Value == "" {
				c.errorf(op.Pos(), "tones are "+joinWords(diagram.ToneNames()), "tone needs a name")
				return o, false
			}
			tone, ok := diagram.ParseTone(n.Value)
			if !ok {
				c.errorf(tokenPos(n), enumHint(n.Value, "tones", diagram.ToneNames()), "unknown tone %q", n.Value)
				return o, false
			}
			o.tone, o.toneSet = tone, true
		case op.Marker != nil:
			n := op.Marker.Name
			if n.Value == "" {
				c.errorf(op.Pos(), "markers are "+joinWords(diagram.MarkerNames()), "marker needs a name")
				return o, false
			}
			m, ok := diagram.ParseMarker(n.Value)
			if !ok || m == diagram.NoMarker {
				c.errorf(tokenPos(n), enumHint(n.Value, "markers", diagram.MarkerNames()), "unknown marker %q", n.Value)
				return o, false
			}
			o.marker, o.markerSet = m, true
		case op.Tones != nil:
			tones, ok := b.toneList(op.Tones)
			if !ok {
				return o, false
			}
			o.tones = append(o.tones, tones...)
		case op.Ramp != nil:
			n := op.Ramp.Name
			if n.Value == "" {
				c.errorf(op.Pos(), "ramps are "+joinWords(diagram.RampKindNames()), "ramp needs a name")
				return o, false
			}
			r, ok := diagram.ParseRampKind(n.Value)
			if !ok {
				c.errorf(tokenPos(n), enumHint(n.Value, "ramps", diagram.RampKindNames()), "unknown ramp %q", n.Value)
				return o, false
			}
			o.ramp = r
		case op.Flag == "dashed":
			o.dashed = true
		case op.Flag == "y2":
			o.y2 = true
			b.y2Uses = append(b.y2Uses, y2Use{tokenPos(t), kw})
		case op.Flag == "arrow":
			o.arrow = true
		case op.Flag == "centers":
			o.centers = true
		case op.Levels != nil:
			levels, stray, ok := b.levels(op.Levels)
			o.levels = append(o.levels, levels...)
			if stray != nil {
				// A level with a plus sign right after another level
				// ends the levels; the sign is no option.
				return notTaken(*stray)
			}
			if !ok {
				return o, false
			}
		case op.Range != nil:
			r := op.Range
			lo, ok := b.constant(r.From, t, kw+" start")
			if !ok {
				return o, false
			}
			if !r.To {
				n := c.found(last(r.From))
				c.errorf(tokenPos(n), "write from A to B, e.g. from -2 to 2", "expected to after from, found %s", describe(n))
				return o, false
			}
			hi, ok := b.constant(r.Upto, c.found(last(r.From)), kw+" end")
			if !ok {
				return o, false
			}
			if lo >= hi {
				c.errorf(op.Pos(), "write the smaller value first", "%s range from %g to %g is empty", kw, lo, hi)
				return o, false
			}
			o.from, o.to, o.ranged = lo, hi, true
		}
	}
	if extra != nil {
		return notTaken(extra.Tokens[0])
	}
	return o, true
}

// levels converts "at LEVEL...": levels separated by spaces or commas. A
// level written with a plus sign right after another level is not one;
// levels returns its sign token as stray.
func (b *plotBuilder) levels(ls *Levels) ([]float64, *lexer.Token, bool) {
	c := b.c
	var out []float64
	prev := ls.Tokens[0] // the last token read
	want := true         // a level must come next
	for _, it := range ls.Items {
		switch {
		case it.Comma && want:
			c.signed(nil, prev, "contour level", numberHint)
			return out, nil, false
		case it.Comma:
			want, prev = true, it.Tokens[0]
			continue
		case it.Const != nil:
			v, ok := b.constant([]lexer.Token{it.Const.Name}, prev, "level")
			if !ok {
				return out, nil, false
			}
			out = append(out, v)
			want, prev = false, it.Const.Name
			continue
		case !want && it.Value[0].Value == "+":
			t := it.Tokens[0]
			return out, &t, false
		}
		v, ok := c.signed(it.Value, prev, "contour level", numberHint)
		if !ok {
			return out, nil, false
		}
		out = append(out, v)
		want, prev = false, last(it.Value)
	}
	if want {
		c.signed(nil, prev, "contour level", numberHint)
		return out, nil, false
	}
	return out, nil, true
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

// point converts (x, y), which follows the position after.
func (b *plotBuilder) point(xy *XY, after Pos) (diagram.XY, bool) {
	c := b.c
	const hint = "write a point as (x, y), e.g. (1.5, -2)"
	expected := func(what string, t lexer.Token) (diagram.XY, bool) {
		c.errorf(tokenPos(t), hint, "expected %q, found %s", what, describe(t))
		return diagram.XY{}, false
	}
	if xy == nil {
		return expected("(", c.next(after))
	}
	x, ok := b.constant(xy.X, xy.Tokens[0], "x")
	if !ok {
		return diagram.XY{}, false
	}
	if !xy.Comma() {
		return expected(",", c.found(xy.Tokens[len(xy.X)]))
	}
	comma := xy.Tokens[1+len(xy.X)]
	y, ok := b.constant(xy.Y, comma, "y")
	if !ok {
		return diagram.XY{}, false
	}
	if !xy.Closed() {
		return expected(")", c.found(xy.Tokens[1+len(xy.X)+len(xy.Y)]))
	}
	return diagram.XY{X: x, Y: y}, true
}

// points converts a list of points.
func (b *plotBuilder) points(list []*XY) ([]diagram.XY, bool) {
	var out []diagram.XY
	for _, xy := range list {
		p, ok := b.point(xy, NoPos)
		if !ok {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}

// equation checks NAME = FORMULA, which follows the position after, and
// returns the formula. what names the statement in a missing formula's
// message.
func (b *plotBuilder) equation(eq *Equation, name, usage, what string, after Pos) (diagram.Formula, bool) {
	c := b.c
	if eq == nil || eq.Var.Value != name {
		t := c.next(after)
		c.errorf(tokenPos(t), "write "+usage, "expected %s = FORMULA, found %s", name, describe(t))
		return diagram.Formula{}, false
	}
	if !eq.Eq {
		t := c.found(eq.Var)
		c.errorf(tokenPos(t), "write "+usage, "expected %q, found %s", "=", describe(t))
		return diagram.Formula{}, false
	}
	if eq.Formula == nil {
		t := c.found(c.found(eq.Var))
		c.errorf(tokenPos(t), "write a formula such as x^2 + 1", "missing %s formula", what)
		return diagram.Formula{}, false
	}
	return c.formula(eq.Formula.Span), true
}

// formula returns the source text of a formula's tokens and its position.
func (c *compiler) formula(s Span) diagram.Formula {
	text := string(c.file.src.src[s.Pos().Offset():s.End().Offset()])
	return diagram.Formula{Text: strings.TrimSpace(text), Pos: c.pos(s.Pos())}
}

// curve converts "curve [ID:] y = FORMULA [options]".
func (b *plotBuilder) curve(cv *Curve) {
	h, after := b.head(cv.Tokens, cv.ID)
	f, ok := b.equation(cv.Y, "y", plotHelp.usage["curve"], "curve", after)
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
	o, ok := b.options("curve", cv.Options, cv.Extra, "tone", "dashed", "from", "label", "y2")
	if !ok {
		return
	}
	h.Label, h.Tone, h.Y2 = o.label(), o.toneOr(b.nextTone), o.y2
	b.add(&diagram.Curve{MarkHead: h, Y: f, From: o.from, To: o.to, Dashed: o.dashed})
}

// scatter converts a points statement.
func (b *plotBuilder) scatter(sc *Scatter) {
	c := b.c
	kw := sc.Tokens[0]
	h, after := b.head(sc.Tokens, sc.ID)
	out := &diagram.Scatter{Marker: diagram.MarkerDot}
	switch {
	case sc.Points != nil:
		pts, ok := b.points(sc.Points)
		if !ok {
			return
		}
		out.Points = pts
	case sc.Blobs != nil:
		gen := sc.Blobs.Tokens[0]
		vals, ok := b.settings(sc.Blobs.Settings, gen, []string{"seed", "k", "n", "spread"}, []string{"seed", "k", "n"})
		if !ok {
			return
		}
		out.Blobs = &diagram.Blobs{Seed: uint64(vals["seed"]), K: int(vals["k"]), N: int(vals["n"]), Spread: vals["spread"]}
	case sc.Linspace != nil:
		ls := sc.Linspace
		gen := ls.Tokens[0]
		vals, ok := b.settings(ls.Settings, gen, []string{"n"}, []string{"n"})
		if !ok {
			return
		}
		last := tokenEnd(gen)
		if n := len(ls.Settings); n > 0 {
			last = ls.Settings[n-1].End()
		}
		f, ok := b.equation(ls.Y, "y", plotHelp.usage["points"], "points", last)
		if !ok {
			return
		}
		if _, ok := c.parseFormula(f); !ok {
			return
		}
		out.Sampled = &diagram.Sampled{N: int(vals["n"]), Y: f}
	default:
		src := c.next(after)
		c.errorf(tokenPos(src), "write "+plotHelp.usage["points"], "points need data: (x, y) pairs, blobs or linspace; found %s", describe(src))
		return
	}
	o, ok := b.options("points", sc.Options, sc.Extra, "tone", "marker", "centers", "labels", "y2")
	if !ok {
		return
	}
	h.Y2 = o.y2
	if o.centers && out.Blobs == nil {
		c.errorf(sc.Pos(), "only blobs have centers", "centers needs blobs")
		return
	}
	out.Centers = o.centers
	if o.markerSet {
		out.Marker = o.marker
	}
	switch {
	case len(o.labels) > 1 && (out.Blobs == nil || len(o.labels) != out.Blobs.K):
		c.errorf(sc.Pos(), "give one label, or one per class of blobs (k labels)", "%d labels for points with %d classes", len(o.labels), classCount(out))
		return
	case len(o.labels) > 1:
		out.Classes = o.labels
	default:
		h.Label = o.label()
	}
	h.Tone = o.toneOr(b.nextTone)
	out.MarkHead = h
	// Each class, and each centre, is an element of its own.
	c.declareParts(h.ID, out.Parts(), tokenPos(kw), b.p.ID)
	b.add(out)
}

func classCount(s *diagram.Scatter) int {
	if s.Blobs != nil {
		return s.Blobs.K
	}
	return 1
}

// settings converts the key=value settings after a generator word gen,
// checks them and returns their values. Whole-number settings (all but
// spread) are checked for range.
func (b *plotBuilder) settings(list []*Setting, gen lexer.Token, keys, required []string) (map[string]float64, bool) {
	c := b.c
	vals := map[string]float64{}
	for _, st := range list {
		k := st.Key
		v, ok := c.signed(st.Value, c.found(k), k.Value, numberHint)
		if !ok {
			return nil, false
		}
		if !contains(keys, k.Value) {
			c.errorf(tokenPos(k), joinHint(didYouMean(k.Value, keys), gen.Value+" takes "+joinWords(keys)), "unknown %s setting %q", gen.Value, k.Value)
			return nil, false
		}
		switch k.Value {
		case "seed":
			ok = b.wholeNumber(k, v, 0, 1<<31)
		case "k":
			ok = b.wholeNumber(k, v, 1, 8)
		case "n":
			ok = b.wholeNumber(k, v, 1, 2000)
		case "spread":
			if v <= 0 || v > 1 {
				c.errorf(tokenPos(k), "spread is a fraction of the range, above 0 and at most 1", "spread %g is out of range", v)
				ok = false
			}
		}
		if !ok {
			return nil, false
		}
		vals[k.Value] = v
	}
	for _, r := range required {
		if _, ok := vals[r]; !ok {
			c.errorf(tokenPos(gen), "write "+plotHelp.usage["points"], "%s needs %s=", gen.Value, r)
			return nil, false
		}
	}
	return vals, true
}

// wholeNumber checks that the value v of the setting k is a whole number in
// [lo, hi].
func (b *plotBuilder) wholeNumber(k Token, v float64, lo, hi int) bool {
	if v != float64(int(v)) || v < float64(lo) || v > float64(hi) {
		b.c.errorf(tokenPos(k), "write a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi), "%s must be a whole number from %d to %d", k.Value, lo, hi)
		return false
	}
	return true
}

// path converts "path [ID:] (x, y)... [options]".
func (b *plotBuilder) path(p *Path) {
	kw := p.Kind
	h, after := b.head(p.Tokens, p.ID)
	pts, ok := b.points(p.Points)
	if !ok {
		return
	}
	if len(pts) < 2 {
		at := b.c.next(after)
		b.c.errorf(tokenPos(at), "write "+plotHelp.usage[kw], "a %s needs at least two points", kw)
		return
	}
	o, ok := b.options(kw, p.Options, p.Extra, "tone", "marker", "arrow", "dashed", "label", "y2")
	if !ok {
		return
	}
	h.Label, h.Tone, h.Y2 = o.label(), o.toneOr(b.nextTone), o.y2
	out := &diagram.PlotPath{MarkHead: h, Points: pts, Marker: o.marker, Arrow: o.arrow, Dashed: o.dashed}
	b.c.declareParts(h.ID, out.Parts(), p.Pos(), b.p.ID)
	b.add(out)
}

// area converts "area [ID:] under MARK" and "area [ID:] between MARK and
// MARK".
func (b *plotBuilder) area(a *Area) {
	c := b.c
	h, after := b.head(a.Tokens, a.ID)
	usage := "write " + plotHelp.usage["area"]
	out := &diagram.PlotArea{}
	if a.How == "" {
		how := c.next(after)
		c.errorf(tokenPos(how), usage, "expected under or between, found %s", describe(how))
		return
	}
	how := c.next(after)
	var ok bool
	if out.Upper, ok = b.lineMark(a.Upper, how, usage); !ok {
		return
	}
	options := a.Options
	switch {
	case a.To && (a.How == "between" || a.And):
		at := a.Tokens[0]
		for _, t := range a.Tokens {
			if t.Value == "to" && t.Type == tokIdent {
				at = t
			}
		}
		c.errorf(tokenPos(at), usage, "to Y follows under MARK; between takes a second mark or a constant after and")
		return
	case a.To:
		to := c.found(a.Upper)
		if out.Base, ok = b.constant(a.ToY, to, "area base"); !ok {
			return
		}
		out.HasBase = true
	case a.How == "between" && !a.And:
		n := c.found(a.Upper)
		c.errorf(tokenPos(n), usage, "expected and after the first mark, found %s", describe(n))
		return
	case a.How == "between" && a.LowerY != nil:
		if out.Base, ok = b.constant(a.LowerY, c.found(a.Upper), "area base"); !ok {
			return
		}
		out.HasBase = true
	case a.How == "between" && a.Lower.Value != "" && b.marks[a.Lower.Value] == nil && b.isConst(a.Lower.Value):
		out.Base, out.HasBase = b.c.consts[a.Lower.Value], true
	case a.How == "between":
		if out.Lower, ok = b.lineMark(a.Lower, c.found(a.Upper), usage); !ok {
			return
		}
	case a.And:
		// "and" after under starts the options, which do not take it.
		_, ok := b.options("area", nil, &Stray{Span: Span{Tokens: []lexer.Token{c.found(a.Upper)}}}, "tone", "label")
		if !ok {
			return
		}
	}
	o, ok := b.options("area", options, a.Extra, "tone", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.tone
	if !o.toneSet {
		h.Tone = b.marks[out.Upper].Mark().Tone
	}
	// An area lies on the axis of its lines, which must share one.
	h.Y2 = b.marks[out.Upper].Mark().Y2
	if out.Lower != "" && b.marks[out.Lower].Mark().Y2 != h.Y2 {
		c.errorf(tokenPos(a.Lower), "shade between two lines on the same y axis, or draw both on y2", "area between %s on %s and %s on %s", out.Upper, axisName(h.Y2), out.Lower, axisName(!h.Y2))
		return
	}
	out.MarkHead = h
	b.add(out)
}

// axisName names the y axis a mark is drawn against.
func axisName(y2 bool) string {
	if y2 {
		return "y2"
	}
	return "y"
}

// isConst reports whether name is a named constant of the file.
func (b *plotBuilder) isConst(name string) bool {
	_, ok := b.c.consts[name]
	return ok
}

// constant converts a number or the name of a constant, either with an
// optional sign (-delta), which follows the token after; what names it in
// errors.
func (b *plotBuilder) constant(toks []lexer.Token, after lexer.Token, what string) (float64, bool) {
	c := b.c
	if n := len(toks); n > 0 && toks[n-1].Type == tokIdent {
		name := toks[n-1]
		v, ok := c.consts[name.Value]
		if !ok {
			var names []string
			for n := range c.consts {
				names = append(names, n)
			}
			hint := didYouMean(name.Value, sortedNames(names))
			if hint == "" {
				hint = "write a number, or a constant declared with let at the top of the file"
			}
			c.errorf(tokenPos(name), hint, "unknown constant %q", name.Value)
			return 0, false
		}
		if n == 2 && toks[0].Value == "-" {
			v = -v
		}
		return v, true
	}
	return c.signed(toks, after, what, "write a number such as 0 or 0.5, or a constant declared with let")
}

// lineMark converts the id of a curve or path declared earlier in the plot,
// which follows the token after.
func (b *plotBuilder) lineMark(id Token, after lexer.Token, usage string) (string, bool) {
	c := b.c
	if id.Value == "" {
		t := c.found(after)
		c.errorf(tokenPos(t), usage, "expected the id of a curve or path, found %s", describe(t))
		return "", false
	}
	switch b.marks[id.Value].(type) {
	case *diagram.Curve, *diagram.PlotPath, *diagram.Fit:
		return id.Value, true
	case nil:
		var ids []string
		for _, mk := range b.p.Marks {
			switch mk.(type) {
			case *diagram.Curve, *diagram.PlotPath, *diagram.Fit:
				if mk.Mark().ID != "" {
					ids = append(ids, mk.Mark().ID)
				}
			}
		}
		hint := didYouMean(id.Value, ids)
		if hint == "" {
			hint = "name a curve or path declared above in this plot, like curve f: y = x^2"
		}
		c.errorf(tokenPos(id), hint, "unknown curve or path %q", id.Value)
	default:
		c.errorf(tokenPos(id), "an area lies under a curve or a path", "%q is not a curve or path", id.Value)
	}
	return "", false
}

// region converts "region [ID:] LHS > RHS [options]".
func (b *plotBuilder) region(r *Region) {
	c := b.c
	h, after := b.head(r.Tokens, r.ID)
	usage := "write " + plotHelp.usage["region"]
	start := c.next(after)
	if r.Lhs == nil && r.Cmp == "" {
		c.errorf(tokenPos(start), "write a formula such as x^2 + 1", "missing region formula")
		return
	}
	if r.Cmp == "" {
		c.errorf(tokenPos(start), usage, "a region needs an inequality with > or <")
		return
	}
	cmp := start
	if r.Lhs != nil {
		cmp = c.next(r.Lhs.End())
	}
	if r.Lhs == nil || r.Rhs == nil {
		c.errorf(tokenPos(cmp), usage, "%s needs a formula on both sides", r.Cmp)
		return
	}
	lhs, rhs := c.formula(r.Lhs.Span), c.formula(r.Rhs.Span)
	le, ok1 := c.parseFormula(lhs)
	re, ok2 := c.parseFormula(rhs)
	if !ok1 || !ok2 {
		return
	}
	if !linear(func(x, y float64) float64 { return le.Eval(x, y) - re.Eval(x, y) }) {
		c.errorf(tokenPos(start), "a region is a half-plane: both sides must be linear in x and y, like 2*x + y - 1 > 0", "region is not a half-plane")
		return
	}
	o, ok := b.options("region", r.Options, r.Extra, "tone", "label")
	if !ok {
		return
	}
	h.Label, h.Tone = o.label(), o.toneOr(b.nextTone)
	b.add(&diagram.Region{MarkHead: h, Lhs: lhs, Rhs: rhs, Less: r.Cmp == "<"})
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
func (b *plotBuilder) contour(ct *Contour) {
	h, after := b.head(ct.Tokens, ct.ID)
	f, ok := b.equation(ct.Z, "z", plotHelp.usage["contour"], "contour", after)
	if !ok {
		return
	}
	if _, ok := b.c.parseFormula(f); !ok {
		return
	}
	o, ok := b.options("contour", ct.Options, ct.Extra, "at", "tone", "dashed", "label")
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
func (b *plotBuilder) rule(ru *Rule) {
	c := b.c
	h, after := b.head(ru.Tokens, ru.ID)
	usage := plotHelp.usage["rule"]
	out := &diagram.Rule{}
	if ru.Line == nil || ru.Line.Var.Value != "x" && ru.Line.Var.Value != "y" {
		axis := c.next(after)
		c.errorf(tokenPos(axis), "write "+usage, "expected x = or y =, found %s", describe(axis))
		return
	}
	axis := ru.Line.Var.Value
	f, ok := b.equation(ru.Line, axis, usage, "rule", after)
	if !ok {
		return
	}
	e, ok := c.parseFormula(f)
	if !ok {
		return
	}
	switch {
	case axis == "x" && (e.UsesX() || e.UsesY()):
		c.errorAt(f.Pos, "a vertical rule is x = a number", "rule x = needs a constant, not a formula in x or y")
		return
	case axis == "x":
		out.Vertical, out.X = true, e.Eval(0, 0)
		if len(e.ConstNames()) > 0 {
			out.XFormula = f
		}
	case e.UsesY():
		c.errorAt(f.Pos, "write y = a constant or a linear formula in x, like y = x", "a rule's formula may not use y")
		return
	case e.UsesX() && !linear(func(x, y float64) float64 { return e.Eval(x, 0) - y }):
		c.errorAt(f.Pos, "a rule is a straight line; draw other formulas with curve", "rule y = %s is not a straight line", f.Text)
		return
	default:
		out.Y = f
	}
	o, ok := b.options("rule", ru.Options, ru.Extra, "tone", "dashed", "label", "y2")
	if !ok {
		return
	}
	h.Label, h.Tone, h.Y2 = o.label(), diagram.Muted, o.y2
	if o.toneSet {
		h.Tone = o.tone
	}
	out.MarkHead, out.Dashed = h, o.dashed
	b.add(out)
}

// label converts `label [ID:] (x, y) "text" [-> (x, y)] [tone T]`.
func (b *plotBuilder) label(lb *PlotLabel) {
	h, after := b.head(lb.Tokens, lb.ID)
	at, ok := b.point(lb.At, after)
	if !ok {
		return
	}
	o, ok := b.options("label", lb.Options, lb.Extra, "tone", "label", "->", "y2")
	if !ok {
		return
	}
	if len(o.labels) == 0 {
		b.c.errorf(lb.Pos(), "write "+plotHelp.usage["label"], "label needs a text")
		return
	}
	h.Label, h.Tone, h.Y2 = o.label(), o.tone, o.y2
	if !b.textFormulas(lb.Options, h.Label) {
		return
	}
	out := &diagram.PlotLabel{MarkHead: h, At: at}
	if o.to2 != nil {
		out.To, out.Arrow = *o.to2, true
	}
	b.add(out)
}

// textFormulas checks the formulas written in braces in the text of a
// label, as in "TP = {count(pos, x >= t)}", each reported where it is in
// the file; a brace that is not closed is reported too.
func (b *plotBuilder) textFormulas(opts []*MarkOption, text string) bool {
	var at Pos
	for _, o := range opts {
		if o.Label.Value != "" {
			at = tokenPos(o.Label)
			break
		}
	}
	ok := true
	for i := 0; i < len(text); {
		open := strings.IndexByte(text[i:], '{')
		if open < 0 {
			break
		}
		open += i
		p := at + Pos(2+open) // past the quote and the brace
		end := strings.IndexByte(text[open:], '}')
		if end < 0 {
			b.c.errorf(p-1, "close the formula with }, like \"t = {t}\"", "formula in a label has no closing }")
			return false
		}
		end += open
		f := diagram.Formula{Text: text[open+1 : end], Pos: b.c.pos(p)}
		if strings.TrimSpace(f.Text) == "" {
			b.c.errorf(p, "write a formula between the braces, like {t} or {count(pos, x >= t)}", "empty formula in a label")
			ok = false
		} else if e, good := b.c.parseFormula(f); !good {
			ok = false
		} else if e.UsesX() || e.UsesY() {
			b.c.errorf(p, "a label shows a number: use constants, parameters and count(SET, CONDITION), not x or y", "formula in a label uses x or y")
			ok = false
		}
		i = end + 1
	}
	return ok
}
