package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
)

// TestWatchPort takes a port and starts diag watch on it: without --port
// it moves to a free one; with --port it fails and says what to do.
func TestWatchPort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	port := busy.Addr().(*net.TCPAddr).Port
	src := filepath.Join(t.TempDir(), "a.diag")
	if err := os.WriteFile(src, readTestdata(t, "hello.diag"), 0o644); err != nil {
		t.Fatal(err)
	}

	var stderr strings.Builder
	c := &cli{stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &stderr, cmd: watchCommand}
	if code := c.watch(context.Background(), src, port, false, diag.Limits{}, nil); code != exitInput {
		t.Errorf("watch on a taken --port = %d, want %d", code, exitInput)
	}
	if !strings.Contains(stderr.String(), "hint: pick another port with --port N") {
		t.Errorf("stderr %q lacks the hint", stderr.String())
	}

	ctx, cancel := context.WithCancel(context.Background())
	got := make(chan string, 1)
	done := make(chan int, 1)
	go func() { done <- c.watch(ctx, src, port, true, diag.Limits{}, func(u string) { got <- u }) }()
	select {
	case u := <-got:
		if !strings.HasPrefix(u, "http://127.0.0.1:") || strings.Contains(u, ":"+strconv.Itoa(port)+"/") {
			t.Errorf("with the default port taken, watch serves at %s", u)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not start")
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("watch ended with %d", code)
	}
}
