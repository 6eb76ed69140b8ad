package dsl

import (
	"strings"
	"testing"
)

// TestSplitPercentages checks that the percentages of a split add up to
// 100 within diagram.PercentSlack, and that plain values need not.
func TestSplitPercentages(t *testing.T) {
	tests := []struct {
		parts string
		want  string // "" compiles
	}{
		{"a 70%\n b 15%\n c 15%", ""},
		{"a 33.3%\n b 33.3%\n c 33.3%", ""},
		{"a 50.25%\n b 50.25%", ""},
		{"a 0%\n b 100%", ""},
		{"a 70%\n b 20%", "t.diag:1:1: split percentages add up to 90%, not 100%"},
		{"a 70%\n b 50%", "t.diag:1:1: split percentages add up to 120%, not 100%"},
		{"a 50.3%\n b 50.3%", "t.diag:1:1: split percentages add up to 100.6%, not 100%"},
		{"a 7\n b 2", ""},
		{"a 0.7\n b 0.2\n c 0.05", ""},
	}
	for _, tc := range tests {
		src := "split s {\n " + tc.parts + "\n}\n"
		_, _, err := Compile("t.diag", []byte(src))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q:\n%s", tc.parts, FormatError([]byte(src), err))
		case tc.want != "" && err == nil:
			t.Errorf("%q compiles, want %s", tc.parts, tc.want)
		case tc.want != "":
			msg := FormatError([]byte(src), err)
			if !strings.HasPrefix(msg, tc.want+"\n") || !strings.Contains(msg, "hint: make the percentages add up to 100%") {
				t.Errorf("%q: error\n%s\nwant %s with a hint", tc.parts, msg, tc.want)
			}
		}
	}
}
