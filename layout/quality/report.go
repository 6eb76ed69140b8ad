package quality

import (
	"fmt"
	"sort"

	"github.com/aiprep/diag/scene/geom"
)

// Report holds the metrics of one picture. The counts of violations
// (everything but Crossings and Bends) should be 0 for a good picture; see
// the package documentation for the exact definitions.
type Report struct {
	NodeOverlaps      int `json:"node_overlaps"`
	EdgesThroughNodes int `json:"edges_through_nodes"`
	LabelOverlaps     int `json:"label_overlaps"`
	TextOverflow      int `json:"text_overflow"`
	GroupIntrusions   int `json:"group_intrusions"`
	MembersOutside    int `json:"members_outside"`
	MarksOutside      int `json:"marks_outside"`
	// OverMarks counts the legends and labels over a mark: (legend,
	// mark) and (label, mark) pairs where the one covers the other.
	OverMarks int `json:"over_marks"`
	// BadgesOutside counts the reading-path badges that stick out of the
	// panel of the element they mark.
	BadgesOutside int `json:"badges_outside"`
	// BadgesOverText counts the badges that cover a text or a label.
	BadgesOverText int `json:"badges_over_text"`
	// ConnectorsThroughPanels counts (connector, panel) pairs where a line
	// between panels runs across a panel that holds neither of its ends.
	ConnectorsThroughPanels int `json:"connectors_through_panels"`
	// ConnectorsOverText counts (connector, text) pairs where a line
	// between panels runs across a text or a label.
	ConnectorsOverText int `json:"connectors_over_text"`
	// ZoneMembersOutside counts the nodes and groups listed in a zone that
	// are not wholly inside its outline.
	ZoneMembersOutside int `json:"zone_members_outside"`
	// ZoneIntruders counts (zone, node) pairs where a node that is not a
	// member of the zone reaches inside its outline.
	ZoneIntruders int `json:"zone_intruders"`
	// CrowdedEnds counts the pairs of neighbouring edge ends on one side
	// of a node or group that lie closer than 8 px (ends merged into one
	// trunk are one end).
	CrowdedEnds int `json:"crowded_ends"`
	// CloseTracks counts the pairs of edges whose routes run side by side
	// closer than 8 px.
	CloseTracks int `json:"close_tracks"`
	// ShortLastSegments counts the edges whose last straight stretch, the
	// one their arrowhead points along, is shorter than 12 px.
	ShortLastSegments int `json:"short_last_segments"`
	// Invalid counts items left out of the checks because a coordinate is
	// not a finite number.
	Invalid   int `json:"invalid"`
	Crossings int `json:"crossings"`
	Bends     int `json:"bends"`
	// EdgeLength is the total length of all routes, in px.
	EdgeLength float64 `json:"edge_length"`
	// Width and Height are the size of the bounding box of nodes, groups
	// and routes, in px.
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Hole is the area of the largest empty rectangle in the sheet's
	// body, as a fraction of the sheet's area, and HoleBox that rectangle
	// (see the package documentation); 0 for a picture without a body.
	Hole    float64  `json:"hole,omitempty"`
	HoleBox geom.Box `json:"hole_box,omitzero"`
	// Problems has one readable line per violation, naming the items
	// involved, sorted. Crossings and bends are not listed. At most
	// MaxProblems lines are kept; a last line then says how many more
	// there were.
	Problems []string `json:"problems"`
}

// MaxProblems is the number of problem lines a Report keeps.
const MaxProblems = 50

// Violations returns the number of violations: everything that must be 0
// in a good picture (all counts but Crossings and Bends).
func (r Report) Violations() int {
	return r.NodeOverlaps + r.EdgesThroughNodes + r.LabelOverlaps + r.TextOverflow +
		r.GroupIntrusions + r.MembersOutside + r.MarksOutside + r.OverMarks + r.Invalid +
		r.BadgesOutside + r.BadgesOverText + r.ConnectorsThroughPanels + r.ConnectorsOverText +
		r.ZoneMembersOutside + r.ZoneIntruders +
		r.CrowdedEnds + r.CloseTracks + r.ShortLastSegments
}

// problems collects problem lines.
type problems []string

func (p *problems) add(format string, args ...any) {
	*p = append(*p, fmt.Sprintf(format, args...))
}

// list returns the lines sorted and capped at MaxProblems.
func (p problems) list() []string {
	lines := append([]string{}, p...)
	sort.Strings(lines)
	if len(lines) > MaxProblems {
		more := len(lines) - MaxProblems
		lines = append(lines[:MaxProblems], fmt.Sprintf("... and %d more problems", more))
	}
	return lines
}

// name returns how a problem line names an item: its kind and id, or its
// index when it has no id.
func name(kind, id string, index int) string {
	if id == "" {
		return fmt.Sprintf("%s #%d", kind, index)
	}
	return kind + " " + id
}

// edgeName returns how a problem line names an edge.
func edgeName(e geom.Edge, index int) string {
	if e.ID != "" {
		return "edge " + e.ID
	}
	if e.From == "" && e.To == "" {
		return fmt.Sprintf("edge #%d", index)
	}
	return "edge " + e.From + "->" + e.To
}

// px formats a distance for a problem line.
func px(v float64) string { return fmt.Sprintf("%.1f px", v) }
