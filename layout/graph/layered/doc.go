// Package layered lays out directed graphs in layers (ranks), in the manner of
// Sugiyama, Tagawa and Toda (1981) as refined for Graphviz dot by Gansner,
// Koutsofios, North and Vo (1993).
//
// It works on an abstract [Graph] of sized boxes, edges and nested groups and
// returns a [Result] with every box, route, label and group rectangle in
// absolute coordinates (CSS px, y down). It knows nothing of text, fonts or
// the diagram model; the caller measures texts and passes their sizes.
//
// The pipeline, one phase a file:
//
//   - acyclic.go: cycle removal by depth-first search in input order, as in
//     dot; reversed edges are still drawn from From to To.
//   - rank.go: ranking by network simplex (Gansner et al. 1993) with
//     minimum lengths and same-rank sets.
//   - layer.go: the layered graph with dummy nodes for long edges, label
//     dummies for edge labels and filler nodes that keep groups contiguous.
//   - order.go, crossings.go, sift.go: crossing reduction by the weighted
//     median heuristic with transposition, with crossings counted by the
//     accumulator tree of Barth, Jünger and Mutzel (2004), then sifting
//     (Matuszewski, Schönfeld and Molitor 1999) of the best order; groups
//     stay contiguous in every rank. Small graphs also try a few seeded
//     random starting orders.
//   - position.go, xsimplex.go, tighttree.go, compact.go: horizontal
//     coordinates by Brandes and Köpf (2001) with real node widths, then
//     network simplex over an auxiliary graph, as in dot (Gansner et al.
//     1993, section 4.2), started from them: every separation in a rank
//     and every group box is a constraint, every edge a vertex pulling its
//     ends together (long edges hardest, so they run straight, and each
//     edge toward its own port on a side shared with others), and every
//     group's width a cost, so that groups hold their members tight. The
//     first feasible tree is joined from tight subtrees, smallest first, as
//     in Graphviz 2.40. On the benchmark graphs (bench/README.md) this
//     draws narrower pictures with shorter edges than the balanced
//     alignments alone. A constraint pass then gives every group its box.
//   - xsweep.go: for a graph too large for that simplex (a thousand nodes
//     and their dummies), or where its work budget runs out, rank sweeps
//     lower the same sum from every rank packed: each rank in turn placed
//     at its exact optimum with the others held, by pool adjacent
//     violators over weighted medians (Ayer et al. 1955).
//   - route.go, tracks.go, clip.go: orthogonal routes with bends in the
//     channels between ranks (or cubic splines), ports spread along node
//     sides at least EdgeSep apart, self-loops and flat edges; edges that
//     attach to a group end on the group's box. Each edge has its own
//     style (Edge.Style). A side too narrow for its edges merges
//     neighbouring ones that all end there (or all start there) into one
//     port, so that they join one trunk before the node and end in one
//     arrowhead, as dot's concentrate does. A route that comes down into
//     a channel near where another leaves it runs on a higher track, so
//     that their vertical stretches never run side by side; tracks lie
//     EdgeSep apart and at least 12 px from the ranks, and splines that
//     bend far run straight for 12 px at their ends, so that every
//     arrowhead points along a straight stretch of its line.
//   - straight.go: straight routes, aimed at the centres of their ends and
//     bent only round the boxes in their way.
//   - constrain.go: placement rules: pins to a side (Node.Pin, Group.Pin),
//     order lists and input order (Graph.Orders, Options.SourceOrder) and
//     sets kept side by side (Graph.Together, the members of a zone),
//     kept in every rank through crossing reduction, and one line for
//     each straight chain and align set (Graph.Aligns) after coordinate
//     assignment.
//   - direction.go: down, right, up and left as one final transform.
//
// Layout is deterministic: the same input gives the same output.
package layered
