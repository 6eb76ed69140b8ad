package dsl

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// Param declares a parameter of the file that the animation sweeps:
// param NAME from A to B [steps K], or param NAME values V V .... Every
// formula may use it as it uses a constant; the still picture shows its
// last value, and a step's sweep NAME draws the marks that use it at each
// value in turn.
type Param struct {
	Span
	Name   Token     `parser:"'param' ( (?! 'from' | 'values') @Ident )?"`
	From   *Number   `parser:"( 'from' @@?"`
	To     *Number   `parser:"  ( 'to' @@? )?"`
	Steps  *Number   `parser:"  ( 'steps' @@? )?"`
	Values []*Number `parser:"| 'values' @@* )?"`
	Extra  *Stray    `parser:"( (?! EOL) @@ )?"`
}

// paramUsage is how a param statement is written.
const paramUsage = `param NAME from A to B [steps K], e.g. param t from 0.2 to 0.8 steps 7, or param NAME values V V ...`

// defaultParamSteps is how many values a parameter written without steps
// takes, both ends included.
const defaultParamSteps = 11

// param compiles one param statement into a swept constant of d; seen
// holds the names declared so far.
func (c *compiler) param(d *diagram.Diagram, p *Param, seen map[string]Pos) {
	kw := p.Tokens[0]
	usage := "write " + paramUsage
	switch {
	case p.Name.Value == "":
		t := c.next(tokenEnd(kw))
		c.errorf(tokenPos(t), usage, "param needs a name, found %s", describe(t))
		return
	case expr.IsReserved(p.Name.Value) || p.Name.Value == "count":
		c.errorf(tokenPos(p.Name), "x, y, pi, e and the function names are taken; pick another name, like t or lambda", "parameter %q takes a name of the formula language", p.Name.Value)
		return
	case !validConstName(p.Name.Value):
		c.errorf(tokenPos(p.Name), "a parameter's name is ASCII letters, digits and _, starting with a letter, like t or lambda", "parameter name %q is not a name", p.Name.Value)
		return
	case p.From == nil && len(p.Values) == 0:
		t := c.next(tokenEnd(p.Name))
		c.errorf(tokenPos(t), usage, "parameter %q needs from A to B or values, found %s", p.Name.Value, describe(t))
		return
	case p.Extra != nil:
		t := p.Extra.Tokens[0]
		c.errorf(tokenPos(t), usage, "unexpected %s after parameter %q", describe(t), p.Name.Value)
		return
	}
	if first, ok := seen[p.Name.Value]; ok {
		c.errorf(tokenPos(p.Name), "first at "+c.at(first)+"; give each constant and parameter its own name", "%q is declared twice", p.Name.Value)
		return
	}
	var values []float64
	if p.From != nil {
		if p.To == nil {
			c.errorf(p.Pos(), usage, "parameter %q needs from A to B", p.Name.Value)
			return
		}
		from, ok1 := c.signed(p.From.Value, kw, "the first value", usage)
		to, ok2 := c.signed(p.To.Value, kw, "the last value", usage)
		if !ok1 || !ok2 {
			return
		}
		k := defaultParamSteps
		if p.Steps != nil {
			n, ok := c.signed(p.Steps.Value, kw, "steps", usage)
			if !ok {
				return
			}
			if n != math.Trunc(n) || n < 2 || n > diagram.MaxSweepValues {
				c.errorf(tokenPos(p.Steps.Value[0]), "steps is how many values the parameter takes, both ends included: a whole number from 2 to 101", "steps %g is out of range", n)
				return
			}
			k = int(n)
		}
		if from == to {
			c.errorf(tokenPos(p.From.Value[0]), "give two different ends, or write values V V ...", "parameter %q runs from %g to %g", p.Name.Value, from, to)
			return
		}
		for i := range k {
			v := from + (to-from)*float64(i)/float64(k-1)
			values = append(values, math.Round(v*1e9)/1e9)
		}
	} else {
		vs, ok := c.numbers(p.Values, kw, "a value")
		if !ok {
			return
		}
		if len(vs) < 2 || len(vs) > diagram.MaxSweepValues {
			c.errorf(p.Pos(), "a parameter takes from 2 to 101 values", "parameter %q has %d value(s)", p.Name.Value, len(vs))
			return
		}
		values = vs
	}
	seen[p.Name.Value] = tokenPos(p.Name)
	d.Consts = append(d.Consts, diagram.Const{Name: p.Name.Value, Value: values[len(values)-1], Sweep: values, Pos: c.pos(tokenPos(p.Name))})
}
