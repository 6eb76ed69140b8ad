package dsl

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain θ 日本 \uFFFD", "plain θ 日本 \uFFFD"},
		{"\x1b[2J\x1b]0;title\x07", `\x1b[2J\x1b]0;title\x07`},
		{"a\tb\nc\rd", `a\x09b\x0ac\x0dd`},
		{"del\x7f csi\u009b", `del\x7f csi\u009b`},
		{"\u202egnp.exe", `\u202egnp.exe`},
		{"\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069", `\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069`},
		{"line\u2028para\u2029", `line\u2028para\u2029`},
		{"caf\xe9.diag", `caf\xe9.diag`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Printable(tt.in); got != tt.want {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFormatErrorEscapes checks that nothing from the input reaches the
// terminal raw: an escape sequence in a string, in the file name, in the
// message and in the hint is shown escaped, and the caret still points at
// the character the column names.
func TestFormatErrorEscapes(t *testing.T) {
	src := "title \"a\x1b[2J\x1b]0;pwned\x07b\"\n"
	_, _, err := Compile("x\x1b]0;t\x07\u202e.diag", []byte(src))
	if err == nil {
		t.Fatalf("Compile(%q) succeeded, want an error", src)
	}
	got := FormatError([]byte(src), err)
	want := `x\x1b]0;t\x07\u202e.diag:1:9: control character U+001B in string` + "\n" +
		`    title "a\x1b[2J\x1b]0;pwned\x07b"` + "\n" +
		"            ^\n" +
		`    hint: remove it; write \n for a line break or \t for a tab` + "\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FormatError mismatch (-want +got):\n%s", diff)
	}

	list := diagram.ErrorList{{
		Pos:  diagram.Pos{File: "f.diag", Line: 1, Col: 5},
		Msg:  "unknown id \"\x1b[31mred\u202e\"",
		Hint: "did you mean \"\u009b2J\"?",
	}}
	src = "ab\tc\x1bd\n"
	got = FormatError([]byte(src), list)
	want = `f.diag:1:5: unknown id "\x1b[31mred\u202e"` + "\n" +
		`    ab    c\x1bd` + "\n" +
		"           ^\n" +
		`    hint: did you mean "\u009b2J"?` + "\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FormatError mismatch (-want +got):\n%s", diff)
	}

	plain := errors.New("open \x1b[2Jx.diag: no such file")
	if got, want := FormatError(nil, plain), `open \x1b[2Jx.diag: no such file`+"\n"; got != want {
		t.Errorf("FormatError(%q) = %q, want %q", plain, got, want)
	}
}

// TestFormatErrorLongLines checks that a long source line is clipped to a
// window around the caret, that the caret still points at the right
// character, and that the report stays small however long the line, the
// message or the hint.
func TestFormatErrorLongLines(t *testing.T) {
	mib := strings.Repeat("a ", 1<<19)
	tests := []struct {
		name string
		line string
		col  int  // of the character the caret must point at, from 1
		want rune // that character, or 0 for the end of the line
	}{
		{name: "start", line: "@" + mib, col: 1, want: '@'},
		{name: "middle", line: mib + "@" + mib, col: len(mib) + 1, want: '@'},
		{name: "end", line: mib + "@", col: len(mib) + 1, want: '@'},
		{name: "past the end", line: mib, col: len(mib) + 1},
		{name: "short line", line: "ab@c", col: 3, want: '@'},
		{name: "wide and tabs before", line: strings.Repeat("日\t本θ", 1<<16) + "@" + mib, col: 4<<16 + 1, want: '@'},
		{name: "wide and tabs around", line: strings.Repeat("日\t本θ", 1<<16) + "@" + strings.Repeat("\t語", 1<<16), col: 4<<16 + 1, want: '@'},
		{name: "controls before", line: strings.Repeat("\x1b\u202e", 1<<16) + "@" + mib, col: 2<<16 + 1, want: '@'},
		{name: "caret on a wide character", line: mib + "語" + mib, col: len(mib) + 1, want: '語'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := &diagram.Error{Pos: diagram.Pos{File: "long.diag", Line: 2, Col: tt.col}, Msg: "unexpected character", Hint: "remove it"}
			src := []byte("first\n" + tt.line + "\nlast\n")
			got := FormatError(src, err)
			if len(got) > 600 {
				t.Errorf("FormatError gave %d bytes, want at most 600:\n%.2000s", len(got), got)
			}
			lines := strings.Split(got, "\n")
			if len(lines) != 5 || !strings.HasPrefix(lines[1], "    ") || !strings.HasPrefix(lines[2], "    ") {
				t.Fatalf("FormatError gave an unexpected layout:\n%.2000s", got)
			}
			shown, caret := lines[1][4:], lines[2][4:]
			if w := cells(shown); w > contextCells+2 {
				t.Errorf("source line shown %d cells wide, want at most %d", w, contextCells+2)
			}
			if !strings.HasSuffix(caret, "^") || strings.Trim(caret, " ") != "^" {
				t.Fatalf("caret line %q", caret)
			}
			if r := runeAtCell(shown, len(caret)-1); r != tt.want {
				t.Errorf("caret points at %q, want %q\n%s\n%s", r, tt.want, shown, caret)
			}
			clipped := cells(tt.line) > contextCells
			if clipped != (strings.HasPrefix(shown, "…") || strings.HasSuffix(shown, "…")) {
				t.Errorf("source line %q: clipped = %v, but ellipses do not say so", shown, clipped)
			}
		})
	}

	long := &diagram.Error{
		Pos:  diagram.Pos{File: "long.diag", Line: 1, Col: 1},
		Msg:  "unknown keyword \"" + strings.Repeat("x", 1<<20) + "\"",
		Hint: "did you mean " + strings.Repeat("\x1b", 1<<20),
	}
	got := FormatError([]byte("x\n"), long)
	if len(got) > 2*maxMessageCells+200 {
		t.Errorf("FormatError of a 1 MiB message and hint gave %d bytes", len(got))
	}
	if !strings.Contains(got, "xxx…\n") || !strings.Contains(got, `\x1b…`+"\n") {
		t.Errorf("FormatError of a long message does not end it with …:\n%s", got)
	}
}

// cells returns the terminal cells s takes.
func cells(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

// runeAtCell returns the rune of s shown at cell n (from 0), or 0 past the
// end.
func runeAtCell(s string, n int) rune {
	w := 0
	for _, r := range s {
		rw := runeWidth(r)
		if n < w+rw || (rw == 0 && n == w) {
			if rw == 0 {
				continue
			}
			return r
		}
		w += rw
	}
	return 0
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"日本語", 6, "日本語"},
		{"日本語", 5, "日本…"},
		{"日本語", 4, "日…"},
		{"a\x1b\x1b", 9, `a\x1b\x1b`},
		{"a\x1b\x1b", 8, `a\x1b…`},
		{"a\x1b\x1b", 5, "a…"},
		{"ab\xff", 4, "ab…"},
	}
	for _, tt := range tests {
		got := shorten(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("shorten(%q, %d) = %q is not UTF-8", tt.in, tt.max, got)
		}
	}
}
