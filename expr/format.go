package expr

import (
	"strconv"
	"strings"
)

// Precedence levels, loosest first.
const (
	precCompare = 0 // < <= > >=
	precSum     = 1 // + -
	precProduct = 2 // * /
	precUnary   = 3 // unary -
	precPower   = 4 // ^
	precPrimary = 5 // numbers, names, calls
)

// String returns the canonical text of the expression: numbers in their
// shortest exact form, spaces around + and - and after commas, none around
// * / ^, and only the parentheses the precedence rules require. Parsing the
// result gives an equal expression.
func (e *Expr) String() string {
	if e.root == nil {
		return "" // the zero Expr
	}
	var b strings.Builder
	format(&b, e.root)
	return b.String()
}

// precedence returns how tightly n binds.
func precedence(n *node) int {
	switch n.kind {
	case compareNode:
		return precCompare
	case negNode:
		return precUnary
	case binaryNode:
		switch n.op {
		case '+', '-':
			return precSum
		case '*', '/':
			return precProduct
		}
		return precPower
	}
	return precPrimary
}

func format(b *strings.Builder, n *node) {
	switch n.kind {
	case numberNode:
		b.WriteString(strconv.FormatFloat(n.value, 'g', -1, 64))
	case varNode, constNode:
		b.WriteString(n.name)
	case compareNode:
		formatOperand(b, n.args[0], precSum)
		b.WriteString(" " + n.cmp + " ")
		formatOperand(b, n.args[1], precSum)
	case negNode:
		b.WriteByte('-')
		formatOperand(b, n.args[0], precUnary)
	case callNode:
		b.WriteString(n.name)
		b.WriteByte('(')
		for i, a := range n.args {
			if i > 0 {
				b.WriteString(", ")
			}
			format(b, a)
		}
		b.WriteByte(')')
	case binaryNode:
		prec := precedence(n)
		// Operands of the left-associative operators need parentheses on
		// the right at equal precedence; ^ is right-associative, its base
		// must be a primary and its exponent is parsed as a unary
		// expression.
		leftMin, rightMin := prec, prec+1
		if n.op == '^' {
			leftMin, rightMin = precPrimary, precUnary
		}
		formatOperand(b, n.args[0], leftMin)
		switch n.op {
		case '+', '-':
			b.WriteByte(' ')
			b.WriteByte(n.op)
			b.WriteByte(' ')
		default:
			b.WriteByte(n.op)
		}
		formatOperand(b, n.args[1], rightMin)
	}
}

// formatOperand writes n, in parentheses if it binds looser than minPrec.
func formatOperand(b *strings.Builder, n *node, minPrec int) {
	if precedence(n) >= minPrec {
		format(b, n)
		return
	}
	b.WriteByte('(')
	format(b, n)
	b.WriteByte(')')
}
