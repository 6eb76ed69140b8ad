package dsl

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
)

// Graph is a graph panel: nodes, edges, nested groups and rank hints.
//
//	graph ID ["title"] [direction down|right|up|left] [route R] { statements }
type Graph struct {
	Span
	Commented
	ID    Token       `parser:"'graph' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr     `parser:"@@*"`
	Stmts []GraphStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// GraphStmt is one statement inside a graph or group block: a *Group, a
// *Zone, a *Rank, a *Placement, an *Edge, a *NodeDecl, or an *Unknown for
// anything else, tried in that order (graphStmts).
type GraphStmt interface {
	statement
	graphStmt()
}

// graphStmts lists the statements of a graph block in the order the grammar
// tries them.
func graphStmts() []GraphStmt {
	return []GraphStmt{&Group{}, &Zone{}, &Rank{}, &Placement{}, &Edge{}, &NodeDecl{}, &Unknown{}}
}

// unions registers the statements of a graph block with the parser.
func (*Graph) unions() []participle.Option {
	return []participle.Option{participle.Union[GraphStmt](graphStmts()...)}
}

func (*Group) graphStmt()     {}
func (*Zone) graphStmt()      {}
func (*Rank) graphStmt()      {}
func (*Placement) graphStmt() {}
func (*Edge) graphStmt()      {}
func (*NodeDecl) graphStmt()  {}
func (*Unknown) graphStmt()   {}

// Group is a titled box around nodes, edges and nested groups.
//
//	group ID ["label"] [tone T] { statements }
type Group struct {
	Span
	Commented
	ID    Token       `parser:"'group' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr     `parser:"@@*"`
	Stmts []GraphStmt `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// Zone is a region drawn around nodes and groups from any group of the
// graph: a trust boundary, an availability zone.
//
//	zone ID ["label"] [tone T] { members }
//
// The members are ids, on one line or several.
type Zone struct {
	Span
	Commented
	ID      Token         `parser:"'zone' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs   []*Attr       `parser:"@@*"`
	Members []*ZoneMember `parser:"'{' EOL* ( @@ EOL* )* '}'"`
}

// ZoneMember is one id in a zone's block: a node or a group.
type ZoneMember struct {
	Span
	ID Token `parser:"@Ident"`
}

// Rank asks for nodes to share a rank: rank same a b c.
type Rank struct {
	Span
	Commented
	Mode  Token   `parser:"'rank' @Ident?"`
	Nodes []Token `parser:"@( Ident* )"`
}

// Placement is a placement rule over nodes: order a b c keeps them in
// that order within a rank, align a b c puts them on one line across
// ranks. A node named order or align can still be declared: the rule
// needs a node id right after its keyword.
type Placement struct {
	Span
	Commented
	Kind  string  `parser:"@('order' | 'align')"`
	Nodes []Token `parser:"@( Ident+ )"`
}

// Edge is a chain of one or more edges, a -> b <- c, with attributes that
// apply to every hop.
type Edge struct {
	Span
	Commented
	From  Token   `parser:"@Ident"`
	Hops  []*Hop  `parser:"@@+"`
	Attrs []*Attr `parser:"( (?! EOL) @@ )*"`
}

// Hop is one arrow of an edge chain and the node it leads to; Arrow
// returns the arrow, its first token.
type Hop struct {
	Span
	To Token `parser:"Arrow @Ident"`
}

// Arrow returns the hop's arrow as written: ->, <-, <-> or --.
func (h *Hop) Arrow() string { return h.Tokens[0].Value }

// NodeDecl declares a node: id ["label"] [shape S] [tone T] [icon NAME].
type NodeDecl struct {
	Span
	Commented
	ID    Token   `parser:"@Ident"`
	Attrs []*Attr `parser:"( (?! EOL) @@ )*"`
}

