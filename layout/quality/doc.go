// Package quality measures how good a laid-out picture is.
//
// It owns one thing: the metrics function [Measure], which reads a neutral
// [geom.Geometry] (boxes of nodes and groups, routes of edges as polylines,
// label, text and mark boxes) and returns a [Report]. The project's tests
// and the benchmark that compares diag with other engines all call this one
// function, so a number means the same thing everywhere. The scene package
// turns a laid-out picture into a Geometry; geom.Decode reads its JSON form.
// No production package imports this one.
//
// Units and boxes are those of the geom package: CSS px, boxes by their
// top-left corner, y down, routes as drawn polylines.
//
// # Metrics
//
// Overlap of two boxes means that they overlap by more than 0.5 px along
// both axes; boxes that only touch or overlap by a hair are fine. A box sticks
// out of another when one of its sides lies more than 0.5 px outside.
//
//   - Crossings: the points where a segment of one edge properly crosses a
//     segment of another edge. Routes that only touch, that meet at a route
//     end, or that run together along a common stretch (collinear overlap)
//     do not cross there; when a route changes sides only along such a common
//     stretch, that is not counted either. Two curves that cross twice count
//     2. When the two edges share an endpoint node, crossings inside that
//     node's box grown by 2 px are ignored: edges fanning out of one node may
//     meet right at its border. A route vertex that lies exactly on the other
//     route counts once, and only if the routes really pass to opposite sides.
//   - NodeOverlaps: pairs of node boxes that overlap.
//   - EdgesThroughNodes: (edge, node) pairs where the route enters the inside
//     of the node's box shrunk by 2 px, for a node that is not one of the
//     edge's endpoints. Grazing a node within 2 px of its border is fine.
//     An edge whose endpoint is a group may run inside that group's box (it
//     is not a node) but must not enter the group's member nodes: only the
//     nodes named as From or To are exempt. A route that enters the same
//     node twice counts once.
//   - LabelOverlaps: pairs of labels that overlap, plus (label, node) pairs
//     that overlap. Labels are edge labels and free labels.
//   - TextOverflow: texts whose box sticks out of their container.
//   - GroupIntrusions: (group, node) pairs where a node overlaps a group it
//     is not a member of, directly or through a nested group; and pairs of
//     groups that overlap although neither is an ancestor of the other.
//   - MembersOutside: member nodes, and nested groups, that stick out of
//     their group (a member that sticks out is not an intrusion).
//   - MarksOutside: plot marks that stick out of their area.
//   - OverMarks: legends and labels over a mark, as (legend, mark) and
//     (label, mark) pairs. A mark is a dot (a marker, covering its box), a
//     line (its drawn polyline) or an area (a filled outline, or its box).
//     A legend is over a mark when the mark enters the legend's box shrunk
//     by 0.5 px: a dot's box overlaps it, a stretch of a line runs through
//     it, or an area shares some of it. A label is over dots and lines in
//     the same way, but not over areas: a label names the area or the bar
//     it sits on. This check compares every legend and label with every
//     mark whose box meets it.
//   - BadgesOutside: reading-path badges that stick out of the card of the
//     panel whose element they mark (a badge of an element in no panel is
//     not counted).
//   - BadgesOverText: badges that overlap a text's ink box, a label or a
//     text that must fit in a box; a badge counts once however many texts
//     it covers.
//   - ConnectorsThroughPanels: (connector, panel) pairs where a line
//     between panels enters a panel's card shrunk by 2 px, for a card that
//     holds neither of its ends.
//   - ConnectorsOverText: (connector, text) pairs where a line between
//     panels enters a text's ink box or a label shrunk by 0.5 px; the
//     texts inside the boxes of its ends and its own label are exempt.
//   - ZoneMembersOutside: nodes and groups a zone lists as members whose
//     box, shrunk by 0.5 px, is not wholly inside the zone's outline (a
//     point is inside when it is inside an odd number of its polygons).
//   - ZoneIntruders: (zone, node) pairs where a node the zone does not
//     list reaches inside the outline: its box shrunk by 0.5 px has a
//     corner inside, or a side of the outline passes through it.
//   - CrowdedEnds: pairs of neighbouring edge ends on one side of a node
//     or group box that lie closer than 8 px, where a reader cannot tell
//     which arrowhead belongs to which line. An end is a route's first or
//     last point, on the side of its From or To box (grown by 2 px) whose
//     triangle between the box's centre and two corners holds it; ends
//     that do not touch their box are left out. Ends that meet at one
//     point and leave it in the same direction are one end: the edges
//     merge into one trunk there on purpose, as dot's concentrate draws
//     them. Ends at one point from different directions are fused, 0 px
//     apart.
//   - CloseTracks: pairs of edges whose routes run side by side, parallel
//     (within 2 degrees) and closer than 8 px, for more than 8 px: tracks
//     in a channel, or stubs at neighbouring ports, that read as one band.
//     Routes on one line (closer than 0.5 px) count too, unless the two
//     edges start at the same box or end at the same one: that is a
//     trunk. Each pair of edges counts once.
//   - ShortLastSegments: edges whose route ends with a straight stretch
//     shorter than 12 px, so that the arrowhead points along too short a
//     line or sideways off a bend. Walking back from the tip, the
//     stretch ends where the route turns by more than 15 degrees from its
//     last segment's direction (a gently flattened curve still ends
//     straight), or at the route's start.
//   - Invalid: items left out of every check because a coordinate is not a
//     finite number (NaN or infinite).
//   - Bends: interior route vertices where the direction turns by more than
//     1 degree. A flattened curve therefore counts several bends.
//   - EdgeLength: the total length of all routes.
//   - Width and Height: the size of the bounding box of nodes, groups and
//     routes (labels, texts and marks are not included).
//   - Hole: the largest empty rectangle inside the sheet's body, as a
//     fraction of the whole sheet's area (HoleBox is the rectangle). The
//     body is the box of the body's panels; what fills it is each card's
//     drawing (the ink box of its title and content) grown by [CardPad]
//     and kept within the card, and the headings of titled rows and
//     columns. So a hole is a gap between panels, such as the foot of a
//     short column beside a tall one, and also the empty part of a card
//     stretched past what it draws: a card taller than its content plus
//     padding is as empty as the gutter beside it; this holds for notes
//     and for tips and pitfalls on their tinted cards too, which the
//     composition stretches to fill a column: their empty foot counts.
//     The empty space inside a drawing (between the nodes of a graph,
//     say) is not a hole. Connectors between panels do not fill a hole.
//
// # Groups with and without declared structure
//
// When some group in the geometry lists Members or names a Parent, the
// structure is explicit: a node is a member of a group when the group, or
// a group nested in it through Parent links, lists the node's id; and two
// groups may overlap only when one is an ancestor of the other (a group drawn
// inside another group it does not belong to is an intrusion).
//
// When no group lists members or a parent, as in the plain neutral schema
// that other engines produce, the structure is read from the picture: a node
// lying inside a group's box is a member of it, and a group lying inside
// another group's box is nested in it. Only partial overlaps are intrusions
// then, and MembersOutside is always 0.
//
// # Input
//
// Measure never panics: boxes with negative sizes are normalised, and items
// with coordinates that are not finite numbers are counted as Invalid and
// named in Report.Problems.
//
// # Speed
//
// Measure does not compare everything with everything. Node, label and group
// boxes are paired by one sort-and-sweep along x; route segments are tested
// against node boxes through a uniform grid of the nodes; and segments of
// different routes are paired through a uniform grid of the segments, sorted
// within each cell along the axis where they are thinner. A layered picture
// of 1,000 nodes and 1,500 edges with 16,000 route segments takes about
// 15 ms.
package quality
