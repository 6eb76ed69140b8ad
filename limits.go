package diag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout"
)

// Limits caps the size of what a compile accepts and the work it does, so
// that no input can make it hang, overflow the stack or take unbounded
// memory: at the defaults, a compile takes at most a few seconds and a few
// hundred megabytes. A zero field takes its default; the defaults are far
// beyond any real diagram. An input past a cap is refused with an error at
// the offending element that names the cap and how to raise it, before the
// work that would pass the cap is done.
type Limits struct {
	// MaxNodes caps the boxes of all panels together: graph nodes, tree
	// nodes, sequence actors, stack items, timeline segments and matrix
	// cells.
	MaxNodes int
	// MaxEdges caps the lines between boxes: graph edges and sequence
	// messages.
	MaxEdges int
	// MaxDepth caps nesting: panels in panels, groups in groups, tree
	// levels and sequence frames. The language itself refuses blocks
	// nested deeper than dsl.MaxDepth, so a larger value only matters for
	// diagrams built in Go.
	MaxDepth int
	// MaxString caps the length of every text, in characters.
	MaxString int
	// MaxExprDepth caps the nesting of a plot formula (parentheses, calls,
	// signs and powers). Values above expr.DefaultMaxDepth, the most the
	// layout evaluates, have no effect.
	MaxExprDepth int
	// MaxSteps caps the steps of the animation.
	MaxSteps int
	// MaxSource caps the size of the source in bytes.
	MaxSource int
	// MaxTokens caps the tokens of the source: names, numbers, strings,
	// symbols and line ends. It bounds the parser's time and memory, which
	// grow with the tokens, not the bytes.
	MaxTokens int
	// MaxSamples caps the data points of all plots together: given points,
	// generated blobs, sampled formulas and the values of histograms.
	MaxSamples int
	// MaxContourLevels caps the levels of all contours together (a contour
	// with no level given draws one, at 0): each level is a march over a
	// grid of about 3 px cells.
	MaxContourLevels int
	// MaxContourVertices caps the points of all contour lines together.
	MaxContourVertices int
	// MaxFormulaWork caps the work of evaluating plot formulas, all plots
	// together: each evaluation costs the formula's number of operations,
	// and a contour evaluates its formula at every point of its grid, a
	// curve at up to tens of thousands of points.
	MaxFormulaWork int
	// MaxLayoutDummies caps the dummy nodes of the graph layouts, all
	// graphs together: an edge from rank r to rank r+k passes k-1 ranks
	// and needs a dummy node in each.
	MaxLayoutDummies int
	// MaxCrossingWork caps the work of the graph layouts' crossing
	// reduction, all graphs together: the nodes of each layered graph
	// (nodes, dummies and the fillers that keep groups in every rank they
	// span) and its edges, times the sweeps planned over them.
	MaxCrossingWork int
	// MaxSweepDrawings caps the marks drawn again for the values of the
	// parameters the animation sweeps, all plots together: a mark that
	// uses a parameter of K values is drawn K − 1 more times.
	MaxSweepDrawings int
	// MaxKeyframes caps the keyframes the animation makes: an action adds
	// one or a few to each element it animates, so a trace of a whole graph
	// adds them to every edge, in every step that traces it.
	MaxKeyframes int
}

// The default limits, used for the zero fields of Limits.
const (
	DefaultMaxNodes     = 10000
	DefaultMaxEdges     = 20000
	DefaultMaxDepth     = dsl.MaxDepth
	DefaultMaxString    = 10000
	DefaultMaxExprDepth = expr.DefaultMaxDepth
	DefaultMaxSteps     = 200
	// DefaultMaxSource is 1 MiB, a hundred times the largest curriculum
	// sheet.
	DefaultMaxSource = 1 << 20
	// DefaultMaxTokens keeps the parse of a source within a second and
	// about 150 MB, however its megabyte is spent: a megabyte of short
	// tokens, such as a list of points, has about 900,000.
	DefaultMaxTokens          = dsl.DefaultMaxTokens
	DefaultMaxSamples         = 100000
	DefaultMaxContourLevels   = 100
	DefaultMaxContourVertices = layout.DefaultMaxContourVertices
	DefaultMaxFormulaWork     = layout.DefaultMaxFormulaWork
	DefaultMaxLayoutDummies   = layout.DefaultMaxLayoutDummies
	DefaultMaxCrossingWork    = layout.DefaultMaxCrossingWork
	DefaultMaxSweepDrawings   = layout.DefaultMaxSweepDrawings
	DefaultMaxKeyframes       = animate.DefaultMaxKeyframes
)

