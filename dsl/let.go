package dsl

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// Let declares a named constant of the file, which every formula of every
// plot may use: let NAME = FORMULA. The formula may use the constants
// declared above it, but neither x nor y.
type Let struct {
	Span
	Name  Token    `parser:"'let' ( (?! '=') @Ident )?"`
	Eq    bool     `parser:"( @'='"`
	Value *Formula `parser:"  @@? )?"`
	Extra *Stray   `parser:"( (?! EOL) @@ )?"`
}

// letUsage is how a let statement is written.
const letUsage = `let NAME = VALUE, e.g. let lambda = 0.3 (a formula of numbers and earlier constants)`

// maxConsts caps the named constants of a file.
const maxConsts = 256

// lets compiles every let statement of the file, in order, before any
// panel, so that the formulas of every panel may use every constant.
func (c *compiler) lets(d *diagram.Diagram) {
	seen := map[string]Pos{}
	for _, st := range c.file.Stmts {
		if st.Param != nil {
			if len(d.Consts) == maxConsts {
				c.errorf(st.Param.Pos(), "a file declares at most 256 constants and parameters", "too many constants")
				return
			}
			c.param(d, st.Param, seen)
			continue
		}
		if st.Let == nil {
			continue
		}
		l := st.Let
		kw := l.Tokens[0]
		switch {
		case l.Name.Value == "":
			t := c.next(tokenEnd(kw))
			c.errorf(tokenPos(t), "write "+letUsage, "let needs a name, found %s", describe(t))
			continue
		case !l.Eq:
			t := c.next(tokenEnd(l.Name))
			c.errorf(tokenPos(t), "write "+letUsage, "expected %q after the constant's name, found %s", "=", describe(t))
			continue
		case l.Value == nil:
			t := c.next(tokenEnd(l.Tokens[2]))
			c.errorf(tokenPos(t), "write "+letUsage, "missing value of constant %q", l.Name.Value)
			continue
		case l.Extra != nil:
			t := l.Extra.Tokens[0]
			c.errorf(tokenPos(t), "write "+letUsage, "unexpected %s after the value of constant %q", describe(t), l.Name.Value)
			continue
		case expr.IsReserved(l.Name.Value):
			c.errorf(tokenPos(l.Name), "x, y, pi, e and the function names are taken; pick another name, like lambda or w_2", "constant %q takes a name of the formula language", l.Name.Value)
			continue
		case !validConstName(l.Name.Value):
			c.errorf(tokenPos(l.Name), "a constant's name is ASCII letters, digits and _, starting with a letter, like lambda or w_2", "constant name %q is not a name", l.Name.Value)
			continue
		}
		if first, ok := seen[l.Name.Value]; ok {
			c.errorf(tokenPos(l.Name), "first at "+c.at(first)+"; give each constant its own name", "constant %q is declared twice", l.Name.Value)
			continue
		}
		if len(d.Consts) == maxConsts {
			c.errorf(tokenPos(kw), "a file declares at most 256 constants", "too many constants")
			return
		}
		f := c.formula(l.Value.Span)
		e, err := expr.Parse(f.Text, f.Pos, expr.Options{Consts: d.ConstValues()})
		if err != nil {
			c.reportFormula(f, err)
			continue
		}
		if p := usedParam(d, e); p != "" {
			c.errorAt(f.Pos, "a constant keeps one value; use the parameter in the formulas that draw, which the animation sweeps", "constant %q uses parameter %q", l.Name.Value, p)
			continue
		}
		if e.UsesX() || e.UsesY() {
			c.errorAt(f.Pos, "a constant's value is a number or a formula of numbers and earlier constants, without x or y", "constant %q depends on x or y", l.Name.Value)
			continue
		}
		v := e.Eval(0, 0)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			c.errorAt(f.Pos, "write a formula whose value is a finite number", "constant %q is %g", l.Name.Value, v)
			continue
		}
		seen[l.Name.Value] = tokenPos(l.Name)
		d.Consts = append(d.Consts, diagram.Const{Name: l.Name.Value, Value: v, Pos: c.pos(tokenPos(l.Name))})
	}
}

// validConstName reports whether s is ASCII letters, digits and _,
// starting with a letter.
func validConstName(s string) bool {
	if s == "" || len(s) > 64 || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// usedParam returns the name of a parameter of d that e uses, or "".
func usedParam(d *diagram.Diagram, e *expr.Expr) string {
	for _, p := range d.Params() {
		if e.Uses(p.Name) {
			return p.Name
		}
	}
	return ""
}
