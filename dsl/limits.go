package dsl

import "github.com/aiprep/diag/diagram"

// DefaultMaxTokens is the most tokens Parse accepts in one source: names,
// numbers, strings, symbols and line ends (a run of blank lines and
// comment lines is one). It is about a hundred times the tokens of the
// largest curriculum sheet, and keeps a parse within a second and about
// 150 MB: each token costs the parser a few microseconds and a few hundred
// bytes.
const DefaultMaxTokens = 250000

// Limits caps the work of a parse, so that no source can make it take
// seconds or gigabytes. A zero field takes its default.
type Limits struct {
	// MaxTokens caps the tokens of the source; past it the parse is
	// refused at the first token over the cap, before the parser runs.
	MaxTokens int
	// Raise, when set, returns the part of a hint that says how to raise
	// a cap, such as "or raise the limit with …": a caller that offers
	// the caps as options says where they are.
	Raise func(diagram.Limit) string
}

// maxTokens returns the token cap, its default when unset.
func (l Limits) maxTokens() int {
	if l.MaxTokens <= 0 {
		return DefaultMaxTokens
	}
	return l.MaxTokens
}

// hint returns the hint of an error that refuses an input at the cap
// limit: what to do, and how to raise the cap when l says.
func (l Limits) hint(limit diagram.Limit, do string) string {
	if l.Raise == nil {
		return do
	}
	return do + ", " + l.Raise(limit)
}
