package diag

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/google/go-cmp/cmp"
)

// TestLimits compiles inputs just past each limit and wants the error at
// the offending element, naming the limit and how to raise it; the same
// input compiles with the limit one higher.
func TestLimits(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		limits Limits
		raised Limits
		want   string
	}{
		{
			name:   "nodes",
			src:    "graph g {\n  a\n  b\n  c\n}\n",
			limits: Limits{MaxNodes: 2},
			raised: Limits{MaxNodes: 3},
			want: "t.diag:4:3: more than 2 nodes\n      c\n      ^\n" +
				"    hint: split the diagram, or raise the limit with Limits.MaxNodes (diag --max-nodes N)\n",
		},
		{
			name:   "edges",
			src:    "graph g {\n  a -> b\n  b -> c\n  c -> a\n}\n",
			limits: Limits{MaxEdges: 2},
			raised: Limits{MaxEdges: 3},
			want: "t.diag:4:5: more than 2 edges\n      c -> a\n        ^\n" +
				"    hint: split the diagram, or raise the limit with Limits.MaxEdges (diag --max-edges N)\n",
		},
		{
			name:   "depth",
			src:    "row {\n  row {\n    row {\n      graph g { a }\n    }\n  }\n}\n",
			limits: Limits{MaxDepth: 2},
			raised: Limits{MaxDepth: 3},
			want: "t.diag:3:5: nested deeper than 2 levels\n        row {\n        ^\n" +
				"    hint: flatten the structure, or raise the limit with Limits.MaxDepth (diag --max-depth N)\n",
		},
		{
			name:   "string",
			src:    "graph g {\n  a \"ééééé\"\n}\n",
			limits: Limits{MaxString: 4},
			raised: Limits{MaxString: 5},
			want: "t.diag:2:3: text of 5 characters is longer than the limit of 4\n      a \"ééééé\"\n      ^\n" +
				"    hint: shorten it, or raise the limit with Limits.MaxString (diag --max-string N)\n",
		},
		{
			name:   "expression depth",
			src:    "plot p {\n  x 0 .. 1\n  y 0 .. 1\n  curve c: y = ((x))\n}\n",
			limits: Limits{MaxExprDepth: 1},
			raised: Limits{MaxExprDepth: 2},
			want: "t.diag:4:17: expression is nested too deeply (more than 1 levels)\n      curve c: y = ((x))\n                    ^\n" +
				"    hint: remove unneeded parentheses or simplify the formula; or raise the limit with Limits.MaxExprDepth (diag --max-expr-depth N)\n",
		},
		{
			name:   "steps",
			src:    "graph g { a; b }\nanimate {\n  step \"one\" 1s { show a }\n  step \"two\" 1s { show b }\n}\n",
			limits: Limits{MaxSteps: 1},
			raised: Limits{MaxSteps: 2},
			want: "t.diag:4:3: animation has 2 steps, more than the limit of 1\n      step \"two\" 1s { show b }\n      ^\n" +
				"    hint: split the animation into several diagrams, or raise the limit with Limits.MaxSteps (diag --max-steps N)\n",
		},
		{
			name:   "source",
			src:    "graph g {\n  a \"é\"\n}\n",
			limits: Limits{MaxSource: 16},
			raised: Limits{MaxSource: 21},
			want: "t.diag:2:6: source is larger than the limit of 16 bytes\n      a \"é\"\n         ^\n" +
				"    hint: split the diagram into several files, or raise the limit with Limits.MaxSource (diag --max-source N)\n",
		},
		{
			name:   "samples",
			src:    "plot p {\n  x 0 .. 1\n  y 0 .. 1\n  points a: (0, 0) (1, 1)\n  points b: linspace n=10 y = x\n}\n",
			limits: Limits{MaxSamples: 11},
			raised: Limits{MaxSamples: 12},
			want: "t.diag:5:3: plots have more than 11 data points\n      points b: linspace n=10 y = x\n      ^\n" +
				"    hint: use fewer points, or raise the limit with Limits.MaxSamples (diag --max-samples N)\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			_, err := Compile("t.diag", src, Options{Limits: tt.limits})
			if diff := cmp.Diff(tt.want, dsl.FormatError(src, err)); diff != "" {
				t.Errorf("Compile(%q, %+v) error mismatch (-want +got):\n%s", tt.src, tt.limits, diff)
			}
			if _, err := Compile("t.diag", src, Options{Limits: tt.raised}); err != nil {
				t.Errorf("Compile(%q, %+v): %v", tt.src, tt.raised, err)
			}
		})
	}
}

