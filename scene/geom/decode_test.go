package geom

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJSONRoundTrip(t *testing.T) {
	g := Geometry{
		Nodes:  []Node{node("a", 10, 20, 80, 36), node("b", 10, 120, 80, 36.5)},
		Edges:  []Edge{{ID: "a->b", From: "a", To: "b", Points: [][2]float64{{50, 56}, {50, 120}}}},
		Groups: []Group{{ID: "g", W: 300, H: 200, Members: []string{"a", "b"}}, {ID: "h", X: 5, Y: 5, W: 10, H: 10, Parent: "g"}},
		Labels: []Box{{ID: "l", X: 55, Y: 80, W: 30, H: 12}},
		Texts:  []TextBox{{ID: "a.label", Text: "θ ≈ ∇", X: 12, Y: 22, W: 40, H: 14, Container: Box{ID: "a", X: 10, Y: 20, W: 80, H: 36}}},
		Marks:  []Mark{{ID: "p1", X: 1, Y: 2, W: 3, H: 4, Area: Box{ID: "plot", W: 100, H: 100}}},
	}
	data, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decode(%s): %v", data, err)
	}
	if diff := cmp.Diff(g, got); diff != "" {
		t.Errorf("Decode(Marshal(g)) mismatch (-want +got):\n%s", diff)
	}
	const wantJSON = `{"nodes":[{"id":"a","x":10,"y":20,"w":80,"h":36}],"edges":[{"from":"a","to":"b","points":[[50,56],[50,120]]}],"groups":[{"id":"g","x":0,"y":0,"w":300,"h":200,"members":["a"]}]}`
	small := Geometry{Nodes: g.Nodes[:1], Edges: []Edge{edge("a", "b", 50, 56, 50, 120)}, Groups: []Group{{ID: "g", W: 300, H: 200, Members: []string{"a"}}}}
	data, err = json.Marshal(small)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantJSON, string(data)); diff != "" {
		t.Errorf("Marshal mismatch (-want +got):\n%s", diff)
	}
}

func TestDecodePlainSchema(t *testing.T) {
	const plain = `{"nodes":[{"id":"n0","x":10,"y":20,"w":80,"h":36},
	                 {"id":"n1","x":10,"y":120,"w":80,"h":36,"shape":"rect"}],
	 "edges":[{"from":"n0","to":"n1","points":[[50,56],[50,120]]}],
	 "groups":[{"id":"ingest","x":0,"y":0,"w":300,"h":200}],
	 "engine":"dot"}`
	got, err := Decode(strings.NewReader(plain))
	if err != nil {
		t.Fatalf("Decode(plain): %v", err)
	}
	want := Geometry{
		Nodes:  []Node{node("n0", 10, 20, 80, 36), node("n1", 10, 120, 80, 36)},
		Edges:  []Edge{edge("n0", "n1", 50, 56, 50, 120)},
		Groups: []Group{{ID: "ingest", W: 300, H: 200}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decode(plain) mismatch (-want +got):\n%s", diff)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"syntax", `{"nodes":[`, "decode geometry: unexpected EOF"},
		{"wrong type", `{"nodes":{}}`, "decode geometry: json: cannot unmarshal object into Go struct field wireGeometry.nodes of type []geom.Node"},
		{"short point", `{"edges":[{"from":"a","to":"b","points":[[1,2],[3]]}]}`,
			"decode geometry: edge 0 (a->b): point 1 has 1 numbers, want 2 ([x, y])"},
		{"long point", `{"edges":[{"from":"a","to":"b","points":[[1,2,3]]}]}`,
			"decode geometry: edge 0 (a->b): point 0 has 3 numbers, want 2 ([x, y])"},
		{"trailing data", `{"nodes":[]} {}`, "decode geometry: unexpected data after the geometry at byte 15"},
		{"empty", ``, "decode geometry: EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in))
			got := "<nil>"
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Decode(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func node(id string, x, y, w, h float64) Node { return Node{ID: id, X: x, Y: y, W: w, H: h} }

// edge builds an edge from a flat list of coordinates x0, y0, x1, y1, ...
func edge(from, to string, xy ...float64) Edge {
	e := Edge{From: from, To: to}
	for i := 0; i+1 < len(xy); i += 2 {
		e.Points = append(e.Points, [2]float64{xy[i], xy[i+1]})
	}
	return e
}
