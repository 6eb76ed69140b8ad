package diag_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/internal/golden"
)

// examples returns the example sources, sorted.
func examples(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples found")
	}
	return files
}

// TestExamples compiles every example and compares it with its golden SVG.
// Run with -update (or UPDATE_GOLDEN=1) to rewrite the goldens, after
// looking at the pictures.
func TestExamples(t *testing.T) {
	for _, path := range examples(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			got := compileExample(t, path, diag.Options{})
			golden.CheckSVG(t, strings.TrimSuffix(path, ".diag")+".svg", got)
		})
	}
}

// TestCompileDeterministic compiles every example twice and wants the same
// bytes.
func TestCompileDeterministic(t *testing.T) {
	for _, path := range examples(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, errA := diag.Compile(path, src, diag.Options{})
		b, errB := diag.Compile(path, src, diag.Options{})
		if errA != nil || errB != nil {
			t.Fatalf("Compile(%s): %v, %v", path, errA, errB)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("Compile(%s) gave different bytes on a second run", path)
		}
	}
}

// TestGoldenSafety parses every golden SVG with encoding/xml and finds no
// script element, no event attribute and no javascript: value.
func TestGoldenSafety(t *testing.T) {
	for _, path := range examples(t) {
		svgPath := strings.TrimSuffix(path, ".diag") + ".svg"
		data, err := os.ReadFile(svgPath)
		if err != nil {
			t.Errorf("%s: %v", svgPath, err)
			continue
		}
		for _, problem := range unsafeMarkup(data) {
			t.Errorf("%s: %s", svgPath, problem)
		}
	}
}

// unsafeMarkup decodes an SVG strictly and lists anything that could run
// code or fetch from outside.
func unsafeMarkup(data []byte) []string {
	var problems []string
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return append(problems, "not well-formed XML: "+err.Error())
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		name := strings.ToLower(el.Name.Local)
		if name == "script" || name == "foreignobject" || name == "iframe" {
			problems = append(problems, "element <"+name+">")
		}
		for _, a := range el.Attr {
			an := strings.ToLower(a.Name.Local)
			v := strings.ToLower(strings.TrimSpace(a.Value))
			if strings.HasPrefix(an, "on") {
				problems = append(problems, "event attribute "+an)
			}
			if strings.Contains(v, "javascript:") {
				problems = append(problems, "javascript: in "+an)
			}
			if an == "href" && !strings.HasPrefix(v, "#") {
				problems = append(problems, "external reference "+a.Value)
			}
		}
	}
	return problems
}

// TestHostileLabels compiles labels that look like markup and finds each one
// as visible text, unchanged, in the decoded SVG.
func TestHostileLabels(t *testing.T) {
	labels := []string{
		`<script>alert(1)</script>`,
		`"/><svg onload=alert(1)>`,
		`]]></style><script>x</script>`,
		`a & b < c > d ' e`,
	}
	var src strings.Builder
	src.WriteString("title \"Hostile labels\"\ngraph g {\n")
	for i, l := range labels {
		src.WriteString("  n" + string(rune('a'+i)) + " " + quote(l) + "\n")
	}
	src.WriteString("}\n")
	out, err := diag.Compile("hostile.diag", []byte(src.String()), diag.Options{})
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	if p := unsafeMarkup(out); len(p) > 0 {
		t.Fatalf("unsafe output: %v", p)
	}
	texts := svgTexts(t, out)
	for _, l := range labels {
		found := false
		for _, s := range texts {
			if s == l {
				found = true
			}
		}
		if !found {
			t.Errorf("label %q not found as text; texts: %q", l, texts)
		}
	}
}

// svgTexts returns the character data of every <text> element.
func svgTexts(t *testing.T, data []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var out []string
	depth := 0
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if v.Name.Local == "text" {
				depth++
				cur.Reset()
			}
		case xml.EndElement:
			if v.Name.Local == "text" {
				depth--
				out = append(out, cur.String())
			}
		case xml.CharData:
			if depth > 0 {
				cur.Write(v)
			}
		}
	}
}

func quote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
