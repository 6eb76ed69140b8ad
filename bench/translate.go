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

// ToDiag translates a graph to the diag language: one graph panel drawn
// top to bottom, each group a group block declaring its members.
func ToDiag(g *Graph) string {
	var b strings.Builder
	fmt.Fprintf(&b, "graph g %s direction down {\n", quote(g.Name))
	grouped := g.groupOf()
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label
	}
	for _, n := range g.Nodes {
		if grouped[n.ID] == "" {
			fmt.Fprintf(&b, "  %s %s\n", n.ID, quote(n.Label))
		}
	}
	for _, gr := range g.Groups {
		fmt.Fprintf(&b, "  group %s %s {\n", gr.ID, quote(gr.ID))
		for _, id := range gr.Members {
			fmt.Fprintf(&b, "    %s %s\n", id, quote(labels[id]))
		}
		b.WriteString("  }\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "  %s -> %s", e.From, e.To)
		if e.Label != "" {
			fmt.Fprintf(&b, " %s", quote(e.Label))
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
			return gr + "." + id
		}
		return id
	}
	for _, gr := range g.Groups {
		fmt.Fprintf(&b, "%s: %s\n", gr.ID, quote(gr.ID))
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

// ToDOT translates a graph to Graphviz DOT: top to bottom, box nodes,
// groups as clusters.
func ToDOT(g *Graph) string {
	var b strings.Builder
	b.WriteString("digraph G {\n  rankdir=TB;\n  node [shape=box];\n")
	grouped := g.groupOf()
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label
		if grouped[n.ID] == "" {
			fmt.Fprintf(&b, "  %s [label=%s];\n", n.ID, quote(n.Label))
		}
	}
	for _, gr := range g.Groups {
		fmt.Fprintf(&b, "  subgraph %s {\n    label=%s;\n", strconv.Quote("cluster_"+gr.ID), quote(gr.ID))
		for _, id := range gr.Members {
			fmt.Fprintf(&b, "    %s [label=%s];\n", id, quote(labels[id]))
		}
		b.WriteString("  }\n")
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
