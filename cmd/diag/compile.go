package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/atomicfile"
)

var compileCommand = &command{
	name:     "compile",
	synopsis: "FILE.diag... [-o OUT.svg | -d DIR] [--frame T] [--static] [--no-font]",
	summary:  "compile .diag files to SVG",
	details: `Compile each FILE.diag to one self-contained SVG. Without -o or -d the
picture is written beside its source, as FILE.svg. A FILE of "-" reads
standard input and, without -o, writes standard output; "-o -" writes
standard output. With -d, every picture goes into DIR (created if
missing) under its source's base name. A FILE whose name does not end in
.diag needs -o, and no picture may overwrite an input or another picture.
diag writes SVG only: OUT must end in .svg, be "-", or be an existing
FIFO or device; -o pic.png is refused rather than filled with SVG.

A picture replaces its file in one step, never leaving half of it. A
symbolic link is followed and its target replaced, the link kept; a FIFO
or a device such as /dev/null is written as it is; a folder or a socket
is refused.

A file with errors gets no output: its errors are printed, any existing
SVG is left as it was, and the other files are still compiled.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		out := fs.String("o", "", "write the SVG to `OUT.svg` (\"-\" for standard output); one input only")
		dir := fs.String("d", "", "write each SVG into `DIR` as NAME.svg")
		var frame frameFlag
		fs.Var(&frame, "frame", "draw one still frame at time `T` of the animation (2.5s, 800ms or 2.5)")
		static := fs.Bool("static", false, "draw the final frame as a still picture, with no animation")
		noFont := fs.Bool("no-font", false, "leave the font out of the SVG (for pages that load it once)")
		limits := limitFlags(fs)
		return func(c *cli, files []string) int {
			opts := diag.Options{Static: *static || frame.set, Frame: frame.d, NoFont: *noFont, Limits: *limits, Sheets: curriculum.Catalog{}}
			return c.compile(files, *out, *dir, opts)
		}
	},
}

// compile compiles every file and writes its SVG to out, into dir, or
// beside it.
func (c *cli) compile(files []string, out, dir string, opts diag.Options) int {
	switch {
	case len(files) == 0:
		return c.usageError("no input files")
	case out != "" && dir != "":
		return c.usageError("-o and -d cannot be used together")
	case out != "" && len(files) > 1:
		return c.usageError("-o takes one input file; use -d DIR for several")
	case dir != "" && slices.Contains(files, "-"):
		return c.usageError(`-d needs file names; "-" (standard input) has none`)
	case countStdin(files) > 1:
		return c.usageError(`"-" (standard input) may be given only once`)
	}
	if out == "" {
		for _, file := range files {
			if file != "-" && !isDiagName(file) {
				return c.usageError("%s does not end in .diag, so its picture has no name; rename it to NAME.diag, or give its picture a name with -o", file)
			}
		}
	}
	dests := make([]string, len(files))
	for i, file := range files {
		dests[i] = outputPath(file, out, dir)
	}
	if msg := clash(files, dests); msg != "" {
		return c.usageError("%s", msg)
	}
	if out != "" {
		if msg := checkPictureName(out); msg != "" {
			return c.usageError("%s", msg)
		}
	}
	code := exitOK
	for i, file := range files {
		if !c.compileFile(file, dests[i], dir != "", opts) {
			code = exitInput
		}
	}
	return code
}

// outputPath returns where the picture of file goes: out when set, into
// dir when set, standard output ("-") for standard input, and otherwise
// beside file.
func outputPath(file, out, dir string) string {
	switch {
	case out != "":
		return out
	case file == "-":
		return "-"
	case dir != "":
		return filepath.Join(dir, svgName(filepath.Base(file)))
	default:
		return svgName(file)
	}
}

// compileFile compiles one file to dest ("-" for standard output) and
// reports whether it succeeded; with makeDir it creates dest's folder
// first. Errors are printed.
func (c *cli) compileFile(file, dest string, makeDir bool, opts diag.Options) bool {
	name, src, ok := c.readInput(file, opts.Limits)
	if !ok {
		return false
	}
	svg, err := diag.Compile(name, src, opts)
	if err != nil {
		c.printError(name, src, err)
		return false
	}
	if dest == "-" {
		if _, err := c.stdout.Write(svg); err != nil {
			fmt.Fprintf(c.stderr, "diag: writing standard output: %v\n", err)
			return false
		}
		return true
	}
	if makeDir {
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			fmt.Fprintf(c.stderr, "diag: %v\n", err)
			return false
		}
	}
	if err := atomicfile.WriteUnsynced(dest, svg, 0o644); err != nil {
		fmt.Fprintf(c.stderr, "diag: %v\n", err)
		return false
	}
	return true
}

// svgName returns path with its .diag extension (or any other) replaced
// by .svg.
func svgName(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".svg"
}

// isDiagName reports whether file ends in .diag (in any case).
func isDiagName(file string) bool {
	return strings.EqualFold(filepath.Ext(file), ".diag")
}

// clash returns why the pictures of files cannot be written to dests (""
// for standard output), or "" when they can: a picture would overwrite an
// input, or two pictures would be written to one file.
func clash(files, dests []string) string {
	for i, dest := range dests {
		if dest == "-" {
			continue
		}
		for _, file := range files {
			if file == "-" || !sameFile(file, dest) {
				continue
			}
			if file == files[i] {
				return fmt.Sprintf("%s: its picture would overwrite the input; give the picture another name with -o", file)
			}
			return fmt.Sprintf("the picture of %s, %s, would overwrite the input %s", files[i], dest, file)
		}
		for j, other := range dests[:i] {
			if other != "-" && sameFile(other, dest) {
				return fmt.Sprintf("%s and %s would both be written to %s", files[j], files[i], dest)
			}
		}
	}
	return ""
}

// sameFile reports whether the paths a and b lead to the same file: the
// same absolute path once cleaned and with symbolic links followed (as
// atomicfile.Write follows them), or, when both exist, the same file under
// two names.
func sameFile(a, b string) bool {
	if atomicfile.Target(a) == atomicfile.Target(b) {
		return true
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

// countStdin returns how many times "-" (standard input) appears in files.
func countStdin(files []string) int {
	n := 0
	for _, f := range files {
		if f == "-" {
			n++
		}
	}
	return n
}
