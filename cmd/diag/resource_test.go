package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag/internal/resourcetest"
)

// inputCase is a way of giving the command line far more input than the
// source cap, which it must refuse within the caps of TestInputResources.
type inputCase struct {
	name string
	// args are the command's arguments; "$D" is a fresh folder.
	args []string
	// stdin returns the standard input.
	stdin func() io.Reader
	// want is the first line of the error.
	want string
}

// repeated is an endless reader of one byte.
type repeated byte

func (r repeated) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func inputCases() []inputCase {
	empty := func() io.Reader { return strings.NewReader("") }
	return []inputCase{
		// Ran out of memory.
		{"compile of /dev/zero", []string{"compile", "/dev/zero", "-o", "$D/out.svg"}, empty,
			"/dev/zero:1:1048577: source is larger than the limit of 1048576 bytes"},
		{"check of /dev/zero", []string{"check", "/dev/zero"}, empty,
			"/dev/zero:1:1048577: source is larger than the limit of 1048576 bytes"},
		// Took 15 s and 1.8 GB.
		{"200 MB on standard input", []string{"compile", "-", "-o", "$D/out.svg"},
			func() io.Reader { return io.LimitReader(repeated('#'), 200<<20) },
			"<stdin>:1:1048577: source is larger than the limit of 1048576 bytes"},
		{"endless standard input", []string{"layout", "-"},
			func() io.Reader { return repeated('#') },
			"<stdin>:1:1048577: source is larger than the limit of 1048576 bytes"},
	}
}

// TestInputResources gives the command line huge or endless input, each
// case alone in a child process (see package resourcetest), and holds it
// to 2 s of CPU time and 300 MB of peak memory: the input must be refused
// with the library's positioned error, having been read no further than
// one byte past the source cap.
func TestInputResources(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	cases := inputCases()
	if name := resourcetest.Child(); name != "" {
		for _, c := range cases {
			if c.name == name {
				resourcetest.Report(runInput(t, c))
				return
			}
		}
		t.Fatalf("no input case %q", name)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u := resourcetest.Measure(t, "TestInputResources", c.name, 60*time.Second, 2*time.Second, 300<<20)
			t.Logf("%s: %v", c.name, u)
			if want := fmt.Sprintf("exit %d\n%s", exitInput, c.want); !strings.HasPrefix(u.Outcome, want) {
				t.Errorf("%s: outcome\n%s\nwant it to start with\n%s", c.name, u.Outcome, want)
			}
		})
	}
}

// runInput runs the command of c and returns its exit code and standard
// error.
func runInput(t *testing.T, c inputCase) string {
	dir := t.TempDir()
	args := make([]string, len(c.args))
	for i, a := range c.args {
		args[i] = strings.ReplaceAll(a, "$D", dir)
	}
	var stdout, stderr bytes.Buffer
	code := run(args, c.stdin(), &stdout, &stderr)
	if _, err := os.Stat(filepath.Join(dir, "out.svg")); err == nil {
		return "wrote out.svg"
	}
	return fmt.Sprintf("exit %d\n%s", code, stderr.String())
}
