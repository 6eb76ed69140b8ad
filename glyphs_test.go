package diag_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/scene"
	"github.com/aiprep/diag/svg"
)

// TestGlyphs checks that svg.Glyphs holds every character that the
// examples and sheets show and their sources do not contain: the
// characters the engine writes by itself, which a page whose pictures
// share one font (FontCSS) must have. Headers are left out; their words
// come from the sources or the sheet catalog.
func TestGlyphs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil {
		t.Fatal(err)
	}
	sheets, err := filepath.Glob(filepath.Join("curriculum", "*", "*.diag"))
	if err != nil {
		t.Fatal(err)
	}
	escape := regexp.MustCompile(`\\u\{([0-9a-fA-F]+)\}`)
	drawn := map[rune]string{} // character -> a file that shows it
	for _, path := range append(files, sheets...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var sc *scene.Scene
		if strings.HasPrefix(path, "curriculum") {
			sc, err = layoutSheet(path, src)
		} else {
			sc, err = diag.Scene(path, src, diag.Options{})
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		known := string(src)
		for _, m := range escape.FindAllStringSubmatch(known, -1) {
			if r, err := strconv.ParseInt(m[1], 16, 32); err == nil {
				known += string(rune(r))
			}
		}
		scene.Walk(sc.Items, func(it scene.Item) bool {
			if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindHeader {
				return false
			}
			if tx, ok := it.(*scene.Text); ok {
				for _, r := range tx.String() {
					if r >= 0x80 && !strings.ContainsRune(known, r) {
						drawn[r] = path
					}
				}
			}
			return true
		})
	}
	if len(drawn) == 0 {
		t.Fatal("no picture shows a character of its own; the test checks nothing")
	}
	for r, path := range drawn {
		if !strings.ContainsRune(svg.Glyphs, r) {
			t.Errorf("%s shows %q, which its source does not contain and svg.Glyphs lacks", path, r)
		}
	}
}
