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
// Each element type describes itself next to its declaration: the
// elements it holds (walk), its strings (eachString) and its checks
// (check), with Position and, for a panel or a plot mark, the keyword that
// names it in errors; each enum type names its constants (consts).
// Inspect, Strings and Validate call these methods and switch on no type;
// the validator keeps only what spans the diagram: the one namespace of
// ids, references resolved once every id is known, the edges a flow
// follows and the path that names an element.
//
// # Adding a panel kind
//
// A new kind of panel, say a bar chart, is one file, diagram/bars.go: the
// type Bars, which embeds PanelHead (its Head and Position, and its id and
// title as strings), the types of its parts and any enum types it needs,
// and their methods: keyword, walk, eachString (for a type with strings
// other than a head's), check, which checks the fields and the parts and
// hands their ids and references to the validator (declare, unknownEnd,
// edge), and an enum type's consts. A new plot mark (a PlotMark, embedding
// MarkHead) or sequence item (a SeqItem) is made the same way. Nothing
// else in the package changes but a line of a test and a doc comment:
// TestInspectReachesEveryType asks for &Bars{} in its list of kinds
// (inspect_test.go), and Validate's doc comment, which lists every check,
// gains the new ones. The tests fail until walk visits every part in field
// order, eachString gives every string and each enum type names its
// constants.
//
// The package also owns the Error type every stage uses to report a
// positioned problem. It imports none of the other pipeline packages.
package diagram
