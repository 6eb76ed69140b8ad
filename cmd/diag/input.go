package main

import (
	"fmt"
	"io"
	"os"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
)

// stdinName is the file name errors show for standard input.
const stdinName = "<stdin>"

// readInput reads file, or standard input for "-", and returns the name
// to compile it under. Errors are printed.
func (c *cli) readInput(file string) (name string, src []byte, ok bool) {
	var err error
	if file == "-" {
		name = stdinName
		src, err = io.ReadAll(c.stdin)
	} else {
		name = file
		src, err = os.ReadFile(file)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "diag: %v\n", err)
		return "", nil, false
	}
	return name, src, true
}

// printError prints err from compiling src: positioned errors with their
// source line, a caret and a hint; anything else on one line.
func (c *cli) printError(name string, src []byte, err error) {
	if _, ok := diagram.Errors(err); ok {
		io.WriteString(c.stderr, dsl.FormatError(src, err))
		return
	}
	fmt.Fprintf(c.stderr, "diag: %s: %v\n", name, err)
}
