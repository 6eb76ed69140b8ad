package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/browsertest"
	"github.com/aiprep/diag/internal/filetree"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
)

// tab is a browser tab with the helpers a site test needs.
type tab struct {
	t     *testing.T
	ctx   context.Context
	shots string
}

func (b *tab) run(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

func (b *tab) eval(what, expr string) any {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[any](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	return v
}

func (b *tab) wait(what, expr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		state, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`location.href + " open=" + document.querySelector("#viewer").open`))
		b.t.Fatalf("waiting until %s (%s): %v; page: %s", what, expr, err, state)
	}
}

func (b *tab) shot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// viewerShows is true once the viewer shows the diagram titled title.
func viewerShows(title string) string {
	return fmt.Sprintf(`document.querySelector("#viewer").open && document.querySelector("#v-title").textContent === %q && !!document.querySelector("#v-canvas > svg")`, title)
}

// canvasScale is the zoom of the viewer's picture.
const canvasScale = `new DOMMatrix(getComputedStyle(document.querySelector("#v-canvas")).transform).a`

// smallestTextPx is the size on screen, in CSS pixels, of the smallest
// text of the viewer's picture.
const smallestTextPx = `Math.min(...[...document.querySelectorAll("#v-canvas svg text")].filter(e => e.textContent.trim()).map(e => parseFloat(getComputedStyle(e).fontSize))) * ` + canvasScale

