package diagram

import (
	"fmt"
	"strings"
)

// Const is a named constant of the diagram, declared once and used by name
// in any formula of any plot, so that one value (a regularization strength,
// a threshold) drives every panel that uses it. The language writes it
// let NAME = VALUE at the top level of a file.
type Const struct {
	// Name is how formulas refer to the constant: ASCII letters, digits
	// and _, starting with a letter. The names of the expression language
	// (x, y, pi, e and the functions) are taken; the diag package checks
	// them, since this package parses no formulas.
	Name  string
	Value float64
	// Sweep, when set, makes the constant a parameter that the animation
	// sweeps: it takes each of these values in turn (the language writes
	// param NAME from A to B [steps K], or param NAME values V V ...), and
	// every mark whose formula or text uses it is drawn again for each.
	// Value, what the still picture shows, is the last of them.
	Sweep []float64
	Pos   Pos
}

// MaxSweepValues caps the values of one parameter.
const MaxSweepValues = 101

// Swept reports whether the constant is a parameter that the animation
// sweeps.
func (c *Const) Swept() bool { return len(c.Sweep) > 0 }

// Position returns where the constant was declared.
func (c *Const) Position() Pos { return c.Pos }

func (*Const) walk(func(Element) bool) {}

func (c *Const) eachString(f func(string)) { f(c.Name) }

// check checks a constant's name and value; seen holds the names declared
// before it, with their constants.
func (c *Const) check(v *validator, seen map[string]*Const) {
	switch {
	case !isConstName(c.Name):
		v.errorf(c, "a constant's name is ASCII letters, digits and _, starting with a letter, like lambda or w_2", "constant name %q is not a name", c.Name)
	case seen[c.Name] != nil:
		first := seen[c.Name].Pos
		hint := "give each constant its own name"
		if first.IsValid() {
			hint = "first declared at " + first.String() + "; " + hint
		}
		v.errorf(c, hint, "constant %q is declared twice", c.Name)
	default:
		seen[c.Name] = c
		if c.Swept() {
			v.params = append(v.params, c.Name)
		}
	}
	v.finite(c, "constant "+c.Name, c.Value)
	if !c.Swept() {
		return
	}
	switch n := len(c.Sweep); {
	case n < 2 || n > MaxSweepValues:
		v.errorf(c, fmt.Sprintf("a parameter takes from 2 to %d values", MaxSweepValues), "parameter %q has %d value(s)", c.Name, n)
	case !v.finite(c, "parameter "+c.Name, c.Sweep...):
	case c.Value != c.Sweep[n-1]:
		v.errorf(c, "set Value to the last value of Sweep: the still picture shows the final value", "parameter %q is %g, not its last value %g", c.Name, c.Value, c.Sweep[n-1])
	}
}

// Params returns the diagram's parameters: its constants that the
// animation sweeps, in order.
func (d *Diagram) Params() []*Const {
	var out []*Const
	for i := range d.Consts {
		if d.Consts[i].Swept() {
			out = append(out, &d.Consts[i])
		}
	}
	return out
}

// isConstName reports whether s is a valid constant name.
func isConstName(s string) bool {
	if s == "" || len(s) > 64 || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) < 0
}

// ConstValues returns the diagram's constants by name, for the expression
// parser (package expr's Options.Consts); nil when there are none.
func (d *Diagram) ConstValues() map[string]float64 {
	if len(d.Consts) == 0 {
		return nil
	}
	m := make(map[string]float64, len(d.Consts))
	for _, c := range d.Consts {
		m[c.Name] = c.Value
	}
	return m
}
