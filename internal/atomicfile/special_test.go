//go:build linux

package atomicfile

import (
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// TestWriteFIFO writes into a FIFO that another goroutine reads: the data
// arrives and the FIFO stays a FIFO.
func TestWriteFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.svg")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	link := filepath.Join(dir, "link.svg")
	if err := os.Symlink("out.svg", link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fifo, link} {
		// Open the read end first, without waiting for a writer, so that
		// the write finds a reader; read once the write is done, as the
		// little data fits in the FIFO's buffer. A FIFO that was replaced
		// instead shows as nothing read, never as a test that hangs.
		fd, err := syscall.Open(fifo, syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			t.Fatal(err)
		}
		r := os.NewFile(uintptr(fd), fifo)
		werr := Write(path, []byte("<svg/>"), 0o644)
		got, rerr := io.ReadAll(r)
		r.Close()
		if werr != nil {
			t.Fatalf("Write(%s): %v", path, werr)
		}
		if string(got) != "<svg/>" {
			t.Errorf("Write(%s): the reader got %q (%v), want %q", path, got, rerr, "<svg/>")
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
			t.Fatalf("Write(%s): the FIFO is now %v (%v)", path, fi.Mode(), err)
		}
	}
	if diff := cmp.Diff([]string{"link.svg", "out.svg"}, filetree.Names(t, dir)); diff != "" {
		t.Errorf("folder mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteCharDevice writes to a character device made for the test, a
// twin of /dev/null: the node stays a device.
func TestWriteCharDevice(t *testing.T) {
	dir := t.TempDir()
	dev := filepath.Join(dir, "null")
	// Device 1:3 is /dev/null on Linux.
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("mknod needs root: %v", err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(dev, link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{dev, link} {
		if err := Write(path, []byte("<svg/>"), 0o644); err != nil {
			t.Errorf("Write(%s): %v", path, err)
		}
		fi, err := os.Lstat(dev)
		if err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
			t.Errorf("Write(%s) replaced the device: now %v (%v)", path, fi.Mode(), err)
		}
	}
	if diff := cmp.Diff([]string{"link", "null"}, filetree.Names(t, dir)); diff != "" {
		t.Errorf("folder mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteProcLink writes through /proc/self/fd/N and /dev/fd/N, as
// "-o /dev/stdout" does: the open file is appended to, not replaced.
func TestWriteProcLink(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "log.txt")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("head\n"); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, link := range []string{"/proc/self/fd/%d", "/dev/fd/%d"} {
		name := fmt.Sprintf(link, f.Fd())
		if _, err := os.Stat(name); err != nil {
			t.Skipf("no %s: %v", name, err)
		}
		if err := Write(name, []byte("<svg/>\n"), 0o644); err != nil {
			t.Errorf("Write(%s): %v", name, err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "head\n<svg/>\n<svg/>\n"; string(got) != want {
		t.Errorf("file written through /proc holds %q, want %q", got, want)
	}
	after, err := os.Stat(path)
	if err != nil || !os.SameFile(before, after) {
		t.Errorf("file written through /proc was replaced (%v)", err)
	}
	if diff := cmp.Diff([]string{"log.txt"}, filetree.Names(t, dir)); diff != "" {
		t.Errorf("folder mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteRefused checks that a socket, a folder and a symbolic link loop
// are refused with an error naming the path, and left as they were.
func TestWriteRefused(t *testing.T) {
	dir := t.TempDir()
	sock := filepath.Join(dir, "s.svg")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("unix socket: %v", err)
	}
	defer l.Close()
	if err := os.Mkdir(filepath.Join(dir, "d.svg"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, target := range map[string]string{"loop1": "loop2", "loop2": "loop1", "sl.svg": "s.svg", "dl.svg": "d.svg"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ name, want string }{
		{"s.svg", "is a socket"},
		{"sl.svg", "is a socket"},
		{"d.svg", "is a folder"},
		{"dl.svg", "is a folder"},
		{"loop1", "too many levels of symbolic links"},
	}
	want := filetree.Snapshot(t, dir)
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		err := Write(path, []byte("x"), 0o644)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("Write(%s) = %v, want an error naming it that says %q", tt.name, err, tt.want)
		}
	}
	if diff := cmp.Diff(want, filetree.Snapshot(t, dir)); diff != "" {
		t.Errorf("refused writes changed the folder (-want +got):\n%s", diff)
	}
}

// TestWriteSymlink writes through symbolic links: the target is replaced
// atomically in its own folder and each link stays a link.
func TestWriteSymlink(t *testing.T) {
	tests := []struct {
		name  string
		links map[string]string // link name (under the root) to its target
		path  string            // written, under the root
		file  string            // the file that must hold the data
	}{
		{name: "relative", links: map[string]string{"a/pic.svg": "../b/real.svg"}, path: "a/pic.svg", file: "b/real.svg"},
		{name: "absolute", links: map[string]string{"a/pic.svg": "$R/b/real.svg"}, path: "a/pic.svg", file: "b/real.svg"},
		{name: "chain", links: map[string]string{"a/pic.svg": "two.svg", "a/two.svg": "../b/real.svg"}, path: "a/pic.svg", file: "b/real.svg"},
		{name: "through a linked folder", links: map[string]string{"a/sub": "../b", "a/pic.svg": "sub/../b/real.svg"}, path: "a/pic.svg", file: "b/real.svg"},
		{name: "dangling", links: map[string]string{"a/pic.svg": "../b/new.svg"}, path: "a/pic.svg", file: "b/new.svg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			filetree.Write(t, root, map[string]string{"a/keep": "k", "b/real.svg": "old"})
			for name, target := range tt.links {
				if err := os.Symlink(strings.ReplaceAll(target, "$R", root), filepath.Join(root, name)); err != nil {
					t.Fatal(err)
				}
			}
			if err := Write(filepath.Join(root, tt.path), []byte("new"), 0o644); err != nil {
				t.Fatalf("Write: %v", err)
			}
			if b, err := os.ReadFile(filepath.Join(root, tt.file)); err != nil || string(b) != "new" {
				t.Errorf("%s holds %q (%v), want %q", tt.file, b, err, "new")
			}
			if fi, err := os.Lstat(filepath.Join(root, tt.file)); err != nil || !fi.Mode().IsRegular() {
				t.Errorf("%s is not a regular file: %v", tt.file, err)
			}
			for name := range tt.links {
				if fi, err := os.Lstat(filepath.Join(root, name)); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
					t.Errorf("link %s is no longer a link (%v)", name, err)
				}
			}
			for _, d := range []string{"a", "b"} {
				for _, n := range filetree.Names(t, filepath.Join(root, d)) {
					if strings.Contains(n, ".tmp-") {
						t.Errorf("temporary file %s/%s left behind", d, n)
					}
				}
			}
		})
	}
}
