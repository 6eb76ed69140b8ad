// Package expr parses and evaluates the small expression language that plot
// curves and contours are written in, such as
//
//	x^2 + 1
//	sigmoid(4*x) - 0.5
//	max(0, 1 - y*(2*x - 1))
//
// The language has numbers (123, 1.5, .5, 1e-3), the variables x and y, the
// constants pi and e and the named constants of Options.Consts, the
// operators + - * / ^ with the usual precedence, comparisons, unary minus
// and plus, parentheses and calls of a fixed set of functions (see
// Functions). Precedence, from loosest to tightest:
//
//	< <= > >=         one comparison: 1 where it holds, 0 where not, NaN
//	                  when a side is NaN; a < b < c is an error
//	binary + and -    left-associative
//	* and /           left-associative
//	unary - and +     so -x*y is (-x)*y
//	^                 right-associative, so 2^3^2 is 2^9 and -x^2 is -(x^2)
//
// The exponent of ^ may itself carry a sign: 2^-x is 2^(-x). Implicit
// multiplication such as 2x is an error; write 2*x.
//
// The functions:
//
//	exp(x)            e^x
//	log(x)            natural logarithm; log(0) = -Inf, NaN below 0
//	log10(x)          base-10 logarithm
//	sqrt(x)           square root; NaN below 0
//	abs(x)            absolute value
//	min(a, b, ...)    smallest of 2 or more arguments; NaN if any is NaN
//	max(a, b, ...)    largest of 2 or more arguments; NaN if any is NaN
//	sin, cos, tan     trigonometry in radians
//	tanh(x)           hyperbolic tangent
//	sigmoid(x)        1/(1 + e^-x), computed without overflow
//	relu(x)           max(0, x); NaN stays NaN
//	softplus(x)       ln(1 + e^x), computed without overflow
//	gelu(x)           x·Φ(x) = x/2·(1 + erf(x/√2)), the exact form, not the
//	                  tanh approximation; gelu(1) = 0.8413447460685429
//	clamp(v, lo, hi)  min(max(v, lo), hi); hi wins when lo > hi
//	if(c, a, b)       a where c is not 0, b where it is 0, NaN where c is
//	                  NaN; if(c1, v1, c2, v2, ..., else) is the piecewise
//	                  form, the value of the first condition that holds
//
// Every argument of if is evaluated, so Cost counts every branch and a
// branch that is undefined where it is not taken, as log(x) in
// if(x > 0, log(x), 0), does no harm.
//
// Parse reports every problem as a *diagram.Error positioned at the bad
// token in the .diag file, with a hint that says how to fix it. Parsing is
// bounded: the source length and the nesting depth have caps (see Options),
// so no input can exhaust the stack.
//
// Parse compiles the expression to a small stack program with constant
// subexpressions folded and constant operands built into the instructions,
// so Eval is cheap enough for sampling curves and contour grids (tens of
// nanoseconds for a typical curve, no allocation). x^2 is computed as x*x. Eval follows IEEE 754: NaN and ±Inf propagate, division by
// zero gives ±Inf or NaN, and nothing panics.
package expr