// TestDefaultLimits checks the default caps: the largest accepted counts
// pass and one more is refused at the first element past the cap. The
// models are built directly, so no time goes into parsing.
func TestDefaultLimits(t *testing.T) {
	graph := func(nodes, edges int) *diagram.Diagram {
		g := &diagram.Graph{}
		for i := 0; i < nodes; i++ {
			g.Nodes = append(g.Nodes, &diagram.Node{ID: "n" + itoa(i), Pos: diagram.Pos{File: "t.diag", Line: i + 1, Col: 1}})
		}
		for i := 0; i < edges; i++ {
			g.Edges = append(g.Edges, &diagram.Edge{From: "n0", To: "n1", Pos: diagram.Pos{File: "t.diag", Line: nodes + i + 1, Col: 4}})
		}
		return &diagram.Diagram{Body: g}
	}
	steps := func(n int) *diagram.Diagram {
		s := &diagram.Script{Pos: diagram.Pos{File: "t.diag", Line: 1, Col: 1}}
		for i := 0; i < n; i++ {
			s.Steps = append(s.Steps, &diagram.Step{Pos: diagram.Pos{File: "t.diag", Line: i + 2, Col: 3}})
		}
		return &diagram.Diagram{Script: s}
	}
	tests := []struct {
		name string
		d    *diagram.Diagram
		want string // the error without its hint; "" means accepted
	}{
		{"nodes at the cap", graph(DefaultMaxNodes, 2), ""},
		{"nodes past the cap", graph(DefaultMaxNodes+1, 2), "t.diag:10001:1: more than 10000 nodes"},
		{"edges at the cap", graph(2, DefaultMaxEdges), ""},
		{"edges past the cap", graph(2, DefaultMaxEdges+1), "t.diag:20003:4: more than 20000 edges"},
		{"steps at the cap", steps(DefaultMaxSteps), ""},
		{"steps past the cap", steps(DefaultMaxSteps + 1), "t.diag:202:3: animation has 201 steps, more than the limit of 200"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if err := checkLimits(tt.d, Limits{}, nil); err != nil {
				got, _, _ = strings.Cut(err.Error(), " (")
			}
			if got != tt.want {
				t.Errorf("checkLimits(%s) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestDefaultSourceLimits checks the default caps on the text of the
// source: its size and the length of one string.
func TestDefaultSourceLimits(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the error without its hint; "" means accepted
	}{
		{"string at the cap", "graph g {\n  a \"" + strings.Repeat("x", DefaultMaxString) + "\"\n}\n", ""},
		{"string past the cap", "graph g {\n  a \"" + strings.Repeat("x", DefaultMaxString+1) + "\"\n}\n", "t.diag:2:3: text of 10001 characters is longer than the limit of 10000"},
		{"title past the cap", "title \"" + strings.Repeat("x", DefaultMaxString+1) + "\"\n", "t.diag:1:1: text of 10001 characters is longer than the limit of 10000"},
		{"source past the cap", strings.Repeat("# comment\n", DefaultMaxSource/10+1), "t.diag:104858:7: source is larger than the limit of 1048576 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if _, err := parse("t.diag", []byte(tt.src), Limits{}); err != nil {
				got, _, _ = strings.Cut(err.Error(), " (")
			}
			if got != tt.want {
				t.Errorf("parse(%s) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// itoa formats a non-negative int.
func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestRenderLimits gives Render diagrams built in Go that the language
// cannot express: nesting far past the cap, a group holding itself and a
// negative sample count. Each is refused before layout, so none can
// overflow the stack or loop.
func TestRenderLimits(t *testing.T) {
	deep := &diagram.Split{Kind: diagram.Row}
	inner := deep
	for i := 0; i < 10000; i++ {
		next := &diagram.Split{Kind: diagram.Row, PanelHead: diagram.PanelHead{Pos: diagram.Pos{File: "go", Line: i + 2, Col: 1}}}
		inner.Items = []diagram.Panel{next}
		inner = next
	}
	loop := &diagram.Group{ID: "loop", Pos: diagram.Pos{File: "go", Line: 3, Col: 1}}
	loop.Groups = []*diagram.Group{loop}
	cyclic := &diagram.Graph{Nodes: []*diagram.Node{{ID: "a"}}, Groups: []*diagram.Group{loop}}
	negative := &diagram.Plot{
		X: diagram.Axis{Lo: 0, Hi: 1}, Y: diagram.Axis{Lo: 0, Hi: 1},
		Marks: []diagram.PlotMark{&diagram.Scatter{Blobs: &diagram.Blobs{K: 1, N: -5}}},
	}
	tests := []struct {
		name string
		body diagram.Panel
		want string
	}{
		{"deep splits", deep, "go:65:1: nested deeper than 64 levels"},
		{"group holding itself", cyclic, "go:3:1: an element contains itself"},
		{"negative sample count", negative, "<input>: plots have more than 100000 data points"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := Render(&diagram.Diagram{Body: tt.body}, "go.diag", Options{})
				done <- err
			}()
			select {
			case err := <-done:
				got := ""
				if err != nil {
					got, _, _ = strings.Cut(err.Error(), " (")
				}
				if got != tt.want {
					t.Errorf("Render(%s) error = %q, want %q", tt.name, got, tt.want)
				}
			case <-time.After(30 * time.Second):
				t.Fatalf("Render(%s) did not return", tt.name)
			}
		})
	}
}

// TestLimitNames checks that every diagram.Limit, the name by which a stage
// reports the cap it enforces, names a field of Limits, so that the hint of
// its error points at a real field and flag.
func TestLimitNames(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join("diagram", "limit.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	fields := reflect.TypeOf(Limits{})
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		spec, ok := node.(*ast.ValueSpec)
		if !ok || spec.Type == nil || fmt.Sprint(spec.Type) != "Limit" {
			return true
		}
		for i, v := range spec.Values {
			lit, ok := v.(*ast.BasicLit)
			if !ok {
				t.Errorf("%s is not a string literal", spec.Names[i])
				continue
			}
			name, _ := strconv.Unquote(lit.Value)
			if sf, ok := fields.FieldByName(name); !ok || sf.Type.Kind() != reflect.Int {
				t.Errorf("diagram.%s = %q names no int field of diag.Limits", spec.Names[i], name)
			}
			n++
		}
		return true
	})
	if n == 0 {
		t.Fatal("no diagram.Limit constants found")
	}
}
