package dsl

import (
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/google/go-cmp/cmp"
)

// scannerCases are inputs at the edges of lexDef's rules: each one is lexed
// by the hand scanner and by the rules themselves, and the tokens compared.
var scannerCases = []string{
	"",
	"a",
	"a\r\nb\rc\r\r\nd \r\n",
	"# comment\n#\n;;",
	"\uFEFF title \"x\"",
	"\"closed\" \"open\n\"esc \\\" q\" \"bad \\\n\" \"tail \\",
	"\"\\é\" \"é\\",
	"<-> -> <- -- --- <-- <>",
	".. ... 1..5 .5 1. 1.5x 2s 500ms 3e5 10% 1.2.3",
	"a-b a- a-->b x.y x. _a __ a_1-2.c",
	"{}()[],:=+-*/^<>|!%",
	"@ $ ` ~ ? & é θ ∇ 中",
	"\xff\xfe a \"\xff\" #\xff\n",
	"a\tb\fc\vd",
	"\n\n\n  x\n",
}

// TestScannerMatchesRules checks the hand scanner against lexDef's rules on
// the edge cases, the fuzz seeds and every example and curriculum sheet.
func TestScannerMatchesRules(t *testing.T) {
	inputs := append([]string(nil), scannerCases...)
	inputs = append(inputs, fuzzSeeds...)
	for _, src := range exampleSources(t) {
		inputs = append(inputs, string(src))
	}
	for _, in := range inputs {
		checkScanner(t, in)
	}
}

// FuzzScanner compares the hand scanner with lexDef's rules on any input.
func FuzzScanner(f *testing.F) {
	for _, s := range scannerCases {
		f.Add(s)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		// The reference is slow on long inputs: participle's lexer runs
		// each rule over the whole rest of the text at every token, and
		// the regexp backtracker clears a bitmap of that size each time.
		// Rules and scanner differ, if at all, within a token or two.
		if len(in) > 4096 {
			t.Skip("longer than the reference lexer handles quickly")
		}
		checkScanner(t, in)
	})
}

func checkScanner(t *testing.T, in string) {
	t.Helper()
	s := source{name: "f.diag", src: []byte(in)}
	want := s.regexpTokens()
	got := scanTokens("f.diag", []byte(in))
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b lexer.Token) bool { return a == b })); diff != "" {
		t.Errorf("tokens of %q differ (-rules +scanner):\n%s", in, diff)
	}
}

// regexpTokens lexes the source with the rules of lexDef themselves. It is
// the reference that scanTokens is tested against.
func (s *source) regexpTokens() []lexer.Token {
	lex, err := lexDef.LexString(s.name, string(s.src))
	if err != nil {
		return []lexer.Token{{Type: tokEOF}}
	}
	var out []lexer.Token
	for {
		t, err := lex.Next()
		if err != nil {
			// Cannot happen with the Invalid rule; end the stream.
			out = append(out, lexer.Token{Type: tokEOF, Pos: lexer.Position{Offset: len(s.src)}})
			return out
		}
		if t.Type == tokComment || t.Type == tokSpace {
			continue
		}
		out = append(out, t)
		if t.EOF() {
			return out
		}
	}
}
