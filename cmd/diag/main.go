package main

import (
	"os"

	"github.com/aiprep/diag/internal/atomicfile"
)

func main() {
	args := os.Args[1:]
	var cmd *command
	if len(args) > 0 {
		cmd = lookup(args[0])
	}
	// An interrupted or killed compile leaves no temporary file behind. A
	// command that handles the signals itself writes no files.
	if cmd == nil || !cmd.ownsSignals {
		atomicfile.CleanUpOnSignal()
	}
	if cmd == nil || !cmd.longLived {
		deferGC(firstGC)
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}
