package expr

import (
	"strings"

	"github.com/aiprep/diag/internal/editdist"
)

// suggest returns the candidate closest to name: one that differs only in
// letter case, or else the nearest within an edit distance of 2 (1 for
// names of up to 3 letters). It returns "" when nothing is close.
func suggest(name string, candidates []string) string {
	for _, c := range candidates {
		if strings.EqualFold(c, name) {
			return c
		}
	}
	limit := 2
	if len([]rune(name)) <= 3 {
		limit = 1
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if d := editdist.Distance(name, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
