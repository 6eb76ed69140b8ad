package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/aiprep/diag/diagram"
)

// formatError formats a compile error for the terminal. It stands in for
// dsl.FormatError until the dsl package provides it.
func formatError(src []byte, err error) string {
	var list diagram.ErrorList
	var one *diagram.Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = diagram.ErrorList{one}
	default:
		return err.Error()
	}
	lines := strings.Split(string(src), "\n")
	var b strings.Builder
	for _, e := range list {
		fmt.Fprintf(&b, "%s: %s\n", e.Pos, e.Msg)
		if e.Pos.Line >= 1 && e.Pos.Line <= len(lines) {
			line := strings.TrimRight(lines[e.Pos.Line-1], "\r")
			fmt.Fprintf(&b, "    %s\n", line)
			if e.Pos.Col >= 1 {
				fmt.Fprintf(&b, "    %s^\n", strings.Repeat(" ", e.Pos.Col-1))
			}
		}
		if e.Hint != "" {
			fmt.Fprintf(&b, "    hint: %s\n", e.Hint)
		}
	}
	return b.String()
}
