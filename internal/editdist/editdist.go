// Package editdist measures how far apart two words are, for the "did you
// mean" hints of every stage. It owns this one measure and nothing else.
package editdist

// Distance returns the optimal string alignment distance between a and b:
// the number of rune insertions, deletions, substitutions and swaps of two
// neighbours needed to turn one into the other ("dashd" is one edit from
// "dashed", "tnoe" one from "tone"). It compares runes as they are; callers
// that ignore letter case lower both words first.
func Distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// Row i holds the distances between s[:i] and every t[:j]; the swap
	// needs the row two back, so three rows suffice.
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
