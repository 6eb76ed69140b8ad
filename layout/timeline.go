package layout

import "github.com/aiprep/diag/diagram"

// timeline lays out a timeline panel.
func (c *ctx) timeline(p *diagram.Timeline) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "timeline panels cannot be laid out yet")
	return block{}
}
