package diagram

import (
	"fmt"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// notElements are the exported struct types that are not elements, with
// the reason.
var notElements = map[string]string{
	"Pos":         "a position, held by elements",
	"Error":       "a problem report",
	"Span":        "a piece of parsed markup",
	"MarkupError": "a problem report",
	"PanelHead":   "embedded in every panel",
	"MarkHead":    "embedded in every plot mark",
	"XY":          "a point: a plain value",
	"CellBlock":   "a block of cells: a plain value",
}

// kinds holds one value of each type that a list of an interface (Panel,
// PlotMark, SeqItem) may hold: reflection cannot list the types that
// implement an interface, so the filler takes them from here.
// TestInspectReachesEveryType says which type to add.
var kinds = []Element{
	&Split{}, &Graph{}, &Plot{}, &Matrix{}, &Note{}, &Tree{}, &Sequence{}, &Timeline{}, &Stack{},
	&Bars{}, &Histogram{}, &SplitBar{},
	&Curve{}, &Scatter{}, &PlotPath{}, &PlotArea{}, &Region{}, &Contour{}, &Rule{}, &PlotLabel{}, &Fit{}, &PlotShape{}, &Decision{}, &Field{}, &PlotPoint{},
	&Message{}, &SeqNote{}, &Frame{},
}

// modelTypes sorts the exported struct types that the package's non-test
// files declare: the element types, whose pointers implement Element, and
// the others. Of each element type it gives the interfaces among Panel,
// PlotMark and SeqItem that its pointer implements.
func modelTypes(t *testing.T) (elements map[string][]string, others []string) {
	t.Helper()
	pkg := checkedPackage(t)
	iface := func(name string) *types.Interface {
		return pkg.Scope().Lookup(name).Type().Underlying().(*types.Interface)
	}
	element := iface("Element")
	elements = map[string][]string{}
	for _, name := range pkg.Scope().Names() {
		tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		if _, ok := tn.Type().Underlying().(*types.Struct); !ok {
			continue
		}
		ptr := types.NewPointer(tn.Type())
		if !types.Implements(ptr, element) {
			others = append(others, name)
			continue
		}
		elements[name] = []string{}
		for _, in := range []string{"Panel", "PlotMark", "SeqItem"} {
			if types.Implements(ptr, iface(in)) {
				elements[name] = append(elements[name], in)
			}
		}
	}
	return elements, others
}

// filler builds a model in which every field of every type holds a value:
// one item in every list (one of each kind in a list of panels, marks or
// sequence items), a distinct string in every string field and a distinct
// position in every Pos.
type filler struct {
	n     int
	depth map[reflect.Type]int
}

var (
	panelType = reflect.TypeFor[Panel]()
	markType  = reflect.TypeFor[PlotMark]()
	itemType  = reflect.TypeFor[SeqItem]()
	posType   = reflect.TypeFor[Pos]()
	durType   = reflect.TypeFor[time.Duration]()
)

// implementers returns the types of kinds whose pointers implement the
// interface type it, sorted by name.
func implementers(it reflect.Type) []reflect.Type {
	var out []reflect.Type
	for _, k := range kinds {
		if t := reflect.TypeOf(k); t.Implements(it) {
			out = append(out, t.Elem())
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out
}

func (fl *filler) value(t reflect.Type) reflect.Value {
	v := reflect.New(t).Elem()
	switch {
	case t == posType:
		fl.n++
		v.Set(reflect.ValueOf(Pos{File: "f", Line: fl.n, Col: 1}))
	case t == durType:
		v.SetInt(int64(time.Second))
	case t.Kind() == reflect.String:
		fl.n++
		v.SetString(fmt.Sprintf("s%d", fl.n))
	case t.Kind() == reflect.Bool:
		v.SetBool(true)
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		v.SetInt(1)
	case t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uint64:
		v.SetUint(1)
	case t.Kind() == reflect.Float64:
		v.SetFloat(1)
	case t.Kind() == reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() {
				v.Field(i).Set(fl.value(t.Field(i).Type))
			}
		}
	case t.Kind() == reflect.Pointer:
		// A type nests in itself once, so nested groups, frames and
		// together actions are reached too.
		if fl.depth[t.Elem()] < 2 {
			fl.depth[t.Elem()]++
			p := reflect.New(t.Elem())
			p.Elem().Set(fl.value(t.Elem()))
			fl.depth[t.Elem()]--
			v.Set(p)
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Interface:
		for _, it := range implementers(t.Elem()) {
			if e := fl.value(reflect.PointerTo(it)); !e.IsNil() {
				v.Set(reflect.Append(v, e))
			}
		}
	case t.Kind() == reflect.Slice:
		if e := fl.value(t.Elem()); e.Kind() != reflect.Pointer || !e.IsNil() {
			v.Set(reflect.Append(v, e))
		}
	case t.Kind() == reflect.Interface:
		// A single panel: a Split, which holds one of each kind.
		v.Set(fl.value(reflect.TypeFor[*Split]()))
	}
	return v
}

// fullModel returns a Diagram with every field filled.
func fullModel() *Diagram {
	fl := &filler{depth: map[reflect.Type]int{}}
	return fl.value(reflect.TypeFor[*Diagram]()).Interface().(*Diagram)
}

// ownStrings returns the strings of the fields of v, a struct, that are not
// elements of their own: string, []string and [][]string fields, also of
// embedded structs, but not of positions.
func ownStrings(v reflect.Value) []string {
	var out []string
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		switch {
		case !f.IsExported() || f.Type == posType:
		case f.Anonymous:
			out = append(out, ownStrings(fv)...)
		case f.Type.Kind() == reflect.String:
			out = append(out, fv.String())
		case f.Type == reflect.TypeFor[[]string]():
			out = append(out, fv.Interface().([]string)...)
		case f.Type == reflect.TypeFor[[][]string]():
			for _, set := range fv.Interface().([][]string) {
				out = append(out, set...)
			}
		}
	}
	return out
}

// ownPos returns the Pos field of v, a struct, or of its embedded head.
func ownPos(v reflect.Value) Pos {
	if p := v.FieldByName("Pos"); p.IsValid() && p.Type() == posType {
		return p.Interface().(Pos)
	}
	return Pos{}
}

// ownChildren returns the elements that the fields of v, a struct, hold:
// a pointer to an element or an interface holding one, not nil; a struct
// whose pointer is an element, by its address; a list of any of these,
// item by item; in field order.
func ownChildren(v reflect.Value) []Element {
	var out []Element
	var add func(fv reflect.Value)
	add = func(fv reflect.Value) {
		switch {
		case fv.Kind() == reflect.Slice:
			for i := 0; i < fv.Len(); i++ {
				add(fv.Index(i))
			}
		case fv.Kind() == reflect.Struct && reflect.PointerTo(fv.Type()).Implements(elementType):
			out = append(out, fv.Addr().Interface().(Element))
		case (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Interface) && !fv.IsNil():
			if e, ok := fv.Interface().(Element); ok {
				out = append(out, e)
			}
		}
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		switch {
		case !f.IsExported():
		case f.Anonymous && fv.Kind() == reflect.Struct:
			out = append(out, ownChildren(fv)...)
		default:
			add(fv)
		}
	}
	return out
}

var elementType = reflect.TypeFor[Element]()

// TestInspectReachesEveryType checks every exported struct type of the
// package: it is an element (its pointer implements Element) or listed in
// notElements. It walks a model that holds every kind of element and
// checks that Inspect reaches an element of each element type, that it
// visits the elements each holds in the order of its fields, that Strings
// gives every string field of each, in order, and that Position gives its
// Pos field.
func TestInspectReachesEveryType(t *testing.T) {
	elements, others := modelTypes(t)
	for _, name := range others {
		if _, ok := notElements[name]; !ok {
			t.Errorf("type %s is not an element: give *%s the methods of Element next to its declaration, or list it in notElements", name, name)
		}
	}
	inKinds := map[string]bool{}
	for _, k := range kinds {
		inKinds[reflect.TypeOf(k).Elem().Name()] = true
	}
	for name, ifaces := range elements {
		if len(ifaces) > 0 && !inKinds[name] {
			t.Errorf("*%s implements %s: add &%s{} to kinds in inspect_test.go", name, strings.Join(ifaces, " and "), name)
		}
	}

	reached := map[string]bool{}
	children := map[Element][]Element{} // the elements Inspect visits under each
	var path []Element
	Inspect(fullModel(), func(e Element) bool {
		if e == nil {
			path = path[:len(path)-1]
			return true
		}
		if n := len(path); n > 0 {
			children[path[n-1]] = append(children[path[n-1]], e)
		}
		children[e] = nil
		path = append(path, e)
		v := reflect.ValueOf(e).Elem()
		name := v.Type().Name()
		reached[name] = true
		var got []string
		Strings(e, func(s string) { got = append(got, s) })
		if diff := cmp.Diff(ownStrings(v), got); diff != "" {
			t.Errorf("Strings(*%s) mismatch (-fields +Strings):\n%s", name, diff)
		}
		if want := ownPos(v); e.Position() != want {
			t.Errorf("(*%s).Position() = %v, want %v", name, e.Position(), want)
		}
		return true
	})
	wrong := map[string]string{} // by type, what is wrong with the order
	for e, got := range children {
		if want := ownChildren(reflect.ValueOf(e).Elem()); !slices.Equal(got, want) {
			wrong[reflect.TypeOf(e).Elem().Name()] = fmt.Sprintf("visits [%s]; its fields hold [%s], in this order", typeNames(got), typeNames(want))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(wrong)) {
		t.Errorf("under *%s Inspect %s", name, wrong[name])
	}
	var missing []string
	for name := range elements {
		if !reached[name] {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("Inspect does not reach %s: hold each in a field of an element, and visit that field in the walk method of the type that holds it", strings.Join(missing, ", "))
	}
}

// typeNames names the types of list.
func typeNames(list []Element) string {
	var names []string
	for _, e := range list {
		names = append(names, reflect.TypeOf(e).Elem().Name())
	}
	return strings.Join(names, ", ")
}

// TestInspectOrder checks the documented order on a small model: an
// element, then what it holds in field order, then nil.
func TestInspectOrder(t *testing.T) {
	var typed *Graph
	d := &Diagram{
		Body: &Split{Items: []Panel{
			&Graph{
				PanelHead: PanelHead{ID: "g"},
				Nodes:     []*Node{{ID: "a"}, nil, {ID: "b"}},
				Edges:     []*Edge{{ID: "a->b"}},
				Groups:    []*Group{{ID: "outer", Groups: []*Group{{ID: "inner"}}}},
			},
			typed,
			nil,
			&Plot{PanelHead: PanelHead{ID: "p"}, Marks: []PlotMark{&Curve{MarkHead: MarkHead{ID: "c"}, Y: Formula{Text: "x"}}}},
		}},
		Legend: []LegendItem{{Label: "solid line"}},
		Script: &Script{Steps: []*Step{{Caption: "one", Actions: []*Action{{Kind: Together, Actions: []*Action{{Targets: []string{"a"}}}}}}}},
	}
	var got []string
	Inspect(d, func(e Element) bool {
		if e == nil {
			got = append(got, "end")
			return true
		}
		name := reflect.TypeOf(e).Elem().Name()
		Strings(e, func(s string) {
			if s != "" {
				name += " " + s
			}
		})
		got = append(got, name)
		return true
	})
	want := []string{
		"Diagram",
		"Split",
		"Graph g", "Node a", "end", "Node b", "end", "Edge a->b", "end",
		"Group outer", "Group inner", "end", "end", "end",
		"Plot p", "Axis", "end", "Axis", "end", "Curve c", "Formula x", "end", "end", "end",
		"end",
		"LegendItem solid line", "end",
		"Script", "Step one", "Action", "Action a", "end", "end", "end", "end",
		"end",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Inspect order mismatch (-want +got):\n%s", diff)
	}
}

// TestInspectPrune checks that an element for which f returns false is
// visited, but nothing it holds, and no nil follows it.
func TestInspectPrune(t *testing.T) {
	g := &Graph{Nodes: []*Node{{ID: "a"}}, Groups: []*Group{{ID: "outer", Groups: []*Group{{ID: "inner"}}}}}
	var got []string
	Inspect(g, func(e Element) bool {
		switch x := e.(type) {
		case nil:
			got = append(got, "end")
		case *Group:
			got = append(got, x.ID)
			return false
		case *Node:
			got = append(got, x.ID)
		}
		return true
	})
	want := []string{"a", "end", "outer", "end"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Inspect with pruning mismatch (-want +got):\n%s", diff)
	}
}
