package quality_test

import (
	"fmt"
	"strings"

	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene/geom"
)

func ExampleMeasure() {
	g, err := geom.Decode(strings.NewReader(`{
		"nodes": [{"id": "a", "x": 0, "y": 0, "w": 40, "h": 20},
		          {"id": "b", "x": 100, "y": 0, "w": 40, "h": 20},
		          {"id": "c", "x": 50, "y": 40, "w": 40, "h": 20}],
		"edges": [{"from": "a", "to": "b", "points": [[40, 10], [100, 10]]},
		          {"from": "a", "to": "c", "points": [[20, 20], [20, 50], [50, 50]]},
		          {"from": "b", "to": "c", "points": [[100, 0], [70, -10], [70, 40]]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := quality.Measure(g)
	fmt.Println("crossings:", r.Crossings, "bends:", r.Bends, "violations:", r.Violations())
	fmt.Printf("size: %g × %g, edge length %.1f\n", r.Width, r.Height, r.EdgeLength)
	for _, p := range r.Problems {
		fmt.Println(p)
	}
	// Output:
	// crossings: 1 bends: 2 violations: 0
	// size: 140 × 70, edge length 201.6
}
