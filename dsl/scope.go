package dsl

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
)

// scope is the one namespace of a diagram. Every converter declares the ids
// it introduces (panels, nodes, groups, plot marks, ...) with declare, and
// every reference is checked with resolve, so that duplicates and unknown
// names are reported the same way everywhere.
type scope struct {
	byID    map[string]*symbol
	symbols []*symbol // in declaration order
	// edges lists every graph edge, in declaration order, for references
	// by endpoints (flow a -> b, show a -> b).
	edges []*diagram.Edge
}

// symbol is one declared id.
type symbol struct {
	ID string
	// Kind names what the id is, as used in messages: "node", "group",
	// "graph", "row", ... A panel kind may declare its own kinds.
	Kind string
	Pos  diagram.Pos
	// Panel is the id of the panel the symbol belongs to, or "".
	Panel string
}

func newScope() *scope { return &scope{byID: map[string]*symbol{}} }

// lookup returns the symbol named id, or nil.
func (s *scope) lookup(id string) *symbol { return s.byID[id] }

// ids lists the declared ids in declaration order.
func (s *scope) ids() []string {
	out := make([]string, len(s.symbols))
	for i, sym := range s.symbols {
		out[i] = sym.ID
	}
	return out
}

// declare adds id to the scope as a kind, or reports a duplicate at the
// second declaration, with a hint pointing at the first. It returns whether
// the id was new.
func (c *compiler) declare(id Token, kind, panel string) bool {
	return c.declareAt(id.Value, tokenPos(id), kind, panel)
}

// declareAt declares the id name, written (or implied) at p.
func (c *compiler) declareAt(name string, p Pos, kind, panel string) bool {
	if prev := c.scope.lookup(name); prev != nil {
		c.errorf(p, fmt.Sprintf("first declared at %d:%d as a %s; every id in a diagram must be unique", prev.Pos.Line, prev.Pos.Col, prev.Kind),
			"duplicate id %q", name)
		return false
	}
	sym := &symbol{ID: name, Kind: kind, Pos: c.pos(p), Panel: panel}
	c.scope.byID[name] = sym
	c.scope.symbols = append(c.scope.symbols, sym)
	return true
}

// resolve returns the symbol id names, or reports an unknown id (what names
// the expected kind of thing, e.g. "id" or "path") with a "did you mean"
// hint.
func (c *compiler) resolve(id Token, what string) *symbol {
	if sym := c.scope.lookup(id.Value); sym != nil {
		return sym
	}
	hint := didYouMean(id.Value, c.scope.ids())
	if hint == "" {
		hint = "declare it first, in a graph or another panel"
	}
	c.errorf(tokenPos(id), hint, "unknown %s %q", what, id.Value)
	return nil
}
