package layout

import (
	"github.com/aiprep/diag/layout/bars"
	"github.com/aiprep/diag/layout/graph"
	"github.com/aiprep/diag/layout/matrix"
	"github.com/aiprep/diag/layout/note"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/plot"
	"github.com/aiprep/diag/layout/sequence"
	"github.com/aiprep/diag/layout/stack"
	"github.com/aiprep/diag/layout/timeline"
	"github.com/aiprep/diag/layout/tree"
)

// kinds lists the panel kinds the layout knows, one line each.
var kinds = []panel.Kind{
	panel.For(graph.Layout),
	panel.For(plot.Layout),
	panel.For(matrix.Layout),
	panel.For(note.Layout),
	panel.For(tree.Layout),
	panel.For(sequence.Layout),
	panel.For(timeline.Layout),
	panel.For(stack.Layout),
	panel.For(bars.Layout),
	panel.For(bars.Histogram),
	panel.For(bars.Split),
}
