package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
	fatal  bool
	msgs   []string
}

func (r *recorder) Helper()      {}
func (r *recorder) Name() string { return "TestSomething" }
func (r *recorder) Logf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.Logf(format, args...)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = true
	r.Errorf(format, args...)
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name      string
		golden    *string // nil: no golden file
		got       string
		svg       bool
		update    bool
		wantFail  bool
		wantInMsg string
		wantFile  string // content of the golden file afterwards
	}{
		{name: "equal", golden: ptr("a\nb\n"), got: "a\nb\n", wantFile: "a\nb\n"},
		{name: "differs", golden: ptr("a\nb\nc\n"), got: "a\nB\nc\n", wantFail: true,
			wantInMsg: "-", wantFile: "a\nb\nc\n"},
		{name: "missing", got: "x", wantFail: true, wantInMsg: "go test ./internal/golden -run 'TestSomething' -update", wantFile: ""},
		{name: "update writes", golden: ptr("old"), got: "new", update: true, wantFile: "new"},
		{name: "update creates", got: "new", update: true, wantFile: "new"},
		{name: "svg same font", svg: true,
			golden:   ptr(`<style>@font-face{src:url(data:font/ttf;base64,QUJD)}</style>`),
			got:      `<style>@font-face{src:url(data:font/ttf;base64,QUJD)}</style>`,
			wantFile: `<style>@font-face{src:url(data:font/ttf;base64,QUJD)}</style>`},
		{name: "svg font differs", svg: true,
			golden:    ptr("<style>\n@font-face{src:url(data:font/ttf;base64,QUJD)}\n</style>"),
			got:       "<style>\n@font-face{src:url(data:font/ttf;base64,QUJE)}\n</style>",
			wantFail:  true,
			wantInMsg: "sha256:",
			wantFile:  "<style>\n@font-face{src:url(data:font/ttf;base64,QUJD)}\n</style>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sub", "x.golden")
			if tt.golden != nil {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(*tt.golden), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var normalize func([]byte) []byte
			if tt.svg {
				normalize = HashFontData
			}
			r := &recorder{}
			check(r, path, []byte(tt.got), normalize, tt.update)
			if r.failed != tt.wantFail {
				t.Errorf("failed = %v, want %v; messages: %q", r.failed, tt.wantFail, r.msgs)
			}
			if all := strings.Join(r.msgs, "\n"); !strings.Contains(all, tt.wantInMsg) {
				t.Errorf("messages %q do not contain %q", all, tt.wantInMsg)
			}
			gotFile, _ := os.ReadFile(path)
			if diff := cmp.Diff(tt.wantFile, string(gotFile)); diff != "" {
				t.Errorf("golden file mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func ptr(s string) *string { return &s }

func TestHashFontData(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"no font here", "no font here"},
		{"src:url(data:font/ttf;base64,QUJD)", "src:url(data:font/ttf;base64,sha256:d9cae0dbdbf0)"},
		{"url('data:font/woff2;base64,QUJD==') format('woff2')",
			"url('data:font/woff2;base64,sha256:9a029a9e4db2') format('woff2')"},
		{"data:image/png;base64,QUJD", "data:image/png;base64,QUJD"},
		{"a(data:font/ttf;base64,QQ==) b(data:font/ttf;base64,Qg==)",
			"a(data:font/ttf;base64,sha256:ee0b13692453) b(data:font/ttf;base64,sha256:cf8fe9d410d7)"},
	}
	for _, tt := range tests {
		if got := string(HashFontData([]byte(tt.in))); got != tt.want {
			t.Errorf("HashFontData(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDiffIsByLine(t *testing.T) {
	d := Diff([]byte("one\ntwo\nthree"), []byte("one\n2\nthree"))
	// go-cmp's layout is deliberately unstable, so look for the changed
	// lines only by their sign and text.
	var removed, added []string
	for _, line := range strings.Split(d, "\n") {
		switch {
		case strings.HasPrefix(line, "-"):
			removed = append(removed, strings.TrimSpace(strings.TrimPrefix(line, "-")))
		case strings.HasPrefix(line, "+"):
			added = append(added, strings.TrimSpace(strings.TrimPrefix(line, "+")))
		}
	}
	if diff := cmp.Diff([]string{`"two",`}, removed); diff != "" {
		t.Errorf("removed lines mismatch (-want +got):\n%s\nfull diff:\n%s", diff, d)
	}
	if diff := cmp.Diff([]string{`"2",`}, added); diff != "" {
		t.Errorf("added lines mismatch (-want +got):\n%s\nfull diff:\n%s", diff, d)
	}
	if d := Diff([]byte("same"), []byte("same")); d != "" {
		t.Errorf("Diff of equal input = %q, want empty", d)
	}
}

func TestUpdatingFromEnvironment(t *testing.T) {
	t.Setenv("UPDATE_GOLDEN", "1")
	if !Updating() {
		t.Error("Updating() = false with UPDATE_GOLDEN=1")
	}
	t.Setenv("UPDATE_GOLDEN", "")
	if Updating() != *updateFlag {
		t.Errorf("Updating() = %v without UPDATE_GOLDEN, want the -update flag %v", Updating(), *updateFlag)
	}
}
