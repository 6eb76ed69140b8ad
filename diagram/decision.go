package diagram

import "fmt"

// RuleKind is how a Decision assigns a point of the plane to a class.
type RuleKind int

// The kinds of decision rule.
const (
	// RuleNearest puts a point in the class of its nearest centroid:
	// Centroids as given, or the mean of each class of the scatters Of.
	RuleNearest RuleKind = iota
	// RuleLinear puts a point (x, y) in class 1 where W.X·x + W.Y·y + B ≥
	// 0, and in class 2 elsewhere.
	RuleLinear
	// RuleThreshold puts a point in class 1 where the formula Z is at
	// least Level, and in class 2 elsewhere.
	RuleThreshold
)

// ruleKindConsts names the constants of RuleKind in order (see checkEnum).
var ruleKindConsts = []string{"RuleNearest", "RuleLinear", "RuleThreshold"}

func (RuleKind) consts() []string { return ruleKindConsts }

var ruleKindNames = [...]string{"nearest", "linear", "threshold"}

// String returns the rule's name as written in the language ("threshold"
// is written z = FORMULA).
func (k RuleKind) String() string {
	if k >= 0 && int(k) < len(ruleKindNames) {
		return ruleKindNames[k]
	}
	return "nearest"
}

// MaxCentroids caps the classes of a nearest-centroid rule.
const MaxCentroids = 16

// Decision shades the decision regions of a classifier: the plot area is
// cut into the regions where the rule picks each class, filled in the
// class's tone beneath every line and point. The layout computes the
// regions on a grid and traces their borders, so the picture follows the
// rule, not hand-placed shapes.
type Decision struct {
	MarkHead
	Rule RuleKind
	// Centroids are the class centres of a RuleNearest given by hand.
	Centroids []XY
	// Of names scatters declared above in the plot whose classes (each
	// class of blobs, or each scatter of one class) give the centroids of
	// a RuleNearest, and the classes' tones.
	Of []string
	// W and B are the weights and bias of a RuleLinear.
	W XY
	B float64
	// Z and Level are the formula and threshold of a RuleThreshold.
	Z     Formula
	Level float64
	// Tones are the tones of the classes in order; missing ones take the
	// tones of the classes Of, or the mark's Tone and the tones after it.
	Tones []Tone
	// Classes name the classes for the legend; a class without a name
	// has no entry.
	Classes []string
}

func (*Decision) keyword() string { return "decision" }

func (d *Decision) walk(f func(Element) bool) { Inspect(&d.Z, f) }

func (d *Decision) eachString(f func(string)) {
	f(d.ID)
	f(d.Label)
	eachOf(d.Of, f)
	eachOf(d.Classes, f)
}

// ClassCount returns the number of classes the rule names when it does
// not depend on other marks: the centroids given, or two; 0 for a rule of
// the classes of scatters.
func (d *Decision) ClassCount() int {
	switch {
	case d.Rule != RuleNearest:
		return 2
	case len(d.Of) > 0:
		return 0
	}
	return len(d.Centroids)
}

// check checks a decision rule's settings and the scatters it names.
func (d *Decision) check(v *validator, p *Plot) {
	if !checkEnum(v, d, "decision rule", d.Rule) {
		return
	}
	for _, t := range d.Tones {
		v.tone(d, t)
	}
	switch d.Rule {
	case RuleNearest:
		switch {
		case len(d.Of) > 0 && len(d.Centroids) > 0:
			v.errorf(d, "give Centroids or Of, not both", "nearest-centroid rule has centroids and scatters")
		case len(d.Of) == 0 && (len(d.Centroids) < 1 || len(d.Centroids) > MaxCentroids):
			v.errorf(d, fmt.Sprintf("give 1 to %d centroids, or the scatters whose classes they are the means of", MaxCentroids), "nearest-centroid rule has %d centroids", len(d.Centroids))
		}
		for _, c := range d.Centroids {
			if !v.finite(d, "centroid", c.X, c.Y) {
				break
			}
		}
		d.checkOf(v, p)
	case RuleLinear:
		if v.finite(d, "linear rule", d.W.X, d.W.Y, d.B) && d.W.X == 0 && d.W.Y == 0 {
			v.errorf(d, "give the rule a weight on x or y", "linear rule has zero weights")
		}
	case RuleThreshold:
		v.need(d, d.Z.Text, formulaHint, "decision threshold has no formula")
		v.finite(d, "decision threshold", d.Level)
	}
	if d.Rule != RuleNearest && (len(d.Of) > 0 || len(d.Centroids) > 0) {
		v.errorf(d, "only a nearest-centroid rule has centroids", "%s rule has centroids", d.Rule)
	}
	if n := d.ClassCount(); n > 0 && (len(d.Classes) > n || len(d.Tones) > n) {
		v.errorf(d, "give at most one name and one tone per class", "%d class names and %d tones for %d classes", len(d.Classes), len(d.Tones), n)
	}
}

