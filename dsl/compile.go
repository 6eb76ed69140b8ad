package dsl

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Compile parses src, resolves every name and converts the file into the
// diagram model. The error is a diagram.ErrorList sorted by position: the
// syntax error, or all semantic errors at once (at most ten). The File is
// returned whenever parsing succeeded; the Diagram only when there is no
// error.
func Compile(name string, src []byte) (*diagram.Diagram, *File, error) {
	return CompileWithin(name, src, Limits{})
}

// CompileWithin compiles like Compile, within the caps of lim.
func CompileWithin(name string, src []byte, lim Limits) (*diagram.Diagram, *File, error) {
	f, err := ParseWithin(name, src, lim)
	if err != nil {
		return nil, nil, err
	}
	c := &compiler{file: f, scope: newScope()}
	d := c.compileFile()
	if len(c.errs) > 0 {
		return nil, f, capErrors(c.errs)
	}
	return d, f, nil
}

// compiler holds the state of one Compile: the file, the shared scope and
// the errors found so far.
type compiler struct {
	file  *File
	scope *scope
	errs  diagram.ErrorList
	// set records where each header field was first set.
	set map[string]Pos
	// consts are the file's named constants, for its formulas.
	consts map[string]float64
	// params are the names of the file's parameters, in order.
	params []string
	// sets are the points marks with listed points declared so far, in
	// any plot, by id: what count(SET, ...) counts.
	sets map[string][]diagram.XY
}

// pos converts an AST position to a diagram position.
func (c *compiler) pos(p Pos) diagram.Pos { return c.file.src.pos(p) }

// next returns the token that follows the position after on its
// statement's line: the first token at or after it, or, when that token
// ends the statement (an end of line, a brace or the end of the file), an
// end-of-line token at after itself. Errors that say what was found in
// place of a missing part name it.
func (c *compiler) next(after Pos) lexer.Token {
	toks := c.file.Tokens
	off := after.Offset()
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Pos.Offset >= off })
	if i < len(toks) {
		if t := toks[i]; t.Type != tokEOL && !isPunct(t, "{") && !isPunct(t, "}") {
			return t
		}
	}
	return lexer.Token{Type: tokEOL, Value: "\n", Pos: lexer.Position{Offset: off}}
}

// found returns the token that follows after on its statement's line (see
// next).
func (c *compiler) found(after lexer.Token) lexer.Token { return c.next(tokenEnd(after)) }

// signed converts the tokens of a signed number (none, a sign alone,
// or a number with an optional sign before it) that follow the token kw.
func (c *compiler) signed(toks []lexer.Token, kw lexer.Token, what, hint string) (float64, bool) {
	last := lastOf(toks, kw)
	if len(toks) == 0 || last.Type != tokNumber {
		t := c.found(last)
		c.errorf(tokenPos(t), hint, "%s must be a number, found %s", what, describe(t))
		return 0, false
	}
	return c.numberAt(signedText(toks), tokenPos(toks[0]), what)
}

// signedText returns the text of a signed number's tokens: the sign, if
// any, and the number.
func signedText(toks []lexer.Token) string {
	if len(toks) == 2 {
		return toks[0].Value + toks[1].Value
	}
	return toks[0].Value
}

// last returns the last of toks, which are not none.
func last(toks []lexer.Token) lexer.Token { return toks[len(toks)-1] }

// lastOf returns the last of toks, or kw when there are none.
func lastOf(toks []lexer.Token, kw lexer.Token) lexer.Token {
	if len(toks) == 0 {
		return kw
	}
	return toks[len(toks)-1]
}

// toneName converts a tone attribute of a line whose parts come in any
// order (timeline segments, stack items and notes).
func (c *compiler) toneName(a *ToneAttr) (diagram.Tone, bool) {
	if a.Name.Value == "" {
		n := c.found(a.Tokens[0])
		c.errorf(tokenPos(n), "tones are "+joinWords(diagram.ToneNames()), "tone needs a name, found %s", lineWord(n))
		return diagram.Neutral, false
	}
	t, ok := diagram.ParseTone(a.Name.Value)
	if !ok {
		c.errorf(tokenPos(a.Name), enumHint(a.Name.Value, "tones", diagram.ToneNames()), "unknown tone %q", a.Name.Value)
	}
	return t, ok
}

// errorf records an error at p with a hint.
func (c *compiler) errorf(p Pos, hint, format string, args ...any) {
	c.errs.Add(c.pos(p), fmt.Sprintf(format, args...), hint)
}

// at formats p as line:col for hints.
func (c *compiler) at(p Pos) string {
	q := c.pos(p)
	return fmt.Sprintf("%d:%d", q.Line, q.Col)
}

