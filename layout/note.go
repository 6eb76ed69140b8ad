package layout

import "github.com/aiprep/diag/diagram"

// note lays out a note panel.
func (c *ctx) note(p *diagram.Note) block {
	c.errorf(p.Pos, "this panel kind is not available yet", "note panels cannot be laid out yet")
	return block{}
}
