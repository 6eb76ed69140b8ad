package diagram

import "fmt"

// Histogram is a panel of the distribution of raw values: the values of
// each series are counted in bins of one shared grid and drawn as bars,
// the series overlaid (for example control against treatment).
//
// The grid spans the x axis's range when it is given, else the data's
// range; values outside the range are left out. The bins are BinWidth
// wide, starting at a multiple of BinWidth, or Bins of them split the
// range evenly; with neither, the number of bins follows Sturges' rule
// from the largest series. Each bin holds the values from its left edge up
// to, not including, its right edge; the last bin holds its right edge
// too.
type Histogram struct {
	PanelHead
	// Bins is the number of bins, or 0.
	Bins int
	// BinWidth is the width of a bin in data units, or 0.
	BinWidth float64
	// Density draws each series' counts divided by its number of values
	// and the bin width, so that its bars cover an area of 1.
	Density bool
	// X is the axis of the values: its name and the range of the grid.
	X Axis
	// YName names the count axis; empty writes "count" or "density".
	YName string
	// Width and Height are the size of the chart area in px; zero means
	// the default, 360 × 200.
	Width, Height float64
	// Series are the distributions, drawn in order.
	Series []*HistSeries
}

func (*Histogram) keyword() string { return "histogram" }

// HistSeries is one distribution of a histogram: its raw values, its name
// in the legend and its tone.
type HistSeries struct {
	ID     string
	Label  string // what readers see; the id when empty
	Tone   Tone
	Values []float64
	Pos    Pos
}

// Text returns the label, or the id when the label is empty.
func (s *HistSeries) Text() string {
	if s.Label != "" {
		return s.Label
	}
	return s.ID
}

// Position returns where the series was declared.
func (s *HistSeries) Position() Pos { return s.Pos }

func (h *Histogram) walk(f func(Element) bool) {
	Inspect(&h.X, f)
	walkList(h.Series, f)
}

func (*HistSeries) walk(func(Element) bool) {}

func (h *Histogram) eachString(f func(string)) {
	f(h.ID)
	f(h.Title)
	f(h.YName)
}

func (s *HistSeries) eachString(f func(string)) {
	f(s.ID)
	f(s.Label)
}

// check checks a histogram: its grid, sizes and series.
func (h *Histogram) check(v *validator) {
	h.X.check(v, "x")
	if h.X.Log {
		v.errorf(h, "a histogram's bins are even on a linear axis; take the log of the values first", "histogram on a log scale")
	}
	checkChartSize(v, h, h.Width, h.Height)
	switch {
	case h.Bins != 0 && h.BinWidth != 0:
		v.errorf(h, "give the number of bins or their width, not both", "histogram has both a bin count and a bin width")
	case h.Bins < 0 || h.Bins > MaxBins:
		v.errorf(h, fmt.Sprintf("use from 1 to %d bins", MaxBins), "bin count %d is out of range", h.Bins)
	case v.finite(h, "bin width", h.BinWidth) && h.BinWidth < 0:
		v.errorf(h, "a bin width is above 0", "bin width %g is negative", h.BinWidth)
	}
	if len(h.Series) == 0 {
		v.errorf(h, "add the values of at least one series", "histogram has no series")
	}
	if len(h.Series) > MaxBarSeries {
		v.errorf(h, fmt.Sprintf("a histogram overlays at most %d series", MaxBarSeries), "histogram has %d series", len(h.Series))
	}
	for i, s := range h.Series {
		switch {
		case s == nil:
			v.nilEntry(h, "Series", i)
		case v.in(s, step{kind: "series", id: s.ID, index: i + 1}, "series"):
			if s.ID == "" {
				v.errorf(s, "give every series an ID", "series has no id")
			}
			v.declare(s.ID, "series", s)
			v.tone(s, s.Tone)
			if len(s.Values) == 0 {
				v.errorf(s, "write the series' values between its braces", "series %q has no values", s.ID)
			}
			v.finite(s, "value", s.Values...)
			v.out(s)
		}
	}
}
