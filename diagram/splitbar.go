package diagram

import (
	"fmt"
	"math"
	"strconv"
)

// SplitBar is a proportional bar: one bar of full width split into parts
// by their share of the total, such as a data set's train, validation and
// test parts or a memory budget. Each part is labelled with its name and
// share, inside it when the text fits and outside, joined by a leader
// line, when it does not.
type SplitBar struct {
	PanelHead
	// Unit follows each part's value in its label ("GB"); empty shows the
	// share in percent only.
	Unit string
	// Width is the length of the bar in px; zero means the default, 560.
	Width float64
	// Percent says that the values are percentages of the whole, which
	// then add up to 100 within PercentSlack; else they are amounts, and
	// each part's share is its value over their total.
	Percent bool
	// Parts are the parts from left to right.
	Parts []*SplitPart
}

func (*SplitBar) keyword() string { return "split" }

// PercentSlack is how far from 100 the percentages of a split may add up:
// the rounding of parts written to one decimal, such as 33.3% three times.
// The parts are drawn as shares of their sum, so a sum within the slack
// draws as exactly 100%.
const PercentSlack = 0.5

// SplitPart is one part of a proportional bar.
type SplitPart struct {
	ID    string
	Label string // what readers see; the id when empty
	Value float64
	Tone  Tone
	Pos   Pos
}

// Text returns the label, or the id when the label is empty.
func (p *SplitPart) Text() string {
	if p.Label != "" {
		return p.Label
	}
	return p.ID
}

// Position returns where the part was declared.
func (p *SplitPart) Position() Pos { return p.Pos }

func (s *SplitBar) walk(f func(Element) bool) { walkList(s.Parts, f) }
func (*SplitPart) walk(func(Element) bool)    {}

func (s *SplitBar) eachString(f func(string)) {
	f(s.ID)
	f(s.Title)
	f(s.Unit)
}

func (p *SplitPart) eachString(f func(string)) {
	f(p.ID)
	f(p.Label)
}

// check checks a proportional bar and its parts.
func (s *SplitBar) check(v *validator) {
	if v.finite(s, "split width", s.Width) && s.Width != 0 && (s.Width < 120 || s.Width > 2000) {
		v.errorf(s, "a split bar is from 120 to 2000 px long, or 0 for the default", "split width %g is out of range", s.Width)
	}
	if len(s.Parts) == 0 {
		v.errorf(s, "add the parts of the split", "split has no parts")
	}
	if len(s.Parts) > MaxSplitParts {
		v.errorf(s, fmt.Sprintf("a split holds at most %d parts; gather the small ones into one", MaxSplitParts), "split has %d parts", len(s.Parts))
	}
	total := 0.0
	for i, p := range s.Parts {
		switch {
		case p == nil:
			v.nilEntry(s, "Parts", i)
		case v.in(p, step{kind: "part", id: p.ID, index: i + 1}, "part"):
			if p.ID == "" {
				v.errorf(p, "give every part an ID", "part has no id")
			}
			v.declare(p.ID, "part", p)
			v.tone(p, p.Tone)
			if v.finite(p, "part value", p.Value) {
				if p.Value < 0 {
					v.errorf(p, "a part is a share of the whole, 0 or more", "part %q is negative (%g)", p.ID, p.Value)
				}
				total += max(p.Value, 0)
			}
			v.out(p)
		}
	}
	switch {
	case len(s.Parts) > 0 && total == 0:
		v.errorf(s, "give at least one part a value above 0", "split parts add up to 0")
	case s.Percent && math.Abs(total-100) > PercentSlack:
		v.errorf(s, "make the percentages add up to 100%, or write the parts without % to show them as shares of their total",
			"split percentages add up to %s%%, not 100%%", strconv.FormatFloat(total, 'g', 6, 64))
	}
}
