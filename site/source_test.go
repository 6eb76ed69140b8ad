package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/aiprep/diag/internal/filetree"
	"github.com/google/go-cmp/cmp"
)

// TestSymlinkedCurriculum builds from a curriculum folder reached through a
// symlink: the unlisted diagram under it is found, and errors name the
// files by the path given.
func TestSymlinkedCurriculum(t *testing.T) {
	dir := writeCurriculum(t)
	filetree.Write(t, dir, map[string]string{"1-foundations/typo.diag": "x"})
	link := filepath.Join(t.TempDir(), "curlink")
	symlink(t, dir, link)
	r, err := build(link, filepath.Join(t.TempDir(), "site"), false)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"1-foundations/typo.diag"}, r.Unlisted); diff != "" {
		t.Errorf("Report.Unlisted through a symlink (-want +got):\n%s", diff)
	}
	if len(r.Authored) != len(authored) {
		t.Errorf("Report.Authored = %v, want %d diagrams", r.Authored, len(authored))
	}

	filetree.Write(t, dir, map[string]string{"1-foundations/bias-variance.diag": "syntax error"})
	_, err = build(link, filepath.Join(t.TempDir(), "site"), false)
	if want := filepath.Join(link, "1-foundations", "bias-variance.diag") + ":1:1"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Build error = %v, want one naming %s", err, want)
	}
}

// TestBuildRefusesOverlap keeps the output away from the curriculum, also
// when a symlink hides that they are the same place.
func TestBuildRefusesOverlap(t *testing.T) {
	work := t.TempDir()
	proj := filepath.Join(work, "proj")
	if err := os.Rename(writeCurriculum(t), filepath.Join(work, "cur")); err != nil {
		t.Fatal(err)
	}
	filetree.Write(t, proj, map[string]string{"index.html": "mine", "site.js": "mine"})
	if err := os.Rename(filepath.Join(work, "cur"), filepath.Join(proj, "curriculum")); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(proj, "curriculum"), filepath.Join(work, "curlink"))
	symlink(t, proj, filepath.Join(work, "projlink"))
	tests := []struct {
		dir, out, want string
	}{
		{"curlink", "proj", "holds the folder of diagrams"},
		{"curlink", "projlink", "holds the folder of diagrams"},
		{"proj/curriculum", "projlink/curriculum", "holds the folder of diagrams"},
		{"curlink", "proj/curriculum/site", "is inside the folder of diagrams"},
		{"curlink", "projlink/curriculum/new/deeper", "is inside the folder of diagrams"},
	}
	before := filetree.Snapshot(t, work)
	for _, tt := range tests {
		_, err := build(filepath.Join(work, tt.dir), filepath.Join(work, tt.out), true)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Build(%s -> %s) error = %v, want one containing %q", tt.dir, tt.out, err, tt.want)
		}
	}
	if diff := cmp.Diff(before, filetree.Snapshot(t, work)); diff != "" {
		t.Errorf("refused builds changed files (-before +after):\n%s", diff)
	}
}

// TestMaxSource checks that Build reads no more of a source than the limit
// and one byte, so that the compiler can refuse it.
func TestMaxSource(t *testing.T) {
	dir := writeCurriculum(t)
	filetree.Write(t, dir, map[string]string{"1-foundations/bias-variance.diag": strings.Repeat("x", 5000)})
	var mu sync.Mutex
	longest := 0
	compile := func(name string, src []byte, static bool) ([]byte, error) {
		mu.Lock()
		longest = max(longest, len(src))
		mu.Unlock()
		return fakeCompile(name, src, static)
	}
	_, err := Build(Options{Dir: dir, Out: filepath.Join(t.TempDir(), "site"), Compile: compile, MaxSource: 100})
	if err != nil {
		t.Fatal(err)
	}
	if longest != 101 {
		t.Errorf("the longest source compiled had %d bytes, want 101 (MaxSource + 1)", longest)
	}
}

// TestCompileErrorsOnce checks that a diagram whose two compiles fail alike
// is reported once, and one whose compiles fail differently twice.
func TestCompileErrorsOnce(t *testing.T) {
	dir := writeCurriculum(t)
	filetree.Write(t, dir, map[string]string{"1-foundations/bias-variance.diag": "syntax error"})
	compile := func(name string, src []byte, static bool) ([]byte, error) {
		if strings.HasSuffix(name, "attention.diag") && static {
			return nil, errors.New("attention: static fails")
		}
		if strings.HasSuffix(name, "attention.diag") {
			return nil, errors.New("attention: animation fails")
		}
		return fakeCompile(name, src, static)
	}
	_, err := Build(Options{Dir: dir, Out: filepath.Join(t.TempDir(), "site"), Compile: compile})
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("Build error = %v, want errors joined", err)
	}
	var got []string
	for _, e := range joined.Unwrap() {
		got = append(got, e.Error())
	}
	want := []string{
		filepath.Join(dir, "1-foundations", "bias-variance.diag") + ":1:1: unexpected token",
		"attention: animation fails",
		"attention: static fails",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build errors (-want +got):\n%s", diff)
	}
}

// TestFontSources checks that FontCSS gets the sources of the authored
// diagrams, in curriculum order, and that its result is fonts.css.
func TestFontSources(t *testing.T) {
	dir := writeCurriculum(t)
	filetree.Write(t, dir, map[string]string{"1-foundations/unlisted.diag": "not on the site"})
	var got []string
	fonts := func(sources [][]byte) (string, error) {
		for _, s := range sources {
			got = append(got, string(s))
		}
		return "/* fonts for " + strings.Join(got, "") + " */", nil
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{Dir: dir, Out: out, Compile: fakeCompile, FontCSS: fonts}); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, a := range authored {
		want = append(want, `diagram "`+a.id+`"`+"\n")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FontCSS sources (-want +got):\n%s", diff)
	}
	if css := filetree.Read(t, out)["fonts.css"]; !strings.HasPrefix(css, "/* fonts for diagram") {
		t.Errorf("fonts.css = %.60q, want the FontCSS result", css)
	}
	_, err := Build(Options{Dir: dir, Out: out, Compile: fakeCompile, FontCSS: func([][]byte) (string, error) { return "", errors.New("no font") }})
	if err == nil || !strings.Contains(err.Error(), "no font") {
		t.Errorf("Build with a failing FontCSS: %v, want its error", err)
	}
}
