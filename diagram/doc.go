// Package diagram holds the model of a diagram: the documented types that the
// dsl package produces from .diag text and that a Go program may also build by
// hand. A Diagram is a tree of panels (graph, plot, matrix, tree, sequence,
// timeline, stack, note) placed by row, column and grid containers, plus the
// sheet frame (header, legend, questions) and the animation script.
//
// The package owns validation that needs no text measurement (ids exist, no
// duplicates) and the Error type every stage uses to report a positioned
// problem. It imports none of the other pipeline packages.
package diagram
