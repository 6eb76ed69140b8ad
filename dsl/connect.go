package dsl

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
)

// Connect is a connector between elements of different panels, a chain
// of one or more hops with attributes that apply to every hop:
//
//	connect a -> b ["label"] [tone T] [dashed] [bold]
type Connect struct {
	Span
	From  Token   `parser:"'connect' @Ident?"`
	Hops  []*Hop  `parser:"@@*"`
	Attrs []*Attr `parser:"( (?! EOL) @@ )*"`
	Extra *Stray  `parser:"( (?! EOL) @@ )?"`
}

// connectors converts the connect statements once every panel has declared
// its ids. Each hop becomes a connector named like an edge, from->to, and
// is added to the edges the animation may name and flow along.
func (c *compiler) connectors(d *diagram.Diagram, list []*Connect) {
	counts := map[string]int{}
	for _, e := range c.scope.edges {
		counts[e.From+"->"+e.To]++
	}
	for _, cn := range list {
		usage := "write " + usageOf("connect")
		if cn.From.Value == "" || len(cn.Hops) == 0 {
			c.errorf(cn.Pos(), usage, "connect needs two elements joined by an arrow")
			continue
		}
		proto := diagram.Connector{}
		labelled, ok := false, true
		if cn.Extra != nil {
			c.errorf(cn.Extra.Pos(), usage, "unexpected %s in connect", describe(cn.Extra.Tokens[0]))
			ok = false
		}
		for _, a := range cn.Attrs {
			switch {
			case a.Label.Value != "" && !labelled:
				proto.Label, labelled = c.rich(a.Label), true
			case a.Label.Value != "":
				c.errorf(a.Pos(), "a connector has one label", "second label for connector")
			case a.Flag == "dashed":
				proto.Dashed = true
			case a.Flag == "bold":
				proto.Bold = true
			case a.Key == "tone":
				proto.Tone, _ = c.tone(a)
			default:
				c.errorf(a.Pos(), usage, "a connector does not take %s", attrName(a))
				ok = false
			}
		}
		from := cn.From
		fromSym := c.resolve(from, "element")
		for _, h := range cn.Hops {
			toSym := c.resolve(h.To, "element")
			if fromSym != nil && toSym != nil && ok && c.connectable(fromSym, toSym, h) {
				if len(d.Connectors) == diagram.MaxConnectors {
					c.errorf(h.Pos(), fmt.Sprintf("a diagram has at most %d connectors", diagram.MaxConnectors), "too many connectors")
					return
				}
				k := proto
				k.From, k.To, k.Arrow, k.Pos = from.Value, h.To.Value, arrows[h.Arrow()], c.pos(h.Pos())
				key := k.From + "->" + k.To
				counts[key]++
				k.ID = edgeID(k.From, k.To, counts[key])
				d.Connectors = append(d.Connectors, &k)
				c.scope.edges = append(c.scope.edges, &diagram.Edge{ID: k.ID, From: k.From, To: k.To, Arrow: k.Arrow, Pos: k.Pos})
			}
			from, fromSym = h.To, toSym
		}
	}
}

// connectable reports whether a connector may join the elements from and
// to: two elements of different panels, neither holding the other.
func (c *compiler) connectable(from, to *symbol, h *Hop) bool {
	switch {
	case from.ID == to.ID:
		c.errorf(h.Pos(), "a connector joins two different elements", "connector from %q to itself", from.ID)
		return false
	case from.Panel != "" && from.Panel == to.Panel && from.Kind == "node" && to.Kind == "node":
		c.errorf(h.Pos(), fmt.Sprintf("write the edge inside graph %s: %s %s %s", from.Panel, from.ID, h.Arrow(), to.ID), "%q and %q are nodes of the same graph", from.ID, to.ID)
		return false
	case from.Panel == to.ID || to.Panel == from.ID:
		c.errorf(h.Pos(), "a connector joins elements of different panels, or a panel and an element outside it", "%q holds %q", panelOf(from, to), childOf(from, to))
		return false
	}
	return true
}

func panelOf(a, b *symbol) string {
	if b.Panel == a.ID {
		return a.ID
	}
	return b.ID
}

func childOf(a, b *symbol) string {
	if b.Panel == a.ID {
		return b.ID
	}
	return a.ID
}
