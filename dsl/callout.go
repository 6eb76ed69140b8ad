package dsl

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
)

// Callout is a note in the margin with a leader line to an element of any
// panel:
//
//	callout [ID] "text" at ELEMENT [-> ELEMENT] [left|right] [tone T]
//
// An edge is named by its ends, at a -> b.
type Callout struct {
	Span
	ID    Token   `parser:"'callout' @Ident?"`
	Text  Token   `parser:"@String?"`
	At    Token   `parser:"( 'at' @Ident?"`
	Hop   *Hop    `parser:"  @@? )?"`
	Side  string  `parser:"@('left' | 'right')?"`
	Attrs []*Attr `parser:"( (?! EOL) @@ )*"`
	Extra *Stray  `parser:"( (?! EOL) @@ )?"`
}

// callouts converts the callout statements once every panel has declared
// its ids.
func (c *compiler) callouts(d *diagram.Diagram, list []*Callout) {
	usage := "write " + usageOf("callout")
	for _, cl := range list {
		out := &diagram.Callout{Pos: c.pos(cl.Pos())}
		ok := true
		switch {
		case cl.Text.Value == "":
			c.errorf(cl.Pos(), usage, "callout needs its text in quotes")
			continue
		case cl.At.Value == "":
			c.errorf(cl.Pos(), usage, "callout needs the element it points at: at ELEMENT")
			continue
		}
		out.Text = c.str(cl.Text)
		if cl.Extra != nil {
			c.errorf(cl.Extra.Pos(), usage, "unexpected %s in callout", describe(cl.Extra.Tokens[0]))
			ok = false
		}
		if cl.Side == "left" {
			out.Side = diagram.CalloutLeft
		}
		for _, a := range cl.Attrs {
			switch {
			case a.Key == "tone":
				out.Tone, _ = c.tone(a)
			case a.Label.Value != "":
				c.errorf(a.Pos(), "a callout has one text", "second text for callout")
				ok = false
			default:
				c.errorf(a.Pos(), usage, "a callout does not take %s", attrName(a))
				ok = false
			}
		}
		if cl.Hop != nil {
			from, to := cl.At.Value, cl.Hop.To.Value
			id := ""
			for _, e := range c.scope.edges {
				if e.From == from && e.To == to || e.From == to && e.To == from && cl.Hop.Arrow() == "<-" {
					id = e.ID
					break
				}
			}
			if id == "" {
				c.errorf(tokenPos(cl.At), "name an edge drawn in a graph or a connector, by its two ends", "no edge %s %s %s", from, cl.Hop.Arrow(), to)
				continue
			}
			out.At = id
		} else {
			if c.resolve(cl.At, "element") == nil {
				continue
			}
			out.At = cl.At.Value
		}
		if cl.ID.Value != "" {
			if !c.declare(cl.ID, "callout", "") {
				continue
			}
			out.ID = cl.ID.Value
		}
		if !ok {
			continue
		}
		if len(d.Callouts) == diagram.MaxCallouts {
			c.errorf(cl.Pos(), fmt.Sprintf("a diagram has at most %d callouts", diagram.MaxCallouts), "too many callouts")
			return
		}
		d.Callouts = append(d.Callouts, out)
	}
}
