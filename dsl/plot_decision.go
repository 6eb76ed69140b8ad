package dsl

import (
	"fmt"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// DecisionStmt is the decision regions of a classifier:
//
//	decision [ID:] nearest (x, y)...        centroids given
//	decision [ID:] nearest of POINTS...     the means of the points' classes
//	decision [ID:] linear w = (a, b) b = B  class 1 where a·x + b·y + B ≥ 0
//	decision [ID:] z = FORMULA [at LEVEL]   class 1 where z ≥ LEVEL (0)
//
// then options: tone T or tones T..., "class name"... .
type DecisionStmt struct {
	Span
	Commented
	ID      Token         `parser:"'decision' ( @Ident ':' | (?! 'nearest' | 'linear' | 'z') @Ident )?"`
	Nearest bool          `parser:"( @'nearest'"`
	Points  []*XY         `parser:"  ( @@+"`
	Of      bool          `parser:"  | @'of'"`
	Data    []*Name       `parser:"    @@* )?"`
	Linear  bool          `parser:"| @'linear'"`
	W       *XY           `parser:"  ( 'w' '=' @@? )?"`
	B       []lexer.Token `parser:"  ( 'b' '=' @( Number | ( '-' | '+' ) ( Number | Ident )? | Ident )? )?"`
	Z       *Equation     `parser:"| @@ )?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// FieldStmt is a field shaded by a colour ramp:
// field [ID:] p = FORMULA [ramp R] [from LO to HI] [at LEVEL...] [tone T |
// tones LOW HIGH] ["key title"]. z = FORMULA works as well as p =.
type FieldStmt struct {
	Span
	Commented
	ID      Token         `parser:"'field' ( @Ident ':' | (?! 'p' | 'z') @Ident )?"`
	P       *Equation     `parser:"@@?"`
	Options []*MarkOption `parser:"( (?! EOL) @@ )*"`
	Extra   *Stray        `parser:"( (?! EOL) @@ )?"`
}

// TonesAttr is the option tones T..., one tone per class.
type TonesAttr struct {
	Span
	Names []*Name `parser:"'tones' @@*"`
}

// Name is a word in a list of names, such as the tones of a tones option
// or the points of a decision rule; the list ends at an option word.
type Name struct {
	Span
	Name Token `parser:"(?! 'tone' | 'tones' | 'dashed' | 'at' | 'from' | 'ramp' | 'marker' | 'label' | 'labels' | 'arrow' | 'centers') @Ident"`
}

// RampAttr is the option ramp NAME; Name is empty when no name follows.
type RampAttr struct {
	Span
	Name Token `parser:"'ramp' @Ident?"`
}

func (*DecisionStmt) plotStmt() {}
func (*FieldStmt) plotStmt()    {}

// tones converts the names of a tones option.
func (b *plotBuilder) toneList(ta *TonesAttr) ([]diagram.Tone, bool) {
	c := b.c
	if len(ta.Names) == 0 {
		c.errorf(ta.Pos(), "tones are "+joinWords(diagram.ToneNames()), "tones needs at least one name")
		return nil, false
	}
	var out []diagram.Tone
	for _, nm := range ta.Names {
		n := nm.Name
		tone, ok := diagram.ParseTone(n.Value)
		if !ok {
			c.errorf(tokenPos(n), enumHint(n.Value, "tones", diagram.ToneNames()), "unknown tone %q", n.Value)
			return nil, false
		}
		out = append(out, tone)
	}
	return out, true
}

// decision converts a decision statement.
func (b *plotBuilder) decision(st *DecisionStmt) {
	c := b.c
	h, after := b.head(st.Tokens, st.ID)
	usage := "write " + plotHelp.usage["decision"]
	out := &diagram.Decision{}
	allowed := []string{"tone", "tones", "labels"}
	switch {
	case st.Nearest && st.Of:
		out.Rule = diagram.RuleNearest
		if len(st.Data) == 0 {
			t := c.next(after)
			for _, tk := range st.Tokens {
				if tk.Value == "of" {
					t = c.found(tk)
				}
			}
			c.errorf(tokenPos(t), usage, "expected the id of points after of, found %s", describe(t))
			return
		}
		for _, nm := range st.Data {
			id := nm.Name
			sc, ok := b.marks[id.Value].(*diagram.Scatter)
			if !ok {
				b.notPoints(id)
				return
			}
			out.Of = append(out.Of, id.Value)
			_ = sc
		}
	case st.Nearest:
		out.Rule = diagram.RuleNearest
		pts, ok := b.points(st.Points)
		if !ok {
			return
		}
		if len(pts) == 0 || len(pts) > diagram.MaxCentroids {
			c.errorf(tokenPos(c.found(st.Tokens[0])), usage, fmt.Sprintf("a nearest-centroid rule takes 1 to %d centroids, found %%d", diagram.MaxCentroids), len(pts))
			return
		}
		out.Centroids = pts
	case st.Linear:
		out.Rule = diagram.RuleLinear
		kw := st.Tokens[0]
		for _, tk := range st.Tokens {
			if tk.Value == "linear" {
				kw = tk
			}
		}
		if st.W == nil {
			t := c.found(kw)
			c.errorf(tokenPos(t), "write linear w = (a, b) b = B, e.g. linear w = (1, 1) b = -6", "expected w = (a, b) after linear, found %s", describe(t))
			return
		}
		w, ok := b.point(st.W, tokenEnd(kw))
		if !ok {
			return
		}
		if w.X == 0 && w.Y == 0 {
			c.errorf(st.W.Pos(), "give the rule a weight on x or y", "linear rule has zero weights")
			return
		}
		out.W = w
		if st.B != nil {
			bias, ok := b.constant(st.B, c.found(last(st.W.Tokens)), "bias b")
			if !ok {
				return
			}
			out.B = bias
		}
	case st.Z != nil:
		out.Rule = diagram.RuleThreshold
		f, ok := b.equation(st.Z, "z", plotHelp.usage["decision"], "decision", after)
		if !ok {
			return
		}
		if _, ok := c.parseFormula(f); !ok {
			return
		}
		out.Z = f
		allowed = append(allowed, "at")
	default:
		t := c.next(after)
		c.errorf(tokenPos(t), usage, "expected nearest, linear or z = FORMULA, found %s", describe(t))
		return
	}
	o, ok := b.options("decision", st.Options, st.Extra, allowed...)
	if !ok {
		return
	}
	if len(o.levels) > 1 {
		c.errorf(st.Pos(), "a threshold rule has one level, like z = x*y at 0", "%d levels for a decision threshold", len(o.levels))
		return
	}
	if len(o.levels) == 1 {
		out.Level = o.levels[0]
	}
	out.Tones = o.tones
	if o.toneSet {
		out.Tones = append([]diagram.Tone{o.tone}, out.Tones...)
	}
	if n := out.ClassCount(); n > 0 && (len(o.labels) > n || len(out.Tones) > n) {
		c.errorf(st.Pos(), fmt.Sprintf("give at most one name and one tone for each of the %d classes", n), "%d class names and %d tones for %d classes", len(o.labels), len(out.Tones), n)
		return
	}
	out.Classes = o.labels
	h.Tone = diagram.Accent
	if len(out.Tones) > 0 {
		h.Tone = out.Tones[0]
	}
	out.MarkHead = h
	b.add(out)
}

// notPoints reports an id that names no points mark declared above.
func (b *plotBuilder) notPoints(id Token) {
	c := b.c
	if m, ok := b.marks[id.Value]; ok {
		c.errorf(tokenPos(id), "a decision rule takes the classes of points", "%q is %s, not points", id.Value, describeMark(m))
		return
	}
	var ids []string
	for _, mk := range b.p.Marks {
		if _, ok := mk.(*diagram.Scatter); ok && mk.Mark().ID != "" {
			ids = append(ids, mk.Mark().ID)
		}
	}
	hint := didYouMean(id.Value, ids)
	if hint == "" {
		hint = "name points declared above in this plot, like points data: blobs seed=7 k=3 n=60"
	}
	c.errorf(tokenPos(id), hint, "unknown points %q", id.Value)
}

// describeMark names a mark's kind with its article.
func describeMark(m diagram.PlotMark) string {
	switch m.(type) {
	case *diagram.Curve:
		return "a curve"
	case *diagram.PlotPath:
		return "a path"
	case *diagram.Fit:
		return "a fit"
	}
	return "another mark"
}

// field converts a field statement.
func (b *plotBuilder) field(st *FieldStmt) {
	c := b.c
	h, after := b.head(st.Tokens, st.ID)
	name := "p"
	if st.P != nil && st.P.Var.Value == "z" {
		name = "z"
	}
	f, ok := b.equation(st.P, name, plotHelp.usage["field"], "field", after)
	if !ok {
		return
	}
	if _, ok := c.parseFormula(f); !ok {
		return
	}
	o, ok := b.options("field", st.Options, st.Extra, "ramp", "from", "at", "tone", "tones", "label")
	if !ok {
		return
	}
	if len(o.levels) > diagram.MaxFieldLevels {
		c.errorf(st.Pos(), fmt.Sprintf("give at most %d levels", diagram.MaxFieldLevels), "%d levels for a field", len(o.levels))
		return
	}
	out := &diagram.Field{P: f, Ramp: o.ramp, Lo: o.from, Hi: o.to, Levels: o.levels}
	tones := o.tones
	if o.toneSet {
		tones = append([]diagram.Tone{o.tone}, tones...)
	}
	want := 1
	if out.Ramp == diagram.RampDiverging {
		want = 2
	}
	if len(tones) > want {
		c.errorf(st.Pos(), fmt.Sprintf("a %s ramp takes %d tone(s): tones LOW HIGH for diverging, tone T for sequential", out.Ramp, want), "%d tones for a %s ramp", len(tones), out.Ramp)
		return
	}
	out.Low, h.Tone = diagram.Info, diagram.Accent
	if out.Ramp == diagram.RampDiverging {
		h.Tone = diagram.Bad
	}
	switch {
	case len(tones) == 2:
		out.Low, h.Tone = tones[0], tones[1]
	case len(tones) == 1:
		h.Tone = tones[0]
	}
	h.Label = o.label()
	out.MarkHead = h
	b.add(out)
}
