package main

import (
	"path/filepath"
	"testing"

	"github.com/aiprep/diag"

	"github.com/google/go-cmp/cmp"
)

func TestParseGraph(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *Graph
	}{
		{
			name: "nodes, groups, edges and comments",
			src:  "# graph t\nnode a: first node\nnode b\ngroup g: b c  # c is new\na -> b\nb -> c: reads data\n",
			want: &Graph{
				Name:   "t",
				Nodes:  []Node{{ID: "a", Label: "first node"}, {ID: "b", Label: "b"}, {ID: "c", Label: "c"}},
				Groups: []Group{{ID: "g", Members: []string{"b", "c"}}},
				Edges:  []Edge{{From: "a", To: "b"}, {From: "b", To: "c", Label: "reads data"}},
			},
		},
		{
			name: "nodes declared by edges keep their first position",
			src:  "x -> y\nnode y: why\n",
			want: &Graph{
				Name:  "t",
				Nodes: []Node{{ID: "x", Label: "x"}, {ID: "y", Label: "why"}},
				Edges: []Edge{{From: "x", To: "y"}},
			},
		},
	}
	for _, tt := range tests {
		got, err := ParseGraph("t", []byte(tt.src))
		if err != nil {
			t.Errorf("%s: ParseGraph(%q) error: %v", tt.name, tt.src, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: ParseGraph(%q) mismatch (-want +got):\n%s", tt.name, tt.src, diff)
		}
	}
}

func TestParseGraphErrors(t *testing.T) {
	for _, src := range []string{"node a-b: x\n", "a -> \n", "what is this\n", "group g: a b-c\n"} {
		if _, err := ParseGraph("t", []byte(src)); err == nil {
			t.Errorf("ParseGraph(%q) = nil error, want one", src)
		}
	}
}

func TestTranslate(t *testing.T) {
	g := &Graph{
		Name:   "t",
		Nodes:  []Node{{ID: "a", Label: `say "hi"`}, {ID: "b", Label: "b"}},
		Groups: []Group{{ID: "g", Members: []string{"b"}}},
		Edges:  []Edge{{From: "a", To: "b", Label: "on error"}},
	}
	tests := []struct {
		name      string
		translate func(*Graph) string
		want      string
	}{
		{"diag", ToDiag, "graph g \"t\" direction down {\n  a \"say \\\"hi\\\"\"\n  group g \"g\" {\n    b \"b\"\n  }\n  a -> b \"on error\"\n}\n"},
		{"d2", ToD2, "direction: down\ng: \"g\"\na: \"say \\\"hi\\\"\"\ng.b: \"b\"\na -> g.b: \"on error\"\n"},
		{"dot", ToDOT, "digraph G {\n  rankdir=TB;\n  node [shape=box];\n  a [label=\"say \\\"hi\\\"\"];\n  subgraph \"cluster_g\" {\n    label=\"g\";\n    b [label=\"b\"];\n  }\n  a -> b [label=\"on error\"];\n}\n"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.translate(g)); diff != "" {
			t.Errorf("translate to %s mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestEveryGraphCompiles translates every benchmark graph to diag and
// compiles it, so that a label the language reads as markup (write_path)
// is caught here and not in the middle of a run.
func TestEveryGraphCompiles(t *testing.T) {
	paths, err := filepath.Glob("graphs/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no graphs: %v", err)
	}
	for _, path := range paths {
		g, err := loadGraph(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := diag.Compile(filepath.Base(path)+".diag", []byte(ToDiag(g)), diag.Options{}); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}
