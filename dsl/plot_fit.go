package dsl

import (
	"strconv"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Fit is a curve the layout computes from points declared above it:
// fit [ID:] poly K | linear | logistic | moving N  of POINTS [options].
type Fit struct {
	Span
	Commented
	ID      Token         `parser:"'fit' ( @Ident ':' | (?! 'poly' | 'linear' | 'logistic' | 'moving' | 'of') @Ident )?"`
	Kind    Token         `parser:"( (?! 'of') @Ident"`
	N       []lexer.Token `parser:"  @( Number | ( '-' | '+' ) Number? )? )?"`
	Of      bool          `parser:"( @'of'"`
	Data    Token         `parser:"  @Ident? )?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

func (*Fit) plotStmt() {}

// fit converts "fit [ID:] KIND [N] of POINTS [options]".
func (b *plotBuilder) fit(ft *Fit) {
	c := b.c
	h, after := b.head(ft.Tokens, ft.ID)
	usage := "write " + plotHelp.usage["fit"]
	if ft.Kind.Value == "" {
		t := c.next(after)
		c.errorf(tokenPos(t), usage, "expected the kind of fit (%s), found %s", joinWords(diagram.FitKindNames()), describe(t))
		return
	}
	kind, ok := diagram.ParseFitKind(ft.Kind.Value)
	if !ok {
		c.errorf(tokenPos(ft.Kind), enumHint(ft.Kind.Value, "kinds of fit", diagram.FitKindNames()), "unknown kind of fit %q", ft.Kind.Value)
		return
	}
	out := &diagram.Fit{Kind: kind}
	switch kind {
	case diagram.FitPoly, diagram.FitMoving:
		what, lo, hi := "degree", 1, diagram.MaxFitDegree
		if kind == diagram.FitMoving {
			what, lo, hi = "window", 2, diagram.MaxFitWindow
		}
		if ft.N == nil {
			t := c.found(ft.Kind)
			c.errorf(tokenPos(t), "write fit "+kind.String()+" N of POINTS, with a "+what+" N from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi), "missing %s of %s fit, found %s", what, kind, describe(t))
			return
		}
		v, ok := c.signed(ft.N, ft.Kind, "fit "+what, numberHint)
		if !ok {
			return
		}
		if v != float64(int(v)) || v < float64(lo) || v > float64(hi) {
			c.errorf(tokenPos(ft.N[0]), "write a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi), "fit %s %g is out of range", what, v)
			return
		}
		if kind == diagram.FitPoly {
			out.Degree = int(v)
		} else {
			out.Window = int(v)
		}
	default:
		if ft.N != nil {
			c.errorf(tokenPos(ft.N[0]), "only poly and moving fits take a number", "a %s fit takes no number", kind)
			return
		}
	}
	if !ft.Of {
		t := c.found(ft.Kind)
		if ft.N != nil {
			t = c.found(last(ft.N))
		}
		c.errorf(tokenPos(t), usage, "expected of and the id of points, found %s", describe(t))
		return
	}
	if !b.fitData(ft, out) {
		return
	}
	o, ok := b.options("fit", ft.Options, ft.Extra, "tone", "dashed", "label", "y2")
	if !ok {
		return
	}
	h.Label, h.Tone, h.Y2 = o.label(), o.toneOr(b.nextTone), o.y2
	out.MarkHead, out.Dashed = h, o.dashed
	b.add(out)
}

// fitData resolves the points a fit is of, and checks that explicit
// points are enough for the degree.
func (b *plotBuilder) fitData(ft *Fit, out *diagram.Fit) bool {
	c := b.c
	id := ft.Data
	if id.Value == "" {
		t := c.found(ft.Tokens[len(ft.Tokens)-1])
		for _, tk := range ft.Tokens {
			if isWord(tk, "of") {
				t = c.found(tk)
			}
		}
		c.errorf(tokenPos(t), "write fit KIND of POINTS, where POINTS is the id of a points mark above", "expected the id of points after of, found %s", describe(t))
		return false
	}
	sc, ok := b.marks[id.Value].(*diagram.Scatter)
	if !ok {
		if m := b.marks[id.Value]; m != nil {
			c.errorf(tokenPos(id), "a fit fits the points of a points mark", "%q is not points", id.Value)
			return false
		}
		var ids []string
		for _, mk := range b.p.Marks {
			if _, ok := mk.(*diagram.Scatter); ok && mk.Mark().ID != "" {
				ids = append(ids, mk.Mark().ID)
			}
		}
		hint := didYouMean(id.Value, ids)
		if hint == "" {
			hint = "name points declared above in this plot, like points data: (1, 2) (2, 3)"
		}
		c.errorf(tokenPos(id), hint, "unknown points %q", id.Value)
		return false
	}
	if n := len(sc.Points); n > 0 && out.Kind == diagram.FitPoly {
		xs := map[float64]bool{}
		for _, p := range sc.Points {
			xs[p.X] = true
		}
		if len(xs) <= out.Degree {
			c.errorf(tokenPos(ft.N[0]), "a polynomial of degree "+strconv.Itoa(out.Degree)+" needs at least "+strconv.Itoa(out.Degree+1)+" points of distinct x; lower the degree or add points",
				"fit of degree %d to %d distinct x", out.Degree, len(xs))
			return false
		}
	}
	out.Of = id.Value
	return true
}