var graphHelp = &help{
	keywords: []string{"graph"},
	usage: map[string]string{
		"graph": `graph ID ["title"] [direction down|right|up|left] [route orthogonal|straight|spline] [order source] [layout layered|ring] { nodes and edges }`,
		"group": `group ID ["label"] [tone T] [pin left|right|top|bottom] [repeat N] { nodes, edges, groups }`,
		"zone":  `zone ID ["label"] [tone T] { nodes and groups, from any group }`,
		"rank":  `rank same a b c`,
		"":      `ID ["label"] [detail "text"] [shape S] [tone T] [icon NAME] [tensor WxHxC] [pin left|right|top|bottom] [part NAME "text"]...`,
		"part":  `part NAME "text"  (a line under a node's label, named NODE.NAME in the animation)`,
		"order": `order a b c  (left to right within a rank; top to bottom going right or left)`,
		"align": `align a b c  (on one line across ranks)`,
		"->":    `a -> b ["label"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)`,
	},
	blocks: map[string][]string{
		"graph": {"", "group", "zone", "rank", "order", "align"},
		"group": {"", "group", "zone", "rank", "order", "align"},
	},
}

func (*Graph) help() *help { return graphHelp }

// graphBuilder converts one graph. Nodes are declared in source order:
// by a declaration statement, or by their first use in an edge when no
// statement declares them.
type graphBuilder struct {
	c        *compiler
	g        *diagram.Graph
	declared map[string]bool // ids declared by statements (nodes, groups)
	order    []string        // the same ids, in source order
	nodes    map[string]*diagram.Node
	groups   map[string]*diagram.Group
	failed   map[string]bool // unknown ids already reported
	edgeIDs  map[string]int
	ranks    []*Rank
	places   []*Placement
	zones    []*Zone
}

func (g *Graph) compile(c *compiler) diagram.Panel {
	out := &diagram.Graph{PanelHead: diagram.PanelHead{Pos: c.pos(g.Pos())}}
	if g.ID.Value != "" && c.declare(g.ID, "graph", "") {
		out.ID = g.ID.Value
	}
	for _, a := range g.Attrs {
		switch {
		case a.Label.Value != "" && out.Title == "":
			out.Title = c.rich(a.Label)
		case a.Label.Value != "":
			c.errorf(a.Pos(), "a graph has one title", "second title for graph")
		case a.Key == "direction":
			if d, ok := c.enumAttr(a, "direction", "directions", directionNames()); ok {
				out.Direction, _ = diagram.ParseDirection(d)
			}
		case a.Key == "route":
			out.Route, _ = c.routing(a)
		case a.Key == "order":
			if _, ok := c.enumAttr(a, "order", "graph orders", []string{"source"}); ok {
				out.SourceOrder = true
			}
		case a.Key == "layout":
			if name, ok := c.enumAttr(a, "layout", "graph layouts", diagram.GraphLayoutNames()); ok {
				out.Layout, _ = diagram.ParseGraphLayout(name)
			}
		default:
			c.errorf(a.Pos(), "write "+usageOf("graph"), "graph does not take %s", attrName(a))
		}
	}
	b := &graphBuilder{c: c, g: out, declared: map[string]bool{}, nodes: map[string]*diagram.Node{},
		groups: map[string]*diagram.Group{}, failed: map[string]bool{}, edgeIDs: map[string]int{}}
	b.collect(g.Stmts)
	b.build(g.Stmts, nil)
	for _, r := range b.ranks {
		b.rank(r)
	}
	for _, p := range b.places {
		b.placement(p)
	}
	if out.Layout != diagram.LayoutRing {
		for _, z := range b.zones {
			b.zone(z)
		}
	}
	if out.Layout == diagram.LayoutRing {
		b.ringRules(g.Stmts)
	}
	return out
}

func directionNames() []string {
	return []string{diagram.Down.String(), diagram.Right.String(), diagram.Up.String(), diagram.Left.String()}
}

// collect records the ids that statements declare, so that an edge may use
// a node declared further down.
func (b *graphBuilder) collect(stmts []GraphStmt) {
	for _, st := range stmts {
		var id Token
		switch st := st.(type) {
		case *NodeDecl:
			id = st.ID
		case *Group:
			id = st.ID
			b.collect(st.Stmts)
		}
		if id.Value != "" && !b.declared[id.Value] {
			b.declared[id.Value] = true
			b.order = append(b.order, id.Value)
		}
	}
}

