// Package geom is the neutral geometry schema: a laid-out picture reduced
// to boxes of nodes and groups, routes of edges as polylines, and label,
// text and mark boxes, each with the box it must stay inside. Its JSON form
// is what diag layout prints and what the benchmark reads from other
// engines (which fill Nodes, Edges and Groups only); the quality package
// measures it.
//
// # Coordinates
//
// Units are CSS px as drawn at 100 %. A box is given by its top-left corner
// (x, y) and its width and height; y grows downward. A route is the drawn
// polyline of an edge, from the boundary of its source to the arrow tip,
// with curves flattened so that no chord strays more than about 4 px from
// the curve.
//
// # Groups
//
// A group may list its Members (the ids of the nodes directly in it) and
// name its Parent; the quality package's documentation says how it reads
// groups with and without that structure.
//
// It imports nothing from the project.
package geom
