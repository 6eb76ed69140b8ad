package dsl

import (
	"github.com/aiprep/diag/diagram"
)

// Tree is a tree panel: nodes nested in blocks, drawn as a tidy tree.
//
//	tree ID ["title"] [direction down|right|up|left] {
//	  root "x₁ ≤ 2.5 ?" {
//	    "yes": a "class A" detail "n = 40" tone good
//	    "no":  b "x₂ ≤ 1.0 ?" { ... }
//	  }
//	}
type Tree struct {
	Span
	Commented
	ID    Token       `parser:"'tree' ( (?! 'shape' | 'tone' | 'icon' | 'direction' | 'dashed' | 'bold') @Ident )?"`
	Attrs []*Attr     `parser:"@@*"`
	Nodes []*TreeNode `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// TreeNode is one node of a tree, with the label of the branch that leads
// to it, its attributes and its children:
//
//	["branch":] [ID] ["label"] [detail "text"] [tone T] [{ children }]
type TreeNode struct {
	Span
	Commented
	Branch   Token       `parser:"(?= String | Ident) ( (?= String ':') @String ':' )?"`
	ID       Token       `parser:"( (?! 'tone' | 'detail') @Ident )?"`
	Attrs    []*TreeAttr `parser:"@@*"`
	Children *TreeBlock  `parser:"@@?"`
}

// TreeBlock is the block of a node's children.
type TreeBlock struct {
	Span
	Nodes []*TreeNode `parser:"'{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// TreeAttr is one attribute of a tree node: its label, a detail line or a
// tone.
type TreeAttr struct {
	Span
	Label  Token `parser:"@String"`
	Detail Token `parser:"| 'detail' @String"`
	Tone   Token `parser:"| 'tone' @Ident"`
}

var treeHelp = &help{
	keywords: []string{"tree"},
	usage: map[string]string{
		"tree": `tree ID ["title"] [direction down|right|up|left] { nodes }`,
		"":     `["branch":] [ID] ["label"] [detail "text"] [tone T] [{ children }]`,
		"->":   `parent "label" { child; child }  (a tree nests children in braces, without arrows)`,
	},
	blocks: map[string][]string{
		"tree": {""},
	},
}

func (*Tree) help() *help { return treeHelp }

func (t *Tree) compile(c *compiler) diagram.Panel {
	out := &diagram.Tree{PanelHead: diagram.PanelHead{Pos: c.pos(t.Pos())}}
	if t.ID.Value != "" && c.declare(t.ID, "tree", "") {
		out.ID = t.ID.Value
	}
	for _, a := range t.Attrs {
		switch {
		case a.Label.Value != "" && out.Title == "":
			out.Title = c.rich(a.Label)
		case a.Label.Value != "":
			c.errorf(a.Pos(), "a tree has one title", "second title for tree")
		case a.Key == "direction":
			if d, ok := c.enumAttr(a, "direction", "directions", directionNames()); ok {
				out.Direction, _ = diagram.ParseDirection(d)
			}
		default:
			c.errorf(a.Pos(), "write "+treeHelp.usage["tree"], "tree does not take %s", attrName(a))
		}
	}
	if len(t.Nodes) == 0 {
		c.errorf(t.Pos(), "write "+treeHelp.usage[""]+" inside the braces", "tree has no nodes")
	}
	for _, n := range t.Nodes {
		if n.Branch.Value != "" {
			c.errorf(tokenPos(n.Branch), "a branch label goes on a child, inside its parent's braces", "a root has no branch to label")
		}
		if node := c.treeNode(n, out.ID); node != nil {
			out.Roots = append(out.Roots, node)
		}
	}
	return out
}

// treeNode converts a node and its subtree.
func (c *compiler) treeNode(n *TreeNode, panel string) *diagram.TreeNode {
	out := &diagram.TreeNode{Pos: c.pos(n.Pos())}
	if n.Branch.Value != "" {
		out.Branch = c.rich(n.Branch)
	}
	if n.ID.Value != "" && c.declare(n.ID, "tree node", panel) {
		out.ID = n.ID.Value
	}
	labelled, detailed, toned := false, false, false
	for _, a := range n.Attrs {
		switch {
		case a.Label.Value != "" && !labelled:
			out.Label, labelled = c.rich(a.Label), true
		case a.Label.Value != "":
			c.errorf(a.Pos(), `a node has one label; break lines with \n, or add detail "text"`, "second label for tree node")
		case a.Detail.Value != "" && !detailed:
			out.Detail, detailed = c.rich(a.Detail), true
		case a.Detail.Value != "":
			c.errorf(a.Pos(), `a node has one detail; break lines with \n`, "second detail for tree node")
		case a.Tone.Value != "" && !toned:
			toned = true
			if !contains(diagram.ToneNames(), a.Tone.Value) {
				c.errorf(tokenPos(a.Tone), enumHint(a.Tone.Value, "tones", diagram.ToneNames()), "unknown tone %q", a.Tone.Value)
			} else {
				out.Tone, _ = diagram.ParseTone(a.Tone.Value)
			}
		case a.Tone.Value != "":
			c.errorf(a.Pos(), "a node has one tone", "second tone for tree node")
		}
	}
	if n.ID.Value == "" && !labelled {
		c.errorf(n.Pos(), "write "+treeHelp.usage[""], "tree node needs an id or a label")
	}
	if n.Children != nil {
		for _, k := range n.Children.Nodes {
			if kid := c.treeNode(k, panel); kid != nil {
				out.Children = append(out.Children, kid)
				if id := kid.EdgeID(out); id != "" {
					c.scope.edges = append(c.scope.edges, &diagram.Edge{ID: id, From: out.ID, To: kid.ID, Label: kid.Branch, Pos: kid.Pos})
				}
			}
		}
	}
	return out
}
