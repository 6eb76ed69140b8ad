package diagram

import (
	"fmt"
	"strings"
)

// Direction is the way a graph's ranks run.
type Direction int

// The directions. Down is the default.
const (
	Down Direction = iota
	Right
	Up
	Left
)

// directionConsts names the constants of Direction in order (see checkEnum).
var directionConsts = []string{"Down", "Right", "Up", "Left"}

func (Direction) consts() []string { return directionConsts }

var directionNames = [...]string{"down", "right", "up", "left"}

// String returns the direction's name as written in the language.
func (d Direction) String() string {
	if d >= 0 && int(d) < len(directionNames) {
		return directionNames[d]
	}
	return "down"
}

// ParseDirection returns the direction with the given name.
func ParseDirection(s string) (Direction, bool) {
	for i, n := range directionNames {
		if n == s {
			return Direction(i), true
		}
	}
	return Down, false
}

// Routing is how a graph's edges are drawn.
type Routing int

// The routings. An edge with RouteAuto takes its graph's routing, and a
// graph with RouteAuto routes orthogonally.
const (
	RouteAuto Routing = iota
	// RouteOrthogonal bends at right angles, with rounded corners, in
	// the gaps between ranks: flowcharts.
	RouteOrthogonal
	// RouteStraight draws a straight line from one node towards the
	// other's centre, bending only to pass round a node in its way:
	// networks, fully connected layers.
	RouteStraight
	// RouteSpline draws a smooth curve.
	RouteSpline
)

// routingConsts names the constants of Routing in order (see checkEnum).
var routingConsts = []string{"RouteAuto", "RouteOrthogonal", "RouteStraight", "RouteSpline"}

func (Routing) consts() []string { return routingConsts }

var routingNames = [...]string{"auto", "orthogonal", "straight", "spline"}

// String returns the routing's name as written in the language.
func (r Routing) String() string {
	if r >= 0 && int(r) < len(routingNames) {
		return routingNames[r]
	}
	return "auto"
}

// RoutingNames lists the routings a graph or an edge may name: orthogonal,
// straight and spline.
func RoutingNames() []string { return append([]string(nil), routingNames[1:]...) }

// ParseRouting returns the routing with the given name (orthogonal,
// straight or spline).
func ParseRouting(s string) (Routing, bool) {
	for i, n := range routingNames[1:] {
		if n == s {
			return Routing(i + 1), true
		}
	}
	return RouteAuto, false
}

// GraphLayout is how a graph's nodes are placed.
type GraphLayout int

// The graph layouts.
const (
	// LayoutLayered places nodes in ranks along the graph's direction.
	LayoutLayered GraphLayout = iota
	// LayoutRing places nodes on a circle in the order of the cycle
	// their edges make, for cycles drawn as cycles.
	LayoutRing
)

// graphLayoutConsts names the constants of GraphLayout in order (see
// checkEnum).
var graphLayoutConsts = []string{"LayoutLayered", "LayoutRing"}

func (GraphLayout) consts() []string { return graphLayoutConsts }

var graphLayoutNames = [...]string{"layered", "ring"}

// String returns the layout's name as written in the language.
func (l GraphLayout) String() string {
	if l >= 0 && int(l) < len(graphLayoutNames) {
		return graphLayoutNames[l]
	}
	return "layered"
}

// GraphLayoutNames lists the names of the graph layouts.
func GraphLayoutNames() []string { return append([]string(nil), graphLayoutNames[:]...) }

// ParseGraphLayout returns the graph layout with the given name.
func ParseGraphLayout(s string) (GraphLayout, bool) {
	for i, n := range graphLayoutNames {
		if n == s {
			return GraphLayout(i), true
		}
	}
	return LayoutLayered, false
}

// Pin is the side of a graph's picture that a node or group keeps to.
type Pin int

// The pins. PinNone leaves the node or group where the layout puts it.
const (
	PinNone Pin = iota
	PinLeft
	PinRight
	PinTop
	PinBottom
)

// pinConsts names the constants of Pin in order (see checkEnum).
var pinConsts = []string{"PinNone", "PinLeft", "PinRight", "PinTop", "PinBottom"}

func (Pin) consts() []string { return pinConsts }

var pinNames = [...]string{"none", "left", "right", "top", "bottom"}

// String returns the pin's name as written in the language.
func (p Pin) String() string {
	if p >= 0 && int(p) < len(pinNames) {
		return pinNames[p]
	}
	return "none"
}

// PinNames lists the sides a node or group may be pinned to.
func PinNames() []string { return append([]string(nil), pinNames[1:]...) }

