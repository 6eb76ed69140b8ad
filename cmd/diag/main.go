package main

import (
	"os"

	"github.com/aiprep/diag/internal/atomicfile"
)

func main() {
	// An interrupted or killed compile leaves no temporary file behind.
	atomicfile.CleanUpOnSignal()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
