package layout

import "github.com/aiprep/diag/diagram"

// plot lays out a plot panel.
func (c *ctx) plot(p *diagram.Plot) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "plot panels cannot be laid out yet")
	return block{}
}
