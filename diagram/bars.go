package diagram

import "fmt"

// Bars is a bar chart: one bar per category, in the order declared. A bar
// holds one value, or one value per series when the chart declares series;
// the bars of several series stand side by side (grouped) or on top of one
// another (Stacked), in the order the series are declared, the first
// series next to the baseline. Bars stand up from the baseline, or run to
// the right of it when Horizontal; a negative value goes below (left of)
// the baseline. Each bar may carry error bars, and its value is written
// inside the bar when the text fits there and beyond its end otherwise.
type Bars struct {
	PanelHead
	// Horizontal lays the categories down the left side, the bars running
	// to the right; else the categories sit along the bottom.
	Horizontal bool
	// Stacked stacks the values of the series in declared order; else the
	// bars of a category are grouped side by side.
	Stacked bool
	// Value is the value axis: its name, its range (Lo == Hi follows the
	// data, the baseline included) and its scale. On a log scale the bars
	// stand on the bottom of the axis and every value is above zero.
	Value Axis
	// Baseline is the value the bars start from on a linear scale.
	Baseline float64
	// Unit follows each value label, as in "42%" or "12 ms".
	Unit string
	// NoValues leaves out the value labels.
	NoValues bool
	// Width and Height are the size of the chart area in px; zero means
	// the default, which follows the number of bars.
	Width, Height float64
	// Series are the series of the chart, in stacking order; none means
	// one value per bar.
	Series []*BarSeries
	// Items are the bars, one per category, in the order drawn.
	Items []*Bar
}

func (*Bars) keyword() string { return "bars" }

// BarSeries is one series of a bar chart: its id, its name in the legend
// and its tone.
type BarSeries struct {
	ID    string
	Label string // what readers see; the id when empty
	Tone  Tone
	Pos   Pos
}

// Text returns the label, or the id when the label is empty.
func (s *BarSeries) Text() string {
	if s.Label != "" {
		return s.Label
	}
	return s.ID
}

// Bar is one category of a bar chart: its values (one per series, or one),
// the half-widths of their error bars (none, or one per value) and its
// tone, for a chart without series.
type Bar struct {
	ID     string
	Label  string // the category's name; the id when empty
	Values []float64
	Errors []float64
	Tone   Tone
	Pos    Pos
}

// Text returns the label, or the id when the label is empty.
func (b *Bar) Text() string {
	if b.Label != "" {
		return b.Label
	}
	return b.ID
}

// Position returns where the series was declared.
func (s *BarSeries) Position() Pos { return s.Pos }

// Position returns where the bar was declared.
func (b *Bar) Position() Pos { return b.Pos }

func (p *Bars) walk(f func(Element) bool) {
	Inspect(&p.Value, f)
	walkList(p.Series, f)
	walkList(p.Items, f)
}

func (*BarSeries) walk(func(Element) bool) {}
func (*Bar) walk(func(Element) bool)       {}

func (p *Bars) eachString(f func(string)) {
	f(p.ID)
	f(p.Title)
	f(p.Unit)
}

func (s *BarSeries) eachString(f func(string)) {
	f(s.ID)
	f(s.Label)
}

func (b *Bar) eachString(f func(string)) {
	f(b.ID)
	f(b.Label)
}

// Parts returns the parts drawn under the id of each bar of a chart with
// series: one bar per series, named by the series' id, so that the bar of
// series p99 in category gen is "gen.p99". A chart without series has
// none.
func (p *Bars) Parts() []Part {
	var out []Part
	for _, s := range p.Series {
		if s != nil && s.ID != "" {
			out = append(out, Part(s.ID))
		}
	}
	return out
}

// check checks a bar chart: its axis, sizes, series and bars.
func (p *Bars) check(v *validator) {
	p.Value.check(v, "value")
	checkChartSize(v, p, p.Width, p.Height)
	v.finite(p, "baseline", p.Baseline)
	if len(p.Items) == 0 {
		v.errorf(p, "add the chart's bars", "bars has no bars")
	}
	if len(p.Series) > MaxBarSeries {
		v.errorf(p, fmt.Sprintf("a chart holds at most %d series; split it into several charts", MaxBarSeries), "bars has %d series", len(p.Series))
	}
	if len(p.Items) > MaxBars {
		v.errorf(p, fmt.Sprintf("a chart holds at most %d bars; bin the data, or split it into several charts", MaxBars), "bars has %d bars", len(p.Items))
	}
	if p.Stacked && len(p.Series) == 0 {
		v.errorf(p, "declare the series that stack, or leave out stacked", "stacked bars need series")
	}
	for i, s := range p.Series {
		switch {
		case s == nil:
			v.nilEntry(p, "Series", i)
		case v.in(s, step{kind: "series", id: s.ID, index: i + 1}, "series"):
			if s.ID == "" {
				v.errorf(s, "give every series an ID", "series has no id")
			}
			v.declare(s.ID, "series", s)
			v.tone(s, s.Tone)
			v.out(s)
		}
	}
	want := max(len(p.Series), 1)
	for i, b := range p.Items {
		switch {
		case b == nil:
			v.nilEntry(p, "Items", i)
		case v.in(b, step{kind: "bar", id: b.ID, index: i + 1}, "bar"):
			b.check(v, p, want)
			v.out(b)
		}
	}
}

// check checks one bar of the chart p, which has want values per bar.
func (b *Bar) check(v *validator, p *Bars, want int) {
	if b.ID == "" {
		v.errorf(b, "give every bar an ID", "bar has no id")
	}
	v.declare(b.ID, "bar", b)
	if b.ID != "" {
		for _, part := range p.Parts() {
			v.declare(SubID(b.ID, part), "bar", b)
		}
	}
	v.tone(b, b.Tone)
	if len(b.Values) != want {
		hint := "write one value per bar"
		if len(p.Series) > 0 {
			hint = fmt.Sprintf("write one value for each of the %d series, in their order", len(p.Series))
		}
		v.errorf(b, hint, "bar %q has %d values, want %d", b.ID, len(b.Values), want)
	}
	if len(b.Errors) != 0 && len(b.Errors) != len(b.Values) {
		v.errorf(b, "give one error for each value, or none", "bar %q has %d errors for %d values", b.ID, len(b.Errors), len(b.Values))
	}
	if !v.finite(b, "bar value", b.Values...) || !v.finite(b, "bar error", b.Errors...) {
		return
	}
	for _, e := range b.Errors {
		if e < 0 {
			v.errorf(b, "an error is the half-width of the error bar, 0 or more", "bar error %g is negative", e)
			return
		}
	}
	if p.Value.Log {
		for _, x := range b.Values {
			if x <= 0 {
				v.errorf(b, "a log scale shows values above 0 only; use a linear scale for zero or negative values", "bar value %g on a log scale", x)
				return
			}
		}
	}
}

// checkChartSize checks the size of a chart area: zero for the default, or
// from 80 to 2000 px.
func checkChartSize(v *validator, e Element, w, h float64) {
	if !v.finite(e, "chart size", w, h) {
		return
	}
	for _, s := range []float64{w, h} {
		if s != 0 && (s < 80 || s > 2000) {
			v.errorf(e, "a chart's width and height are from 80 to 2000 px, or 0 for the default", "chart size %g is out of range", s)
			return
		}
	}
}
