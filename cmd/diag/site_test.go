package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
