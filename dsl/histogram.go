package dsl

import (
	"fmt"
	"math"

	"github.com/alecthomas/participle/v2"

	"github.com/aiprep/diag/diagram"
)

// Histogram is a histogram panel: the raw values of one or more series
// counted in the bins of one shared grid.
//
//	histogram ID ["title"] {
//	  bins width 5
//	  x 0 .. 60 "session length (min)"
//	  density
//	  control "control" tone info { 12 15 17.5 21 }
//	  treatment "treatment" { 14 19 22 }
//	}
type Histogram struct {
	Span
	Commented
	ID    Token      `parser:"'histogram' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr    `parser:"@@*"`
	Stmts []HistStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// HistStmt is one statement of a histogram block: a *ChartFlag, a
// *ChartValue, a *ChartSetting, a *ChartSize, a *HistSeries, or a *Stray,
// a line that starts with none of them (reported).
type HistStmt interface {
	statement
	histStmt()
}

// unions registers the statements of a histogram block with the parser.
func (*Histogram) unions() []participle.Option {
	return []participle.Option{participle.Union[HistStmt](&ChartFlag{}, &ChartValue{}, &ChartSetting{}, &ChartSize{}, &HistSeries{}, &Stray{})}
}

func (*ChartFlag) histStmt()    {}
func (*ChartValue) histStmt()   {}
func (*ChartSetting) histStmt() {}
func (*ChartSize) histStmt()    {}
func (*HistSeries) histStmt()   {}
func (*Stray) histStmt()        {}

// HistSeries is one series of a histogram: its id, label and tone, and its
// raw values between braces, on one line or several:
// ID ["label"] [tone T] { VALUE... }.
type HistSeries struct {
	Span
	Commented
	ID     Token       `parser:"@Ident"`
	Attrs  []*ItemAttr `parser:"@@*"`
	Values []*Number   `parser:"'{' ( @@ | EOL )* '}'"`
}

// histStatements are the words that start a statement in a histogram.
var histStatements = []string{"bins", "density", "x", "y", "size"}

var histHelp = &help{
	keywords: []string{"histogram"},
	usage: map[string]string{
		"histogram": `histogram ID ["title"] { settings and series }`,
		"bins":      `bins N | bins width W  (how many bins, or how wide)`,
		"density":   `density  (bars show density, each series covering an area of 1)`,
		"x":         `x [LO .. HI] ["name"]  (the range of the bins)`,
		"y":         `y "name"  (the name of the count axis)`,
		"size":      `size WIDTH HEIGHT  (the chart area in px)`,
		"":          `ID ["label"] [tone T] { VALUE... }  (a series of raw values)`,
	},
	blocks: map[string][]string{
		"histogram": append([]string{""}, histStatements...),
	},
}

func (*Histogram) help() *help { return histHelp }

func (h *Histogram) compile(c *compiler) diagram.Panel {
	out := &diagram.Histogram{PanelHead: diagram.PanelHead{Pos: c.pos(h.Pos())}}
	if h.ID.Value != "" && c.declare(h.ID, "histogram", "") {
		out.ID = h.ID.Value
	}
	c.panelTitle(&out.PanelHead, "histogram", h.Attrs)
	b := newChartBuilder(c, "histogram", histHelp)
	values := 0
	for _, st := range h.Stmts {
		switch st := st.(type) {
		case *ChartFlag:
			kw := st.Tokens[0]
			if st.Word != "density" {
				c.errorf(tokenPos(kw), "only bars take "+st.Word, "a histogram does not take %s", st.Word)
				continue
			}
			if b.once(kw) {
				out.Density = true
			}
			b.noMore(kw, st.Extra)
		case *ChartValue:
			if st.Name == "value" {
				c.errorf(st.Pos(), "the axis of a histogram's values is written "+histHelp.usage["x"], "a histogram has an x axis, not value")
				continue
			}
			b.axis(st, &out.X)
			if out.X.Log {
				c.errorf(st.Pos(), "a histogram's bins are even on a linear axis; take the log of the values first", "histogram on a log scale")
			}
		case *ChartSetting:
			b.histSetting(st, out)
		case *ChartSize:
			b.size(st, &out.Width, &out.Height, 80)
		case *HistSeries:
			if s := b.histSeries(st, out.ID, &values); s != nil {
				out.Series = append(out.Series, s)
			}
		case *Stray:
			b.stray(st, histStatements)
		}
	}
	if len(h.Stmts) == 0 || len(out.Series) == 0 && len(c.errs) == 0 {
		c.errorf(h.Pos(), "write "+histHelp.usage[""]+" inside the braces", "histogram has no series")
	}
	return out
}

// histSetting converts bins and y.
func (b *chartBuilder) histSetting(st *ChartSetting, out *diagram.Histogram) {
	c := b.c
	kw := st.Tokens[0]
	usage := "write " + histHelp.usage[kw.Value]
	if st.Key != "bins" && st.Key != "y" {
		c.errorf(tokenPos(kw), "only bars take "+st.Key, "a histogram does not take %s", st.Key)
		return
	}
	if !b.once(kw) {
		return
	}
	if st.Key == "y" {
		if st.Width || st.Text.Value == "" {
			t := c.found(kw)
			c.errorf(tokenPos(t), usage, "y needs a name in quotes, found %s", lineWord(t))
			return
		}
		out.YName = c.str(st.Text)
		b.noMore(kw, st.Extra)
		return
	}
	after := kw
	if st.Width {
		after = st.Tokens[1]
	}
	v, ok := c.signed(st.Value, after, "bins", "write "+histHelp.usage["bins"])
	if !ok {
		return
	}
	if st.Width {
		if v <= 0 {
			c.errorf(tokenPos(st.Value[0]), "write a width above 0, e.g. bins width 5", "bin width %g is not above 0", v)
			return
		}
		out.BinWidth = v
	} else {
		if v < 1 || v > diagram.MaxBins || v != math.Trunc(v) {
			c.errorf(tokenPos(st.Value[0]), fmt.Sprintf("write a whole number of bins from 1 to %d", diagram.MaxBins), "bin count %s is not a whole number from 1 to %d", signedText(st.Value), diagram.MaxBins)
			return
		}
		out.Bins = int(v)
	}
	b.noMore(kw, st.Extra)
}

// histSeries converts one series of raw values; values counts the values
// of the histogram so far.
func (b *chartBuilder) histSeries(st *HistSeries, panel string, values *int) *diagram.HistSeries {
	c := b.c
	s := &diagram.HistSeries{ID: st.ID.Value, Pos: c.pos(st.Pos())}
	label, tone, ok := b.labelTone(st.Attrs, "series", s.ID)
	if !ok {
		return nil
	}
	vs, ok := c.numbers(st.Values, st.ID, "value")
	if !ok {
		return nil
	}
	if len(vs) == 0 {
		c.errorf(st.Pos(), fmt.Sprintf("write its values between the braces, e.g. %s { 3 4.5 7 }", s.ID), "series %q has no values", s.ID)
		return nil
	}
	if !c.declare(st.ID, "series", panel) {
		return nil
	}
	*values += len(vs)
	s.Label, s.Tone, s.Values = label, b.toneOr(tone), vs
	return s
}