// withDefaults returns l with every zero or negative field set to its
// default.
func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxNodes, DefaultMaxNodes)
	def(&l.MaxEdges, DefaultMaxEdges)
	def(&l.MaxDepth, DefaultMaxDepth)
	def(&l.MaxString, DefaultMaxString)
	def(&l.MaxExprDepth, DefaultMaxExprDepth)
	def(&l.MaxSteps, DefaultMaxSteps)
	def(&l.MaxSource, DefaultMaxSource)
	def(&l.MaxTokens, DefaultMaxTokens)
	def(&l.MaxSamples, DefaultMaxSamples)
	def(&l.MaxContourLevels, DefaultMaxContourLevels)
	def(&l.MaxContourVertices, DefaultMaxContourVertices)
	def(&l.MaxFormulaWork, DefaultMaxFormulaWork)
	def(&l.MaxLayoutDummies, DefaultMaxLayoutDummies)
	def(&l.MaxCrossingWork, DefaultMaxCrossingWork)
	def(&l.MaxSweepDrawings, DefaultMaxSweepDrawings)
	def(&l.MaxKeyframes, DefaultMaxKeyframes)
	return l
}

// dsl returns the limits of the parser.
func (l Limits) dsl() dsl.Limits {
	return dsl.Limits{MaxTokens: l.withDefaults().MaxTokens, Raise: raiseField}
}

// layout returns the limits of the layout stage.
func (l Limits) layout() layout.Limits {
	l = l.withDefaults()
	return layout.Limits{
		MaxLayoutDummies:   l.MaxLayoutDummies,
		MaxCrossingWork:    l.MaxCrossingWork,
		MaxContourVertices: l.MaxContourVertices,
		MaxFormulaWork:     l.MaxFormulaWork,
		MaxSweepDrawings:   l.MaxSweepDrawings,
		Raise:              raiseField,
	}
}

// animate returns the limits of the animation stage.
func (l Limits) animate() animate.Limits {
	return animate.Limits{MaxKeyframes: l.withDefaults().MaxKeyframes, Raise: raiseField}
}