// ParsePin returns the pin with the given name (left, right, top or
// bottom).
func ParsePin(s string) (Pin, bool) {
	for i, n := range pinNames[1:] {
		if n == s {
			return Pin(i + 1), true
		}
	}
	return PinNone, false
}

// MaxWeight bounds the magnitude of an edge's weight.
const MaxWeight = 1e6

// Shape is the outline drawn for a graph node.
type Shape int

// The node shapes.
const (
	Box Shape = iota
	Rounded
	Circle
	Cylinder
	Diamond
	Person
	Document
	Queue
	Hexagon
	Cloud
)

// shapeConsts names the constants of Shape in order (see checkEnum).
var shapeConsts = []string{"Box", "Rounded", "Circle", "Cylinder", "Diamond", "Person", "Document", "Queue", "Hexagon", "Cloud"}

func (Shape) consts() []string { return shapeConsts }

var shapeNames = [...]string{"box", "rounded", "circle", "cylinder", "diamond", "person", "document", "queue", "hexagon", "cloud"}

// String returns the shape's name as written in the language.
func (s Shape) String() string {
	if s >= 0 && int(s) < len(shapeNames) {
		return shapeNames[s]
	}
	return "box"
}

// ShapeNames lists the shape names in order.
func ShapeNames() []string { return append([]string(nil), shapeNames[:]...) }

// ParseShape returns the shape with the given name.
func ParseShape(s string) (Shape, bool) {
	for i, n := range shapeNames {
		if n == s {
			return Shape(i), true
		}
	}
	return Box, false
}

// Graph is a panel of nodes joined by edges, optionally inside nested groups,
// laid out in ranks.
type Graph struct {
	PanelHead
	// Layout is how the nodes are placed: in ranks along Direction, or
	// on a ring.
	Layout    GraphLayout
	Direction Direction
	// Route is how the edges are drawn, unless an edge says otherwise.
	Route  Routing
	Nodes  []*Node  // in declaration order, including nodes declared by use
	Edges  []*Edge  // in declaration order
	Groups []*Group // top-level groups; nested ones hang below
	// Zones are regions drawn around nodes and groups across the groups,
	// in declaration order.
	Zones []*Zone
	// SameRank lists sets of node ids that must share a rank; they keep
	// the order listed.
	SameRank [][]string
	// SourceOrder keeps the nodes of each rank in declaration order (among
	// the nodes of one group).
	SourceOrder bool
	// Orders lists node ids that keep the order listed where they share a
	// rank and a group: left to right, or top to bottom in a graph going
	// right or left.
	Orders [][]string
	// Aligns lists sets of node ids placed on one line across ranks: one
	// vertical line in a graph going down or up, one horizontal line in a
	// graph going right or left.
	Aligns [][]string
}

func (*Graph) keyword() string { return "graph" }

// Node is one box of a graph.
type Node struct {
	ID    string
	Label string // what readers see; the id when empty
	Shape Shape
	Tone  Tone
	Icon  string // icon name, or empty
	// Parts are lines drawn under the label, each an element of its own
	// that the animation can show at its step (a value in the forward
	// pass, its gradient in the backward pass): part "val" of node "h1" is
	// "h1.val".
	Parts []*LabelPart
	// Detail is a second, smaller line under the label (and its parts):
	// a size, a version, a count; rich text, empty when none.
	Detail string
	Pin    Pin // the side of the picture the node keeps to
	// Tensor, when not empty, draws the node as a tensor: one to three
	// dimensions, each from 1 to MaxTensorDim, drawn as a vector (n), a
	// sheet of rows (n×d) or a volume of slices (W×H×C) in oblique
	// projection, sized by its dimensions. Such a node has no shape or
	// icon of its own.
	Tensor []int
	Pos    Pos
}

// MaxTensorDim bounds each dimension of a tensor node.
const MaxTensorDim = 1_000_000

// MaxTensorDims bounds the number of dimensions of a tensor node.
const MaxTensorDims = 3

// LabelPart is a named line of a node's label, drawn under the label and
// addressed as the node's id, a dot and the name (SubID).
type LabelPart struct {
	Name string
	Text string
	Pos  Pos
}

// Position returns where the part was declared.
func (p *LabelPart) Position() Pos { return p.Pos }

func (*LabelPart) walk(func(Element) bool) {}

func (p *LabelPart) eachString(f func(string)) {
	f(p.Name)
	f(p.Text)
}

