package expr

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aiprep/diag/diagram"
)

// The default caps of Options.
const (
	DefaultMaxDepth = 64
	DefaultMaxLen   = 4096
)

// Options bound what Parse accepts. The zero value means the defaults.
type Options struct {
	// MaxDepth caps the nesting depth: each parenthesis, function call,
	// unary sign and ^ opens a level. Zero means DefaultMaxDepth.
	MaxDepth int
	// MaxLen caps the length of the source in characters (runes). Zero
	// means DefaultMaxLen.
	MaxLen int
	// Consts are named constants the expression may use beside pi and e,
	// such as the constants a sheet declares with let. A name of the
	// language (x, y, pi, e or a function) is never looked up here.
	Consts map[string]float64
	// Sets are named sets of points, such as the points marks of a plot,
	// that count(SET, CONDITION) counts: count(pos, x >= t) is how many
	// points of pos have x >= t. A count is a constant of the formula,
	// computed once when it is parsed.
	Sets map[string][]diagram.XY
}

// MaxCountPoints caps the points one count may visit, over all the
// counts of one formula, so a formula of many counts of big sets stays
// cheap to parse.
const MaxCountPoints = 100_000

// IsReserved reports whether name is a name of the language: a variable, a
// constant or a function, which no named constant may take.
func IsReserved(name string) bool {
	_, isConst := constants[name]
	return name == "x" || name == "y" || isConst || lookupFunction(name) != nil
}

// Expr is a parsed and compiled expression. It is immutable, so one Expr
// may be evaluated from many goroutines at once.
type Expr struct {
	root     *node
	prog     []instr
	maxStack int
	usesX    bool
	usesY    bool
}

// Parse parses src, an expression whose first character sits at position at
// in the .diag file. Errors are *diagram.Error values positioned at the bad
// token; columns count runes, and a newline inside src starts a new line.
func Parse(src string, at diagram.Pos, opts Options) (*Expr, error) {
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	if opts.MaxLen <= 0 {
		opts.MaxLen = DefaultMaxLen
	}
	p := &parser{src: src, at: at, maxDepth: opts.MaxDepth, consts: opts.Consts, sets: opts.Sets}
	if n := utf8.RuneCountInString(src); n > opts.MaxLen {
		off := 0
		for range opts.MaxLen {
			_, size := utf8.DecodeRuneInString(src[off:])
			off += size
		}
		return nil, p.errorAt(off,
			fmt.Sprintf("expression is too long (%d characters; the limit is %d)", n, opts.MaxLen),
			"shorten the formula")
	}
	toks, err := p.scan()
	if err != nil {
		return nil, err
	}
	p.toks = toks
	root, err := p.parseTop()
	if err != nil {
		return nil, err
	}
	return compile(root), nil
}

// MustParse is like Parse at no position with default options, but panics
// on error. It is for expressions written in Go code, such as tests.
func MustParse(src string) *Expr {
	e, err := Parse(src, diagram.Pos{}, Options{})
	if err != nil {
		panic(err)
	}
	return e
}

// Uses reports whether the expression mentions the named constant, in
// itself or in the condition of a count.
func (e *Expr) Uses(name string) bool { return e.root.usesConst(name) }

