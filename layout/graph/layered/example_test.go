package layered_test

import (
	"fmt"

	"github.com/aiprep/diag/layout/graph/layered"
)

func ExampleLayout() {
	g := &layered.Graph{
		Nodes: []layered.Node{
			{W: 60, H: 30, Group: -1}, // 0: load
			{W: 80, H: 30, Group: 0},  // 1: train
			{W: 60, H: 30, Group: 0},  // 2: eval
		},
		Groups: []layered.Group{{Parent: -1, TitleW: 40, TitleH: 14}},
		Edges: []layered.Edge{
			{From: layered.NodeEnd(0), To: layered.NodeEnd(1)},
			{From: layered.NodeEnd(1), To: layered.NodeEnd(2), LabelW: 30, LabelH: 14},
			{From: layered.NodeEnd(2), To: layered.NodeEnd(1)}, // a cycle
		},
	}
	res, err := layered.Layout(g, layered.Options{Direction: layered.Down})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range res.Nodes {
		fmt.Printf("node %d: %v\n", i, r)
	}
	for i, e := range res.Edges {
		fmt.Printf("edge %d: %v reversed=%v label=%v\n", i, e.Points, e.Reversed, e.Label)
	}
	fmt.Printf("group: %v title: %v\n", res.Groups[0], res.GroupTitles[0])
	fmt.Printf("size: %gx%g\n", res.Width, res.Height)
	// Output:
	// node 0: {22 0 60 30}
	// node 1: {12 96 80 30}
	// node 2: {17 220 60 30}
	// edge 0: [{52 30} {52 96}] reversed=false label={0 0 0 0}
	// edge 1: [{36 126} {36 220}] reversed=false label={21 166 30 14}
	// edge 2: [{63 220} {63 126}] reversed=true label={0 0 0 0}
	// group: {0 70 104 192} title: {12 76 40 14}
	// size: 104x262
}
