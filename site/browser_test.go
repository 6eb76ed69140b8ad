package site

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/browsertest"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
)

// artifacts returns the folder for screenshots: $DIAG_ARTIFACTS or a
// temporary folder.
func artifacts(t *testing.T) string {
	dir := os.Getenv("DIAG_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// pageLog collects what a tab reports: console errors, exceptions and
// requests.
type pageLog struct {
	mu       sync.Mutex
	errors   []string
	requests []string
	failed   []string
}

func (l *pageLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		l.errors = append(l.errors, fmt.Sprintf("exception: %s (%s:%d)", msg, d.URL, d.LineNumber))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			l.errors = append(l.errors, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(parts, " ")))
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
			l.errors = append(l.errors, fmt.Sprintf("log %s: %s %s", ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
		}
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, ev.Request.URL)
	case *network.EventLoadingFailed:
		l.failed = append(l.failed, fmt.Sprintf("%s %s", ev.ErrorText, ev.BlockedReason))
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			l.failed = append(l.failed, fmt.Sprintf("%d %s", ev.Response.Status, ev.Response.URL))
		}
	}
}

// check fails the test for any console error, failed request, or request
// to a place other than the site's own.
func (l *pageLog) check(t *testing.T, allowed func(u *url.URL) bool) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range l.errors {
		t.Errorf("page reported %s", e)
	}
	for _, f := range l.failed {
		t.Errorf("request failed: %s", f)
	}
	if len(l.requests) < 5 {
		t.Errorf("saw %d requests, want the page, its styles, script, thumbnails and diagrams: %v", len(l.requests), l.requests)
	}
	for _, r := range l.requests {
		u, err := url.Parse(r)
		if err != nil || !(u.Scheme == "data" || allowed(u)) {
			t.Errorf("request to %s outside the site", r)
		}
	}
}

func TestBrowser(t *testing.T) {
	out, _ := buildFake(t)
	shots := artifacts(t)

	browserCtx := browsertest.Start(t, 90*time.Second,
		chromedp.DisableGPU,
		chromedp.Flag("hide-scrollbars", false),
		chromedp.UserDataDir(t.TempDir()),
	)

	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	srvURL, _ := url.Parse(srv.URL)

	t.Run("file", func(t *testing.T) {
		index := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(out, "index.html"))}).String()
		checkSite(t, browserCtx, index, filepath.Join(shots, "file-"), func(u *url.URL) bool {
			return u.Scheme == "file" && strings.HasPrefix(u.Path, filepath.ToSlash(out)+"/")
		})
	})
	t.Run("http", func(t *testing.T) {
		checkSite(t, browserCtx, srv.URL+"/index.html", shots+string(filepath.Separator), func(u *url.URL) bool {
			return u.Scheme == "http" && u.Host == srvURL.Host
		})
	})
}

