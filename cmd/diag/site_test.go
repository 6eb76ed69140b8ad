package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/image/font/sfnt"

	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/filetree"
)

// curriculumDir makes a curriculum folder holding the first manifest entry,
// written with src, and returns it.
func curriculumDir(t *testing.T, src []byte) string {
	t.Helper()
	dir := t.TempDir()
	e := curriculum.Entries()[0]
	l, ok := curriculum.LayerOf(e.Layer)
	if !ok {
		t.Fatalf("entry %s has no layer", e.ID)
	}
	filetree.Write(t, dir, map[string]string{l.Dir() + "/" + e.ID + ".diag": string(src)})
	return dir
}

func TestSite(t *testing.T) {
	helloCompiles(t)
	dir := curriculumDir(t, readTestdata(t, "hello.diag"))
	out := filepath.Join(t.TempDir(), "site")
	got := runDiag(t, dir, "", "site", "-o", out, dir)
	if got.code != 0 {
		t.Fatalf("site = %d, want 0; stderr:\n%s", got.code, got.stderr)
	}
	if !strings.Contains(got.stdout, "1 of ") {
		t.Errorf("site report %q does not say one diagram was authored", got.stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("site wrote no index.html: %v", err)
	}
}

func TestSiteErrorKeepsOldSite(t *testing.T) {
	dir := curriculumDir(t, readTestdata(t, "bad.diag"))
	out := filepath.Join(t.TempDir(), "site")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(out, "index.html")
	if err := os.WriteFile(old, []byte("old site"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := runDiag(t, dir, "", "site", dir, "-o", out)
	if got.code != 1 {
		t.Errorf("site with a bad diagram = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	if b, _ := os.ReadFile(old); string(b) != "old site" {
		t.Errorf("site with a bad diagram changed index.html to %.100q", b)
	}
	if missing := runDiag(t, dir, "", "site", filepath.Join(dir, "nosuch"), "-o", out); missing.code != 1 {
		t.Errorf("site with a missing folder = %d, want 1; stderr:\n%s", missing.code, missing.stderr)
	}
}

func TestLayoutJSON(t *testing.T) {
	helloCompiles(t)
	dir := setupDir(t)
	got := runDiag(t, dir, "", "layout", "$D/hello.diag", "--json")
	if got.code != 0 {
		t.Fatalf("layout = %d, want 0; stderr:\n%s", got.code, got.stderr)
	}
	if !json.Valid([]byte(got.stdout)) {
		t.Errorf("layout printed invalid JSON: %.300s", got.stdout)
	}
	if !strings.Contains(got.stdout, "Animated SVG") {
		t.Errorf("layout JSON does not hold the node text: %.300s", got.stdout)
	}
}

// siteSource is a diagram for the site tests: hello.diag with its title
// set to title.
func siteSource(t *testing.T, title string) []byte {
	t.Helper()
	src := readTestdata(t, "hello.diag")
	return []byte(strings.Replace(string(src), `title "Hello, diag"`, "title "+title, 1))
}

// manifest returns the files the marker of the site in out lists.
func manifest(t *testing.T, out string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, ".diag-site"))
	if err != nil {
		t.Errorf("site has no marker: %v", err)
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "# diag site") {
		t.Fatalf("marker = %q, want a header line and the files", b)
	}
	return append(lines[1:], ".diag-site")
}

// userFiles returns the entries of the snapshots before and after a build
// that are not the site's: the files of the marker, and the folders that
// hold them if the build made those.
func userFiles(before, after map[string]filetree.Entry, written []string) (map[string]filetree.Entry, map[string]filetree.Entry) {
	made := slices.Clone(written)
	for _, name := range written {
		for d := path.Dir(name); d != "."; d = path.Dir(d) {
			if _, ok := before[d]; !ok {
				made = append(made, d)
			}
		}
	}
	return filetree.Without(before, written), filetree.Without(after, made)
}

// TestSiteKeepsAddedFiles adds what a user keeps beside a published site
// and rebuilds it: nothing outside the marker's list may change.
func TestSiteKeepsAddedFiles(t *testing.T) {
	helloCompiles(t)
	dir := curriculumDir(t, readTestdata(t, "hello.diag"))
	out := filepath.Join(t.TempDir(), "site")
	if got := runDiag(t, dir, "", "site", dir, "-o", out); got.code != 0 {
		t.Fatalf("site = %d; stderr:\n%s", got.code, got.stderr)
	}
	filetree.Write(t, out, map[string]string{
		".git/HEAD":          "ref: refs/heads/main\n",
		".git/objects/ab/cd": "object",
		"CNAME":              "diagrams.example.org\n",
		"README.md":          "# Our diagrams\n",
		"thumbs/notes.txt":   "kept beside the thumbnails",
		"d/extra/keep.js":    "// mine",
	})
	if err := os.Chmod(filepath.Join(out, "CNAME"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("README.md", filepath.Join(out, "readme-link")); err != nil {
		t.Fatal(err)
	}
	before := filetree.Snapshot(t, out)
	if got := runDiag(t, dir, "", "site", dir, "-o", out); got.code != 0 {
		t.Fatalf("rebuild = %d; stderr:\n%s", got.code, got.stderr)
	}
	after := filetree.Snapshot(t, out)
	written := manifest(t, out)
	if diff := cmp.Diff(userFiles(before, after, written)); diff != "" {
		t.Errorf("rebuild changed files it did not write (-before +after):\n%s", diff)
	}
	for _, name := range written {
		if _, ok := after[name]; !ok {
			t.Errorf("marker lists %s, which is not in the site", name)
		}
		if strings.HasPrefix(name, ".git/") || name == "CNAME" || name == "README.md" {
			t.Errorf("marker lists the user's file %s", name)
		}
	}
}

// TestSiteRefusesForeignFolder builds into a web folder of the user's own
// that holds an index.html and a site.js: refused without --force, and
// with it nothing outside the site's own files changes.
func TestSiteRefusesForeignFolder(t *testing.T) {
	helloCompiles(t)
	dir := curriculumDir(t, readTestdata(t, "hello.diag"))
	web := t.TempDir()
	filetree.Write(t, web, map[string]string{
		"index.html":    "<h1>my home page</h1>",
		"site.js":       "console.log('mine')",
		"about.html":    "<p>about me</p>",
		"css/main.css":  "body{}",
		".git/config":   "[core]",
		"thumbs/me.jpg": "jpeg",
	})
	before := filetree.Snapshot(t, web)
	got := runDiag(t, dir, "", "site", dir, "-o", web)
	if got.code != 1 {
		t.Errorf("site into a foreign folder = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	for _, want := range []string{"index.html", "site.js", "--force"} {
		if !strings.Contains(got.stderr, want) {
			t.Errorf("refusal does not name %q:\n%s", want, got.stderr)
		}
	}
	if diff := cmp.Diff(before, filetree.Snapshot(t, web)); diff != "" {
		t.Errorf("refused site changed the folder (-before +after):\n%s", diff)
	}

	got = runDiag(t, dir, "", "site", dir, "-o", web, "--force")
	if got.code != 0 {
		t.Fatalf("site --force = %d; stderr:\n%s", got.code, got.stderr)
	}
	written := manifest(t, web)
	if diff := cmp.Diff(userFiles(before, filetree.Snapshot(t, web), written)); diff != "" {
		t.Errorf("site --force changed files it did not write (-before +after):\n%s", diff)
	}
	if b, _ := os.ReadFile(filepath.Join(web, "index.html")); !strings.Contains(string(b), "<!doctype html>") {
		t.Errorf("site --force did not write index.html: %.80q", b)
	}
	// The folder is now marked: a rebuild needs no --force and still keeps
	// the user's files.
	if got := runDiag(t, dir, "", "site", dir, "-o", web); got.code != 0 {
		t.Errorf("rebuild of a forced site = %d; stderr:\n%s", got.code, got.stderr)
	}
	if diff := cmp.Diff(userFiles(before, filetree.Snapshot(t, web), written)); diff != "" {
		t.Errorf("rebuild changed files it did not write (-before +after):\n%s", diff)
	}
}

// TestSiteSymlinkedSource points the output at the folder around the
// curriculum, reached through a symlink: refused, with or without
// --force, and no source changes.
func TestSiteSymlinkedSource(t *testing.T) {
	helloCompiles(t)
	work := t.TempDir()
	proj := filepath.Join(work, "proj")
	cur := curriculumDir(t, readTestdata(t, "hello.diag"))
	if err := os.MkdirAll(proj, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(cur, filepath.Join(proj, "curriculum")); err != nil {
		t.Fatal(err)
	}
	filetree.Write(t, proj, map[string]string{"index.html": "<h1>project page</h1>", "site.js": "//", "go.mod": "module x"})
	if err := os.Symlink(filepath.Join("proj", "curriculum"), filepath.Join(work, "curlink")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("proj", filepath.Join(work, "projlink")); err != nil {
		t.Fatal(err)
	}
	before := filetree.Snapshot(t, proj)
	tests := [][]string{
		{"site", "$D/curlink", "-o", "$D/proj"},
		{"site", "$D/curlink", "-o", "$D/proj", "--force"},
		{"site", "$D/proj/curriculum", "-o", "$D/projlink"},
		{"site", "$D/curlink", "-o", "$D/proj/curriculum/site"},
		{"site", "$D/curlink", "-o", "$D/projlink/curriculum/1-foundations", "--force"},
	}
	for _, args := range tests {
		got := runDiag(t, work, "", args...)
		if got.code != 1 || !strings.Contains(got.stderr, "folder of diagrams") {
			t.Errorf("diag %q = %d, want 1 and an error naming the folder of diagrams; stderr:\n%s", args, got.code, got.stderr)
		}
		if diff := cmp.Diff(before, filetree.Snapshot(t, proj)); diff != "" {
			t.Fatalf("diag %q changed the project (-before +after):\n%s", args, diff)
		}
	}
}

// TestSiteErrorOnce checks that a diagram that fails prints its error
// once, with the source line and a caret, although the site compiles it
// twice (the animation and the thumbnail).
func TestSiteErrorOnce(t *testing.T) {
	dir := curriculumDir(t, readTestdata(t, "bad.diag"))
	got := runDiag(t, dir, "", "site", dir, "-o", filepath.Join(t.TempDir(), "site"))
	if got.code != 1 {
		t.Fatalf("site with a bad diagram = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	if n := strings.Count(got.stderr, "string not closed"); n != 1 {
		t.Errorf("the error is printed %d times, want once:\n%s", n, got.stderr)
	}
	for _, want := range []string{`.diag:1:7: string not closed`, `    title "Broken`, "          ^"} {
		if !strings.Contains(got.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, got.stderr)
		}
	}
}

// fontRunes reports, for each rune of want, whether the sans-serif face of
// the fonts.css in out has a glyph for it.
func fontRunes(t *testing.T, out string, want string) map[rune]bool {
	t.Helper()
	css, err := os.ReadFile(filepath.Join(out, "fonts.css"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`font-family:diag-sans;src:url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)`).FindSubmatch(css)
	if m == nil {
		t.Fatalf("fonts.css has no diag-sans face: %.200s", css)
	}
	data, err := base64.StdEncoding.DecodeString(string(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatalf("fonts.css: %v", err)
	}
	has := map[rune]bool{}
	for _, r := range want {
		g, err := f.GlyphIndex(nil, r)
		has[r] = err == nil && g != 0
	}
	return has
}

// TestSiteFontEscapes writes characters as \u{…} escapes: the site's font
// must cover the characters, not the backslashes and hex digits.
func TestSiteFontEscapes(t *testing.T) {
	helloCompiles(t)
	dir := curriculumDir(t, siteSource(t, `"\u{416} and \u{2135}"`))
	out := filepath.Join(t.TempDir(), "site")
	if got := runDiag(t, dir, "", "site", dir, "-o", out); got.code != 0 {
		t.Fatalf("site = %d; stderr:\n%s", got.code, got.stderr)
	}
	if diff := cmp.Diff(map[rune]bool{'Ж': true, 'ℵ': true}, fontRunes(t, out, "Жℵ")); diff != "" {
		t.Errorf("fonts.css coverage of escaped characters (-want +got):\n%s", diff)
	}
}

// TestSiteSymlinkedDir builds from a curriculum folder reached through a
// symlink: its diagrams are walked (an unlisted one is reported) and their
// characters are in the font.
func TestSiteSymlinkedDir(t *testing.T) {
	helloCompiles(t)
	dir := curriculumDir(t, siteSource(t, `"Жук"`))
	filetree.Write(t, dir, map[string]string{"1-foundations/typo.diag": `title "ℵ"`})
	link := filepath.Join(t.TempDir(), "curlink")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	got := runDiag(t, dir, "", "site", link, "-o", out)
	if got.code != 0 {
		t.Fatalf("site = %d; stderr:\n%s", got.code, got.stderr)
	}
	if !strings.Contains(got.stderr, "1-foundations/typo.diag: not in the curriculum manifest") {
		t.Errorf("site through a symlink does not report the unlisted diagram; stderr:\n%s", got.stderr)
	}
	if !fontRunes(t, out, "Ж")['Ж'] {
		t.Errorf("fonts.css lacks Ж, written in the diagram under the symlinked folder")
	}
}
