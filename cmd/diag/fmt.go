package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/internal/atomicfile"
)

var fmtCommand = &command{
	name:     "fmt",
	synopsis: "[FILE.diag...] [-w] [--check]",
	summary:  "rewrite .diag files in the canonical layout",
	details: `Print each FILE in the canonical layout of the language: one statement
per line, blocks indented by two spaces, one space between tokens, the
cells of a matrix aligned, every comment kept. Only spaces, line breaks
and the separators between statements change, never what the file means.
With no FILE (or "-"), format standard input to standard output.

-w rewrites each FILE that is not formatted in place (atomically, keeping
its mode) and leaves formatted files untouched. --check writes nothing and
lists the files that are not formatted; it exits 1 if there is any. A file
with syntax errors is reported and left as it is.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		write := fs.Bool("w", false, "write the result to each file instead of standard output")
		check := fs.Bool("check", false, "list the files that are not formatted and exit 1 if any")
		return func(c *cli, files []string) int {
			if *write && *check {
				return c.usageError("-w and --check do not go together")
			}
			if len(files) == 0 {
				files = []string{"-"}
			}
			if countStdin(files) > 1 {
				return c.usageError(`"-" (standard input) may be given only once`)
			}
			code := exitOK
			for _, file := range files {
				if *write && file == "-" {
					return c.usageError(`-w needs files: standard input cannot be rewritten`)
				}
				if !c.fmtFile(file, *write, *check, diag.Limits{}) {
					code = exitInput
				}
			}
			return code
		}
	},
}

// fmtFile formats one file: it prints the result, rewrites the file (-w)
// or reports whether it is formatted (--check). It reports whether all went
// well and, with --check, whether the file is formatted.
func (c *cli) fmtFile(file string, write, check bool, limits diag.Limits) bool {
	name, src, ok := c.readInput(file, limits)
	if !ok {
		return false
	}
	out, err := diag.Format(name, src, limits)
	if err != nil {
		c.printError(name, src, err)
		return false
	}
	switch {
	case check:
		if !bytes.Equal(out, src) {
			fmt.Fprintln(c.stdout, name)
			return false
		}
	case write:
		if bytes.Equal(out, src) {
			return true
		}
		fi, err := os.Stat(file)
		if err != nil {
			fmt.Fprintf(c.stderr, "diag: %v\n", err)
			return false
		}
		if err := atomicfile.Write(file, out, fi.Mode().Perm()); err != nil {
			fmt.Fprintf(c.stderr, "diag: %v\n", err)
			return false
		}
	default:
		if _, err := c.stdout.Write(out); err != nil {
			fmt.Fprintf(c.stderr, "diag: writing standard output: %v\n", err)
			return false
		}
	}
	return true
}
