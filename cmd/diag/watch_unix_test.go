//go:build unix

package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWatchStopsOnInterrupt runs diag watch as a child process, as a
// terminal would, and sends it SIGINT (Ctrl-C): it must stop serving, say
// so and exit 0 within a second, with a page's stream open.
func TestWatchStopsOnInterrupt(t *testing.T) {
	bin := buildDiag(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "first.diag")
	if err := os.WriteFile(src, readTestdata(t, "hello.diag"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "watch", src, "--port", "0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	}()

	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the address: %v (stderr %q)", err, stderr.String())
	}
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "diag watch: ")
	if !ok || !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.HasSuffix(url, "/view/first.diag") {
		t.Fatalf("first line %q, want the address of the page", line)
	}
	resp, err := http.Get(strings.Replace(url, "/view/", "/events/", 1))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	first := make([]byte, 6)
	if _, err := io.ReadFull(resp.Body, first); err != nil || string(first) != "data: " {
		t.Fatalf("stream began %q, %v", first, err)
	}

	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("after SIGINT: %v, want exit status 0 (stderr %q)", err, stderr.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("still running 5 s after SIGINT (stderr %q)", stderr.String())
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("stopping took %v, want under a second", d)
	}
	if !strings.HasSuffix(stderr.String(), "diag watch: stopped\n") {
		t.Errorf("stderr %q does not end with the stop message", stderr.String())
	}
	io.Copy(io.Discard, resp.Body) // the stream ends with the server
	if _, err := http.Get(url); err == nil {
		t.Errorf("the server still answers after it stopped")
	}
}
