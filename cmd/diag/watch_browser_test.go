package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/internal/browsertest"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// watchSheet is the curriculum sheet the watch test edits, and the text
// of it that each edit replaces.
const (
	watchSheet = "../../curriculum/4-deep-learning/attention.diag"
	watchTitle = `"One attention head, e.g. n = 8 tokens`
)

// shotsDir returns the folder for screenshots: $DIAG_ARTIFACTS or a
// temporary folder.
func shotsDir(t *testing.T) string {
	dir := os.Getenv("DIAG_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startWatch runs diag watch on path in this process and returns the
// address it prints; the server stops when the test ends.
func startWatch(t *testing.T, path string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan int, 1)
	c := &cli{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, cmd: watchCommand}
	go func() { done <- c.watch(ctx, path, 0, false, diag.Limits{}, func(u string) { urls <- u }) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != exitOK {
			t.Errorf("diag watch ended with %d", code)
		}
	})
	select {
	case u := <-urls:
		return u
	case code := <-done:
		t.Fatalf("diag watch ended with %d before it listened", code)
	case <-time.After(10 * time.Second):
		t.Fatal("diag watch did not listen within 10 s")
	}
	return ""
}

// TestBrowserWatch opens diag watch's page of a curriculum sheet in
// Chromium and edits the sheet: an edit appears without a reload, keeping
// the zoom and the animation's time; an error appears above the last good
// picture and clears with the fix; names outside the watched files are
// refused; and it measures the time from a save to the new picture on
// screen.
func TestBrowserWatch(t *testing.T) {
	sheet, err := os.ReadFile(watchSheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{watchTitle, "direction right {"} {
		if !strings.Contains(string(sheet), text) {
			t.Fatalf("%s no longer holds %s; pick another text to edit", watchSheet, text)
		}
	}
	base := t.TempDir()
	dir := filepath.Join(base, "diagrams")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(base, "secret.diag"), []byte("title \"top secret\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(base, "secret.diag"), filepath.Join(dir, "link.diag")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "attention.diag")
	version := 0
	// save writes the sheet with its title edited, as an editor saves: a
	// temporary file renamed over the old one. It returns the time of the
	// rename in milliseconds since the epoch.
	save := func(text string) float64 {
		t.Helper()
		tmp := filepath.Join(dir, ".attention.diag.swp")
		if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		at := float64(time.Now().UnixMicro()) / 1000
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
		version++
		return at
	}
	edit := func(marker string) string {
		return strings.Replace(string(sheet), watchTitle, `"`+marker+`: one attention head`, 1)
	}
	save(edit("Edit 0"))

	base0 := startWatch(t, dir)
	page := base0 + "view/attention.diag"
	shots := shotsDir(t)

	browserCtx := browsertest.Start(t, 120*time.Second, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()))
	tabCtx, cancel := chromedp.NewContext(browserCtx)
	defer cancel()
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(tabCtx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, expr string) any {
		t.Helper()
		v, err := chromedp.Run(tabCtx, chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	wait := func(what, expr string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(tabCtx, 10*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(5*time.Millisecond))); err != nil {
			state, _ := chromedp.Run(tabCtx, chromedp.Evaluate[string](`JSON.stringify(document.body.dataset) + " " + document.querySelector("#status").textContent`))
			t.Fatalf("waiting until %s (%s): %v; page: %s", what, expr, err, state)
		}
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(tabCtx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, "watch-"+name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	shownVersion := func(v int) string {
		return fmt.Sprintf(`document.body.dataset.shown === "%d"`, v)
	}
	canvasHas := func(text string) string {
		return fmt.Sprintf(`document.querySelector("#canvas").textContent.includes(%q)`, text)
	}

	run("open the page", chromedp.EmulateViewport(1440, 900), chromedp.Navigate(page))
	wait("the first picture", `document.body.dataset.shown === "1" && `+canvasHas("Edit 0"))
	eval("mark the page", `window.sameDocument = true`)

	// An edit appears, in the same document, at the zoom and animation
	// time the reader left.
	run("zoom in", chromedp.Click(chromedp.ID("zoom-in")))
	run("pause", chromedp.Click(chromedp.ID("play")))
	eval("seek", `document.querySelector("#canvas svg").getAnimations({subtree: true}).forEach(a => a.currentTime = 2345)`)
	transform := eval("transform", `document.querySelector("#canvas").style.transform`)
	save(edit("Edit 1"))
	wait("the edit", shownVersion(version)+" && "+canvasHas("Edit 1"))
	if got := eval("same document", `window.sameDocument === true && !document.querySelector("#canvas").textContent.includes("Edit 0")`); got != true {
		t.Errorf("the page reloaded or kept the old picture")
	}
	if got := eval("transform", `document.querySelector("#canvas").style.transform`); got != transform {
		t.Errorf("the zoom changed with the edit: %v, want %v", got, transform)
	}
	times := eval("times", `document.querySelector("#canvas svg").getAnimations({subtree: true}).map(a => [a.playState, Math.round(a.currentTime)])`)
	list, _ := times.([]any)
	if len(list) == 0 {
		t.Errorf("the new picture has no animations")
	}
	for _, a := range list {
		if s := fmt.Sprint(a); s != "[paused 2345]" {
			t.Errorf("after the edit an animation is %s, want [paused 2345]", s)
			break
		}
	}
	run("play", chromedp.Click(chromedp.ID("play")))
	run("fit", chromedp.Click(chromedp.ID("fit")))
	shot("edit")

	// An error appears with its caret, over the last good picture, and
	// clears with the fix.
	bad := strings.Replace(edit("Edit 2"), "direction right {", "direction rigth {", 1)
	save(bad)
	wait("the error", shownVersion(version)+` && !document.querySelector("#error").hidden`)
	errText, _ := eval("error text", `document.querySelector("#error-text").textContent`).(string)
	if !strings.Contains(errText, `attention.diag:4:80:`) || !strings.Contains(errText, `unknown direction "rigth"`) || !strings.Contains(errText, "^") || !strings.Contains(errText, "hint:") {
		t.Errorf("the page shows the error %q, want the position, the caret and the hint", errText)
	}
	if got := eval("last good picture", canvasHas("Edit 1")+` && !`+canvasHas("Edit 2")); got != true {
		t.Errorf("the last good picture is not kept under the error")
	}
	shot("error")
	run("dark", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
		})
		return err
	}))
	shot("error-dark")
	save(edit("Edit 3"))
	wait("the fix", shownVersion(version)+` && document.querySelector("#error").hidden && `+canvasHas("Edit 3"))
	shot("fixed-dark")

	// Names outside the watched files are refused, however they are
	// spelled; the browser would resolve a plain "..", so the page asks
	// with fetch and escapes.
	for _, p := range []string{
		"/view/%2e%2e/secret.diag",
		"/svg/%2E%2E/secret.diag",
		"/svg/..%2fsecret.diag",
		"/svg/%2fetc%2fpasswd.diag",
		"/svg/link.diag",
		"/events/link.diag",
		"/svg/" + filepath.ToSlash(filepath.Join(base, "secret.diag")),
	} {
		// The browser resolves %2e%2e as "..", so some of these arrive
		// as a request for a route that does not exist: 404.
		got := eval("fetch "+p, fmt.Sprintf(`fetch(%q).then(async r => [r.status === 403 || r.status === 404, (await r.text()).includes("secret")])`, p))
		if fmt.Sprint(got) != "[true false]" {
			t.Errorf("fetch %s = %v, want [true false]: refused, and the secret not served", p, got)
		}
	}
	run("open a traversal", chromedp.Navigate(base0+"svg/..%2fsecret.diag"))
	if got := eval("refused page", `document.body.textContent`); !strings.Contains(fmt.Sprint(got), "serves only the watched") {
		t.Errorf("the browser got %q for an escaped traversal", got)
	}

	// On a phone the bar wraps, and the zoom buttons stay.
	run("phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Navigate(page))
	wait("the page on a phone", `document.body.dataset.shown !== undefined && `+canvasHas("Edit 3"))
	if got := eval("phone", `document.documentElement.scrollWidth <= innerWidth && ["#zoom-in", "#zoom-out", "#fit"].every(s => document.querySelector(s).checkVisibility())`); got != true {
		t.Errorf("on a phone the page overflows or hides its zoom buttons")
	}
	shot("phone-dark")
	run("laptop", chromedp.EmulateViewport(1440, 900))

	// From a save to the new picture on screen.
	run("back to the page", chromedp.Navigate(page))
	wait("the page again", `document.body.dataset.shown !== undefined && `+canvasHas("Edit 3"))
	var lat, server []float64
	for i := range 10 {
		marker := fmt.Sprintf("Latency %d", i)
		at := save(edit(marker))
		wait("save "+marker, shownVersion(version)+" && "+canvasHas(marker))
		times, _ := eval("shown at", `[window.diagReceivedAt, window.diagShownAt]`).([]any)
		received, _ := times[0].(float64)
		shownAt, _ := times[1].(float64)
		lat = append(lat, shownAt-at)
		server = append(server, received-at)
	}
	slices.Sort(server)
	t.Logf("save to message in the page: median %.1f ms", (server[4]+server[5])/2)
	slices.Sort(lat)
	median := (lat[4] + lat[5]) / 2
	t.Logf("save to picture on screen, %s (%d bytes), 10 saves: median %.1f ms, min %.1f ms, max %.1f ms", filepath.Base(watchSheet), len(sheet), median, lat[0], lat[9])
	// The target is 100 ms; a loaded two-core CI machine gets room.
	if median > 1000 {
		t.Errorf("median save-to-picture time %.0f ms, want well under 1 s (target 100 ms)", median)
	}
	for _, l := range lat {
		if l <= 0 {
			t.Errorf("a picture was on screen %.1f ms before its save: the measure is wrong (%v)", l, lat)
			break
		}
	}
}
