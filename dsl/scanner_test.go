package dsl

import (
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/google/go-cmp/cmp"
)

// lexDef is the reference for the scanner: the token rules of the language
// as regular expressions, tried in order, the first match winning (see
// scanner). Invalid catches any other character, so lexing never fails.
var lexDef = lexer.MustSimple([]lexer.SimpleRule{
	{Name: "Comment", Pattern: `#[^\n]*`},
	{Name: "EOL", Pattern: `\r?\n|;`},
	{Name: "Space", Pattern: `[ \t\r\f\v\x{FEFF}]+`}, // U+FEFF: a byte order mark
	{Name: "String", Pattern: `"(\\[^\n]|[^"\\\n])*"`},
	{Name: "OpenString", Pattern: `"[^\n]*`},
	{Name: "Arrow", Pattern: `<->|->|<-|--`},
	{Name: "Range", Pattern: `\.\.`},
	{Name: "Number", Pattern: `(\d+(\.\d+)?|\.\d+)([A-Za-z%][A-Za-z0-9%]*)?`},
	{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*([.\-][A-Za-z0-9_]+)*`},
	{Name: "Bracket", Pattern: `[{}()\[\]]`},
	{Name: "Punct", Pattern: `[,:=+\-*/^<>|!%]`},
	{Name: "Invalid", Pattern: `.`},
})

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

// scanTokens lexes src to the end: every token, the last one EOF.
func scanTokens(src []byte) []lexer.Token {
	s := newScanner(src)
	out := make([]lexer.Token, 0, len(src)/4+1)
	for {
		t, _ := s.Next()
		out = append(out, t)
		if t.EOF() {
			return out
		}
	}
}

// checkScanner compares the tokens of the scanner and of the rules: their
// types, values and byte offsets (the scanner records no lines and columns),
// and the line starts the scanner records with those of the text.
func checkScanner(t *testing.T, in string) {
	t.Helper()
	s := source{name: "f.diag", src: []byte(in)}
	want := mergeEOLs(in, s.regexpTokens())
	for i := range want {
		want[i].Pos = lexer.Position{Offset: want[i].Pos.Offset}
	}
	sc := newScanner([]byte(in))
	var got []lexer.Token
	for {
		tok, _ := sc.Next()
		got = append(got, tok)
		if tok.EOF() {
			break
		}
	}
	if diff := cmp.Diff(lineStarts([]byte(in)), sc.lines); diff != "" {
		t.Errorf("line starts of %q differ (-text +scanner):\n%s", in, diff)
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b lexer.Token) bool { return a == b })); diff != "" {
		t.Errorf("tokens of %q differ (-rules +scanner):\n%s", in, diff)
	}
}

// mergeEOLs merges each run of EOL tokens into one, as the scanner does:
// its value is the text from the first to the last.
func mergeEOLs(src string, toks []lexer.Token) []lexer.Token {
	var out []lexer.Token
	for _, t := range toks {
		if n := len(out); n > 0 && t.Type == tokEOL && out[n-1].Type == tokEOL {
			out[n-1].Value = src[out[n-1].Pos.Offset : t.Pos.Offset+len(t.Value)]
			continue
		}
		out = append(out, t)
	}
	return out
}

// regexpTokens lexes the source with the rules of lexDef themselves, with
// the scanner's token types. It is the reference that scanTokens is tested
// against.
func (s *source) regexpTokens() []lexer.Token {
	lex, err := lexDef.LexString(s.name, string(s.src))
	if err != nil {
		return []lexer.Token{{Type: tokEOF}}
	}
	names := lexer.SymbolsByRune(lexDef)
	var out []lexer.Token
	for {
		t, err := lex.Next()
		if err != nil {
			// Cannot happen with the Invalid rule; end the stream.
			out = append(out, lexer.Token{Type: tokEOF, Pos: lexer.Position{Offset: len(s.src)}})
			return out
		}
		t.Type = tokenNames[names[t.Type]]
		if t.Type == tokComment || t.Type == tokSpace {
			continue
		}
		out = append(out, t)
		if t.EOF() {
			return out
		}
	}
}

// TestScannerSymbols checks that the scanner names the same token types as
// the rules.
func TestScannerSymbols(t *testing.T) {
	for name := range lexDef.Symbols() {
		if _, ok := tokenNames[name]; !ok {
			t.Errorf("token type %q of the rules is unknown to the scanner", name)
		}
	}
	if len(tokenNames) != len(lexDef.Symbols()) {
		t.Errorf("the scanner has %d token types, the rules %d", len(tokenNames), len(lexDef.Symbols()))
	}
}

// TestParticipleLexes checks that participle can use the scanner as its
// lexer directly, through the definition's Lex.
func TestParticipleLexes(t *testing.T) {
	src := "graph g {\n  a -> b \"x\" # c\n}\n"
	toks, err := parser().Lex("f.diag", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(scanTokens([]byte(src)), toks); diff != "" {
		t.Errorf("participle's tokens differ from the scanner's (-scanner +participle):\n%s", diff)
	}
	if _, err := parser().ParseString("f.diag", src); err != nil {
		t.Errorf("ParseString(%q): %v", src, err)
	}
}
