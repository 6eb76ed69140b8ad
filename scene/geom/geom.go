package geom

// Geometry is a laid-out picture reduced to what the metrics need. Its JSON
// form is the neutral geometry schema shared with the benchmark of other
// engines; those engines fill Nodes, Edges and Groups only.
type Geometry struct {
	Nodes  []Node  `json:"nodes"`
	Edges  []Edge  `json:"edges"`
	Groups []Group `json:"groups,omitempty"`
	// Labels are edge labels and free labels: they must not overlap each
	// other or any node.
	Labels []Box `json:"labels,omitempty"`
	// Texts are the texts drawn, each with the box it must fit in.
	Texts []TextBox `json:"texts,omitempty"`
	// Marks are plot marks, each with the area it must stay inside.
	Marks []Mark `json:"marks,omitempty"`
	// Legends are the boxes of plot legends: they must cover no mark.
	Legends []Box `json:"legends,omitempty"`
	// Badges are the reading path's numbered badges, each with the panel
	// it must stay inside; a badge must cover no text.
	Badges []Badge `json:"badges,omitempty"`
	// Inks are the ink boxes of the texts that Labels and Texts do not
	// hold (tick labels, titles, captions), for the badge check; given
	// only for a picture with badges.
	Inks []Box `json:"inks,omitempty"`
	// Connectors are the lines between panels: each must stay out of the
	// panels that hold neither of its ends and off every text. Their
	// routes are among Edges too.
	Connectors []Connector `json:"connectors,omitempty"`
	// Panels are the cards of the leaf panels; given only for a picture
	// with connectors.
	Panels []Box `json:"panels,omitempty"`
	// Zones are the regions drawn around members of any group of a graph:
	// each must hold its members and no other node.
	Zones []Zone `json:"zones,omitempty"`
	// Sheet is the whole picture and Body the part of it where the body's
	// panels go (without the header, legend, questions and captions);
	// both are zero for a picture with no body.
	Sheet Box `json:"sheet,omitzero"`
	Body  Box `json:"body,omitzero"`
	// Cards are the cards of the body's leaf panels, each with the box of
	// what it draws inside, and the headings of titled rows and columns;
	// given with Body, for the hole measure.
	Cards []Card `json:"cards,omitempty"`
}

// Zone is a region of a graph: the ids of the nodes and groups it holds,
// and its outline, closed orthogonal polygons (a point inside an odd
// number of them is inside the zone).
type Zone struct {
	ID      string         `json:"id"`
	Members []string       `json:"members"`
	Outline [][][2]float64 `json:"outline"`
}

// Card is a panel's card and the ink box of what is drawn on it (its
// title and its content; for a card that draws its own frame, such as a
// tinted tip, everything but that frame).
type Card struct {
	ID      string `json:"id,omitempty"`
	Box     Box    `json:"box"`
	Content Box    `json:"content"`
}

// Connector is a line from an element of one panel to an element of
// another: its route, the boxes of its two ends, the cards that hold them
// (a connector may run inside these) and its label's box.
type Connector struct {
	ID     string       `json:"id,omitempty"`
	Points [][2]float64 `json:"points"`
	Ends   []Box        `json:"ends"`
	Own    []Box        `json:"own,omitempty"`
	Label  Box          `json:"label,omitempty"`
}

// Badge is a reading-path badge: its box, and the panel of the element it
// marks, which it must stay inside (a zero Panel: the element is in no
// panel, and the badge only has to cover no text).
type Badge struct {
	ID    string  `json:"id"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Panel Box     `json:"panel"`
}

// Node is the box of a graph node (or of any box that must not overlap
// another: a tree node, an actor, a matrix cell). X and Y are its top-left
// corner.
type Node struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
	W  float64 `json:"w"`
	H  float64 `json:"h"`
}

// Edge is the drawn route of a connector, from the boundary of its source
// to the arrow tip, as a polyline. From and To are node ids, or group ids
// for edges that attach to a group. ID is optional and only names the edge
// in problem lines.
type Edge struct {
	ID     string       `json:"id,omitempty"`
	From   string       `json:"from"`
	To     string       `json:"to"`
	Points [][2]float64 `json:"points"`
}

// Group is the box drawn around a group's members. Members lists the ids of
// the nodes directly in the group; Parent names the group it is nested in.
// See the package documentation for what happens when neither is given.
type Group struct {
	ID      string   `json:"id"`
	X       float64  `json:"x"`
	Y       float64  `json:"y"`
	W       float64  `json:"w"`
	H       float64  `json:"h"`
	Members []string `json:"members,omitempty"`
	Parent  string   `json:"parent,omitempty"`
}

// Box is a named rectangle: a label, or the area a text or mark must fit in.
type Box struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
	W  float64 `json:"w"`
	H  float64 `json:"h"`
}

// TextBox is a text's measured box and the container it must fit in, such
// as the node it labels.
type TextBox struct {
	ID        string  `json:"id"`
	Text      string  `json:"text"`
	X         float64 `json:"x"`
	Y         float64 `json:"y"`
	W         float64 `json:"w"`
	H         float64 `json:"h"`
	Container Box     `json:"container"`
}

// Mark is the box of a plot mark (a point, a bar, a line, a shaded area)
// and the plot area it must stay inside. Kind and Points say what the mark
// covers, for the check of legends and labels over marks.
type Mark struct {
	ID   string  `json:"id"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
	Area Box     `json:"area"`
	// Kind is what the mark is; empty is read as MarkDot.
	Kind MarkKind `json:"kind,omitempty"`
	// Points are the drawn polyline of a MarkLine, or the outline of a
	// MarkArea (empty for an area that fills its box).
	Points [][2]float64 `json:"points,omitempty"`
}

// MarkKind says what a mark covers.
type MarkKind string

// The kinds of marks.
const (
	// MarkDot is a marker or any small mark that covers its whole box.
	MarkDot MarkKind = "dot"
	// MarkLine is a stroked polyline: it covers its Points, not its box.
	MarkLine MarkKind = "line"
	// MarkArea is a filled shape: its outline Points, or its box when it
	// has no Points (a bar).
	MarkArea MarkKind = "area"
)
