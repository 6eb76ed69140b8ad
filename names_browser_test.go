package diag_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/internal/browsertest"
)

// TestBrowserNamesKeepStyles shows in Chromium the picture of one source
// compiled under file names that are not CSS identifiers as they stand,
// and checks that each looks the same as under a plain name: its style
// sheet applies, where invalid selectors would leave shapes filled black.
func TestBrowserNamesKeepStyles(t *testing.T) {
	ctx := browsertest.Start(t, 90*time.Second)
	src := []byte(namedSource)
	dir := t.TempDir()
	files := 0
	write := func(name string) string {
		t.Helper()
		out, err := diag.Compile(name, src, diag.Options{Static: true})
		if err != nil {
			t.Fatalf("Compile(%q): %v", name, err)
		}
		files++
		path := filepath.Join(dir, fmt.Sprintf("%d.svg", files))
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	shot := func(path string) []byte {
		t.Helper()
		openPage(t, ctx, fmt.Sprintf(`<img id="a" src="file://%s">`, path))
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.images[0].decode().then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
			t.Fatalf("image %s: %v", path, err)
		}
		png, err := chromedp.Run(ctx, chromedp.Screenshot("#a"))
		if err != nil {
			t.Fatalf("screenshot of %s: %v", path, err)
		}
		return png
	}
	plain := shot(write("hello.diag"))
	for _, name := range []string{"2024-hello.diag", "-1x.diag", "--x.diag"} {
		got := shot(write(name))
		if diff, err := pixelDiff(plain, got); err != nil || diff > 0.001 {
			t.Errorf("%s: the picture differs from the one of hello.diag in %.1f%% of its pixels (%v)", name, 100*diff, err)
		}
	}
}
