package layout

import "github.com/aiprep/diag/diagram"

// sequence lays out a sequence panel.
func (c *ctx) sequence(p *diagram.Sequence) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "sequence panels cannot be laid out yet")
	return block{}
}
