package diag_test

import (
	"bufio"
	"fmt"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// The import rules keep the pipeline's arrows pointing one way:
//
//	dsl → diagram; layout → diagram; animate → layout, diagram;
//	svg → animate, layout, diagram; root diag → all stages; cmd → anything.
//
// Packages are named by their path inside the module ("" is the root
// package). A pattern "x/..." matches x and every package below it; any
// other pattern matches one package. For each package the first rule whose
// From pattern matches applies, and every import of a package in this
// module must match one of the rule's Allow patterns. Imports from outside
// the module (the standard library, dependencies) are not checked here.

// anyone lists the leaf packages every package may import.
var anyone = []string{"expr/...", "font/...", "icon/...", "internal/..."}

// leafAllow is what a leaf package may import: other leaves, and the model
// package diagram, whose Error and Pos every package reports problems with.
// It imports no stage (dsl, layout, animate, svg, root, site, cmd).
var leafAllow = join(anyone, "diagram")

// layoutLeaves are parts of layout that import no pipeline stage.
var layoutLeaves = []string{"layout/quality/...", "layout/graph/layered/...", "layout/plotmath/...", "scene/geom"}

// importRule says which packages of the module the packages matching From
// may import.
type importRule struct {
	From  string
	Allow []string
}

// importRules is the rule table, most specific patterns first. A package
// that matches no rule fails the test: add a rule when you add a package.
var importRules = []importRule{
	{From: "cmd/...", Allow: []string{"..."}},
	{From: "bench/...", Allow: []string{"..."}}, // benchmark programs, like commands
	{From: "internal/...", Allow: leafAllow},
	{From: "expr/...", Allow: leafAllow},
	{From: "font/...", Allow: leafAllow},
	{From: "icon/...", Allow: leafAllow},
	{From: "curriculum/...", Allow: join(leafAllow, "curriculum/...")},
	{From: "layout/quality/...", Allow: join(leafAllow, layoutLeaves...)},
	{From: "layout/graph/layered/...", Allow: join(leafAllow, layoutLeaves...)},
	{From: "layout/plotmath/...", Allow: join(leafAllow, layoutLeaves...)},
	{From: "diagram/...", Allow: join(anyone, "diagram/...")},
	{From: "scene/...", Allow: []string{"scene/...", "diagram"}},
	{From: "dsl/...", Allow: join(anyone, "dsl/...", "diagram")},
	{From: "layout/...", Allow: join(anyone, "layout/...", "scene/...", "diagram")},
	{From: "animate/...", Allow: join(anyone, "animate/...", "layout", "scene", "diagram")},
	{From: "svg/...", Allow: join(anyone, "svg/...", "animate", "layout/...", "scene/...", "diagram")},
	{From: "site/...", Allow: join(anyone, "site/...", "curriculum", "diagram")},
	{From: "", Allow: join(anyone, "dsl", "layout/...", "scene/...", "animate", "svg", "diagram", "curriculum")},
}

// join returns a new slice holding list followed by more.
func join(list []string, more ...string) []string {
	return append(slices.Clip(list), more...)
}

// matchPattern reports whether the package pkg matches pattern.
func matchPattern(pattern, pkg string) bool {
	if pattern == "..." {
		return true
	}
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return pkg == pattern
}

// importEdge is one import of a module package by a file of another.
type importEdge struct {
	From   string // importing package, relative to the module ("" for root)
	Import string // imported package, relative to the module
	File   string // importing file, slash path relative to the module root
}

// checkImports returns one line for each edge that breaks a rule, for each
// import of cmd/..., and for each import cycle.
func checkImports(edges []importEdge) []string {
	var problems []string
	for _, e := range edges {
		if matchPattern("cmd/...", e.Import) && !matchPattern("cmd/...", e.From) {
			problems = append(problems, fmt.Sprintf("%s: imports %s: nothing outside cmd may import cmd", e.File, display(e.Import)))
			continue
		}
		rule, ok := ruleFor(e.From)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: package %s has no import rule; add one to importRules in imports_test.go", e.File, display(e.From)))
			continue
		}
		if !slices.ContainsFunc(rule.Allow, func(p string) bool { return matchPattern(p, e.Import) }) {
			problems = append(problems, fmt.Sprintf("%s: package %s may not import %s (allowed: %s)", e.File, display(e.From), display(e.Import), strings.Join(rule.Allow, ", ")))
		}
	}
	problems = append(problems, findCycles(edges)...)
	return problems
}