// build converts statements in source order; parent is the group they are
// in, or nil.
func (b *graphBuilder) build(stmts []GraphStmt, parent *diagram.Group) {
	for _, st := range stmts {
		switch st := st.(type) {
		case *NodeDecl:
			b.node(st, parent)
		case *Group:
			b.group(st, parent)
		case *Edge:
			b.edge(st, parent)
		case *Zone:
			b.zones = append(b.zones, st)
		case *Rank:
			b.ranks = append(b.ranks, st)
		case *Placement:
			b.places = append(b.places, st)
		case *Unknown:
			b.unknown(st)
		}
	}
}

func (b *graphBuilder) unknown(u *Unknown) {
	w := u.Words[0]
	switch {
	case strings.HasPrefix(w, `"`):
		b.c.errorf(u.Pos(), "write "+graphHelp.usage[""], "a label needs a node id before it")
	case w == "->" || w == "<-" || w == "<->" || w == "--":
		b.c.errorf(u.Pos(), "write "+graphHelp.usage["->"], "an edge needs a node id before %s", w)
	default:
		b.c.errorf(u.Pos(), "a graph holds nodes, edges, groups and rank statements", "unexpected %q in graph", w)
	}
}

// addNode adds a node to the graph and to parent's members.
func (b *graphBuilder) addNode(n *diagram.Node, parent *diagram.Group) {
	b.nodes[n.ID] = n
	b.g.Nodes = append(b.g.Nodes, n)
	if parent != nil {
		parent.Nodes = append(parent.Nodes, n.ID)
	}
}

func (b *graphBuilder) node(d *NodeDecl, parent *diagram.Group) {
	c := b.c
	if !c.declare(d.ID, "node", b.g.ID) {
		return
	}
	n := &diagram.Node{ID: d.ID.Value, Pos: c.pos(tokenPos(d.ID))}
	labelled := false
	for _, a := range d.Attrs {
		switch {
		case a.Label.Value != "" && !labelled:
			n.Label, labelled = c.rich(a.Label), true
		case a.Label.Value != "":
			c.errorf(a.Pos(), "a node has one label", "second label for node %q", n.ID)
		case a.Key == "shape":
			if s, ok := c.enumAttr(a, "shape", "shapes", diagram.ShapeNames()); ok {
				n.Shape, _ = diagram.ParseShape(s)
			}
		case a.Key == "tone":
			n.Tone, _ = c.tone(a)
		case a.Key == "icon":
			if name, ok := c.enumAttr(a, "icon", "icons", icon.Names()); ok {
				n.Icon = name
			}
		case a.Part != nil:
			if p := b.part(n, a.Part); p != nil {
				n.Parts = append(n.Parts, p)
			}
		case a.Key == "pin":
			n.Pin, _ = c.pin(a)
		case a.Detail.Value != "" && n.Detail == "":
			n.Detail = c.rich(a.Detail)
		case a.Detail.Value != "":
			c.errorf(a.Pos(), "a node has one detail line; write \\n in it for a second", "second detail for node %q", n.ID)
		case a.Glyph == "tensor":
			b.tensor(n, a)
		default:
			c.errorf(a.Pos(), "write "+graphHelp.usage[""], "a node does not take %s", attrName(a))
		}
	}
	if n.Tensor != nil && (n.Shape != diagram.Box || n.Icon != "") {
		c.errorf(tokenPos(d.ID), "a tensor is drawn as a volume; leave out the shape and the icon", "tensor node %q has a shape or an icon", n.ID)
		n.Shape, n.Icon = diagram.Box, ""
	}
	b.addNode(n, parent)
}

// part converts a label part of the node n and declares its id, n.NAME;
// nil when it is wrong.
func (b *graphBuilder) part(n *diagram.Node, pa *PartAttr) *diagram.LabelPart {
	c := b.c
	usage := "write " + usageOf("part")
	switch {
	case pa.Name.Value == "":
		c.errorf(pa.Pos(), usage, "part needs a name")
		return nil
	case pa.Text.Value == "":
		c.errorf(pa.Pos(), usage, "part %q needs its text in quotes", pa.Name.Value)
		return nil
	case strings.Contains(pa.Name.Value, "."):
		c.errorf(tokenPos(pa.Name), "a part's name is one word, like grad", "part name %q has a dot", pa.Name.Value)
		return nil
	case len(n.Parts) == diagram.MaxLabelParts:
		c.errorf(pa.Pos(), fmt.Sprintf("a node has at most %d label parts; put the rest in a note", diagram.MaxLabelParts), "too many label parts for node %q", n.ID)
		return nil
	}
	id := diagram.SubID(n.ID, diagram.Part(pa.Name.Value))
	if !c.declareAt(id, tokenPos(pa.Name), "part", b.g.ID) {
		return nil
	}
	return &diagram.LabelPart{Name: pa.Name.Value, Text: c.rich(pa.Text), Pos: c.pos(pa.Pos())}
}