// checkOf checks that the scatters Of are declared above the mark.
func (d *Decision) checkOf(v *validator, p *Plot) {
	var ids []string
	for _, m := range p.Marks {
		if m == PlotMark(d) {
			break
		}
		if s, ok := m.(*Scatter); ok && s.ID != "" {
			ids = append(ids, s.ID)
		}
	}
	for _, id := range d.Of {
		target := p.mark(id)
		if _, ok := target.(*Scatter); ok && contains(ids, id) {
			continue
		}
		switch {
		case target == nil:
			v.report(d, v.path, suggestion(id, func() []string { return ids }),
				"a decision rule takes the classes of points declared above it in its plot, named by their ids", "unknown points %q in Of", id)
		case target.keyword() != "points":
			v.errorf(d, "a decision rule takes the classes of points marks", "%q is %s, not points", id, article(target.keyword()))
		default:
			v.errorf(d, "declare the points before the decision rule", "points %q are declared after the decision rule", id)
		}
		return
	}
}

// RampKind is the colour ramp of a Field.
type RampKind int

// The ramps.
const (
	// RampSequential shades from clear at Lo to the full Tone at Hi.
	RampSequential RampKind = iota
	// RampDiverging shades from the full Low tone at Lo through clear at
	// the middle of the range to the full Tone at Hi.
	RampDiverging
)

// rampKindConsts names the constants of RampKind in order (see checkEnum).
var rampKindConsts = []string{"RampSequential", "RampDiverging"}

func (RampKind) consts() []string { return rampKindConsts }

var rampKindNames = [...]string{"sequential", "diverging"}

// String returns the ramp's name as written in the language.
func (k RampKind) String() string {
	if k >= 0 && int(k) < len(rampKindNames) {
		return rampKindNames[k]
	}
	return "sequential"
}

// RampKindNames lists the names of the ramps, in order.
func RampKindNames() []string { return append([]string(nil), rampKindNames[:]...) }

// ParseRampKind returns the ramp with the given name.
func ParseRampKind(s string) (RampKind, bool) {
	for i, n := range rampKindNames {
		if n == s {
			return RampKind(i), true
		}
	}
	return RampSequential, false
}

// MaxFieldLevels caps the contour lines of a Field.
const MaxFieldLevels = 20

// Field shades the plot area by the value of a formula in x and y, such as
// the probability σ(w·x + b) of a classifier, on a colour ramp from Lo to
// Hi (0 to 1 when both are zero), beneath every line and point, with level
// lines at Levels (the 0.5 boundary of a classifier) and a small colour key
// beside the plot. Values outside the range take the colour of the nearer
// end.
type Field struct {
	MarkHead
	P      Formula
	Ramp   RampKind
	Lo, Hi float64
	// Low is the tone of the low end of a diverging ramp; Tone is the tone
	// of the high end.
	Low    Tone
	Levels []float64
}

func (*Field) keyword() string { return "field" }

func (fd *Field) walk(f func(Element) bool) { Inspect(&fd.P, f) }

// Range returns the field's value range: Lo .. Hi, or 0 .. 1 when both
// are zero.
func (fd *Field) Range() (lo, hi float64) {
	if fd.Lo == 0 && fd.Hi == 0 {
		return 0, 1
	}
	return fd.Lo, fd.Hi
}

func (fd *Field) check(v *validator, _ *Plot) {
	v.need(fd, fd.P.Text, formulaHint, "field has no formula")
	checkEnum(v, fd, "ramp", fd.Ramp)
	v.tone(fd, fd.Low)
	if v.finite(fd, "field range", fd.Lo, fd.Hi) && fd.Lo > fd.Hi || fd.Lo == fd.Hi && fd.Lo != 0 {
		v.errorf(fd, "write the smaller value first, like from 0 to 1; zero and zero mean 0 to 1", "field range from %g to %g is empty", fd.Lo, fd.Hi)
	}
	if len(fd.Levels) > MaxFieldLevels {
		v.errorf(fd, fmt.Sprintf("give at most %d levels", MaxFieldLevels), "field has %d levels", len(fd.Levels))
	}
	v.finite(fd, "field level", fd.Levels...)
}
