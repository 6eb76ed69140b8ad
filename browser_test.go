package diag_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/internal/browsertest"
	"github.com/aiprep/diag/scene"
)

// Tolerances of the browser agreement.
const (
	opacityTol = 0.005 // opacity
	pxTol      = 0.1   // translation and dash offset, in px
	scaleTol   = 0.001 // scale
	widthTol   = 0.02  // text width, relative
)

// cssID mirrors the svg package's ident: the id an element of the input
// gets in the SVG, after the prefix.
func cssID(prefix, id string) string {
	var b strings.Builder
	b.WriteString(prefix + "-")
	for _, r := range id {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			b.WriteRune(r)
			continue
		}
		b.WriteString("_" + strconv.FormatInt(int64(r), 16) + "_")
	}
	return b.String()
}

// inline returns an SVG document ready to paste into HTML.
func inline(svg []byte) string {
	s := string(svg)
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	return s
}

// openPage writes an HTML page and loads it, waiting for its fonts.
func openPage(t *testing.T, ctx context.Context, body string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "page.html")
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff} img,svg{display:block}</style></head><body>" + body + "</body></html>"
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.fonts.ready.then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("fonts: %v", err)
	}
}

// computed is an element's computed animated properties, and the box it
// covers on the page.
type computed struct {
	Opacity   float64
	Transform string
	Dash      string
	D         string
	Box       rect
}

// rect is a box on the page, in CSS px.
type rect struct{ X, Y, W, H float64 }

// seekScript pauses the animations of one SVG (all when svg is "") at t
// milliseconds and reads the computed style of the given elements.
const seekScript = `((svg, t, ids) => {
	for (const a of document.getAnimations()) {
		const el = a.effect && a.effect.target;
		if (svg && !(el && el.closest("svg") && el.closest("svg").id === svg)) continue;
		a.pause();
		a.currentTime = t;
	}
	const out = {};
	for (const id of ids) {
		const el = document.getElementById(id);
		if (!el) continue;
		const cs = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		out[id] = {Opacity: parseFloat(cs.opacity), Transform: cs.transform, Dash: cs.strokeDashoffset, D: cs.d || "", Box: {X: r.x, Y: r.y, W: r.width, H: r.height}};
	}
	return out;
})(%q, %v, %s)`

// seek seeks the animations of one SVG to t seconds and returns the
// computed states of the timeline's targets.
func seek(t *testing.T, ctx context.Context, svgID string, prefix string, tl *animate.Timeline, at float64) map[string]computed {
	t.Helper()
	var ids []string
	for _, tr := range tl.Tracks {
		ids = append(ids, cssID(prefix, tr.Target))
	}
	idsJSON, _ := json.Marshal(ids)
	res, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]computed](fmt.Sprintf(seekScript, svgID, at*1000, idsJSON)))
	if err != nil {
		t.Fatalf("seek: %v", err)
	}
	return res
}

var matrixRE = regexp.MustCompile(`^matrix\(([^)]*)\)$`)

// matrixOf returns the six numbers of a computed transform,
// matrix(a, b, c, d, e, f).
func matrixOf(s string) ([6]float64, bool) {
	if s == "none" {
		return [6]float64{1, 0, 0, 1, 0, 0}, true
	}
	var v [6]float64
	m := matrixRE.FindStringSubmatch(s)
	if m == nil {
		return v, false
	}
	parts := strings.Split(m[1], ",")
	if len(parts) != 6 {
		return v, false
	}
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return v, false
		}
		v[i] = f
	}
	return v, true
}

// wantMatrix returns the matrix of a Transform value, the style sheet's
// translate(DX, DY) rotate(Rotate) scale(ScaleX, ScaleY).
func wantMatrix(v animate.Value) [6]float64 {
	r := v.Rotate * math.Pi / 180
	cos, sin := math.Cos(r), math.Sin(r)
	return [6]float64{v.ScaleX() * cos, v.ScaleX() * sin, -v.ScaleY() * sin, v.ScaleY() * cos, v.DX, v.DY}
}

