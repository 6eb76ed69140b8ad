package layout

import "github.com/aiprep/diag/diagram"

// tree lays out a tree panel.
func (c *ctx) tree(p *diagram.Tree) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "tree panels cannot be laid out yet")
	return block{}
}
