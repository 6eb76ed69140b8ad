package main

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Graph is one benchmark graph read from the edge-list format.
type Graph struct {
	Name   string
	Nodes  []Node
	Groups []Group
	Edges  []Edge
}

// Node is a node and the label drawn in it.
type Node struct {
	ID    string
	Label string
}

// Group is a cluster of nodes. Members are the nodes directly in it;
// Parent names the group it is nested in ("" at the top level).
type Group struct {
	ID      string
	Parent  string
	Members []string
}

// Edge is a directed edge with an optional label.
type Edge struct {
	From, To string
	Label    string
}

var idPattern = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// ParseGraph reads the edge-list format:
//
//	# comment
//	node n0: billing 0
//	group ingest: n0 n1 n2
//	group cache in ingest: n3 n4
//	n0 -> n1
//	n0 -> n2: reads
//
// Nodes named only by edges or groups are added with their id as label, in
// the order they first appear. A group "in" another is nested in it; the
// parent must be declared first, and a node belongs to one group only.
func ParseGraph(name string, src []byte) (*Graph, error) {
	g := &Graph{Name: name}
	seen := map[string]bool{}
	grouped := map[string]string{}
	addNode := func(id, label string) {
		if seen[id] {
			if label != "" {
				for i := range g.Nodes {
					if g.Nodes[i].ID == id {
						g.Nodes[i].Label = label
					}
				}
			}
			return
		}
		seen[id] = true
		if label == "" {
			label = id
		}
		g.Nodes = append(g.Nodes, Node{ID: id, Label: label})
	}
	checkID := func(line int, id string) error {
		if !idPattern.MatchString(id) {
			return fmt.Errorf("%s:%d: bad id %q", name, line, id)
		}
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		head, label, _ := strings.Cut(line, ":")
		head, label = strings.TrimSpace(head), strings.TrimSpace(label)
		switch {
		case strings.HasPrefix(head, "node "):
			id := strings.TrimSpace(strings.TrimPrefix(head, "node "))
			if err := checkID(n, id); err != nil {
				return nil, err
			}
			addNode(id, label)
		case strings.HasPrefix(head, "group "):
			id, parent, nested := strings.Cut(strings.TrimSpace(strings.TrimPrefix(head, "group ")), " in ")
			id, parent = strings.TrimSpace(id), strings.TrimSpace(parent)
			if err := checkID(n, id); err != nil {
				return nil, err
			}
			if nested && !slices.ContainsFunc(g.Groups, func(gr Group) bool { return gr.ID == parent }) {
				return nil, fmt.Errorf("%s:%d: group %s is in %q, which is not declared before it", name, n, id, parent)
			}
			if slices.ContainsFunc(g.Groups, func(gr Group) bool { return gr.ID == id }) {
				return nil, fmt.Errorf("%s:%d: group %s declared twice", name, n, id)
			}
			members := strings.Fields(label)
			for _, m := range members {
				if err := checkID(n, m); err != nil {
					return nil, err
				}
				if grouped[m] != "" {
					return nil, fmt.Errorf("%s:%d: node %s is already in group %s", name, n, m, grouped[m])
				}
				grouped[m] = id
				addNode(m, "")
			}
			g.Groups = append(g.Groups, Group{ID: id, Parent: parent, Members: members})
		case strings.Contains(head, "->"):
			from, to, _ := strings.Cut(head, "->")
			from, to = strings.TrimSpace(from), strings.TrimSpace(to)
			if err := checkID(n, from); err != nil {
				return nil, err
			}
			if err := checkID(n, to); err != nil {
				return nil, err
			}
			addNode(from, "")
			addNode(to, "")
			g.Edges = append(g.Edges, Edge{From: from, To: to, Label: label})
		default:
			return nil, fmt.Errorf("%s:%d: cannot read %q", name, n, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return g, nil
}

// groupOf maps each grouped node to its group id.
func (g *Graph) groupOf() map[string]string {
	m := map[string]string{}
	for _, gr := range g.Groups {
		for _, id := range gr.Members {
			m[id] = gr.ID
		}
	}
	return m
}

// children lists the groups nested directly in the group with id parent
// ("" for the top level), in declaration order.
func (g *Graph) children(parent string) []Group {
	var out []Group
	for _, gr := range g.Groups {
		if gr.Parent == parent {
			out = append(out, gr)
		}
	}
	return out
}

// groupPath is the chain of group ids from the top level down to group id.
func (g *Graph) groupPath(id string) []string {
	parent := map[string]string{}
	for _, gr := range g.Groups {
		parent[gr.ID] = gr.Parent
	}
	var path []string
	for c := id; c != "" && len(path) <= len(g.Groups); c = parent[c] {
		path = append([]string{c}, path...)
	}
	return path
}
