package quality

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// FuzzDecodeMeasure checks that no input makes Decode or Measure panic or
// hang, and that Measure gives the same report twice.
func FuzzDecodeMeasure(f *testing.F) {
	f.Add(`{"nodes":[{"id":"a","x":0,"y":0,"w":10,"h":10},{"id":"a","x":5,"y":5,"w":-10,"h":1e308}],
		"edges":[{"from":"a","to":"a","points":[[0,0],[0,0],[1e308,-1e308],[5,5]]},{"from":"","to":"","points":[[3,3]]}],
		"groups":[{"id":"g","x":0,"y":0,"w":1,"h":1,"parent":"g"},{"id":"h","w":5,"h":5,"parent":"g","members":["a","zz"]}]}`)
	f.Add(`{"nodes":[],"edges":[{"from":"x","to":"y","points":[]}],"labels":[{"id":"l","x":1e300,"y":-1e300,"w":1e300,"h":1e300}]}`)
	f.Add(`{"texts":[{"id":"t","text":"\u0000","w":-1,"container":{"w":0}}],"marks":[{"area":{}}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		g, err := geom.Decode(strings.NewReader(in))
		if err != nil {
			return
		}
		a, b := Measure(g), Measure(g)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatalf("Measure is not deterministic:\n%s\n%s", ja, jb)
		}
	})
}

func TestExtremeValues(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	g := geom.Geometry{
		Nodes: []geom.Node{node("a", -1e308, -1e308, 1e308, 1e308), node("b", 1e308, 1e308, 1e308, 1e308),
			node("c", nan, 0, 1, 1), node("d", 0, 0, inf, 1)},
		Edges: []geom.Edge{edge("a", "b", -1e308, 1e308, 1e308, -1e308), edge("c", "d", -1e308, -1e308, 1e308, 1e308),
			edge("x", "y", nan, nan)},
		Groups: []geom.Group{{ID: "g", X: -inf, W: 1}, {ID: "h", W: 1e308, H: 1e308, Parent: "h"}},
		Labels: []geom.Box{{ID: "l", X: nan}},
		Texts:  []geom.TextBox{{ID: "t", Container: geom.Box{W: nan}}},
		Marks:  []geom.Mark{{ID: "m", Area: geom.Box{H: inf}}},
	}
	r := Measure(g)
	if r.Invalid != 8 {
		t.Errorf("Measure(extreme).Invalid = %d, want 8; problems:\n%s", r.Invalid, strings.Join(r.Problems, "\n"))
	}
}
