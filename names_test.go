package diag_test

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"github.com/aiprep/diag"
)

// namedSource draws a graph, a plot (whose marks are clipped) and an
// animation, so that its SVG holds every kind of generated name: classes,
// element ids, clip ids, keyframes and the animations that use them.
const namedSource = `graph g {
 a -> b
}
animate {
 step "s" 1s { show a; highlight b }
 step "t" 1s { trace g }
}
`

const namedPlot = `plot p {
 x 0 .. 1
 y 0 .. 1
 curve c: y = x
 points m: (0.5, 0.5)
}
animate {
 step "s" 1s { show c }
}
`

// TestGeneratedNamesAreIdentifiers compiles under file names and prefixes
// that are not CSS identifiers as they stand (a leading digit or hyphen,
// two hyphens, non-ASCII letters, nothing at all) and checks that every
// class, id, clip and keyframe name in the SVG is a valid CSS identifier
// and every id a valid XML name, so that the style sheet applies.
func TestGeneratedNamesAreIdentifiers(t *testing.T) {
	tests := []struct{ name, prefix string }{
		{name: "2024-hello.diag"},
		{name: "-1x.diag"},
		{name: "--x.diag"},
		{name: "-x.diag"},
		{name: "-.diag"},
		{name: "-"},
		{name: "_x.diag"},
		{name: "0.diag"},
		{name: "dir/9lives.diag"},
		{name: "日本.diag"},
		{name: "θ-1.diag"},
		{name: ".diag"},
		{name: ""},
		{name: " space first.diag"},
		{name: "\x1b[2J.diag"},
		{name: "x.diag", prefix: "2024"},
		{name: "x.diag", prefix: "-1"},
		{name: "x.diag", prefix: "--x"},
		{name: "x.diag", prefix: "-"},
		{name: "x.diag", prefix: "é"},
		{name: "x.diag", prefix: "\u202e1"},
	}
	for _, tt := range tests {
		for _, src := range []string{namedSource, namedPlot} {
			out, err := diag.Compile(tt.name, []byte(src), diag.Options{Prefix: tt.prefix, NoFont: true})
			if err != nil {
				t.Errorf("Compile(%q, prefix %q): %v", tt.name, tt.prefix, err)
				continue
			}
			names := generatedNames(out)
			if len(names) < 10 {
				t.Errorf("Compile(%q, prefix %q): only %d names found: %q", tt.name, tt.prefix, len(names), names)
			}
			for _, n := range names {
				if !cssIdent.MatchString(n.name) {
					t.Errorf("Compile(%q, prefix %q): %s %q is not a CSS identifier", tt.name, tt.prefix, n.kind, n.name)
				}
				if n.kind == "id" && !xmlName.MatchString(n.name) {
					t.Errorf("Compile(%q, prefix %q): id %q is not an XML name", tt.name, tt.prefix, n.name)
				}
			}
		}
	}
}

// TestCSSIdentCheck checks the checker on names that are and are not CSS
// identifiers.
func TestCSSIdentCheck(t *testing.T) {
	good := []string{"a", "hello", "_2024-hello", "-x", "-_1", "b-2", "x_3b8_", "日本"}
	bad := []string{"", "2024-hello", "-1x", "--x", "-", "a.b", "a b", "a{", `a\`}
	for _, s := range good {
		if !cssIdent.MatchString(s) {
			t.Errorf("cssIdent rejects %q", s)
		}
	}
	for _, s := range bad {
		if cssIdent.MatchString(s) {
			t.Errorf("cssIdent accepts %q", s)
		}
	}
	svg := []byte(`<svg class="p 1q"><style>.p .p-a{x:1}#-2{x:2}@keyframes p-k0{0%{opacity:0}50.5%{opacity:1}}@keyframes 9k{}#p-a{animation:p-k0 1s,9k 2s}</style><rect id="p-a" clip-path="url(#3c)"/></svg>`)
	names := generatedNames(svg)
	var invalid []string
	for _, n := range names {
		if !cssIdent.MatchString(n.name) {
			invalid = append(invalid, n.kind+" "+n.name)
		}
	}
	want := "class 1q,url 3c,selector -2,keyframes 9k,animation 9k"
	if got := strings.Join(invalid, ","); got != want {
		t.Errorf("invalid names = %q, want %q", got, want)
	}
}

// cssIdent matches a CSS identifier as CSS 2.1 defines it, without
// escapes: an optional hyphen, then a letter, '_' or non-ASCII character,
// then any of those, digits and hyphens. (Later CSS also allows a leading
// "--"; the stricter rule is the one every browser has always read.)
var cssIdent = regexp.MustCompile(`^-?[_a-zA-Z\x{80}-\x{10FFFF}][_a-zA-Z0-9\x{80}-\x{10FFFF}-]*$`)

// xmlName matches the XML names that ids are made of here: a letter or
// '_' first, then letters, digits, '_', '-' and '.'.
var xmlName = regexp.MustCompile(`^[_\pL][_\pL\pN.-]*$`)

// genName is one generated name and where it was found.
type genName struct{ kind, name string }

var (
	cssBlock      = regexp.MustCompile(`([^{}]*)\{`)
	cssSelectorID = regexp.MustCompile(`[.#]([^\s.#,>+~:\[\]()]+)`)
	cssKeyframes  = regexp.MustCompile(`^\s*@keyframes\s+(.*?)\s*$`)
	cssAnimation  = regexp.MustCompile(`animation:([^;}]*)`)
	keyframeStep  = regexp.MustCompile(`^\s*(from|to|[0-9.]+%)\s*$`)
	urlFragment   = regexp.MustCompile(`url\(#([^)]*)\)`)
)

// generatedNames returns every class, id, keyframe name and fragment
// reference of an SVG, from its markup and its style sheets.
func generatedNames(svg []byte) []genName {
	var names []genName
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var css strings.Builder
	inStyle := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case xml.StartElement:
			inStyle = v.Name.Local == "style"
			for _, a := range v.Attr {
				switch a.Name.Local {
				case "id":
					names = append(names, genName{"id", a.Value})
				case "class":
					for _, c := range strings.Fields(a.Value) {
						names = append(names, genName{"class", c})
					}
				case "href":
					if strings.HasPrefix(a.Value, "#") {
						names = append(names, genName{"href", a.Value[1:]})
					}
				}
				for _, m := range urlFragment.FindAllStringSubmatch(a.Value, -1) {
					names = append(names, genName{"url", m[1]})
				}
			}
		case xml.EndElement:
			inStyle = false
		case xml.CharData:
			if inStyle {
				css.Write(v)
			}
		}
	}
	sheet := fontData.ReplaceAllString(css.String(), "url(data:)")
	for _, m := range cssBlock.FindAllStringSubmatch(sheet, -1) {
		prelude := m[1]
		switch {
		case cssKeyframes.MatchString(prelude):
			names = append(names, genName{"keyframes", cssKeyframes.FindStringSubmatch(prelude)[1]})
		case strings.Contains(prelude, "@"), keyframeStep.MatchString(prelude):
		default:
			for _, s := range cssSelectorID.FindAllStringSubmatch(prelude, -1) {
				names = append(names, genName{"selector", s[1]})
			}
		}
	}
	for _, m := range cssAnimation.FindAllStringSubmatch(sheet, -1) {
		for _, part := range strings.Split(m[1], ",") {
			if f := strings.Fields(part); len(f) > 0 && !strings.HasPrefix(f[0], "none") {
				names = append(names, genName{"animation", f[0]})
			}
		}
	}
	return names
}
