package layout

import "github.com/aiprep/diag/diagram"

// stack lays out a stack panel.
func (c *ctx) stack(p *diagram.Stack) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "stack panels cannot be laid out yet")
	return block{}
}