// checkSite runs the learner's path through the site in a new tab. It saves
// screenshots to file names that start with shots.
func checkSite(t *testing.T, browserCtx context.Context, index, shots string, allowed func(*url.URL) bool) {
	tabCtx, cancel := chromedp.NewContext(browserCtx)
	defer cancel()
	var plog pageLog
	if err := chromedp.Listen(tabCtx, plog.listen); err != nil {
		t.Fatal(err)
	}
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(tabCtx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, expr string) any {
		t.Helper()
		v, err := chromedp.Run(tabCtx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	wait := func(what, expr string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(tabCtx, 10*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
			if png, err := chromedp.Run(tabCtx, chromedp.CaptureScreenshot()); err == nil {
				os.WriteFile(shots+"failed.png", png, 0o644)
			}
			state, _ := chromedp.Run(tabCtx, chromedp.Evaluate[string](`location.href + " open=" + document.querySelector("#viewer").open + " focus=" + (document.activeElement && document.activeElement.outerHTML.slice(0, 80)) + " scrollY=" + scrollY`))
			t.Logf("page state: %s", state)
			plog.mu.Lock()
			t.Logf("page errors so far: %q", plog.errors)
			plog.mu.Unlock()
			t.Fatalf("waiting until %s (%s): %v", what, expr, err)
		}
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(tabCtx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(shots+name+".png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// click clicks an element once it stands still. The element is
	// scrolled to the middle at once, not smoothly, and the page must hold
	// it in place for 150 ms: layout settling after a filter or a change
	// of media would otherwise move it between press and release, and the
	// browser would drop the click.
	click := func(what, sel string) {
		t.Helper()
		eval(what+": scroll", fmt.Sprintf(`document.querySelector(%q).scrollIntoView({block: "center", behavior: "instant"})`, sel))
		wait(what+": element still", fmt.Sprintf(`(() => { const top = document.querySelector(%q).getBoundingClientRect().top, now = performance.now(); if (window.testLastTop !== top) { window.testLastTop = top; window.testStillSince = now; } return now - window.testStillSince >= 150; })()`, sel))
		run(what, chromedp.Click(chromedp.CSS(sel)))
	}
	shown := `(document.querySelector("#viewer").open && document.querySelector("#v-canvas > svg > title") || {}).textContent`
	waitShown := func(id string) {
		t.Helper()
		wait("the viewer shows "+id, fmt.Sprintf(`%s === %q && location.hash === "#%s"`, shown, id, id))
	}

	run("open the index", chromedp.EmulateViewport(1440, 900), chromedp.Navigate(index))
	wait("the page script ran", `document.querySelector("#overall-count").textContent === "0 / 4"`)

	// Layers in order, tiles in manifest order.
	var wantLayers []any
	for _, l := range curriculum.Layers() {
		wantLayers = append(wantLayers, fmt.Sprintf("Layer %d: %s", l.Number, l.Name))
	}
	gotLayers := eval("layers", `[...document.querySelectorAll(".layer h2")].map(h => h.textContent)`)
	if diff := cmp.Diff(wantLayers, gotLayers); diff != "" {
		t.Errorf("layers mismatch (-want +got):\n%s", diff)
	}
	var wantTiles []any
	for _, e := range curriculum.Entries() {
		wantTiles = append(wantTiles, e.Title)
	}
	gotTiles := eval("tiles", `[...document.querySelectorAll(".tile h3")].map(h => h.textContent)`)
	if diff := cmp.Diff(wantTiles, gotTiles); diff != "" {
		t.Errorf("tiles mismatch (-want +got):\n%s", diff)
	}
	if got := eval("coming soon", `document.querySelectorAll(".tile.soon").length`); got != float64(64) {
		t.Errorf("coming soon tiles = %v, want 64", got)
	}
	if got := eval("soon tiles open nothing", `document.querySelectorAll(".tile.soon a, .tile.soon button, .tile.soon [tabindex]").length`); got != float64(0) {
		t.Errorf("coming soon tiles hold %v links or buttons, want 0", got)
	}
	// Thumbnails load lazily; ask for all of them, then check each is a picture.
	eval("load thumbnails", `document.querySelectorAll(".tile img").forEach(i => i.loading = "eager")`)
	wait("thumbnails loaded", `[...document.querySelectorAll(".tile img")].every(i => i.complete && i.naturalWidth > 0)`)
	// Each thumbnail shows the whole picture inside its frame, tall or wide.
	fits := `[...document.querySelectorAll(".tile img")].filter(i => { const r = i.getBoundingClientRect(), f = i.parentElement.getBoundingClientRect(); return r.left < f.left - 0.5 || r.right > f.right + 0.5 || r.top < f.top - 0.5 || r.bottom > f.bottom + 0.5 || r.width > f.width * 1.001; }).map(i => i.alt)`
	if got := eval("thumbnails fit", fits); !cmp.Equal(got, []any{}) {
		t.Errorf("thumbnails overflow their frames: %v", got)
	}

	// From the filter, Tab reaches the first authored tile, with a visible
	// focus ring; the next Tab reaches its "studied" toggle.
	// Scroll so that the tile hides under the sticky bar first.
	eval("scroll the tile under the bar", `scrollTo({top: document.querySelector('.tile[data-id="bias-variance"]').getBoundingClientRect().top + scrollY - 20, behavior: "instant"})`)
	run("focus the filter", chromedp.Focus(chromedp.ID("filter")))
	run("tab", chromedp.KeyEvent("\t"))
	if got := eval("focused tile", `[document.activeElement.closest(".tile")?.dataset.id, document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle]`); !cmp.Equal(got, []any{"bias-variance", "open", "solid"}) {
		t.Errorf("after Tab from the filter, focus = %v, want [bias-variance open solid]", got)
	}
	if got := eval("focus not under the bar", `document.activeElement.getBoundingClientRect().top >= document.querySelector("#bar").getBoundingClientRect().bottom`); got != true {
		t.Errorf("the focused tile is hidden under the sticky bar")
	}
	shot("focus")
	eval("back to the top", `scrollTo({top: 0, behavior: "instant"})`)
	run("tab", chromedp.KeyEvent("\t"))
	if got := eval("focused toggle", `[document.activeElement.closest(".tile")?.dataset.id, document.activeElement.className]`); !cmp.Equal(got, []any{"bias-variance", "study"}) {
		t.Errorf("after a second Tab, focus = %v, want [bias-variance study]", got)
	}

	// Laptop and phone: nothing overflows sideways.
	noOverflow := `document.documentElement.scrollWidth <= window.innerWidth`
	if got := eval("overflow at 1440", noOverflow); got != true {
		t.Errorf("page overflows horizontally at 1440×900")
	}
	shot("laptop")
	run("wide viewport", chromedp.EmulateViewport(2560, 1440))
	wait("wide layout", `window.innerWidth === 2560`)
	if got := eval("overflow at 2560", noOverflow); got != true {
		t.Errorf("page overflows horizontally at 2560×1440")
	}
	shot("wide")
	run("phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	wait("phone layout", `window.innerWidth === 390`)
	if got := eval("overflow at 390", noOverflow); got != true {
		t.Errorf("page overflows horizontally at 390×844: scrollWidth %v", eval("width", `document.documentElement.scrollWidth`))
	}
	shot("phone")
	click("open on phone", `.tile[data-id="attention"] .open`)
	waitShown("attention")
	if got := eval("overflow of the viewer at 390", noOverflow+` && document.querySelector(".v-head").scrollWidth <= window.innerWidth`); got != true {
		t.Errorf("viewer overflows horizontally at 390×844")
	}
	shot("phone-diagram")
	run("close on phone", chromedp.KeyEvent(kb.Escape))
	wait("the viewer closed", `!document.querySelector("#viewer").open`)
	run("laptop viewport", chromedp.EmulateViewport(1440, 900))
	wait("laptop layout", `window.innerWidth === 1440`)

	// A mouse click on a tile whose top hides under the sticky bar opens
	// it: the page must not scroll between the press and the release, or
	// the click would be lost.
	// Aim just below the bar, with the tile's upper half hidden under it.
	eval("tile half under the bar", `(() => { const r = document.querySelector('.tile[data-id="bias-variance"] .open').getBoundingClientRect(), bar = document.querySelector("#bar").getBoundingClientRect().bottom; scrollBy({top: r.top + r.height / 2 - bar - 4, behavior: "instant"}); })()`)
	xy, _ := eval("visible part of the tile", `(() => { const r = document.querySelector('.tile[data-id="bias-variance"] .open').getBoundingClientRect(), bar = document.querySelector("#bar").getBoundingClientRect().bottom; return [r.left + r.width / 2, bar + 4, r.top < bar]; })()`).([]any)
	if len(xy) != 3 || xy[2] != true {
		t.Fatalf("could not place the tile under the bar: %v", xy)
	}
	run("click a tile under the bar", chromedp.MouseClickXY(xy[0].(float64), xy[1].(float64)))
	waitShown("bias-variance")
	run("close", chromedp.KeyEvent(kb.Escape))
	wait("the viewer closed", `!document.querySelector("#viewer").open && location.hash === ""`)

	// A click opens the right diagram, inlined.
	click("click a tile", `.tile[data-id="bias-variance"] .open`)
	waitShown("bias-variance")
	if got := eval("inline svg", `document.querySelectorAll("#v-canvas svg").length === 1 && !document.querySelector("#v-canvas img")`); got != true {
		t.Errorf("viewer does not hold one inline <svg>")
	}
	if got := eval("caption", `document.querySelector("#v-canvas").textContent.includes("Step 1 · the caption of bias-variance")`); got != true {
		t.Errorf("viewer lacks the step caption")
	}
	if got := eval("kicker", `document.querySelector("#v-kicker").textContent + " | " + document.querySelector("#v-title").textContent`); got != "AI Interview Prep · Layer 1 · Foundations | Bias–Variance Tradeoff" {
		t.Errorf("viewer header = %q", got)
	}
	// The diagram fits the stage.
	if got := eval("fit", `(() => { const s = document.querySelector("#v-stage").getBoundingClientRect(), d = document.querySelector("#v-canvas svg").getBoundingClientRect(); return d.left >= s.left - 1 && d.right <= s.right + 1 && d.top >= s.top - 1 && d.bottom <= s.bottom + 1 && d.width > s.width * 0.5; })()`); got != true {
		t.Errorf("diagram does not fit the stage")
	}

	// Pause stops every animation; replay starts them again.
	anims := `document.getAnimations()`
	if got := eval("running", anims+`.length >= 2 && `+anims+`.every(a => a.playState === "running")`); got != true {
		t.Errorf("animations not running after open: %v", eval("states", anims+`.map(a => a.playState)`))
	}
	click("pause", "#v-play")
	if got := eval("paused", anims+`.length >= 2 && `+anims+`.every(a => a.playState === "paused")`); got != true {
		t.Errorf("after pause, animations = %v; want all paused", eval("states", anims+`.map(a => a.playState)`))
	}
	if got := eval("play label", `document.querySelector("#v-play").getAttribute("aria-label")`); got != "Play" {
		t.Errorf("after pause, the play button says %q, want Play", got)
	}
	click("replay", "#v-replay")
	if got := eval("replayed", anims+`.every(a => a.playState === "running" && a.currentTime < 1000)`); got != true {
		t.Errorf("after replay, animations = %v; want running from the start", eval("states", anims+`.map(a => [a.playState, a.currentTime])`))
	}

	// Zoom buttons and wheel change the scale; fit restores it.
	scale := `new DOMMatrix(getComputedStyle(document.querySelector("#v-canvas")).transform).a`
	before := eval("scale", scale)
	click("zoom in", "#v-zoom-in")
	if got := eval("zoomed", scale+` > `+fmt.Sprint(before)); got != true {
		t.Errorf("zoom in did not enlarge the diagram")
	}
	click("fit", "#v-fit")
	if got := eval("fitted", scale); got != before {
		t.Errorf("fit gave scale %v, want %v", got, before)
	}
	// Ctrl and the wheel (a touchpad's pinch) zoom around the pointer;
	// the wheel alone scrolls; a drag pans.
	eval("wheel", `document.querySelector("#v-stage").dispatchEvent(new WheelEvent("wheel", {deltaY: -30, ctrlKey: true, clientX: 700, clientY: 450, bubbles: true, cancelable: true}))`)
	if got := eval("wheel zoomed", scale+` > `+fmt.Sprint(before)); got != true {
		t.Errorf("Ctrl and the wheel did not zoom in")
	}
	zoomed := eval("scale", scale)
	lift := `new DOMMatrix(getComputedStyle(document.querySelector("#v-canvas")).transform).f`
	y0, _ := eval("scroll start", lift).(float64)
	eval("scroll", `document.querySelector("#v-stage").dispatchEvent(new WheelEvent("wheel", {deltaY: 100, clientX: 700, clientY: 450, bubbles: true, cancelable: true}))`)
	if y1, _ := eval("scroll end", lift).(float64); y0-y1 < 99 || y0-y1 > 101 || eval("scale after scroll", scale) != zoomed {
		t.Errorf("a wheel scroll of 100 px moved the diagram up by %v px and changed the zoom from %v to %v; want 100 px and no zoom", y0-y1, zoomed, eval("scale", scale))
	}
	shift := `new DOMMatrix(getComputedStyle(document.querySelector("#v-canvas")).transform).e`
	x0, _ := eval("pan start", shift).(float64)
	run("drag",
		chromedp.MouseEvent(chromedp.MousePressed, 700, 500, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, 750, 500, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, 820, 500, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseReleased, 820, 500, chromedp.ButtonLeft),
	)
	if x1, _ := eval("pan end", shift).(float64); x1-x0 < 100 || x1-x0 > 140 {
		t.Errorf("a drag of 120 px moved the diagram by %v px", x1-x0)
	}
	click("fit again", "#v-fit")
	shot("laptop-diagram")

	// ← and → walk the authored diagrams in curriculum order.
	run("next", chromedp.KeyEvent(kb.ArrowRight))
	waitShown("gradient-descent")
	run("next", chromedp.KeyEvent(kb.ArrowRight))
	waitShown("attention")
	run("previous", chromedp.KeyEvent(kb.ArrowLeft))
	waitShown("gradient-descent")
	click("next button", "#v-next")
	waitShown("attention")
	if got := eval("count", `document.querySelector("#v-count").textContent`); got != "3 / 4" {
		t.Errorf("viewer count = %q, want 3 / 4", got)
	}

	// Esc closes and gives focus back to the tile.
	run("escape", chromedp.KeyEvent(kb.Escape))
	wait("the viewer closed", `!document.querySelector("#viewer").open && location.hash === ""`)
	if got := eval("focus", `document.activeElement.closest(".tile")?.dataset.id`); got != "attention" {
		t.Errorf("after Esc, focus is on %v, want the attention tile", got)
	}
	// The keyboard opens a tile too.
	run("enter", chromedp.Focus(chromedp.CSS(`.tile[data-id="ai-governance"] .open`)), chromedp.KeyEvent(kb.Enter))
	waitShown("ai-governance")
	if got := eval("last", `document.querySelector("#v-next").disabled && !document.querySelector("#v-prev").disabled`); got != true {
		t.Errorf("on the last diagram, next should be disabled and previous enabled")
	}
	click("close button", "#v-close")
	wait("the viewer closed", `!document.querySelector("#viewer").open`)

	// A layer chip jumps to its layer, below the sticky bar.
	click("chip", `.chip[data-layer="4"]`)
	wait("layer 4 under the bar", `(() => { const top = document.querySelector("#layer-4").getBoundingClientRect().top, bar = document.querySelector("#bar").getBoundingClientRect().bottom; const still = window.testLastTop === top; window.testLastTop = top; return still && top >= bar - 1 && top < bar + 40; })()`)

	// "Studied" survives a reload.
	click("mark studied", `.tile[data-id="gradient-descent"] .study`)
	wait("progress counted", `document.querySelector("#overall-count").textContent === "1 / 4"`)
	run("reload", chromedp.Reload())
	wait("progress restored", `document.querySelector("#overall-count").textContent === "1 / 4"`)
	if got := eval("studied", `[document.querySelector('.tile[data-id="gradient-descent"] .study').getAttribute("aria-pressed"), document.querySelector('#layer-1 .progress-count').textContent]`); !cmp.Equal(got, []any{"true", "1 / 2"}) {
		t.Errorf("after reload, studied state = %v, want [true 1 / 2]", got)
	}

	// Hashes that name properties every JavaScript object has open nothing,
	// whether the page loads with them or they replace an open diagram's,
	// and ← and → still work afterwards.
	for _, name := range []string{"constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"} {
		eval("hash "+name, fmt.Sprintf(`location.hash = "#%s"`, name))
		run("load #"+name, chromedp.Reload())
		wait("the page script ran with #"+name, `location.hash === "#`+name+`" && document.querySelector("#overall-count").textContent === "1 / 4"`)
		if got := eval("viewer after #"+name, `document.querySelector("#viewer").open`); got != false {
			t.Errorf("loading #%s opened the viewer", name)
		}
		eval("open attention", `location.hash = "#attention"`)
		waitShown("attention")
		eval("hash "+name, fmt.Sprintf(`location.hash = "#%s"`, name))
		wait("the viewer closed for #"+name, `!document.querySelector("#viewer").open`)
		eval("open gradient-descent", `location.hash = "#gradient-descent"`)
		waitShown("gradient-descent")
		run("next after #"+name, chromedp.KeyEvent(kb.ArrowRight))
		waitShown("attention")
		run("escape", chromedp.KeyEvent(kb.Escape))
		wait("the viewer closed", `!document.querySelector("#viewer").open`)
		plog.mu.Lock()
		if len(plog.errors) > 0 {
			t.Errorf("after #%s the page reported %q", name, plog.errors)
			plog.errors = nil
		}
		plog.mu.Unlock()
	}

	// A deep link opens its diagram and survives a reload.
	run("deep link", chromedp.Navigate("about:blank"), chromedp.Navigate(index+"#attention"))
	waitShown("attention")
	run("reload deep link", chromedp.Reload())
	waitShown("attention")
	if got := eval("studied in viewer", `document.querySelector("#v-study").getAttribute("aria-pressed")`); got != "false" {
		t.Errorf("viewer studied toggle = %v for attention, want false", got)
	}
	run("escape", chromedp.KeyEvent(kb.Escape))
	wait("the viewer closed", `!document.querySelector("#viewer").open`)

	// The filter narrows tiles by title or tagline.
	var wantMatch []any
	for _, e := range curriculum.Entries() {
		if strings.Contains(strings.ToLower(e.Title+" "+e.Tagline), "tree") {
			wantMatch = append(wantMatch, e.Title)
		}
	}
	run("filter", chromedp.SendKeys(chromedp.ID("filter"), "tree"))
	gotMatch := eval("filtered", `[...document.querySelectorAll(".tile h3")].filter(h => h.checkVisibility()).map(h => h.textContent)`)
	if diff := cmp.Diff(wantMatch, gotMatch); diff != "" {
		t.Errorf("filter %q mismatch (-want +got):\n%s", "tree", diff)
	}
	eval("clear filter", `(() => { const f = document.querySelector("#filter"); f.value = ""; f.dispatchEvent(new Event("input")); })()`)
	run("filter with a dash", chromedp.SendKeys(chromedp.ID("filter"), "Bias-Variance"))
	if got := eval("dash", `[...document.querySelectorAll(".tile h3")].filter(h => h.checkVisibility()).map(h => h.textContent)`); !cmp.Equal(got, []any{"Bias–Variance Tradeoff"}) {
		t.Errorf("filter %q shows %v, want [Bias–Variance Tradeoff]", "Bias-Variance", got)
	}
	eval("clear filter", `(() => { const f = document.querySelector("#filter"); f.value = ""; f.dispatchEvent(new Event("input")); })()`)
	run("filter nothing", chromedp.SendKeys(chromedp.ID("filter"), "zzz"))
	if got := eval("no match", `document.querySelector("#no-match").checkVisibility() && [...document.querySelectorAll(".layer")].every(l => !l.checkVisibility())`); got != true {
		t.Errorf("a filter with no match should hide every layer and say so")
	}
	eval("clear filter", `(() => { const f = document.querySelector("#filter"); f.value = ""; f.dispatchEvent(new Event("input")); })()`)
	if got := eval("all tiles", `[...document.querySelectorAll(".tile")].filter(t => t.checkVisibility()).length`); got != float64(68) {
		t.Errorf("after clearing the filter %v tiles show, want 68", got)
	}

	// Reduced motion: the viewer shows the final frame and does not play.
	run("reduced motion", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}, {Name: "prefers-color-scheme", Value: "dark"}},
		})
		return err
	}))
	wait("reduced motion applies", `matchMedia("(prefers-reduced-motion: reduce)").matches && getComputedStyle(document.documentElement).scrollBehavior === "auto"`)
	click("open reduced", `.tile[data-id="bias-variance"] .open`)
	waitShown("bias-variance")
	if got := eval("not playing", anims+`.length >= 2 && `+anims+`.every(a => a.playState !== "running")`); got != true {
		t.Errorf("with reduced motion, animations = %v; want none running", eval("states", anims+`.map(a => a.playState)`))
	}
	shot("dark-diagram")
	run("close reduced", chromedp.KeyEvent(kb.Escape))
	wait("the viewer closed", `!document.querySelector("#viewer").open`)
	shot("dark")

	// Closing a diagram opened from a tile leaves no copy of the index in
	// the history: Back leaves the site.
	run("back", chromedp.NavigateBack())
	if got := eval("after back", `location.href`); got != "about:blank" {
		t.Errorf("Back after closing a diagram went to %v, want the page before the site (about:blank)", got)
	}

	plog.check(t, allowed)
}
