package main

import (
	"errors"
	"flag"

	"github.com/aiprep/diag"
)

// layoutJSON returns the laid-out geometry of a diagram as JSON; nil while
// the library has no such export.
var layoutJSON func(name string, src []byte, opts diag.Options) ([]byte, error)

// errNoLayout is reported by the layout command while layoutJSON is nil.
var errNoLayout = errors.New("not available yet: this build of diag cannot export layout geometry")

var layoutCommand = &command{
	name:     "layout",
	synopsis: "FILE.diag [--json]",
	summary:  "print the geometry of a diagram as JSON",
	details: `Lay out FILE (or standard input for "-") and print the geometry, every
box, text and route in absolute coordinates, as JSON on standard output.
JSON is the only format; --json says so explicitly.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		fs.Bool("json", true, "print JSON (the only format)")
		return func(c *cli, files []string) int {
			if len(files) != 1 {
				return c.usageError("want exactly one input file, got %d", len(files))
			}
			name, src, ok := c.readInput(files[0])
			if !ok {
				return exitInput
			}
			if layoutJSON == nil {
				c.printError(name, src, errNoLayout)
				return exitInput
			}
			out, err := layoutJSON(name, src, diag.Options{})
			if err != nil {
				c.printError(name, src, err)
				return exitInput
			}
			if _, err := c.stdout.Write(out); err != nil {
				c.printError(name, src, err)
				return exitInput
			}
			return exitOK
		}
	},
}
