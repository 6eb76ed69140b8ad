package diag_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/scene"
)

// TestEdgeEnds checks the typed references of the scene: in every example,
// an edge that joins elements has both its ends, and each is the group of
// the scene found under its id.
func TestEdgeEnds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	joined := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, _, err := dsl.Compile(path, src)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sc, err := layout.Layout(d)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		scene.Walk(sc.Items, func(it scene.Item) bool {
			p, ok := it.(*scene.Path)
			if !ok || p.Role != scene.RoleEdge || p.From == nil && p.To == nil {
				return true
			}
			for _, end := range []*scene.Group{p.From, p.To} {
				if end == nil || end.ID == "" || sc.Find(end.ID) != scene.Item(end) {
					t.Errorf("%s: an edge joins %v, which is not a group of the scene under its id", path, end)
				}
			}
			joined++
			return true
		})
	}
	if joined == 0 {
		t.Error("no example has an edge with ends; the test checks nothing")
	}
}
