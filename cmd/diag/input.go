package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/aiprep/diag"
)

// stdinName is the file name errors show for standard input.
const stdinName = "<stdin>"

// readInput reads file, or standard input for "-", and returns the name
// to compile it under. It reads at most one byte more than lim.MaxSource
// (or the default cap), so a huge file, a device or an endless pipe costs
// no more than that: the compile refuses the source, at the first byte
// past the cap, as it refuses any source too large. Errors are printed.
func (c *cli) readInput(file string, lim diag.Limits) (name string, src []byte, ok bool) {
	max := lim.MaxSource
	if max <= 0 {
		max = diag.DefaultMaxSource
	}
	var err error
	if file == "-" {
		name = stdinName
		src, err = readAtMost(c.stdin, max)
	} else {
		name = file
		src, err = readFileAtMost(file, max)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "diag: %v\n", err)
		return "", nil, false
	}
	return name, src, true
}

// readAtMost reads r to its end, or to max+1 bytes when it holds more.
func readAtMost(r io.Reader, max int) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, int64(max)+1))
}

// readFileAtMost reads the file name, or its first max+1 bytes.
func readFileAtMost(name string, max int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAtMost(f, max)
}

// printError prints err from compiling src: positioned errors with their
// source line, a caret and a hint; anything else on one line.
func (c *cli) printError(name string, src []byte, err error) {
	var list diag.ErrorList
	var one *diag.Error
	if errors.As(err, &list) || errors.As(err, &one) {
		io.WriteString(c.stderr, diag.FormatError(src, err))
		return
	}
	fmt.Fprintf(c.stderr, "diag: %s: %v\n", name, err)
}
