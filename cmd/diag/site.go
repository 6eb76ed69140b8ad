package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/site"
)

var siteCommand = &command{
	name:     "site",
	synopsis: "[DIR] -o OUT [--force]",
	summary:  "build the gallery site from a folder of diagrams",
	details: `Compile every diagram under DIR (default "curriculum") and write a
gallery site into the folder OUT: an index page with a thumbnail per
diagram, in sections, and a viewer that opens a diagram full-size, plays
it, zooms and pans, with deep links (index.html#ID) and study progress
kept in the browser. Nothing is written unless every diagram compiled; on
errors OUT is left as it was.

A folder of your own diagrams gets a section per sub-folder, each
diagram titled by its title statement (or its file name). The curriculum
folder (it holds folders named after the curriculum's layers, such as
1-foundations) gets the curriculum's site: every entry of its manifest
in order and by layer, with those not written yet as "coming soon".

The site lists the files it wrote in OUT/.diag-site. A rebuild replaces
or removes only the files of that list: anything added beside the site,
such as a .git folder, a CNAME or a README.md, stays as it is. A folder
that is not empty and has no .diag-site is refused, unless --force is
given; then the site's own files are written into it, replacing files of
the same names, and nothing else is touched. OUT may not hold, or lie
inside, DIR (after following symlinks).

A .diag name under DIR that is not a regular file (a FIFO, a device) is
skipped, with a warning.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		out := fs.String("o", "", "write the site into the folder `OUT` (required)")
		force := fs.Bool("force", false, "write into a folder that holds files the site did not write")
		limits := limitFlags(fs)
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
			if msg := checkSiteName(*out); msg != "" {
				return c.usageError("%s", msg)
			}
			return c.site(dir, *out, *force, *limits)
		}
	},
}

// site builds the site from dir into out, every diagram within limits;
// force lets it write into a folder that holds files it did not write.
func (c *cli) site(dir, out string, force bool, limits diag.Limits) int {
	compile := func(name string, src []byte, static bool) ([]byte, error) {
		svg, err := compileForSite(name, src, static, limits)
		if err != nil {
			return nil, &sourceError{name: name, src: src, err: err}
		}
		return svg, nil
	}
	maxSource := limits.MaxSource
	if maxSource <= 0 {
		maxSource = diag.DefaultMaxSource
	}
	report, err := site.Build(site.Options{
		Dir:       dir,
		Out:       out,
		Force:     force,
		Compile:   compile,
		FontCSS:   siteFonts,
		MaxSource: maxSource,
	})
	if err != nil {
		c.printSiteError(err)
		return exitInput
	}
	for _, name := range report.Skipped {
		fmt.Fprintf(c.stderr, "diag site: %s: not a regular file; skipped\n", name)
	}
	for _, name := range report.Unlisted {
		fmt.Fprintf(c.stderr, "diag site: %s: not in the curriculum manifest; left out\n", name)
	}
	fmt.Fprintf(c.stdout, "%s: %s\n", out, report)
	return exitOK
}

// sourceError is the error of one diagram of the site, with the source it
// was compiled from, so that it can be printed with its source line.
type sourceError struct {
	name string
	src  []byte
	err  error
}

func (e *sourceError) Error() string { return e.err.Error() }
func (e *sourceError) Unwrap() error { return e.err }

// printSiteError prints the error of site.Build: each diagram's errors
// with their source lines, anything else on one line, with a hint when
// --force would get past it.
func (c *cli) printSiteError(err error) {
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	for _, e := range errs {
		var se *sourceError
		if errors.As(e, &se) {
			c.printError(se.name, se.src, se.err)
			continue
		}
		fmt.Fprintf(c.stderr, "diag site: %s\n", strings.TrimPrefix(e.Error(), "site: "))
		if errors.Is(e, site.ErrForeign) {
			fmt.Fprintf(c.stderr, "    hint: pick an empty or new folder, or add --force to write the site into this one: it replaces the files named and touches nothing else\n")
		}
	}
}

// compileForSite compiles one diagram for the site: the animated picture or
// the still final frame for its thumbnail. Neither carries a font: the page
// loads one shared font file for every diagram, which keeps the whole site
// small.
func compileForSite(name string, src []byte, static bool, limits diag.Limits) ([]byte, error) {
	return diag.Compile(name, src, diag.Options{Static: static, NoFont: true, Limits: limits, Sheets: curriculum.Catalog{}})
}

// siteFonts returns the shared @font-face rules for every character the
// site's diagrams may draw: the text of their sources, with the characters
// their escapes stand for and those the renderer adds itself, and the
// manifest's words, which sheets take their headers from.
func siteFonts(sources [][]byte) (string, error) {
	texts := make([]string, 0, len(sources)+1)
	for _, src := range sources {
		texts = append(texts, string(src))
	}
	return diag.FontCSS(append(texts, manifestText())...)
}

// manifestText returns every word of the curriculum manifest.
func manifestText() string {
	var b strings.Builder
	for _, e := range curriculum.Entries() {
		b.WriteString(e.Title + e.Tagline)
	}
	for _, l := range curriculum.Layers() {
		b.WriteString(l.Name + l.Tagline + curriculum.Kicker(curriculum.Entry{Layer: l.Number}))
	}
	return b.String()
}
