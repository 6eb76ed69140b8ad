package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"

	"github.com/aiprep/diag"
)

// limitFlags defines the flags that raise or lower the size limits of a
// compile on fs and returns the limits they fill in. A flag left out, or
// given as 0, keeps the default; a negative value is a usage error.
func limitFlags(fs *flag.FlagSet) *diag.Limits {
	l := new(diag.Limits)
	limit := func(p *int, name, usage string) { fs.Var(limitValue{p}, name, usage) }
	limit(&l.MaxNodes, "max-nodes", "refuse diagrams with more than `N` nodes (default 10000)")
	limit(&l.MaxEdges, "max-edges", "refuse diagrams with more than `N` edges (default 20000)")
	limit(&l.MaxDepth, "max-depth", "refuse nesting deeper than `N` levels (default 64)")
	limit(&l.MaxString, "max-string", "refuse texts longer than `N` characters (default 10000)")
	limit(&l.MaxExprDepth, "max-expr-depth", "refuse formulas nested deeper than `N` levels (default 64)")
	limit(&l.MaxSteps, "max-steps", "refuse animations of more than `N` steps (default 200)")
	limit(&l.MaxSource, "max-source", "refuse sources larger than `N` bytes (default 1048576)")
	limit(&l.MaxTokens, "max-tokens", "refuse sources of more than `N` tokens (default 250000)")
	limit(&l.MaxSamples, "max-samples", "refuse plots with more than `N` data points in all (default 100000)")
	limit(&l.MaxContourLevels, "max-contour-levels", "refuse contours with more than `N` levels in all (default 100)")
	limit(&l.MaxContourVertices, "max-contour-vertices", "refuse contour lines of more than `N` points in all (default 200000)")
	limit(&l.MaxFormulaWork, "max-formula-work", "refuse plots whose formulas take more than `N` operations to draw (default 200000000)")
	limit(&l.MaxLayoutDummies, "max-layout-dummies", "refuse graphs whose long edges need more than `N` dummy nodes (default 50000)")
	limit(&l.MaxCrossingWork, "max-crossing-work", "refuse graphs whose crossing reduction takes more than `N` steps (default 5000000)")
	limit(&l.MaxSweepDrawings, "max-sweep-drawings", "refuse sweeps that draw marks again more than `N` times in all (default 2000)")
	limit(&l.MaxKeyframes, "max-keyframes", "refuse animations that make more than `N` keyframes (default 100000)")
	return l
}

// limitValue is the value of a --max-* flag: a whole number of zero or
// more, where zero keeps the default.
type limitValue struct{ p *int }

// String returns the limit in decimal; the flag package also calls it on
// a zero limitValue.
func (v limitValue) String() string {
	if v.p == nil {
		return "0"
	}
	return strconv.Itoa(*v.p)
}

// Set parses a limit; a negative number or anything but a whole number is
// an error, which makes a usage error of the command line.
func (v limitValue) Set(s string) error {
	n, err := strconv.ParseInt(s, 0, strconv.IntSize)
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange):
		return fmt.Errorf("want a whole number, 0 (the default) or more, not %q", s)
	case n < 0:
		return fmt.Errorf("%s is negative; a limit is 0 (the default) or more", s)
	case err != nil:
		return fmt.Errorf("%s is too large", s)
	}
	*v.p = int(n)
	return nil
}
