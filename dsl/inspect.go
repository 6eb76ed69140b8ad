package dsl

// Inspect traverses the AST rooted at node in source order, like
// go/ast.Inspect: it calls f(node); if f returns true, Inspect visits each
// child of node, then calls f(nil). A statement's Doc comments come before
// its children and its Comment after them; File.Comments is not visited
// again.
func Inspect(node Node, f func(Node) bool) {
	if node == nil || !f(node) {
		return
	}
	walk(node, f)
	f(nil)
}

// inspect inspects n unless it is nil.
func inspect[N interface {
	Node
	comparable
}](n N, f func(Node) bool) {
	var none N
	if n != none {
		Inspect(n, f)
	}
}

// inspectAll inspects each node of list.
func inspectAll[N Node](list []N, f func(Node) bool) {
	for _, n := range list {
		Inspect(n, f)
	}
}
