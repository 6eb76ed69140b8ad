package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// binDir is the folder builtDiag builds into; TestMain removes it.
var binDir string

// builtDiag builds the command once per test binary and returns its path.
var builtDiag = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "diag-bin-")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "diag")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", &buildError{err: err, out: out}
	}
	return bin, nil
})

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + string(e.out) }

// buildDiag returns the path of the built command, skipping in -short mode.
func buildDiag(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin, err := builtDiag()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// readmeBlocks returns the fenced code blocks of README.md that follow the
// line start, up to the next heading: their lines, without the fences.
func readmeBlocks(t *testing.T, start string) [][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i := strings.Index(text, "\n"+start+"\n")
	if i < 0 {
		t.Fatalf("README.md has no line %q", start)
	}
	var blocks [][]string
	var cur []string
	in := false
	for _, line := range strings.Split(text[i+len(start)+2:], "\n") {
		switch {
		case !in && strings.HasPrefix(line, "#"):
			return blocks
		case !in && strings.HasPrefix(line, "```"):
			in, cur = true, nil
		case in && line == "```":
			in = false
			blocks = append(blocks, cur)
		case in:
			cur = append(cur, line)
		}
	}
	return blocks
}

// shell runs line with sh in dir, with the built diag first on PATH, and
// returns what it wrote to standard output and error, in order.
func shell(t *testing.T, dir, bin, line string) string {
	t.Helper()
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Run() // the error example exits 1; its output is what counts
	return out.String()
}

// TestReadmeFirstDiagram runs "Your first diagram" of README.md as a
// newcomer would: the printf writes the file, diag compile makes the
// picture, and the error example prints what README says it prints.
func TestReadmeFirstDiagram(t *testing.T) {
	bin := buildDiag(t)
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	blocks := readmeBlocks(t, "## Your first diagram")
	if len(blocks) != 2 {
		t.Fatalf("README's first diagram has %d code blocks, want 2 (the three steps, the error example)", len(blocks))
	}
	dir := t.TempDir()

	steps := blocks[0]
	if len(steps) != 3 {
		t.Fatalf("README's first diagram takes %d lines, want 3: %q", len(steps), steps)
	}
	for _, line := range steps[:2] {
		if out := shell(t, dir, bin, line); out != "" {
			t.Errorf("%s printed %q", line, out)
		}
	}
	svg, err := os.ReadFile(filepath.Join(dir, "first.svg"))
	if err != nil {
		t.Fatalf("after README's steps: %v", err)
	}
	if !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("A picture")) {
		t.Errorf("first.svg is not the picture of first.diag:\n%.300s", svg)
	}
	if !strings.Contains(steps[2], "first.svg") {
		t.Errorf("README's third step %q does not open first.svg", steps[2])
	}

	var got strings.Builder
	var want []string
	for _, line := range blocks[1] {
		if cmd, ok := strings.CutPrefix(line, "$ "); ok {
			got.WriteString(line + "\n" + shell(t, dir, bin, cmd))
		}
		want = append(want, line)
	}
	if diff := cmp.Diff(strings.Join(want, "\n")+"\n", got.String()); diff != "" {
		t.Errorf("README's error example differs from what diag prints (-README +diag):\n%s", diff)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}