// check checks a part of the node n and declares its id.
func (p *LabelPart) check(v *validator, n *Node) {
	v.markup(p, "label part", p.Text)
	switch {
	case p.Name == "":
		v.errorf(p, "name the part, like part grad \"∂L/∂h = 0.12\"", "label part has no name")
	case strings.ContainsAny(p.Name, ". \t\n"):
		v.errorf(p, "a part's name is one word without dots, like grad", "label part name %q is not a word", p.Name)
	default:
		v.declare(SubID(n.ID, Part(p.Name)), "part", p)
	}
	v.need(p, p.Text, "give the part the text it shows", "label part %q has no text", p.Name)
}

// Text returns the label, or the id when the label is empty.
func (n *Node) Text() string {
	if n.Label != "" {
		return n.Label
	}
	return n.ID
}

// Arrow says which ends of an edge carry an arrowhead.
type Arrow int

// The arrow kinds: -> , <- , <-> and --.
const (
	Forward Arrow = iota
	Backward
	Both
	NoArrow
)

// arrowConsts names the constants of Arrow in order (see checkEnum).
var arrowConsts = []string{"Forward", "Backward", "Both", "NoArrow"}

func (Arrow) consts() []string { return arrowConsts }

// Edge joins two nodes (or a node and a group).
type Edge struct {
	ID     string // "from->to" unless named; unique within the graph
	From   string
	To     string
	Arrow  Arrow
	Label  string
	Dashed bool
	Bold   bool
	Tone   Tone
	// Route is how the edge is drawn; RouteAuto takes the graph's.
	Route Routing
	// Weighted says the edge has a Weight, drawn as the width of its line
	// (and, when negative, as a dotted line).
	Weighted bool
	// Weight is the edge's weight, within ±MaxWeight.
	Weight float64
	// Kernel, when not zero, draws the receptive field of an edge between
	// two tensor nodes: a K×K window on the first tensor's front face
	// projecting to one cell of the second's. It is from 1 to
	// MaxTensorDim.
	Kernel int
	Pos    Pos
}

// Group is a titled box drawn around its members; groups nest.
type Group struct {
	ID     string
	Label  string
	Tone   Tone
	Nodes  []string // ids of member nodes, in order
	Groups []*Group // nested groups
	Pin    Pin      // the side of the picture the group keeps to
	// Repeat, when not empty, draws the group as a block repeated that
	// many times: a solid frame with a ×Repeat badge. It is a count from
	// 2 to MaxRepeat, or a name such as N (RepeatOK).
	Repeat string
	Pos    Pos
}

// MaxRepeat bounds the count of a repeated group.
const MaxRepeat = 9999

// maxRepeatName bounds the length of a repeat count written as a name.
const maxRepeatName = 12