func (b *graphBuilder) group(gr *Group, parent *diagram.Group) {
	c := b.c
	out := &diagram.Group{Pos: c.pos(gr.Pos())}
	switch {
	case gr.ID.Value == "":
		c.errorf(gr.Pos(), "write "+graphHelp.usage["group"], "group needs an id")
	case c.declare(gr.ID, "group", b.g.ID):
		out.ID = gr.ID.Value
		b.groups[out.ID] = out
	}
	for _, a := range gr.Attrs {
		switch {
		case a.Label.Value != "" && out.Label == "":
			out.Label = c.rich(a.Label)
		case a.Label.Value != "":
			c.errorf(a.Pos(), "a group has one label", "second label for group")
		case a.Key == "tone":
			out.Tone, _ = c.tone(a)
		case a.Key == "pin":
			out.Pin, _ = c.pin(a)
		case a.Glyph == "repeat":
			b.repeat(out, a)
		default:
			c.errorf(a.Pos(), "write "+graphHelp.usage["group"], "a group does not take %s", attrName(a))
		}
	}
	if parent != nil {
		parent.Groups = append(parent.Groups, out)
	} else {
		b.g.Groups = append(b.g.Groups, out)
	}
	b.build(gr.Stmts, out)
}

// tensor converts the attribute tensor WxHxC of the node n: one to three
// whole numbers joined by x (4096, 128x512, 224x224x3).
func (b *graphBuilder) tensor(n *diagram.Node, a *Attr) {
	const hint = "write tensor N, NxD or WxHxC with whole numbers, such as tensor 224x224x3"
	if a.Size.Value == "" {
		b.c.errorf(a.Pos(), hint, "tensor needs its dimensions")
		return
	}
	if n.Tensor != nil {
		b.c.errorf(a.Pos(), "a node is one tensor; give its dimensions once", "second tensor for node %q", n.ID)
		return
	}
	parts := strings.Split(a.Size.Value, "x")
	if len(parts) > diagram.MaxTensorDims {
		b.c.errorf(tokenPos(a.Size), hint, "tensor %s has %d dimensions, at most %d are drawn", a.Size.Value, len(parts), diagram.MaxTensorDims)
		return
	}
	dims := make([]int, 0, len(parts))
	for _, p := range parts {
		d, err := strconv.Atoi(p)
		if err != nil || d < 1 || d > diagram.MaxTensorDim || strings.HasPrefix(p, "0") || strings.HasPrefix(p, "+") {
			b.c.errorf(tokenPos(a.Size), hint+" (each from 1 to 1000000)", "bad tensor dimensions %q", a.Size.Value)
			return
		}
		dims = append(dims, d)
	}
	n.Tensor = dims
}

// kernel converts the attribute kernel K of an edge: a whole number from
// 1 to 1000000; 0 when it is wrong.
func kernel(c *compiler, a *Attr) int {
	const hint = "write kernel K, a whole number such as kernel 3"
	if a.Size.Value == "" {
		c.errorf(a.Pos(), hint, "kernel needs a size")
		return 0
	}
	k, err := strconv.Atoi(a.Size.Value)
	if err != nil || k < 1 || k > diagram.MaxTensorDim || strings.HasPrefix(a.Size.Value, "0") {
		c.errorf(tokenPos(a.Size), hint+" from 1 to 1000000", "bad kernel size %q", a.Size.Value)
		return 0
	}
	return k
}

