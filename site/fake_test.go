package site

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag/internal/filetree"
)

// authored lists the diagrams of the fake curriculum: a few entries across
// three layers, the rest of the manifest stays "coming soon".
var authored = []struct{ dir, id string }{
	{"1-foundations", "bias-variance"},
	{"1-foundations", "gradient-descent"},
	{"4-deep-learning", "attention"},
	{"8-ai-security-governance", "ai-governance"},
}

// writeCurriculum writes a fake curriculum folder and returns its path.
func writeCurriculum(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{}
	for _, a := range authored {
		files[a.dir+"/"+a.id+".diag"] = fmt.Sprintf("diagram %q\n", a.id)
	}
	filetree.Write(t, dir, files)
	return dir
}

// fakeCompile stands in for the compiler: it returns a small SVG whose
// classes and keyframes carry a prefix per diagram, a <title>, a step
// caption, and a CSS animation unless static is set.
func fakeCompile(name string, src []byte, static bool) ([]byte, error) {
	if strings.Contains(string(src), "syntax error") {
		return nil, fmt.Errorf("%s:1:1: unexpected token", name)
	}
	id := strings.TrimSuffix(filepath.Base(name), ".diag")
	p := "d-" + id
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")
	// attention is tall, the others wide, as real diagrams differ.
	w, h := 1600, 1000
	if id == "attention" {
		w, h = 900, 1300
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" class="%s">`, w, h, w, h, p)
	fmt.Fprintf(&b, `<title>%s</title>`, id)
	b.WriteString(`<style>`)
	fmt.Fprintf(&b, `.%s-box{fill:#dbe7fb;stroke:#1f4e99;stroke-width:3}.%s-text{font:32px sans-serif;fill:#16191f}.%s-cap{font:28px sans-serif;fill:#545c6b}`, p, p, p)
	if !static {
		fmt.Fprintf(&b, `@keyframes %s-k1{from{opacity:0}to{opacity:1}}@keyframes %s-k2{from{transform:translateX(-200px)}to{transform:none}}`, p, p)
		fmt.Fprintf(&b, `.%s-a1{animation:%s-k1 2s linear 0s both}.%s-a2{animation:%s-k2 3s ease 1s both}`, p, p, p, p)
	}
	b.WriteString(`</style>`)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`, w, h)
	fmt.Fprintf(&b, `<rect class="%s-box %s-a1" x="100" y="120" width="600" height="300" rx="16"/>`, p, p)
	fmt.Fprintf(&b, `<rect class="%s-box %s-a2" x="900" y="120" width="600" height="300" rx="16"/>`, p, p)
	fmt.Fprintf(&b, `<text class="%s-text" x="120" y="80">%s</text>`, p, id)
	fmt.Fprintf(&b, `<text class="%s-cap" x="120" y="%d">Step 1 · the caption of %s</text>`, p, h-40, id)
	b.WriteString(`</svg>`)
	return []byte(b.String()), nil
}

// fakeFonts stands in for the font subsetter: it returns a comment.
func fakeFonts(sources [][]byte) (string, error) {
	return "/* font */\n", nil
}
