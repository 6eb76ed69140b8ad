package diagram

// Tree is a panel that draws a rooted tree as a tidy tree: parents centred
// over their children, no two subtrees overlapping, each level on one line.
// A tree with several roots (a forest) draws them side by side.
type Tree struct {
	PanelHead
	// Direction is the way the tree grows from its roots: Down (the
	// default), Right, Up or Left.
	Direction Direction
	// Roots are the top-level nodes, in source order.
	Roots []*TreeNode
}

func (*Tree) keyword() string { return "tree" }

// TreeNode is one node of a tree and the subtree below it.
type TreeNode struct {
	// ID names the node for the animation; may be empty.
	ID string
	// Label is the node's text; "\n" breaks lines. Empty draws the id.
	Label string
	// Detail is a smaller second part drawn below the label, e.g. sample
	// counts; "\n" breaks lines. May be empty.
	Detail string
	// Branch labels the edge from the parent to this node, e.g. a decision
	// tree's "yes" or "x₁ ≤ 2.5". Empty for roots and unlabelled edges.
	Branch string
	Tone   Tone
	// Children are drawn in order, left to right (top to bottom when the
	// tree grows to the right).
	Children []*TreeNode
	Pos      Pos
}

// Text returns the label, or the id when the label is empty.
func (n *TreeNode) Text() string {
	if n.Label != "" {
		return n.Label
	}
	return n.ID
}

// EdgeID returns the id of the edge from parent p to n: "p->n" when both
// have ids, else "".
func (n *TreeNode) EdgeID(p *TreeNode) string {
	if p == nil || p.ID == "" || n.ID == "" {
		return ""
	}
	return p.ID + "->" + n.ID
}

// Position returns where the node was declared.
func (n *TreeNode) Position() Pos { return n.Pos }

func (t *Tree) walk(f func(Element) bool)     { walkList(t.Roots, f) }
func (n *TreeNode) walk(f func(Element) bool) { walkList(n.Children, f) }

func (n *TreeNode) eachString(f func(string)) {
	f(n.ID)
	f(n.Label)
	f(n.Detail)
	f(n.Branch)
}

// check checks a tree and the edges to its nodes.
func (t *Tree) check(v *validator) {
	checkEnum(v, t, "direction", t.Direction)
	if len(t.Roots) == 0 {
		v.errorf(t, "add the tree's nodes to Roots", "tree has no nodes")
	}
	checkTreeNodes(v, t, nil, "Roots", t.Roots)
}

// checkTreeNodes checks the nodes of list, the field named field of owner:
// the tree's roots, or the children of parent.
func checkTreeNodes(v *validator, owner Element, parent *TreeNode, field string, list []*TreeNode) {
	for i, n := range list {
		switch {
		case n == nil:
			v.nilEntry(owner, field, i)
		case v.in(n, step{kind: "node", id: n.ID, index: i + 1}, "node "+n.ID):
			n.check(v, parent)
			v.out(n)
		}
	}
}

// check checks a tree node, the child of parent (nil for a root), and the
// edge from parent to it.
func (n *TreeNode) check(v *validator, parent *TreeNode) {
	if n.ID == "" && n.Label == "" {
		v.errorf(n, "give the node an ID, a Label or both", "tree node has neither id nor label")
	}
	if parent == nil && n.Branch != "" {
		v.errorf(n, "a branch label goes on a child", "a root has no branch to label")
	}
	v.declare(n.ID, "tree node", n)
	v.tone(n, n.Tone)
	if id := n.EdgeID(parent); id != "" {
		v.declare(id, "edge", n)
		v.edge(parent.ID, n.ID, Forward)
	}
	checkTreeNodes(v, n, n, "Children", n.Children)
}