// repeat converts the attribute repeat N of the group gr.
func (b *graphBuilder) repeat(gr *diagram.Group, a *Attr) {
	const hint = "write repeat N, a count such as repeat 6 or a name such as repeat N"
	switch {
	case a.Size.Value == "":
		b.c.errorf(a.Pos(), hint, "repeat needs a count")
	case gr.Repeat != "":
		b.c.errorf(a.Pos(), "a group repeats once; give one count", "second repeat for group %q", gr.ID)
	case !diagram.RepeatOK(a.Size.Value):
		b.c.errorf(tokenPos(a.Size), "a count is a whole number from 2 to 9999, or a name of up to 12 letters, digits and _ such as N", "bad repeat count %q", a.Size.Value)
	default:
		gr.Repeat = a.Size.Value
	}
}

// arrows maps the written arrow to the model's.
var arrows = map[string]diagram.Arrow{"->": diagram.Forward, "<-": diagram.Backward, "<->": diagram.Both, "--": diagram.NoArrow}

func (b *graphBuilder) edge(e *Edge, parent *diagram.Group) {
	c := b.c
	proto := diagram.Edge{}
	labelled := false
	for _, a := range e.Attrs {
		switch {
		case a.Label.Value != "" && !labelled:
			proto.Label, labelled = c.rich(a.Label), true
		case a.Label.Value != "":
			c.errorf(a.Pos(), "an edge has one label", "second label for edge")
		case a.Flag == "dashed":
			proto.Dashed = true
		case a.Flag == "bold":
			proto.Bold = true
		case a.Key == "tone":
			proto.Tone, _ = c.tone(a)
		case a.Key == "route":
			proto.Route, _ = c.routing(a)
		case a.Glyph == "kernel":
			proto.Kernel = kernel(c, a)
		case a.isWeight():
			const hint = "write weight W, a number such as weight 0.8 or weight -0.3"
			if w, ok := c.signed(a.Weight, a.Tokens[0], "edge weight", hint); ok {
				if w > diagram.MaxWeight || w < -diagram.MaxWeight {
					c.errorf(tokenPos(a.Weight[0]), "weights are within ±1000000; scale them down", "edge weight %g is out of range", w)
					break
				}
				proto.Weighted, proto.Weight = true, w
			}
		default:
			c.errorf(a.Pos(), "write "+graphHelp.usage["->"], "an edge does not take %s", attrName(a))
		}
	}
	from := e.From
	fromOK := b.endpoint(from, parent)
	for _, h := range e.Hops {
		toOK := b.endpoint(h.To, parent)
		if fromOK && toOK {
			ed := proto
			ed.From, ed.To, ed.Arrow, ed.Pos = from.Value, h.To.Value, arrows[h.Arrow()], c.pos(h.Pos())
			ed.ID = b.edgeID(ed.From, ed.To)
			b.g.Edges = append(b.g.Edges, &ed)
			c.scope.edges = append(c.scope.edges, &ed)
		}
		from, fromOK = h.To, toOK
	}
}

// edgeID returns "from->to", or "from->to[n]" for the n-th parallel edge
// written from the same node to the same node.
func (b *graphBuilder) edgeID(from, to string) string {
	key := from + "->" + to
	b.edgeIDs[key]++
	return edgeID(from, to, b.edgeIDs[key])
}

// edgeID returns the id of the n-th edge written from one node to
// another: "from->to" for the first, "from->to[n]" for the others. The
// animation names it the same way: show a -> b[2].
func edgeID(from, to string, n int) string {
	if n > 1 {
		return fmt.Sprintf("%s->%s[%d]", from, to, n)
	}
	return from + "->" + to
}

// endpoint checks an edge end. A node or group of this graph is fine; an id
// no statement declares becomes a node here, unless it is a likely typo of
// a declared id or already names something else in the diagram.
func (b *graphBuilder) endpoint(id Token, parent *diagram.Group) bool {
	c := b.c
	name := id.Value
	if b.nodes[name] != nil || b.groups[name] != nil || b.declared[name] {
		return true
	}
	if b.failed[name] {
		return false
	}
	if near := closest(name, b.order, typoEdits(name)); near != "" && !numberedSiblings(name, near) {
		b.failed[name] = true
		c.errorf(tokenPos(id), fmt.Sprintf("did you mean %q? (to add a new node, declare %s on its own line)", near, name), "unknown node %q", name)
		return false
	}
	if sym := c.scope.lookup(name); sym != nil {
		b.failed[name] = true
		where := ""
		if sym.Panel != "" {
			where = fmt.Sprintf(" of graph %q", sym.Panel)
		}
		c.errorf(tokenPos(id), fmt.Sprintf("%q is declared at %d:%d as a %s%s; an edge joins nodes of its own graph, and ids are shared by the whole diagram",
			name, sym.Pos.Line, sym.Pos.Col, sym.Kind, where), "%q is not a node of this graph", name)
		return false
	}
	c.declare(id, "node", b.g.ID)
	b.addNode(&diagram.Node{ID: name, Pos: c.pos(tokenPos(id))}, parent)
	return true
}

