package dsl

import (
	"sort"
	"strings"
)

// help describes statements for error messages: which keywords exist, how
// each statement is written, and which statements each block may hold.
type help struct {
	// keywords are the words that start the kind's own statements.
	keywords []string
	// usage shows how a statement is written, by its first word. The key ""
	// stands for statements that start with an id, "->" for an edge.
	usage map[string]string
	// blocks lists, by the keyword that opens a block, the keywords of the
	// statements allowed in it. A block whose statements may also start
	// with an id lists "" among them.
	blocks map[string][]string
}

var headerKeywords = []string{"title", "subtitle", "footer", "kicker", "theme", "size", "sheet", "ask"}

// attributeWords are the words that may follow the start of a statement,
// for suggestions when one is misspelt.
var attributeWords = []string{"shape", "tone", "icon", "direction", "dashed", "bold", "same", "loop", "delay", "ease", "along", "to", "from", "by", "about", "into"}

var actionKeywords = []string{"show", "hide", "dim", "highlight", "flow", "trace", "move", "count", "grow", "rotate", "scale", "morph", "sweep", "together"}

// coreHelp covers everything that is not a panel kind: the header, the
// legend and the animation.
var coreHelp = &help{
	keywords: append(append([]string(nil), headerKeywords...), "let", "param", "legend", "animate", "connect", "callout"),
	usage: map[string]string{
		"title":     `title "text"`,
		"subtitle":  `subtitle "text"`,
		"footer":    `footer "text"`,
		"kicker":    `kicker "text"`,
		"theme":     `theme light|dark|auto`,
		"size":      `size WIDTH HEIGHT (in px, e.g. size 1440 900)`,
		"sheet":     `sheet ID`,
		"ask":       `ask "question" "answer"`,
		"let":       letUsage,
		"param":     paramUsage,
		"legend":    `legend { solid "data flow"; dashed "feedback"; bad "failure case" }`,
		"animate":   `animate [loop] [hidden] { step "caption" 2s { actions } }`,
		"connect":   `connect a -> b ["label"] [tone T] [dashed] [bold]  (a line from an element of one panel to one of another)`,
		"callout":   `callout [ID] "text" at ELEMENT [left|right] [tone T]  (a note in the margin with a leader to any element; at a -> b for an edge)`,
		"hidden":    `hidden ID...  (in animate: hidden until the first step that names them)`,
		"step":      `step "caption" 2s { actions }`,
		"show":      `show ID... [delay 0.5s] [ease linear|ease-in-out|steps]`,
		"hide":      `hide ID... [delay 0.5s] [ease linear|ease-in-out|steps]`,
		"dim":       `dim ID... [delay 0.5s] [ease linear|ease-in-out|steps]`,
		"highlight": `highlight ID... [delay 0.5s] [ease linear|ease-in-out|steps]`,
		"flow":      `flow a -> b -> c`,
		"trace":     `trace ID`,
		"move":      `move ID along PATH (or along a -> b) [dots] [readout "loss = {y}"], or move ID to (x, y)`,
		"count":     `count ID from 0 to 100`,
		"sweep":     `sweep NAME (a parameter declared with param NAME from A to B)`,
		"grow":      `grow ID... [delay 0.5s] [ease linear|ease-in-out|steps] (a chart, a bar, a histogram series or a split part)`,
		"rotate":    `rotate ID by DEGREES [about (x, y)|about ID|about center|top|bottom|left|right|top-left|...] (counterclockwise; it ends as drawn)`,
		"scale":     `scale ID by FACTOR [about (x, y)|about ID|about center|top|bottom|left|right|top-left|...] (0.5 halves it; it ends as drawn)`,
		"morph":     `morph ID into PATH`,
		"together":  `together { actions }`,
		"badge":     `badge at ID [top|bottom|left|right|top-left|top-right|bottom-left|bottom-right]`,
		"":          `KIND "label" (KIND is solid, dashed, bold, dot or a tone)`,
		"delay":     `delay 0.5s`,
		"ease":      `ease linear|ease-in-out|steps`,
	},
	blocks: map[string][]string{
		"animate":  {"step", "hidden"},
		"step":     append(actionKeywords[:len(actionKeywords):len(actionKeywords)], "badge"),
		"together": actionKeywords,
		"legend":   {""},
	},
}

// helps returns the help of the core language and of every panel kind.
func helps() []*help {
	hs := []*help{coreHelp}
	for _, p := range panelKinds() {
		if h := p.help(); h != nil {
			hs = append(hs, h)
		}
	}
	return hs
}

// panelKeywords lists the keywords that start a panel statement.
func panelKeywords() []string {
	var out []string
	for _, p := range panelKinds() {
		if h := p.help(); h != nil {
			out = append(out, h.keywords...)
		}
	}
	return out
}

// usageOf returns how the statement starting with keyword is written, or "".
func usageOf(keyword string) string {
	for _, h := range helps() {
		if u, ok := h.usage[keyword]; ok {
			return u
		}
	}
	return ""
}

// usageIn returns how a statement starting with keyword is written inside a
// block opened by opener, preferring the help of the kind that owns the
// block; keyword "" stands for a statement that starts with an id, "->" for
// an edge.
func usageIn(opener, keyword string) string {
	for _, h := range helps() {
		if _, ok := h.blocks[opener]; ok {
			if u, ok := h.usage[keyword]; ok {
				return u
			}
		}
	}
	if keyword == "" || keyword == "->" {
		return ""
	}
	return usageOf(keyword)
}

// blockKeywords returns the keywords of the statements allowed in a block
// opened by the statement starting with opener ("" for the top level), and
// whether the block is known.
func blockKeywords(opener string) ([]string, bool) {
	switch opener {
	case "":
		return append(append([]string(nil), coreHelp.keywords...), panelKeywords()...), true
	case "row", "column", "grid":
		return panelKeywords(), true
	}
	for _, h := range helps() {
		if ks, ok := h.blocks[opener]; ok {
			return ks, true
		}
	}
	return nil, false
}

// isKeyword reports whether word starts a statement anywhere.
func isKeyword(word string) bool {
	if word == "step" || contains(actionKeywords, word) {
		return true
	}
	ks, _ := blockKeywords("")
	return contains(ks, word)
}

// whereAllowed names the blocks in which a statement starting with keyword
// may appear, e.g. "at the top level" or "inside animate { }".
func whereAllowed(keyword string) string {
	if top, _ := blockKeywords(""); contains(top, keyword) && !contains(panelKeywords(), keyword) {
		return "at the top level"
	}
	var places []string
	for _, h := range helps() {
		for opener, ks := range h.blocks {
			if contains(ks, keyword) {
				places = append(places, opener+" { }")
			}
		}
	}
	if len(places) == 0 {
		return ""
	}
	sort.Strings(places)
	return "inside " + strings.Join(places, " or ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quoteList formats words as "a", "b" or "c".
func quoteList(words []string) string {
	var q []string
	for _, w := range words {
		if w != "" {
			q = append(q, `"`+w+`"`)
		}
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
