package diag

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNestKinds checks that the depth limit counts every kind of element
// that can hold its own kind: the types of package diagram that reach
// themselves through their fields (through the panels, marks and sequence
// items that an interface field may hold) must be exactly the cases of
// nestKindOf. Any other kind nests a bounded number of times, so a model
// within the limits cannot be arbitrarily deep.
func TestNestKinds(t *testing.T) {
	pkg := checkDiagramPackage(t)
	scope := pkg.Scope()
	var structs []*types.Named
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if named, ok := tn.Type().(*types.Named); ok {
				if _, ok := named.Underlying().(*types.Struct); ok {
					structs = append(structs, named)
				}
			}
		}
	}
	// holds lists, for each struct type, the struct types its fields may
	// hold directly.
	holds := map[*types.Named][]*types.Named{}
	var add func(from *types.Named, t types.Type)
	add = func(from *types.Named, t types.Type) {
		switch x := t.(type) {
		case *types.Pointer:
			add(from, x.Elem())
		case *types.Slice:
			add(from, x.Elem())
		case *types.Array:
			add(from, x.Elem())
		case *types.Named:
			if x.Obj().Pkg() != pkg {
				return
			}
			switch u := x.Underlying().(type) {
			case *types.Struct:
				holds[from] = append(holds[from], x)
			case *types.Interface:
				for _, s := range structs {
					if types.Implements(types.NewPointer(s), u) {
						holds[from] = append(holds[from], s)
					}
				}
			default:
				add(from, u)
			}
		}
	}
	for _, s := range structs {
		st := s.Underlying().(*types.Struct)
		for i := 0; i < st.NumFields(); i++ {
			add(s, st.Field(i).Type())
		}
	}
	var recursive []string
	for _, s := range structs {
		seen := map[*types.Named]bool{}
		stack := slices.Clone(holds[s])
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[n] {
				continue
			}
			seen[n] = true
			stack = append(stack, holds[n]...)
		}
		if seen[s] {
			recursive = append(recursive, s.Obj().Name())
		}
	}
	sort.Strings(recursive)
	if diff := cmp.Diff(recursive, nestKindCases(t)); diff != "" {
		t.Errorf("the kinds that can hold their own kind differ from the cases of nestKindOf in limits.go (-diagram +nestKindOf):\n%s", diff)
	}
}

// checkDiagramPackage type-checks the non-test files of package diagram.
func checkDiagramPackage(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join("diagram", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("github.com/aiprep/diag/diagram", fset, files, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// nestKindCases returns the type names of the cases of nestKindOf in
// limits.go, sorted.
func nestKindCases(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "limits.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "nestKindOf" {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if cc, ok := n.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if star, ok := e.(*ast.StarExpr); ok {
						if sel, ok := star.X.(*ast.SelectorExpr); ok {
							out = append(out, sel.Sel.Name)
						}
					}
				}
			}
			return true
		})
	}
	if len(out) == 0 {
		t.Fatal("no cases found in nestKindOf in limits.go")
	}
	sort.Strings(out)
	return out
}
