package main

import (
	"os"

	"github.com/aiprep/diag/internal/atomicfile"
)

func main() {
	args := os.Args[1:]
	// An interrupted or killed compile leaves no temporary file behind. A
	// command that handles the signals itself writes no files.
	if len(args) == 0 || lookup(args[0]) == nil || !lookup(args[0]).ownsSignals {
		atomicfile.CleanUpOnSignal()
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}
