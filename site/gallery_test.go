package site

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// titledCompile draws a source whose first line is `title "…"` with that
// title in the picture's <title>, escaped as the renderer escapes it.
func titledCompile(name string, src []byte, static bool) ([]byte, error) {
	first, _, _ := strings.Cut(string(src), "\n")
	var title string
	if t, ok := strings.CutPrefix(first, "title "); ok {
		title = "<title>" + html.EscapeString(strings.Trim(t, `"`)) + "</title>"
	}
	return []byte(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">%s<text font-size="20">x</text></svg>`, title)), nil
}

func TestBuildGallery(t *testing.T) {
	dir := t.TempDir()
	filetree.Write(t, dir, map[string]string{
		"top.diag":                "title \"At the top\"\n",
		"b-folder/two.diag":       "title \"Two & more\"\n",
		"b-folder/one.diag":       "no title here\n",
		"a-folder/deep/x.diag":    "title \"Deep\"\n",
		"a-folder/odd name!.diag": "title \"Odd\"\n",
		"a-folder/odd-name-.diag": "title \"Clash\"\n",
		".git/hidden.diag":        "title \"Hidden\"\n",
		"notes.txt":               "not a diagram",
	})
	out := filepath.Join(t.TempDir(), "site")
	r, err := Build(Options{Dir: dir, Out: out, Compile: titledCompile})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"top", "a-folder.odd-name-", "a-folder.odd-name--2", "a-folder.deep.x", "b-folder.one", "b-folder.two"}
	if diff := cmp.Diff(wantIDs, r.Authored); diff != "" {
		t.Errorf("Report.Authored (-want +got):\n%s", diff)
	}
	if !r.Gallery || r.Sections != 4 || r.Entries != 6 || r.ComingSoon != 0 || len(r.Unlisted) != 0 {
		t.Errorf("Report = %+v, want a gallery of 6 diagrams in 4 folders", r)
	}
	if got, want := r.String(), "6 diagrams in 4 folders; "; !strings.HasPrefix(got, want) {
		t.Errorf("Report.String() = %q, want it to start with %q", got, want)
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(page)
	for _, want := range []string{
		`<p class="counts" id="counts">6 diagrams in 4 folders.</p>`,
		`data-store="diag.studied.v1:` + filepath.Base(dir) + `"`,
		`<h3 class="tile-title">At the top</h3>`,
		`<h3 class="tile-title">Two &amp; more</h3>`,
		`<h3 class="tile-title">one</h3>`, // no title: the file name
		`<p class="tile-tagline">a-folder/deep/x.diag</p>`,
		`Folder 2: </span>a-folder</h2>`,
		`Folder 3: </span>a-folder/deep</h2>`,
		`Folder 4: </span>b-folder</h2>`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	if strings.Contains(text, "Hidden") || strings.Contains(text, "Coming soon") || strings.Contains(text, "Layer") {
		t.Errorf("index.html shows a hidden folder's diagram, a coming-soon tile or a layer")
	}
	for _, id := range wantIDs {
		for _, f := range []string{"d/" + id + ".js", "thumbs/" + id + ".svg"} {
			if _, err := os.Stat(filepath.Join(out, f)); err != nil {
				t.Errorf("missing %s: %v", f, err)
			}
		}
	}
}

func TestGalleryOfNothing(t *testing.T) {
	dir := t.TempDir()
	r, err := Build(Options{Dir: dir, Out: filepath.Join(t.TempDir(), "site"), Compile: titledCompile})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Gallery || len(r.Authored) != 0 {
		t.Errorf("Report = %+v, want an empty gallery", r)
	}
}

func TestSVGTitle(t *testing.T) {
	for svg, want := range map[string]string{
		`<?xml version="1.0"?><!-- <title>no</title> --><svg><title>A &lt;b&gt; &amp;  c</title></svg>`: "A <b> & c",
		`<svg viewBox="0 0 1 1"><text>x</text></svg>`:                                                   "",
		`no svg <title>x</title>`: "",
	} {
		if got := svgTitle([]byte(svg)); got != want {
			t.Errorf("svgTitle(%q) = %q, want %q", svg, got, want)
		}
	}
}
