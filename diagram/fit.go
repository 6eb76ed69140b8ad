package diagram

import "fmt"

// FitKind is the kind of curve a Fit computes from its points.
type FitKind int

// The kinds of fit.
const (
	FitPoly     FitKind = iota // least-squares polynomial of degree Degree
	FitLinear                  // least-squares line, a polynomial of degree 1
	FitLogistic                // σ(a + b·x) by maximum likelihood, for labels from 0 to 1
	FitMoving                  // centred moving average over Window points
)

// fitKindConsts names the constants of FitKind in order (see checkEnum).
var fitKindConsts = []string{"FitPoly", "FitLinear", "FitLogistic", "FitMoving"}

func (FitKind) consts() []string { return fitKindConsts }

var fitKindNames = [...]string{"poly", "linear", "logistic", "moving"}

// String returns the kind's name as written in the language.
func (k FitKind) String() string {
	if k >= 0 && int(k) < len(fitKindNames) {
		return fitKindNames[k]
	}
	return "poly"
}

// FitKindNames lists the names of the kinds of fit, in order.
func FitKindNames() []string { return append([]string(nil), fitKindNames[:]...) }

// ParseFitKind returns the kind of fit with the given name.
func ParseFitKind(s string) (FitKind, bool) {
	for i, n := range fitKindNames {
		if n == s {
			return FitKind(i), true
		}
	}
	return FitPoly, false
}

// The ranges of a fit's settings.
const (
	MaxFitDegree = 20   // the highest degree of a polynomial fit
	MaxFitWindow = 1000 // the widest moving-average window, in points
)

// Fit is a curve computed by the layout from the points of the scatter Of,
// declared above it in the same plot (every class of it): a least-squares
// polynomial, a line, a logistic curve or a moving average. A polynomial,
// a line and a logistic curve are drawn across the whole x axis and
// clipped at the plot's edges, so an overfitted polynomial shows its
// swings; a moving average is drawn over the points' x range.
type Fit struct {
	MarkHead
	Kind FitKind
	// Degree is the degree of a FitPoly, from 1 to MaxFitDegree.
	Degree int
	// Window is the number of points a FitMoving averages, from 2 to
	// MaxFitWindow.
	Window int
	Of     string
	Dashed bool
}

func (*Fit) keyword() string { return "fit" }
func (*Fit) isLine()         {}

func (*Fit) walk(func(Element) bool) {}

func (ft *Fit) eachString(f func(string)) {
	f(ft.ID)
	f(ft.Label)
	f(ft.Of)
}

// check checks a fit's kind and settings and that it fits a scatter of its
// plot declared above it.
func (ft *Fit) check(v *validator, p *Plot) {
	if !checkEnum(v, ft, "fit kind", ft.Kind) {
		return
	}
	switch {
	case ft.Kind == FitPoly && (ft.Degree < 1 || ft.Degree > MaxFitDegree):
		v.errorf(ft, fmt.Sprintf("a polynomial fit has a degree from 1 to %d", MaxFitDegree), "fit degree %d is out of range", ft.Degree)
	case ft.Kind != FitPoly && ft.Degree != 0:
		v.errorf(ft, "only a polynomial fit has a degree; set Degree to 0", "%s fit has degree %d", ft.Kind, ft.Degree)
	case ft.Kind == FitMoving && (ft.Window < 2 || ft.Window > MaxFitWindow):
		v.errorf(ft, fmt.Sprintf("a moving average spans 2 to %d points", MaxFitWindow), "moving-average window %d is out of range", ft.Window)
	case ft.Kind != FitMoving && ft.Window != 0:
		v.errorf(ft, "only a moving average has a window; set Window to 0", "%s fit has window %d", ft.Kind, ft.Window)
	}
	var ids []string
	for _, m := range p.Marks {
		if m == PlotMark(ft) {
			break
		}
		if s, ok := m.(*Scatter); ok && s.ID != "" {
			ids = append(ids, s.ID)
		}
	}
	target := p.mark(ft.Of)
	if _, ok := target.(*Scatter); ok && contains(ids, ft.Of) {
		return
	}
	switch {
	case target == nil:
		v.report(ft, v.path, suggestion(ft.Of, func() []string { return ids }),
			"a fit fits the points of a points mark declared above it in its plot, named by its id", "unknown points %q in Of", ft.Of)
	case target.keyword() != "points":
		v.errorf(ft, "a fit fits the points of a points mark", "%q is %s, not points", ft.Of, article(target.keyword()))
	default:
		v.errorf(ft, "declare the points before the fit", "points %q are declared after the fit", ft.Of)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
