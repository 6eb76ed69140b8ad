package dsl

import (
	"fmt"
	"math"
	"strconv"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// SplitBar is a proportional bar panel: one bar split into parts by their
// share of the whole.
//
//	split data "Data set" {
//	  train "train" 70% tone info
//	  val "validation" 15%
//	  test "test" 15% tone warn
//	}
type SplitBar struct {
	Span
	Commented
	ID    Token       `parser:"'split' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr     `parser:"@@*"`
	Stmts []SplitStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// SplitStmt is one statement of a split block: a *ChartSetting (unit), a
// *ChartSize, a *SplitPart, or a *Stray (reported).
type SplitStmt interface {
	statement
	splitStmt()
}

// unions registers the statements of a split block with the parser.
func (*SplitBar) unions() []participle.Option {
	return []participle.Option{participle.Union[SplitStmt](&ChartSetting{}, &ChartSize{}, &SplitPart{}, &Stray{})}
}

func (*ChartSetting) splitStmt() {}
func (*ChartSize) splitStmt()    {}
func (*SplitPart) splitStmt()    {}
func (*Stray) splitStmt()        {}

// SplitPart is one part of a split: ID ["label"] VALUE [tone T]. The value
// may be written with a % sign.
type SplitPart struct {
	Span
	Commented
	ID    Token        `parser:"@Ident"`
	Parts []*SplitAttr `parser:"@@*"`
	Extra *Stray       `parser:"( (?! EOL) @@ )?"`
}

// SplitAttr is the label, the value or the tone of a split part.
type SplitAttr struct {
	Span
	Label Token         `parser:"@String"`
	Value []lexer.Token `parser:"| @( Number | ( '-' | '+' ) Number? )"`
	Tone  *ToneAttr     `parser:"| @@"`
}

var splitBarHelp = &help{
	keywords: []string{"split"},
	usage: map[string]string{
		"split": `split ID ["title"] { parts, left to right }`,
		"unit":  `unit "text"  (labels show each value with it, e.g. unit "GB")`,
		"size":  `size WIDTH  (the bar's length in px)`,
		"":      `ID ["label"] VALUE [tone T]  (a part, e.g. train "train" 70%)`,
	},
	blocks: map[string][]string{
		"split": {"", "unit", "size"},
	},
}

func (*SplitBar) help() *help { return splitBarHelp }

func (s *SplitBar) compile(c *compiler) diagram.Panel {
	out := &diagram.SplitBar{PanelHead: diagram.PanelHead{Pos: c.pos(s.Pos())}}
	if s.ID.Value != "" && c.declare(s.ID, "split", "") {
		out.ID = s.ID.Value
	}
	c.panelTitle(&out.PanelHead, "split", s.Attrs)
	b := newChartBuilder(c, "split", splitBarHelp)
	lines := 0
	percent, plain := Pos(-1), Pos(-1)
	for _, st := range s.Stmts {
		switch st := st.(type) {
		case *ChartSetting:
			kw := st.Tokens[0]
			if st.Key != "unit" {
				c.errorf(tokenPos(kw), "a split holds its parts, a unit and a size", "a split does not take %s", st.Key)
				continue
			}
			if !b.once(kw) {
				continue
			}
			if st.Width || st.Text.Value == "" {
				t := c.found(kw)
				c.errorf(tokenPos(t), "write "+splitBarHelp.usage["unit"], "unit needs a text in quotes, found %s", lineWord(t))
				continue
			}
			out.Unit = c.str(st.Text)
			b.noMore(kw, st.Extra)
		case *ChartSize:
			b.size(st, &out.Width, nil, 120)
		case *SplitPart:
			lines++
			if p, pct := b.splitPart(st, out.ID); p != nil {
				if pct {
					percent = st.Pos()
				} else {
					plain = st.Pos()
				}
				out.Parts = append(out.Parts, p)
			}
		case *Stray:
			lines++
			b.stray(st, []string{"unit", "size"})
		}
	}
	if percent >= 0 && plain >= 0 {
		c.errorf(max(percent, plain), "write every part with % or none of them", "parts mix percentages and plain values")
	}
	out.Percent = percent >= 0 && plain < 0
	if out.Percent {
		total := 0.0
		for _, p := range out.Parts {
			total += p.Value
		}
		if math.Abs(total-100) > diagram.PercentSlack {
			c.errorf(s.Pos(), "make the percentages add up to 100%, or write the parts without % to show them as shares of their total",
				"split percentages add up to %s%%, not 100%%", strconv.FormatFloat(total, 'g', 6, 64))
		}
	}
	if lines == 0 {
		c.errorf(s.Pos(), "write "+splitBarHelp.usage[""]+" inside the braces", "split has no parts")
	}
	return out
}

// splitPart converts one part; pct says that its value was written with %.
func (b *chartBuilder) splitPart(st *SplitPart, panel string) (*diagram.SplitPart, bool) {
	c := b.c
	p := &diagram.SplitPart{ID: st.ID.Value, Pos: c.pos(st.Pos())}
	var label, value, tone *SplitAttr
	pct := false
	for _, a := range st.Parts {
		switch {
		case a.Label.Value != "":
			if label != nil {
				c.errorf(a.Pos(), `a part has one label; break lines with \n`, "second label for part %q", p.ID)
				return nil, false
			}
			label = a
			p.Label = c.str(a.Label)
		case a.Value != nil:
			if value != nil {
				c.errorf(a.Pos(), "a part has one value", "second value for part %q", p.ID)
				return nil, false
			}
			value = a
			raw := signedText(a.Value)
			if last(a.Value).Type != tokNumber {
				c.signed(a.Value, st.ID, "part value", numberHint)
				return nil, false
			}
			v, unit, ok := splitNumber(raw)
			if !ok || unit != "" && unit != "%" {
				c.errorf(a.Pos(), "write a plain number or a percentage, such as 12.5 or 70%", "part value %q is not a number", raw)
				return nil, false
			}
			if v < 0 {
				c.errorf(a.Pos(), "a part is a share of the whole, 0 or more", "part %q is negative", p.ID)
				return nil, false
			}
			p.Value, pct = v, unit == "%"
		default:
			if tone != nil {
				c.errorf(a.Pos(), "a part has one tone", "second tone for part %q", p.ID)
				return nil, false
			}
			tone = a
			t, ok := c.toneName(a.Tone)
			if !ok {
				return nil, false
			}
			p.Tone = t
		}
	}
	if st.Extra != nil {
		t := st.Extra.Tokens[0]
		c.errorf(tokenPos(t), "write "+splitBarHelp.usage[""], "unexpected %s in part %q", lineWord(t), p.ID)
		return nil, false
	}
	if value == nil {
		c.errorf(st.Pos(), fmt.Sprintf("write its share after the label, e.g. %s \"label\" 15%%", p.ID), "part %q needs a value", p.ID)
		return nil, false
	}
	if !c.declare(st.ID, "part", panel) {
		return nil, false
	}
	if tone == nil {
		p.Tone = b.nextTone()
	}
	return p, pct
}
