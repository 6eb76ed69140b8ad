package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/site"
	"github.com/aiprep/diag/svg"
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
			return c.site(dir, *out, *limits)
		}
	},
}

// site builds the site from dir into out, every diagram within limits.
func (c *cli) site(dir, out string, limits diag.Limits) int {
	fonts, err := siteFonts(dir)
	if err != nil {
		fmt.Fprintf(c.stderr, "diag site: %v\n", err)
		return exitInput
	}
	compile := func(name string, src []byte, static bool) ([]byte, error) {
		return compileForSite(name, src, static, limits)
	}
	report, err := site.Build(site.Options{Dir: dir, Out: out, Compile: compile, FontCSS: fonts})
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

// compileForSite compiles one diagram for the site: the animated picture or
// the still final frame for its thumbnail. Neither carries a font: the page
// loads one shared font file for every diagram, which keeps the whole site
// small.
func compileForSite(name string, src []byte, static bool, limits diag.Limits) ([]byte, error) {
	return diag.Compile(name, src, diag.Options{Static: static, NoFont: true, Limits: limits})
}

// siteFonts returns the shared @font-face rules for every character the
// diagrams under dir may draw: the text of their sources, plus the
// characters the renderer adds itself (and the manifest's words, which
// sheets take their headers from).
func siteFonts(dir string) (string, error) {
	var text strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || filepath.Ext(p) != ".diag" {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text.Write(src)
		return nil
	})
	if err != nil {
		return "", err
	}
	text.WriteString(rendererText)
	return svg.FontCSS(text.String() + manifestText())
}

// rendererText holds characters the renderer draws that need not appear in
// any source: tick minus signs, bullets, arrows, check marks.
const rendererText = "−·•→←↑↓…–—×✓✗≤≥≈°‖"

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
