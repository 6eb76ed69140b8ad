package dsl

import (
	"fmt"
	"sort"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// Habits of other tools: what people who know D2, Mermaid or Graphviz
// write first, and the hints that show how the language says it. Two of
// them are found before parsing, because what they do to the text would
// hide them: a "//" comment, whose words would be read as code (and an
// apostrophe in it as a stray character), and the old spelling of a
// parallel edge, a -> b#2, whose "#2" is a comment. Each is reported, and
// the rest of the file is parsed as if it were written right, so that the
// errors after it are reported too. The others show up as syntax errors,
// which syntaxError explains (see otherTool).

// habitFix is a habit found before parsing: its error, and the bytes that
// turn the text into what was meant, written over src[at:] (the fix has the
// length of what it replaces, so that every position stays where it was).
type habitFix struct {
	err *diagram.Error
	at  int
	fix string
}

// habitsIf returns s.habits(toks, groups) if check is set, else nil.
func (s *source) habitsIf(check bool, toks []lexer.Token, groups []*CommentGroup) []habitFix {
	if !check {
		return nil
	}
	return s.habits(toks, groups)
}

// habits finds the habits that are fixed before parsing in the tokens and
// comments of the source.
func (s *source) habits(toks []lexer.Token, groups []*CommentGroup) []habitFix {
	var out []habitFix
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if !isPunct(a, "/") || !isPunct(b, "/") || b.Pos.Offset != a.Pos.Offset+1 {
			continue
		}
		end := lineEnd(s.src, a.Pos.Offset)
		text := strings.TrimSpace(string(s.src[b.Pos.Offset+1 : end]))
		out = append(out, habitFix{
			err: &diagram.Error{Pos: s.offsetPos(a.Pos.Offset), Msg: "// does not start a comment",
				Hint: "use # for comments: " + clip("# "+text, 60)},
			at: a.Pos.Offset, fix: "# ",
		})
		for i+1 < len(toks) && toks[i+1].Pos.Offset < end {
			i++
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if f, ok := s.dottedArrow(toks, i); ok {
			out = append(out, f)
		}
	}
	for _, g := range groups {
		for _, c := range g.List {
			if h, ok := s.hashIndex(toks, c); ok {
				out = append(out, h)
			}
		}
	}
	return out
}

// dottedArrow reports the dotted arrow A-.->B, which the scanner reads as
// "-", a stray ".", and "->", at toks[i], the ".": the language draws it as
// a dashed edge. It is fixed to "->" so that the rest is checked.
func (s *source) dottedArrow(toks []lexer.Token, i int) (habitFix, bool) {
	dash, dot, arrow := toks[i-1], toks[i], toks[i+1]
	if dot.Type != tokInvalid || dot.Value != "." || !isPunct(dash, "-") || arrow.Type != tokArrow || arrow.Value != "->" ||
		!adjacent(dash, dot) || !adjacent(dot, arrow) {
		return habitFix{}, false
	}
	from, to := "a", "b"
	if i >= 2 && toks[i-2].Type == tokIdent {
		from = toks[i-2].Value
	}
	if i+2 < len(toks) && toks[i+2].Type == tokIdent {
		to = toks[i+2].Value
	}
	return habitFix{
		err: &diagram.Error{Pos: s.offsetPos(dash.Pos.Offset), Msg: `"-.->" is not an arrow`,
			Hint: fmt.Sprintf("write %s -> %s dashed", from, to)},
		at: dash.Pos.Offset, fix: "->  ",
	}, true
}

// hashIndex reports the old spelling of a parallel edge's id in the
// targets of show, hide, dim, highlight and trace: "show a -> b#2", where "#2" is
// a comment, so that the target names every edge from a to b. The mark
// must follow the edge's last node right away, or be the whole comment.
func (s *source) hashIndex(toks []lexer.Token, c *Comment) (habitFix, bool) {
	hash := c.Hash.Offset()
	digits := len(c.Text) - len(strings.TrimLeft(c.Text[1:], "0123456789")) - 1
	if digits == 0 {
		return habitFix{}, false
	}
	// The tokens are in source order: the one before the comment is
	// found by binary search, so that many comments cost n log n.
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Pos.Offset >= hash }) - 1
	if i < 2 || toks[i].Type != tokIdent || toks[i-1].Type != tokArrow || toks[i-2].Type != tokIdent {
		return habitFix{}, false
	}
	to := toks[i]
	gap := string(s.src[to.Pos.Offset+len(to.Value) : hash])
	rest := c.Text[1+digits:]
	glued := gap == "" && (rest == "" || !isIdentByte(rest[0]))
	alone := strings.TrimSpace(gap) == "" && strings.TrimSpace(rest) == ""
	if !glued && !alone {
		return habitFix{}, false
	}
	st := statementStart(toks, i)
	if st+3 > i || !contains([]string{"show", "hide", "dim", "highlight", "trace"}, toks[st].Value) || toks[st].Type != tokIdent {
		return habitFix{}, false
	}
	from, n := toks[i-2].Value, c.Text[1:1+digits]
	return habitFix{
		err: &diagram.Error{Pos: s.offsetPos(hash), Msg: fmt.Sprintf("%q is a comment, not an edge number", "#"+n),
			Hint: fmt.Sprintf("write %s %s %s[%s] for the %s edge written from %s to %s", from, toks[i-1].Value, to.Value, n, ordinal(n), from, to.Value)},
		at: hash, fix: strings.Repeat(" ", 1+digits),
	}, true
}

