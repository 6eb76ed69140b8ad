package expr

import "math"

// function describes one callable function.
type function struct {
	name    string
	minArgs int
	maxArgs int    // -1 means no upper bound
	usage   string // how a call is written, for hints
	op      opcode // the instruction that computes it (for 2+ arguments, applied pairwise)
}

// functions lists every function in the language, in the order Functions
// reports them. The package documentation says what each computes.
var functions = []function{
	{"exp", 1, 1, "exp(x)", opExp},
	{"log", 1, 1, "log(x)", opLog},
	{"log10", 1, 1, "log10(x)", opLog10},
	{"sqrt", 1, 1, "sqrt(x)", opSqrt},
	{"abs", 1, 1, "abs(x)", opAbs},
	{"min", 2, -1, "min(a, b, ...)", opMin},
	{"max", 2, -1, "max(a, b, ...)", opMax},
	{"sin", 1, 1, "sin(x)", opSin},
	{"cos", 1, 1, "cos(x)", opCos},
	{"tan", 1, 1, "tan(x)", opTan},
	{"tanh", 1, 1, "tanh(x)", opTanh},
	{"sigmoid", 1, 1, "sigmoid(x)", opSigmoid},
	{"relu", 1, 1, "relu(x)", opRelu},
	{"softplus", 1, 1, "softplus(x)", opSoftplus},
	{"gelu", 1, 1, "gelu(x)", opGelu},
	{"clamp", 3, 3, "clamp(v, lo, hi)", opClamp},
	{"if", 3, -1, "if(condition, then, else) or if(c1, v1, c2, v2, ..., else)", opSelect},
}

// lookupFunction returns the function called name, or nil.
func lookupFunction(name string) *function {
	for i := range functions {
		if functions[i].name == name {
			return &functions[i]
		}
	}
	return nil
}

// constants are the named constants of the language.
var constants = map[string]float64{
	"pi": math.Pi,
	"e":  math.E,
}

// Functions returns the names of the functions an expression may call, in
// a fixed order.
func Functions() []string {
	names := make([]string, len(functions))
	for i, f := range functions {
		names[i] = f.name
	}
	return names
}

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	// For negative x, e^-x may overflow; this form does not.
	ex := math.Exp(x)
	return ex / (1 + ex)
}

func relu(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return x // also keeps NaN
}

func softplus(x float64) float64 {
	if x > 0 {
		return x + math.Log1p(math.Exp(-x))
	}
	return math.Log1p(math.Exp(x))
}

func gelu(x float64) float64 {
	return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
}

// compare returns 1 where a cmp b holds and 0 where it does not; NaN when
// either side is NaN, so that an undefined condition stays undefined.
func compare(op opcode, a, b float64) float64 {
	if a != a || b != b {
		return math.NaN()
	}
	var holds bool
	switch op {
	case opLess:
		holds = a < b
	case opLessEq:
		holds = a <= b
	case opGreater:
		holds = a > b
	default:
		holds = a >= b
	}
	if holds {
		return 1
	}
	return 0
}

// selectOf returns a where cond is not 0, b where it is 0, and NaN where
// cond is NaN.
func selectOf(cond, a, b float64) float64 {
	switch {
	case cond != cond:
		return math.NaN()
	case cond != 0:
		return a
	}
	return b
}

func clamp(v, lo, hi float64) float64 {
	return math.Min(math.Max(v, lo), hi)
}