// ConstNames returns the names of the constants the expression mentions
// (pi and e included), each once, in order of first mention.
func (e *Expr) ConstNames() []string {
	var out []string
	for _, n := range e.root.constNames(nil) {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// UsesX reports whether the expression mentions x.
func (e *Expr) UsesX() bool { return e.usesX }

// UsesY reports whether the expression mentions y, so a curve y = f(x) can
// reject it and a contour z = f(x, y) can expect it.
func (e *Expr) UsesY() bool { return e.usesY }

// parser is a recursive-descent parser over the token slice.
type parser struct {
	src      string
	at       diagram.Pos
	toks     []token
	i        int
	depth    int
	maxDepth int
	consts   map[string]float64
	sets     map[string][]diagram.XY
	counted  int // points visited by counts so far
}

func (p *parser) peek() token { return p.toks[p.i] }

func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tokEOF {
		p.i++
	}
	return t
}

// isOp reports whether t is the operator or punctuation op.
func isOp(t token, op string) bool { return t.kind == tokOp && t.text == op }

// enter opens a nesting level at token t, failing past the cap.
func (p *parser) enter(t token) error {
	p.depth++
	if p.depth > p.maxDepth {
		return p.errorAt(t.off,
			fmt.Sprintf("expression is nested too deeply (more than %d levels)", p.maxDepth),
			"remove unneeded parentheses or simplify the formula")
	}
	return nil
}

func (p *parser) leave() { p.depth-- }

// parseTop parses the whole source.
func (p *parser) parseTop() (*node, error) {
	if p.peek().kind == tokEOF {
		return nil, p.errorAt(0, "empty expression", "write a formula such as x^2 + 1")
	}
	n, err := p.parseCompare()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tokEOF {
		return nil, p.afterOperand(t)
	}
	return n, nil
}

// isCompare reports whether t is a comparison operator.
func isCompare(t token) bool {
	return t.kind == tokOp && (t.text == "<" || t.text == "<=" || t.text == ">" || t.text == ">=")
}

// parseCompare parses a sum, or two sums compared by < <= > or >=, which
// is 1 where the comparison holds and 0 where it does not. Comparisons do
// not chain: a < b < c is an error.
func (p *parser) parseCompare() (*node, error) {
	left, err := p.parseSum()
	if err != nil {
		return nil, err
	}
	t := p.peek()
	if !isCompare(t) {
		return left, nil
	}
	p.next()
	right, err := p.parseSum()
	if err != nil {
		return nil, err
	}
	if u := p.peek(); isCompare(u) {
		return nil, p.errorAt(u.off, "comparisons do not chain", "write if(a < b, if(b < c, ...), ...) or compare two values at a time")
	}
	return &node{kind: compareNode, cmp: t.text, args: []*node{left, right}}, nil
}

// parseSum parses terms joined by + and -.
func (p *parser) parseSum() (*node, error) {
	left, err := p.parseProduct()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if !isOp(t, "+") && !isOp(t, "-") {
			return left, nil
		}
		p.next()
		right, err := p.parseProduct()
		if err != nil {
			return nil, err
		}
		left = &node{kind: binaryNode, op: t.text[0], args: []*node{left, right}}
	}
}

// parseProduct parses factors joined by * and /.
func (p *parser) parseProduct() (*node, error) {
	left, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if !isOp(t, "*") && !isOp(t, "/") {
			return left, nil
		}
		p.next()
		right, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		left = &node{kind: binaryNode, op: t.text[0], args: []*node{left, right}}
	}
}

// parseUnary parses a signed power: -x^2 is -(x^2).
func (p *parser) parseUnary() (*node, error) {
	t := p.peek()
	if !isOp(t, "-") && !isOp(t, "+") {
		return p.parsePower()
	}
	p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	x, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	if t.text == "+" {
		return x, nil
	}
	return &node{kind: negNode, args: []*node{x}}, nil
}

// parsePower parses a primary raised to an optional exponent. The exponent
// is parsed as a unary expression, which makes ^ right-associative and
// allows 2^-x.
func (p *parser) parsePower() (*node, error) {
	base, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	t := p.peek()
	if !isOp(t, "^") {
		return base, nil
	}
	p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	exp, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	return &node{kind: binaryNode, op: '^', args: []*node{base, exp}}, nil
}

// parsePrimary parses a number, a name, a call or a parenthesized
// expression.
func (p *parser) parsePrimary() (*node, error) {
	t := p.peek()
	switch {
	case t.kind == tokNumber:
		p.next()
		return &node{kind: numberNode, value: t.num}, nil
	case t.kind == tokIdent:
		p.next()
		if isOp(p.peek(), "(") {
			return p.parseCall(t)
		}
		return p.parseName(t)
	case isOp(t, "("):
		p.next()
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer p.leave()
		if isOp(p.peek(), ")") {
			return nil, p.errorAt(t.off, "empty parentheses", "write an expression inside ( )")
		}
		x, err := p.parseCompare()
		if err != nil {
			return nil, err
		}
		if err := p.closeParen(t); err != nil {
			return nil, err
		}
		return x, nil
	}
	return nil, p.missingOperand(t)
}

