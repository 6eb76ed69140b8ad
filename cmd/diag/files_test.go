//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// childEnv names the variable that makes TestWriteChild run the command
// line it holds (fields separated by newlines) under a file size limit.
const childEnv = "DIAG_WRITE_CHILD"

// fileSizeLimit is the largest file the child may write: far smaller than
// any picture, so every write of an SVG fails halfway.
const fileSizeLimit = 2048

// TestWriteChild is not a test of its own: run by runLimited in a child
// process, it limits the size of the files it may write and runs diag with
// the command line from the environment. Writes past the limit fail with
// EFBIG in the middle of the file, like a full disk.
func TestWriteChild(t *testing.T) {
	args := os.Getenv(childEnv)
	if args == "" {
		t.Skip("runs only as the child of TestInterruptedWrites")
	}
	signal.Ignore(syscall.SIGXFSZ)
	lim := syscall.Rlimit{Cur: fileSizeLimit, Max: fileSizeLimit}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(strings.Split(args, "\n"), strings.NewReader(""), &stdout, &stderr)
	fmt.Printf("exit %d\n%s", code, stderr.String())
	os.Exit(0)
}

// runLimited runs diag with args in a child process that cannot write a
// file larger than fileSizeLimit, and returns its exit code line and
// error output.
func runLimited(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriteChild$")
	cmd.Env = append(os.Environ(), childEnv+"="+strings.Join(args, "\n"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	return string(out)
}

// TestInterruptedWrites makes every write of a picture or a site fail
// halfway and checks that the files that were there are left as they were
// and that no partial or temporary file is left behind.
func TestInterruptedWrites(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("the child only runs TestWriteChild")
	}
	helloCompiles(t)
	tests := []struct {
		name string
		args []string
		// dir names the folder under watch; before are files written into
		// it first, and prepare a command line run (without a limit) first.
		dir     string
		before  map[string]string
		prepare []string
	}{
		{
			name:   "compile over a good picture",
			args:   []string{"compile", "$D/hello.diag", "-o", "$D/out/pic.svg"},
			dir:    "out",
			before: map[string]string{"pic.svg": goodSVG},
		},
		{
			name:   "compile of several into a folder",
			args:   []string{"compile", "$D/hello.diag", "$D/other.diag", "-d", "$D/out"},
			dir:    "out",
			before: map[string]string{"hello.svg": goodSVG},
		},
		{
			name:    "site over an old site",
			args:    []string{"site", "$D/curriculum", "-o", "$D/out/site"},
			dir:     "out/site",
			prepare: []string{"site", "$D/curriculum", "-o", "$D/out/site"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := setupDir(t)
			cur := curriculumDir(t, readTestdata(t, "hello.diag"))
			if err := os.Rename(cur, filepath.Join(dir, "curriculum")); err != nil {
				t.Fatal(err)
			}
			target := filepath.Join(dir, tt.dir)
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			filetree.Write(t, target, tt.before)
			if tt.prepare != nil {
				if got := runDiag(t, dir, "", tt.prepare...); got.code != 0 {
					t.Fatalf("diag %q = %d; stderr:\n%s", tt.prepare, got.code, got.stderr)
				}
			}
			want := filetree.Read(t, target)
			if len(want) == 0 {
				t.Fatalf("nothing under %s to watch", tt.dir)
			}
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.ReplaceAll(a, "$D", dir)
			}
			out := runLimited(t, args...)
			if !strings.HasPrefix(out, "exit 1\n") || !strings.Contains(out, "file too large") {
				t.Errorf("diag %q under a file size limit: %s; want exit 1 after a failed write", tt.args, out)
			}
			if diff := cmp.Diff(want, filetree.Read(t, target)); diff != "" {
				t.Errorf("diag %q under a file size limit changed %s (-want +got):\n%s\noutput:\n%s", tt.args, tt.dir, diff, out)
			}
			if extra := strays(t, filepath.Dir(target)); len(extra) > 0 {
				t.Errorf("diag %q left temporary files: %q", tt.args, extra)
			}
		})
	}
}

// strays returns the names in dir that a write in progress would leave: a
// temporary file or folder, or a backup of an old site.
func strays(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") || strings.HasSuffix(e.Name(), ".old") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestFailedCompileKeepsOutput covers failures that need no file size
// limit: a compile error and an output path that is a folder leave what was
// there alone and leave no temporary file.
func TestFailedCompileKeepsOutput(t *testing.T) {
	helloCompiles(t)
	tests := []struct {
		name string
		args []string
	}{
		{"compile error over a good picture", []string{"compile", "$D/bad.diag", "-o", "$D/out/pic.svg"}},
		{"compile error with several files", []string{"compile", "$D/bad.diag", "-d", "$D/out"}},
		{"output is a folder", []string{"compile", "$D/hello.diag", "-o", "$D/out/pic.svg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := setupDir(t)
			out := filepath.Join(dir, "out")
			filetree.Write(t, out, map[string]string{"pic.svg": goodSVG, "bad.svg": goodSVG})
			if tt.name == "output is a folder" {
				if err := os.Remove(filepath.Join(out, "pic.svg")); err != nil {
					t.Fatal(err)
				}
				filetree.Write(t, filepath.Join(out, "pic.svg"), map[string]string{"inside": "kept"})
			}
			want := filetree.Read(t, filepath.Join(dir, "out"))
			got := runDiag(t, dir, "", tt.args...)
			if got.code != 1 {
				t.Errorf("diag %q = %d, want 1; stderr:\n%s", tt.args, got.code, got.stderr)
			}
			if diff := cmp.Diff(want, filetree.Read(t, filepath.Join(dir, "out"))); diff != "" {
				t.Errorf("diag %q changed the output folder (-want +got):\n%s", tt.args, diff)
			}
			if extra := strays(t, out); len(extra) > 0 {
				t.Errorf("diag %q left temporary files: %q", tt.args, extra)
			}
		})
	}
}
