package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/internal/filetree"
	"github.com/aiprep/diag/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// result is what one run of the command printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

// runDiag runs the command with args and stdin in dir, replacing each
// "$D" in args by dir.
func runDiag(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	expanded := make([]string, len(args))
	for i, a := range args {
		expanded[i] = strings.ReplaceAll(a, "$D", dir)
	}
	var stdout, stderr bytes.Buffer
	code := run(expanded, strings.NewReader(stdin), &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

// readTestdata returns the content of testdata/name.
func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// setupDir returns a fresh folder holding hello.diag, bad.diag, a copy of
// hello.diag named other.diag, and good.svg standing for an existing
// picture: bad.svg.
func setupDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"hello.diag": readTestdata(t, "hello.diag"),
		"other.diag": readTestdata(t, "hello.diag"),
		"bad.diag":   readTestdata(t, "bad.diag"),
		"bad.svg":    []byte(goodSVG),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goodSVG is the content of an earlier, good picture that a failed compile
// must leave alone.
const goodSVG = "<svg>an earlier good picture</svg>"

// initialFiles are the names setupDir creates.
var initialFiles = []string{"bad.diag", "bad.svg", "hello.diag", "other.diag"}

// TestRunErrors covers command lines, help, usage errors and failing
// inputs: everything that writes no picture.
func TestRunErrors(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string   // substring; "" means stdout must be empty
		wantStderr []string // substrings; nil means stderr must be empty
		wantFiles  []string // the folder afterwards; nil means unchanged
	}{
		{name: "no arguments", args: nil, wantCode: 2, wantStderr: []string{"Commands:", "compile"}},
		{name: "help", args: []string{"help"}, wantStdout: "Commands:"},
		{name: "--help", args: []string{"--help"}, wantStdout: "Commands:"},
		{name: "-h", args: []string{"-h"}, wantStdout: "Commands:"},
		{name: "help compile", args: []string{"help", "compile"}, wantStdout: "usage: diag compile"},
		{name: "compile -h", args: []string{"compile", "-h"}, wantStdout: "usage: diag compile"},
		{name: "compile --help after file", args: []string{"compile", "$D/hello.diag", "--help"}, wantStdout: "usage: diag compile"},
		{name: "check --help", args: []string{"check", "--help"}, wantStdout: "usage: diag check"},
		{name: "layout -h", args: []string{"layout", "-h"}, wantStdout: "usage: diag layout"},
		{name: "site -h", args: []string{"site", "-h"}, wantStdout: "usage: diag site"},
		{name: "version -h", args: []string{"version", "-h"}, wantStdout: "usage: diag version"},
		{name: "help help", args: []string{"help", "help"}, wantStdout: "Commands:"},
		{name: "help unknown", args: []string{"help", "nosuch"}, wantCode: 2, wantStderr: []string{`unknown command "nosuch"`}},
		{name: "help two words", args: []string{"help", "a", "b"}, wantCode: 2, wantStderr: []string{"usage: diag help"}},
		{name: "unknown command", args: []string{"draw", "x.diag"}, wantCode: 2, wantStderr: []string{`unknown command "draw"`}},
		{name: "version", args: []string{"version"}, wantStdout: "diag (devel)"},
		{name: "--version", args: []string{"--version"}, wantStdout: "diag (devel)"},
		{name: "version with argument", args: []string{"version", "x"}, wantCode: 2, wantStderr: []string{"takes no arguments"}},

		{name: "compile unknown flag", args: []string{"compile", "--bogus", "$D/hello.diag"}, wantCode: 2,
			wantStderr: []string{"flag provided but not defined: -bogus", "usage: diag compile"}},
		{name: "compile unknown flag after file", args: []string{"compile", "$D/hello.diag", "--bogus"}, wantCode: 2,
			wantStderr: []string{"-bogus"}},
		{name: "compile no files", args: []string{"compile"}, wantCode: 2, wantStderr: []string{"no input files"}},
		{name: "compile -o missing value", args: []string{"compile", "$D/hello.diag", "-o"}, wantCode: 2,
			wantStderr: []string{"flag needs an argument: -o"}},
		{name: "compile -o with two files", args: []string{"compile", "$D/hello.diag", "$D/other.diag", "-o", "$D/x.svg"}, wantCode: 2,
			wantStderr: []string{"-o takes one input file"}},
		{name: "compile -o and -d", args: []string{"compile", "$D/hello.diag", "-o", "$D/x.svg", "-d", "$D/out"}, wantCode: 2,
			wantStderr: []string{"-o and -d cannot be used together"}},
		{name: "compile stdin with -d", args: []string{"compile", "-", "-d", "$D/out"}, wantCode: 2,
			wantStderr: []string{"-d needs file names"}},
		{name: "compile stdin twice", args: []string{"compile", "-", "-"}, wantCode: 2,
			wantStderr: []string{"only once"}},
		{name: "compile bad frame", args: []string{"compile", "$D/hello.diag", "--frame", "soon"}, wantCode: 2,
			wantStderr: []string{`invalid value "soon" for flag -frame`}},
		{name: "compile negative frame", args: []string{"compile", "--frame=-1s", "$D/hello.diag"}, wantCode: 2,
			wantStderr: []string{"zero or more"}},
		{name: "compile missing file", args: []string{"compile", "$D/missing.diag"}, wantCode: 1,
			wantStderr: []string{"missing.diag", "no such file"}},
		{name: "compile bad file keeps old picture", args: []string{"compile", "$D/bad.diag"}, wantCode: 1,
			wantStderr: []string{"bad.diag"}},
		{name: "compile bad file to -o keeps old picture", args: []string{"compile", "-o", "$D/bad.svg", "$D/bad.diag"}, wantCode: 1,
			wantStderr: []string{"bad.diag"}},
		{name: "compile bad file into -d", args: []string{"compile", "$D/bad.diag", "-d", "$D/out"}, wantCode: 1,
			wantStderr: []string{"bad.diag"}},
		{name: "compile two inputs to one output", args: []string{"compile", "$D/hello.diag", "$D/sub/hello.diag", "-d", "$D/out"}, wantCode: 2,
			wantStderr: []string{"would both be written to", filepath.Join("out", "hello.svg")}},
		{name: "compile bad stdin", args: []string{"compile", "-"}, stdin: "title \"Broken\n", wantCode: 1,
			wantStderr: []string{stdinName}},
		{name: "compile refuses a file that is not .diag", args: []string{"compile", "$D/bad.svg"}, wantCode: 2,
			wantStderr: []string{"does not end in .diag", "rename it", "-o"}},
		{name: "compile refuses to overwrite its input", args: []string{"compile", "$D/hello.diag", "-o", "$D/./hello.diag"}, wantCode: 2,
			wantStderr: []string{"would overwrite the input"}},

		{name: "compile -o png", args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.png"}, wantCode: 2,
			wantStderr: []string{"pic.png: diag cannot write .png files, only SVG", "pic.svg", "-o -"}},
		{name: "compile -o PDF", args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.PDF"}, wantCode: 2,
			wantStderr: []string{"cannot write .PDF files", "pic.svg"}},
		{name: "compile -o without extension", args: []string{"compile", "$D/hello.diag", "-o", "$D/pic"}, wantCode: 2,
			wantStderr: []string{"pic has no extension", "pic.svg"}},
		{name: "compile -o upper-case SVG", args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.SVG"},
			wantFiles: []string{"bad.diag", "bad.svg", "hello.diag", "other.diag", "pic.SVG"}},
		{name: "compile -o png from stdin", args: []string{"compile", "-", "-o", "$D/pic.png"}, stdin: "graph g { a }\n", wantCode: 2,
			wantStderr: []string{"cannot write .png files"}},
		{name: "site -o html", args: []string{"site", "$D", "-o", "$D/site.html"}, wantCode: 2,
			wantStderr: []string{"site.html: diag site writes a folder", "such as -o "}},
		{name: "site -o zip", args: []string{"site", "$D", "-o", "$D/site.zip"}, wantCode: 2,
			wantStderr: []string{"not a .zip file"}},
		{name: "site -o -", args: []string{"site", "$D", "-o", "-"}, wantCode: 2,
			wantStderr: []string{"cannot go to standard output"}},
		{name: "watch -h", args: []string{"watch", "-h"}, wantStdout: "usage: diag watch"},
		{name: "watch nothing", args: []string{"watch"}, wantCode: 2, wantStderr: []string{"want one file or folder, got 0"}},
		{name: "watch two", args: []string{"watch", "$D/hello.diag", "$D/other.diag"}, wantCode: 2, wantStderr: []string{"got 2"}},
		{name: "watch bad port", args: []string{"watch", "$D/hello.diag", "--port", "70000"}, wantCode: 2, wantStderr: []string{"is not a port"}},
		{name: "watch missing file", args: []string{"watch", "$D/missing.diag", "--port", "0"}, wantCode: 1, wantStderr: []string{"diag watch:", "missing.diag"}},
		{name: "watch not a diagram", args: []string{"watch", "$D/bad.svg", "--port", "0"}, wantCode: 1, wantStderr: []string{"is not a .diag file or a folder"}},
		{name: "check no files", args: []string{"check"}, wantCode: 2, wantStderr: []string{"no input files"}},
		{name: "check unknown flag", args: []string{"check", "$D/hello.diag", "-o", "x"}, wantCode: 2,
			wantStderr: []string{"flag provided but not defined: -o"}},
		{name: "check bad and missing", args: []string{"check", "$D/bad.diag", "$D/missing.diag"}, wantCode: 1,
			wantStderr: []string{"bad.diag", "missing.diag"}},

		{name: "layout no file", args: []string{"layout", "--json"}, wantCode: 2, wantStderr: []string{"exactly one input file"}},
		{name: "layout two files", args: []string{"layout", "$D/hello.diag", "$D/other.diag"}, wantCode: 2,
			wantStderr: []string{"exactly one input file, got 2"}},
		{name: "layout bad file", args: []string{"layout", "$D/bad.diag", "--json"}, wantCode: 1, wantStderr: []string{"bad.diag"}},

		{name: "site without -o", args: []string{"site", "$D"}, wantCode: 2, wantStderr: []string{"-o OUT is required"}},
		{name: "site two folders", args: []string{"site", "$D", "$D", "-o", "$D/site"}, wantCode: 2,
			wantStderr: []string{"at most one folder"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := setupDir(t)
			got := runDiag(t, dir, tt.stdin, tt.args...)
			if got.code != tt.wantCode {
				t.Errorf("run(%q) = %d, want %d\nstdout:\n%s\nstderr:\n%s", tt.args, got.code, tt.wantCode, got.stdout, got.stderr)
			}
			if tt.wantStdout == "" && got.stdout != "" {
				t.Errorf("run(%q) printed to stdout:\n%s", tt.args, got.stdout)
			}
			if !strings.Contains(got.stdout, tt.wantStdout) {
				t.Errorf("run(%q) stdout does not contain %q:\n%s", tt.args, tt.wantStdout, got.stdout)
			}
			if tt.wantStderr == nil && got.stderr != "" {
				t.Errorf("run(%q) printed to stderr:\n%s", tt.args, got.stderr)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(got.stderr, want) {
					t.Errorf("run(%q) stderr does not contain %q:\n%s", tt.args, want, got.stderr)
				}
			}
			wantFiles := tt.wantFiles
			if wantFiles == nil {
				wantFiles = initialFiles
			}
			if diff := cmp.Diff(wantFiles, filetree.Names(t, dir)); diff != "" {
				t.Errorf("run(%q) folder mismatch (-want +got):\n%s", tt.args, diff)
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "bad.svg")); string(b) != goodSVG {
				t.Errorf("run(%q) changed bad.svg to %q", tt.args, b)
			}
			if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
				if diff := cmp.Diff([]string(nil), filetree.Names(t, filepath.Join(dir, "out"))); diff != "" {
					t.Errorf("run(%q) wrote into out/ (-want +got):\n%s", tt.args, diff)
				}
			}
		})
	}
}

