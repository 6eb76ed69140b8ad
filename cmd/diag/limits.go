package main

import (
	"flag"

	"github.com/aiprep/diag"
)

// limitFlags defines the flags that raise or lower the size limits of a
// compile on fs and returns the limits they fill in. A flag left out keeps
// the default (zero).
func limitFlags(fs *flag.FlagSet) *diag.Limits {
	l := new(diag.Limits)
	fs.IntVar(&l.MaxNodes, "max-nodes", 0, "refuse diagrams with more than `N` nodes (default 10000)")
	fs.IntVar(&l.MaxEdges, "max-edges", 0, "refuse diagrams with more than `N` edges (default 20000)")
	fs.IntVar(&l.MaxDepth, "max-depth", 0, "refuse nesting deeper than `N` levels (default 64)")
	fs.IntVar(&l.MaxString, "max-string", 0, "refuse texts longer than `N` characters (default 10000)")
	fs.IntVar(&l.MaxExprDepth, "max-expr-depth", 0, "refuse formulas nested deeper than `N` levels (default 64)")
	fs.IntVar(&l.MaxSteps, "max-steps", 0, "refuse animations of more than `N` steps (default 200)")
	fs.IntVar(&l.MaxSource, "max-source", 0, "refuse sources larger than `N` bytes (default 1048576)")
	fs.IntVar(&l.MaxSamples, "max-samples", 0, "refuse plots with more than `N` data points in all (default 100000)")
	return l
}
