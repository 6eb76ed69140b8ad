package diag_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
)

// fuzzMaxSource is the largest input FuzzCompile compiles; larger inputs
// are skipped to keep every run short (size limits have their own tests).
const fuzzMaxSource = 16 << 10

// fuzzWatchdog is how long one input may take before the fuzzer reports
// it as a hang. It is generous: the point is to catch loops, not to time.
const fuzzWatchdog = 10 * time.Second

// seedSources returns the example and curriculum sources, the seed corpus
// of FuzzCompile.
func seedSources(t testing.TB) map[string][]byte {
	var paths []string
	for _, pattern := range []string{"examples/*.diag", "curriculum/*/*.diag"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no seed sources found")
	}
	seeds := make(map[string][]byte, len(paths))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seeds[p] = src
	}
	return seeds
}

// FuzzCompile compiles arbitrary source to SVG. Whatever compiles must be
// well-formed XML with no script, no event attribute, no javascript: or
// external reference and a style sheet the renderer wrote; whatever does not
// must fail with positioned errors. No input may panic or hang.
func FuzzCompile(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > fuzzMaxSource {
			return
		}
		if svg := checkCompile(t, "fuzz.diag", src); svg != nil && len(src)%4 == 0 {
			// A quarter of the inputs also draw a still frame mid-way.
			checkStill(t, "fuzz.diag", src)
		}
	})
}

// checkCompile compiles src with a watchdog and checks the output or the
// errors as FuzzCompile describes. It returns the SVG, nil on an error.
func checkCompile(t *testing.T, name string, src []byte) []byte {
	t.Helper()
	type result struct {
		svg []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := diag.Compile(name, src, diag.Options{Sheets: curriculum.Catalog{}})
		done <- result{out, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(fuzzWatchdog):
		t.Fatalf("Compile(%q) did not finish in %v", src, fuzzWatchdog)
	}
	if r.err != nil {
		if p := errorProblems(name, src, r.err); p != "" {
			t.Fatalf("Compile(%q): %s", src, p)
		}
		return nil
	}
	if p := unsafeMarkup(r.svg); len(p) > 0 {
		t.Fatalf("Compile(%q) gave unsafe SVG: %v", src, p)
	}
	if p := urlProblems(r.svg); len(p) > 0 {
		t.Fatalf("Compile(%q) gave an external reference: %v", src, p)
	}
	if p := styleProblems(r.svg); len(p) > 0 {
		t.Fatalf("Compile(%q) gave an unexpected style sheet: %v", src, p)
	}
	return r.svg
}

// checkStill draws the still frame at 1.5 s of src, which compiles, and
// checks it like checkCompile does.
func checkStill(t *testing.T, name string, src []byte) {
	t.Helper()
	done := make(chan []byte, 1)
	go func() {
		out, err := diag.Compile(name, src, diag.Options{Static: true, Frame: 1500 * time.Millisecond, Sheets: curriculum.Catalog{}})
		if err != nil {
			t.Errorf("Compile(%q) animated but not as a still frame: %v", src, err)
		}
		done <- out
	}()
	var svg []byte
	select {
	case svg = <-done:
	case <-time.After(fuzzWatchdog):
		t.Fatalf("Compile(%q) still frame did not finish in %v", src, fuzzWatchdog)
	}
	if svg == nil {
		return
	}
	if p := append(append(unsafeMarkup(svg), urlProblems(svg)...), styleProblems(svg)...); len(p) > 0 {
		t.Fatalf("Compile(%q) still frame gave unsafe SVG: %v", src, p)
	}
}

// errorProblems returns what is wrong with the error of compiling src, or
// "": it must be one or more positioned errors inside the source, each with
// a message, and none an internal error.
func errorProblems(name string, src []byte, err error) string {
	list, ok := diagram.Errors(err)
	if !ok {
		return fmt.Sprintf("error of type %T without position: %v", err, err)
	}
	if len(list) == 0 {
		return "empty error list"
	}
	msg := dsl.FormatError(src, err)
	if strings.Contains(msg, "internal parser error") || strings.Contains(msg, "internal error") {
		return "internal error: " + msg
	}
	lines := bytes.Count(src, []byte("\n")) + 1
	for _, e := range list {
		p := e.Pos
		if p.File != name || p.Line < 1 || p.Line > lines || p.Col < 1 || e.Msg == "" {
			return fmt.Sprintf("bad error %#v", e)
		}
	}
	return ""
}

// styleForbidden matches what the renderer may write in a style sheet: no markup,
// no imports, no script URLs, no fetches except the embedded font.
var styleForbidden = regexp.MustCompile(`(?i)<|@import|javascript:|expression\(|url\((?:[^d)]|d[^a)]|da[^t)]|dat[^a)]|data[^:)])`)

// urlProblems lists the attribute values of svg that refer to anything but
// a fragment of the document itself, as url(...) in a fill or style.
func urlProblems(svg []byte) []string {
	var problems []string
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := dec.Token()
		if err != nil {
			return problems
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range el.Attr {
			for _, m := range attrURL.FindAllStringSubmatch(a.Value, -1) {
				if !strings.HasPrefix(m[1], "#") {
					problems = append(problems, a.Name.Local+"="+a.Value)
				}
			}
		}
	}
}

// attrURL matches url(...) in an attribute value, with its argument.
var attrURL = regexp.MustCompile(`(?i)url\(\s*['"]?([^)]*)\)`)

// styleProblems lists what in the style sheets of svg the renderer would
// not have written.
func styleProblems(svg []byte) []string {
	var problems []string
	for _, css := range styleSheets(svg) {
		if m := styleForbidden.FindString(css); m != "" {
			problems = append(problems, "style sheet holds "+m)
		}
	}
	return problems
}

// styleSheets returns the text of every <style> element of svg.
func styleSheets(svg []byte) []string {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var sheets []string
	var cur *strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			return sheets
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if v.Name.Local == "style" {
				cur = new(strings.Builder)
			}
		case xml.EndElement:
			if v.Name.Local == "style" && cur != nil {
				sheets = append(sheets, cur.String())
				cur = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(v)
			}
		}
	}
}

