package svg

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/matrix"
	"github.com/aiprep/diag/scene"
)

// minContrast is the WCAG 2 level AA ratio for normal-size text.
const minContrast = 4.5

// relativeLuminance returns the WCAG 2 relative luminance of a colour
// written #rrggbb.
func relativeLuminance(hex string) (float64, error) {
	if len(hex) != 7 || hex[0] != '#' {
		return 0, fmt.Errorf("colour %q is not #rrggbb", hex)
	}
	var rgb [3]float64
	for i := range rgb {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return 0, fmt.Errorf("colour %q: %v", hex, err)
		}
		c := float64(v) / 255
		if c <= 0.04045 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2], nil
}

// contrastRatio returns the WCAG 2 contrast ratio of two colours, from 1
// to 21.
func contrastRatio(a, b string) (float64, error) {
	la, err := relativeLuminance(a)
	if err != nil {
		return 0, err
	}
	lb, err := relativeLuminance(b)
	if err != nil {
		return 0, err
	}
	hi, lo := max(la, lb), min(la, lb)
	return (hi + 0.05) / (lo + 0.05), nil
}

func TestContrastRatio(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#777777", "#ffffff", 4.48}, // the classic just-failing grey
		{"#767676", "#ffffff", 4.54},
	}
	for _, tt := range tests {
		got, err := contrastRatio(tt.a, tt.b)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrastRatio(%s, %s) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// textPair is a text paint on the background it is drawn on.
type textPair struct {
	text, background scene.Paint
}

// name describes a pair, e.g. "bad ink on info soft".
func (p textPair) name() string {
	return paintName(p.text) + " on " + paintName(p.background)
}

func paintName(p scene.Paint) string {
	switch p.Role {
	case scene.Page:
		return "page"
	case scene.Panel:
		return "panel"
	}
	if p.Role == scene.OnSolid {
		return p.Tone.String() + " on-solid"
	}
	return p.Tone.String() + " " + roleNames[p.Role]
}

// textPairs lists every pairing of text paint and background that the
// layout draws:
//   - the Ink of every tone on the page and on panels (titles, captions,
//     axis ticks in muted ink, timeline and plot labels, stack items);
//   - the Ink of every tone on the Soft fill of every tone: a node's label
//     on its own fill, and neutral or muted text (tree details, frame
//     names) on a toned fill;
//   - OnSolid on the Solid of the same tone (step badges, numbers).
func textPairs() []textPair {
	tones := make([]diagram.Tone, len(diagram.ToneNames()))
	for i := range tones {
		tones[i] = diagram.Tone(i)
	}
	var out []textPair
	for _, t := range tones {
		ink := scene.Paint{Tone: t, Role: scene.Ink}
		out = append(out, textPair{ink, scene.Paint{Role: scene.Page}}, textPair{ink, scene.Paint{Role: scene.Panel}})
		for _, bg := range tones {
			out = append(out, textPair{ink, scene.Paint{Tone: bg, Role: scene.Soft}})
		}
		out = append(out, textPair{scene.Paint{Tone: t, Role: scene.OnSolid}, scene.Paint{Tone: t, Role: scene.Solid}})
	}
	return out
}

// TestPaletteContrast requires every text pairing to reach WCAG 2 AA
// (4.5:1) in both themes, and reports the lowest ratio of each theme.
func TestPaletteContrast(t *testing.T) {
	themes := []struct {
		name    string
		palette *Palette
	}{{"light", &LightPalette}, {"dark", &DarkPalette}}
	for _, th := range themes {
		lowest, lowestPair := math.Inf(1), ""
		for _, p := range textPairs() {
			fg, bg := th.palette.color(p.text), th.palette.color(p.background)
			r, err := contrastRatio(fg, bg)
			if err != nil {
				t.Fatalf("%s theme, %s: %v", th.name, p.name(), err)
			}
			if r < minContrast {
				t.Errorf("%s theme: %s (%s on %s) has contrast %.2f:1, want at least %.1f:1", th.name, p.name(), fg, bg, r, minContrast)
			}
			if r < lowest {
				lowest, lowestPair = r, p.name()
			}
		}
		t.Logf("%s theme: lowest contrast %.2f:1 (%s)", th.name, lowest, lowestPair)
	}
}

// TestHeatCellContrast checks the one text pairing that does not come from
// the palettes: a heat-map cell's value, written in matrix.InkOn of the
// cell's colour, over the whole of both heat scales.
func TestHeatCellContrast(t *testing.T) {
	for _, kind := range []diagram.ScaleKind{diagram.Sequential, diagram.Diverging} {
		scale := &diagram.HeatScale{Lo: 0, Hi: 100, Kind: kind}
		lowest := math.Inf(1)
		for v := 0.0; v <= 100; v++ {
			fill := matrix.HeatColor(scale, v)
			ink := matrix.InkOn(fill)
			r, err := contrastRatio(ink, fill)
			if err != nil {
				t.Fatal(err)
			}
			if r < minContrast {
				t.Errorf("heat scale %d at %v: %s on %s has contrast %.2f:1, want at least %.1f:1", kind, v, ink, fill, r, minContrast)
			}
			lowest = min(lowest, r)
		}
		t.Logf("heat scale %d: lowest contrast %.2f:1", kind, lowest)
	}
	// A diverging scale off centre, and every categorical colour.
	off := &diagram.HeatScale{Lo: -30, Hi: 100, Kind: diagram.Diverging, Centre: 0, HasCentre: true}
	fills := []string{}
	for v := -30.0; v <= 100; v++ {
		fills = append(fills, matrix.HeatColor(off, v))
	}
	for i := range diagram.MaxCategories {
		fills = append(fills, matrix.CategoryColor(i))
	}
	for _, fill := range fills {
		ink := matrix.InkOn(fill)
		r, err := contrastRatio(ink, fill)
		if err != nil {
			t.Fatal(err)
		}
		if r < minContrast {
			t.Errorf("%s on %s has contrast %.2f:1, want at least %.1f:1", ink, fill, r, minContrast)
		}
	}
}