// parseName resolves a name that is not called: a variable or a constant.
func (p *parser) parseName(t token) (*node, error) {
	switch t.text {
	case "x", "y":
		return &node{kind: varNode, name: t.text}, nil
	}
	if v, ok := constants[t.text]; ok {
		return &node{kind: constNode, name: t.text, value: v}, nil
	}
	if v, ok := p.consts[t.text]; ok && !IsReserved(t.text) {
		return &node{kind: constNode, name: t.text, value: v}, nil
	}
	if f := lookupFunction(t.text); f != nil {
		return nil, p.errorAt(t.off, "function "+strconv.Quote(t.text)+" needs parentheses", "write "+f.usage)
	}
	hint := "only x and y are defined, with the constants pi and e"
	names := []string{"x", "y", "pi", "e"}
	if len(p.consts) > 0 {
		own := make([]string, 0, len(p.consts))
		for n := range p.consts {
			own = append(own, n)
		}
		slices.Sort(own)
		names = append(names, own...)
		hint = "only x and y are defined, with the constants pi, e and " + strings.Join(own, ", ")
	} else if len([]rune(t.text)) > 1 {
		hint += "; declare a constant at the top level with let " + t.text + " = VALUE"
	}
	if s := suggest(t.text, names); s != "" && (len([]rune(t.text)) > 1 || strings.EqualFold(s, t.text)) {
		// A single letter is one edit from x, so only a case slip counts.
		hint = "did you mean " + strconv.Quote(s) + "? " + hint
	}
	return nil, p.errorAt(t.off, "unknown variable "+strconv.Quote(t.text), hint)
}

// parseCall parses the argument list of a call of name; the next token is
// the opening parenthesis.
func (p *parser) parseCall(name token) (*node, error) {
	if name.text == "count" && lookupFunction(name.text) == nil {
		return p.parseCount(name)
	}
	f := lookupFunction(name.text)
	if f == nil {
		hint := "the functions are " + functionList()
		if s := suggest(name.text, Functions()); s != "" {
			hint = "did you mean " + strconv.Quote(s) + "?"
		} else if name.text == "x" || name.text == "y" || constants[name.text] != 0 {
			hint = "write " + name.text + "*(...) to multiply"
		}
		return nil, p.errorAt(name.off, "unknown function "+strconv.Quote(name.text), hint)
	}
	open := p.next()
	if err := p.enter(open); err != nil {
		return nil, err
	}
	defer p.leave()
	var args []*node
	if !isOp(p.peek(), ")") {
		for {
			a, err := p.parseCompare()
			if err != nil {
				return nil, err
			}
			args = append(args, a)
			if !isOp(p.peek(), ",") {
				break
			}
			p.next()
		}
	}
	if err := p.closeParen(open); err != nil {
		return nil, err
	}
	if n := len(args); n < f.minArgs || (f.maxArgs >= 0 && n > f.maxArgs) {
		return nil, p.errorAt(name.off, arityMessage(f, n), "write "+f.usage)
	}
	if f.op == opSelect && len(args)%2 == 0 {
		return nil, p.errorAt(name.off, fmt.Sprintf("if takes conditions and values in pairs and then one value for else, got %d arguments", len(args)),
			"write "+f.usage)
	}
	return &node{kind: callNode, name: f.name, args: args}, nil
}

// countUsage is how a count is written.
const countUsage = "count(SET, CONDITION), like count(pos, x >= t): how many points of the points mark pos have x >= t"

// parseCount parses count(SET) or count(SET, CONDITION), the next token
// being the opening parenthesis, and computes it: the number of points
// (x, y) of the set where the condition, a formula in x and y, is neither
// 0 nor NaN. The result is a number that remembers the constants the
// condition used.
func (p *parser) parseCount(name token) (*node, error) {
	open := p.next()
	if err := p.enter(open); err != nil {
		return nil, err
	}
	defer p.leave()
	set := p.peek()
	if set.kind != tokIdent {
		return nil, p.errorAt(set.off, "count needs the id of a set of points first", "write "+countUsage)
	}
	p.next()
	pts, ok := p.sets[set.text]
	if !ok {
		hint := "name a points mark with listed points declared above, like points pos: (0.8, 1) (0.6, 1)"
		if len(p.sets) > 0 {
			names := make([]string, 0, len(p.sets))
			for n := range p.sets {
				names = append(names, n)
			}
			slices.Sort(names)
			hint = "the sets of points here are " + strings.Join(names, ", ")
			if s := suggest(set.text, names); s != "" {
				hint = "did you mean " + strconv.Quote(s) + "? " + hint
			}
		}
		return nil, p.errorAt(set.off, "unknown set of points "+strconv.Quote(set.text), hint)
	}
	var cond *node
	if isOp(p.peek(), ",") {
		p.next()
		c, err := p.parseCompare()
		if err != nil {
			return nil, err
		}
		cond = c
	}
	if err := p.closeParen(open); err != nil {
		return nil, err
	}
	n := &node{kind: numberNode}
	if cond == nil {
		n.value = float64(len(pts))
		return n, nil
	}
	p.counted += len(pts)
	if p.counted > MaxCountPoints {
		return nil, p.errorAt(name.off, fmt.Sprintf("the counts of this formula visit more than %d points", MaxCountPoints), "count smaller sets, or fewer times")
	}
	c := compiler{}
	c.emit(fold(cond))
	stack := make([]float64, max(c.maxDepth, 1))
	for _, q := range pts {
		if v := run(c.prog, stack, q.X, q.Y); v != 0 && !math.IsNaN(v) {
			n.value++
		}
	}
	n.deps = cond.constNames(nil)
	return n, nil
}

