package expr

import "math"

// opcode is one instruction of the stack program.
type opcode uint8

const (
	opConst opcode = iota // push val
	opX                   // push x
	opY                   // push y
	opNeg
	opAdd
	opSub
	opMul
	opDiv
	opPow
	opSquare // t*t, for ^2
	opExp
	opLog
	opLog10
	opSqrt
	opAbs
	opMin // pops two, pushes the smaller
	opMax
	opSin
	opCos
	opTan
	opTanh
	opSigmoid
	opRelu
	opSoftplus
	opGelu
	opClamp  // pops three
	opSelect // pops cond, a, b; pushes a where cond holds, else b
	opLess   // pops two, pushes 1 or 0 (NaN if either is NaN)
	opLessEq
	opGreater
	opGreaterEq

	// Binary operators with a constant operand, t op val, and val op t for
	// the reversed forms, so a constant needs no instruction of its own.
	opAddC
	opSubC
	opRSubC
	opMulC
	opDivC
	opRDivC
	opPowC
)

// instr is one instruction; val is the operand of opConst and the
// constant of the opXxxC forms.
type instr struct {
	op  opcode
	val float64
}

// compile turns a syntax tree into an Expr with its stack program.
func compile(root *node) *Expr {
	e := &Expr{root: root, usesX: root.usesVar("x"), usesY: root.usesVar("y")}
	c := compiler{}
	c.emit(fold(root))
	e.prog = c.prog
	e.maxStack = c.maxDepth
	return e
}

// fold returns a copy of n in which every subtree without variables is
// replaced by its value. Folding evaluates exactly what Eval would, so it
// does not change any result.
func fold(n *node) *node {
	switch n.kind {
	case numberNode, constNode:
		return &node{kind: numberNode, value: n.value}
	case varNode:
		return n
	}
	args := make([]*node, len(n.args))
	constant := true
	for i, a := range n.args {
		args[i] = fold(a)
		constant = constant && args[i].kind == numberNode
	}
	folded := &node{kind: n.kind, op: n.op, cmp: n.cmp, name: n.name, args: args}
	if !constant {
		return folded
	}
	c := compiler{}
	c.emit(folded)
	return &node{kind: numberNode, value: run(c.prog, make([]float64, c.maxDepth), 0, 0)}
}

// compiler emits the postfix program of a tree and tracks the stack depth.
type compiler struct {
	prog     []instr
	depth    int
	maxDepth int
}

func (c *compiler) push(in instr, pops, pushes int) {
	c.prog = append(c.prog, in)
	c.depth += pushes - pops
	c.maxDepth = max(c.maxDepth, c.depth)
}

func (c *compiler) emit(n *node) {
	switch n.kind {
	case numberNode, constNode:
		c.push(instr{op: opConst, val: n.value}, 0, 1)
	case varNode:
		if n.name == "x" {
			c.push(instr{op: opX}, 0, 1)
		} else {
			c.push(instr{op: opY}, 0, 1)
		}
	case negNode:
		c.emit(n.args[0])
		c.push(instr{op: opNeg}, 1, 1)
	case binaryNode:
		left, right := n.args[0], n.args[1]
		if n.op == '^' && right.kind == numberNode && right.value == 2 {
			c.emit(left)
			c.push(instr{op: opSquare}, 1, 1)
			return
		}
		if right.kind == numberNode {
			c.emit(left)
			op := map[byte]opcode{'+': opAddC, '-': opSubC, '*': opMulC, '/': opDivC, '^': opPowC}[n.op]
			c.push(instr{op: op, val: right.value}, 1, 1)
			return
		}
		if left.kind == numberNode && n.op != '^' {
			// IEEE addition and multiplication commute exactly.
			c.emit(right)
			op := map[byte]opcode{'+': opAddC, '-': opRSubC, '*': opMulC, '/': opRDivC}[n.op]
			c.push(instr{op: op, val: left.value}, 1, 1)
			return
		}
		c.emit(left)
		c.emit(right)
		op := map[byte]opcode{'+': opAdd, '-': opSub, '*': opMul, '/': opDiv, '^': opPow}[n.op]
		c.push(instr{op: op}, 2, 1)
	case compareNode:
		c.emit(n.args[0])
		c.emit(n.args[1])
		c.push(instr{op: compareOps[n.cmp]}, 2, 1)
	case callNode:
		f := lookupFunction(n.name)
		if f.op == opSelect {
			c.emitSelect(n.args)
			return
		}
		c.emit(n.args[0])
		switch {
		case f.op == opClamp:
			c.emit(n.args[1])
			c.emit(n.args[2])
			c.push(instr{op: opClamp}, 3, 1)
		case f.maxArgs == 1:
			c.push(instr{op: f.op}, 1, 1)
		default:
			// min and max fold their arguments pairwise, left to right.
			for _, a := range n.args[1:] {
				c.emit(a)
				c.push(instr{op: f.op}, 2, 1)
			}
		}
	}
}