// raiseField returns the hint part that says how to raise the cap of the
// Limits field that limit names, whose flag is the field's name in lower
// case with hyphens between its words: MaxContourLevels is
// --max-contour-levels.
func raiseField(limit diagram.Limit) string {
	field := string(limit)
	var flag strings.Builder
	for i, r := range field {
		if unicode.IsUpper(r) {
			if i > 0 {
				flag.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		flag.WriteRune(r)
	}
	return raise(field, flag.String())
}

// raise returns the hint part that says how to raise a cap: the Options
// field and the command-line flag.
func raise(field, flag string) string {
	return fmt.Sprintf("or raise the limit with Limits.%s (diag --%s N)", field, flag)
}

// checkSource refuses a source larger than l.MaxSource, at the position of
// the first byte past the cap. The message gives no size, since a reader
// may have stopped one byte past the cap (as the command line does).
func checkSource(name string, src []byte, l Limits) error {
	l = l.withDefaults()
	if len(src) <= l.MaxSource {
		return nil
	}
	return diagram.ErrorList{{
		Pos:  offsetPos(name, src, l.MaxSource),
		Msg:  fmt.Sprintf("source is larger than the limit of %d bytes", l.MaxSource),
		Hint: "split the diagram into several files, " + raise("MaxSource", "max-source"),
	}}
}

// headerPositions returns the positions of the header statements of f,
// keyed by the Diagram field they set.
func headerPositions(f *dsl.File) map[string]diagram.Pos {
	fields := map[string]string{"title": "Title", "subtitle": "Subtitle", "footer": "Footer", "kicker": "Kicker"}
	out := map[string]diagram.Pos{}
	if f == nil {
		return out
	}
	for _, st := range f.Stmts {
		if st == nil || st.Header == nil {
			continue
		}
		if name, ok := fields[st.Header.Keyword]; ok {
			if _, dup := out[name]; !dup {
				out[name] = f.Position(st.Header.Pos())
			}
		}
	}
	return out
}

// offsetPos returns the position of byte offset off in src: its line and
// its column in characters.
func offsetPos(name string, src []byte, off int) diagram.Pos {
	for off > 0 && !utf8.RuneStart(src[off]) {
		off-- // point at the character the offset falls in
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return diagram.Pos{File: name, Line: line, Col: utf8.RuneCount(src[start:off]) + 1}
}

// maxStringErrors is how many overlong texts are reported before the rest
// are left unreported.
const maxStringErrors = 10

// limitChecker walks a diagram model with diagram.Inspect and records where
// it passes a limit.
type limitChecker struct {
	lim                   Limits
	consts                map[string]float64 // the diagram's named constants
	nodes, edges, samples int
	levels                int
	// path holds the elements that enclose the one being visited, with
	// the position of the nearest of them that has one.
	path []enclosing
	// nesting counts, for each kind of element that may hold its own kind,
	// how many of that kind enclose the element being visited: a group in
	// a group in a group is 3.
	nesting map[nestKind]int
	// seen holds every element visited; onPath those that enclose the one
	// being visited, so that an element holding itself is found.
	seen, onPath map[diagram.Element]bool
	errs         diagram.ErrorList
	// stringErrs counts the overlong texts reported; deepSeen says the
	// nesting error is reported.
	stringErrs          int
	deepSeen, cycleSeen bool
}

// enclosing is one element on the path to the element being visited.
type enclosing struct {
	e    diagram.Element
	pos  diagram.Pos // its own position, or that of the nearest enclosing element with one
	kind nestKind
}

// nestKind is a kind of element that may hold elements of its own kind,
// directly or through others.
type nestKind int

const (
	notNested nestKind = iota
	nestSplit
	nestGroup
	nestTreeNode
	nestMessage
	nestFrame
	nestSection
	nestAction
)

// nestKindOf returns the kind of e for the nesting limit, or notNested for
// an element that cannot hold its own kind.
func nestKindOf(e diagram.Element) nestKind {
	switch e.(type) {
	case *diagram.Split:
		return nestSplit
	case *diagram.Group:
		return nestGroup
	case *diagram.TreeNode:
		return nestTreeNode
	case *diagram.Message:
		return nestMessage
	case *diagram.Frame:
		return nestFrame
	case *diagram.FrameSection:
		return nestSection
	case *diagram.Action:
		return nestAction
	}
	return notNested
}

// checkLimits walks d and returns an error for every limit it passes
// (the first offender of each count, and up to maxStringErrors texts).
// header gives the positions of the header fields of d (Title, Subtitle,
// ...), which the model does not record; it may be nil.
func checkLimits(d *diagram.Diagram, l Limits, header map[string]diagram.Pos) error {
	if d == nil {
		return nil
	}
	c := &limitChecker{lim: l.withDefaults(), consts: d.ConstValues(), nesting: map[nestKind]int{},
		seen: map[diagram.Element]bool{}, onPath: map[diagram.Element]bool{}}
	c.checkString(d.Title, header["Title"])
	c.checkString(d.Subtitle, header["Subtitle"])
	c.checkString(d.Footer, header["Footer"])
	c.checkString(d.Kicker, header["Kicker"])
	diagram.Inspect(d, c.visit)
	if d.Script != nil && len(d.Script.Steps) > c.lim.MaxSteps {
		step := d.Script.Steps[c.lim.MaxSteps]
		pos := d.Script.Pos
		if step != nil && step.Pos.IsValid() {
			pos = step.Pos
		}
		c.errs.Add(pos, fmt.Sprintf("animation has %d steps, more than the limit of %d", len(d.Script.Steps), c.lim.MaxSteps),
			"split the animation into several diagrams, "+raise("MaxSteps", "max-steps"))
	}
	c.errs.Sort()
	return c.errs.Err()
}

// visit counts one element against the limits (e is nil when Inspect
// leaves the element last visited). It returns false for an element not
// to walk into: one seen before, one nested too deeply, a formula.
func (c *limitChecker) visit(e diagram.Element) bool {
	if e == nil {
		top := c.path[len(c.path)-1]
		c.path = c.path[:len(c.path)-1]
		delete(c.onPath, top.e)
		if top.kind != notNested {
			c.nesting[top.kind]--
		}
		return true
	}
	var pos diagram.Pos // of the nearest enclosing element with one
	if n := len(c.path); n > 0 {
		pos = c.path[n-1].pos
	}
	if c.onPath[e] && !c.cycleSeen {
		c.cycleSeen = true
		c.errs.Add(pos, "an element contains itself", "build the diagram as a tree: no group, panel or node may hold itself")
	}
	if c.seen[e] {
		return false // shared, or a cycle: walked once
	}
	c.seen[e] = true
	if own := e.Position(); own.IsValid() {
		pos = own
	}
	if f, ok := e.(*diagram.Formula); ok {
		c.checkFormula(*f)
		return false
	}
	c.count(e, pos)
	kind := nestKindOf(e)
	if kind != notNested {
		if c.nesting[kind] >= c.lim.MaxDepth {
			if !c.deepSeen {
				c.deepSeen = true
				c.errs.Add(pos, fmt.Sprintf("nested deeper than %d levels", c.lim.MaxDepth),
					"flatten the structure, "+raise("MaxDepth", "max-depth"))
			}
			return false
		}
		c.nesting[kind]++
	}
	if _, header := e.(*diagram.Diagram); !header { // the header is checked with its positions
		diagram.Strings(e, func(s string) { c.checkString(s, pos) })
	}
	c.path = append(c.path, enclosing{e: e, pos: pos, kind: kind})
	c.onPath[e] = true
	return true
}

// checkString reports a text longer than the limit, at pos.
func (c *limitChecker) checkString(s string, pos diagram.Pos) {
	if len(s) <= c.lim.MaxString {
		return // a rune takes at least one byte
	}
	if n := utf8.RuneCountInString(s); n > c.lim.MaxString && c.stringErrs < maxStringErrors {
		c.stringErrs++
		c.errs.Add(pos, fmt.Sprintf("text of %d characters is longer than the limit of %d", n, c.lim.MaxString),
			"shorten it, "+raise("MaxString", "max-string"))
	}
}

// count counts the boxes, lines, data points and contour levels of one
// element, reporting the first that passes each limit.
func (c *limitChecker) count(e diagram.Element, pos diagram.Pos) {
	switch e.(type) {
	case *diagram.Node, *diagram.TreeNode, *diagram.Actor, *diagram.StackItem, *diagram.Segment, *diagram.Cell:
		c.nodes++
		if c.nodes == c.lim.MaxNodes+1 {
			c.errs.Add(pos, fmt.Sprintf("more than %d nodes", c.lim.MaxNodes),
				"split the diagram, "+raise("MaxNodes", "max-nodes"))
		}
	case *diagram.Edge, *diagram.Message:
		c.edges++
		if c.edges == c.lim.MaxEdges+1 {
			c.errs.Add(pos, fmt.Sprintf("more than %d edges", c.lim.MaxEdges),
				"split the diagram, "+raise("MaxEdges", "max-edges"))
		}
	}
	if n := samplesOf(e); n > 0 {
		before := c.samples
		c.samples += n
		if before <= c.lim.MaxSamples && c.samples > c.lim.MaxSamples {
			c.errs.Add(pos, fmt.Sprintf("plots have more than %d data points", c.lim.MaxSamples),
				"use fewer points, "+raise("MaxSamples", "max-samples"))
		}
	}
	if ct, ok := e.(*diagram.Contour); ok {
		before := c.levels
		c.levels += len(ct.Levels)
		if before <= c.lim.MaxContourLevels && c.levels > c.lim.MaxContourLevels {
			c.errs.Add(pos, fmt.Sprintf("contours have more than %d levels", c.lim.MaxContourLevels),
				"use fewer levels, "+raise("MaxContourLevels", "max-contour-levels"))
		}
	}
}

// checkFormula parses a plot formula with the expression depth limit.
func (c *limitChecker) checkFormula(f diagram.Formula) {
	if c.lim.MaxExprDepth >= expr.DefaultMaxDepth {
		return // the layout parses every formula with this cap anyway
	}
	if _, err := expr.Parse(f.Text, f.Pos, expr.Options{MaxDepth: c.lim.MaxExprDepth, Consts: c.consts}); err != nil {
		if e, ok := err.(*diagram.Error); ok {
			e.Hint += "; " + raise("MaxExprDepth", "max-expr-depth")
			c.errs = append(c.errs, e)
			return
		}
		c.errs.Add(f.Pos, err.Error(), raise("MaxExprDepth", "max-expr-depth"))
	}
}

// samplesOf returns the data points a plot mark draws, or 0 for anything
// else. Negative counts, possible only in diagrams built in Go, count as
// huge so that they are refused.
func samplesOf(e diagram.Element) int {
	count := func(n int) int {
		if n < 0 {
			return 1 << 40
		}
		return n
	}
	switch x := e.(type) {
	case *diagram.Scatter:
		n := len(x.Points)
		if x.Blobs != nil {
			n += count(x.Blobs.N) + count(x.Blobs.K)
		}
		if x.Sampled != nil {
			n += count(x.Sampled.N)
		}
		return n
	case *diagram.PlotPath:
		return len(x.Points)
	case *diagram.HistSeries:
		return len(x.Values)
	}
	return 0
}
