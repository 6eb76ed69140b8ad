package diagram

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseMarkup(t *testing.T) {
	sub := func(s string) Span { return Span{Text: s, Shift: Subscript} }
	sup := func(s string) Span { return Span{Text: s, Shift: Superscript} }
	plain := func(s string) Span { return Span{Text: s} }
	tests := []struct {
		in   string
		want []Span
	}{
		{"plain text", []Span{plain("plain text")}},
		{"a **bold** word", []Span{plain("a "), {Text: "bold", Bold: true}, plain(" word")}},
		{"call `f(x_i)` now", []Span{plain("call "), {Text: "f(x_i)", Code: true}, plain(" now")}},
		{"x_i", []Span{plain("x"), sub("i")}},
		{"x^2 + y^2", []Span{plain("x"), sup("2"), plain(" + y"), sup("2")}},
		{"W_{ij}", []Span{plain("W"), sub("ij")}},
		{"e^{-z}", []Span{plain("e"), sup("-z")}},
		{"x_10 and 2^10", []Span{plain("x"), sub("10"), plain(" and 2"), sup("10")}},
		{"∇_θ L", []Span{plain("∇"), sub("θ"), plain(" L")}},
		{"θ_{t+1} = θ_t", []Span{plain("θ"), sub("t+1"), plain(" = θ"), sub("t")}},
		{"**x_i** bold", []Span{{Text: "x", Bold: true}, {Text: "i", Bold: true, Shift: Subscript}, plain(" bold")}},
		{"a _ b ^ c", []Span{plain("a _ b ^ c")}},
		{"ends with _", []Span{plain("ends with _")}},
		{`snake\_case and 2\*3`, []Span{plain("snake_case and 2*3")}},
		{"a ~~gone~~ b", []Span{plain("a "), {Text: "gone", Strike: true}, plain(" b")}},
		{"~~**both**~~", []Span{{Text: "both", Bold: true, Strike: true}}},
		{"~ 3 s and x~y", []Span{plain("~ 3 s and x~y")}},
		{`a \~\~ b`, []Span{plain("a ~~ b")}},
		{"x_i, y^2)", []Span{plain("x"), sub("i"), plain(", y"), sup("2"), plain(")")}},
		{"x^2y", []Span{plain("x"), sup("2"), plain("y")}},
		{"W_kᵀ", []Span{plain("W"), sub("k"), plain("ᵀ")}},
		{"", nil},
	}
	for _, tt := range tests {
		got, err := ParseMarkup(tt.in)
		if err != nil {
			t.Errorf("ParseMarkup(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseMarkup(%q) mismatch (-want +got)\n%s", tt.in, diff)
		}
	}
}

func TestParseMarkupErrors(t *testing.T) {
	tests := []struct {
		in   string
		want MarkupError
	}{
		{"a **bold", MarkupError{Col: 2, Msg: "bold not closed"}},
		{"run `code", MarkupError{Col: 4, Msg: "code span not closed"}},
		{"empty `` here", MarkupError{Col: 6, Msg: "empty code span"}},
		{"W_{ij", MarkupError{Col: 2, Msg: "{ not closed"}},
		{"e^{}", MarkupError{Col: 1, Msg: "empty script group"}},
		{"a ~~struck", MarkupError{Col: 2, Msg: "strike-through not closed"}},
		{"n × d_model", MarkupError{Col: 5, Msg: `a one-character script runs into "o"`}},
		{"web_search(query)", MarkupError{Col: 3, Msg: `a one-character script runs into "e"`}},
		{"1 + e^−x", MarkupError{Col: 5, Msg: `a one-character script runs into "x"`}},
		{"1/(1 + e^(−z))", MarkupError{Col: 8, Msg: "a script of one bracket"}},
	}
	for _, tt := range tests {
		_, err := ParseMarkup(tt.in)
		me, ok := err.(*MarkupError)
		if !ok {
			t.Errorf("ParseMarkup(%q) error = %v, want a *MarkupError", tt.in, err)
			continue
		}
		got := MarkupError{Col: me.Col, Msg: me.Msg}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseMarkup(%q) error mismatch (-want +got)\n%s", tt.in, diff)
		}
		if me.Hint == "" {
			t.Errorf("ParseMarkup(%q) error has no hint", tt.in)
		}
	}
}

func TestMarkupHints(t *testing.T) {
	tests := []struct{ in, hint string }{
		{"n × d_model", "write d_{model} for a longer script, `d_model` for a name, or d\\\\_model for the character itself"},
		{"1/(1 + e^(−z))", "write the script in braces, like e^{−z}, or e\\\\^ for the character itself"},
		{"1 + e^−x", "write e^{−x} for a longer script, `e^−x` for a name, or e\\\\^−x for the character itself"},
	}
	for _, tt := range tests {
		_, err := ParseMarkup(tt.in)
		me, ok := err.(*MarkupError)
		if !ok {
			t.Fatalf("ParseMarkup(%q) error = %v, want a *MarkupError", tt.in, err)
		}
		if me.Hint != tt.hint {
			t.Errorf("ParseMarkup(%q) hint = %q, want %q", tt.in, me.Hint, tt.hint)
		}
	}
}

func TestEscapeMarkup(t *testing.T) {
	for _, s := range []string{"plain", "max_tokens", "a**b", "`x`", "~~s~~", `back\slash`, "x^{2}", "d_model_x"} {
		spans, err := ParseMarkup(EscapeMarkup(s))
		if err != nil {
			t.Errorf("ParseMarkup(EscapeMarkup(%q)): %v", s, err)
			continue
		}
		if got := PlainText(spans); got != s || len(spans) > 1 {
			t.Errorf("EscapeMarkup(%q) reads back as %q in %d spans", s, got, len(spans))
		}
	}
}