// ruleFor returns the first rule matching pkg.
func ruleFor(pkg string) (importRule, bool) {
	for _, r := range importRules {
		if matchPattern(r.From, pkg) {
			return r, true
		}
	}
	return importRule{}, false
}

// display names a module-relative package for messages.
func display(pkg string) string {
	if pkg == "" {
		return "diag (root)"
	}
	return pkg
}

// findCycles reports each import cycle once, as a chain of packages starting
// at the smallest package name in it.
func findCycles(edges []importEdge) []string {
	next := map[string][]string{}
	var pkgs []string
	for _, e := range edges {
		if !slices.Contains(next[e.From], e.Import) {
			next[e.From] = append(next[e.From], e.Import)
		}
		pkgs = append(pkgs, e.From, e.Import)
	}
	slices.Sort(pkgs)
	pkgs = slices.Compact(pkgs)
	for _, list := range next {
		slices.Sort(list)
	}

	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	seen := map[string]bool{}
	var problems []string
	var stack []string
	var visit func(p string)
	visit = func(p string) {
		state[p] = onPath
		stack = append(stack, p)
		for _, q := range next[p] {
			switch state[q] {
			case unseen:
				visit(q)
			case onPath:
				cycle := slices.Clone(stack[slices.Index(stack, q):])
				key := canonicalCycle(cycle)
				if !seen[key] {
					seen[key] = true
					problems = append(problems, "import cycle: "+key)
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[p] = done
	}
	for _, p := range pkgs {
		if state[p] == unseen {
			visit(p)
		}
	}
	return problems
}

// canonicalCycle rotates cycle to start at its smallest name and writes it
// as "a → b → a".
func canonicalCycle(cycle []string) string {
	start := 0
	for i, p := range cycle {
		if p < cycle[start] {
			start = i
		}
	}
	var names []string
	for i := range len(cycle) + 1 {
		names = append(names, display(cycle[(start+i)%len(cycle)]))
	}
	return strings.Join(names, " → ")
}

// collectImports parses every non-test .go file under root (skipping
// testdata, hidden folders, nested modules and files built only with the
// "ignore" tag) and returns its imports of packages in the module.
func collectImports(root, module string) ([]importEdge, error) {
	var edges []importEdge
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p == root {
				return nil
			}
			if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		ignored, err := buildIgnored(p)
		if err != nil || ignored {
			return err
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		from := path.Dir(rel)
		if from == "." {
			from = ""
		}
		for _, spec := range f.Imports {
			imp, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return err
			}
			if imp != module && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			imp = strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			edges = append(edges, importEdge{From: from, Import: imp, File: rel})
		}
		return nil
	})
	return edges, err
}

// buildIgnored reports whether the file at p carries a build constraint
// that needs the "ignore" tag, the usual mark of a generator program that
// is no part of any package.
func buildIgnored(p string) (bool, error) {
	f, err := os.Open(p)
	if err != nil {
		return false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") && !constraint.IsGoBuild(line) {
			continue
		}
		if !constraint.IsGoBuild(line) {
			return false, nil // the build constraint, if any, comes before the package clause
		}
		expr, err := constraint.Parse(line)
		if err != nil {
			return false, err
		}
		return expr.Eval(func(tag string) bool { return tag != "ignore" }) == false &&
			expr.Eval(func(tag string) bool { return true }), nil
	}
	return false, sc.Err()
}

// modulePath reads the module path from go.mod in dir.
func modulePath(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", fmt.Errorf("go.mod: no module line")
}

func TestImportDirection(t *testing.T) {
	module, err := modulePath(".")
	if err != nil {
		t.Fatal(err)
	}
	edges, err := collectImports(".", module)
	if err != nil {
		t.Fatal(err)
	}
	if len(edges) == 0 {
		t.Fatal("found no imports between packages of the module; is the walk broken?")
	}
	for _, p := range checkImports(edges) {
		t.Error(p)
	}
}

