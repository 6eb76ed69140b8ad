package main

import (
	"flag"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
)

var checkCommand = &command{
	name:     "check",
	synopsis: "FILE.diag...",
	summary:  "report errors in .diag files, writing nothing",
	details: `Compile every FILE (a FILE of "-" reads standard input) and print the
errors of all of them; write no output. Prints nothing when all files are
fine.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		limits := limitFlags(fs)
		return func(c *cli, files []string) int {
			if len(files) == 0 {
				return c.usageError("no input files")
			}
			if countStdin(files) > 1 {
				return c.usageError(`"-" (standard input) may be given only once`)
			}
			code := exitOK
			for _, file := range files {
				if !c.checkFile(file, *limits) {
					code = exitInput
				}
			}
			return code
		}
	},
}

// checkFile compiles file, discarding the picture, and reports whether it
// has no errors within the limits. Errors are printed.
func (c *cli) checkFile(file string, limits diag.Limits) bool {
	name, src, ok := c.readInput(file, limits)
	if !ok {
		return false
	}
	if _, err := diag.Compile(name, src, diag.Options{NoFont: true, Limits: limits, Sheets: curriculum.Catalog{}}); err != nil {
		c.printError(name, src, err)
		return false
	}
	return true
}
