package main

import (
	"errors"
	"flag"
	"fmt"
)

// errNoSite is reported by the site command while the site package is
// missing.
var errNoSite = errors.New("not available yet: this build of diag cannot build the site")

var siteCommand = &command{
	name:     "site",
	synopsis: "[DIR] -o OUT",
	summary:  "build the gallery site from a folder of diagrams",
	details: `Compile every diagram under DIR (default "curriculum") and write the
gallery site into the folder OUT. OUT is replaced as a whole, and only
when every page was built.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		out := fs.String("o", "", "write the site into the folder `OUT` (required)")
		return func(c *cli, args []string) int {
			dir := "curriculum"
			switch len(args) {
			case 0:
			case 1:
				dir = args[0]
			default:
				return c.usageError("want at most one folder, got %d", len(args))
			}
			if *out == "" {
				return c.usageError("-o OUT is required")
			}
			fmt.Fprintf(c.stderr, "diag site: %s: %v\n", dir, errNoSite)
			return exitInput
		}
	},
}