// seedMax is the largest seed FuzzCompile starts from. The fuzzer spends
// its time minimizing an input that finds new coverage, and a seed of
// several kilobytes turns a run into minutes of minimizing: small seeds let
// it explore.
const seedMax = 1 << 10

// fuzzSeeds returns the seed corpus of FuzzCompile: every example, sheet and
// hostile input of at most seedMax bytes, and of the larger ones each
// top-level statement on its own (a panel with the file's header lines,
// or each panel of a large row, column or grid; a legend), so that every kind of statement the sources
// hold is in the corpus as a small input. Inputs the resource tests keep
// for their cost stay out: the fuzzer would spend its time on them.
func fuzzSeeds(t testing.TB) [][]byte {
	var out [][]byte
	add := func(src []byte) {
		if len(src) <= seedMax {
			out = append(out, src)
		}
	}
	sources := seedSources(t)
	for _, p := range sortedKeys(sources) {
		src := sources[p]
		if len(src) <= seedMax {
			add(src)
			continue
		}
		f, err := dsl.Parse(p, src)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var header []byte
		for _, st := range f.Stmts {
			if st.Header != nil {
				header = append(header, nodeText(src, st)...)
				header = append(header, '\n')
			}
		}
		var panel func(p dsl.Panel)
		panel = func(p dsl.Panel) {
			if text := nodeText(src, p); len(header)+len(text) <= seedMax {
				add(append(append([]byte(nil), header...), text...))
			} else if sp, ok := p.(*dsl.Split); ok {
				for _, it := range sp.Items {
					panel(it) // a large row or column gives its panels
				}
			}
		}
		for _, st := range f.Stmts {
			switch {
			case st.Panel != nil:
				panel(st.Panel)
			case st.Legend != nil:
				add(append(nodeText(src, st), "\ngraph g { a }\n"...))
			}
		}
	}
	costly := map[string]bool{}
	for _, c := range smallResourceCases() {
		costly[c.src] = true
	}
	for _, s := range hostileSources() {
		if !costly[s] {
			add([]byte(s))
		}
	}
	return out
}