var numberRE = regexp.MustCompile(`-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?`)

// outlineOf returns the coordinates of a computed path("M x y L x y ...").
func outlineOf(d string) []float64 {
	var out []float64
	for _, m := range numberRE.FindAllString(d, -1) {
		f, err := strconv.ParseFloat(m, 64)
		if err == nil {
			out = append(out, f)
		}
	}
	return out
}

// checkOutline compares a path's computed d with the outline of a Shape
// state.
func checkOutline(t *testing.T, name string, at float64, id, d string, o animate.Outline) {
	t.Helper()
	got := outlineOf(d)
	var want []float64
	for _, piece := range o {
		for _, p := range piece {
			want = append(want, p.X, p.Y)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s at %.3fs: #%s has %d coordinates in the browser (%.60q), %d from At", name, at, id, len(got), d, len(want))
		return
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > pxTol {
			t.Errorf("%s at %.3fs: #%s point %d is %.2f in the browser, %.2f from At", name, at, id, i/2, got[i], want[i])
			return
		}
	}
}

// grownBox returns where a transform state puts the box r of its element:
// scaled and turned about the origin, then moved; for a turned element,
// the box around its turned box.
func grownBox(r scene.Rect, st animate.State) rect {
	o := st.Origin
	m := wantMatrix(st.V)
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range []scene.Point{{X: r.X, Y: r.Y}, {X: r.Right(), Y: r.Y}, {X: r.X, Y: r.Bottom()}, {X: r.Right(), Y: r.Bottom()}} {
		px, py := p.X-o.X, p.Y-o.Y
		x := o.X + m[0]*px + m[2]*py + m[4]
		y := o.Y + m[1]*px + m[3]*py + m[5]
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	return rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}

// boxTol is how far the box a browser draws may lie from the box the
// timeline puts an element in, in px.
const boxTol = 0.15

// checkBox compares the box the browser drew a scaling element in with
// the box its state puts it in, and reports whether it compared one.
func checkBox(t *testing.T, what string, bounds map[string]scene.Rect, st animate.State, got rect) bool {
	t.Helper()
	r, ok := bounds[st.Target]
	if !ok || st.Prop != animate.Transform {
		return false
	}
	want := grownBox(r, st)
	if math.Abs(got.X-want.X) > boxTol || math.Abs(got.Y-want.Y) > boxTol || math.Abs(got.W-want.W) > boxTol || math.Abs(got.H-want.H) > boxTol {
		t.Errorf("%s: #%s covers %+v in the browser, %+v from At", what, st.Target, got, want)
	}
	return true
}

// scalingBounds returns the drawn bounds of every element a scaling track
// of the timeline animates, by the track's target.
func scalingBounds(sc *scene.Scene, tl *animate.Timeline) map[string]scene.Rect {
	scaling := map[string]bool{}
	for _, tr := range tl.Tracks {
		if tr.Scales() {
			scaling[tr.Target] = true
		}
	}
	out := map[string]scene.Rect{}
	scene.Walk(sc.Items, func(it scene.Item) bool {
		id := scene.IDOf(it)
		if id == "" {
			id = tl.ID(it)
		}
		if scaling[id] {
			out[id] = it.Bounds()
		}
		return true
	})
	return out
}

// checkAgreement compares the browser's computed states with Timeline.At
// and returns how many values it compared.
func checkAgreement(t *testing.T, name, prefix string, tl *animate.Timeline, at float64, got map[string]computed) int {
	t.Helper()
	n := 0
	for _, st := range tl.At(at) {
		id := cssID(prefix, st.Target)
		c, ok := got[id]
		if !ok {
			t.Errorf("%s at %.3fs: no element #%s in the page", name, at, id)
			continue
		}
		n++
		switch st.Prop {
		case animate.Opacity:
			if math.Abs(c.Opacity-st.V.Opacity) > opacityTol {
				t.Errorf("%s at %.3fs: #%s opacity = %.4f in the browser, %.4f from At", name, at, id, c.Opacity, st.V.Opacity)
			}
		case animate.Transform:
			m, ok := matrixOf(c.Transform)
			want := wantMatrix(st.V)
			for i := range m {
				tol := scaleTol
				if i >= 4 {
					tol = pxTol
				}
				ok = ok && math.Abs(m[i]-want[i]) <= tol
			}
			if !ok {
				t.Errorf("%s at %.3fs: #%s transform = %q in the browser, translate(%.2f, %.2f) rotate(%.3fdeg) scale(%.4f, %.4f) from At",
					name, at, id, c.Transform, st.V.DX, st.V.DY, st.V.Rotate, st.V.ScaleX(), st.V.ScaleY())
			}
		case animate.Shape:
			checkOutline(t, name, at, id, c.D, st.Outline)
		case animate.DashOffset:
			v, err := strconv.ParseFloat(strings.TrimSuffix(c.Dash, "px"), 64)
			if err != nil || math.Abs(v-st.V.Offset) > pxTol {
				t.Errorf("%s at %.3fs: #%s stroke-dashoffset = %q in the browser, %.2f from At", name, at, id, c.Dash, st.V.Offset)
			}
		}
	}
	return n
}

// seekTimes returns the moments to compare: seven across the period, and
// seven within the first change of every track that turns, scales or
// changes a shape, each moved off any keyframe by a few milliseconds,
// where a value may jump, and one after the end when the animation plays
// once.
func seekTimes(tl *animate.Timeline) []float64 {
	var out []float64
	fractions := []float64{0.04, 0.17, 0.31, 0.46, 0.62, 0.78, 0.93}
	moments := make([]float64, 0, len(fractions))
	for _, f := range fractions {
		moments = append(moments, f*tl.Period)
	}
	for _, tr := range tl.Tracks {
		// A move along a line with a readout is compared at seven moments
		// of its first leg, as the readout rides with the element.
		readout := tr.Prop == animate.Transform && strings.HasPrefix(tr.Target, "~readout")
		if i := firstChange(tr); i >= 0 && (tr.Prop == animate.Shape || tr.Rotates() || tr.Scales() || readout) {
			t0, t1 := tr.Keys[i].T, tr.Keys[i+1].T
			for _, f := range fractions {
				moments = append(moments, t0+f*(t1-t0))
			}
		}
	}
	for _, at := range moments {
		for moved := true; moved; {
			moved = false
			for _, tr := range tl.Tracks {
				for _, k := range tr.Keys {
					if math.Abs(k.T-at) < 0.004 {
						at = k.T + 0.005
						moved = true
					}
				}
			}
		}
		out = append(out, at)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if !tl.Loop {
		// Played once, the animation holds its last keyframe.
		out = append(out, 1.25*tl.Period)
	}
	return out
}

// sweepTimes returns moments within the sweeps of a scene's parameters:
// seven spread over the time their drawings change and seven within the
// first crossfade, each moved off the keyframes as seekTimes does.
func sweepTimes(sc *scene.Scene, tl *animate.Timeline) []float64 {
	groups := map[string]bool{}
	for _, sw := range sc.Sweeps {
		for _, g := range sw.Groups {
			groups[g] = true
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var c0, c1 float64
	for _, tr := range tl.Tracks {
		if !groups[tr.Target] {
			continue
		}
		for i := 1; i < len(tr.Keys); i++ {
			if tr.Keys[i].V != tr.Keys[i-1].V && tr.Keys[i].T <= tl.End {
				lo, hi = min(lo, tr.Keys[i-1].T), max(hi, tr.Keys[i].T)
			}
		}
		if i := firstChange(tr); i >= 0 && c1 == 0 && tr.Keys[i+1].T <= tl.End {
			c0, c1 = tr.Keys[i].T, tr.Keys[i+1].T
		}
	}
	if !(lo < hi) || c1 == 0 {
		return nil
	}
	var out []float64
	for _, f := range []float64{0.04, 0.17, 0.31, 0.46, 0.62, 0.78, 0.93} {
		out = append(out, offKeys(tl, lo+f*(hi-lo)), offKeys(tl, c0+f*(c1-c0)))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// offKeys moves a moment just past any keyframe within 4 ms of it, where
// the browser and At may round to different sides.
func offKeys(tl *animate.Timeline, at float64) float64 {
	for moved := true; moved; {
		moved = false
		for _, tr := range tl.Tracks {
			for _, k := range tr.Keys {
				if math.Abs(k.T-at) < 0.004 {
					at = k.T + 0.005
					moved = true
				}
			}
		}
	}
	return at
}

// firstChange returns the index of the first key of a track after which
// the value changes over a while (not a jump), or -1.
func firstChange(tr animate.Track) int {
	for i := 0; i+1 < len(tr.Keys); i++ {
		a, b := tr.Keys[i], tr.Keys[i+1]
		if a.V != b.V && a.Ease != diagram.Steps && b.T-a.T > 0.05 {
			return i
		}
	}
	return -1
}

// motionMoments counts, for every track of a timeline that turns, scales
// or changes a shape, the moments among at at which it is changing.
func motionMoments(tl *animate.Timeline, at []float64) map[string]int {
	out := map[string]int{}
	for _, tr := range tl.Tracks {
		if tr.Prop != animate.Shape && !tr.Rotates() && !tr.Scales() || tr.Fallback {
			continue
		}
		out[tr.Target] += 0
		for _, t := range at {
			for i := 0; i+1 < len(tr.Keys); i++ {
				a, b := tr.Keys[i], tr.Keys[i+1]
				if a.V != b.V && a.Ease != diagram.Steps && t > a.T && t < b.T {
					out[tr.Target]++
				}
			}
		}
	}
	return out
}

// textWidths returns every text element's string, font size, class and
// computed text length.
const textWidthsScript = `[...document.querySelectorAll("svg text")].map(t => ({
	Text: t.textContent, Size: parseFloat(t.getAttribute("font-size")), Class: t.getAttribute("class") || "",
	Width: t.getComputedTextLength()}))`

type textWidth struct {
	Text  string
	Size  float64
	Class string
	Width float64
}

// layoutWidths returns the measured width of every text of the scene and
// the overlays, by text, first face and size.
func layoutWidths(sc *scene.Scene, tl *animate.Timeline) map[string]float64 {
	out := map[string]float64{}
	visit := func(it scene.Item) bool {
		tx, ok := it.(*scene.Text)
		if !ok || len(tx.Runs) == 0 {
			return true
		}
		// A text of several runs measures as the sum of its runs.
		w := 0.0
		for _, r := range tx.Runs {
			w += r.Width
		}
		r := tx.Runs[0]
		out[widthKey(tx.String(), r.Face, r.Size)] = w
		return true
	}
	scene.Walk(sc.Items, visit)
	scene.Walk(tl.Overlays, visit)
	return out
}

func widthKey(s string, f scene.FontFace, size float64) string {
	return fmt.Sprintf("%d/%g/%s", f, size, s)
}

// faceOf returns the face a text element's classes name.
func faceOf(class string) scene.FontFace {
	switch {
	case strings.Contains(class, "-bold"):
		return scene.SansBold
	case strings.Contains(class, "-mono"):
		return scene.Mono
	}
	return scene.Sans
}

// TestBrowserAgreement inlines every example with a script in a page,
// pauses its animations at several moments and compares each animated
// element's computed opacity, transform and dash offset with Timeline.At;
// it also compares every text's rendered width with the width the layout
// measured.
//
// In the same browser, it then inlines two animated SVGs in one page,
// seeks each to its own moment and checks that each follows its own
// timeline: their names never collide and their animations are
// independent.
func TestBrowserAgreement(t *testing.T) {
	ctx := browsertest.Start(t, 90*time.Second)
	t.Run("examples", func(t *testing.T) { agreement(t, ctx) })
	t.Run("two diagrams", func(t *testing.T) { twoDiagrams(t, ctx) })
}

func agreement(t *testing.T, ctx context.Context) {
	for _, path := range scriptedExamples(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".diag")
		sc, tl := buildExample(t, path)
		svg := compileExample(t, path, diag.Options{})
		openPage(t, ctx, inline(svg))
		compared := 0
		// An element that scales (a bar that grows) must also cover the
		// box that its state, scaled about the track's origin, gives it.
		bounds := scalingBounds(sc, tl)
		boxes := 0
		for _, at := range seekTimes(tl) {
			got := seek(t, ctx, "", name, tl, at)
			compared += checkAgreement(t, name, name, tl, at, got)
			for _, st := range tl.At(at) {
				if c, ok := got[cssID(name, st.Target)]; ok && checkBox(t, fmt.Sprintf("%s at %.3fs", name, at), bounds, st, c.Box) {
					boxes++
				}
			}
		}
		// Every rotate, scale and morph is compared at 7 moments or more
		// while it moves.
		for target, n := range motionMoments(tl, seekTimes(tl)) {
			if n < 7 {
				t.Errorf("%s: #%s compared at %d moments while it moves, want at least 7", name, target, n)
			}
		}
		// A sweep is compared at seven moments spread over the time its
		// drawings change and seven within its first crossfade.
		if len(sc.Sweeps) > 0 {
			moments := sweepTimes(sc, tl)
			if len(moments) < 14 {
				t.Errorf("%s: %d moments in its sweeps, want at least 14", name, len(moments))
			}
			for _, at := range moments {
				compared += checkAgreement(t, name, name, tl, at, seek(t, ctx, "", name, tl, at))
			}
		}
		if compared < 5*len(tl.Tracks) {
			t.Errorf("%s: compared %d values, want at least %d", name, compared, 5*len(tl.Tracks))
		}
		if boxes < 7*len(bounds) {
			t.Errorf("%s: compared %d boxes of scaling elements, want at least %d", name, boxes, 7*len(bounds))
		}

		texts, err := chromedp.Run(ctx, chromedp.Evaluate[[]textWidth](textWidthsScript))
		if err != nil {
			t.Fatalf("%s: text widths: %v", name, err)
		}
		want := layoutWidths(sc, tl)
		checked := 0
		for _, tx := range texts {
			w, ok := want[widthKey(tx.Text, faceOf(tx.Class), tx.Size)]
			if !ok {
				t.Errorf("%s: text %q (%s, %gpx) not found in the layout", name, tx.Text, tx.Class, tx.Size)
				continue
			}
			checked++
			if math.Abs(tx.Width-w) > widthTol*w {
				t.Errorf("%s: text %q is %.2f px wide in the browser, %.2f px in the layout", name, tx.Text, tx.Width, w)
			}
		}
		if checked == 0 {
			t.Errorf("%s: no text width checked", name)
		}
		if len(bounds) > 0 {
			frameBoxes(t, ctx, path, name, tl, bounds)
		}
	}
}

// frameBoxes draws the still frame (diag.Options.Frame) of each moment
// seekTimes picks and checks that every scaling element covers the box its
// state gives it, as in the animated picture: the transform attribute of
// a frame and the style sheet's transform about its origin agree.
func frameBoxes(t *testing.T, ctx context.Context, path, name string, tl *animate.Timeline, bounds map[string]scene.Rect) {
	boxes := 0
	for _, at := range seekTimes(tl) {
		svg := compileExample(t, path, diag.Options{Frame: time.Duration(math.Round(at * 1e9))})
		if bytes.Contains(svg, []byte("@keyframes")) {
			t.Fatalf("%s: the frame at %.3fs has keyframes", name, at)
		}
		openPage(t, ctx, inline(svg))
		got := seek(t, ctx, "", name, tl, 0)
		for _, st := range tl.At(at) {
			if c, ok := got[cssID(name, st.Target)]; ok && checkBox(t, fmt.Sprintf("%s frame %.3fs", name, at), bounds, st, c.Box) {
				boxes++
			}
		}
	}
	if boxes < 7*len(bounds) {
		t.Errorf("%s: compared %d boxes in frames, want at least %d", name, boxes, 7*len(bounds))
	}
}

// twoDiagrams inlines two animated SVGs in one page and seeks each to its
// own moment.
func twoDiagrams(t *testing.T, ctx context.Context) {
	var body strings.Builder
	type diagram struct {
		prefix string
		tl     *animate.Timeline
		at     float64
	}
	var ds []diagram
	for i, name := range []string{"anim-show", "anim-flow"} {
		path := filepath.Join("examples", name+".diag")
		_, tl := buildExample(t, path)
		prefix := fmt.Sprintf("two%d", i+1)
		svg := compileExample(t, path, diag.Options{Prefix: prefix})
		body.WriteString(strings.Replace(inline(svg), "<svg", `<svg id="`+prefix+`"`, 1))
		ds = append(ds, diagram{prefix, tl, seekTimes(tl)[1+3*i]})
	}
	openPage(t, ctx, body.String())
	total, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getAnimations().length`))
	if err != nil {
		t.Fatal(err)
	}
	if want := len(ds[0].tl.Tracks) + len(ds[1].tl.Tracks); total != want {
		t.Errorf("%d animations in the page, want %d", total, want)
	}
	for _, d := range ds {
		seek(t, ctx, d.prefix, d.prefix, d.tl, d.at)
	}
	// Read both after both were seeked: each keeps its own time.
	for _, d := range ds {
		got := seek(t, ctx, "none", d.prefix, d.tl, 0)
		if checkAgreement(t, d.prefix, d.prefix, d.tl, d.at, got) == 0 {
			t.Errorf("%s: nothing compared", d.prefix)
		}
	}
}

// TestBrowserReducedMotion loads every example with a script as an <img>
// with reduced motion asked for, next to its static render, and checks that
// the two look the same: the complete picture, with no animation. It also
// checks, inline, that every animated element then shows its still value.
func TestBrowserReducedMotion(t *testing.T) {
	// The emulation reaches the page; the flag reaches SVG images too,
	// which take the browser's preference.
	ctx := browsertest.Start(t, 90*time.Second, chromedp.Flag("force-prefers-reduced-motion", true))
	reduce := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
		})
		return err
	})
	if err := chromedp.Do(ctx, reduce); err != nil {
		t.Fatalf("emulate reduced motion: %v", err)
	}
	dir := t.TempDir()
	for _, path := range scriptedExamples(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".diag")
		sc, tl := buildExample(t, path)
		animated := compileExample(t, path, diag.Options{})
		static := compileExample(t, path, diag.Options{Static: true})
		for file, data := range map[string][]byte{"a.svg": animated, "s.svg": static} {
			if err := os.WriteFile(filepath.Join(dir, name+"-"+file), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		openPage(t, ctx, fmt.Sprintf(`<img id="a" style="position:absolute;left:0;top:0" src="file://%s"><img id="s" style="position:absolute;left:0;top:2000px" src="file://%s">`,
			filepath.Join(dir, name+"-a.svg"), filepath.Join(dir, name+"-s.svg")))
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`Promise.all([...document.images].map(i => i.decode())).then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
			t.Fatalf("%s: images: %v", name, err)
		}
		shotA, shotS, diff, err := settledShots(ctx)
		if err != nil || diff > 0.001 {
			t.Errorf("%s: with reduced motion the <img> differs from the static picture in %.3f%% of its pixels (%v)", name, 100*diff, err)
			if os.Getenv("BROWSER_SHOTS") != "" {
				os.WriteFile(filepath.Join(os.Getenv("BROWSER_SHOTS"), name+"-reduced.png"), shotA, 0o644)
				os.WriteFile(filepath.Join(os.Getenv("BROWSER_SHOTS"), name+"-static.png"), shotS, 0o644)
			}
		}

		// Inline: every animation is off, so each element shows its base
		// style: the complete picture, overlays hidden.
		openPage(t, ctx, inline(animated))
		running, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getAnimations().length`))
		if err != nil || running != 0 {
			t.Errorf("%s: %d animations run with reduced motion (%v), want 0", name, running, err)
		}
		overlay := overlayIDs(sc, tl)
		got := seek(t, ctx, "", name, tl, 0)
		for _, tr := range tl.Tracks {
			if tr.Prop != animate.Opacity {
				continue
			}
			want := 1.0
			if overlay[tr.Target] {
				want = 0
			}
			if c := got[cssID(name, tr.Target)]; math.Abs(c.Opacity-want) > opacityTol {
				t.Errorf("%s: with reduced motion #%s has opacity %.3f, want %.0f", name, tr.Target, c.Opacity, want)
			}
		}
	}
}

// pixelDiff returns the fraction of pixels that differ between two PNGs
// of the same size by more than a little in any channel.
// settledShots screenshots the images #a and #s until they agree or the
// page has painted settleFrames frames in a row without #a changing, and
// returns the last screenshots and the share of pixels that differ. A
// loaded image is not painted at once, and on a busy machine its first
// paints may still show the animation's first frame before the reduced
// motion preference reaches it: the test waits for the picture to settle,
// never for a fixed time.
func settledShots(ctx context.Context) (shotA, shotS []byte, diff float64, err error) {
	const settleFrames = 10
	shotS, err = chromedp.Run(ctx, chromedp.Screenshot("#s"))
	if err != nil {
		return nil, nil, 1, err
	}
	var last []byte
	for same := 0; same < settleFrames; {
		if _, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, chromedp.EvalAwaitPromise)); err != nil {
			return nil, shotS, 1, err
		}
		if shotA, err = chromedp.Run(ctx, chromedp.Screenshot("#a")); err != nil {
			return nil, shotS, 1, err
		}
		if diff, err = pixelDiff(shotA, shotS); err == nil && diff <= 0.001 {
			return shotA, shotS, diff, nil
		}
		if bytes.Equal(shotA, last) {
			same++
		} else {
			same = 0
		}
		last = shotA
	}
	return shotA, shotS, diff, err
}

func pixelDiff(a, b []byte) (float64, error) {
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		return 1, err
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return 1, err
	}
	if ia.Bounds().Size() != ib.Bounds().Size() {
		return 1, fmt.Errorf("sizes %v and %v", ia.Bounds().Size(), ib.Bounds().Size())
	}
	return countDiff(ia, ib), nil
}

func countDiff(a, b image.Image) float64 {
	ra, rb := a.Bounds(), b.Bounds()
	diff := 0
	for y := 0; y < ra.Dy(); y++ {
		for x := 0; x < ra.Dx(); x++ {
			r1, g1, b1, _ := a.At(ra.Min.X+x, ra.Min.Y+y).RGBA()
			r2, g2, b2, _ := b.At(rb.Min.X+x, rb.Min.Y+y).RGBA()
			d := max(absDiff(r1, r2), absDiff(g1, g2), absDiff(b1, b2))
			if d > 0x0800 {
				diff++
			}
		}
	}
	return float64(diff) / float64(ra.Dx()*ra.Dy())
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// overlayIDs returns the ids of the overlays: the timeline's and the
// scene's groups of kind "overlay", hidden in the still picture.
func overlayIDs(sc *scene.Scene, tl *animate.Timeline) map[string]bool {
	out := map[string]bool{}
	visit := func(it scene.Item) bool {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindOverlay {
			out[g.ID] = true
		}
		return true
	}
	scene.Walk(sc.Items, visit)
	scene.Walk(tl.Overlays, visit)
	return out
}
