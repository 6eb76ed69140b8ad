package dsl

import (
	"fmt"
	"strings"

	"github.com/aiprep/diag/internal/editdist"
)

// typoEdits is how many edits away from a declared id an id used only in
// edges may be before it counts as a typo: none for ids of one or two
// characters (x1 next to x2 is deliberate), one up to four characters, two
// beyond.
func typoEdits(id string) int {
	switch n := len([]rune(id)); {
	case n <= 2:
		return 0
	case n <= 4:
		return 1
	}
	return 2
}

// numberedSiblings reports whether a and b differ only in their digits, like
// layer1 and layer2: a numbered series, not a typo.
func numberedSiblings(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, s)
	}
	return a != b && strip(a) == strip(b)
}

// closest returns the candidate nearest to word within max edits, preferring
// the smaller distance and then the earlier candidate, or "".
func closest(word string, candidates []string, max int) string {
	best, bestD := "", max+1
	for _, c := range candidates {
		if c == "" || c == word {
			continue
		}
		if d := editdist.Distance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// suggestEdits is how far a suggestion for a name that is already an error
// may be from it: no suggestion for one or two characters (any other short
// name would be one edit away), one edit up to five, two beyond.
func suggestEdits(word string) int {
	switch n := len([]rune(word)); {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// didYouMean returns `did you mean "x"?` for the candidate nearest to word,
// or "".
func didYouMean(word string, candidates []string) string {
	if c := closest(word, candidates, suggestEdits(word)); c != "" {
		return fmt.Sprintf("did you mean %q?", c)
	}
	return ""
}

// joinHint joins non-empty hint parts with "; ", or with a space after a
// question.
func joinHint(parts ...string) string {
	out := ""
	for _, p := range parts {
		switch {
		case p == "":
			continue
		case strings.HasSuffix(out, "?"):
			out += " "
		case out != "":
			out += "; "
		}
		out += p
	}
	return out
}
