package layout

import "github.com/aiprep/diag/diagram"

// matrix lays out a matrix panel.
func (c *ctx) matrix(p *diagram.Matrix) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "matrix panels cannot be laid out yet")
	return block{}
}
