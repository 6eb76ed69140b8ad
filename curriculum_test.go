package diag_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/font"
	"github.com/aiprep/diag/internal/golden"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// requiredLayers are the curriculum layers whose diagrams must all exist.
const requiredLayers = 4

// sheet is one curriculum diagram on disk.
type sheet struct {
	entry curriculum.Entry
	path  string
}

// sheets returns the manifest's diagrams that exist on disk, in manifest
// order.
func sheets(t testing.TB) []sheet {
	t.Helper()
	var out []sheet
	for _, e := range curriculum.Entries() {
		if p := sheetPath(e); exists(p) {
			out = append(out, sheet{e, p})
		}
	}
	return out
}

func sheetPath(e curriculum.Entry) string {
	l, _ := curriculum.LayerOf(e.Layer)
	return filepath.Join("curriculum", l.Dir(), e.ID+".diag")
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestCurriculumFiles checks that the files on disk match the manifest:
// every diagram of the required layers exists, and every .diag file under
// curriculum/ is a manifest entry in its layer's folder.
func TestCurriculumFiles(t *testing.T) {
	want := map[string]bool{}
	for _, e := range curriculum.Entries() {
		p := sheetPath(e)
		want[filepath.ToSlash(p)] = true
		if e.Layer <= requiredLayers && !exists(p) {
			t.Errorf("%s (%s) is missing", p, e.Title)
		}
	}
	files, _ := filepath.Glob(filepath.Join("curriculum", "*", "*.diag"))
	for _, f := range files {
		if !want[filepath.ToSlash(f)] {
			t.Errorf("%s is not in the manifest (curriculum/ids.tsv) or sits in the wrong layer folder", f)
		}
	}
}

// TestCurriculum checks every authored sheet: it compiles and matches its
// golden SVG; the header comes from the manifest; the quality checks find no
// overlap or overflow; every character is in the embedded font; the
// animation has at least three steps; and the must-show key strings appear.
func TestCurriculum(t *testing.T) {
	for _, s := range sheets(t) {
		t.Run(s.entry.ID, func(t *testing.T) {
			src, err := os.ReadFile(s.path)
			if err != nil {
				t.Fatal(err)
			}
			out, err := diag.Compile(s.path, src, diag.Options{Sheets: curriculum.Catalog{}})
			if err != nil {
				t.Fatalf("compile:\n%s", dsl.FormatError(src, err))
			}
			golden.CheckSVG(t, strings.TrimSuffix(s.path, ".diag")+".svg", out)

			d, f, err := dsl.Compile(s.path, src)
			if err != nil {
				t.Fatal(err)
			}
			if f.Sheet != s.entry.ID {
				t.Errorf("the file says sheet %q, want \"sheet %s\"", f.Sheet, s.entry.ID)
			}
			if d.Script == nil || len(d.Script.Steps) < 3 {
				t.Errorf("the animation has fewer than three steps")
			}
			if len(d.Asks) < 3 || len(d.Asks) > 4 {
				t.Errorf("%d interview questions, want 3 or 4", len(d.Asks))
			}
			if len(d.Legend) == 0 {
				t.Errorf("no legend")
			}
			if d.Title != "" && d.Title != s.entry.Title {
				t.Errorf("title %q, want the manifest's %q", d.Title, s.entry.Title)
			}
			sc, err := layoutSheet(s.path, src)
			if err != nil {
				t.Fatal(err)
			}
			if sc.Title != s.entry.Title || sc.Desc != s.entry.Tagline {
				t.Errorf("header %q / %q, want %q / %q", sc.Title, sc.Desc, s.entry.Title, s.entry.Tagline)
			}
			r := quality.Measure(sc.Geometry())
			if r.Violations() > 0 {
				t.Errorf("quality: %d violations (%d legends or labels over a mark):\n%s", r.Violations(), r.OverMarks, strings.Join(r.Problems, "\n"))
			}
			var all strings.Builder
			scene.Walk(sc.Items, func(it scene.Item) bool {
				if tx, ok := it.(*scene.Text); ok {
					// The runs of a line of rich text are joined without the
					// spaces between them, which are gaps.
					for _, run := range tx.Runs {
						all.WriteString(strings.ReplaceAll(run.Text, " ", ""))
						if m := font.Missing(font.Face(run.Face), run.Text); len(m) > 0 {
							t.Errorf("text %q uses characters the font lacks: %q", run.Text, string(m))
						}
					}
				}
				all.WriteByte('\n')
				return true
			})
			text := all.String()
			keys := curriculum.Keys(s.entry.ID)
			if len(keys) < 3 {
				t.Errorf("curriculum/keys.tsv lists %d must-show strings for %s, want at least 3", len(keys), s.entry.ID)
			}
			for _, k := range keys {
				// A key is written as the sheet writes it, in markup.
				plain := k
				if spans, err := diagram.ParseMarkup(k); err == nil {
					plain = diagram.PlainText(spans)
				}
				if !strings.Contains(text, strings.ReplaceAll(plain, " ", "")) {
					t.Errorf("must-show text %q not found in the picture", k)
				}
			}
		})
	}
}

// layoutSheet compiles a sheet to its laid-out scene, with the header
// filled from the manifest.
func layoutSheet(name string, src []byte) (*scene.Scene, error) {
	return diag.Scene(name, src, diag.Options{Sheets: curriculum.Catalog{}})
}

// BenchmarkCurriculum compiles every authored sheet once per iteration.
func BenchmarkCurriculum(b *testing.B) {
	type file struct {
		name string
		src  []byte
	}
	var files []file
	for _, s := range sheets(b) {
		src, err := os.ReadFile(s.path)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, file{s.path, src})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := diag.Compile(f.name, f.src, diag.Options{Sheets: curriculum.Catalog{}}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
