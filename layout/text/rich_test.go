package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// runView is what a test checks of a run: its text, face, size and shift.
type runView struct {
	Text  string
	Face  scene.FontFace
	Size  float64
	Shift float64
}

func views(t *scene.Text) []runView {
	var out []runView
	for _, r := range t.Runs {
		if r.Text == "" {
			continue
		}
		out = append(out, runView{r.Text, r.Face, r.Size, r.Shift})
	}
	return out
}

func TestRichRuns(t *testing.T) {
	const size = SizeBody
	ss := scriptSize(size)
	up, down := scriptShift(diagram.Superscript, size), scriptShift(diagram.Subscript, size)
	tests := []struct {
		in   string
		want []runView
	}{
		{"a plain line", []runView{{"a plain line", scene.Sans, size, 0}}},
		{"**bold** then plain", []runView{{"bold", scene.SansBold, size, 0}, {"then plain", scene.Sans, size, 0}}},
		{"use `lr_find` first", []runView{{"use", scene.Sans, size, 0}, {"lr_find", scene.Mono, size, 0}, {"first", scene.Sans, size, 0}}},
		{"x_i + x^2", []runView{{"x", scene.Sans, size, 0}, {"i", scene.Sans, ss, down}, {"+ x", scene.Sans, size, 0}, {"2", scene.Sans, ss, up}}},
		{"W_{ij} e^{-z}", []runView{{"W", scene.Sans, size, 0}, {"ij", scene.Sans, ss, down}, {"e", scene.Sans, size, 0}, {"-z", scene.Sans, ss, up}}},
	}
	for _, tt := range tests {
		spans, err := diagram.ParseMarkup(tt.in)
		if err != nil {
			t.Fatalf("ParseMarkup(%q): %v", tt.in, err)
		}
		lines := WrapRich(spans, scene.Sans, size, 1000)
		if len(lines) != 1 {
			t.Fatalf("WrapRich(%q) made %d lines, want 1", tt.in, len(lines))
		}
		text, _ := lines[0].Text("", 0, 20, size, scene.Paint{Tone: diagram.Neutral, Role: scene.Ink})
		if diff := cmp.Diff(tt.want, views(text)); diff != "" {
			t.Errorf("runs of %q mismatch (-want +got)\n%s", tt.in, diff)
		}
		// Runs follow one another by their measured advances, with a
		// space's width between runs of different styles.
		for i := 1; i < len(text.Runs); i++ {
			prev, r := text.Runs[i-1], text.Runs[i]
			if r.X < prev.X+prev.Width-0.01 {
				t.Errorf("%q: run %q starts at %.2f, inside run %q ending at %.2f", tt.in, r.Text, r.X, prev.Text, prev.X+prev.Width)
			}
			if w := Measure(r.Face, r.Size, r.Text); r.Width != w {
				t.Errorf("%q: run %q has width %.2f, measured %.2f", tt.in, r.Text, r.Width, w)
			}
		}
		if size < 11 || ss < 11 {
			t.Errorf("text under 11 px: %v, %v", size, ss)
		}
	}
}

func TestWrapRich(t *testing.T) {
	const src = "The gradient **∂L/∂w_j = (p − y) x_j** is the error times the input, `w -= lr * grad` in code"
	spans, _ := diagram.ParseMarkup(src)
	for _, width := range []float64{80, 140, 200, 320, 600} {
		lines := WrapRich(spans, scene.Sans, SizeBody, width)
		var words []string
		for i, l := range lines {
			if l.W > width+0.01 {
				t.Errorf("width %v: line %d is %.1f px wide", width, i, l.W)
			}
			if i > 0 && isOperator(word{pieces: l.pieces[:1]}) {
				t.Errorf("width %v: line %d starts with the operator %q", width, i, l.pieces[0].text)
			}
			for k, p := range l.pieces {
				// A run that starts a space's width after the previous
				// one starts a new word.
				if k == 0 || l.xs[k] > l.xs[k-1]+l.pieces[k-1].width+0.5 {
					words = append(words, p.text)
				} else {
					words[len(words)-1] += p.text
				}
			}
		}
		got := strings.Join(words, " ")
		want := diagram.PlainText(spans)
		if got != want {
			t.Errorf("width %v: wrapped text %q, want %q", width, got, want)
		}
		if len(lines) < 2 && width < 600 {
			t.Errorf("width %v: %d lines, want the text wrapped", width, len(lines))
		}
	}
}

