package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag"
)

// limitFlagNames returns the names of the flags limitFlags defines.
func limitFlagNames() []string {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	limitFlags(fs)
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// TestLimitFlagsRefuseNegative checks that every --max-* flag refuses a
// negative value, or anything but a whole number, as a usage error that
// says why, and that 0 (the default) and positive values are taken.
func TestLimitFlagsRefuseNegative(t *testing.T) {
	names := limitFlagNames()
	if len(names) < 8 {
		t.Fatalf("limitFlags defines %d flags, want at least 8: %v", len(names), names)
	}
	for _, name := range names {
		for _, cmd := range []string{"compile", "check", "layout"} {
			dir := setupDir(t)
			r := runDiag(t, dir, "", cmd, "--"+name+"=-1", "$D/hello.diag")
			if r.code != exitUsage || !strings.Contains(r.stderr, "-1 is negative; a limit is 0 (the default) or more") {
				t.Errorf("diag %s --%s=-1: exit %d, stderr:\n%s\nwant exit %d and a word on negative limits", cmd, name, r.code, r.stderr, exitUsage)
			}
			r = runDiag(t, dir, "", cmd, "--"+name, "ten", "$D/hello.diag")
			if r.code != exitUsage || !strings.Contains(r.stderr, `want a whole number, 0 (the default) or more, not "ten"`) {
				t.Errorf("diag %s --%s ten: exit %d, stderr:\n%s", cmd, name, r.code, r.stderr)
			}
		}
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		l := limitFlags(fs)
		if err := fs.Parse([]string{"--" + name + "=0"}); err != nil || *l != (diag.Limits{}) {
			t.Errorf("--%s=0: err %v, limits %+v, want the defaults", name, err, *l)
		}
		if err := fs.Parse([]string{"--" + name, "0x10"}); err != nil || *l == (diag.Limits{}) {
			t.Errorf("--%s 0x10: err %v, limits %+v, want a limit of 16", name, err, *l)
		}
	}
}

// endless is a reader that never ends, counting the bytes read from it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '#'
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestInputStopsAtLimit checks that input is read through the source cap:
// an endless standard input is read to one byte past the cap and refused
// with the position of that byte, and a file larger than the cap gets the
// same positioned error, message and hint the library gives for the whole
// file (the source line shown ends where the reading stopped).
func TestInputStopsAtLimit(t *testing.T) {
	dir := t.TempDir()
	for _, max := range []int{0, 100} {
		in := &endless{}
		var stdout, stderr bytes.Buffer
		args := []string{"compile", "-", "-o", filepath.Join(dir, "out.svg")}
		if max > 0 {
			args = append(args, "--max-source", "100")
		}
		code := run(args, in, &stdout, &stderr)
		limit := max
		if limit == 0 {
			limit = diag.DefaultMaxSource
		}
		want := "<stdin>:1:" + itoa(limit+1) + ": source is larger than the limit of " + itoa(limit) + " bytes\n"
		if code != exitInput || !strings.HasPrefix(stderr.String(), want) {
			t.Errorf("compile of an endless input (max %d): exit %d, stderr:\n%.300s\nwant exit %d and %q", max, code, stderr.String(), exitInput, want)
		}
		if in.n > int64(limit)+1 {
			t.Errorf("compile of an endless input (max %d) read %d bytes, want at most %d", max, in.n, limit+1)
		}
	}

	src := []byte("graph g {\n" + strings.Repeat("  a -> b\n", 100) + "}\n")
	file := filepath.Join(dir, "big.diag")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	lim := diag.Limits{MaxSource: 300}
	_, err := diag.Compile(file, src, diag.Options{Limits: lim})
	want := headAndHint(diag.FormatError(src, err))
	for _, cmd := range []string{"compile", "check", "layout"} {
		r := runDiag(t, dir, "", cmd, "--max-source", "300", file)
		if r.code != exitInput || headAndHint(r.stderr) != want {
			t.Errorf("diag %s --max-source 300 of a %d-byte file: exit %d, stderr:\n%s\nwant exit %d and:\n%s", cmd, len(src), r.code, r.stderr, exitInput, want)
		}
	}
}

// headAndHint returns the first and the last line of a formatted error.
func headAndHint(msg string) string {
	lines := strings.Split(strings.TrimSuffix(msg, "\n"), "\n")
	return lines[0] + "\n" + lines[len(lines)-1]
}

// itoa formats a non-negative int.
func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
