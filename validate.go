package diag

import (
	"math"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// checkModel checks a model before it is drawn: diagram.Validate, then
// what only a parsed formula tells (package diagram parses none): a curve
// is a function of x, a rule a straight line and a region a half-plane, as
// the language requires. A formula that does not parse is left to the
// layout, which reports it at its position.
func checkModel(d *diagram.Diagram) error {
	if err := diagram.Validate(d); err != nil {
		return err
	}
	var errs diagram.ErrorList
	report := func(m diagram.PlotMark, f diagram.Formula, hint, msg string) {
		pos := f.Pos
		if !pos.IsValid() {
			pos = m.Position()
		}
		if !pos.IsValid() {
			msg = markName(m) + ": " + msg
		}
		errs.Add(pos, msg, hint)
	}
	for i := range d.Consts {
		c := &d.Consts[i]
		if expr.IsReserved(c.Name) {
			pos := c.Pos
			msg := "constant " + strconv.Quote(c.Name) + " takes a name of the formula language"
			if !pos.IsValid() {
				msg = "constant " + strconv.Itoa(i+1) + ": " + msg
			}
			errs.Add(pos, msg, "x, y, pi, e and the functions ("+strings.Join(expr.Functions(), ", ")+") are taken; pick another name")
		}
	}
	consts := d.ConstValues()
	parse := func(f diagram.Formula) *expr.Expr {
		e, err := expr.Parse(f.Text, f.Pos, expr.Options{Consts: consts})
		if err != nil {
			return nil
		}
		return e
	}
	diagram.Inspect(d, func(el diagram.Element) bool {
		switch m := el.(type) {
		case *diagram.Curve:
			if e := parse(m.Y); e != nil && e.UsesY() {
				report(m, m.Y, "write y = a formula in x; for a level line of f(x, y) use a contour", "a curve's formula may not use y")
			}
		case *diagram.Rule:
			if m.Vertical {
				break
			}
			e := parse(m.Y)
			switch {
			case e == nil:
			case e.UsesY():
				report(m, m.Y, "write y = a constant or a linear formula in x, like y = x", "a rule's formula may not use y")
			case e.UsesX() && !linear(func(x, y float64) float64 { return e.Eval(x, 0) - y }):
				report(m, m.Y, "a rule is a straight line; draw other formulas with a curve", "rule y = "+m.Y.Text+" is not a straight line")
			}
		case *diagram.Region:
			lhs, rhs := parse(m.Lhs), parse(m.Rhs)
			if lhs != nil && rhs != nil && !linear(func(x, y float64) float64 { return lhs.Eval(x, y) - rhs.Eval(x, y) }) {
				report(m, m.Lhs, "a region is a half-plane: both sides must be linear in x and y, like 2*x + y - 1 > 0", "region is not a half-plane")
			}
		}
		return true
	})
	errs.Sort()
	return errs.Err()
}

// markName names a plot mark without a position: its kind and id.
func markName(m diagram.PlotMark) string {
	name := "mark"
	switch m.(type) {
	case *diagram.Curve:
		name = "curve"
	case *diagram.Rule:
		name = "rule"
	case *diagram.Region:
		name = "region"
	}
	if id := m.Mark().ID; id != "" {
		name += " " + id
	}
	return name
}

// linear reports whether f(x, y) = a·x + b·y + c with a or b not zero,
// checked at a few points.
func linear(f func(x, y float64) float64) bool {
	c := f(0, 0)
	a, b := f(1, 0)-c, f(0, 1)-c
	if a == 0 && b == 0 || math.IsNaN(a+b+c) || math.IsInf(a+b+c, 0) {
		return false
	}
	for _, p := range [][2]float64{{2, 3}, {-1.5, 0.7}, {0.3, -2.2}, {5, -4}, {-7, -3}} {
		want := a*p[0] + b*p[1] + c
		if got := f(p[0], p[1]); !(math.Abs(got-want) <= 1e-9*(1+math.Abs(want))) {
			return false
		}
	}
	return true
}
