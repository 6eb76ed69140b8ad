package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/filetree"
	"github.com/google/go-cmp/cmp"
)

func buildFake(t *testing.T) (string, Report) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "site")
	r, err := Build(Options{Dir: writeCurriculum(t), Out: out, Compile: fakeCompile, FontCSS: fakeFonts})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return out, r
}

func TestBuildFiles(t *testing.T) {
	out, r := buildFake(t)
	t.Logf("fake site: %v; %d bytes in all", r, r.Bytes.Total())
	tree := filetree.Read(t, out)
	want := []string{
		".diag-site",
		"d/ai-governance.js", "d/attention.js", "d/bias-variance.js", "d/gradient-descent.js",
		"fonts.css", "icon.svg", "index.html", "site.css", "site.js",
		"thumbs/ai-governance.svg", "thumbs/attention.svg", "thumbs/bias-variance.svg", "thumbs/gradient-descent.svg",
	}
	if diff := cmp.Diff(want, slices.Sorted(maps.Keys(tree))); diff != "" {
		t.Errorf("Build files mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"bias-variance", "gradient-descent", "attention", "ai-governance"}, r.Authored); diff != "" {
		t.Errorf("Report.Authored mismatch (-want +got):\n%s", diff)
	}
	if r.Entries != 68 || r.ComingSoon != 64 {
		t.Errorf("Report = %d entries, %d coming soon; want 68, 64", r.Entries, r.ComingSoon)
	}
	wantMarker := markerHeader + "\n" + strings.Join(want[1:], "\n") + "\n"
	if diff := cmp.Diff(wantMarker, tree[".diag-site"]); diff != "" {
		t.Errorf("marker mismatch (-want +got):\n%s", diff)
	}
	var total int64
	for name, s := range tree {
		if name != ".diag-site" {
			total += int64(len(s))
		}
	}
	if r.Bytes.Total() != total {
		t.Errorf("Report.Bytes.Total() = %d, want %d (sum of files)", r.Bytes.Total(), total)
	}
	if r.Bytes.Fonts != int64(len("/* font */\n")) || tree["fonts.css"] != "/* font */\n" {
		t.Errorf("fonts.css = %q (%d bytes counted), want Options.FontCSS", tree["fonts.css"], r.Bytes.Fonts)
	}
	static, _ := fakeCompile("x/bias-variance.diag", nil, true)
	if tree["thumbs/bias-variance.svg"] != string(static) {
		t.Errorf("thumbs/bias-variance.svg is not the static compile")
	}
}

func TestDiagramScript(t *testing.T) {
	out, _ := buildFake(t)
	got, err := os.ReadFile(filepath.Join(out, "d", "attention.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`^window\.diagLoaded\("attention", (".*")\);\n$`).FindSubmatch(got)
	if m == nil {
		t.Fatalf("d/attention.js = %.120q..., want window.diagLoaded(\"attention\", \"<svg…>\");", got)
	}
	var svg string
	if err := json.Unmarshal(m[1], &svg); err != nil {
		t.Fatalf("d/attention.js: markup is not a JSON string: %v", err)
	}
	full, _ := fakeCompile("4-deep-learning/attention.diag", nil, false)
	want := string(full[bytes.Index(full, []byte("<svg")):])
	if svg != want {
		t.Errorf("d/attention.js markup mismatch (-want +got):\n%s", cmp.Diff(want, svg))
	}
	if bytes.Contains(got, []byte(`\u003c`)) {
		t.Errorf("d/attention.js escapes < as \\u003c; want plain markup")
	}
}

func TestIndexTiles(t *testing.T) {
	out, _ := buildFake(t)
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)

	site := curriculum.SiteText()
	for _, want := range []string{
		"<title>AI Interview Prep</title>",
		"<h1>" + site.Title + "</h1>",
		`<p class="subtitle">` + site.Subtitle + "</p>",
		`<p class="intro">` + site.Intro + "</p>",
		`<img src="thumbs/bias-variance.svg?v=`,
		`alt="Bias–Variance Tradeoff — Underfitting, overfitting, and the sweet spot." width="1600" height="1000"`,
		`data-kicker="AI Interview Prep · Layer 1 · Foundations"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}

	// Tiles in manifest order, authored ones open, the others coming soon.
	tileRE := regexp.MustCompile(`<li class="tile( soon)?"(?: data-id="([^"]+)")?[^>]*>\s*(?:<a class="open" href="#([^"]+)">)?[\s\S]*?<h3 class="tile-title">([^<]*)</h3>`)
	type tileInfo struct {
		Soon  bool
		ID    string
		Title string
	}
	var got, want []tileInfo
	for _, m := range tileRE.FindAllStringSubmatch(s, -1) {
		if m[2] != m[3] {
			t.Errorf("tile data-id %q links to #%q", m[2], m[3])
		}
		got = append(got, tileInfo{Soon: m[1] != "", ID: m[2], Title: m[4]})
	}
	isAuthored := map[string]bool{}
	for _, a := range authored {
		isAuthored[a.id] = true
	}
	for _, e := range curriculum.Entries() {
		ti := tileInfo{Soon: !isAuthored[e.ID], Title: e.Title}
		if !ti.Soon {
			ti.ID = e.ID
		}
		want = append(want, ti)
	}
	// html/template escapes & and similar in text.
	for i := range got {
		got[i].Title = strings.NewReplacer("&amp;", "&", "&#39;", "'", "&lt;", "<", "&gt;", ">").Replace(got[i].Title)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("index.html tiles mismatch (-want +got):\n%s", diff)
	}

	// Layers in order.
	layerRE := regexp.MustCompile(`<section class="layer" id="layer-(\d)"`)
	var layers []string
	for _, m := range layerRE.FindAllStringSubmatch(s, -1) {
		layers = append(layers, m[1])
	}
	if diff := cmp.Diff([]string{"1", "2", "3", "4", "5", "6", "7", "8"}, layers); diff != "" {
		t.Errorf("index.html layers mismatch (-want +got):\n%s", diff)
	}
}

// TestNoExternalReferences checks that no file of the site points at
// anything outside its own folder.
func TestNoExternalReferences(t *testing.T) {
	out, _ := buildFake(t)
	ref := regexp.MustCompile(`(?i)(?:src|href)\s*=\s*["']([^"']*)["']|url\(\s*["']?([^"')]*)|@import\s+["']([^"']*)`)
	for name, content := range filetree.Read(t, out) {
		for _, m := range ref.FindAllStringSubmatch(content, -1) {
			u := m[1] + m[2] + m[3]
			if strings.Contains(u, "//") || strings.HasPrefix(u, "/") || strings.Contains(u, ":") && !strings.HasPrefix(u, "data:") {
				t.Errorf("%s refers to %q outside the site", name, u)
			}
		}
		if strings.Contains(content, "fetch(") || strings.Contains(content, "XMLHttpRequest") {
			t.Errorf("%s uses fetch or XHR, which fail from file://", name)
		}
	}
}

func TestBuildDeterministic(t *testing.T) {
	dir := writeCurriculum(t)
	var trees []map[string]string
	for range 2 {
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{Dir: dir, Out: out, Compile: fakeCompile}); err != nil {
			t.Fatal(err)
		}
		trees = append(trees, filetree.Read(t, out))
	}
	if diff := cmp.Diff(trees[0], trees[1]); diff != "" {
		t.Errorf("two builds differ (-first +second):\n%s", diff)
	}
}

func TestBuildFailureKeepsOldSite(t *testing.T) {
	dir := writeCurriculum(t)
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{Dir: dir, Out: out, Compile: fakeCompile}); err != nil {
		t.Fatal(err)
	}
	before := filetree.Read(t, out)

	bad := filepath.Join(dir, "1-foundations", "bias-variance.diag")
	if err := os.WriteFile(bad, []byte("syntax error"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad2 := filepath.Join(dir, "4-deep-learning", "attention.diag")
	if err := os.WriteFile(bad2, []byte("syntax error"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Build(Options{Dir: dir, Out: out, Compile: fakeCompile})
	if err == nil {
		t.Fatal("Build with broken diagrams succeeded, want an error")
	}
	for _, p := range []string{bad, bad2} {
		if !strings.Contains(err.Error(), p+":1:1: unexpected token") {
			t.Errorf("Build error = %v, want one naming %s", err, p)
		}
	}
	if diff := cmp.Diff(before, filetree.Read(t, out)); diff != "" {
		t.Errorf("failed Build changed the old site (-before +after):\n%s", diff)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("failed Build left temporary folders: %v", entries)
	}
}

func TestBuildErrors(t *testing.T) {
	dir := writeCurriculum(t)
	out := filepath.Join(t.TempDir(), "site")
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no dir", Options{Out: out, Compile: fakeCompile}, "Options.Dir and Options.Out must be set"},
		{"no out", Options{Dir: dir, Compile: fakeCompile}, "Options.Dir and Options.Out must be set"},
		{"no compiler", Options{Dir: dir, Out: out}, "Options.Compile must be set"},
		{"missing dir", Options{Dir: filepath.Join(dir, "nope"), Out: out, Compile: fakeCompile}, "folder of diagrams"},
		{"not svg", Options{Dir: dir, Out: out, Compile: func(string, []byte, bool) ([]byte, error) { return []byte("hello"), nil }}, "compiler returned no <svg> element"},
		{"panic", Options{Dir: dir, Out: out, Compile: func(string, []byte, bool) ([]byte, error) { panic("boom") }}, "compiler panic: boom"},
		{"error", Options{Dir: dir, Out: out, Compile: func(string, []byte, bool) ([]byte, error) { return nil, errors.New("bad") }}, "bad"},
	}
	for _, tt := range tests {
		_, err := Build(tt.opts)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Build error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("failed builds created %s", out)
	}
}

func TestBuildRefusesOutput(t *testing.T) {
	dir := writeCurriculum(t)
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out, want string
	}{
		{"curriculum itself", dir, "holds the folder of diagrams"},
		{"around the curriculum", filepath.Dir(dir), "holds the folder of diagrams"},
		{"folder with other files", other, "is not empty and holds no site"},
	}
	for _, tt := range tests {
		_, err := Build(Options{Dir: dir, Out: tt.out, Compile: fakeCompile})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Build error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(other, "notes.txt")); err != nil || string(b) != "keep me" {
		t.Errorf("refused Build changed %s: %q, %v", other, b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "1-foundations", "bias-variance.diag")); err != nil {
		t.Errorf("refused Build changed the curriculum folder: %v", err)
	}
	// An empty folder and a folder holding an earlier site are fine.
	empty := t.TempDir()
	for range 2 {
		if _, err := Build(Options{Dir: dir, Out: empty, Compile: fakeCompile}); err != nil {
			t.Errorf("Build into %s: %v", empty, err)
		}
	}
}

func TestBuildUnlisted(t *testing.T) {
	dir := writeCurriculum(t)
	filetree.Write(t, dir, map[string]string{
		"2-supervised-learning/bias-variance.diag": "x",
		"1-foundations/typo.diag":                  "x",
		"1-foundations/notes.txt":                  "x",
	})
	r, err := Build(Options{Dir: dir, Out: filepath.Join(t.TempDir(), "site"), Compile: fakeCompile})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1-foundations/typo.diag", "2-supervised-learning/bias-variance.diag"}
	if diff := cmp.Diff(want, r.Unlisted); diff != "" {
		t.Errorf("Report.Unlisted mismatch (-want +got):\n%s", diff)
	}
}

func TestSVGSize(t *testing.T) {
	tests := []struct {
		svg  string
		w, h int
	}{
		{`<svg viewBox="0 0 1600 1000">`, 1600, 1000},
		{`<?xml version="1.0"?><svg xmlns="x" viewBox="0,0,640.4,480.6" width="1">`, 640, 481},
		{`<svg width="10" height="10">`, 0, 0},
		{`<svg viewBox="0 0 -5 10">`, 0, 0},
		{`no svg`, 0, 0},
	}
	for _, tt := range tests {
		w, h := svgSize([]byte(tt.svg))
		if w != tt.w || h != tt.h {
			t.Errorf("svgSize(%q) = %d, %d; want %d, %d", tt.svg, w, h, tt.w, tt.h)
		}
	}
}

func TestReportString(t *testing.T) {
	r := Report{Entries: 68, Authored: []string{"a", "b"}, ComingSoon: 66, Bytes: Bytes{Page: 41200, Fonts: 100, Thumbs: 6000, Diagrams: 9300}}
	want := "2 of 68 diagrams authored, 66 coming soon; 41.2 kB page, 0.1 kB fonts, 6.0 kB thumbnails, 9.3 kB diagrams"
	if got := r.String(); got != want {
		t.Errorf("Report.String() = %q, want %q", got, want)
	}
}

func TestSearchText(t *testing.T) {
	tests := []struct {
		id   string
		want string
	}{
		{"bias-variance", "bias variance tradeoff underfitting, overfitting, and the sweet spot. bias variance"},
		{"data-splits-cv", "train validation test & cv split data so your scores stay honest. data splits cv"},
	}
	for _, tt := range tests {
		e, _ := curriculum.Lookup(tt.id)
		if got := searchText(e.Title, e.Tagline, e.ID); got != tt.want {
			t.Errorf("searchText(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}
