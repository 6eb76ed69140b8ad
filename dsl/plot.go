package dsl

import (
	"fmt"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Plot is a plot panel: axes and marks drawn in data coordinates.
//
//	plot ID ["title"] { statements }
//
// Its marks hold formulas in the language of package expr; the grammar
// says where each formula starts and ends (see Formula), and Compile hands
// the formula's text to expr.
type Plot struct {
	Span
	Commented
	ID    Token      `parser:"'plot' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr    `parser:"@@*"`
	Stmts []PlotStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// PlotStmt is one statement inside a plot block: an axis, the size, the
// grid or the legend, a mark, or a *Stray, a line that starts with none of
// them (reported). Each starts with its own word, so the order of
// plotStmts only matters for speed: the commonest come first.
type PlotStmt interface {
	statement
	plotStmt()
}

// plotStmts lists the statements of a plot block in the order the grammar
// tries them.
func plotStmts() []PlotStmt {
	return []PlotStmt{&Scatter{}, &Path{}, &Axis{}, &PlotSize{}, &PlotLabel{}, &Curve{}, &Rule{},
		&PlotGrid{}, &PlotLegend{}, &Contour{}, &Region{}, &Area{}, &Fit{}, &ShapeStmt{}, &DecisionStmt{}, &FieldStmt{}, &PlotAxes{}, &PlotAspect{}, &PointStmt{}, &Stray{}}
}

// unions registers the statements of a plot block with the parser.
func (*Plot) unions() []participle.Option {
	return []participle.Option{participle.Union[PlotStmt](plotStmts()...)}
}

func (*Scatter) plotStmt()    {}
func (*Path) plotStmt()       {}
func (*Axis) plotStmt()       {}
func (*PlotSize) plotStmt()   {}
func (*PlotLabel) plotStmt()  {}
func (*Curve) plotStmt()      {}
func (*Rule) plotStmt()       {}
func (*PlotGrid) plotStmt()   {}
func (*PlotLegend) plotStmt() {}
func (*Contour) plotStmt()    {}
func (*Region) plotStmt()     {}
func (*Area) plotStmt()       {}
func (*Stray) plotStmt()      {}

// Axis is an axis of a plot: x|y|y2 [LO .. HI] ["name"] [log].
type Axis struct {
	Span
	Commented
	Name  string        `parser:"@('x' | 'y' | 'y2')"`
	Lo    []lexer.Token `parser:"( @( Number | ( '-' | '+' ) ( Number | Ident )? | (?! 'log') Ident )"`
	Range string        `parser:"  ( @Range"`
	Hi    []lexer.Token `parser:"    @( Number | ( '-' | '+' ) ( Number | Ident )? | (?! 'log') Ident )? )? )?"`
	Items []*AxisItem   `parser:"@@*"`
	Extra *Stray        `parser:"( (?! EOL) @@ )?"`
}

// AxisItem is the name of an axis or the word log.
type AxisItem struct {
	Span
	Name Token `parser:"@String"`
	Log  bool  `parser:"| @'log'"`
}

// PlotSize is the size of the plot area: size WIDTH HEIGHT.
type PlotSize struct {
	Span
	Commented
	Width  []lexer.Token `parser:"'size' @( Number | ( '-' | '+' ) Number? )?"`
	Height []lexer.Token `parser:"@( Number | ( '-' | '+' ) Number? )?"`
	Extra  *Stray        `parser:"( (?! EOL) @@ )?"`
}

// PlotGrid asks for grid lines: grid.
type PlotGrid struct {
	Span
	Commented
	Extra *Stray `parser:"'grid' @@?"`
}

// PlotLegend asks for a legend of the marks: legend [PLACE], where PLACE
// is none, auto, a corner, or outside right|below (Side holds the second
// word).
type PlotLegend struct {
	Span
	Commented
	Place Token  `parser:"'legend' @Ident?"`
	Side  Token  `parser:"@Ident?"`
	Extra *Stray `parser:"( (?! EOL) @@ )?"`
}

// plotStatements are the words that start a statement in a plot block.
var plotStatements = []string{"x", "y", "y2", "size", "grid", "legend", "curve", "points", "path", "line", "area", "region", "contour", "rule", "label", "fit", "rect", "polygon", "band", "decision", "field", "axes", "aspect", "point"}

var plotHelp = &help{
	keywords: []string{"plot"},
	usage: map[string]string{
		"plot":     `plot ID ["title"] { axes and marks }`,
		"x":        `x LO .. HI ["name"] [log]`,
		"y":        `y LO .. HI ["name"] [log]`,
		"y2":       `y2 [LO .. HI] ["name"] [log]  (a second y axis, on the right, for the marks written with y2)`,
		"grid":     `grid`,
		"axes":     `axes none | x | y | both`,
		"aspect":   `aspect equal`,
		"legend":   `legend [auto | none | top-right | top-left | bottom-right | bottom-left | outside right | outside below]`,
		"curve":    `curve [ID:] y = FORMULA [from A to B] [tone T] [dashed] [y2] ["label"]`,
		"points":   `points [ID:] (x, y)... | blobs seed=7 k=3 n=60 [spread=0.06] [centers] | linspace n=10 y = FORMULA  [marker M] [tone T] [y2] ["label"...]`,
		"path":     `path [ID:] (x, y) (x, y)... [marker dot] [arrow] [dashed] [tone T] [y2] ["label"]`,
		"line":     `line [ID:] (x, y) (x, y)... [marker dot] [arrow] [dashed] [tone T] [y2] ["label"]`,
		"area":     `area [ID:] under MARK [to Y] | between MARK and MARK|Y [tone T] ["label"]`,
		"region":   `region [ID:] FORMULA > FORMULA [tone T] ["label"]  (a half-plane, e.g. 2*x + y - 1 > 0)`,
		"contour":  `contour [ID:] z = FORMULA [at LEVEL...] [tone T] [dashed] ["label"]`,
		"rule":     `rule [ID:] x = NUMBER | y = FORMULA [tone T] [dashed] [y2] ["label"]`,
		"label":    `label [ID:] (x, y) "text" [-> (x, y)] [tone T] [y2]`,
		"point":    `point [ID:] (FORMULA, FORMULA) [marker M] [tone T] ["label"]  (e.g. point now: (count(neg, x >= t) / 6, count(pos, x >= t) / 6))`,
		"rect":     `rect [ID:] (x, y) (x, y) [tone T] ["label"]  (two opposite corners)`,
		"polygon":  `polygon [ID:] (x, y) (x, y) (x, y)... [tone T] ["label"]`,
		"band":     `band [ID:] from A to B [tone T] ["label"]  (a vertical band, A ≤ x ≤ B)`,
		"decision": `decision [ID:] nearest (x, y)... | nearest of POINTS... | linear w = (a, b) b = B | z = FORMULA [at LEVEL]  [tone T | tones T...] ["class"...]`,
		"field":    `field [ID:] p = FORMULA [ramp sequential|diverging] [from LO to HI] [at LEVEL...] [tone T | tones LOW HIGH] ["key title"]`,
		"fit":      `fit [ID:] poly K | linear | logistic | moving N of POINTS [tone T] [dashed] [y2] ["label"]`,
	},
	blocks: map[string][]string{
		"plot": plotStatements,
	},
}

func (*Plot) help() *help { return plotHelp }

// plotBuilder converts one plot.
type plotBuilder struct {
	c     *compiler
	p     *diagram.Plot
	set   map[string]Pos // where x, y, size, grid and legend were set
	marks map[string]diagram.PlotMark
	tones int // marks given a default tone so far
	// y2Uses are the marks written with y2, which need the plot's y2
	// axis, wherever it is declared.
	y2Uses []y2Use
}

// y2Use is a mark written with y2: the word's place and the mark's keyword.
type y2Use struct {
	at Pos
	kw string
}

func (p *Plot) compile(c *compiler) diagram.Panel {
	out := &diagram.Plot{PanelHead: diagram.PanelHead{Pos: c.pos(p.Pos())}}
	if p.ID.Value != "" && c.declare(p.ID, "plot", "") {
		out.ID = p.ID.Value
	}
	c.panelTitle(&out.PanelHead, "plot", p.Attrs)
	b := &plotBuilder{c: c, p: out, set: map[string]Pos{}, marks: map[string]diagram.PlotMark{}}
	for _, st := range p.Stmts {
		b.statement(st)
	}
	if out.Y2 == nil {
		for _, u := range b.y2Uses {
			c.errorf(u.at, "declare the secondary axis in the plot, like y2 0 .. 1 \"name\"", "%s on y2, but the plot has no y2 axis", u.kw)
		}
	}
	return out
}

// statement converts one statement of the plot block.
func (b *plotBuilder) statement(st PlotStmt) {
	switch st := st.(type) {
	case *Axis:
		b.axis(st)
	case *PlotSize:
		b.size(st)
	case *PlotGrid:
		if b.once(st.Tokens[0]) {
			b.p.Grid = true
		}
		b.noMore(st.Tokens[0], st.Extra)
	case *PlotLegend:
		b.legend(st)
	case *Curve:
		b.curve(st)
	case *Scatter:
		b.scatter(st)
	case *Path:
		b.path(st)
	case *Area:
		b.area(st)
	case *Region:
		b.region(st)
	case *Contour:
		b.contour(st)
	case *Rule:
		b.rule(st)
	case *PlotLabel:
		b.label(st)
	case *PointStmt:
		b.formulaPoint(st)
	case *Fit:
		b.fit(st)
	case *ShapeStmt:
		b.shape(st)
	case *DecisionStmt:
		b.decision(st)
	case *PlotAxes:
		b.axesStmt(st)
	case *PlotAspect:
		b.aspect(st)
	case *FieldStmt:
		b.field(st)
	case *Stray:
		kw := st.Tokens[0]
		hint := didYouMean(kw.Value, plotStatements)
		if hint == "" {
			hint = "a plot holds " + quoteList(plotStatements)
		}
		b.c.errorf(tokenPos(kw), hint, "unknown plot statement %s", describe(kw))
	}
}

// once records a statement that may appear once per plot, or reports the
// second one. kw is the statement's first word.
func (b *plotBuilder) once(kw lexer.Token) bool {
	if first, ok := b.set[kw.Value]; ok {
		b.c.errorf(tokenPos(kw), "first at "+b.c.at(first)+"; a plot has one "+kw.Value+" statement", "second %s statement in plot", kw.Value)
		return false
	}
	b.set[kw.Value] = tokenPos(kw)
	return true
}

// noMore reports what follows the end of a statement.
func (b *plotBuilder) noMore(kw lexer.Token, extra *Stray) {
	if extra != nil {
		t := extra.Tokens[0]
		b.c.errorf(tokenPos(t), "write "+plotHelp.usage[kw.Value], "unexpected %s in %s statement", describe(t), kw.Value)
	}
}

// numberHint is the hint for a number of a plot statement.
const numberHint = "write a plain number such as 12 or -0.5"

// axis converts "x LO .. HI ["name"] [log]".
func (b *plotBuilder) axis(ax *Axis) {
	c := b.c
	kw := ax.Tokens[0]
	if !b.once(kw) {
		return
	}
	a := &b.p.X
	switch ax.Name {
	case "y":
		a = &b.p.Y
	case "y2":
		b.p.Y2 = &diagram.Axis{}
		a = b.p.Y2
	}
	a.Pos = c.pos(ax.Pos())
	ranged := false
	if ax.Lo != nil {
		lo, ok := b.constant(ax.Lo, kw, ax.Name+" range start")
		if !ok {
			return
		}
		if ax.Range == "" {
			r := c.found(last(ax.Lo))
			c.errorf(tokenPos(r), "write a range as LO .. HI, e.g. "+ax.Name+" -3 .. 3", "expected .. after %s range start, found %s", ax.Name, describe(r))
			return
		}
		hi, ok := b.constant(ax.Hi, c.found(last(ax.Lo)), ax.Name+" range end")
		if !ok {
			return
		}
		a.Lo, a.Hi, ranged = lo, hi, true
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
		c.errorf(tokenPos(t), "write "+plotHelp.usage[ax.Name], "unexpected %s in %s axis", describe(t), ax.Name)
		return
	}
	switch {
	case ranged && a.Lo >= a.Hi:
		c.errorf(tokenPos(ax.Lo[0]), fmt.Sprintf("write the smaller value first, like %s %g .. %g", ax.Name, min(a.Lo, a.Hi), max(a.Lo, a.Hi)),
			"%s range %g .. %g is empty", ax.Name, a.Lo, a.Hi)
	case a.Log && ranged && a.Lo <= 0:
		c.errorf(tokenPos(ax.Lo[0]), fmt.Sprintf("a log scale needs a range above 0, like %s 0.01 .. 100", ax.Name),
			"%s log scale starts at %g", ax.Name, a.Lo)
	}
}

// size converts "size W H", the size of the plot area in px.
func (b *plotBuilder) size(sz *PlotSize) {
	c := b.c
	kw := sz.Tokens[0]
	if !b.once(kw) {
		return
	}
	const hint = "write size WIDTH HEIGHT in px, e.g. size 360 240 (each from 80 to 2000)"
	w, ok := c.signed(sz.Width, kw, "plot width", numberHint)
	if !ok {
		return
	}
	h, ok := c.signed(sz.Height, last(sz.Width), "plot height", numberHint)
	if !ok {
		return
	}
	switch {
	case w < 80 || w > 2000:
		c.errorf(tokenPos(sz.Width[0]), hint, "plot width %g is out of range", w)
	case h < 80 || h > 2000:
		c.errorf(tokenPos(sz.Height[0]), hint, "plot height %g is out of range", h)
	default:
		b.p.Width, b.p.Height = w, h
	}
	b.noMore(kw, sz.Extra)
}

// legend converts "legend [PLACE]"; a legend with no place is placed by
// the layout (auto).
func (b *plotBuilder) legend(lg *PlotLegend) {
	kw := lg.Tokens[0]
	if !b.once(kw) {
		return
	}
	b.p.Legend = diagram.LegendAuto
	if t := lg.Place; t.Value != "" {
		name := t.Value
		if lg.Side.Value != "" {
			name += " " + lg.Side.Value
		}
		place, ok := diagram.ParseLegendPlace(name)
		switch {
		case ok:
			b.p.Legend = place
		case t.Value == "outside" && lg.Side.Value == "":
			b.c.errorf(tokenPos(t), "write legend outside right or legend outside below", "legend outside needs a side")
			return
		case t.Value == "outside":
			b.c.errorf(tokenPos(lg.Side), enumHint(lg.Side.Value, "the sides outside", []string{"right", "below"}), "unknown side %q of legend outside", lg.Side.Value)
			return
		case lg.Side.Value != "":
			if _, ok := diagram.ParseLegendPlace(t.Value); ok {
				b.c.errorf(tokenPos(lg.Side), "write "+plotHelp.usage["legend"], "unexpected %q after legend %s", lg.Side.Value, t.Value)
				return
			}
			fallthrough
		default:
			b.c.errorf(tokenPos(t), enumHint(t.Value, "legend places", diagram.LegendPlaceNames()), "unknown legend place %q", t.Value)
			return
		}
	}
	b.noMore(kw, lg.Extra)
}

// PlotAxes says which axes are drawn: axes none | x | y | both.
type PlotAxes struct {
	Span
	Commented
	Which Token  `parser:"'axes' @Ident?"`
	Extra *Stray `parser:"( (?! EOL) @@ )?"`
}

// PlotAspect fixes the ratio of the axes' units: aspect equal.
type PlotAspect struct {
	Span
	Commented
	Value Token  `parser:"'aspect' @Ident?"`
	Extra *Stray `parser:"( (?! EOL) @@ )?"`
}

func (*PlotAxes) plotStmt()   {}
func (*PlotAspect) plotStmt() {}

// axesStmt converts "axes none | x | y | both".
func (b *plotBuilder) axesStmt(st *PlotAxes) {
	kw := st.Tokens[0]
	if !b.once(kw) {
		return
	}
	t := st.Which
	if t.Value == "" {
		b.c.errorf(tokenPos(b.c.found(kw)), "write "+plotHelp.usage["axes"], "axes needs none, x, y or both")
		return
	}
	k, ok := diagram.ParseAxesKind(t.Value)
	if !ok {
		b.c.errorf(tokenPos(t), enumHint(t.Value, "axes", diagram.AxesKindNames()), "unknown axes %q", t.Value)
		return
	}
	b.p.Axes = k
	b.noMore(kw, st.Extra)
}

// aspect converts "aspect equal".
func (b *plotBuilder) aspect(st *PlotAspect) {
	kw := st.Tokens[0]
	if !b.once(kw) {
		return
	}
	if t := st.Value; t.Value != "equal" {
		at := t
		if t.Value == "" {
			at = b.c.found(kw)
		}
		b.c.errorf(tokenPos(at), "write aspect equal, for one data unit as long on both axes", "unknown aspect %s", describe(at))
		return
	}
	b.p.AspectEqual = true
	b.noMore(kw, st.Extra)
}
