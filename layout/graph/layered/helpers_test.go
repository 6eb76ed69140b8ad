package layered

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// benchGraph is a graph read from the benchmark edge-list format.
type benchGraph struct {
	name   string
	g      *Graph
	ids    []string // node ids
	groups []string // group ids
}

// stand-in text measurement: 7 px per character plus padding.
func textSize(s string) (w, h float64) { return 7*float64(len([]rune(s))) + 20, 32 }

func labelSize(s string) (w, h float64) { return 7*float64(len([]rune(s))) + 6, 16 }

// parseBench reads the format: "node id: label", "group g: n0 n1",
// "group h in g: n2",
// "a -> b", "a -> b: label".
func parseBench(name, text string) (*benchGraph, error) {
	bg := &benchGraph{name: name, g: &Graph{}}
	index := map[string]int{}
	node := func(id string) int {
		if i, ok := index[id]; ok {
			return i
		}
		w, h := textSize(id)
		index[id] = len(bg.ids)
		bg.ids = append(bg.ids, id)
		bg.g.Nodes = append(bg.g.Nodes, Node{W: w, H: h, Group: -1})
		return index[id]
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if i := strings.Index(s, "#"); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		switch {
		case s == "":
		case strings.HasPrefix(s, "node "):
			id, label, ok := strings.Cut(strings.TrimPrefix(s, "node "), ":")
			id = strings.TrimSpace(id)
			v := node(id)
			if ok {
				w, h := textSize(strings.TrimSpace(label))
				bg.g.Nodes[v].W, bg.g.Nodes[v].H = w, h
			}
		case strings.HasPrefix(s, "group "):
			id, members, ok := strings.Cut(strings.TrimPrefix(s, "group "), ":")
			if !ok {
				return nil, fmt.Errorf("%s:%d: group without members", name, line)
			}
			gi := len(bg.g.Groups)
			id, parentID, nested := strings.Cut(strings.TrimSpace(id), " in ")
			id = strings.TrimSpace(id)
			parent := -1
			if nested {
				parent = slices.Index(bg.groups, strings.TrimSpace(parentID))
				if parent < 0 {
					return nil, fmt.Errorf("%s:%d: unknown parent group %q", name, line, parentID)
				}
			}
			tw, th := labelSize(id)
			bg.g.Groups = append(bg.g.Groups, Group{Parent: parent, TitleW: tw, TitleH: th})
			bg.groups = append(bg.groups, id)
			for _, m := range strings.Fields(members) {
				bg.g.Nodes[node(m)].Group = gi
			}
		case strings.Contains(s, "->"):
			from, rest, _ := strings.Cut(s, "->")
			to, label, hasLabel := strings.Cut(rest, ":")
			e := Edge{From: NodeEnd(node(strings.TrimSpace(from))), To: NodeEnd(node(strings.TrimSpace(to)))}
			if hasLabel {
				e.LabelW, e.LabelH = labelSize(strings.TrimSpace(label))
			}
			bg.g.Edges = append(bg.g.Edges, e)
		default:
			return nil, fmt.Errorf("%s:%d: cannot read %q", name, line, s)
		}
	}
	return bg, nil
}

var benchNames = []string{"chain-10", "dag-20", "pipeline-4x5", "tree-31", "cyclic-30", "dag-50", "dag-200", "dag-1000",
	"svc-1", "svc-2", "svc-3", "svc-4", "svc-5"}

func loadBench(tb testing.TB, name string) *benchGraph {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "bench", "graphs", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	bg, err := parseBench(name, string(data))
	if err != nil {
		tb.Fatal(err)
	}
	return bg
}

// geometry turns a result into the quality checks' input.
func geometry(g *Graph, res *Result, ids, groupIDs []string) geom.Geometry {
	if ids == nil {
		for i := range g.Nodes {
			ids = append(ids, fmt.Sprintf("n%d", i))
		}
	}
	if groupIDs == nil {
		for i := range g.Groups {
			groupIDs = append(groupIDs, fmt.Sprintf("g%d", i))
		}
	}
	var geo geom.Geometry
	for i, r := range res.Nodes {
		geo.Nodes = append(geo.Nodes, geom.Node{ID: ids[i], X: r.X, Y: r.Y, W: r.W, H: r.H})
	}
	endID := func(e End) string {
		if e.IsGroup() {
			return groupIDs[e.Group]
		}
		return ids[e.Node]
	}
	for i, e := range g.Edges {
		qe := geom.Edge{ID: fmt.Sprintf("e%d", i), From: endID(e.From), To: endID(e.To)}
		for _, p := range res.Edges[i].Points {
			qe.Points = append(qe.Points, [2]float64{p.X, p.Y})
		}
		geo.Edges = append(geo.Edges, qe)
		if lr := res.Edges[i].Label; lr != (Rect{}) {
			geo.Labels = append(geo.Labels, geom.Box{ID: fmt.Sprintf("label%d", i), X: lr.X, Y: lr.Y, W: lr.W, H: lr.H})
		}
	}
	members := make([][]string, len(g.Groups))
	for i, n := range g.Nodes {
		if n.Group >= 0 {
			members[n.Group] = append(members[n.Group], ids[i])
		}
	}
	for i, gr := range g.Groups {
		qg := geom.Group{ID: groupIDs[i], X: res.Groups[i].X, Y: res.Groups[i].Y, W: res.Groups[i].W, H: res.Groups[i].H, Members: members[i]}
		if gr.Parent >= 0 {
			qg.Parent = groupIDs[gr.Parent]
		}
		geo.Groups = append(geo.Groups, qg)
	}
	return geo
}
