package main

import (
	"flag"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
)

var layoutCommand = &command{
	name:     "layout",
	synopsis: "FILE.diag [--json]",
	summary:  "print the geometry of a diagram as JSON",
	details: `Lay out FILE (or standard input for "-") and print the geometry, every
node, edge, group, label and text in absolute coordinates, as JSON on
standard output. JSON is the only format; --json says so explicitly.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		fs.Bool("json", true, "print JSON (the only format)")
		limits := limitFlags(fs)
		return func(c *cli, files []string) int {
			if len(files) != 1 {
				return c.usageError("want exactly one input file, got %d", len(files))
			}
			name, src, ok := c.readInput(files[0], *limits)
			if !ok {
				return exitInput
			}
			out, err := diag.LayoutJSON(name, src, diag.Options{Limits: *limits, Sheets: curriculum.Catalog{}})
			if err != nil {
				c.printError(name, src, err)
				return exitInput
			}
			if len(out) > 0 && out[len(out)-1] != '\n' {
				out = append(out, '\n')
			}
			if _, err := c.stdout.Write(out); err != nil {
				c.printError(name, src, err)
				return exitInput
			}
			return exitOK
		}
	},
}
