package svg

import (
	"testing"
)

func TestNum(t *testing.T) {
	cases := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {-0.001, "0"}, {-0.004999, "0"}, {1.005, "1"}, {12.345, "12.35"}, {-3.5, "-3.5"}, {100, "100"},
	}
	for _, c := range cases {
		if got := num(c.in); got != c.want {
			t.Errorf("num(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIdent(t *testing.T) {
	cases := []struct{ in, want string }{
		{"fwd", "fwd"},
		{"a->b", "a-_3e_b"},
		{"x.marker", "x_2e_marker"},
		{`"><script>`, "_22__3e__3c_script_3e_"},
		{"θ", "_3b8_"},
	}
	for _, c := range cases {
		if got := ident(c.in); got != c.want {
			t.Errorf("ident(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEscText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{`"/><svg onload=alert(1)>`, "&#34;/&gt;&lt;svg onload=alert(1)&gt;"},
		{"a\x00b\x1bc", "abc"},
		{"tab\there", "tab here"},
		{"\u202eevil", "evil"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{"]]>", "]]&gt;"},
	}
	for _, c := range cases {
		if got := escText(c.in); got != c.want {
			t.Errorf("escText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSafeColor(t *testing.T) {
	good := []string{"red", "#abc", "#A1B2C3", "rgb(1, 2, 255)", "rebeccapurple"}
	bad := []string{"", "red;}</style><script>", "#abcd", "rgb(1,2)", "rgb(1,2,300)", "url(#x)", "javascript:alert(1)", "expression(alert(1))"}
	for _, c := range good {
		if !safeColor(c) {
			t.Errorf("safeColor(%q) = false, want true", c)
		}
	}
	for _, c := range bad {
		if safeColor(c) {
			t.Errorf("safeColor(%q) = true, want false", c)
		}
	}
}
