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

func (*Tree) isPanel() {}

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
