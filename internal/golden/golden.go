package golden

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/aiprep/diag/internal/atomicfile"
	"github.com/google/go-cmp/cmp"
)

var updateFlag = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Updating reports whether golden files are to be rewritten: the -update
// flag is set or UPDATE_GOLDEN=1 is in the environment.
func Updating() bool {
	return *updateFlag || os.Getenv("UPDATE_GOLDEN") == "1"
}

// Check compares got with the golden file at path and fails t with a line
// diff when they differ. When Updating, it writes got to path instead
// (creating folders as needed) and passes.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	check(t, path, got, nil, Updating())
}

// CheckSVG is Check for SVG text: embedded base64 font data
// (url(data:font/ttf;base64,...) and the like) is replaced by a short hash on
// both sides before comparing. The golden file itself keeps the real data,
// so it stays a working picture.
func CheckSVG(t testing.TB, path string, got []byte) {
	t.Helper()
	check(t, path, got, HashFontData, Updating())
}

// check does the work of Check and CheckSVG; normalize, when not nil, is
// applied to both sides before comparing.
func check(t testing.TB, path string, got []byte, normalize func([]byte) []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := atomicfile.Write(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		t.Logf("golden: wrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("golden file %s does not exist; create it with\n\tgo test %s -run '%s' -update\nor UPDATE_GOLDEN=1, then look at it before committing", path, packageDir(), t.Name())
		return
	}
	if err != nil {
		t.Fatalf("golden: %v", err)
		return
	}
	if normalize != nil {
		want, got = normalize(want), normalize(got)
	}
	if diff := Diff(want, got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s\nrun with -update or UPDATE_GOLDEN=1 to accept the new output", path, diff)
	}
}

// Diff returns a line-by-line difference of want and got, or "" when they
// are equal.
func Diff(want, got []byte) string {
	if string(want) == string(got) {
		return ""
	}
	return cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n"))
}

// fontData matches base64 font data in a data URL, capturing the media
// type, e.g. "data:font/ttf;base64,AAEAAA...".
var fontData = regexp.MustCompile(`data:(font/[A-Za-z0-9.+-]+|application/(?:x-)?font-[A-Za-z0-9.+-]+);base64,[A-Za-z0-9+/=]+`)

// HashFontData replaces each run of base64 font data in src by
// "sha256:" and the first 12 hex digits of its hash, keeping the media
// type, so that a font change still shows as a one-line difference.
func HashFontData(src []byte) []byte {
	return fontData.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := fontData.FindSubmatch(m)
		comma := strings.IndexByte(string(m), ',')
		sum := sha256.Sum256(m[comma+1:])
		return fmt.Appendf(nil, "data:%s;base64,sha256:%s", sub[1], hex.EncodeToString(sum[:6]))
	})
}

// packageDir returns the folder of the test being run (its working folder)
// relative to the module root, as "./path/to/pkg", or "." when it cannot
// tell.
func packageDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			rel, err := filepath.Rel(dir, wd)
			if err != nil || rel == "." {
				return "."
			}
			return "./" + filepath.ToSlash(rel)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "."
		}
		dir = parent
	}
}
