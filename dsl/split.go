package dsl

import (
	"github.com/aiprep/diag/diagram"
)

// Split is a container: row, column or grid N, with an optional id and
// title, holding panels.
type Split struct {
	Span
	Commented
	Kind  string  `parser:"@('row' | 'column' | 'grid')"`
	Cols  []Token `parser:"@( '-'? Number )?"`
	ID    Token   `parser:"( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr `parser:"@@*"`
	Items []Panel `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

var splitHelp = &help{
	keywords: []string{"row", "column", "grid"},
	usage: map[string]string{
		"row":    `row ["title"] { panels }`,
		"column": `column ["title"] { panels }`,
		"grid":   `grid N ["title"] { panels }`,
	},
}

func (*Split) help() *help { return splitHelp }

func (s *Split) compile(c *compiler) diagram.Panel {
	out := &diagram.Split{PanelHead: diagram.PanelHead{Pos: c.pos(s.Pos())}}
	switch s.Kind {
	case "row":
		out.Kind = diagram.Row
	case "column":
		out.Kind = diagram.Column
	case "grid":
		out.Kind = diagram.Grid
	}
	if s.ID.Value != "" && c.declare(s.ID, s.Kind, "") {
		out.ID = s.ID.Value
	}
	c.panelTitle(&out.PanelHead, s.Kind, s.Attrs)
	switch {
	case s.Kind == "grid" && s.Cols == nil:
		c.errorf(s.Pos(), "write "+usageOf("grid"), "grid needs a number of columns")
	case s.Kind == "grid":
		if n, ok := c.number(s.Cols, "grid column count"); ok {
			if n < 1 || n > 100 || n != float64(int(n)) {
				c.errorf(tokenPos(s.Cols[0]), "write a whole number from 1 to 100", "grid column count %s is not a whole number from 1 to 100", signedText(s.Cols))
			} else {
				out.Cols = int(n)
			}
		}
	case s.Cols != nil:
		c.errorf(tokenPos(s.Cols[0]), "only grid takes a column count", "%s takes no number", s.Kind)
	}
	for _, item := range s.Items {
		if u, ok := item.(*Unknown); ok {
			u.report(c, s.Kind)
			continue
		}
		if p := item.compile(c); p != nil {
			out.Items = append(out.Items, p)
		}
	}
	return out
}

// panelTitle applies a panel's attributes, which may only be its title.
func (c *compiler) panelTitle(h *diagram.PanelHead, kind string, attrs []*Attr) {
	for _, a := range attrs {
		if a.Label.Value == "" {
			c.errorf(a.Pos(), "write "+usageOf(kind), "%s does not take %s", kind, attrName(a))
			continue
		}
		if h.Title != "" {
			c.errorf(a.Pos(), "a "+kind+" has one title", "second title for %s", kind)
			continue
		}
		h.Title = c.rich(a.Label)
	}
}

// attrName names an attribute in messages.
func attrName(a *Attr) string {
	switch {
	case a.Label.Value != "":
		return "a label"
	case a.Flag != "":
		return a.Flag
	case a.isWeight():
		return "weight"
	case a.Part != nil:
		return "part"
	case a.Detail.Value != "":
		return "detail"
	case a.Glyph != "":
		return a.Glyph
	}
	return a.Key
}
