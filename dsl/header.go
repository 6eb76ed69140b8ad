package dsl

import (
	"fmt"
	"strings"

	"github.com/aiprep/diag/diagram"
)

// themeNames lists the theme names in order.
func themeNames() []string {
	return []string{diagram.Auto.String(), diagram.Light.String(), diagram.Dark.String()}
}

// legendLines are the legend kinds that draw a line rather than a tone.
var legendLines = []string{"solid", "dashed", "bold", "dot"}

// header applies one header statement to d.
func (c *compiler) header(d *diagram.Diagram, h *Header) {
	hint := "write " + usageOf(h.Keyword)
	if h.Keyword != "ask" {
		if first, ok := c.set[h.Keyword]; ok {
			c.errorf(h.Pos(), "first set at "+c.at(first)+"; keep one", "%s set twice", h.Keyword)
			return
		}
		c.set[h.Keyword] = h.Pos()
	}
	switch h.Keyword {
	case "title", "subtitle", "footer", "kicker":
		s, ok := c.args(h, hint, "string")
		if !ok {
			return
		}
		text := c.str(s[0].String)
		switch h.Keyword {
		case "title":
			d.Title = text
		case "subtitle":
			d.Subtitle = text
		case "footer":
			d.Footer = text
		case "kicker":
			d.Kicker = text
		}
	case "theme":
		a, ok := c.args(h, hint, "ident")
		if !ok {
			return
		}
		t, ok := diagram.ParseTheme(a[0].Ident.Value)
		if !ok {
			c.errorf(a[0].Pos(), enumHint(a[0].Ident.Value, "themes", themeNames()), "unknown theme %q", a[0].Ident.Value)
			return
		}
		d.Theme = t
	case "size":
		a, ok := c.args(h, hint, "number", "number")
		if !ok {
			return
		}
		w, okW := c.number(a[0].Number, "width")
		ht, okH := c.number(a[1].Number, "height")
		if !okW || !okH {
			return
		}
		if w <= 0 || ht <= 0 || w > 100000 || ht > 100000 {
			c.errorf(h.Pos(), "width and height are px between 1 and 100000", "size %g %g is out of range", w, ht)
			return
		}
		d.Width, d.Height = w, ht
	case "sheet":
		c.args(h, hint, "ident")
	case "ask":
		a, ok := c.args(h, hint, "string", "string")
		if !ok {
			return
		}
		d.Asks = append(d.Asks, diagram.Ask{Question: c.rich(a[0].String), Answer: c.rich(a[1].String), Pos: c.pos(h.Pos())})
	}
}

// args checks that a header statement has exactly the values of the given
// kinds ("string", "number", "ident") and reports the first mismatch.
func (c *compiler) args(h *Header, hint string, kinds ...string) ([]*Value, bool) {
	for i, k := range kinds {
		if i >= len(h.Args) {
			c.errorf(h.Pos(), hint, "%s needs %s", h.Keyword, describeArgs(kinds))
			return nil, false
		}
		if got := valueKind(h.Args[i]); got != k {
			c.errorf(h.Args[i].Pos(), hint, "%s needs %s, not %s", h.Keyword, describeArgs(kinds), describeValue(h.Args[i]))
			return nil, false
		}
	}
	if len(h.Args) > len(kinds) {
		c.errorf(h.Args[len(kinds)].Pos(), hint, "too many values for %s", h.Keyword)
		return nil, false
	}
	return h.Args, true
}

func valueKind(v *Value) string {
	switch {
	case v.String.Value != "":
		return "string"
	case v.Number != nil:
		return "number"
	}
	return "ident"
}

func describeValue(v *Value) string {
	switch {
	case v.String.Value != "":
		return "a string"
	case v.Number != nil:
		return "the number " + signedText(v.Number)
	}
	return fmt.Sprintf("%q", v.Ident.Value)
}

func describeArgs(kinds []string) string {
	names := map[string]string{"string": "a string", "number": "a number", "ident": "a name"}
	switch {
	case len(kinds) == 2 && kinds[0] == kinds[1]:
		return "two " + kinds[0] + "s"
	case len(kinds) == 1:
		return names[kinds[0]]
	}
	return fmt.Sprint(len(kinds)) + " values"
}

// legend converts the legend block.
func (c *compiler) legend(d *diagram.Diagram, l *Legend) {
	if first, ok := c.set["legend"]; ok {
		c.errorf(l.Pos(), "first at "+c.at(first)+"; keep one legend", "second legend")
		return
	}
	c.set["legend"] = l.Pos()
	kinds := append(append([]string(nil), legendLines...), diagram.ToneNames()...)
	for _, it := range l.Items {
		item := diagram.LegendItem{Kind: it.Kind.Value, Pos: c.pos(it.Pos())}
		if tone, ok := diagram.ParseTone(it.Kind.Value); ok {
			item.Tone = tone
		} else if !contains(legendLines, it.Kind.Value) {
			c.errorf(tokenPos(it.Kind), enumHint(it.Kind.Value, "legend kinds", kinds), "unknown legend kind %q", it.Kind.Value)
			continue
		}
		if len(it.Args) != 1 || it.Args[0].String.Value == "" {
			c.errorf(it.Pos(), `write `+it.Kind.Value+` "what it means"`, "legend item needs one label string")
			continue
		}
		item.Label = c.str(it.Args[0].String)
		if it.Name != nil {
			name, at := it.Name.ID.Value, tokenPos(it.Name.ID)
			if strings.Contains(name, ".") {
				c.errorf(at, "a legend entry's name is one word, like fwd", "legend entry name %q has a dot", name)
				continue
			}
			if c.declareAt(diagram.LegendID(name), at, "legend entry", "") {
				item.ID = diagram.LegendID(name)
			}
		}
		d.Legend = append(d.Legend, item)
	}
}
