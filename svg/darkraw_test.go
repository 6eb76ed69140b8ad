package svg

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// TestDarkRawColors checks a raw colour with a dark-theme variant, such as
// a heat-map cell's: a light picture writes the light colour, a dark one
// the dark colour, and one that follows the reader's setting writes the
// light colour with a class whose rule, inside the dark media query only,
// switches to the dark one. A raw colour without a variant gets no class.
func TestDarkRawColors(t *testing.T) {
	cell := scene.Paint{Color: "#f3f8ff", DarkColor: "#223456"}
	ink := scene.Paint{Color: "#0f172a", DarkColor: "#ffffff"}
	plain := scene.Paint{Color: "#abcdef"}
	build := func(theme diagram.Theme) string {
		s := &scene.Scene{Width: 100, Height: 50, Theme: theme, Items: []scene.Item{
			&scene.Box{R: scene.Rect{X: 10, Y: 10, W: 30, H: 20}, Style: scene.Style{Fill: cell, Stroke: scene.NoPaint}},
			&scene.Box{R: scene.Rect{X: 50, Y: 10, W: 30, H: 20}, Style: scene.Style{Fill: plain, Stroke: ink, StrokeWidth: 1}},
			&scene.Text{X: 25, Y: 25, Paint: ink, Runs: []scene.Run{{Text: "0.1", Face: scene.Sans, Size: 12}}},
		}}
		out, err := Render(s, &animate.Timeline{}, Options{Prefix: "p", NoFont: true})
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}

	light := build(diagram.Light)
	for _, want := range []string{`fill="#f3f8ff"`, `fill="#0f172a"`, `stroke="#0f172a"`} {
		if !strings.Contains(light, want) {
			t.Errorf("light theme: no %s", want)
		}
	}
	if strings.Contains(light, "223456") || strings.Contains(light, "df-") {
		t.Errorf("light theme writes the dark colour or its class:\n%s", light)
	}

	dark := build(diagram.Dark)
	for _, want := range []string{`fill="#223456"`, `fill="#ffffff"`, `stroke="#ffffff"`, `fill="#abcdef"`} {
		if !strings.Contains(dark, want) {
			t.Errorf("dark theme: no %s", want)
		}
	}
	if strings.Contains(dark, "#f3f8ff") || strings.Contains(dark, "df-") {
		t.Errorf("dark theme writes the light colour or a switching class:\n%s", dark)
	}

	auto := build(diagram.Auto)
	media := strings.Index(auto, "@media (prefers-color-scheme: dark)")
	if media < 0 {
		t.Fatalf("auto theme: no dark media query:\n%s", auto)
	}
	rules := []string{".p .p-df-223456{fill:#223456}", ".p .p-df-ffffff{fill:#ffffff}", ".p .p-ds-ffffff{stroke:#ffffff}"}
	for _, rule := range rules {
		i := strings.Index(auto, rule)
		if i < media {
			t.Errorf("auto theme: rule %s missing or outside the dark media query", rule)
		}
	}
	for _, want := range []string{`fill="#f3f8ff"`, `p-df-223456`, `p-ds-ffffff`} {
		if !strings.Contains(auto, want) {
			t.Errorf("auto theme: no %s", want)
		}
	}
	if strings.Contains(auto, "abcdef}") {
		t.Errorf("auto theme: a colour without a dark variant got a rule")
	}
}
