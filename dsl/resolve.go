package dsl

import (
	"fmt"
	"strings"

	"github.com/aiprep/diag/diagram"
)

// Resolution: the one namespace of a diagram, and the pass that resolves
// the names an animation refers to.
//
// Ids are declared in the conversion walk, in source order, because the
// language ties some declarations to values: a timeline segment, a stack
// item or a note line is declared only once it converts, and a scatter's
// class ids once its blobs do; a duplicate is reported at the second
// declaration in source order whatever declares it. Names that refer
// across the whole diagram, those of the animation, are resolved in a pass
// of their own once every panel has declared its ids (resolveScript); the
// animation's conversion then reads what they resolved to.

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

// declareParts declares the parts that the layout draws under the id of an
// element (diagram.SubID), so that the animation can name them; an element
// without an id has none. kind in messages is the part's name without its
// number ("class" for class2).
func (c *compiler) declareParts(id string, parts []diagram.Part, p Pos, panel string) {
	if id == "" {
		return
	}
	for _, part := range parts {
		c.declareAt(diagram.SubID(id, part), p, strings.TrimRight(string(part), "0123456789"), panel)
	}
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

// scriptNames is what the resolve pass of the animation found: for each
// action, the element ids it acts on and whether every name it uses
// resolved.
type scriptNames struct {
	targets map[ActionStmt][]string
	ok      map[ActionStmt]bool
	// along is the id of the line each move along follows.
	along map[*MoveAction]string
}

// resolveScript resolves every name the actions of a refer to (targets,
// flow paths, traced and moved elements, move paths), reporting unknown
// names with a "did you mean" hint and edges that do not exist.
func (c *compiler) resolveScript(a *Animate) *scriptNames {
	names := &scriptNames{targets: map[ActionStmt][]string{}, ok: map[ActionStmt]bool{}, along: map[*MoveAction]string{}}
	Inspect(a, func(n Node) bool {
		st, ok := n.(ActionStmt)
		if !ok {
			return true
		}
		names.targets[st], names.ok[st] = c.resolveAction(st, names)
		return true
	})
	return names
}

// resolveAction resolves the names of one action.
func (c *compiler) resolveAction(st ActionStmt, names *scriptNames) ([]string, bool) {
	switch st := st.(type) {
	case *TargetsAction:
		var ids []string
		ok := true
		for _, tg := range st.Targets {
			found, good := c.target(tg)
			ids = append(ids, found...)
			ok = ok && good
		}
		return ids, ok
	case *FlowAction:
		return c.flow(st)
	case *TraceAction:
		switch {
		case st.Target == nil:
			return c.resolveTarget(st.Pos(), Token{}, "trace")
		case st.Target.Arrow == "":
			return c.resolveTarget(st.Pos(), st.Target.ID, "trace")
		}
		return c.target(st.Target)
	case *MoveAction:
		ids, ok := c.resolveTarget(st.Pos(), st.Target, "move")
		if st.Along != nil {
			path, good := c.alongPath(st.Along)
			names.along[st] = path
			ok = good && ok
		}
		return ids, ok
	case *CountAction:
		return c.resolveTarget(st.Pos(), st.Target, "count")
	case *TurnAction:
		return c.resolveTarget(st.Pos(), st.Target, st.Verb)
	case *MorphAction:
		ids, ok := c.resolveTarget(st.Pos(), st.Target, "morph")
		switch {
		case st.Into.Value != "":
			ok = c.resolve(st.Into, "path") != nil && ok
		case st.Target.Value != "":
			c.errorf(st.Pos(), "write "+usageOf("morph"), "morph needs into and the path whose shape it takes")
			ok = false
		}
		return ids, ok
	}
	return nil, true
}

// resolveTarget resolves the one element an action of the verb acts on,
// reporting it missing at p.
func (c *compiler) resolveTarget(p Pos, id Token, verb string) ([]string, bool) {
	if !c.need(p, id, verb, "id") || c.resolve(id, "id") == nil {
		return nil, false
	}
	return []string{id.Value}, true
}

// alongPath resolves the line a move follows: the id of a line, or one
// edge or connector named by its ends (a -> b, a -> b[2]).
func (c *compiler) alongPath(t *Target) (string, bool) {
	if t.To.Value == "" {
		if c.resolve(t.ID, "path") == nil {
			return "", false
		}
		return t.ID.Value, true
	}
	ids, ok := c.target(t)
	switch {
	case !ok:
		return "", false
	case len(ids) > 1:
		c.errorf(t.Pos(), fmt.Sprintf("name one of them, like %s -> %s[2]", t.ID.Value, t.To.Value), "%d edges join %q and %q; a move follows one", len(ids), t.ID.Value, t.To.Value)
		return "", false
	}
	return ids[0], true
}
