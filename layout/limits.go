package layout

import (
	"github.com/aiprep/diag/layout/graph/layered"
	"github.com/aiprep/diag/layout/panel"
)

// Limits caps the work of a layout, all panels together, so that no
// diagram within the model's counts takes minutes or gigabytes; a zero
// field takes its default. The panel package, whose kinds spend the
// limits, declares the fields.
type Limits = panel.Limits

// The default limits of a layout. At these, the layout of any diagram
// takes well under a second; every curriculum sheet needs a small part.
const (
	DefaultMaxLayoutDummies   = layered.DefaultMaxDummies
	DefaultMaxCrossingWork    = layered.DefaultMaxOrderWork
	DefaultMaxContourVertices = 200_000
	DefaultMaxFormulaWork     = 200_000_000
	DefaultMaxSweepDrawings   = 2000
)

// withDefaults returns l with every zero or negative field set to its
// default.
func withDefaults(l Limits) Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxLayoutDummies, DefaultMaxLayoutDummies)
	def(&l.MaxCrossingWork, DefaultMaxCrossingWork)
	def(&l.MaxContourVertices, DefaultMaxContourVertices)
	def(&l.MaxFormulaWork, DefaultMaxFormulaWork)
	def(&l.MaxSweepDrawings, DefaultMaxSweepDrawings)
	return l
}