func TestCheckImports(t *testing.T) {
	tests := []struct {
		name  string
		edges []importEdge
		want  []string
	}{
		{
			name: "allowed arrows",
			edges: []importEdge{
				{"dsl", "diagram", "dsl/parse.go"},
				{"dsl", "expr", "dsl/expr.go"},
				{"layout", "diagram", "layout/scene.go"},
				{"layout", "font", "layout/text.go"},
				{"layout", "layout/graph/layered", "layout/graph.go"},
				{"layout/graph/layered", "layout/plotmath", "layout/graph/layered/x.go"},
				{"animate", "layout", "animate/build.go"},
				{"svg", "animate", "svg/write.go"},
				{"svg", "font", "svg/font.go"},
				{"", "svg", "diag.go"},
				{"cmd/diag", "site", "cmd/diag/site.go"},
				{"site", "curriculum", "site/build.go"},
				{"internal/golden", "internal/atomicfile", "internal/golden/golden.go"},
				{"expr", "diagram", "expr/parse.go"},
			},
		},
		{
			name:  "model imports a stage",
			edges: []importEdge{{"diagram", "layout", "diagram/bad.go"}},
			want:  []string{"diagram/bad.go: package diagram may not import layout (allowed: expr/..., font/..., icon/..., internal/..., diagram/...)"},
		},
		{
			name:  "arrow backwards",
			edges: []importEdge{{"layout", "animate", "layout/x.go"}},
			want:  []string{"layout/x.go: package layout may not import animate (allowed: expr/..., font/..., icon/..., internal/..., layout/..., scene/..., diagram)"},
		},
		{
			name:  "leaf imports pipeline",
			edges: []importEdge{{"layout/quality", "layout", "layout/quality/q.go"}},
			want:  []string{"layout/quality/q.go: package layout/quality may not import layout (allowed: expr/..., font/..., icon/..., internal/..., diagram, layout/quality/..., layout/graph/layered/..., layout/plotmath/..., scene/geom)"},
		},
		{
			name:  "dsl skips to svg",
			edges: []importEdge{{"dsl", "svg", "dsl/y.go"}},
			want:  []string{"dsl/y.go: package dsl may not import svg (allowed: expr/..., font/..., icon/..., internal/..., dsl/..., diagram)"},
		},
		{
			name:  "leaf imports a stage",
			edges: []importEdge{{"expr", "dsl", "expr/x.go"}},
			want:  []string{"expr/x.go: package expr may not import dsl (allowed: expr/..., font/..., icon/..., internal/..., diagram)"},
		},
		{
			name: "model and leaf in a cycle",
			edges: []importEdge{
				{"expr", "diagram", "expr/parse.go"},
				{"diagram", "expr", "diagram/plot.go"},
			},
			want: []string{"import cycle: diagram → expr → diagram"},
		},
		{
			name:  "import of cmd",
			edges: []importEdge{{"", "cmd/diag", "diag.go"}},
			want:  []string{"diag.go: imports cmd/diag: nothing outside cmd may import cmd"},
		},
		{
			name:  "unknown package",
			edges: []importEdge{{"newpkg", "diagram", "newpkg/a.go"}},
			want:  []string{"newpkg/a.go: package newpkg has no import rule; add one to importRules in imports_test.go"},
		},
		{
			name: "cycle",
			edges: []importEdge{
				{"internal/b", "internal/c", "internal/b/b.go"},
				{"internal/c", "internal/a", "internal/c/c.go"},
				{"internal/a", "internal/b", "internal/a/a.go"},
			},
			want: []string{"import cycle: internal/a → internal/b → internal/c → internal/a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkImports(tt.edges)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("checkImports(%v) mismatch (-want +got):\n%s", tt.edges, diff)
			}
		})
	}
}

func TestCollectImports(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"go.mod":            "module example.com/m\n",
		"a.go":              "package m\nimport (\n\t\"fmt\"\n\t\"example.com/m/dsl\"\n)\n",
		"dsl/p.go":          "package dsl\nimport \"example.com/m/diagram\"\n",
		"dsl/p_test.go":     "package dsl\nimport \"example.com/m/svg\"\n",
		"dsl/testdata/x.go": "package x\nimport \"example.com/m/svg\"\n",
		"font/gen.go":       "//go:build ignore\n\npackage main\nimport \"example.com/m/svg\"\n",
		"font/font.go":      "//go:build linux || !linux\n\npackage font\nimport \"example.com/m/expr\"\n",
		"sub/go.mod":        "module example.com/sub\n",
		"sub/s.go":          "package sub\nimport \"example.com/m/svg\"\n",
		".hidden/h.go":      "package h\nimport \"example.com/m/svg\"\n",
	}
	filetree.Write(t, root, files)
	got, err := collectImports(root, "example.com/m")
	if err != nil {
		t.Fatal(err)
	}
	want := []importEdge{
		{"", "dsl", "a.go"},
		{"dsl", "diagram", "dsl/p.go"},
		{"font", "expr", "font/font.go"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("collectImports mismatch (-want +got):\n%s", diff)
	}
}