// ordinal returns the ordinal of the number written n: "second" for "2",
// "12th" for "12".
func ordinal(n string) string {
	n = strings.TrimLeft(n, "0")
	words := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
	if len(n) == 1 && n != "0" {
		return words[n[0]-'1']
	}
	if n == "" {
		return "0th"
	}
	suffix := "th"
	if len(n) < 2 || n[len(n)-2] != '1' {
		switch n[len(n)-1] {
		case '1':
			suffix = "st"
		case '2':
			suffix = "nd"
		case '3':
			suffix = "rd"
		}
	}
	return n + suffix
}

// isIdentByte reports whether b may continue an id or a number.
func isIdentByte(b byte) bool {
	return b == '_' || b == '.' || b == '-' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// applyHabits returns a copy of src with the fixes written in.
func applyHabits(src []byte, fixes []habitFix) []byte {
	out := append([]byte(nil), src...)
	for _, f := range fixes {
		copy(out[f.at:], f.fix)
	}
	return out
}

// clip shortens s to at most n runes, ending it with "…" when cut.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// directionWords maps the direction words of Mermaid (graph TD) and
// Graphviz (rankdir=LR) to the language's.
var directionWords = map[string]string{"TD": "down", "TB": "down", "BT": "up", "LR": "right", "RL": "left"}

// otherTool explains a syntax error that a habit of another tool causes:
//
//	a -> b: label      D2's edge label       a -> b "label"
//	a: Label           D2's node label       a "Label"
//	A[Label], A(Label) Mermaid's node label  A "Label", A "Label" shape rounded
//	A-->B, A --- B     Mermaid's arrows      A -> B, A -- B
//	A ==> B            Mermaid's thick arrow A -> B bold
//	graph TD           Mermaid's header      graph g direction down {
func (x *syntaxContext) otherTool() *diagram.Error {
	t := x.tok
	if x.word == "graph" && x.at == x.start+2 && endsStatement(t) {
		if dir, ok := directionWords[x.toks[x.start+1].Value]; ok {
			return x.errorAt(x.toks[x.start+1], "a graph's direction is written direction "+dir,
				fmt.Sprintf("write graph g direction %s { nodes and edges }", dir))
		}
	}
	if x.opener != "graph" && x.opener != "group" || x.word == "" {
		return nil
	}
	switch {
	case (isPunct(t, "[") || isPunct(t, "(")) && x.at == x.start+1 && adjacent(x.toks[x.start], t):
		return x.shapeLabel()
	case isPunct(t, ":") && x.at > x.start:
		label := strings.TrimSpace(string(x.src.src[t.Pos.Offset+1 : lineEndOf(x.toks, x.at)]))
		head := x.written(x.start, x.at)
		what := "an edge's"
		if !hasArrow(x.toks[x.start:x.at]) {
			what = "a node's"
		}
		if label == "" {
			label = "label"
		}
		return x.errorAt(t, what+" label is a string after it, not text after \":\"",
			fmt.Sprintf("write %s %s", head, quoteLabel(label)))
	case t.Type == tokArrow && t.Value == "--" && x.at+1 < len(x.toks) && adjacent(t, x.toks[x.at+1]):
		switch next := x.toks[x.at+1]; {
		case isPunct(next, ">"):
			return x.errorAt(t, `"-->" is not an arrow`, "write "+x.arrowFix(x.at, x.at+2, "->", ""))
		case isPunct(next, "-"):
			return x.errorAt(t, `"---" is not an arrow`, "write "+x.arrowFix(x.at, x.at+2, "--", ""))
		}
	case isPunct(t, "=") && x.at+2 < len(x.toks) && isPunct(x.toks[x.at+1], "=") && isPunct(x.toks[x.at+2], ">") &&
		adjacent(t, x.toks[x.at+1]) && adjacent(x.toks[x.at+1], x.toks[x.at+2]):
		return x.errorAt(t, `"==>" is not an arrow`, "write "+x.arrowFix(x.at, x.at+3, "->", " bold"))
	}
	return nil
}

// shapeLabel explains a node written A[Label] or A(Label), a label in the
// brackets of a shape: the language writes the label as a string after
// the id, and the shape as an attribute.
func (x *syntaxContext) shapeLabel() *diagram.Error {
	open := x.tok
	closer := closerOf(open.Value)
	end := x.at + 1
	for end < len(x.toks) && !endsStatement(x.toks[end]) && !isPunct(x.toks[end], closer) {
		end++
	}
	if end >= len(x.toks) || !isPunct(x.toks[end], closer) {
		return nil
	}
	label := strings.TrimSpace(string(x.src.src[open.Pos.Offset+1 : x.toks[end].Pos.Offset]))
	hint := "write " + x.word + " " + quoteLabel(label)
	if open.Value == "(" {
		hint += " shape rounded"
	}
	if !endsStatement(x.toks[end+1]) {
		hint += " on a line of its own, then the edge with the id alone"
	}
	return x.errorAt(open, "a node's label is a string after its id, not text in "+open.Value+closer, hint)
}

// arrowFix returns the statement with the tokens toks[from:to], another
// tool's arrow, written as arrow, and attrs added after the node the arrow
// leads to.
func (x *syntaxContext) arrowFix(from, to int, arrow, attrs string) string {
	end := to
	if end < len(x.toks) && x.toks[end].Type == tokIdent {
		end++
	}
	out := x.written(x.start, from) + " " + arrow
	if end > to {
		out += " " + x.written(to, end)
	}
	return out + attrs
}

// written returns the source text of the tokens toks[from:to].
func (x *syntaxContext) written(from, to int) string {
	if from >= to {
		return ""
	}
	last := x.toks[to-1]
	return string(x.src.src[x.toks[from].Pos.Offset : last.Pos.Offset+len(last.Value)])
}

// lineEndOf returns the offset where the line of toks[at] ends: the
// offset of its next line end, or of the end of the file.
func lineEndOf(toks []lexer.Token, at int) int {
	for i := at; i < len(toks); i++ {
		if toks[i].Type == tokEOL || toks[i].EOF() || isPunct(toks[i], "}") {
			return toks[i].Pos.Offset
		}
	}
	return toks[len(toks)-1].Pos.Offset
}

// adjacent reports whether b follows a with nothing between them.
func adjacent(a, b lexer.Token) bool { return a.Pos.Offset+len(a.Value) == b.Pos.Offset }

// quoteLabel writes s as a string of the language; a label quoted already,
// as in a -> b: "x", is kept as it is.
func quoteLabel(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// headerHint returns the hint for the header of a graph in another tool's
// words, flowchart LR or digraph G {, whose words are words: the graph
// statement with the same direction. It returns "" for other words.
func headerHint(words []string) string {
	if len(words) == 0 || words[0] != "flowchart" && words[0] != "digraph" {
		return ""
	}
	id, dir := "g", "down"
	if len(words) > 1 {
		if d, ok := directionWords[words[1]]; ok {
			dir = d
		} else if words[0] == "digraph" && words[1] != "{" && ident([]byte(words[1]), 0) == len(words[1]) {
			id = words[1]
		}
	}
	return fmt.Sprintf("write graph %s direction %s { nodes and edges }", id, dir)
}

// edgeHint returns how an edge written outside a graph, whose words are
// words, is written inside one, with the arrows and labels of other tools
// (A-->B, A --- B, a -> b: label) in the language's words.
func edgeHint(words []string) string {
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "--" && i+1 < len(words) && words[i+1] == ">":
			w, i = "->", i+1
		case w == "--" && i+1 < len(words) && words[i+1] == "-":
			i++
		case w == ":" && i > 0:
			out = append(out, quoteLabel(strings.Join(words[i+1:], " ")))
			i = len(words)
			continue
		}
		out = append(out, w)
	}
	return "write graph ID { " + strings.Join(out, " ") + " }"
}
