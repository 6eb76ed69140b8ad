package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aiprep/diag/scene/geom"
	"github.com/google/go-cmp/cmp"
)

func TestParseNestedGroups(t *testing.T) {
	src := "group outer: a\ngroup inner in outer: b c\na -> b\n"
	g, err := ParseGraph("t", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Group{{ID: "outer", Members: []string{"a"}}, {ID: "inner", Parent: "outer", Members: []string{"b", "c"}}}
	if diff := cmp.Diff(want, g.Groups); diff != "" {
		t.Errorf("groups mismatch (-want +got):\n%s", diff)
	}
	if got := g.membersDeep("outer"); !cmp.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("membersDeep(outer) = %v, want [a b c]", got)
	}
	for _, bad := range []string{"group x in nowhere: a\n", "group g: a\ngroup h: a\n", "group g: a\ngroup g: b\n"} {
		if _, err := ParseGraph("t", []byte(bad)); err == nil {
			t.Errorf("ParseGraph(%q) = nil error, want one", bad)
		}
	}
	wantDiag := "graph g \"t\" direction down {\n  group outer \"outer\" {\n    a \"a\"\n    group inner \"inner\" {\n      b \"b\"\n      c \"c\"\n    }\n  }\n  a -> b\n}\n"
	if diff := cmp.Diff(wantDiag, ToDiag(g)); diff != "" {
		t.Errorf("ToDiag mismatch (-want +got):\n%s", diff)
	}
	wantDOT := "digraph G {\n  rankdir=TB;\n  node [shape=box, fixedsize=true];\n  subgraph \"cluster_outer\" {\n    label=\"outer\";\n    a [label=\"a\", width=1.0000, height=0.5000];\n" +
		"    subgraph \"cluster_inner\" {\n      label=\"inner\";\n      b [label=\"b\"];\n      c [label=\"c\"];\n    }\n  }\n  a -> b;\n}\n"
	if diff := cmp.Diff(wantDOT, ToDOTSized(g, map[string]Size{"a": {72, 36}})); diff != "" {
		t.Errorf("ToDOTSized mismatch (-want +got):\n%s", diff)
	}
	if got, want := ToD2(g), "direction: down\nouter: \"outer\"\nouter.inner: \"inner\"\nouter.a: \"a\"\nouter.inner.b: \"b\"\nouter.inner.c: \"c\"\nouter.a -> outer.inner.b\n"; got != want {
		t.Errorf("ToD2 = %q, want %q", got, want)
	}
}

// TestClusteredGraphs holds the generator to its description and the
// files in graphs/ to what it generates from their seeds.
func TestClusteredGraphs(t *testing.T) {
	for _, seed := range clusteredSeeds {
		g := GenerateClustered(seed)
		if n := len(g.Nodes); n < 20 || n > 60 {
			t.Errorf("%s: %d nodes, want 20 to 60", g.Name, n)
		}
		if n := len(g.Groups); n < 4 || n > 8 {
			t.Errorf("%s: %d groups, want 4 to 8", g.Name, n)
		}
		for _, gr := range g.Groups {
			if d := len(g.groupPath(gr.ID)); d > 2 {
				t.Errorf("%s: group %s at depth %d, want at most 2", g.Name, gr.ID, d)
			}
			if len(g.membersDeep(gr.ID)) == 0 {
				t.Errorf("%s: group %s is empty", g.Name, gr.ID)
			}
		}
		if s := crossShare(g); s < 0.2 || s > 0.4 {
			t.Errorf("%s: %.0f %% of edges between groups, want 20 to 40 %%", g.Name, 100*s)
		}
		src, err := os.ReadFile(filepath.Join("graphs", g.Name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		read, err := ParseGraph(g.Name, src)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(g, read); diff != "" {
			t.Errorf("graphs/%s.txt differs from seed %d (go run . -generate graphs) (-want +got):\n%s", g.Name, seed, diff)
		}
		labels := 0
		for _, e := range g.Edges {
			if e.Label != "" {
				labels++
			}
		}
		if labels == 0 {
			t.Errorf("%s: no edge labels", g.Name)
		}
	}
}

func TestGroupStats(t *testing.T) {
	g := &Graph{Nodes: []Node{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Groups: []Group{{ID: "g", Members: []string{"a", "b", "c"}}}}
	// a and b side by side in one row (100 + 24 + 100 wide, 40 tall), c
	// below them (extent 40 + 40 + 40 = 120): need (224+24) × (120+24+20).
	geo := geom.Geometry{
		Nodes:  []geom.Node{{ID: "a", X: 0, Y: 0, W: 100, H: 40}, {ID: "b", X: 200, Y: 5, W: 100, H: 30}, {ID: "c", X: 0, Y: 80, W: 50, H: 40}},
		Groups: []geom.Group{{ID: "g", X: -12, Y: -32, W: 2 * 248, H: 164}},
	}
	got := groupStats(g, geo)
	want := []groupStat{{ID: "g", Fill: 2 * 248 * 164 / (4000 + 3000 + 2000.0), Need: 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groupStats mismatch (-want +got):\n%s", diff)
	}
}
