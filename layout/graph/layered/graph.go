package layered

import (
	"fmt"
	"strconv"
)

// Graph is the input of [Layout]: boxes, edges between them and groups
// (clusters) around them.
type Graph struct {
	// Nodes are the boxes to place, with their sizes as drawn.
	Nodes []Node
	// Edges connect nodes or groups.
	Edges []Edge
	// Groups are clusters of nodes, nested to any depth through Parent.
	Groups []Group
	// SameRank lists sets of node indices that must share a rank.
	SameRank [][]int
	// Orders lists node indices that keep this order, left to right in
	// layout space (top to bottom going right or left), where they share
	// a rank and an innermost group.
	Orders [][]int
	// Aligns lists sets of node indices placed on one line across ranks
	// (one x going down or up, one y going right or left); of nodes that
	// share a rank, the first listed is aligned.
	Aligns [][]int
	// Together lists sets of node indices kept side by side where they
	// share a rank and an innermost group (a zone's members): after every
	// sweep the members of a set that were apart are gathered at the
	// place of their middle member. The order lists win where they
	// disagree.
	Together [][]int
}

// Node is a box of a given size.
type Node struct {
	// W and H are the box's width and height as drawn.
	W, H float64
	// Group is the index of the innermost group holding the node, or -1.
	Group int
	// Pin is the side of the picture the node keeps to.
	Pin Pin
	// CentrePorts asks for edges to meet the node only at the middle of
	// its sides, for a shape whose outline leaves the corners of its box
	// empty (a circle, a diamond). Otherwise a lone edge on a side may
	// meet it anywhere along the middle of the side, where it runs
	// straight.
	CentrePorts bool
}

// Edge is a directed connection from one end to another.
type Edge struct {
	From, To End
	// LabelW and LabelH are the size of the edge's label; zero when the edge
	// has no label. A labelled edge spans at least two ranks (its MinLen
	// doubles), and its label sits in a rank between the ends, as in dot.
	LabelW, LabelH float64
	// MinLen is the least number of ranks between the two ends; values
	// below 1 mean 1, values above MaxMinLen mean MaxMinLen.
	MinLen int
	// Style is how the edge is drawn; RouteDefault takes the graph's
	// (Options.Spline).
	Style RouteStyle
}

// RouteStyle is how an edge's route is drawn.
type RouteStyle int

// The route styles.
const (
	// RouteDefault takes the style of the graph: RouteSpline when
	// Options.Spline is set, RouteOrthogonal otherwise.
	RouteDefault RouteStyle = iota
	// RouteOrthogonal bends at right angles in the channels between ranks,
	// on tracks of their own.
	RouteOrthogonal
	// RouteStraight is a polyline aimed at the centres of the two ends,
	// with as few corners as keep it off every other box: one straight
	// segment when nothing is in the way.
	RouteStraight
	// RouteSpline is a cubic curve, vertical through the ranks it passes.
	RouteSpline
)

// MaxMinLen bounds Edge.MinLen, so that no input can ask for millions of
// ranks.
const MaxMinLen = 32

// End is one end of an edge: a node, or a group's box. The zero End is
// node 0; use [NodeEnd] and [GroupEnd] to build one.
type End struct {
	// Node is the node's index, or -1 for a group end.
	Node int
	// Group is the group's index when Node is -1; ignored otherwise.
	Group int
}

// NodeEnd returns the End for node i.
func NodeEnd(i int) End { return End{Node: i} }

// GroupEnd returns the End for group g's box.
func GroupEnd(g int) End { return End{Node: -1, Group: g} }

// IsGroup reports whether the end is a group's box.
func (e End) IsGroup() bool { return e.Node < 0 }

// Group is a cluster: one rectangle around its member nodes and nested
// groups, with a title band.
type Group struct {
	// Parent is the enclosing group's index, or -1 at the top level.
	Parent int
	// TitleW and TitleH are the size of the group's title; zero for none.
	TitleW, TitleH float64
	// Pin is the side of the picture the group keeps to.
	Pin Pin
}

// Direction is the way ranks follow each other.
type Direction int

// The directions: Down puts the first rank at the top.
const (
	Down Direction = iota
	Right
	Up
	Left
)

