package matrix

import (
	"fmt"
	"math"
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Heatmap colours come from ramps built in the OKLab colour space (Björn
// Ottosson, "A perceptual color space for image processing", 2020), where
// equal steps of lightness L look like equal steps to the eye. A ramp is a
// polyline through a few anchor colours; a value picks its lightness
// linearly from the range and the colour on the polyline with that
// lightness, so the ramp is perceptually even in lightness whatever the
// anchors.

// oklab is a colour in the OKLab space.
type oklab struct{ L, A, B float64 }

// The ramps' anchor colours, from low to high values. The sequential ramp
// runs from a pale blue to a deep blue; the diverging ramp from deep blue
// through a warm white to deep red. Lightness must fall (or rise) steadily
// along each half.
//
// On a dark page the ramps run the other way, from colours just above the
// panel's to bright ones, so that small values recede there as they do on
// a light page and the largest values stand out in both themes.
var (
	sequentialRamp = rampOf("#f3f8ff", "#bcd7fb", "#6ea8f7", "#2f6fde", "#1e3f96")
	divergingLow   = rampOf("#f7f6f3", "#a9c8f5", "#4f86e0", "#1e3f96") // mid → low
	divergingHigh  = rampOf("#f7f6f3", "#f5b0a3", "#de5a45", "#931f1a") // mid → high

	darkSequentialRamp = rampOf("#223456", "#274679", "#3066b6", "#5a95ea", "#a8ccff")
	darkDivergingLow   = rampOf("#2a303c", "#2b4b86", "#4f86e0", "#9cc2ff") // mid → low
	darkDivergingHigh  = rampOf("#2a303c", "#7a3128", "#d9584a", "#ffab9c") // mid → high
)

// ramp is a polyline in OKLab with monotone lightness.
type ramp []oklab

func rampOf(hex ...string) ramp {
	r := make(ramp, len(hex))
	for i, h := range hex {
		r[i] = toOKLab(parseHex(h))
	}
	return r
}

// atL returns the colour on the ramp with lightness L, clamped to the ramp.
func (r ramp) atL(L float64) oklab {
	first, last := r[0], r[len(r)-1]
	down := last.L < first.L
	for i := 0; i+1 < len(r); i++ {
		a, b := r[i], r[i+1]
		if down && L <= a.L && L >= b.L || !down && L >= a.L && L <= b.L {
			t := 0.0
			if b.L != a.L {
				t = (L - a.L) / (b.L - a.L)
			}
			return oklab{a.L + t*(b.L-a.L), a.A + t*(b.A-a.A), a.B + t*(b.B-a.B)}
		}
	}
	if down == (L > first.L) {
		return first
	}
	return last
}

// at returns the colour a fraction t (0..1) along the ramp's lightness.
func (r ramp) at(t float64) oklab {
	t = math.Max(0, math.Min(1, t))
	return r.atL(r[0].L + t*(r[len(r)-1].L-r[0].L))
}

// HeatColor returns the fill colour of value v on the scale h, as #rrggbb.
// Values outside the range take the colour of the nearer end; NaN takes
// the colour of the middle (of a diverging scale, its centre). A diverging
// scale is symmetric about its centre: a value as far above the centre as
// another is below it is as deep, so that with a centre off the middle of
// the range the shorter side stops short of its deepest colour. A
// categorical scale has no colour for a value; see CategoryColor.
func HeatColor(h *diagram.HeatScale, v float64) string {
	return toHex(fromOKLab(heatLab(h.Kind, heatT(h, v), false)))
}

// DarkHeatColor is HeatColor for a dark page: the same place on the
// scale, on the ramp that runs from dark to bright.
func DarkHeatColor(h *diagram.HeatScale, v float64) string {
	return toHex(fromOKLab(heatLab(h.Kind, heatT(h, v), true)))
}

// HeatPaint returns the paint of value v on the scale h, with its colour
// in both themes.
func HeatPaint(h *diagram.HeatScale, v float64) scene.Paint {
	return scene.Paint{Color: HeatColor(h, v), DarkColor: DarkHeatColor(h, v)}
}

// InkPaint returns the paint of text drawn on fill, with its colour in
// both themes (see InkOn).
func InkPaint(fill scene.Paint) scene.Paint {
	ink := scene.Paint{Color: InkOn(fill.Color)}
	if fill.DarkColor != "" {
		ink.DarkColor = InkOn(fill.DarkColor)
	}
	return ink
}

// heatT returns where value v lies on the scale h, from 0 to 1.
func heatT(h *diagram.HeatScale, v float64) float64 {
	t := 0.5
	switch {
	case math.IsNaN(v) || !(h.Hi > h.Lo):
	case h.Kind == diagram.Diverging:
		c := h.Mid()
		reach := max(c-h.Lo, h.Hi-c)
		v = math.Max(h.Lo, math.Min(h.Hi, v))
		if reach > 0 {
			t = 0.5 + 0.5*(v-c)/reach
		}
	default:
		t = math.Max(0, math.Min(1, (v-h.Lo)/(h.Hi-h.Lo)))
	}
	return t
}

// categoryHues are the OKLab hues, in degrees, of the categorical colours,
// in the order categories take them: each as far as it can be from those
// before it, so that the first few categories are the easiest to tell
// apart.
var categoryHues = [diagram.MaxCategories]float64{255, 65, 145, 15, 305, 100, 195, 345, 40, 225}

// Categorical colours share one lightness and chroma, so that no category
// looks more important than another, light enough for dark text.
const (
	categoryL = 0.84
	categoryC = 0.085
)

// CategoryColor returns the fill of the i-th category (from 0) of a
// categorical scale, as #rrggbb; i wraps around the palette of
// diagram.MaxCategories colours.
func CategoryColor(i int) string {
	i %= len(categoryHues)
	if i < 0 {
		i += len(categoryHues)
	}
	h := categoryHues[i] * math.Pi / 180
	return toHex(fromOKLab(oklab{categoryL, categoryC * math.Cos(h), categoryC * math.Sin(h)}))
}

func heatLab(kind diagram.ScaleKind, t float64, dark bool) oklab {
	seq, low, high := sequentialRamp, divergingLow, divergingHigh
	if dark {
		seq, low, high = darkSequentialRamp, darkDivergingLow, darkDivergingHigh
	}
	if kind == diagram.Diverging {
		if t < 0.5 {
			return low.at(1 - 2*t)
		}
		return high.at(2*t - 1)
	}
	return seq.at(t)
}

// Inks for text on a computed fill: the darker one is the page ink of the
// light theme; pure black and white are the fallbacks, one of which always
// reaches 4.58:1 against any colour.
const (
	darkInk  = "#0f172a"
	lightInk = "#ffffff"
)

// InkOn returns the colour of text drawn on fill (#rrggbb): dark or light,
// whichever contrasts more, and pure black or white when neither reaches
// the 4.5:1 of WCAG AA.
func InkOn(fill string) string {
	bg := luminance(parseHex(fill))
	dark, light := contrast(bg, luminance(parseHex(darkInk))), contrast(bg, 1)
	switch {
	case dark >= light && dark >= 4.5:
		return darkInk
	case light >= 4.5:
		return lightInk
	case dark >= 4.5:
		return darkInk
	}
	// White fails only on fills light enough for black to pass.
	return "#000000"
}

// Contrast returns the WCAG contrast ratio of two #rrggbb colours.
func Contrast(a, b string) float64 {
	return contrast(luminance(parseHex(a)), luminance(parseHex(b)))
}

func contrast(la, lb float64) float64 {
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// rgb is a colour in linear sRGB, each channel 0..1.
type rgb struct{ R, G, B float64 }

// luminance is the WCAG relative luminance of a linear sRGB colour.
func luminance(c rgb) float64 { return 0.2126*c.R + 0.7152*c.G + 0.0722*c.B }

func parseHex(h string) rgb {
	if len(h) != 7 || h[0] != '#' {
		return rgb{}
	}
	ch := func(s string) float64 {
		v, _ := strconv.ParseUint(s, 16, 8)
		return toLinear(float64(v) / 255)
	}
	return rgb{ch(h[1:3]), ch(h[3:5]), ch(h[5:7])}
}

func toHex(c rgb) string {
	ch := func(v float64) int {
		v = math.Max(0, math.Min(1, v))
		return int(math.Round(fromLinear(v) * 255))
	}
	return fmt.Sprintf("#%02x%02x%02x", ch(c.R), ch(c.G), ch(c.B))
}

func toLinear(v float64) float64 {
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

func fromLinear(v float64) float64 {
	if v <= 0.0031308 {
		return 12.92 * v
	}
	return 1.055*math.Pow(v, 1/2.4) - 0.055
}

// toOKLab and fromOKLab convert between linear sRGB and OKLab with the
// published matrices.
func toOKLab(c rgb) oklab {
	l := math.Cbrt(0.4122214708*c.R + 0.5363325363*c.G + 0.0514459929*c.B)
	m := math.Cbrt(0.2119034982*c.R + 0.6806995451*c.G + 0.1073969566*c.B)
	s := math.Cbrt(0.0883024619*c.R + 0.2817188376*c.G + 0.6299787005*c.B)
	return oklab{
		0.2104542553*l + 0.7936177850*m - 0.0040720468*s,
		1.9779984951*l - 2.4285922050*m + 0.4505937099*s,
		0.0259040371*l + 0.7827717662*m - 0.8086757660*s,
	}
}

func fromOKLab(c oklab) rgb {
	l := c.L + 0.3963377774*c.A + 0.2158037573*c.B
	m := c.L - 0.1055613458*c.A - 0.0638541728*c.B
	s := c.L - 0.0894841775*c.A - 1.2914855480*c.B
	l, m, s = l*l*l, m*m*m, s*s*s
	return rgb{
		4.0767416621*l - 3.3077115913*m + 0.2309699292*s,
		-1.2684380046*l + 2.6097574011*m - 0.3413193965*s,
		-0.0041960863*l - 0.7034186147*m + 1.7076147010*s,
	}
}
