package scene

import "strconv"

// GroupKind says what a group stands for. The animation picks effects by
// it (an edge's ends, a plot mark's data frame) and the renderer draws by
// it (overlays hidden in the still picture, badges above everything).
type GroupKind int

// The kinds of groups. A panel kind that draws something new picks the
// nearest of these (a bar of a chart is a Mark).
const (
	KindPart GroupKind = iota // a part with no meaning of its own

	// The sheet frame.
	KindHeader   // the kicker, title and subtitle
	KindLegend   // a legend: the sheet's, or a plot's
	KindAsks     // the questions strip
	KindAsk      // one question card, "ask-N"
	KindCaptions // the caption strip, "captions"
	KindCaption  // one step's caption, "step-N"
	KindProgress // the progress dots, and each dot "step-N-dot"
	KindBadge    // a numbered reading-path badge; drawn above overlays
	KindOverlay  // an effect the still picture hides until the animation shows it

	// Panels and what they hold.
	KindPanel    // a panel, under the panel's id
	KindNode     // a graph or tree node, or a sequence actor
	KindEdge     // a connector; its path of role RoleEdge joins From and To
	KindGroup    // a box drawn around members: a graph group, a sequence frame
	KindPlotArea // the clipped area of a plot's marks
	KindGrid     // a plot's grid lines
	KindAxes     // a plot's frame, ticks and axis names
	KindMark     // a plot mark, or a part of one (a class of blobs, a centre)
	KindMarker   // the marker of a plot path; a timeline's total or budget
	KindLabel    // a free label of a plot
	KindLine     // a line of a note
	KindNote     // a note: of a sequence, of a stack band, or a note panel
	KindMatrix   // a matrix's cells, headers and keys
	KindRow      // a row of a matrix
	KindCell     // a cell of a matrix
	KindOutline  // an outline around blocks of matrix cells
	KindColorBar // the colour scale of a heatmap
	KindKey      // the key of a matrix's outlines, masks and categories
	KindSegment  // a segment of a timeline
	KindAxis     // a timeline's time axis
	KindBand     // a band of a stack
	KindItem     // an item of a stack band
	KindMask     // the masked cells of a matrix mask
	KindZone     // a zone of a graph: a dashed outline around members of any group, and its label
)

var kindNames = [...]string{
	KindPart:     "part",
	KindHeader:   "header",
	KindLegend:   "legend",
	KindAsks:     "asks",
	KindAsk:      "ask",
	KindCaptions: "captions",
	KindCaption:  "caption",
	KindProgress: "progress",
	KindBadge:    "badge",
	KindOverlay:  "overlay",
	KindPanel:    "panel",
	KindNode:     "node",
	KindEdge:     "edge",
	KindGroup:    "group",
	KindPlotArea: "plot-area",
	KindGrid:     "grid",
	KindAxes:     "axes",
	KindMark:     "mark",
	KindMarker:   "marker",
	KindLabel:    "label",
	KindLine:     "line",
	KindNote:     "note",
	KindMatrix:   "matrix",
	KindRow:      "row",
	KindCell:     "cell",
	KindOutline:  "outline",
	KindColorBar: "colorbar",
	KindKey:      "key",
	KindSegment:  "segment",
	KindAxis:     "axis",
	KindBand:     "band",
	KindItem:     "item",
	KindMask:     "mask",
	KindZone:     "zone",
}

// String returns the kind's name, such as "edge".
func (k GroupKind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "GroupKind(" + strconv.Itoa(int(k)) + ")"
}
