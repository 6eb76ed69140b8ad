package dsl

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnquote(t *testing.T) {
	tests := []struct {
		raw  string
		want string
		col  int    // rune offset of the bad escape from the opening quote
		err  string // "" for none
	}{
		{raw: `"plain θ"`, want: "plain θ"},
		{raw: `"a\"b\\c\nd\te"`, want: "a\"b\\c\nd\te"},
		{raw: `"\u{2207}\u{1F600}x"`, want: "∇😀x"},
		{raw: `"θ\q"`, want: `θ\q`, col: 2, err: `unknown escape \q`},
		{raw: `"ab\u{zz}"`, want: `ab\u{zz}`, col: 3, err: `\u{zz} is not a valid code point`},
		{raw: `"\u{D800}"`, want: `\u{D800}`, col: 1, err: `\u{D800} is not a valid code point`},
		{raw: `"\u2207"`, want: `\u2207`, col: 1, err: `\u needs a code point in braces, like \u{2207}`},
		{raw: `"x\"`, want: `x\`, col: 2, err: `lone \ at the end of the string`},
		{raw: `"x`, want: `"x`, err: "string not closed"},
	}
	for _, tc := range tests {
		got, col, err := unquoteAt(tc.raw)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if diff := cmp.Diff([]any{tc.want, tc.col, tc.err}, []any{got, col, gotErr}); diff != "" {
			t.Errorf("unquoteAt(%q) mismatch (-want +got):\n%s", tc.raw, diff)
		}
	}
}
