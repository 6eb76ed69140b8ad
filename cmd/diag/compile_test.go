package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// TestCompileOutputs covers where compile writes its pictures. It needs the
// real compiler.
func TestCompileOutputs(t *testing.T) {
	helloCompiles(t)
	tests := []struct {
		name      string
		args      []string
		stdin     string
		wantCode  int
		wantSVGIn string   // "stdout", or a file under the folder that must hold an SVG
		wantFiles []string // the folder afterwards, sorted
		wantErr   string   // substring of stderr; "" means stderr must be empty
	}{
		{name: "beside the input", args: []string{"compile", "$D/hello.diag"},
			wantSVGIn: "hello.svg", wantFiles: withFiles("hello.svg")},
		{name: "-o before file", args: []string{"compile", "-o", "$D/pic.svg", "$D/hello.diag"},
			wantSVGIn: "pic.svg", wantFiles: withFiles("pic.svg")},
		{name: "-o after file", args: []string{"compile", "$D/hello.diag", "-o", "$D/pic.svg"},
			wantSVGIn: "pic.svg", wantFiles: withFiles("pic.svg")},
		{name: "--o= after file", args: []string{"compile", "$D/hello.diag", "--o=$D/pic.svg"},
			wantSVGIn: "pic.svg", wantFiles: withFiles("pic.svg")},
		{name: "-o - writes stdout", args: []string{"compile", "$D/hello.diag", "-o", "-"},
			wantSVGIn: "stdout", wantFiles: initialFiles},
		{name: "stdin to stdout", args: []string{"compile", "-"}, stdin: string(readTestdata(t, "hello.diag")),
			wantSVGIn: "stdout", wantFiles: initialFiles},
		{name: "stdin to file", args: []string{"compile", "-", "-o", "$D/pic.svg"}, stdin: string(readTestdata(t, "hello.diag")),
			wantSVGIn: "pic.svg", wantFiles: withFiles("pic.svg")},
		{name: "several files beside their inputs", args: []string{"compile", "$D/hello.diag", "$D/other.diag"},
			wantSVGIn: "other.svg", wantFiles: withFiles("hello.svg", "other.svg")},
		{name: "-d with flags after files", args: []string{"compile", "$D/hello.diag", "$D/other.diag", "-d", "$D/out", "--no-font"},
			wantSVGIn: "out/other.svg", wantFiles: withFiles("out")},
		{name: "still frame", args: []string{"compile", "--frame", "1s", "$D/hello.diag", "--static"},
			wantSVGIn: "hello.svg", wantFiles: withFiles("hello.svg")},
		{name: "frame in plain seconds", args: []string{"compile", "$D/hello.diag", "--frame=0.5"},
			wantSVGIn: "hello.svg", wantFiles: withFiles("hello.svg")},
		{name: "good and bad files", args: []string{"compile", "$D/hello.diag", "$D/bad.diag", "-d", "$D/out"},
			wantCode: 1, wantSVGIn: "out/hello.svg", wantFiles: withFiles("out"), wantErr: "bad.diag"},
		{name: "check writes nothing", args: []string{"check", "$D/hello.diag", "$D/other.diag"},
			wantFiles: initialFiles},
		{name: "check reads stdin", args: []string{"check", "-"}, stdin: string(readTestdata(t, "hello.diag")),
			wantFiles: initialFiles},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := setupDir(t)
			got := runDiag(t, dir, tt.stdin, tt.args...)
			if got.code != tt.wantCode {
				t.Fatalf("run(%q) = %d, want %d\nstderr:\n%s", tt.args, got.code, tt.wantCode, got.stderr)
			}
			if tt.wantErr == "" && got.stderr != "" {
				t.Errorf("run(%q) printed to stderr:\n%s", tt.args, got.stderr)
			}
			if !strings.Contains(got.stderr, tt.wantErr) {
				t.Errorf("run(%q) stderr does not contain %q:\n%s", tt.args, tt.wantErr, got.stderr)
			}
			if diff := cmp.Diff(tt.wantFiles, filetree.Names(t, dir)); diff != "" {
				t.Errorf("run(%q) folder mismatch (-want +got):\n%s", tt.args, diff)
			}
			switch tt.wantSVGIn {
			case "":
				if got.stdout != "" {
					t.Errorf("run(%q) printed to stdout:\n%.200s", tt.args, got.stdout)
				}
			case "stdout":
				checkSVG(t, "stdout", []byte(got.stdout))
			default:
				b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tt.wantSVGIn)))
				if err != nil {
					t.Fatal(err)
				}
				checkSVG(t, tt.wantSVGIn, b)
				if got.stdout != "" {
					t.Errorf("run(%q) printed to stdout:\n%.200s", tt.args, got.stdout)
				}
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "bad.svg")); string(b) != goodSVG {
				t.Errorf("run(%q) changed bad.svg to %q", tt.args, b)
			}
		})
	}
}

