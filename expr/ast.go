package expr

// nodeKind tells what a node of the syntax tree is.
type nodeKind uint8

const (
	numberNode  nodeKind = iota // a literal; value holds it
	varNode                     // x or y; name holds it
	constNode                   // pi or e; name and value hold it
	negNode                     // unary minus of args[0]
	binaryNode                  // args[0] op args[1]
	callNode                    // name(args...)
	compareNode                 // args[0] cmp args[1]; cmp holds the operator
)

// node is one node of the syntax tree. Unary plus leaves no node: +x is x.
// A node holds no position, so two parses of equal text give equal trees.
type node struct {
	kind  nodeKind
	op    byte   // '+', '-', '*', '/' or '^' for a binaryNode
	cmp   string // "<", "<=", ">" or ">=" for a compareNode
	name  string
	value float64
	args  []*node
}

// usesVar reports whether the subtree mentions the variable name.
func (n *node) usesVar(name string) bool {
	if n.kind == varNode {
		return n.name == name
	}
	for _, a := range n.args {
		if a.usesVar(name) {
			return true
		}
	}
	return false
}
