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
	// deps names the constants a folded aggregate (count over a set of
	// points) was computed from, which Uses reports.
	deps []string
}

// usesConst reports whether the subtree mentions the named constant.
func (n *node) usesConst(name string) bool {
	if n.kind == constNode && n.name == name {
		return true
	}
	for _, d := range n.deps {
		if d == name {
			return true
		}
	}
	for _, a := range n.args {
		if a.usesConst(name) {
			return true
		}
	}
	return false
}

// constNames appends the names of the constants the subtree mentions.
func (n *node) constNames(out []string) []string {
	if n.kind == constNode && n.name != "" {
		out = append(out, n.name)
	}
	out = append(out, n.deps...)
	for _, a := range n.args {
		out = a.constNames(out)
	}
	return out
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
