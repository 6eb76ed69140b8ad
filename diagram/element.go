package diagram

import "reflect"

// An Element is one part of a model, held by pointer: the *Diagram, a Panel,
// a PlotMark, a SeqItem, or a pointer to one of the other types that Inspect
// visits (*Node, *Edge, *Axis, *Formula, *LegendItem, ...). Position returns
// where the element was declared, or the zero Pos when it is not known or
// the type records none (*Diagram, *Blobs, *Sampled, *HeatScale).
//
// Each element type describes itself next to its declaration: the
// unexported methods give the elements it holds and its own strings, for
// Inspect and Strings, and close the set of elements to this package. The
// validator checks an element through a method of its type too (see
// Validate).
type Element interface {
	Position() Pos
	// walk calls Inspect(c, f) for each element c that the element holds,
	// in the order of the fields that hold them.
	walk(f func(Element) bool)
	// eachString calls f for each string field of the element, in field
	// order, the items of a list in list order.
	eachString(f func(string))
}

// isNil reports whether e is nil or a nil pointer in an interface, as a
// list of panels or marks built in Go may hold. Every element type is a
// pointer.
func isNil(e Element) bool {
	if e == nil {
		return true
	}
	v := reflect.ValueOf(e)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// walkList calls Inspect for each item of list, in order.
func walkList[E Element](list []E, f func(Element) bool) {
	for _, e := range list {
		Inspect(e, f)
	}
}

// eachOf calls f for each string of list, in order.
func eachOf(list []string, f func(string)) {
	for _, s := range list {
		f(s)
	}
}