// compareOps are the instructions of the comparison operators.
var compareOps = map[string]opcode{"<": opLess, "<=": opLessEq, ">": opGreater, ">=": opGreaterEq}

// emitSelect emits if(c1, v1, c2, v2, ..., else) as nested selections,
// if(c1, v1, if(c2, v2, ..., else)). Every branch is evaluated and the
// selection picks one, so that the program has no jumps and its cost is
// its length.
func (c *compiler) emitSelect(args []*node) {
	c.emit(args[0])
	c.emit(args[1])
	if len(args) == 3 {
		c.emit(args[2])
	} else {
		c.emitSelect(args[2:])
	}
	c.push(instr{op: opSelect}, 3, 1)
}

// Cost returns the operations one evaluation runs, at least 1: a measure
// of its time, for callers that budget many evaluations.
func (e *Expr) Cost() int { return max(len(e.prog), 1) }

// Eval evaluates the expression at (x, y). It never panics: NaN and ±Inf
// propagate as IEEE 754 says.
func (e *Expr) Eval(x, y float64) float64 {
	if len(e.prog) == 0 {
		return math.NaN() // the zero Expr
	}
	var buf [16]float64
	stack := buf[:]
	if e.maxStack > len(buf) {
		stack = make([]float64, e.maxStack)
	}
	return run(e.prog, stack, x, y)
}

// run executes prog and returns its result. The top of the stack lives in
// t; stack holds the values below it and must have room for the program's
// maximum depth.
func run(prog []instr, stack []float64, x, y float64) float64 {
	var t float64
	sp := 0 // number of values in stack
	for _, in := range prog {
		switch in.op {
		case opConst:
			stack[sp] = t
			sp++
			t = in.val
		case opX:
			stack[sp] = t
			sp++
			t = x
		case opY:
			stack[sp] = t
			sp++
			t = y
		case opNeg:
			t = -t
		case opAdd:
			sp--
			t = stack[sp] + t
		case opSub:
			sp--
			t = stack[sp] - t
		case opMul:
			sp--
			t = stack[sp] * t
		case opDiv:
			sp--
			t = stack[sp] / t
		case opPow:
			sp--
			t = math.Pow(stack[sp], t)
		case opAddC:
			t += in.val
		case opSubC:
			t -= in.val
		case opRSubC:
			t = in.val - t
		case opMulC:
			t *= in.val
		case opDivC:
			t /= in.val
		case opRDivC:
			t = in.val / t
		case opPowC:
			t = math.Pow(t, in.val)
		case opSquare:
			t *= t
		case opExp:
			t = math.Exp(t)
		case opLog:
			t = math.Log(t)
		case opLog10:
			t = math.Log10(t)
		case opSqrt:
			t = math.Sqrt(t)
		case opAbs:
			t = math.Abs(t)
		case opMin:
			sp--
			t = math.Min(stack[sp], t)
		case opMax:
			sp--
			t = math.Max(stack[sp], t)
		case opSin:
			t = math.Sin(t)
		case opCos:
			t = math.Cos(t)
		case opTan:
			t = math.Tan(t)
		case opTanh:
			t = math.Tanh(t)
		case opSigmoid:
			t = sigmoid(t)
		case opRelu:
			t = relu(t)
		case opSoftplus:
			t = softplus(t)
		case opGelu:
			t = gelu(t)
		case opClamp:
			sp -= 2
			t = clamp(stack[sp], stack[sp+1], t)
		case opSelect:
			sp -= 2
			t = selectOf(stack[sp], stack[sp+1], t)
		case opLess, opLessEq, opGreater, opGreaterEq:
			sp--
			t = compare(in.op, stack[sp], t)
		}
	}
	return t
}
