package diagram

// Inspect traverses the model rooted at e in depth-first order, in the
// style of go/ast.Inspect: it starts by calling f(e); if f returns true,
// Inspect calls itself for each element that e holds, followed by a call
// of f(nil). A nil element, or a nil pointer in an interface, is skipped
// without calling f.
//
// The elements an element holds are those of its fields that hold
// elements: a pointer to an element (*Script), an interface (a Panel, a
// PlotMark, a SeqItem), a list of either, or a struct held by value whose
// pointer is an element (a Plot's X and Y axes, a Curve's formula, the
// Diagram's Legend and Asks), which Inspect visits by its address, as
// &p.X. They are visited in the order of the fields, and the items of a
// list in list order. A formula is visited even when empty, as a vertical
// Rule's Y is. Plain values (XY points, CellBlocks, strings) are not
// elements; Strings gives the strings of one element.
//
// Inspect follows pointers as they are: a model in which an element holds
// itself, directly or through others, is not a tree, and Inspect would not
// end unless f returns false for an element it has already seen. Validate
// reports such a model.
func Inspect(e Element, f func(Element) bool) {
	if isNil(e) || !f(e) {
		return
	}
	e.walk(f)
	f(nil)
}

// Strings calls f for each string that the element e holds itself, in the
// order of its fields: ids, labels, titles, icon names, the ids it refers
// to, and a formula's text; not the strings of the elements it holds. A
// nil element has none.
func Strings(e Element, f func(s string)) {
	if !isNil(e) {
		e.eachString(f)
	}
}
