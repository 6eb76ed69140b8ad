package diagram

// Direction is the way a graph's ranks run.
type Direction int

// The directions. Down is the default.
const (
	Down Direction = iota
	Right
	Up
	Left
)

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
	Direction Direction
	Nodes     []*Node  // in declaration order, including nodes declared by use
	Edges     []*Edge  // in declaration order
	Groups    []*Group // top-level groups; nested ones hang below
	// SameRank lists sets of node ids that must share a rank.
	SameRank [][]string
}

func (*Graph) isPanel() {}

// Node is one box of a graph.
type Node struct {
	ID    string
	Label string // what readers see; the id when empty
	Shape Shape
	Tone  Tone
	Icon  string // icon name, or empty
	Pos   Pos
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
	Pos    Pos
}

// Group is a titled box drawn around its members; groups nest.
type Group struct {
	ID     string
	Label  string
	Tone   Tone
	Nodes  []string // ids of member nodes, in order
	Groups []*Group // nested groups
	Pos    Pos
}