// Options tunes the layout. Zero values take the defaults named below.
type Options struct {
	Direction Direction
	// NodeSep is the least gap between two boxes in a rank (default 24).
	NodeSep float64
	// RankSep is the least gap between two ranks (default 40).
	RankSep float64
	// EdgeSep is the gap between parallel routes (default 8).
	EdgeSep float64
	// GroupPad is the padding inside a group's box (default 12).
	GroupPad float64
	// Spline draws cubic curves instead of orthogonal routes for every
	// edge whose Style is RouteDefault.
	Spline bool
	// SourceOrder keeps the nodes of each rank in input order (among the
	// nodes of one innermost group).
	SourceOrder bool
	// Sweeps bounds the passes of crossing reduction (default 24).
	Sweeps int
	// MaxDummies is the budget of dummy nodes: an edge between ranks r and
	// r+k passes through k-1 ranks and needs a dummy node in each, so a
	// few thousand edges across a long chain need millions. Zero means
	// DefaultMaxDummies; a negative budget allows none.
	MaxDummies int
	// MaxOrderWork is the budget of crossing reduction: the nodes of the
	// layered graph (real nodes, dummies and the fillers that keep groups
	// in every rank they span) and its edges, times the sweeps planned
	// over them. Zero means DefaultMaxOrderWork; a negative budget allows
	// none.
	MaxOrderWork int
}

// Point is a position; y grows downward.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle: top-left corner, width and height.
type Rect struct{ X, Y, W, H float64 }

// Result is the laid-out graph. Everything lies in [0,Width]×[0,Height].
type Result struct {
	// Dummies and OrderWork are what the layout used of the budgets
	// Options.MaxDummies and Options.MaxOrderWork.
	Dummies, OrderWork int
	// Nodes holds each node's box, in input order.
	Nodes []Rect
	// Edges holds each edge's route, in input order.
	Edges []Route
	// Groups holds each group's box, title band included.
	Groups []Rect
	// GroupTitles holds where each group's title goes.
	GroupTitles []Rect
	Width       float64
	Height      float64
}

// Route is the drawn path of one edge.
type Route struct {
	// Points is the polyline from the source's boundary to the arrow tip on
	// the target's boundary. For orthogonal routes these are the corners;
	// for splines, the flattened curve (chord error at most 1 px).
	Points []Point
	// Curve holds cubic Bézier control points (start, c1, c2, end, c1, c2,
	// end, ...) for a spline route; nil otherwise, and nil for an edge cut
	// short at a group's box (draw Points then).
	Curve []Point
	// Label is the box of the edge's label, centred on the route (draw it
	// with a background); zero when the edge has no label. It never
	// overlaps a node or another label.
	Label Rect
	// Reversed reports that the edge points against the rank order (it was
	// reversed to break a cycle); it is still drawn from From to To.
	Reversed bool
	// Style is the style the route was drawn in (never RouteDefault).
	Style RouteStyle
}

// InputError describes invalid input to [Layout]: the offending item, by
// its kind and its index in the Graph, and what is wrong with it.
type InputError struct {
	// Item is the kind of the offending item and Index its index in the
	// Graph's list of that kind (Nodes, Groups, Edges or SameRank).
	Item  Item
	Index int
	// Msg says what is wrong.
	Msg string
}

// Error says which item is wrong and how, such as "layered: edge 3: ...".
func (e *InputError) Error() string {
	return "layered: " + e.Item.String() + " " + strconv.Itoa(e.Index) + ": " + e.Msg
}

// Item is a kind of item of a Graph.
type Item int

// The kinds of items of a Graph.
const (
	ItemNode     Item = iota // an entry of Graph.Nodes
	ItemGroup                // an entry of Graph.Groups
	ItemEdge                 // an entry of Graph.Edges
	ItemSameRank             // an entry of Graph.SameRank
	ItemOrder                // an entry of Graph.Orders
	ItemAlign                // an entry of Graph.Aligns
	ItemTogether             // an entry of Graph.Together
)

// String returns the item's name as errors write it, such as "edge".
func (it Item) String() string {
	switch it {
	case ItemNode:
		return "node"
	case ItemGroup:
		return "group"
	case ItemEdge:
		return "edge"
	case ItemSameRank:
		return "same-rank set"
	case ItemOrder:
		return "order list"
	case ItemAlign:
		return "align set"
	case ItemTogether:
		return "together set"
	}
	return "Item(" + strconv.Itoa(int(it)) + ")"
}

