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
