// Package expr parses and evaluates the small expression language that plot
// curves and contours are written in, such as
//
//	x^2 + 1
//	sigmoid(4*x) - 0.5
//	max(0, 1 - y*(2*x - 1))
//
// The language has numbers (123, 1.5, .5, 1e-3), the variables x and y, the
// constants pi and e, the operators + - * / ^ with the usual precedence,
// unary minus and plus, parentheses and calls of a fixed set of functions
// (see Functions). Precedence, from loosest to tightest:
//
//   - -          left-associative
//   - /          left-associative
//     unary - +    so -x*y is (-x)*y
//     ^            right-associative, so 2^3^2 is 2^9 and -x^2 is -(x^2)
//
// The exponent of ^ may itself carry a sign: 2^-x is 2^(-x). Implicit
// multiplication such as 2x is an error; write 2*x.
//
// Parse reports every problem as a *diagram.Error positioned at the bad
// token in the .diag file, with a hint that says how to fix it. Parsing is
// bounded: the source length and the nesting depth have caps (see Options),
// so no input can exhaust the stack.
//
// Parse compiles the expression to a small stack program with constant
// subexpressions folded, so Eval is cheap enough for sampling curves and
// contour grids. Eval follows IEEE 754: NaN and ±Inf propagate, division by
// zero gives ±Inf or NaN, and nothing panics.
package expr
