package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseArgs parses args with fs, letting flags come before, between and
// after the other arguments (Go's flag package stops at the first
// non-flag). It returns the non-flag arguments in order. A lone "-" is an
// argument (standard input or output), and everything after "--" is an
// argument even if it starts with a dash.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case a == "-" || !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
		default:
			flags = append(flags, a)
			if takesValue(fs, a) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return positional, nil
}

// takesValue reports whether the flag argument a ("-o", "--frame") names a
// flag of fs that reads its value from the next argument.
func takesValue(fs *flag.FlagSet, a string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// newFlagSet returns a flag set for a subcommand that reports nothing
// itself: run prints errors and usage.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// writeFlags writes one line per flag of fs, in name order: one-letter
// flags with one dash, longer ones with two (both forms are accepted).
func writeFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		arg, usage := flag.UnquoteUsage(f)
		head := dash + f.Name
		if arg != "" {
			head += " " + arg
		}
		fmt.Fprintf(w, "  %-16s %s\n", head, usage)
	})
}
