//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSiteSkipsSpecialFiles puts a FIFO and a symlink to /dev/zero where
// diagrams belong: the site skips both, says so, and neither hangs nor
// reads without end.
func TestSiteSkipsSpecialFiles(t *testing.T) {
	helloCompiles(t)
	dir := curriculumDir(t, readTestdata(t, "hello.diag"))
	layer := filepath.Join(dir, "1-foundations")
	// A manifest entry's place holds a FIFO, another one /dev/zero, and an
	// unlisted name a second FIFO.
	if err := syscall.Mkfifo(filepath.Join(layer, "ml-lifecycle.diag"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(layer, "bias-variance.diag")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(layer, "x.diag"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	done := make(chan result, 1)
	go func() { done <- runDiag(t, dir, "", "site", dir, "-o", out) }()
	var got result
	select {
	case got = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("site did not finish in 30 s with a FIFO and /dev/zero among the diagrams")
	}
	if got.code != 0 {
		t.Fatalf("site = %d, want 0; stderr:\n%s", got.code, got.stderr)
	}
	for _, name := range []string{"ml-lifecycle.diag", "bias-variance.diag", "x.diag"} {
		want := filepath.Join("1-foundations", name) + ": not a regular file; skipped"
		if strings.Count(got.stderr, want) != 1 {
			t.Errorf("stderr does not say once %q:\n%s", want, got.stderr)
		}
	}
	if !strings.Contains(got.stdout, "1 of ") {
		t.Errorf("site report %q does not say one diagram was authored", got.stdout)
	}
}
