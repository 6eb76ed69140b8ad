// Package diagram holds the model of a diagram: the documented types that the
// dsl package produces from .diag text and that a Go program may also build by
// hand. A Diagram is a tree of panels (graph, plot, matrix, tree, sequence,
// timeline, stack, note) placed by row, column and grid containers, plus the
// sheet frame (header, legend, questions) and the animation script.
//
// Validate checks a model for what the language guarantees of every model
// it produces: ids unique across the diagram, references that resolve (edge
// ends, group members, rank constraints, areas, message actors, segment
// starts, animation targets and flows), a tree structure (no nil entries,
// no element held twice or holding itself), enums, numbers and sizes in
// range, and what each element needs (a caption, a formula, two points of
// a path, ...). Its documentation lists every check. It does not parse
// formulas or measure text: later stages do.
//
// Inspect walks a model in a fixed order, in the style of go/ast.Inspect,
// and Strings gives the strings of one element. SubID and the Parts methods
// name the parts that the layout draws under an element's id, such as a
// timeline's "budget.total".
//
// The package also owns the Error type every stage uses to report a
// positioned problem. It imports none of the other pipeline packages.
package diagram
