package main

import (
	"fmt"
	"strconv"
	"strings"
)

// quote writes s as a double-quoted string with backslash escapes, a form
// that the diag language, D2 and DOT all read.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quoteDiag is quote for a diag label. Labels are rich text, so each
// markup character (_ ^ * ` ~) is escaped with a backslash to stand for
// itself; quote then doubles the backslash, as the string form needs.
func quoteDiag(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("_^*`~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return quote(b.String())
}

// ToDiag translates a graph to the diag language: one graph panel drawn
// top to bottom, each group a group block declaring its members and the
// groups nested in it.
func ToDiag(g *Graph) string {
	var b strings.Builder
	fmt.Fprintf(&b, "graph g %s direction down {\n", quoteDiag(g.Name))
	grouped := g.groupOf()
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label
	}
	for _, n := range g.Nodes {
		if grouped[n.ID] == "" {
			fmt.Fprintf(&b, "  %s %s\n", n.ID, quoteDiag(n.Label))
		}
	}
	var group func(gr Group, indent string)
	group = func(gr Group, indent string) {
		fmt.Fprintf(&b, "%sgroup %s %s {\n", indent, gr.ID, quoteDiag(gr.ID))
		for _, id := range gr.Members {
			fmt.Fprintf(&b, "%s  %s %s\n", indent, id, quoteDiag(labels[id]))
		}
		for _, c := range g.children(gr.ID) {
			group(c, indent+"  ")
		}
		b.WriteString(indent + "}\n")
	}
	for _, gr := range g.children("") {
		group(gr, "  ")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "  %s -> %s", e.From, e.To)
		if e.Label != "" {
			fmt.Fprintf(&b, " %s", quoteDiag(e.Label))
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// ToD2 translates a graph to D2: direction down, groups as containers,
// edges between the nodes' full paths.
func ToD2(g *Graph) string {
	var b strings.Builder
	b.WriteString("direction: down\n")
	grouped := g.groupOf()
	path := func(id string) string {
		if gr := grouped[id]; gr != "" {
			return strings.Join(g.groupPath(gr), ".") + "." + id
		}
		return id
	}
	for _, gr := range g.Groups {
		fmt.Fprintf(&b, "%s: %s\n", strings.Join(g.groupPath(gr.ID), "."), quote(gr.ID))
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "%s: %s\n", path(n.ID), quote(n.Label))
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "%s -> %s", path(e.From), path(e.To))
		if e.Label != "" {
			fmt.Fprintf(&b, ": %s", quote(e.Label))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// Size is a node's box in px.
type Size struct{ W, H float64 }

// ToDOT translates a graph to Graphviz DOT: top to bottom, box nodes,
// groups as clusters (nested as the groups are).
func ToDOT(g *Graph) string { return toDOT(g, nil) }

// ToDOTSized translates a graph to DOT with every node's box fixed to the
// size given for it (fixedsize, width and height in inches of 72 px), so
// that dot places the same boxes as another engine.
func ToDOTSized(g *Graph, sizes map[string]Size) string { return toDOT(g, sizes) }

func toDOT(g *Graph, sizes map[string]Size) string {
	var b strings.Builder
	b.WriteString("digraph G {\n  rankdir=TB;\n")
	if sizes != nil {
		b.WriteString("  node [shape=box, fixedsize=true];\n")
	} else {
		b.WriteString("  node [shape=box];\n")
	}
	grouped := g.groupOf()
	labels := map[string]string{}
	node := func(indent, id string) {
		fmt.Fprintf(&b, "%s%s [label=%s", indent, id, quote(labels[id]))
		if s, ok := sizes[id]; ok {
			fmt.Fprintf(&b, ", width=%s, height=%s", inches(s.W), inches(s.H))
		}
		b.WriteString("];\n")
	}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label
	}
	for _, n := range g.Nodes {
		if grouped[n.ID] == "" {
			node("  ", n.ID)
		}
	}
	var cluster func(gr Group, indent string)
	cluster = func(gr Group, indent string) {
		fmt.Fprintf(&b, "%ssubgraph %s {\n%s  label=%s;\n", indent, strconv.Quote("cluster_"+gr.ID), indent, quote(gr.ID))
		for _, id := range gr.Members {
			node(indent+"  ", id)
		}
		for _, c := range g.children(gr.ID) {
			cluster(c, indent+"  ")
		}
		b.WriteString(indent + "}\n")
	}
	for _, gr := range g.children("") {
		cluster(gr, "  ")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "  %s -> %s", e.From, e.To)
		if e.Label != "" {
			fmt.Fprintf(&b, " [label=%s]", quote(e.Label))
		}
		b.WriteString(";\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// inches writes a length in px as inches for DOT.
func inches(px float64) string { return strconv.FormatFloat(px/72, 'f', 4, 64) }