// TestBrowserGallery builds the site of a folder of five diagrams of our
// own with diag site and opens it in Chromium: sections by folder, titles
// from the files, a tile that opens the viewer, a deep link, progress,
// and zoom by buttons and by pinch on a phone.
func TestBrowserGallery(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	if got := runDiag(t, ".", "", "site", "testdata/gallery", "-o", out); got.code != 0 {
		t.Fatalf("diag site = %d; stderr:\n%s", got.code, got.stderr)
	} else if !strings.HasPrefix(got.stdout, out+": 5 diagrams in 3 folders;") {
		t.Errorf("diag site said %q", got.stdout)
	}
	index := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(out, "index.html"))}).String()
	browserCtx := browsertest.Start(t, 120*time.Second, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()))
	tabCtx, cancel := chromedp.NewContext(browserCtx)
	defer cancel()
	b := &tab{t: t, ctx: tabCtx, shots: shotsDir(t)}

	b.run("open the index", chromedp.EmulateViewport(1440, 900), chromedp.Navigate(index))
	b.wait("the page script ran", `document.querySelector("#overall-count").textContent === "0 / 5"`)
	if got := b.eval("counts", `document.querySelector("#counts").textContent`); got != "5 diagrams in 3 folders." {
		t.Errorf("the home page says %q, want how many diagrams there are", got)
	}
	sections := b.eval("sections", `[...document.querySelectorAll(".layer")].map(s => s.querySelector("h2").textContent + ": " + [...s.querySelectorAll(".tile h3")].map(h => h.textContent).join(", "))`)
	want := []any{
		"Folder 1: gallery: How a request flows",
		"Folder 2: basics: Hello, gallery, Three shapes",
		"Folder 3: charts: A parabola, matrix",
	}
	if diff := cmp.Diff(want, sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	b.eval("load thumbnails", `document.querySelectorAll(".tile img").forEach(i => i.loading = "eager")`)
	b.wait("thumbnails", `[...document.querySelectorAll(".tile img")].every(i => i.complete && i.naturalWidth > 0)`)
	b.shot("gallery")

	// A tile opens the viewer; ← and → walk the gallery in order.
	b.run("click a tile", chromedp.Click(chromedp.CSS(`.tile[data-id="basics.shapes"] .open`)))
	b.wait("the viewer", viewerShows("Three shapes")+` && location.hash === "#basics.shapes"`)
	if got := b.eval("kicker", `document.querySelector("#v-kicker").textContent + " | " + document.querySelector("#v-count").textContent`); got != "gallery · basics | 3 / 5" {
		t.Errorf("viewer header = %q", got)
	}
	b.run("next", chromedp.KeyEvent(kb.ArrowRight))
	b.wait("the next diagram", viewerShows("A parabola"))
	b.run("study", chromedp.Click(chromedp.ID("v-study")))
	b.wait("progress", `document.querySelector("#overall-count").textContent === "1 / 5"`)
	b.shot("gallery-viewer")
	b.run("close", chromedp.KeyEvent(kb.Escape))
	b.wait("closed", `!document.querySelector("#viewer").open`)

	// A deep link opens its diagram, and progress survives the reload.
	b.run("deep link", chromedp.Navigate("about:blank"), chromedp.Navigate(index+"#charts.matrix"))
	b.wait("the deep link", viewerShows("matrix"))
	if got := b.eval("progress", `document.querySelector("#overall-count").textContent`); got != "1 / 5" {
		t.Errorf("after a reload, progress = %v, want 1 / 5", got)
	}
	b.run("close", chromedp.KeyEvent(kb.Escape))

	// On a phone the viewer has zoom buttons and a pinch zooms.
	b.run("phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	b.wait("phone layout", `window.innerWidth === 390`)
	b.run("open on phone", chromedp.Navigate(index+"#overview"))
	b.wait("the viewer on a phone", viewerShows("How a request flows"))
	if got := b.eval("kicker", `document.querySelector("#v-kicker").textContent`); got != "gallery" {
		t.Errorf("the kicker of a diagram of the top folder is %q, want the gallery's name", got)
	}
	if got := b.eval("buttons", `["#v-zoom-in", "#v-zoom-out", "#v-fit"].every(s => document.querySelector(s).checkVisibility())`); got != true {
		t.Errorf("the zoom buttons are hidden on a phone")
	}
	if got := b.eval("overflow", `document.querySelector(".v-head").scrollWidth <= window.innerWidth`); got != true {
		t.Errorf("the viewer's header overflows on a phone")
	}
	before, _ := b.eval("scale", canvasScale).(float64)
	b.run("zoom in", chromedp.Click(chromedp.ID("v-zoom-in")))
	zoomed, _ := b.eval("scale", canvasScale).(float64)
	if zoomed <= before*1.2 {
		t.Errorf("the zoom button took the scale from %v to %v", before, zoomed)
	}
	// Two fingers moving apart, as touch pointer events.
	b.eval("pinch", `(() => {
		const s = document.querySelector("#v-stage");
		const at = (id, type, x) => s.dispatchEvent(new PointerEvent(type, {pointerId: id, pointerType: "touch", isPrimary: id === 1, clientX: x, clientY: 400, bubbles: true}));
		at(1, "pointerdown", 150); at(2, "pointerdown", 250);
		at(1, "pointermove", 100); at(2, "pointermove", 300);
		at(1, "pointerup", 100); at(2, "pointerup", 300);
	})()`)
	if pinched, _ := b.eval("scale", canvasScale).(float64); pinched < zoomed*1.9 || pinched > zoomed*2.1 {
		t.Errorf("a pinch from 100 to 200 px apart took the scale from %v to %v, want twice", zoomed, pinched)
	}
	b.shot("gallery-phone")
}

// TestBrowserSheetStartsReadable builds the curriculum's site from real
// sheets and opens each at 1440×900: the viewer starts at a zoom where the
// smallest text is at least 11 CSS pixels, the wheel scrolls the rest into
// view, and the home page counts the diagrams ready and coming.
func TestBrowserSheetStartsReadable(t *testing.T) {
	ids := []string{"attention", "bias-variance"}
	files := map[string]string{}
	for _, id := range ids {
		e, ok := curriculum.Lookup(id)
		if !ok {
			t.Fatalf("no entry %s", id)
		}
		l, _ := curriculum.LayerOf(e.Layer)
		src, err := os.ReadFile(filepath.Join("..", "..", "curriculum", l.Dir(), id+".diag"))
		if err != nil {
			t.Fatal(err)
		}
		files[l.Dir()+"/"+id+".diag"] = string(src)
	}
	dir := t.TempDir()
	filetree.Write(t, dir, files)
	out := filepath.Join(t.TempDir(), "site")
	if got := runDiag(t, dir, "", "site", dir, "-o", out); got.code != 0 {
		t.Fatalf("diag site = %d; stderr:\n%s", got.code, got.stderr)
	}
	index := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(out, "index.html"))}).String()
	browserCtx := browsertest.Start(t, 120*time.Second, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()))
	tabCtx, cancel := chromedp.NewContext(browserCtx)
	defer cancel()
	b := &tab{t: t, ctx: tabCtx, shots: shotsDir(t)}

	b.run("open the index", chromedp.EmulateViewport(1440, 900), chromedp.Navigate(index))
	total := len(curriculum.Entries())
	wantCounts := fmt.Sprintf("2 of %d diagrams ready, %d coming.", total, total-2)
	if got := b.eval("counts", `document.querySelector("#counts").textContent`); got != wantCounts {
		t.Errorf("the home page says %q, want %q", got, wantCounts)
	}
	for _, id := range ids {
		e, _ := curriculum.Lookup(id)
		b.run("open "+id, chromedp.Navigate("about:blank"), chromedp.Navigate(index+"#"+id))
		b.wait("the viewer shows "+id, viewerShows(e.Title))
		px, _ := b.eval("smallest text", smallestTextPx).(float64)
		t.Logf("%s opens at zoom %.3f; its smallest text is %.1f px on screen", id, b.eval("scale", canvasScale), px)
		if px < 10.99 {
			t.Errorf("%s opens with its smallest text at %.1f px, want at least 11", id, px)
		}
		top := `new DOMMatrix(getComputedStyle(document.querySelector("#v-canvas")).transform).f`
		y0, _ := b.eval("top", top).(float64)
		b.eval("scroll", `document.querySelector("#v-stage").dispatchEvent(new WheelEvent("wheel", {deltaY: 400, clientX: 700, clientY: 500, bubbles: true, cancelable: true}))`)
		if y1, _ := b.eval("top", top).(float64); y1 >= y0 {
			t.Errorf("%s: the wheel did not scroll the picture (top %v, then %v)", id, y0, y1)
		}
		b.eval("scroll back", `document.querySelector("#v-stage").dispatchEvent(new WheelEvent("wheel", {deltaY: -400, clientX: 700, clientY: 500, bubbles: true, cancelable: true}))`)
		b.shot("sheet-" + id)
	}
	b.run("dark", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
		})
		return err
	}))
	b.shot("sheet-dark")
}
