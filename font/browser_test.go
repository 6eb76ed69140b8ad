package font

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/aiprep/diag/internal/browsertest"
)

// browserStrings are measured in a real browser with the embedded subsets
// and compared with Measure.
var browserStrings = []string{
	"Hello, World",
	"The quick brown fox jumps over the lazy dog 0123456789",
	"AVATAR To Wa Yo", // pairs that DejaVu kerns: the subset must not
	"office affine",   // ligatures that DejaVu forms: the subset must not
	"θ η σ α β γ λ μ π ε Σ",
	"∇L ∑ xᵢ ∈ ℝⁿ ≈ ≤ ≥ → ← ² ³ ✓ ✗ · − × ÷ √ ‖x‖ ⊙ ∂ ∞",
	"x\u0304 f\u0302 ŷ h\u0302\u0304", // combining marks measure zero
	"W₀ W₁ W₉ xₜ xⁱ xᵗ",
	"a\u200Db\uFE0Fc", // invisible characters
}

// astralText has a rune above U+FFFF that DejaVu Sans draws.
const astralText = "a\U0001F600b"

// browserPage returns an HTML page that declares the subset of every face
// and draws each string in each face as SVG text, as diag's output does.
// Each face falls back to serif, which measures differently, so a font that
// the browser rejects shows as a width mismatch as well as a load error.
func browserPage(t *testing.T) string {
	t.Helper()
	var css, body strings.Builder
	for _, face := range allFaces {
		data, err := Subset(face, strings.Join(browserStrings, ""))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&css, "@font-face { font-family: %q; src: url(data:font/ttf;base64,%s) format(\"truetype\"); font-weight: normal; font-style: normal; }\n",
			Family(face), base64.StdEncoding.EncodeToString(data))
	}
	// Two edge cases: a subset with a rune above U+FFFF (cmap format 12)
	// and one with no rune at all.
	for _, extra := range []struct{ family, text string }{{"test-astral", astralText}, {"test-empty", ""}} {
		data, err := Subset(Sans, extra.text)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&css, "@font-face { font-family: %q; src: url(data:font/ttf;base64,%s) format(\"truetype\"); }\n",
			extra.family, base64.StdEncoding.EncodeToString(data))
	}
	body.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1400">`)
	fmt.Fprintf(&body, `<text id="astral" x="10" y="-100" style="font-family: 'test-astral', serif; font-size: 16px">%s</text>`, astralText)
	y := 30
	for _, face := range allFaces {
		for i, s := range browserStrings {
			fmt.Fprintf(&body, `<text id="t%d-%d" x="10" y="%d" style="font-family: '%s', serif; font-size: 16px">%s</text>`,
				face, i, y, Family(face), html.EscapeString(s))
			y += 28
		}
		// The same strings in the fallback alone, to show that it differs.
		for i, s := range browserStrings {
			fmt.Fprintf(&body, `<text id="f%d-%d" x="10" y="-100" style="font-family: serif; font-size: 16px">%s</text>`,
				face, i, html.EscapeString(s))
		}
	}
	body.WriteString(`</svg>`)
	return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>\n" + css.String() +
		"body { margin: 0; background: white }</style></head><body>" + body.String() + "</body></html>"
}

// browserResult is what the page reports.
type browserResult struct {
	Status map[string]string    // font family → FontFace status
	Check  map[string]bool      // font family → document.fonts.check
	Width  map[string]float64   // text id → getComputedTextLength
	Canvas map[string][]float64 // family → canvas measureText width per string
}

const browserScript = `(async () => {
	await Promise.all([...document.fonts].map(f => f.load().catch(() => null)));
	await document.fonts.ready;
	const r = {Status: {}, Check: {}, Width: {}, Canvas: {}};
	const strings = %s;
	const ctx = document.createElement("canvas").getContext("2d");
	for (const f of document.fonts) {
		const family = f.family.replace(/^["']|["']$/g, "");
		r.Status[family] = f.status;
		r.Check[family] = document.fonts.check("16px \"" + family + "\"");
		ctx.font = "16px \"" + family + "\", serif";
		r.Canvas[family] = strings.map(s => ctx.measureText(s).width);
	}
	for (const t of document.querySelectorAll("text")) {
		r.Width[t.id] = t.getComputedTextLength();
	}
	return r;
})()`

// TestBrowser loads the subsets in headless Chromium, which sanitizes web
// fonts with OTS, and checks that they load and that the browser's text
// widths match Measure within 1%.
func TestBrowser(t *testing.T) {
	ctx := browsertest.Start(t, 60*time.Second)

	page := browserPage(t)
	dir := t.TempDir()
	file := dir + "/page.html"
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	stringsJSON, err := json.Marshal(browserStrings)
	if err != nil {
		t.Fatal(err)
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[browserResult](fmt.Sprintf(browserScript, stringsJSON), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	if shot := os.Getenv("FONT_SCREENSHOT"); shot != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			err = os.WriteFile(shot, png, 0o644)
		}
		if err != nil {
			t.Errorf("screenshot: %v", err)
		}
	}

	for _, family := range []string{"test-astral", "test-empty"} {
		if got := res.Status[family]; got != "loaded" {
			t.Errorf("font %q status %q, want \"loaded\"", family, got)
		}
	}
	if got, want := res.Width["astral"], Measure(Sans, 16, astralText); !(math.Abs(got-want) <= 0.01*want) {
		t.Errorf("SVG getComputedTextLength of %q = %.3f, Measure = %.3f", astralText, got, want)
	}

	worst := 0.0
	for _, face := range allFaces {
		family := Family(face)
		if got := res.Status[family]; got != "loaded" {
			t.Errorf("font %q status %q, want \"loaded\" (\"error\" means the browser rejected the subset)", family, got)
		}
		if !res.Check[family] {
			t.Errorf("document.fonts.check(%q) = false, want true", family)
		}
		distinct := 0
		for i, s := range browserStrings {
			want := Measure(face, 16, s)
			for _, m := range []struct {
				how string
				got float64
			}{
				{"SVG getComputedTextLength", res.Width[fmt.Sprintf("t%d-%d", face, i)]},
				{"canvas measureText", at(res.Canvas[family], i)},
			} {
				rel := math.Abs(m.got-want) / want
				worst = max(worst, rel)
				if !(rel <= 0.01) { // NaN, from a missing result, fails too
					t.Errorf("%s of %q in %s at 16px = %.3f, Measure = %.3f (%.2f%% off)", m.how, s, family, m.got, want, 100*rel)
				}
			}
			// The fallback measures differently, so the match above shows
			// that the browser drew with the subset.
			if fb := res.Width[fmt.Sprintf("f%d-%d", face, i)]; math.Abs(fb-want)/want > 0.01 {
				distinct++
			}
		}
		if distinct < len(browserStrings)/2 {
			t.Errorf("only %d of %d strings measure differently in the fallback font than in %s; the test cannot tell whether the subset was used", distinct, len(browserStrings), family)
		}
	}
	t.Logf("largest difference between browser and Measure: %.4f%%", 100*worst)
}

// at returns xs[i], or NaN when xs is too short.
func at(xs []float64, i int) float64 {
	if i < len(xs) {
		return xs[i]
	}
	return math.NaN()
}
