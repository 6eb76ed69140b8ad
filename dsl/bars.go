package dsl

import (
	"fmt"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Bars is a bar chart panel: one bar per category, of one value or of one
// value per series.
//
//	bars ID ["title"] {
//	  horizontal
//	  stacked
//	  value 0 .. 100 "share of variance" [log]
//	  series p50 "p50" tone info
//	  series p99 "p99" tone warn
//	  tok "Tokenize" 3 9 error 1 2
//	}
type Bars struct {
	Span
	Commented
	ID    Token     `parser:"'bars' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr   `parser:"@@*"`
	Stmts []BarStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// BarStmt is one statement of a bars block: a *ChartFlag, a *ChartValue,
// a *ChartSetting, a *ChartSize, a *BarSeries, a *BarLine, or a *Stray, a
// line that starts with none of them (reported).
type BarStmt interface {
	statement
	barStmt()
}

// unions registers the statements of a bars block with the parser.
func (*Bars) unions() []participle.Option {
	return []participle.Option{participle.Union[BarStmt](&ChartFlag{}, &ChartValue{}, &ChartSetting{}, &ChartSize{}, &BarSeries{}, &BarLine{}, &Stray{})}
}

func (*ChartFlag) barStmt()    {}
func (*ChartValue) barStmt()   {}
func (*ChartSetting) barStmt() {}
func (*ChartSize) barStmt()    {}
func (*BarSeries) barStmt()    {}
func (*BarLine) barStmt()      {}
func (*Stray) barStmt()        {}

// ChartFlag is a word that sets a switch of a chart: horizontal, stacked
// or density.
type ChartFlag struct {
	Span
	Commented
	Word  string `parser:"@('horizontal' | 'stacked' | 'density')"`
	Extra *Stray `parser:"( (?! EOL) @@ )?"`
}

// ChartValue is a chart's value axis, or a histogram's x axis:
// value|x [LO .. HI] ["name"] [log].
type ChartValue struct {
	Span
	Commented
	Name  string        `parser:"@('value' | 'x')"`
	Lo    []lexer.Token `parser:"( @( Number | ( '-' | '+' ) Number? )"`
	Range string        `parser:"  ( @Range"`
	Hi    []lexer.Token `parser:"    @( Number | ( '-' | '+' ) Number? )? )? )?"`
	Items []*AxisItem   `parser:"@@*"`
	Extra *Stray        `parser:"( (?! EOL) @@ )?"`
}

// ChartSetting is a setting of a chart with one value: baseline NUMBER,
// unit "text", values off, bins N | bins width W, y "name".
type ChartSetting struct {
	Span
	Commented
	Key   string        `parser:"@('baseline' | 'unit' | 'values' | 'bins' | 'y')"`
	Width bool          `parser:"@'width'?"`
	Text  Token         `parser:"( @String"`
	Word  Token         `parser:"| @Ident"`
	Value []lexer.Token `parser:"| @( Number | ( '-' | '+' ) Number? ) )?"`
	Extra *Stray        `parser:"( (?! EOL) @@ )?"`
}

// ChartSize is the size of a chart's area: size WIDTH [HEIGHT].
type ChartSize struct {
	Span
	Commented
	Width  []lexer.Token `parser:"'size' @( Number | ( '-' | '+' ) Number? )?"`
	Height []lexer.Token `parser:"@( Number | ( '-' | '+' ) Number? )?"`
	Extra  *Stray        `parser:"( (?! EOL) @@ )?"`
}

// BarSeries declares a series of a bar chart: series ID ["label"] [tone T].
type BarSeries struct {
	Span
	Commented
	ID    Token       `parser:"'series' ( (?! 'tone') @Ident )?"`
	Attrs []*ItemAttr `parser:"@@*"`
	Extra *Stray      `parser:"( (?! EOL) @@ )?"`
}

// BarLine is one bar: its id, then its label, values, errors and tone:
// ID ["label"] VALUE... [error E...] [tone T].
type BarLine struct {
	Span
	Commented
	ID    Token      `parser:"@Ident"`
	Parts []*BarPart `parser:"@@*"`
	Extra *Stray     `parser:"( (?! EOL) @@ )?"`
}

// BarPart is one part of a bar line: its label, a value, its errors or its
// tone.
type BarPart struct {
	Span
	Label  Token         `parser:"@String"`
	Value  []lexer.Token `parser:"| @( Number | ( '-' | '+' ) Number? )"`
	Errors *BarErrors    `parser:"| @@"`
	Tone   *ToneAttr     `parser:"| @@"`
}

// BarErrors are the half-widths of a bar's error bars, one per value:
// error E....
type BarErrors struct {
	Span
	Values []*Number `parser:"'error' @@*"`
}

// Number is a number with an optional sign, one of a run of numbers.
type Number struct {
	Span
	Value []lexer.Token `parser:"@( Number | ( '-' | '+' ) Number? )"`
}

// barStatements are the words that start a statement in a bars block.
var barStatements = []string{"horizontal", "stacked", "value", "baseline", "unit", "values", "size", "series"}

var barsHelp = &help{
	keywords: []string{"bars"},
	usage: map[string]string{
		"bars":       `bars ID ["title"] { settings, series and bars }`,
		"horizontal": `horizontal  (bars run to the right; categories down the side)`,
		"stacked":    `stacked  (the series stack, in declared order, instead of standing side by side)`,
		"value":      `value [LO .. HI] ["name"] [log]`,
		"baseline":   `baseline NUMBER  (where the bars start; 0 when not written)`,
		"unit":       `unit "text"  (follows each value label, e.g. unit "%")`,
		"values":     `values off  (no value labels)`,
		"size":       `size WIDTH HEIGHT  (the chart area in px)`,
		"series":     `series ID ["label"] [tone T]`,
		"":           `ID ["label"] VALUE... [error E...] [tone T]  (a bar, e.g. pc1 "PC1" 42.5)`,
	},
	blocks: map[string][]string{
		"bars": append([]string{""}, barStatements...),
	},
}

func (*Bars) help() *help { return barsHelp }

// chartBuilder holds what the builders of bars, histograms and splits
// share: the compiler, the help of the kind and where each statement
// that may appear once was set.
type chartBuilder struct {
	c     *compiler
	kind  string
	help  *help
	set   map[string]Pos
	tones int // default tones given so far
}

func newChartBuilder(c *compiler, kind string, h *help) *chartBuilder {
	return &chartBuilder{c: c, kind: kind, help: h, set: map[string]Pos{}}
}

// once records a statement that may appear once, or reports the second.
func (b *chartBuilder) once(kw lexer.Token) bool {
	if first, ok := b.set[kw.Value]; ok {
		b.c.errorf(tokenPos(kw), "first at "+b.c.at(first)+"; a "+b.kind+" has one "+kw.Value+" statement", "second %s statement in %s", kw.Value, b.kind)
		return false
	}
	b.set[kw.Value] = tokenPos(kw)
	return true
}

// noMore reports what follows the end of a statement.
func (b *chartBuilder) noMore(kw lexer.Token, extra *Stray) bool {
	if extra == nil {
		return true
	}
	t := extra.Tokens[0]
	b.c.errorf(tokenPos(t), "write "+b.help.usage[kw.Value], "unexpected %s in %s statement", describe(t), kw.Value)
	return false
}

// nextTone returns the next of the default tones.
func (b *chartBuilder) nextTone() diagram.Tone {
	t := defaultTones[b.tones%len(defaultTones)]
	b.tones++
	return t
}

// stray reports a line that starts no statement of the block.
func (b *chartBuilder) stray(st *Stray, words []string) {
	kw := st.Tokens[0]
	hint := didYouMean(kw.Value, words)
	if hint == "" {
		hint = "write " + b.help.usage[""]
		if kw.Type == tokString {
			hint = "a line starts with its id: " + b.help.usage[""]
		}
	}
	b.c.errorf(tokenPos(kw), hint, "unexpected %s in %s", lineWord(kw), b.kind)
}

// axis converts "value|x [LO .. HI] ["name"] [log]" into a.
func (b *chartBuilder) axis(ax *ChartValue, a *diagram.Axis) {
	c := b.c
	kw := ax.Tokens[0]
	if !b.once(kw) {
		return
	}
	a.Pos = c.pos(ax.Pos())
	usage := b.help.usage[ax.Name]
	if ax.Lo != nil {
		lo, ok := c.signed(ax.Lo, kw, ax.Name+" range start", numberHint)
		if !ok {
			return
		}
		if ax.Range == "" {
			r := c.found(last(ax.Lo))
			c.errorf(tokenPos(r), "write a range as LO .. HI, e.g. "+ax.Name+" 0 .. 100", "expected .. after %s range start, found %s", ax.Name, describe(r))
			return
		}
		hi, ok := c.signed(ax.Hi, c.found(last(ax.Lo)), ax.Name+" range end", numberHint)
		if !ok {
			return
		}
		if lo >= hi {
			c.errorf(tokenPos(ax.Lo[0]), fmt.Sprintf("write the smaller value first, like %s %g .. %g", ax.Name, min(lo, hi), max(lo, hi)),
				"%s range %g .. %g is empty", ax.Name, lo, hi)
			return
		}
		a.Lo, a.Hi = lo, hi
	}
	for _, it := range ax.Items {
		switch {
		case it.Name.Value != "" && a.Name == "":
			a.Name = c.str(it.Name)
		case it.Name.Value != "":
			c.errorf(it.Pos(), "an axis has one name", "second name for axis %s", ax.Name)
		default:
			a.Log = true
		}
	}
	if ax.Extra != nil {
		t := ax.Extra.Tokens[0]
		c.errorf(tokenPos(t), "write "+usage, "unexpected %s in %s axis", describe(t), ax.Name)
		return
	}
	if a.Log && a.Lo != a.Hi && a.Lo <= 0 {
		c.errorf(tokenPos(ax.Lo[0]), fmt.Sprintf("a log scale needs a range above 0, like %s 0.01 .. 100", ax.Name),
			"%s log scale starts at %g", ax.Name, a.Lo)
	}
}

// size converts "size W [H]" into the chart's width and height.
func (b *chartBuilder) size(sz *ChartSize, w, h *float64, lo float64) {
	c := b.c
	kw := sz.Tokens[0]
	if !b.once(kw) {
		return
	}
	// The usage says what the size measures, in px; the hint adds the range.
	hint := fmt.Sprintf("write %s, each from %g to 2000", b.help.usage["size"], lo)
	if h == nil {
		hint = fmt.Sprintf("write %s, from %g to 2000", b.help.usage["size"], lo)
	}
	vw, ok := c.signed(sz.Width, kw, b.kind+" width", numberHint)
	if !ok {
		return
	}
	if vw < lo || vw > 2000 {
		c.errorf(tokenPos(sz.Width[0]), hint, "%s width %g is out of range", b.kind, vw)
		return
	}
	*w = vw
	if h == nil {
		b.noMore(kw, sz.Extra)
		return
	}
	if sz.Height != nil {
		vh, ok := c.signed(sz.Height, last(sz.Width), b.kind+" height", numberHint)
		if !ok {
			return
		}
		if vh < lo || vh > 2000 {
			c.errorf(tokenPos(sz.Height[0]), hint, "%s height %g is out of range", b.kind, vh)
			return
		}
		*h = vh
	}
	b.noMore(kw, sz.Extra)
}

// numbers converts a run of signed numbers; after is the token before the
// run, for errors.
func (c *compiler) numbers(list []*Number, after lexer.Token, what string) ([]float64, bool) {
	out := make([]float64, 0, len(list))
	for _, n := range list {
		v, ok := c.signed(n.Value, after, what, numberHint)
		if !ok {
			return nil, false
		}
		out = append(out, v)
		after = last(n.Value)
	}
	return out, true
}

func (p *Bars) compile(c *compiler) diagram.Panel {
	out := &diagram.Bars{PanelHead: diagram.PanelHead{Pos: c.pos(p.Pos())}}
	if p.ID.Value != "" && c.declare(p.ID, "bars", "") {
		out.ID = p.ID.Value
	}
	c.panelTitle(&out.PanelHead, "bars", p.Attrs)
	b := newChartBuilder(c, "bars", barsHelp)
	var lines []*BarLine
	for _, st := range p.Stmts {
		switch st := st.(type) {
		case *ChartFlag:
			kw := st.Tokens[0]
			switch {
			case st.Word == "density":
				c.errorf(tokenPos(kw), "only a histogram takes density", "bars do not take density")
			case !b.once(kw):
			case st.Word == "horizontal":
				out.Horizontal = true
			default:
				out.Stacked = true
			}
			b.noMore(kw, st.Extra)
		case *ChartValue:
			if st.Name == "x" {
				c.errorf(st.Pos(), "the axis of a bar chart's values is written value [LO .. HI] [\"name\"] [log]", "bars have no x axis")
				continue
			}
			b.axis(st, &out.Value)
		case *ChartSetting:
			b.barSetting(st, out)
		case *ChartSize:
			b.size(st, &out.Width, &out.Height, 80)
		case *BarSeries:
			if len(lines) > 0 {
				c.errorf(st.Pos(), "declare the series first, then the bars", "series after the first bar")
				continue
			}
			if s := b.series(st, out.ID); s != nil {
				out.Series = append(out.Series, s)
			}
		case *BarLine:
			lines = append(lines, st)
		case *Stray:
			b.stray(st, barStatements)
		}
	}
	for _, l := range lines {
		if bar := b.bar(l, out); bar != nil {
			out.Items = append(out.Items, bar)
		}
	}
	if len(lines) == 0 {
		c.errorf(p.Pos(), "write "+barsHelp.usage[""]+" inside the braces", "bars has no bars")
	}
	if out.Stacked && len(out.Series) == 0 {
		c.errorf(tokenPos(p.Tokens[0]), "declare the series that stack with "+barsHelp.usage["series"]+", or leave out stacked", "stacked bars need series")
	}
	return out
}

// barSetting converts baseline, unit and values.
func (b *chartBuilder) barSetting(st *ChartSetting, out *diagram.Bars) {
	c := b.c
	kw := st.Tokens[0]
	usage := "write " + barsHelp.usage[kw.Value]
	if st.Key == "bins" || st.Key == "y" {
		c.errorf(tokenPos(kw), "only a histogram takes "+st.Key, "bars do not take %s", st.Key)
		return
	}
	if !b.once(kw) {
		return
	}
	if st.Width {
		c.errorf(tokenPos(st.Tokens[1]), usage, "unexpected \"width\" in %s statement", kw.Value)
		return
	}
	switch st.Key {
	case "baseline":
		v, ok := c.signed(st.Value, kw, "baseline", numberHint)
		if ok {
			out.Baseline = v
		}
	case "unit":
		if st.Text.Value == "" {
			c.errorf(tokenPos(c.found(kw)), usage, "unit needs a text in quotes, found %s", lineWord(c.found(kw)))
			return
		}
		out.Unit = c.str(st.Text)
	case "values":
		if st.Word.Value != "off" {
			t := c.found(kw)
			c.errorf(tokenPos(t), usage, "expected off after values, found %s", lineWord(t))
			return
		}
		out.NoValues = true
	}
	b.noMore(kw, st.Extra)
}

// series converts "series ID ["label"] [tone T]".
func (b *chartBuilder) series(st *BarSeries, panel string) *diagram.BarSeries {
	c := b.c
	kw := st.Tokens[0]
	if st.ID.Value == "" {
		t := c.found(kw)
		c.errorf(tokenPos(t), "write "+barsHelp.usage["series"], "series needs an id, found %s", lineWord(t))
		return nil
	}
	s := &diagram.BarSeries{ID: st.ID.Value, Pos: c.pos(st.Pos())}
	label, tone, ok := b.labelTone(st.Attrs, "series", s.ID)
	if !ok || !b.noMore(kw, st.Extra) || !c.declare(st.ID, "series", panel) {
		return nil
	}
	s.Label = label
	s.Tone = b.toneOr(tone)
	return s
}

// labelTone converts the label and tone of an item line.
func (b *chartBuilder) labelTone(attrs []*ItemAttr, what, id string) (label string, tone *diagram.Tone, ok bool) {
	c := b.c
	for _, a := range attrs {
		switch {
		case a.Label.Value != "" && label == "":
			label = c.str(a.Label)
		case a.Label.Value != "":
			c.errorf(a.Pos(), `a `+what+` has one label; break lines with \n`, "second label for %s %q", what, id)
			return "", nil, false
		case tone == nil:
			t, ok := c.toneName(a.Tone)
			if !ok {
				return "", nil, false
			}
			tone = &t
		default:
			c.errorf(a.Pos(), "a "+what+" has one tone", "second tone for %s %q", what, id)
			return "", nil, false
		}
	}
	return label, tone, true
}

// toneOr returns the tone written, or the next default tone.
func (b *chartBuilder) toneOr(t *diagram.Tone) diagram.Tone {
	if t != nil {
		return *t
	}
	return b.nextTone()
}

// bar converts one bar line of the chart out.
func (b *chartBuilder) bar(l *BarLine, out *diagram.Bars) *diagram.Bar {
	c := b.c
	usage := "write " + barsHelp.usage[""]
	bar := &diagram.Bar{ID: l.ID.Value, Pos: c.pos(l.Pos())}
	var tone, errs, label *BarPart
	prev := l.ID
	for _, p := range l.Parts {
		switch {
		case p.Label.Value != "":
			if label != nil {
				c.errorf(p.Pos(), `a bar has one label; break lines with \n`, "second label for bar %q", bar.ID)
				return nil
			}
			if len(bar.Values) > 0 {
				c.errorf(p.Pos(), "write the label before the values: "+barsHelp.usage[""], "label after the values of bar %q", bar.ID)
				return nil
			}
			label = p
			bar.Label = c.str(p.Label)
		case p.Value != nil:
			if errs != nil || tone != nil {
				c.errorf(p.Pos(), "write the values together, before error and tone: "+barsHelp.usage[""], "value after the %s of bar %q", p0(errs, tone), bar.ID)
				return nil
			}
			v, ok := c.signed(p.Value, prev, "bar value", numberHint)
			if !ok {
				return nil
			}
			bar.Values = append(bar.Values, v)
		case p.Errors != nil:
			if errs != nil {
				c.errorf(p.Pos(), "write every error after one error, one per value", "second error for bar %q", bar.ID)
				return nil
			}
			errs = p
			kw := p.Errors.Tokens[0]
			vs, ok := c.numbers(p.Errors.Values, kw, "error")
			if !ok {
				return nil
			}
			if len(vs) == 0 {
				t := c.found(kw)
				c.errorf(tokenPos(t), "write error E, one half-width per value, e.g. error 0.5", "error needs a number, found %s", lineWord(t))
				return nil
			}
			bar.Errors = vs
		default:
			if tone != nil {
				c.errorf(p.Pos(), "a bar has one tone", "second tone for bar %q", bar.ID)
				return nil
			}
			tone = p
			t, ok := c.toneName(p.Tone)
			if !ok {
				return nil
			}
			bar.Tone = t
		}
		prev = p.Tokens[len(p.Tokens)-1]
	}
	if l.Extra != nil {
		t := l.Extra.Tokens[0]
		hint := didYouMean(t.Value, []string{"error", "tone"})
		if hint == "" {
			hint = usage
		}
		c.errorf(tokenPos(t), hint, "unexpected %s in bar %q", lineWord(t), bar.ID)
		return nil
	}
	want := max(len(out.Series), 1)
	switch {
	case len(bar.Values) == 0:
		t := c.found(prev)
		c.errorf(tokenPos(t), fmt.Sprintf("write its value after the label, e.g. %s \"label\" 12", bar.ID), "bar %q needs a value, found %s", bar.ID, lineWord(t))
		return nil
	case len(bar.Values) != want && len(out.Series) > 0:
		c.errorf(l.Pos(), fmt.Sprintf("write one value for each of the %d series (%s), in their order", want, seriesIDs(out.Series)), "bar %q has %d values for %d series", bar.ID, len(bar.Values), want)
		return nil
	case len(bar.Values) != want:
		c.errorf(l.Pos(), "a bar has one value; to give several, declare the series first: "+barsHelp.usage["series"], "bar %q has %d values", bar.ID, len(bar.Values))
		return nil
	case errs != nil && len(bar.Errors) != len(bar.Values):
		c.errorf(errs.Pos(), fmt.Sprintf("write one error for each of the %d values", len(bar.Values)), "bar %q has %d errors for %d values", bar.ID, len(bar.Errors), len(bar.Values))
		return nil
	case tone != nil && len(out.Series) > 0:
		c.errorf(tone.Pos(), "the bars of a chart with series take the tones of their series", "bar %q of a chart with series has a tone", bar.ID)
		return nil
	}
	for _, e := range bar.Errors {
		if e < 0 {
			c.errorf(errs.Pos(), "an error is the half-width of the error bar, 0 or more", "error %g of bar %q is negative", e, bar.ID)
			return nil
		}
	}
	if out.Value.Log {
		for _, v := range bar.Values {
			if v <= 0 {
				c.errorf(l.Pos(), "a log scale shows values above 0 only; leave out log for zero or negative values", "bar %q has value %g on a log scale", bar.ID, v)
				return nil
			}
		}
	}
	if len(out.Items) == diagram.MaxBars {
		c.errorf(l.Pos(), fmt.Sprintf("a chart holds at most %d bars; bin the data, or split it into several charts", diagram.MaxBars), "too many bars in chart")
		return nil
	}
	if !c.declare(l.ID, "bar", out.ID) {
		return nil
	}
	// Each series' bar of the category is an element of its own,
	// id.series, which the animation may grow alone.
	for _, part := range out.Parts() {
		c.declareAt(diagram.SubID(l.ID.Value, part), tokenPos(l.ID), "bar", out.ID)
	}
	if tone == nil && len(out.Series) == 0 {
		bar.Tone = diagram.Accent
	}
	return bar
}

// p0 names the part of a bar line that came first of errs and tone.
func p0(errs, tone *BarPart) string {
	if errs != nil {
		return "error"
	}
	return "tone"
}

// seriesIDs lists the ids of a chart's series for hints.
func seriesIDs(list []*diagram.BarSeries) string {
	ids := make([]string, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	return joinWords(ids)
}
