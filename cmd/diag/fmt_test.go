package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
)

const (
	messy     = "graph g   direction right{\n a->b  \"x\" # why\n}\n"
	formatted = "graph g direction right {\n  a -> b \"x\" # why\n}\n"
)

func TestFmtStdin(t *testing.T) {
	r := runDiag(t, t.TempDir(), messy, "fmt")
	if r.code != exitOK || r.stdout != formatted || r.stderr != "" {
		t.Errorf("diag fmt < messy = %d, %q, %q; want 0 and\n%s", r.code, r.stdout, r.stderr, formatted)
	}
	r = runDiag(t, t.TempDir(), messy, "fmt", "-")
	if r.code != exitOK || r.stdout != formatted {
		t.Errorf("diag fmt - = %d, %q", r.code, r.stdout)
	}
}

func TestFmtCheck(t *testing.T) {
	dir := t.TempDir()
	writeFmtFile(t, dir, "a.diag", messy, 0o644)
	writeFmtFile(t, dir, "b.diag", formatted, 0o644)
	r := runDiag(t, dir, "", "fmt", "--check", "$D/a.diag", "$D/b.diag")
	if r.code != exitInput || r.stdout != filepath.Join(dir, "a.diag")+"\n" || r.stderr != "" {
		t.Errorf("fmt --check = %d, %q, %q; want 1 listing a.diag only", r.code, r.stdout, r.stderr)
	}
	r = runDiag(t, dir, "", "fmt", "--check", "$D/b.diag")
	if r.code != exitOK || r.stdout != "" {
		t.Errorf("fmt --check of a formatted file = %d, %q", r.code, r.stdout)
	}
	if got := readFmtFile(t, dir, "a.diag"); got != messy {
		t.Errorf("--check changed the file: %q", got)
	}
}

func TestFmtWrite(t *testing.T) {
	dir := t.TempDir()
	writeFmtFile(t, dir, "a.diag", messy, 0o600)
	writeFmtFile(t, dir, "b.diag", formatted, 0o644)
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(filepath.Join(dir, "b.diag"), old, old); err != nil {
		t.Fatal(err)
	}
	r := runDiag(t, dir, "", "fmt", "-w", "$D/a.diag", "$D/b.diag")
	if r.code != exitOK || r.stdout != "" || r.stderr != "" {
		t.Fatalf("fmt -w = %d, %q, %q", r.code, r.stdout, r.stderr)
	}
	if got := readFmtFile(t, dir, "a.diag"); got != formatted {
		t.Errorf("a.diag after fmt -w:\n%s", got)
	}
	fi, err := os.Stat(filepath.Join(dir, "a.diag"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("a.diag has mode %v after fmt -w, want 0600", fi.Mode().Perm())
	}
	fi, err = os.Stat(filepath.Join(dir, "b.diag"))
	if err != nil {
		t.Fatal(err)
	}
	if !fi.ModTime().Equal(old) {
		t.Errorf("fmt -w rewrote b.diag, which was formatted")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("fmt -w left files behind: %v", entries)
	}
}

func TestFmtErrors(t *testing.T) {
	dir := t.TempDir()
	bad := "graph g {\n  a -> \n}\ntitle \"open\n"
	writeFmtFile(t, dir, "bad.diag", bad, 0o644)
	r := runDiag(t, dir, "", "fmt", "-w", "$D/bad.diag")
	if r.code != exitInput || !strings.Contains(r.stderr, "bad.diag:4:7: string not closed") {
		t.Errorf("fmt -w bad.diag = %d, %q", r.code, r.stderr)
	}
	if got := readFmtFile(t, dir, "bad.diag"); got != bad {
		t.Errorf("fmt -w changed a file with errors: %q", got)
	}
	for _, args := range [][]string{{"fmt", "-w", "--check", "$D/bad.diag"}, {"fmt", "-w"}, {"fmt", "-", "-"}} {
		if r := runDiag(t, dir, "", args...); r.code != exitUsage {
			t.Errorf("diag %v = %d, want %d", args, r.code, exitUsage)
		}
	}
	if r := runDiag(t, dir, "", "fmt", "$D/missing.diag"); r.code != exitInput || !strings.Contains(r.stderr, "missing.diag") {
		t.Errorf("fmt of a missing file = %d, %q", r.code, r.stderr)
	}
}

// TestRepositoryFormatted runs diag fmt --check over every .diag file of
// the repository: examples, curriculum sheets and test inputs, except the
// test inputs that are meant not to parse.
func TestRepositoryFormatted(t *testing.T) {
	var files []string
	err := filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != "../.." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".diag") {
			return nil
		}
		if strings.Contains(filepath.ToSlash(path), "/testdata/") {
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if _, err := diag.Format(path, src, diag.Limits{}); err != nil {
				return nil // meant to be wrong
			}
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("found only %d .diag files", len(files))
	}
	r := runDiag(t, ".", "", append([]string{"fmt", "--check"}, files...)...)
	if r.code != exitOK {
		t.Errorf("these files are not formatted; run go run ./cmd/diag fmt -w on them:\n%s%s", r.stdout, r.stderr)
	}
}

func writeFmtFile(t *testing.T, dir, name, content string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), mode); err != nil {
		t.Fatal(err)
	}
}

func readFmtFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
