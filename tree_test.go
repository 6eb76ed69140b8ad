package diag_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/scene"
)

// ignorePos drops source positions from model comparisons.
var ignorePos = cmpopts.IgnoreTypes(diagram.Pos{})

// errorLines compiles src and returns its errors as "line:col: message".
func errorLines(src string) []string {
	_, _, err := dsl.Compile("test.diag", []byte(src))
	var list diagram.ErrorList
	if !errors.As(err, &list) {
		return nil
	}
	var out []string
	for _, e := range list {
		out = append(out, fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Msg))
		if e.Hint == "" {
			out = append(out, "(no hint)")
		}
	}
	return out
}

func TestTreeGrammar(t *testing.T) {
	tests := []struct {
		src  string
		want *diagram.Tree
	}{
		{`tree t "Splits" {
  root "x₁ ≤ 2.5 ?" {
    "yes": a "class A\nn = 40" tone good
    "no":  b "x₂ ≤ 1.0 ?" detail "n = 60" {
      c
      "": "unnamed"
    }
  }
}`, &diagram.Tree{PanelHead: diagram.PanelHead{ID: "t", Title: "Splits"}, Roots: []*diagram.TreeNode{
			{ID: "root", Label: "x₁ ≤ 2.5 ?", Children: []*diagram.TreeNode{
				{ID: "a", Label: "class A\nn = 40", Branch: "yes", Tone: diagram.Good},
				{ID: "b", Label: "x₂ ≤ 1.0 ?", Detail: "n = 60", Branch: "no", Children: []*diagram.TreeNode{
					{ID: "c"},
					{Label: "unnamed"},
				}},
			}},
		}}},
		{"tree forest direction right {\n  a; b { c }\n}", &diagram.Tree{PanelHead: diagram.PanelHead{ID: "forest"}, Direction: diagram.Right,
			Roots: []*diagram.TreeNode{{ID: "a"}, {ID: "b", Children: []*diagram.TreeNode{{ID: "c"}}}}}},
		{"tree {\n  \"only a label\" tone warn detail \"and a detail\"\n}", &diagram.Tree{
			Roots: []*diagram.TreeNode{{Label: "only a label", Detail: "and a detail", Tone: diagram.Warn}}}},
	}
	for _, tt := range tests {
		got := compileBody(t, tt.src)
		if diff := cmp.Diff(diagram.Panel(tt.want), got, ignorePos); diff != "" {
			t.Errorf("Compile(%q) mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

func TestTreeErrors(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"tree t {\n  a \"A\" \"B\"\n}", []string{`2:9: second label for tree node`}},
		{"tree t {\n  a tone blue\n}", []string{`2:10: unknown tone "blue"`}},
		{"tree t {\n  \"yes\": a\n}", []string{`2:3: a root has no branch to label`}},
		{"tree t {\n  a {\n    b\n  }\n  b\n}", []string{`5:3: duplicate id "b"`}},
		{"tree t direction sideways { a }", []string{`1:18: unknown direction "sideways"`}},
		{"tree t { }", []string{`1:1: tree has no nodes`}},
		{"tree t {\n  a {\n    \"yes\":\n  }\n}", []string{`3:5: tree node needs an id or a label`}},
		{"tree t {\n  a detail\n}", []string{`2:5: unexpected "detail"`}},
		{"tree t {\n  a -> b\n}", []string{`2:5: unexpected "->"`}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, errorLines(tt.src)); diff != "" {
			t.Errorf("Compile(%q) errors mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

// treeNodeBox returns the box of a tree node found by id.
func treeNodeBox(t *testing.T, s *scene.Scene, id string) scene.Rect {
	t.Helper()
	g, ok := s.Find(id).(*scene.Group)
	if !ok {
		t.Fatalf("no group %q in the scene", id)
	}
	for _, it := range g.Items {
		if b, ok := it.(*scene.Box); ok && b.Role == scene.RoleNode {
			return b.R
		}
	}
	t.Fatalf("group %q has no node box", id)
	return scene.Rect{}
}

// TestTreeExamplesTidy checks the drawn tree examples: every parent is
// centred over its first and last child (across the direction of growth),
// every branch edge is a group with the id parent->child, and no two node
// boxes overlap.
func TestTreeExamplesTidy(t *testing.T) {
	for _, path := range []string{"examples/tree-decision.diag", "examples/tree-right.diag"} {
		d, s := layoutExample(t, path)
		tree := d.Body.(*diagram.Tree)
		across := func(r scene.Rect) float64 {
			if tree.Direction == diagram.Right || tree.Direction == diagram.Left {
				return r.Center().Y
			}
			return r.Center().X
		}
		var boxes []scene.Rect
		var walk func(n *diagram.TreeNode)
		walk = func(n *diagram.TreeNode) {
			r := treeNodeBox(t, s, n.ID)
			boxes = append(boxes, r)
			if k := n.Children; len(k) > 0 {
				mid := (across(treeNodeBox(t, s, k[0].ID)) + across(treeNodeBox(t, s, k[len(k)-1].ID))) / 2
				if math.Abs(across(r)-mid) > 1e-6 {
					t.Errorf("%s: %s at %.2f, not centred over its children at %.2f", path, n.ID, across(r), mid)
				}
			}
			for _, k := range n.Children {
				if g, ok := s.Find(n.ID + "->" + k.ID).(*scene.Group); !ok || g.Kind != scene.KindEdge {
					t.Errorf("%s: no edge group %s->%s", path, n.ID, k.ID)
				}
				walk(k)
			}
		}
		for _, r := range tree.Roots {
			walk(r)
		}
		for i, a := range boxes {
			for _, b := range boxes[i+1:] {
				if a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom() {
					t.Errorf("%s: node boxes %v and %v overlap", path, a, b)
				}
			}
		}
	}
}

// TestTreeDirections lays out one tree in every direction and checks that
// the children are on the side the tree grows to, centred across it.
func TestTreeDirections(t *testing.T) {
	tests := []struct {
		dir    string
		beyond func(parent, child scene.Rect) bool
		across func(r scene.Rect) float64
	}{
		{"down", func(p, c scene.Rect) bool { return c.Y > p.Bottom() }, func(r scene.Rect) float64 { return r.Center().X }},
		{"up", func(p, c scene.Rect) bool { return c.Bottom() < p.Y }, func(r scene.Rect) float64 { return r.Center().X }},
		{"right", func(p, c scene.Rect) bool { return c.X > p.Right() }, func(r scene.Rect) float64 { return r.Center().Y }},
		{"left", func(p, c scene.Rect) bool { return c.Right() < p.X }, func(r scene.Rect) float64 { return r.Center().Y }},
	}
	for _, tt := range tests {
		src := "tree t direction " + tt.dir + " {\n  r \"root\" {\n    \"yes\": a \"class A\\nn = 40\"\n    \"no\": b { c; d; e }\n  }\n}"
		d, _, err := dsl.Compile("test.diag", []byte(src))
		if err != nil {
			t.Fatalf("Compile(%q): %v", src, err)
		}
		s, err := layout.Layout(d)
		if err != nil {
			t.Fatalf("Layout(%q): %v", src, err)
		}
		for _, pair := range [][3]string{{"r", "a", "b"}, {"b", "c", "e"}} {
			p, first, last := treeNodeBox(t, s, pair[0]), treeNodeBox(t, s, pair[1]), treeNodeBox(t, s, pair[2])
			if !tt.beyond(p, first) || !tt.beyond(p, last) {
				t.Errorf("direction %s: children of %s at %v and %v are not beyond it at %v", tt.dir, pair[0], first, last, p)
			}
			if mid := (tt.across(first) + tt.across(last)) / 2; math.Abs(tt.across(p)-mid) > 1e-6 {
				t.Errorf("direction %s: %s at %.2f, not centred over its children at %.2f", tt.dir, pair[0], tt.across(p), mid)
			}
		}
	}
}

// TestTreeLevels checks that each level of a tree takes the height its
// own nodes need: a root with a detail line is taller than its children,
// which have none, and the children's level is not as tall as the root's.
// Nodes of one level share one height.
func TestTreeLevels(t *testing.T) {
	src := `tree t "Levels" {
  root "root" detail "n = 150 · gini 0.667" {
    a "a" {
      a1 "a1"
      a2 "a2" detail "n = 3"
    }
    b "b"
  }
}
`
	d, _, err := dsl.Compile("levels.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s, err := layout.Layout(d)
	if err != nil {
		t.Fatal(err)
	}
	root, a, b := treeNodeBox(t, s, "root"), treeNodeBox(t, s, "a"), treeNodeBox(t, s, "b")
	a1, a2 := treeNodeBox(t, s, "a1"), treeNodeBox(t, s, "a2")
	if a.H >= root.H-5 {
		t.Errorf("level 1 is %.1f px tall, the root's level %.1f: want each level as tall as its own nodes", a.H, root.H)
	}
	if a.H != b.H || a1.H != a2.H {
		t.Errorf("nodes of one level differ in height: %.1f and %.1f, %.1f and %.1f", a.H, b.H, a1.H, a2.H)
	}
	if a2.H <= a.H {
		t.Errorf("level 2, with a detail line, is %.1f px tall, no taller than level 1 (%.1f)", a2.H, a.H)
	}
}
