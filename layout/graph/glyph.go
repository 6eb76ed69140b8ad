package graph

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/draw"
	"github.com/aiprep/diag/layout/tensor"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// A node with tensor dimensions is drawn by package tensor as a volume
// with its labels beside it; any other node by package draw as its shape
// around its label.

// labelSide returns the side of a tensor node that its labels go on in a
// graph going d: below the volume going right or left, where edges meet
// the sides of the nodes, and right of it going down or up, where they
// meet the top and bottom. A ring puts them below.
func labelSide(g *diagram.Graph) tensor.Side {
	if g.Layout == diagram.LayoutLayered && (g.Direction == diagram.Down || g.Direction == diagram.Up) {
		return tensor.Right
	}
	return tensor.Below
}

// nodeSize returns the size of the box of node n of g, whose label is tb.
func nodeSize(g *diagram.Graph, n *diagram.Node, tb text.Block) (w, h float64) {
	if len(n.Tensor) > 0 {
		return tensor.NewNode(n, tb, labelSide(g)).Size()
	}
	return draw.NodeSize(n, tb)
}

// nodeItem draws node n of g filling r, with its label tb.
func nodeItem(g *diagram.Graph, n *diagram.Node, r scene.Rect, tb text.Block) *scene.Group {
	if len(n.Tensor) > 0 {
		return tensor.NewNode(n, tb, labelSide(g)).Draw(n, r)
	}
	return draw.Node(n, r, tb)
}

// receptiveField draws the receptive field of edge e with a kernel,
// between the tensor nodes ends filling boxes: in the edge's tone, or the
// accent tone for a neutral edge.
func receptiveField(e *diagram.Edge, ends [2]*diagram.Node, boxes [2]scene.Rect) []scene.Item {
	t := e.Tone
	if t == diagram.Neutral {
		t = diagram.Accent
	}
	from, to := ends[0].Tensor, ends[1].Tensor
	return tensor.Field(from, tensor.Shape(from), boxes[0].Center(), to, tensor.Shape(to), boxes[1].Center(), e.Kernel, t)
}
