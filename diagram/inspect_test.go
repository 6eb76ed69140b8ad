package diagram

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// elementTypes are the types whose pointers are Elements, by name.
// TestInspectReachesEveryType fails when the package declares an exported
// struct type that is neither here nor in notElements: a new part of the
// model must be added to Inspect, to Strings and to this list.
var elementTypes = map[string]reflect.Type{
	"Diagram":      reflect.TypeFor[Diagram](),
	"Split":        reflect.TypeFor[Split](),
	"Graph":        reflect.TypeFor[Graph](),
	"Node":         reflect.TypeFor[Node](),
	"Edge":         reflect.TypeFor[Edge](),
	"Group":        reflect.TypeFor[Group](),
	"Plot":         reflect.TypeFor[Plot](),
	"Axis":         reflect.TypeFor[Axis](),
	"Formula":      reflect.TypeFor[Formula](),
	"Curve":        reflect.TypeFor[Curve](),
	"Scatter":      reflect.TypeFor[Scatter](),
	"Blobs":        reflect.TypeFor[Blobs](),
	"Sampled":      reflect.TypeFor[Sampled](),
	"PlotPath":     reflect.TypeFor[PlotPath](),
	"PlotArea":     reflect.TypeFor[PlotArea](),
	"Region":       reflect.TypeFor[Region](),
	"Contour":      reflect.TypeFor[Contour](),
	"Rule":         reflect.TypeFor[Rule](),
	"PlotLabel":    reflect.TypeFor[PlotLabel](),
	"Matrix":       reflect.TypeFor[Matrix](),
	"MatrixRow":    reflect.TypeFor[MatrixRow](),
	"Cell":         reflect.TypeFor[Cell](),
	"HeatScale":    reflect.TypeFor[HeatScale](),
	"Outline":      reflect.TypeFor[Outline](),
	"Note":         reflect.TypeFor[Note](),
	"NoteLine":     reflect.TypeFor[NoteLine](),
	"Tree":         reflect.TypeFor[Tree](),
	"TreeNode":     reflect.TypeFor[TreeNode](),
	"Sequence":     reflect.TypeFor[Sequence](),
	"Actor":        reflect.TypeFor[Actor](),
	"Message":      reflect.TypeFor[Message](),
	"SeqNote":      reflect.TypeFor[SeqNote](),
	"Frame":        reflect.TypeFor[Frame](),
	"FrameSection": reflect.TypeFor[FrameSection](),
	"Timeline":     reflect.TypeFor[Timeline](),
	"Segment":      reflect.TypeFor[Segment](),
	"Stack":        reflect.TypeFor[Stack](),
	"Band":         reflect.TypeFor[Band](),
	"StackItem":    reflect.TypeFor[StackItem](),
	"StackNote":    reflect.TypeFor[StackNote](),
	"LegendItem":   reflect.TypeFor[LegendItem](),
	"Ask":          reflect.TypeFor[Ask](),
	"Script":       reflect.TypeFor[Script](),
	"Step":         reflect.TypeFor[Step](),
	"Action":       reflect.TypeFor[Action](),
}

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

// exportedStructs returns the names of the exported struct types that the
// package's non-test files declare.
func exportedStructs(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if _, ok := ts.Type.(*ast.StructType); ok && ts.Name.IsExported() {
					names = append(names, ts.Name.Name)
				}
			}
		}
	}
	sort.Strings(names)
	return names
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

// implementers returns the element types whose pointers implement the
// interface type it, sorted by name.
func implementers(it reflect.Type) []reflect.Type {
	var out []reflect.Type
	for _, t := range elementTypes {
		if reflect.PointerTo(t).Implements(it) {
			out = append(out, t)
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

// TestInspectReachesEveryType walks a model that holds every kind of
// element and checks that Inspect reaches an element of each exported
// struct type of the package (but those listed as not elements), that
// Strings gives every string field of each, in order, and that Position
// gives its Pos field.
func TestInspectReachesEveryType(t *testing.T) {
	for _, name := range exportedStructs(t) {
		_, elem := elementTypes[name]
		if _, not := notElements[name]; !elem && !not {
			t.Errorf("type %s is neither an element (add it to Inspect, Strings and elementTypes) nor listed in notElements", name)
		}
	}
	reached := map[reflect.Type]bool{}
	Inspect(fullModel(), func(e Element) bool {
		if e == nil {
			return true
		}
		v := reflect.ValueOf(e).Elem()
		reached[v.Type()] = true
		var got []string
		Strings(e, func(s string) { got = append(got, s) })
		if diff := cmp.Diff(ownStrings(v), got); diff != "" {
			t.Errorf("Strings(*%s) mismatch (-fields +Strings):\n%s", v.Type().Name(), diff)
		}
		if want := ownPos(v); e.Position() != want {
			t.Errorf("(*%s).Position() = %v, want %v", v.Type().Name(), e.Position(), want)
		}
		return true
	})
	var missing []string
	for name, typ := range elementTypes {
		if !reached[typ] {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("Inspect does not reach %s", strings.Join(missing, ", "))
	}
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