// RepeatOK reports whether s is a group's repeat count: a whole number
// from 2 to MaxRepeat, or a name of at most 12 ASCII letters, digits and
// underscores that starts with a letter (N, L, T_max).
func RepeatOK(s string) bool {
	if s == "" || len(s) > maxRepeatName {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
			n = n*10 + int(s[i]-'0')
		}
		return s[0] != '0' && n >= 2 && n <= MaxRepeat
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// Position returns where the node was declared.
func (n *Node) Position() Pos { return n.Pos }

// Position returns where the edge was declared.
func (e *Edge) Position() Pos { return e.Pos }

// Position returns where the group was declared.
func (g *Group) Position() Pos { return g.Pos }

func (g *Graph) walk(f func(Element) bool) {
	walkList(g.Nodes, f)
	walkList(g.Edges, f)
	walkList(g.Groups, f)
	walkList(g.Zones, f)
}

func (g *Group) walk(f func(Element) bool) { walkList(g.Groups, f) }

func (n *Node) walk(f func(Element) bool) { walkList(n.Parts, f) }
func (*Edge) walk(func(Element) bool)     {}

func (g *Graph) eachString(f func(string)) {
	f(g.ID)
	f(g.Title)
	for _, set := range g.SameRank {
		eachOf(set, f)
	}
	for _, set := range g.Orders {
		eachOf(set, f)
	}
	for _, set := range g.Aligns {
		eachOf(set, f)
	}
}

func (n *Node) eachString(f func(string)) {
	f(n.ID)
	f(n.Label)
	f(n.Icon)
	f(n.Detail)
}

func (e *Edge) eachString(f func(string)) {
	f(e.ID)
	f(e.From)
	f(e.To)
	f(e.Label)
}

func (g *Group) eachString(f func(string)) {
	f(g.ID)
	f(g.Label)
	eachOf(g.Nodes, f)
	f(g.Repeat)
}

// graphScope is what the validator knows of a graph's nodes and groups
// while it checks the graph. The nodes are checked first, so that the
// groups and edges find them all.
type graphScope struct {
	nodes   map[string]bool
	nodeIDs []string
	groups  map[string]bool
	member  map[string]string // node id → the group that holds it
}

// check checks a graph: its nodes, groups, edges and rank constraints.
func (g *Graph) check(v *validator) {
	checkEnum(v, g, "direction", g.Direction)
	checkEnum(v, g, "route", g.Route)
	if checkEnum(v, g, "layout", g.Layout) && g.Layout == LayoutRing {
		switch {
		case len(g.Groups) > 0:
			v.errorf(g, "a ring has no groups: remove them, or use the layered layout", "graph %q on a ring has groups", g.ID)
		case len(g.SameRank)+len(g.Orders)+len(g.Aligns) > 0 || g.SourceOrder:
			v.errorf(g, "a ring keeps the order of its cycle: remove rank, order and align, or use the layered layout", "graph %q on a ring has rank, order or align rules", g.ID)
		}
		for _, n := range g.Nodes {
			if n != nil && n.Pin != PinNone {
				v.errorf(n, "a ring keeps the order of its cycle: remove the pin, or use the layered layout", "node %q on a ring is pinned", n.ID)
			}
		}
	}
	sc := &graphScope{nodes: map[string]bool{}, groups: map[string]bool{}, member: map[string]string{}}
	for i, n := range g.Nodes {
		switch {
		case n == nil:
			v.nilEntry(g, "Nodes", i)
		case v.in(n, step{kind: "node", id: n.ID, index: i + 1}, "node"):
			n.check(v, sc)
			v.out(n)
		}
	}
	sc.checkGroups(v, g, g.Groups)
	sc.checkZones(v, g)
	for i, e := range g.Edges {
		switch {
		case e == nil:
			v.nilEntry(g, "Edges", i)
		case v.in(e, step{kind: "edge", index: i + 1, from: e.From, to: e.To}, "edge"):
			e.check(v, sc)
			if e.Kernel != 0 {
				e.checkKernel(v, g)
			}
			v.out(e)
		}
	}
	nodeIDs := sc.nodeIDs
	for _, lists := range []struct {
		name string
		sets [][]string
	}{{"SameRank", g.SameRank}, {"Orders", g.Orders}, {"Aligns", g.Aligns}} {
		for i, set := range lists.sets {
			if len(set) < 2 {
				v.errorf(g, "a placement constraint lists at least two nodes", "%s[%d] has %d node(s)", lists.name, i, len(set))
			}
			for _, id := range set {
				if !sc.nodes[id] {
					v.report(g, v.path, suggestion(id, func() []string { return nodeIDs }),
						lists.name+" lists ids of nodes in the graph's Nodes", "unknown node %q in %s[%d]", id, lists.name, i)
				}
			}
		}
	}
}

// check checks a node of a graph and adds it to the graph's nodes.
func (n *Node) check(v *validator, sc *graphScope) {
	if n.ID == "" {
		v.errorf(n, "give every node an ID: edges, groups and the animation name nodes by id", "node has no id")
	}
	v.declare(n.ID, "node", n)
	sc.nodes[n.ID], sc.nodeIDs = true, append(sc.nodeIDs, n.ID)
	v.markup(n, "node label", n.Label)
	v.markup(n, "node detail", n.Detail)
	checkEnum(v, n, "shape", n.Shape)
	checkEnum(v, n, "pin", n.Pin)
	if n.Tensor != nil {
		n.checkTensor(v)
	}
	v.tone(n, n.Tone)
	v.checkIcon(n, n.Icon)
	if len(n.Parts) > MaxLabelParts {
		v.errorf(n, fmt.Sprintf("a node has at most %d label parts", MaxLabelParts), "node %q has %d label parts", n.ID, len(n.Parts))
		return
	}
	for i, p := range n.Parts {
		switch {
		case p == nil:
			v.nilEntry(n, "Parts", i)
		case v.in(p, step{kind: "part", id: p.Name, index: i + 1}, "part"):
			p.check(v, n)
			v.out(p)
		}
	}
}

// checkKernel checks the receptive field of an edge of g: a kernel from
// 1 to MaxTensorDim between two tensor nodes.
func (e *Edge) checkKernel(v *validator, g *Graph) {
	if e.Kernel < 1 || e.Kernel > MaxTensorDim {
		v.errorf(e, "give the kernel as a whole number from 1 to 1000000, such as kernel 3", "edge kernel %d is out of range", e.Kernel)
		return
	}
	for _, end := range []string{e.From, e.To} {
		for _, n := range g.Nodes {
			if n != nil && n.ID == end && len(n.Tensor) == 0 {
				v.errorf(e, "a receptive field joins two tensors: give both ends tensor dimensions", "edge %s -> %s has a kernel but %q is not a tensor", e.From, e.To, end)
				return
			}
		}
	}
}

// checkTensor checks the dimensions of a tensor node.
func (n *Node) checkTensor(v *validator) {
	switch {
	case len(n.Tensor) == 0 || len(n.Tensor) > MaxTensorDims:
		v.errorf(n, "give a tensor one to three dimensions: n, n×d or W×H×C", "node %q has a tensor of %d dimensions", n.ID, len(n.Tensor))
	case n.Shape != Box:
		v.errorf(n, "a tensor is drawn as a volume; leave the shape out", "node %q is a tensor with shape %s", n.ID, n.Shape)
	case n.Icon != "":
		v.errorf(n, "a tensor is drawn as a volume; leave the icon out", "node %q is a tensor with an icon", n.ID)
	}
	for _, d := range n.Tensor {
		if d < 1 || d > MaxTensorDim {
			v.errorf(n, "give each dimension as a whole number from 1 to 1000000", "node %q has a tensor dimension %d", n.ID, d)
			return
		}
	}
}

// checkGroups checks the groups of list, the top-level groups of g or the
// groups nested in one of them.
func (sc *graphScope) checkGroups(v *validator, g *Graph, list []*Group) {
	for i, gr := range list {
		switch {
		case gr == nil:
			v.nilEntry(g, "Groups", i)
		case v.in(gr, step{kind: "group", id: gr.ID, index: i + 1}, "group "+gr.ID):
			gr.check(v, g, sc)
			v.out(gr)
		}
	}
}

// check checks a group of the graph g, its members and the groups nested
// in it.
func (gr *Group) check(v *validator, g *Graph, sc *graphScope) {
	if gr.ID == "" {
		v.errorf(gr, "give every group an ID: edges and the animation name groups by id", "group has no id")
	}
	v.declare(gr.ID, "group", gr)
	v.markup(gr, "group label", gr.Label)
	sc.groups[gr.ID] = true
	v.tone(gr, gr.Tone)
	checkEnum(v, gr, "pin", gr.Pin)
	if gr.Repeat != "" && !RepeatOK(gr.Repeat) {
		v.errorf(gr, "give a count from 2 to 9999, or a name such as N", "group %q has repeat count %q", gr.ID, gr.Repeat)
	}
	nodeIDs := sc.nodeIDs
	for _, id := range gr.Nodes {
		switch prev, held := sc.member[id]; {
		case !sc.nodes[id]:
			v.report(gr, v.path, suggestion(id, func() []string { return nodeIDs }),
				"a group lists ids of nodes in its graph's Nodes", "unknown node %q in group", id)
		case held && prev == gr.ID:
			v.errorf(gr, "list each member once", "node %q is listed twice", id)
		case held:
			v.errorf(gr, "a node belongs to one group; nest one group in the other instead", "node %q is in group %q and in group %q", id, prev, gr.ID)
		default:
			sc.member[id] = gr.ID
		}
	}
	sc.checkGroups(v, g, gr.Groups)
}

// check checks an edge: its ends name nodes or groups of its graph.
func (e *Edge) check(v *validator, sc *graphScope) {
	v.declare(e.ID, "edge", e)
	v.markup(e, "edge label", e.Label)
	checkEnum(v, e, "arrow", e.Arrow)
	checkEnum(v, e, "route", e.Route)
	v.tone(e, e.Tone)
	switch {
	case !e.Weighted && e.Weight != 0:
		v.errorf(e, "set Weighted to draw the weight, or leave Weight zero", "edge has a weight %g but Weighted is false", e.Weight)
	case e.Weight-e.Weight != 0 || e.Weight > MaxWeight || e.Weight < -MaxWeight:
		v.errorf(e, "give a finite weight within ±1e6", "edge weight %g is out of range", e.Weight)
	}
	for _, end := range []string{e.From, e.To} {
		if !sc.nodes[end] && !sc.groups[end] {
			v.unknownEnd(e, end, sc.nodeIDs, "node", "graph", "an edge joins nodes and groups of its own graph")
		}
	}
	v.edge(e.From, e.To, e.Arrow)
}
