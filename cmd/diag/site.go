package main

import (
	"flag"
	"fmt"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/site"
)

var siteCommand = &command{
	name:     "site",
	synopsis: "[DIR] -o OUT",
	summary:  "build the gallery site from a folder of diagrams",
	details: `Compile every curriculum diagram under DIR (default "curriculum"), one
folder per layer, and write the study site into the folder OUT. OUT is
replaced as a whole, and only when every diagram compiled; on errors it
is left as it was.`,
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
			return c.site(dir, *out)
		}
	},
}

// site builds the site from dir into out.
func (c *cli) site(dir, out string) int {
	report, err := site.Build(site.Options{Dir: dir, Out: out, Compile: compileForSite})
	if err != nil {
		fmt.Fprintf(c.stderr, "diag site: %v\n", err)
		return exitInput
	}
	for _, name := range report.Unlisted {
		fmt.Fprintf(c.stderr, "diag site: %s: not in the curriculum manifest; left out\n", name)
	}
	fmt.Fprintf(c.stdout, "%s: %s\n", out, report)
	return exitOK
}

// compileForSite compiles one diagram for the site: the animated picture
// without a font (the page provides it) or the still final frame.
func compileForSite(name string, src []byte, static bool) ([]byte, error) {
	return diag.Compile(name, src, diag.Options{Static: static, NoFont: !static})
}