// compileFile converts the whole file. Panels are compiled first, in source
// order, so that every id is declared before the animation refers to it.
func (c *compiler) compileFile() *diagram.Diagram {
	d := &diagram.Diagram{}
	c.set = map[string]Pos{}
	var body []diagram.Panel
	var bodyPos Pos
	var anim *Animate
	var connects []*Connect
	var callouts []*Callout
	c.lets(d)
	c.consts = d.ConstValues()
	for _, p := range d.Params() {
		c.params = append(c.params, p.Name)
	}
	for _, st := range c.file.Stmts {
		switch {
		case st.Header != nil:
			c.header(d, st.Header)
		case st.Legend != nil:
			c.legend(d, st.Legend)
		case st.Animate != nil:
			if anim != nil {
				c.errorf(st.Animate.Pos(), "first at "+c.at(anim.Pos())+"; put every step in one animate block", "second animate block")
				continue
			}
			anim = st.Animate
		case st.Connect != nil:
			connects = append(connects, st.Connect)
		case st.Callout != nil:
			callouts = append(callouts, st.Callout)
		case st.Panel != nil:
			if u, ok := st.Panel.(*Unknown); ok {
				u.report(c, "")
				continue
			}
			if len(body) == 0 {
				bodyPos = st.Pos()
			}
			if p := st.Panel.compile(c); p != nil {
				body = append(body, p)
			}
		}
	}
	switch len(body) {
	case 0:
	case 1:
		d.Body = body[0]
	default:
		// Several top-level panels stack in a column.
		d.Body = &diagram.Split{PanelHead: diagram.PanelHead{Pos: c.pos(bodyPos)}, Kind: diagram.Column, Items: body}
	}
	c.connectors(d, connects)
	c.callouts(d, callouts)
	if anim != nil {
		d.Script = anim.compile(c, c.resolveScript(anim))
	}
	return d
}

// str decodes a string literal, reporting a malformed escape at its place.
func (c *compiler) str(s Token) string { return c.strAt(s.Value, tokenPos(s)) }

// strAt decodes the string literal raw written at p.
func (c *compiler) strAt(raw string, p Pos) string {
	v, off, err := unquoteAt(raw)
	if err != nil {
		c.errorf(p+Pos(len(string([]rune(raw)[:off]))), `escapes are \" \\ \n \t and \u{hex}`, "%v", err)
	}
	return v
}

// number parses a plain number (no unit).
func (c *compiler) number(n []Token, what string) (float64, bool) {
	return c.numberAt(signedText(n), tokenPos(n[0]), what)
}

// numberAt parses the plain number raw written at p.
func (c *compiler) numberAt(raw string, p Pos, what string) (float64, bool) {
	v, unit, ok := splitNumber(raw)
	if !ok {
		c.errorf(p, "write a plain number such as 12 or 0.5", "%s must be a number, not %q", what, raw)
		return 0, false
	}
	if unit != "" {
		c.errorf(p, "write a plain number such as 12 or 0.5", "%s takes a plain number, not %q", what, raw)
		return 0, false
	}
	return v, true
}

// duration parses a duration such as 2s, 1.5s or 500ms.
func (c *compiler) duration(n []Token, what string) (time.Duration, bool) {
	return c.durationAt(signedText(n), tokenPos(n[0]), what)
}

// durationAt parses the duration raw written at p.
func (c *compiler) durationAt(raw string, p Pos, what string) (time.Duration, bool) {
	const hint = "write seconds or milliseconds, like 2s, 1.5s or 500ms"
	v, unit, ok := splitNumber(raw)
	switch {
	case !ok:
		c.errorf(p, hint, "bad %s %q", what, raw)
		return 0, false
	case unit == "":
		c.errorf(p, hint, "%s %q needs a unit", what, raw)
		return 0, false
	case v < 0:
		c.errorf(p, hint, "%s %q is negative", what, raw)
		return 0, false
	}
	scale := map[string]float64{"s": float64(time.Second), "ms": float64(time.Millisecond)}[unit]
	if scale == 0 {
		c.errorf(p, hint, "unknown unit %q in %s %q", unit, what, raw)
		return 0, false
	}
	if v*scale > float64(time.Hour) {
		c.errorf(p, "durations are at most 1h", "%s %q is too long", what, raw)
		return 0, false
	}
	return time.Duration(v*scale + 0.5), true
}

// splitNumber splits "1.5s" into 1.5 and "s". A sign is allowed.
func splitNumber(raw string) (float64, string, bool) {
	i := 0
	for i < len(raw) && strings.ContainsRune("+-0123456789.", rune(raw[i])) {
		i++
	}
	v, err := strconv.ParseFloat(raw[:i], 64)
	if err != nil {
		return 0, "", false
	}
	return v, raw[i:], true
}

// enumHint is the hint for an unknown name of a closed set.
func enumHint(word, kind string, names []string) string {
	return joinHint(didYouMean(word, names), kind+" are "+strings.Join(names, ", "))
}