// closeParen consumes the ")" that matches open.
func (p *parser) closeParen(open token) error {
	t := p.peek()
	if isOp(t, ")") {
		p.next()
		return nil
	}
	if t.kind == tokEOF {
		return p.errorAt(open.off, `unclosed "("`, `add a matching ")"`)
	}
	return p.afterOperand(t)
}

// afterOperand reports token t, found where an operator or the end was
// expected.
func (p *parser) afterOperand(t token) error {
	switch {
	case t.kind == tokNumber || t.kind == tokIdent || isOp(t, "("):
		prev := p.toks[p.i-1]
		right := t.text
		if isOp(t, "(") {
			right = "(...)"
		} else if t.kind == tokIdent && isOp(p.toks[p.i+1], "(") {
			right += "(...)"
		}
		left := prev.text
		if isOp(prev, ")") {
			left = "(...)"
			if open := p.matchingOpen(p.i - 1); open > 0 && p.toks[open-1].kind == tokIdent {
				left = p.toks[open-1].text + left
			}
		}
		return p.errorAt(t.off, "missing operator before "+t.describe(),
			"implicit multiplication is not allowed: write "+left+"*"+right)
	case isOp(t, ")"):
		return p.errorAt(t.off, `unmatched ")"`, `remove it or add a matching "(" before it`)
	case isOp(t, ","):
		return p.errorAt(t.off, `unexpected ","`, "commas only separate function arguments, as in max(x, 0)")
	}
	return p.errorAt(t.off, "unexpected "+t.describe(), "")
}

// matchingOpen returns the index of the "(" token that the ")" at index
// close matches, or -1.
func (p *parser) matchingOpen(close int) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch {
		case isOp(p.toks[i], ")"):
			depth++
		case isOp(p.toks[i], "("):
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// missingOperand reports token t, found where an operand was expected.
func (p *parser) missingOperand(t token) error {
	if t.kind == tokEOF {
		prev := p.toks[p.i-1]
		return p.errorAt(t.off, "missing operand after "+prev.describe(), "complete the formula")
	}
	hint := "write a number, x, y, a function call or ( ... ) here"
	if isOp(t, "*") && p.i > 0 && isOp(p.toks[p.i-1], "*") {
		hint = "write x^2, not x**2, for powers"
	}
	return p.errorAt(t.off, "missing operand before "+t.describe(), hint)
}

// arityMessage says how many arguments f takes, and how many it got.
func arityMessage(f *function, got int) string {
	plural := func(n int) string {
		if n == 1 {
			return "1 argument"
		}
		return strconv.Itoa(n) + " arguments"
	}
	want := plural(f.minArgs)
	if f.maxArgs < 0 {
		want = "at least " + want
	}
	return fmt.Sprintf("%s takes %s, got %d", f.name, want, got)
}

// functionList returns the function names as one comma-separated string.
func functionList() string {
	s := ""
	for i, f := range functions {
		if i > 0 {
			s += ", "
		}
		s += f.name
	}
	return s
}

// errorAt returns a *diagram.Error at byte offset off of the source.
func (p *parser) errorAt(off int, msg, hint string) *diagram.Error {
	return &diagram.Error{Pos: p.posAt(off), Msg: msg, Hint: hint}
}

// posAt converts a byte offset of the source to a file position, counting
// columns in runes from p.at.
func (p *parser) posAt(off int) diagram.Pos {
	pos := p.at
	if !pos.IsValid() {
		pos.Line, pos.Col = 1, 1
	}
	for _, r := range p.src[:off] {
		if r == '\n' {
			pos.Line++
			pos.Col = 1
		} else {
			pos.Col++
		}
	}
	return pos
}