// rank converts "rank same a b c" once every node is known.
func (b *graphBuilder) rank(r *Rank) {
	c := b.c
	if r.Mode.Value == "" || r.Mode.Value != "same" {
		c.errorf(r.Pos(), "write "+graphHelp.usage["rank"], "rank needs \"same\" and the nodes that share a rank")
		return
	}
	if len(r.Nodes) < 2 {
		c.errorf(r.Pos(), "write "+graphHelp.usage["rank"], "rank same needs at least two nodes")
		return
	}
	var ids []string
	for _, n := range r.Nodes {
		if b.nodes[n.Value] == nil {
			hint := didYouMean(n.Value, b.nodeIDs())
			if hint == "" {
				hint = "rank same lists nodes of this graph"
			}
			c.errorf(tokenPos(n), hint, "unknown node %q", n.Value)
			return
		}
		ids = append(ids, n.Value)
	}
	b.g.SameRank = append(b.g.SameRank, ids)
}

// zone converts "zone ID "label" { members }" once every node and group
// is known.
func (b *graphBuilder) zone(z *Zone) {
	c := b.c
	out := &diagram.Zone{Pos: c.pos(z.Pos())}
	switch {
	case z.ID.Value == "":
		c.errorf(z.Pos(), "write "+graphHelp.usage["zone"], "zone needs an id")
		return
	case !c.declare(z.ID, "zone", b.g.ID):
		return
	}
	out.ID = z.ID.Value
	for _, a := range z.Attrs {
		switch {
		case a.Label.Value != "" && out.Label == "":
			out.Label = c.str(a.Label)
		case a.Label.Value != "":
			c.errorf(a.Pos(), "a zone has one label", "second label for zone %q", out.ID)
		case a.Key == "tone":
			out.Tone, _ = c.tone(a)
		default:
			c.errorf(a.Pos(), "write "+graphHelp.usage["zone"], "a zone does not take %s", attrName(a))
		}
	}
	members := z.members()
	if len(members) == 0 {
		c.errorf(z.Pos(), "write "+graphHelp.usage["zone"], "zone %q has no members", out.ID)
		return
	}
	seen := map[string]bool{}
	for _, m := range members {
		if b.nodes[m.Value] == nil && b.groups[m.Value] == nil {
			ids := b.nodeIDs()
			for _, gr := range b.g.Groups {
				ids = append(ids, groupIDs(gr)...)
			}
			hint := didYouMean(m.Value, ids)
			if hint == "" {
				hint = "a zone lists nodes and groups of this graph"
			}
			c.errorf(tokenPos(m), hint, "unknown node %q in zone %q", m.Value, out.ID)
			return
		}
		if seen[m.Value] {
			c.errorf(tokenPos(m), "list each member once", "%q is listed twice in zone %q", m.Value, out.ID)
			return
		}
		seen[m.Value] = true
		out.Members = append(out.Members, m.Value)
	}
	if len(b.g.Zones) == diagram.MaxZones {
		c.errorf(z.Pos(), fmt.Sprintf("a graph has at most %d zones", diagram.MaxZones), "too many zones in graph %q", b.g.ID)
		return
	}
	b.g.Zones = append(b.g.Zones, out)
}

// members returns the ids the zone lists.
func (z *Zone) members() []Token {
	ids := make([]Token, len(z.Members))
	for i, m := range z.Members {
		ids[i] = m.ID
	}
	return ids
}

// groupIDs returns the ids of gr and of the groups nested in it.
func groupIDs(gr *diagram.Group) []string {
	ids := []string{gr.ID}
	for _, in := range gr.Groups {
		ids = append(ids, groupIDs(in)...)
	}
	return ids
}