func inputError(item Item, index int, format string, args ...any) error {
	return &InputError{Item: item, Index: index, Msg: fmt.Sprintf(format, args...)}
}

// validate checks indices, sizes and the group tree.
func validate(g *Graph) error {
	nn, ng := len(g.Nodes), len(g.Groups)
	for i, n := range g.Nodes {
		if !finite(n.W) || !finite(n.H) || n.W < 0 || n.H < 0 {
			return inputError(ItemNode, i, "size %gx%g is not a finite, non-negative size", n.W, n.H)
		}
		if n.Group < -1 || n.Group >= ng {
			return inputError(ItemNode, i, "group %d out of range [-1,%d)", n.Group, ng)
		}
	}
	for i, gr := range g.Groups {
		if gr.Parent < -1 || gr.Parent >= ng {
			return inputError(ItemGroup, i, "parent %d out of range [-1,%d)", gr.Parent, ng)
		}
		if !finite(gr.TitleW) || !finite(gr.TitleH) || gr.TitleW < 0 || gr.TitleH < 0 {
			return inputError(ItemGroup, i, "title size %gx%g is not a finite, non-negative size", gr.TitleW, gr.TitleH)
		}
	}
	// Group cycles: walking up from any group must reach -1 within ng steps.
	for i := range g.Groups {
		p, steps := i, 0
		for p >= 0 {
			p = g.Groups[p].Parent
			steps++
			if steps > ng {
				return inputError(ItemGroup, i, "parents form a cycle")
			}
		}
	}
	for i, e := range g.Edges {
		for _, end := range []End{e.From, e.To} {
			if end.IsGroup() && (end.Node != -1 || end.Group < 0 || end.Group >= ng) {
				return inputError(ItemEdge, i, "group end (node %d, group %d): want node -1 and a group in [0,%d)", end.Node, end.Group, ng)
			}
			if !end.IsGroup() && end.Node >= nn {
				return inputError(ItemEdge, i, "node %d out of range [0,%d)", end.Node, nn)
			}
		}
		if e.Style < RouteDefault || e.Style > RouteSpline {
			return inputError(ItemEdge, i, "route style %d out of range [0,%d]", e.Style, RouteSpline)
		}
		if !finite(e.LabelW) || !finite(e.LabelH) || e.LabelW < 0 || e.LabelH < 0 {
			return inputError(ItemEdge, i, "label size %gx%g is not a finite, non-negative size", e.LabelW, e.LabelH)
		}
		if e.From.IsGroup() || e.To.IsGroup() {
			if endInside(g, e.From, e.To) || endInside(g, e.To, e.From) {
				return inputError(ItemEdge, i, "connects a group with itself or with something inside it")
			}
		}
	}
	for _, lists := range []struct {
		item Item
		sets [][]int
	}{{ItemSameRank, g.SameRank}, {ItemOrder, g.Orders}, {ItemAlign, g.Aligns}, {ItemTogether, g.Together}} {
		for i, set := range lists.sets {
			for _, v := range set {
				if v < 0 || v >= nn {
					return inputError(lists.item, i, "node %d out of range [0,%d)", v, nn)
				}
			}
		}
	}
	for i, n := range g.Nodes {
		if n.Pin < PinNone || n.Pin > PinBottom {
			return inputError(ItemNode, i, "pin %d out of range [0,%d]", n.Pin, PinBottom)
		}
	}
	for i, gr := range g.Groups {
		if gr.Pin < PinNone || gr.Pin > PinBottom {
			return inputError(ItemGroup, i, "pin %d out of range [0,%d]", gr.Pin, PinBottom)
		}
	}
	return nil
}

// endInside reports whether end a lies inside group end b (or is it).
func endInside(g *Graph, a, b End) bool {
	if !b.IsGroup() {
		return false
	}
	p := a.Group
	if !a.IsGroup() {
		p = g.Nodes[a.Node].Group
	}
	for ; p >= 0; p = g.Groups[p].Parent {
		if p == b.Group {
			return true
		}
	}
	return false
}

func finite(v float64) bool { return v-v == 0 }
