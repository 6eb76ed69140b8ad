package dsl

import (
	"fmt"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Plot is a plot panel: axes and marks drawn in data coordinates.
//
//	plot ID ["title"] { statements }
//
// Its statements hold formulas, so the grammar keeps each one as a list of
// tokens and the conversion reads them (see plotLine).
type Plot struct {
	Span
	ID    *Ident      `parser:"'plot' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @@ )?"`
	Attrs []*Attr     `parser:"@@*"`
	Stmts []*PlotStmt `parser:"'{' EOL* ( @@ ( EOL+ @@? )* )? '}'"`
}

// PlotStmt is one statement inside a plot block, kept as its tokens.
type PlotStmt struct {
	Span
	Words []string `parser:"@~(EOL | '{' | '}')+"`
}

// plotStatements are the words that start a statement in a plot block.
var plotStatements = []string{"x", "y", "size", "grid", "legend", "curve", "points", "path", "line", "area", "region", "contour", "rule", "label"}

var plotHelp = &help{
	keywords: []string{"plot"},
	usage: map[string]string{
		"plot":    `plot ID ["title"] { axes and marks }`,
		"x":       `x LO .. HI ["name"] [log]`,
		"y":       `y LO .. HI ["name"] [log]`,
		"grid":    `grid`,
		"curve":   `curve [ID:] y = FORMULA [from A to B] [tone T] [dashed] ["label"]`,
		"points":  `points [ID:] (x, y)... | blobs seed=7 k=3 n=60 [spread=0.06] [centers] | linspace n=10 y = FORMULA  [marker M] [tone T] ["label"...]`,
		"path":    `path [ID:] (x, y) (x, y)... [marker dot] [arrow] [dashed] [tone T] ["label"]`,
		"line":    `line [ID:] (x, y) (x, y)... [marker dot] [arrow] [dashed] [tone T] ["label"]`,
		"area":    `area [ID:] under MARK | between MARK and MARK [tone T] ["label"]`,
		"region":  `region [ID:] FORMULA > FORMULA [tone T] ["label"]  (a half-plane, e.g. 2*x + y - 1 > 0)`,
		"contour": `contour [ID:] z = FORMULA [at LEVEL...] [tone T] [dashed] ["label"]`,
		"rule":    `rule [ID:] x = NUMBER | y = FORMULA [tone T] [dashed] ["label"]`,
		"label":   `label [ID:] (x, y) "text" [-> (x, y)] [tone T]`,
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
}

func (p *Plot) compile(c *compiler) diagram.Panel {
	out := &diagram.Plot{PanelHead: diagram.PanelHead{Pos: c.pos(p.Pos())}}
	if p.ID != nil && c.declare(p.ID, "plot", "") {
		out.ID = p.ID.Name
	}
	c.panelTitle(&out.PanelHead, "plot", p.Attrs)
	b := &plotBuilder{c: c, p: out, set: map[string]Pos{}, marks: map[string]diagram.PlotMark{}}
	for _, st := range p.Stmts {
		b.statement(newPlotLine(c, st.Tokens))
	}
	return out
}

// statement converts one statement of the plot block.
func (b *plotBuilder) statement(l *plotLine) {
	kw := l.kw
	switch {
	case isWord(kw, "x"), isWord(kw, "y"):
		b.axis(l)
	case isWord(kw, "size"):
		b.size(l)
	case isWord(kw, "grid"):
		if b.once(l) {
			b.p.Grid = true
		}
		b.noMore(l)
	case isWord(kw, "legend"):
		b.legend(l)
	case isWord(kw, "curve"):
		b.curve(l)
	case isWord(kw, "points"):
		b.scatter(l)
	case isWord(kw, "path"), isWord(kw, "line"):
		b.path(l)
	case isWord(kw, "area"):
		b.area(l)
	case isWord(kw, "region"):
		b.region(l)
	case isWord(kw, "contour"):
		b.contour(l)
	case isWord(kw, "rule"):
		b.rule(l)
	case isWord(kw, "label"):
		b.label(l)
	default:
		hint := didYouMean(kw.Value, plotStatements)
		if hint == "" {
			hint = "a plot holds " + quoteList(plotStatements)
		}
		l.errorf(kw, hint, "unknown plot statement %s", describe(kw))
	}
}

// once records a statement that may appear once per plot, or reports the
// second one.
func (b *plotBuilder) once(l *plotLine) bool {
	if first, ok := b.set[l.kw.Value]; ok {
		l.errorf(l.kw, "first at "+b.c.at(first)+"; a plot has one "+l.kw.Value+" statement", "second %s statement in plot", l.kw.Value)
		return false
	}
	b.set[l.kw.Value] = tokenPos(l.kw)
	return true
}

// noMore reports tokens left over at the end of a statement.
func (b *plotBuilder) noMore(l *plotLine) {
	if !l.done() {
		t := l.peek()
		l.errorf(t, "write "+plotHelp.usage[l.kw.Value], "unexpected %s in %s statement", describe(t), l.kw.Value)
	}
}

// axis converts "x LO .. HI ["name"] [log]".
func (b *plotBuilder) axis(l *plotLine) {
	if !b.once(l) {
		return
	}
	a := &b.p.X
	if l.kw.Value == "y" {
		a = &b.p.Y
	}
	a.Pos = b.c.pos(tokenPos(l.kw))
	var loTok lexer.Token
	ranged := false
	if t := l.peek(); t.Type == tokNumber || isPunct(t, "-") || isPunct(t, "+") {
		loTok = t
		lo, ok := l.number(l.kw.Value + " range start")
		if !ok {
			return
		}
		if r := l.peek(); r.Type != tokRange {
			l.errorf(r, "write a range as LO .. HI, e.g. "+l.kw.Value+" -3 .. 3", "expected .. after %s range start, found %s", l.kw.Value, describe(r))
			return
		}
		l.i++
		hi, ok := l.number(l.kw.Value + " range end")
		if !ok {
			return
		}
		a.Lo, a.Hi, ranged = lo, hi, true
	}
	for !l.done() {
		t := l.peek()
		switch {
		case t.Type == tokString && a.Name == "":
			a.Name = b.c.strAt(t.Value, tokenPos(t))
		case t.Type == tokString:
			l.errorf(t, "an axis has one name", "second name for axis %s", l.kw.Value)
		case isWord(t, "log"):
			a.Log = true
		default:
			l.errorf(t, "write "+plotHelp.usage[l.kw.Value], "unexpected %s in %s axis", describe(t), l.kw.Value)
			return
		}
		l.i++
	}
	switch {
	case ranged && a.Lo >= a.Hi:
		l.errorf(loTok, fmt.Sprintf("write the smaller value first, like %s %g .. %g", l.kw.Value, min(a.Lo, a.Hi), max(a.Lo, a.Hi)),
			"%s range %g .. %g is empty", l.kw.Value, a.Lo, a.Hi)
	case a.Log && ranged && a.Lo <= 0:
		l.errorf(loTok, fmt.Sprintf("a log scale needs a range above 0, like %s 0.01 .. 100", l.kw.Value),
			"%s log scale starts at %g", l.kw.Value, a.Lo)
	}
}

// size converts "size W H", the size of the plot area in px.
func (b *plotBuilder) size(l *plotLine) {
	if !b.once(l) {
		return
	}
	const hint = "write size WIDTH HEIGHT in px, e.g. size 360 240 (each from 80 to 2000)"
	wt := l.peek()
	w, ok := l.number("plot width")
	if !ok {
		return
	}
	ht := l.peek()
	h, ok := l.number("plot height")
	if !ok {
		return
	}
	switch {
	case w < 80 || w > 2000:
		l.errorf(wt, hint, "plot width %g is out of range", w)
	case h < 80 || h > 2000:
		l.errorf(ht, hint, "plot height %g is out of range", h)
	default:
		b.p.Width, b.p.Height = w, h
	}
	b.noMore(l)
}

// legend converts "legend [corner]".
func (b *plotBuilder) legend(l *plotLine) {
	if !b.once(l) {
		return
	}
	b.p.Legend = diagram.LegendTopRight
	if t := l.peek(); t.Type == tokIdent {
		place, ok := diagram.ParseLegendPlace(t.Value)
		if !ok {
			l.errorf(t, enumHint(t.Value, "legend places", diagram.LegendPlaceNames()), "unknown legend place %q", t.Value)
			return
		}
		b.p.Legend = place
		l.i++
	}
	b.noMore(l)
}