// ringRules reports what a graph on a ring cannot have: groups, pins and
// rank, order and align rules.
func (b *graphBuilder) ringRules(stmts []GraphStmt) {
	const hint = "a ring keeps the order of its cycle; remove it, or use the layered layout"
	for _, st := range stmts {
		switch st := st.(type) {
		case *Group:
			b.c.errorf(st.Pos(), "a ring has no groups: remove them, or use the layered layout", "a graph on a ring has no groups")
		case *Zone:
			b.c.errorf(st.Pos(), "a ring has no zones: remove them, or use the layered layout", "a graph on a ring has no zones")
		case *Rank:
			b.c.errorf(st.Pos(), hint, "a graph on a ring has no rank rules")
		case *Placement:
			b.c.errorf(st.Pos(), hint, "a graph on a ring has no %s rules", st.Kind)
		case *NodeDecl:
			for _, a := range st.Attrs {
				if a.Key == "pin" {
					b.c.errorf(a.Pos(), hint, "a node on a ring has no pin")
				}
			}
		}
	}
}

// placement converts "order a b c" and "align a b c" once every node is
// known.
func (b *graphBuilder) placement(p *Placement) {
	c := b.c
	if len(p.Nodes) < 2 {
		c.errorf(p.Pos(), "write "+graphHelp.usage[p.Kind], "%s needs at least two nodes", p.Kind)
		return
	}
	var ids []string
	seen := map[string]bool{}
	for _, n := range p.Nodes {
		if b.nodes[n.Value] == nil {
			hint := didYouMean(n.Value, b.nodeIDs())
			if hint == "" {
				hint = p.Kind + " lists nodes of this graph"
			}
			c.errorf(tokenPos(n), hint, "unknown node %q", n.Value)
			return
		}
		if seen[n.Value] {
			c.errorf(tokenPos(n), "list each node once", "node %q is listed twice", n.Value)
			return
		}
		seen[n.Value] = true
		ids = append(ids, n.Value)
	}
	if p.Kind == "order" {
		b.g.Orders = append(b.g.Orders, ids)
	} else {
		b.g.Aligns = append(b.g.Aligns, ids)
	}
}

func (b *graphBuilder) nodeIDs() []string {
	out := make([]string, len(b.g.Nodes))
	for i, n := range b.g.Nodes {
		out[i] = n.ID
	}
	return out
}

// enumAttr checks that a keyword attribute names one of a closed set.
func (c *compiler) enumAttr(a *Attr, key, plural string, names []string) (string, bool) {
	if a.Value.Value == "" {
		c.errorf(a.Pos(), plural+" are "+strings.Join(names, ", "), "%s needs a name", key)
		return "", false
	}
	if !contains(names, a.Value.Value) {
		c.errorf(tokenPos(a.Value), enumHint(a.Value.Value, plural, names), "unknown %s %q", key, a.Value.Value)
		return "", false
	}
	return a.Value.Value, true
}

// isWeight reports whether the attribute is weight W.
func (a *Attr) isWeight() bool {
	return a.Label.Value == "" && a.Key == "" && a.Flag == "" && len(a.Tokens) > 0 && a.Tokens[0].Value == "weight"
}

// routing converts a "route R" attribute.
func (c *compiler) routing(a *Attr) (diagram.Routing, bool) {
	name, ok := c.enumAttr(a, "route", "routes", diagram.RoutingNames())
	if !ok {
		return diagram.RouteAuto, false
	}
	return diagram.ParseRouting(name)
}

// pin converts a "pin SIDE" attribute.
func (c *compiler) pin(a *Attr) (diagram.Pin, bool) {
	name, ok := c.enumAttr(a, "pin", "sides", diagram.PinNames())
	if !ok {
		return diagram.PinNone, false
	}
	return diagram.ParsePin(name)
}

// tone converts a "tone T" attribute.
func (c *compiler) tone(a *Attr) (diagram.Tone, bool) {
	name, ok := c.enumAttr(a, "tone", "tones", diagram.ToneNames())
	if !ok {
		return diagram.Neutral, false
	}
	t, _ := diagram.ParseTone(name)
	return t, true
}