// nodeText returns a copy of the source text of an AST node.
func nodeText(src []byte, n dsl.Node) []byte {
	return append([]byte(nil), src[n.Pos().Offset():n.End().Offset()]...)
}

// TestFuzzSeeds checks the seed corpus of FuzzCompile: small inputs, many
// of them, holding every kind of panel the examples use.
func TestFuzzSeeds(t *testing.T) {
	seeds := fuzzSeeds(t)
	if len(seeds) < 100 {
		t.Errorf("%d seeds, want at least 100", len(seeds))
	}
	all := ""
	for _, s := range seeds {
		if len(s) > seedMax {
			t.Errorf("seed of %d bytes, more than %d", len(s), seedMax)
		}
		all += string(s)
	}
	for _, kind := range []string{"graph", "plot", "matrix", "tree", "sequence", "timeline", "stack", "note", "row", "column", "grid", "legend", "animate"} {
		if !strings.Contains(all, kind+" ") {
			t.Errorf("no seed holds a %s statement", kind)
		}
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestSeedsCompile runs the seed corpus of FuzzCompile as an ordinary test:
// every example and curriculum sheet compiles and passes the checks.
func TestSeedsCompile(t *testing.T) {
	seeds := seedSources(t)
	for _, p := range sortedKeys(seeds) {
		if checkCompile(t, p, seeds[p]) == nil {
			t.Errorf("Compile(%s) failed", p)
		}
	}
}

// compileErr compiles src as hostile.diag.
func compileErr(src []byte) ([]byte, error) {
	return diag.Compile("hostile.diag", src, diag.Options{})
}

// TestSafetyCheckers feeds the output checks of FuzzCompile and the hostile
// corpus with unsafe documents, so that they are known to catch them.
func TestSafetyCheckers(t *testing.T) {
	tests := []struct {
		name string
		svg  string
	}{
		{"script", `<svg><script>alert(1)</script></svg>`},
		{"event attribute", `<svg><rect onload="alert(1)"/></svg>`},
		{"javascript link", `<svg><a href="javascript:alert(1)"><text>x</text></a></svg>`},
		{"external link", `<svg><use href="http://example.com/x.svg#a"/></svg>`},
		{"not well-formed", `<svg><text>a < b</text></svg>`},
		{"external fill", `<svg><rect fill="url(http://example.com/p.svg#g)"/></svg>`},
		{"external style attribute", `<svg><rect style="fill:url( 'https://example.com/a' )"/></svg>`},
		{"import in style sheet", `<svg><style>@import url(https://example.com/a.css);</style></svg>`},
		{"markup in style sheet", `<svg><style><![CDATA[a{}</style><script>]]></style></svg>`},
		{"remote url in style sheet", `<svg><style>a{background:url(//example.com/x)}</style></svg>`},
	}
	for _, tt := range tests {
		svg := []byte(tt.svg)
		problems := append(append(unsafeMarkup(svg), urlProblems(svg)...), styleProblems(svg)...)
		if len(problems) == 0 {
			t.Errorf("%s: no problem found in %s", tt.name, tt.svg)
		}
	}
	safe := []byte(`<svg><style>a{fill:#fff;src:url(data:font/ttf;base64,AAAA)}</style><rect fill="url(#g)"/><use href="#a"/></svg>`)
	if p := append(append(unsafeMarkup(safe), urlProblems(safe)...), styleProblems(safe)...); len(p) > 0 {
		t.Errorf("safe document reported unsafe: %v", p)
	}
}
