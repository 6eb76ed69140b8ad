package dsl

import (
	"fmt"
	"strings"
)

// editDistance returns the optimal string alignment distance between a and
// b: the number of rune insertions, deletions, substitutions and swaps of
// two neighbours needed to turn one into the other.
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// d[i][j] is the distance between s[:i] and t[:j]; three rows suffice.
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}

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
		if d := editDistance(word, c); d < bestD {
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
