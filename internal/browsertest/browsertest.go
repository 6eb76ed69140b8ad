// Package browsertest starts the headless Chromium that diag's browser
// tests run in: the animation agreement test, the font test and the study
// site test.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path returns the path of a Chromium-like browser on PATH, or "".
func Path() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start starts a headless Chromium for the test and returns its browser
// context, which lives until the test ends or timeout passes. flags add to
// chromedp's default options. Without a browser the test is skipped, or
// failed when CI=true: CI must run every browser test.
func Start(t testing.TB, timeout time.Duration, flags ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	path := Path()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found; CI must run the browser tests")
		}
		t.Skip("no Chromium found")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.Flag("disable-background-networking", true),
	)
	opts = append(opts, flags...)
	life, cancelLife := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancelLife)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(life, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	// Start the browser now, so that a browser that cannot run fails here
	// rather than in the first step of the test.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}
