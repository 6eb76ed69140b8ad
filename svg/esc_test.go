package svg

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"unicode"
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

func TestPrefixIdent(t *testing.T) {
	cases := []struct{ in, want string }{
		{"hello", "hello"},
		{"bias-variance", "bias-variance"},
		{"Fig", "Fig"},
		{"2024-hello", "_2024-hello"},
		{"-1x", "_-1x"},
		{"--x", "_--x"},
		{"-x", "_-x"},
		{"-", "_-"},
		{"θ", "_3b8_"},
		{"a b", "a_20_b"},
		{"", "d"},
	}
	for _, c := range cases {
		if got := prefixIdent(c.in); got != c.want {
			t.Errorf("prefixIdent(%q) = %q, want %q", c.in, got, c.want)
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

// TestCleanTextBidiControls checks that every code point with Unicode's
// Bidi_Control property is dropped from text, and nothing next to them.
func TestCleanTextBidiControls(t *testing.T) {
	controls := []rune{0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}
	for _, r := range controls {
		in := "a" + string(r) + "b"
		if got := cleanText(in); got != "ab" {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, "ab")
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Bidi_Control, r) && !slices.Contains(controls, r) {
			t.Errorf("U+%04X is a bidi control missing from the test", r)
		}
	}
	kept := []rune{0x061B, 0x061D, 0x200D, 0x2029, 0x202F, 0x2065, 0x206A}
	for _, r := range kept {
		if in := "a" + string(r) + "b"; cleanText(in) != in {
			t.Errorf("cleanText(%q) = %q, want it unchanged", in, cleanText(in))
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

// TestAppendNum holds the formatting of numbers from their hundredths to
// strconv's shortest form of the rounded value, on numbers of every
// magnitude, halves of hundredths, and the values that need strconv.
func TestAppendNum(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vs := []float64{0, math.Copysign(0, -1), -0.004, -0.005, 0.005, 0.015, 1.005, 2.675, 0.1, 0.29, 1e13 - 0.01,
		9.99999999999999e12, 1e15, -1e15, 1e300, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1)}
	for range 200000 {
		mag := math.Pow(10, float64(rng.IntN(30)-12))
		v := (rng.Float64()*2 - 1) * mag
		vs = append(vs, v, math.Round(v*100)/100, (math.Round(v*200)+1)/200)
	}
	for _, v := range vs {
		want := strconv.FormatFloat(round2(v), 'f', -1, 64)
		if got := string(appendNum([]byte("x"), v)); got != "x"+want {
			t.Fatalf("appendNum(%v) = %q, want %q", v, got[1:], want)
		}
		if got := num(v); got != want {
			t.Fatalf("num(%v) = %q, want %q", v, got, want)
		}
	}
}