// TestBadInputErrorFormat checks that an input error names the file, line
// and column and shows the source line, once the compiler reports
// positioned errors.
func TestBadInputErrorFormat(t *testing.T) {
	helloCompiles(t)
	dir := setupDir(t)
	got := runDiag(t, dir, "", "compile", "$D/bad.diag")
	if got.code != 1 {
		t.Fatalf("compile bad.diag = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	for _, want := range []string{filepath.Join(dir, "bad.diag") + ":1:", `title "Broken`, "^"} {
		if !strings.Contains(got.stderr, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, got.stderr)
		}
	}
}

func TestHelpText(t *testing.T) {
	tests := []struct {
		args   []string
		golden string
	}{
		{[]string{"help"}, "help.golden"},
		{[]string{"help", "compile"}, "help-compile.golden"},
		{[]string{"help", "check"}, "help-check.golden"},
		{[]string{"help", "layout"}, "help-layout.golden"},
		{[]string{"help", "site"}, "help-site.golden"},
		{[]string{"help", "version"}, "help-version.golden"},
		{[]string{"help", "watch"}, "help-watch.golden"},
	}
	for _, tt := range tests {
		got := runDiag(t, t.TempDir(), "", tt.args...)
		if got.code != 0 || got.stderr != "" {
			t.Errorf("run(%q) = %d, stderr %q; want 0 and no stderr", tt.args, got.code, got.stderr)
		}
		golden.Check(t, filepath.Join("testdata", tt.golden), []byte(got.stdout))
	}
}

// helloCompiles stops the test early, with the compiler's own message, when
// testdata/hello.diag does not compile: the tests that need a working
// compile would otherwise fail with less telling messages.
func helloCompiles(t *testing.T) {
	t.Helper()
	_, err := diag.Compile("hello.diag", readTestdata(t, "hello.diag"), diag.Options{})
	if err != nil {
		t.Fatalf("testdata/hello.diag does not compile: %v", err)
	}
}
