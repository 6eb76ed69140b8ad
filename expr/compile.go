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
	opClamp // pops three
)

// instr is one instruction; val is the operand of opConst.
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
	folded := &node{kind: n.kind, op: n.op, name: n.name, args: args}
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
		c.emit(n.args[0])
		if n.op == '^' && n.args[1].kind == numberNode && n.args[1].value == 2 {
			c.push(instr{op: opSquare}, 1, 1)
			return
		}
		c.emit(n.args[1])
		op := map[byte]opcode{'+': opAdd, '-': opSub, '*': opMul, '/': opDiv, '^': opPow}[n.op]
		c.push(instr{op: op}, 2, 1)
	case callNode:
		f := lookupFunction(n.name)
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

// Eval evaluates the expression at (x, y). It never panics: NaN and ±Inf
// propagate as IEEE 754 says.
func (e *Expr) Eval(x, y float64) float64 {
	var buf [16]float64
	stack := buf[:]
	if e.maxStack > len(buf) {
		stack = make([]float64, e.maxStack)
	}
	return run(e.prog, stack, x, y)
}

// run executes prog on stack, which must hold the program's maximum depth.
func run(prog []instr, stack []float64, x, y float64) float64 {
	sp := -1 // index of the top of the stack
	for _, in := range prog {
		switch in.op {
		case opConst:
			sp++
			stack[sp] = in.val
		case opX:
			sp++
			stack[sp] = x
		case opY:
			sp++
			stack[sp] = y
		case opNeg:
			stack[sp] = -stack[sp]
		case opAdd:
			sp--
			stack[sp] += stack[sp+1]
		case opSub:
			sp--
			stack[sp] -= stack[sp+1]
		case opMul:
			sp--
			stack[sp] *= stack[sp+1]
		case opDiv:
			sp--
			stack[sp] /= stack[sp+1]
		case opPow:
			sp--
			stack[sp] = math.Pow(stack[sp], stack[sp+1])
		case opSquare:
			stack[sp] *= stack[sp]
		case opExp:
			stack[sp] = math.Exp(stack[sp])
		case opLog:
			stack[sp] = math.Log(stack[sp])
		case opLog10:
			stack[sp] = math.Log10(stack[sp])
		case opSqrt:
			stack[sp] = math.Sqrt(stack[sp])
		case opAbs:
			stack[sp] = math.Abs(stack[sp])
		case opMin:
			sp--
			stack[sp] = math.Min(stack[sp], stack[sp+1])
		case opMax:
			sp--
			stack[sp] = math.Max(stack[sp], stack[sp+1])
		case opSin:
			stack[sp] = math.Sin(stack[sp])
		case opCos:
			stack[sp] = math.Cos(stack[sp])
		case opTan:
			stack[sp] = math.Tan(stack[sp])
		case opTanh:
			stack[sp] = math.Tanh(stack[sp])
		case opSigmoid:
			stack[sp] = sigmoid(stack[sp])
		case opRelu:
			stack[sp] = relu(stack[sp])
		case opSoftplus:
			stack[sp] = softplus(stack[sp])
		case opGelu:
			stack[sp] = gelu(stack[sp])
		case opClamp:
			sp -= 2
			stack[sp] = clamp(stack[sp], stack[sp+1], stack[sp+2])
		}
	}
	return stack[0]
}