// TestCompileOptions checks that the flags reach the compiler: --no-font
// drops the embedded font, --frame drops the animation.
func TestCompileOptions(t *testing.T) {
	helloCompiles(t)
	dir := setupDir(t)
	compile := func(args ...string) string {
		t.Helper()
		got := runDiag(t, dir, "", append([]string{"compile", "$D/hello.diag", "-o", "-"}, args...)...)
		if got.code != 0 {
			t.Fatalf("compile %q = %d; stderr:\n%s", args, got.code, got.stderr)
		}
		return got.stdout
	}
	plain, noFont, still := compile(), compile("--no-font"), compile("--frame", "1s")
	if !strings.Contains(plain, "base64,") {
		t.Errorf("compile without --no-font embeds no font data")
	}
	if strings.Contains(noFont, "data:font/") {
		t.Errorf("compile --no-font still embeds font data")
	}
	if !strings.Contains(plain, "@keyframes") {
		t.Errorf("compile of an animated diagram has no @keyframes")
	}
	if strings.Contains(still, "@keyframes") {
		t.Errorf("compile --frame 1s still animates")
	}
}

// withFiles returns the names setupDir creates plus names, sorted.
func withFiles(names ...string) []string {
	all := append(append([]string(nil), initialFiles...), names...)
	slices.Sort(all)
	return all
}

// checkSVG fails the test unless b looks like a complete SVG document.
func checkSVG(t *testing.T, where string, b []byte) {
	t.Helper()
	s := strings.TrimSpace(string(b))
	if !strings.Contains(s, "<svg") || !strings.HasSuffix(s, "</svg>") {
		t.Errorf("%s does not hold a complete SVG: %.200q", where, s)
	}
}

// TestErrorsPrintable checks that nothing from a file name or a source
// reaches the terminal raw, and that a very long source line gives a short
// report.
func TestErrorsPrintable(t *testing.T) {
	dir := t.TempDir()
	esc := "\x1b]0;pwned\x07\x1b[2J"
	long := "graph g {\n " + strings.Repeat("a ", 100000) + "@\n}\n"
	filetree.Write(t, dir, map[string]string{
		"bad" + esc + ".diag": "title \"" + esc + "\"\ngraph g { a }\n",
		"long.diag":           long,
	})
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"missing file", []string{"compile", "$D/no" + esc + ".diag"}, `no\x1b]0;pwned\x07\x1b[2J.diag`},
		{"error in a string", []string{"compile", "$D/bad" + esc + ".diag"}, `bad\x1b]0;pwned\x07\x1b[2J.diag:1:8: control character U+001B in string`},
		{"check", []string{"check", "$D/bad" + esc + ".diag"}, `title "\x1b]0;pwned\x07\x1b[2J"`},
		{"bidi in a name", []string{"compile", "$D/\u202egnp.diag"}, `\u202egnp.diag`},
		{"long line", []string{"compile", "$D/long.diag"}, "a a a @\n"},
		{"usage error", []string{"compile", "$D/a" + esc + ".diag", "$D/b.diag", "-o", "$D/x.svg"}, "-o takes one input file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runDiag(t, dir, "", tt.args...)
			if got.code == 0 {
				t.Fatalf("diag %q succeeded", tt.args)
			}
			if strings.ContainsFunc(got.stderr, func(r rune) bool {
				return r != '\n' && unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
			}) {
				t.Errorf("diag %q printed a raw control character: %q", tt.args, got.stderr)
			}
			if !strings.Contains(got.stderr, tt.want) {
				t.Errorf("diag %q stderr does not contain %q:\n%s", tt.args, tt.want, got.stderr)
			}
			if len(got.stderr) > 1000 {
				t.Errorf("diag %q printed %d bytes to stderr, want at most 1000", tt.args, len(got.stderr))
			}
		})
	}
}

func TestPrintableWriter(t *testing.T) {
	var b strings.Builder
	in := "a\x1b[2J\nb\u202e\n\nc\td\n"
	n, err := printableWriter{&b}.Write([]byte(in))
	if err != nil || n != len(in) {
		t.Errorf("Write(%q) = %d, %v; want %d, nil", in, n, err, len(in))
	}
	if want := `a\x1b[2J` + "\n" + `b\u202e` + "\n\n" + `c\x09d` + "\n"; b.String() != want {
		t.Errorf("Write(%q) wrote %q, want %q", in, b.String(), want)
	}
}
