package main

import (
	"io"
	"strings"

	"github.com/aiprep/diag"
)

// printableWriter passes what it is given to w with every line made safe
// for a terminal by diag.Printable: a control or bidi character from a file
// name or a source, in any message diag prints, is shown escaped and never
// steers the terminal. Line breaks pass; what diag writes itself is plain
// text that passes unchanged.
type printableWriter struct {
	w io.Writer
}

func (p printableWriter) Write(b []byte) (int, error) {
	lines := strings.Split(string(b), "\n")
	for i, line := range lines {
		lines[i] = diag.Printable(line)
	}
	if _, err := io.WriteString(p.w, strings.Join(lines, "\n")); err != nil {
		return 0, err
	}
	return len(b), nil
}