// lineTexts returns the text of each wrapped line, words joined by one
// space.
func lineTexts(lines []RichLine) []string {
	var out []string
	for _, l := range lines {
		var b strings.Builder
		for k, p := range l.pieces {
			if k > 0 && l.xs[k] > l.xs[k-1]+l.pieces[k-1].width+0.5 {
				b.WriteString(" ")
			}
			b.WriteString(p.text)
		}
		out = append(out, b.String())
	}
	return out
}

func TestWrapHoldsTogether(t *testing.T) {
	tests := []struct {
		in    string
		whole []string // each stays on one line at every width that holds it
	}{
		{"the cache takes 128 KiB / token at full length", []string{"128 KiB / token"}},
		{"the model has ≈ 8.0 B weights in all", []string{"≈ 8.0 B"}},
		{"a small rate, e.g. 4 × 10^{-3} is usual", []string{"4 × 10-3"}},
		{"a decode step takes 12 ms on one GPU, 32 GB/s", []string{"12 ms", "32 GB/s"}},
		{"the loss y = w x + b is linear", []string{"y = w x + b"}},
	}
	for _, tt := range tests {
		spans, err := diagram.ParseMarkup(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		for width := 40.0; width <= 400; width += 7 {
			lines := WrapRich(spans, scene.Sans, SizeBody, width)
			got := lineTexts(lines)
			for _, w := range tt.whole {
				if Measure(scene.Sans, SizeBody, w)+4 > width {
					continue
				}
				found := false
				for _, l := range got {
					found = found || strings.Contains(l, w)
				}
				if !found {
					t.Errorf("width %v: %q is split across lines %q", width, w, got)
				}
			}
			nospace := func(s string) string { return strings.ReplaceAll(s, " ", "") }
			if j := strings.Join(got, ""); nospace(j) != nospace(diagram.PlainText(spans)) {
				t.Errorf("width %v: lines %q lose text of %q", width, got, diagram.PlainText(spans))
			}
		}
	}
}

func TestWrapFormula(t *testing.T) {
	spans, err := diagram.ParseMarkup("L(θ) = −(1/n) Σ_i (y_i log p_i + (1 − y_i) log(1 − p_i)) = H(y, p)")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"L(θ)", "= −(1/n) Σi (yi log pi + (1 − yi) log(1 − pi))", "= H(y, p)"}
	// Wide enough for the middle part, too narrow for it and a neighbour.
	width := Measure(scene.Sans, 17, want[1]) + 4
	lines := WrapFormula(spans, scene.Sans, 17, width)
	got := lineTexts(lines)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formula lines mismatch (-want +got)\n%s", diff)
	}
	// A formula that fits stays on one line.
	if n := len(WrapFormula(spans, scene.Sans, 17, 2000)); n != 1 {
		t.Errorf("a formula that fits made %d lines", n)
	}
}

func TestStrikeRuns(t *testing.T) {
	spans, err := diagram.ParseMarkup("keep ~~drop this~~ keep")
	if err != nil {
		t.Fatal(err)
	}
	lines := WrapRich(spans, scene.Sans, SizeBody, 1000)
	txt, _ := lines[0].Text("", 0, 20, SizeBody, scene.Paint{})
	var struck []string
	for _, r := range txt.Runs {
		if r.Strike {
			struck = append(struck, r.Text)
		}
	}
	if diff := cmp.Diff([]string{"drop this"}, struck); diff != "" {
		t.Errorf("struck runs mismatch (-want +got)\n%s", diff)
	}
}
