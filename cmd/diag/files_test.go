//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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

// TestCompileNeverClobbers runs command lines whose outputs would overwrite
// an input or each other, directly or through symbolic or hard links: each
// is refused as a usage error before anything is written.
func TestCompileNeverClobbers(t *testing.T) {
	helloCompiles(t)
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		args  []string
		want  string
	}{
		{name: "input that is not .diag", args: []string{"compile", "$D/hello.diag", "$D/./hello.txt"},
			want: "hello.txt does not end in .diag"},
		{name: "input without extension", args: []string{"compile", "$D/hello"}, want: "does not end in .diag"},
		{name: "same input twice", args: []string{"compile", "$D/hello.diag", "$D/./hello.diag"},
			want: "would both be written to"},
		{name: "same base name into -d", args: []string{"compile", "$D/hello.diag", "$D/sub/hello.diag", "-d", "$D/out"},
			want: "would both be written to"},
		{name: "two outputs linked to one file", args: []string{"compile", "$D/hello.diag", "$D/other.diag"},
			setup: func(t *testing.T, dir string) { symlink(t, "other.svg", filepath.Join(dir, "hello.svg")) },
			want:  "would both be written to"},
		{name: "two outputs hard-linked", args: []string{"compile", "$D/hello.diag", "$D/other.diag"},
			setup: func(t *testing.T, dir string) {
				filetree.Write(t, dir, map[string]string{"hello.svg": goodSVG})
				if err := os.Link(filepath.Join(dir, "hello.svg"), filepath.Join(dir, "other.svg")); err != nil {
					t.Fatal(err)
				}
			},
			want: "would both be written to"},
		{name: "output linked to another input", args: []string{"compile", "$D/hello.diag", "$D/other.diag"},
			setup: func(t *testing.T, dir string) { symlink(t, "other.diag", filepath.Join(dir, "hello.svg")) },
			want:  "would overwrite the input"},
		{name: "-o linked to the input", args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"},
			setup: func(t *testing.T, dir string) { symlink(t, "hello.diag", filepath.Join(dir, "pic.svg")) },
			want:  "would overwrite the input"},
		{name: "-o is the input through a linked folder", args: []string{"compile", "$D/hello.diag", "-o", "$D/here/hello.diag"},
			setup: func(t *testing.T, dir string) { symlink(t, ".", filepath.Join(dir, "here")) },
			want:  "would overwrite the input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := setupDir(t)
			filetree.Write(t, dir, map[string]string{"hello.txt": "graph g { a }\n", "hello": "graph g { a }\n", "sub/hello.diag": "graph g { b }\n"})
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			want := filetree.Snapshot(t, dir)
			got := runDiag(t, dir, "", tt.args...)
			if got.code != 2 || !strings.Contains(got.stderr, tt.want) {
				t.Errorf("diag %q = %d, want 2 and an error saying %q; stderr:\n%s", tt.args, got.code, tt.want, got.stderr)
			}
			if diff := cmp.Diff(want, filetree.Snapshot(t, dir)); diff != "" {
				t.Errorf("diag %q changed the folder (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// TestCompileSpecialOutputs writes pictures to outputs that are not
// regular files: a FIFO and a device are written in place and stay what
// they were, a symbolic link leads to its target, which is replaced while
// the link stays, and a socket or a folder is refused.
func TestCompileSpecialOutputs(t *testing.T) {
	helloCompiles(t)
	tests := []struct {
		name     string
		setup    func(t *testing.T, dir string)
		args     []string
		wantCode int
		wantErr  string
		fifo     string // a FIFO whose reader must receive an SVG
		svgIn    string // a file that must hold an SVG afterwards
		changed  []string
	}{
		{name: "-o FIFO", setup: mkfifo("pic.svg"), args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"}, fifo: "pic.svg"},
		{name: "FIFO beside the input", setup: mkfifo("hello.svg"), args: []string{"compile", "$D/hello.diag"}, fifo: "hello.svg"},
		{name: "FIFO in -d", setup: func(t *testing.T, dir string) {
			if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
				t.Fatal(err)
			}
			mkfifo("out/hello.svg")(t, dir)
		}, args: []string{"compile", "$D/hello.diag", "-d", "$D/out"}, fifo: "out/hello.svg"},
		{name: "-o device", setup: mknull("null"), args: []string{"compile", "$D/hello.diag", "-o", "$D/null"}},
		{name: "-o symlink", setup: func(t *testing.T, dir string) {
			filetree.Write(t, dir, map[string]string{"real/pic.svg": goodSVG})
			symlink(t, "real/pic.svg", filepath.Join(dir, "pic.svg"))
		}, args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"}, svgIn: "real/pic.svg", changed: []string{"real/pic.svg"}},
		{name: "symlink beside the input", setup: func(t *testing.T, dir string) {
			filetree.Write(t, dir, map[string]string{"real/pic.svg": goodSVG})
			symlink(t, "real/pic.svg", filepath.Join(dir, "hello.svg"))
		}, args: []string{"compile", "$D/hello.diag"}, svgIn: "real/pic.svg", changed: []string{"real/pic.svg"}},
		{name: "dangling symlink", setup: func(t *testing.T, dir string) {
			symlink(t, "new.svg", filepath.Join(dir, "pic.svg"))
		}, args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"}, svgIn: "new.svg", changed: []string{"new.svg"}},
		{name: "-o socket", setup: func(t *testing.T, dir string) {
			l, err := net.Listen("unix", filepath.Join(dir, "pic.svg"))
			if err != nil {
				t.Skipf("unix socket: %v", err)
			}
			t.Cleanup(func() { l.Close() })
		}, args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"}, wantCode: 1, wantErr: "pic.svg: is a socket"},
		{name: "-o folder", setup: func(t *testing.T, dir string) {
			filetree.Write(t, dir, map[string]string{"pic.svg/inside": "kept"})
		}, args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"}, wantCode: 1, wantErr: "pic.svg: is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := setupDir(t)
			tt.setup(t, dir)
			before := filetree.Snapshot(t, dir)
			var r *os.File
			if tt.fifo != "" {
				fd, err := syscall.Open(filepath.Join(dir, tt.fifo), syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
				if err != nil {
					t.Fatal(err)
				}
				r = os.NewFile(uintptr(fd), tt.fifo)
				defer r.Close()
			}
			got := runDiag(t, dir, "", tt.args...)
			if got.code != tt.wantCode || !strings.Contains(got.stderr, tt.wantErr) || (tt.wantErr == "") != (got.stderr == "") {
				t.Fatalf("diag %q = %d, want %d; stderr:\n%s", tt.args, got.code, tt.wantCode, got.stderr)
			}
			if r != nil {
				b, err := io.ReadAll(r)
				if err != nil {
					t.Fatal(err)
				}
				checkSVG(t, tt.fifo, b)
			}
			if tt.svgIn != "" {
				b, err := os.ReadFile(filepath.Join(dir, tt.svgIn))
				if err != nil {
					t.Fatal(err)
				}
				checkSVG(t, tt.svgIn, b)
			}
			after := filetree.Without(filetree.Snapshot(t, dir), tt.changed)
			if tt.fifo != "" {
				// Writing into a FIFO sets its time; it must stay the same FIFO.
				for _, tree := range []map[string]filetree.Entry{before, after} {
					e := tree[tt.fifo]
					e.ModTime = time.Time{}
					tree[tt.fifo] = e
				}
			}
			if diff := cmp.Diff(filetree.Without(before, tt.changed), after); diff != "" {
				t.Errorf("diag %q changed what it should not (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// symlink makes a symbolic link at name to target, failing the test on
// error.
func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// mkfifo returns a setup that makes a FIFO at the slash path name.
func mkfifo(name string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		if err := syscall.Mkfifo(filepath.Join(dir, filepath.FromSlash(name)), 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
}

// mknull returns a setup that makes a twin of /dev/null at name; it needs
// root.
func mknull(name string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		if err := syscall.Mknod(filepath.Join(dir, name), syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Skipf("mknod needs root: %v", err)
		}
	}
}
