package diagram

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// declared holds the result of checkedPackage.
var declared struct {
	once sync.Once
	pkg  *types.Package
	err  error
}

// checkedPackage returns the package as its non-test files declare it,
// type-checked once for all the tests that read its declarations.
func checkedPackage(t *testing.T) *types.Package {
	t.Helper()
	declared.once.Do(func() {
		fset := token.NewFileSet()
		names, err := filepath.Glob("*.go")
		if err != nil {
			declared.err = err
			return
		}
		var files []*ast.File
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				declared.err = err
				return
			}
			files = append(files, f)
		}
		conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
		declared.pkg, declared.err = conf.Check("diagram", fset, files, nil)
	})
	if declared.err != nil {
		t.Fatal(declared.err)
	}
	return declared.pkg
}

// notModelEnums are the enum types of the package that no element holds.
var notModelEnums = map[string]bool{"SpanShift": true}

// TestEnumConsts checks the consts method of every enum type, which
// Validate's range checks use, against the package's declarations: every
// exported integer type with constants that an element holds names its
// constants, in order of value, with no gap.
func TestEnumConsts(t *testing.T) {
	pkg := checkedPackage(t)
	type konst struct {
		name  string
		value int64
	}
	byType := map[string][]konst{}
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		named, ok := c.Type().(*types.Named)
		if !ok || named.Obj().Pkg() != pkg || !named.Obj().Exported() {
			continue
		}
		if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			continue
		}
		v, _ := constant.Int64Val(c.Val())
		byType[named.Obj().Name()] = append(byType[named.Obj().Name()], konst{name, v})
	}
	got := map[string][]string{}
	for typ, list := range byType {
		if notModelEnums[typ] {
			continue
		}
		sort.Slice(list, func(i, j int) bool { return list[i].value < list[j].value })
		for i, k := range list {
			if k.value != int64(i) {
				t.Errorf("%s: constant %s has the value %d, want %d: Validate checks that a value is one of 0 .. n-1", typ, k.name, k.value, i)
			}
			got[typ] = append(got[typ], k.name)
		}
	}
	if diff := cmp.Diff(got, modelEnums()); diff != "" {
		t.Errorf("the consts methods of the enum types that elements hold differ from the declarations; give an enum type a consts method naming its constants in order, or list a type no element holds in notModelEnums (-declared +consts):\n%s", diff)
	}
}

// modelEnums returns, by type name, what the consts method gives of every
// enum type that a field of an element holds.
func modelEnums() map[string][]string {
	type enum interface{ consts() []string }
	out := map[string][]string{}
	var fields func(v reflect.Value)
	fields = func(v reflect.Value) {
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			fv := v.Field(i)
			switch x := fv.Interface().(type) {
			case enum:
				out[fv.Type().Name()] = x.consts()
			default:
				if v.Type().Field(i).Anonymous && fv.Kind() == reflect.Struct {
					fields(fv)
				}
			}
		}
	}
	Inspect(fullModel(), func(e Element) bool {
		if e != nil {
			fields(reflect.ValueOf(e).Elem())
		}
		return true
	})
	return out
}

// TestEnumStringOutOfRange checks that the String method of every enum
// type gives its default name for a value below or above its constants, as
// a model built in Go may hold, instead of panicking.
func TestEnumStringOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		str  func(int) string
		want string
	}{
		{"Direction", func(i int) string { return Direction(i).String() }, "down"},
		{"Shape", func(i int) string { return Shape(i).String() }, "box"},
		{"NoteStyle", func(i int) string { return NoteStyle(i).String() }, "plain"},
		{"LegendPlace", func(i int) string { return LegendPlace(i).String() }, "none"},
		{"Marker", func(i int) string { return Marker(i).String() }, "none"},
		{"ActionKind", func(i int) string { return ActionKind(i).String() }, "?"},
		{"MessageKind", func(i int) string { return MessageKind(i).String() }, "sync"},
		{"FrameKind", func(i int) string { return FrameKind(i).String() }, "loop"},
		{"Tone", func(i int) string { return Tone(i).String() }, "neutral"},
		{"Theme", func(i int) string { return Theme(i).String() }, "auto"},
	}
	for _, tt := range tests {
		for _, i := range []int{-1, 1000} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s(%d).String() panics: %v", tt.name, i, r)
					}
				}()
				if got := tt.str(i); got != tt.want {
					t.Errorf("%s(%d).String() = %q, want %q", tt.name, i, got, tt.want)
				}
			}()
		}
	}
}
