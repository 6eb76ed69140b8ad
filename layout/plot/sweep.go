package plot

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
)

// A mark whose formulas (or, for a free label, the formulas in its text)
// use a parameter that the animation sweeps is drawn once more at each
// value of the parameter but the last. The drawings go in overlay groups
// beside the mark's own drawing, which is at the last value, and
// scene.Sweep lists them for the animation, which shows one at a time.

// variantKey names one value of one parameter.
type variantKey struct {
	param string
	index int
}

// sweptBy returns the parameter that the mark at index i follows and its
// values, or "" when it follows none. A mark follows a parameter that
// one of its formulas uses, or, for an area, that a line it lies under
// follows. A mark that uses two swept parameters is reported.
func (pl *plotter) sweptBy(i int) (string, []float64) {
	if len(pl.env.Params) == 0 {
		return "", nil
	}
	var found []string
	add := func(fs []diagram.Formula) {
		for _, f := range fs {
			e := pl.exprs[f]
			if e == nil {
				continue
			}
			for name := range pl.env.Params {
				if e.Uses(name) && !slices.Contains(found, name) {
					found = append(found, name)
				}
			}
		}
	}
	add(pl.uses[i])
	if a, ok := pl.list[i].(areaMark); ok {
		for j, m := range pl.list[:i] {
			if id := m.head().ID; id != "" && (id == a.Upper || id == a.Lower) {
				add(pl.uses[j])
			}
		}
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], pl.env.Params[found[0]]
	}
	slices.Sort(found)
	pl.env.Errorf(pl.list[i].head().Pos, "a mark follows one swept parameter; draw one mark per parameter, or sweep one of them only",
		"this mark uses the swept parameters %s", strings.Join(found, " and "))
	return "", nil
}

// exprsAt returns the plot's formulas compiled with the parameter at
// index k of its values.
func (pl *plotter) exprsAt(param string, k int, value float64) map[diagram.Formula]*expr.Expr {
	key := variantKey{param, k}
	if m, ok := pl.variants[key]; ok {
		return m
	}
	consts := make(map[string]float64, len(pl.env.Consts))
	for n, v := range pl.env.Consts {
		consts[n] = v
	}
	consts[param] = value
	out := make(map[diagram.Formula]*expr.Expr, len(pl.exprs))
	for f, e := range pl.exprs {
		if e == nil || !e.Uses(param) {
			out[f] = e
			continue
		}
		// The formula parsed at the last value, so it parses at any.
		v, err := expr.Parse(f.Text, f.Pos, expr.Options{Consts: consts, Sets: pl.sets})
		if err != nil {
			v = nil
		}
		out[f] = v
	}
	if pl.variants == nil {
		pl.variants = map[variantKey]map[diagram.Formula]*expr.Expr{}
	}
	pl.variants[key] = out
	return out
}

// at returns a copy of d that draws with the parameter at index k of its
// values; what the copy places (labels) does not count for d.
func (d *plotDraw) at(param string, k int, value float64) *plotDraw {
	pv := *d.plotter
	pv.exprs = d.exprsAt(param, k, value)
	dv := *d
	dv.plotter = &pv
	dv.placed = slices.Clip(d.placed)
	return &dv
}

// sweepBudget counts n more drawings of marks for a sweep, reporting at
// pos the first time the limit is passed; false means draw no more.
func (d *plotDraw) sweepBudget(n int, pos diagram.Pos) bool {
	env := d.env
	if env.Used.SweepDrawings+n > env.Limits.MaxSweepDrawings {
		if env.Used.SweepDrawings <= env.Limits.MaxSweepDrawings {
			env.Errorf(pos, "sweep a parameter of fewer values, or one that fewer marks use, "+env.Raise(diagram.LimitSweepDrawings),
				"drawing this mark at every value of its parameter passes the limit of %d drawings for sweeps", env.Limits.MaxSweepDrawings)
			env.Used.SweepDrawings = env.Limits.MaxSweepDrawings + 1
		}
		return false
	}
	env.Used.SweepDrawings += n
	return true
}

// sweepID returns the id of the group of a mark's drawing at index k of
// its parameter's values: the mark's id (or base) with ~, the parameter
// and k + 1.
func sweepID(base, param string, k int) string {
	return base + "~" + param + strconv.Itoa(k+1)
}

// textFormulas returns the formulas written in braces in a text, as in
// "TP = {count(pos, x >= t)}", each positioned at pos with its column
// moved past the opening brace, so that each has a key of its own.
func textFormulas(s string, pos diagram.Pos) []diagram.Formula {
	var out []diagram.Formula
	for i := 0; i < len(s); {
		open := strings.IndexByte(s[i:], '{')
		if open < 0 {
			break
		}
		open += i
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		end += open
		p := pos
		p.Col += len([]rune(s[:open+1]))
		out = append(out, diagram.Formula{Text: s[open+1 : end], Pos: p})
		i = end + 1
	}
	return out
}

// fillText returns s with each formula in braces replaced by its value,
// as formatValue writes it.
func (d *plotDraw) fillText(s string, pos diagram.Pos) string {
	fs := textFormulas(s, pos)
	if len(fs) == 0 {
		return s
	}
	var b strings.Builder
	rest := s
	for _, f := range fs {
		open := strings.Index(rest, "{"+f.Text+"}")
		b.WriteString(rest[:open])
		if e := d.exprs[f]; e != nil {
			b.WriteString(formatValue(e.Eval(0, 0)))
		}
		rest = rest[open+len(f.Text)+2:]
	}
	b.WriteString(rest)
	return b.String()
}

// formatValue writes a value of a formula in a text: whole numbers as
// they are, others to two decimals without trailing zeros, with a true
// minus sign.
func formatValue(v float64) string {
	switch {
	case math.IsNaN(v):
		return "?"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "−∞"
	}
	r := math.Round(v*100) / 100
	if r == 0 {
		r = 0 // no −0
	}
	s := strconv.FormatFloat(math.Abs(r), 'f', -1, 64)
	if r < 0 {
		s = "−" + s
	}
	return s
}

// markBase returns the id under which a mark's drawings at the values of
// a parameter are named: its own id, or one made for it.
func (d *plotDraw) markBase(m mark) string {
	if id := m.head().ID; id != "" {
		return id
	}
	return fmt.Sprintf("~sweep%d", len(d.env.Sweeps())+1)
}
