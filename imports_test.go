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
//	dsl → diagram; layout → diagram, scene; animate → scene, diagram;
//	svg → animate, scene, diagram; root diag → the stages; cmd → anything.
//
// Inside layout, the core imports the panel kinds and the helpers they
// share (layout/text, layout/draw, layout/panel); a panel kind imports
// only those helpers, never another kind or the core. Neither the model
// (diagram) nor the picture (scene) imports a stage.
//
// Packages are named by their path inside the module ("" is the root
// package). A pattern "x/..." matches x and every package below it; any
// other pattern matches one package. An element "*" of a pattern matches
// any one element of a path; in a rule whose From holds a "*", the "*" of
// its Allow patterns stands for the element it matched, so that a panel
// kind layout/K may import layout/K/... and no other kind. For each
// package the first rule whose From pattern matches applies, and every
// import of a package in this module must match one of the rule's Allow
// patterns. Three rules hold for
// every package, cmd included: nothing outside cmd imports cmd; nothing
// outside layout/quality imports layout/quality (it is for tests and the
// benchmark); and only dsl imports the parser generator participle, which
// is the one import from outside the module that is checked here.

// anyone lists the leaf packages every package may import.
var anyone = []string{"expr/...", "font/...", "icon/...", "internal/..."}

// leafAllow is what a leaf package may import: other leaves, and the model
// package diagram, whose Error and Pos every package reports problems with.
// It imports no stage (dsl, layout, animate, svg, root, site, cmd).
var leafAllow = join(anyone, "diagram")

// layoutShared are the packages under layout that the core and the panel
// kinds share; every other package right under layout is a panel kind
// (layout/graph, layout/plot, ...), so a new kind needs no rule of its own.
var layoutShared = []string{"layout/text", "layout/draw", "layout/panel", "layout/plotmath", "layout/tensor"}

// kindShared is what every panel kind may import: the leaves, the model,
// the scene, and the helpers and glyphs the layout shares with the kinds.
var kindShared = join(join(anyone, "diagram", "scene"), layoutShared...)

// qualityPkg is the package of the quality checks, which no other package
// imports.
const qualityPkg = "layout/quality"

// participle is the parser generator, which only dsl imports.
const participle = "github.com/alecthomas/participle"

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
	{From: "diagram/...", Allow: join(anyone, "diagram/...")},
	{From: "scene/...", Allow: []string{"scene/...", "diagram"}},
	{From: "layout/quality/...", Allow: join(leafAllow, "layout/quality/...", "scene/geom")},
	{From: "layout/graph/layered/...", Allow: join(leafAllow, "layout/graph/layered/...")},
	{From: "layout/plotmath/...", Allow: join(leafAllow, "layout/plotmath/...")},
	{From: "layout/text/...", Allow: join(anyone, "layout/text/...", "diagram", "scene")},
	{From: "layout/panel/...", Allow: join(anyone, "layout/panel/...", "diagram", "scene")},
	{From: "layout/draw/...", Allow: join(anyone, "layout/draw/...", "diagram", "scene", "layout/text")},
	{From: "layout/tensor/...", Allow: join(anyone, "layout/tensor/...", "diagram", "scene", "layout/text")},
	{From: "layout/*/...", Allow: join(kindShared, "layout/*/...")}, // a panel kind
	{From: "layout", Allow: join(kindShared, "layout/*", "layout/graph/layered")},
	{From: "dsl/...", Allow: join(anyone, "dsl/...", "diagram")},
	{From: "animate/...", Allow: join(anyone, "animate/...", "scene", "diagram")},
	{From: "svg/...", Allow: join(anyone, "svg/...", "animate", "scene", "diagram")},
	{From: "site/...", Allow: join(anyone, "site/...", "curriculum", "diagram")},
	{From: "", Allow: join(anyone, "dsl", "layout", "scene/...", "animate", "svg", "diagram")},
}

// join returns a new slice holding list followed by more.
func join[T any](list []T, more ...T) []T {
	return append(slices.Clip(list), more...)
}

// matchPattern reports whether the package pkg matches pattern.
func matchPattern(pattern, pkg string) bool {
	_, ok := bind(pattern, pkg)
	return ok
}

// bind reports whether the package pkg matches pattern and returns the
// element that the pattern's "*", if any, matched.
func bind(pattern, pkg string) (star string, ok bool) {
	if pattern == "..." {
		return "", true
	}
	base, below := strings.CutSuffix(pattern, "/...")
	pat := strings.Split(base, "/")
	path := strings.Split(pkg, "/")
	if len(path) < len(pat) || !below && len(path) != len(pat) || pkg == "" && base != "" {
		return "", false
	}
	for i, p := range pat {
		switch {
		case p == "*":
			star = path[i]
		case p != path[i]:
			return "", false
		}
	}
	return star, true
}

// importEdge is one import of a package by a file of a module package.
type importEdge struct {
	From string // importing package, relative to the module ("" for root)
	// Import is the imported package: relative to the module, or its full
	// path for a package from outside the module (see external).
	Import string
	File   string // importing file, slash path relative to the module root
}

// external reports whether an imported path names a package from outside
// the module: the first element of such a path has a dot, as in
// github.com/...; a module package's relative path never does.
func external(imp string) bool {
	first, _, _ := strings.Cut(imp, "/")
	return strings.Contains(first, ".")
}

// requiredImports lists imports that must be there: the renderer and the
// animation read the scene package.
var requiredImports = []importEdge{{From: "svg", Import: "scene"}, {From: "animate", Import: "scene"}}

// checkImports returns one line for each edge that breaks a rule, for each
// import of cmd/..., of layout/quality or of participle from a package that
// may not import it, for each required import missing from a package that
// has imports, and for each import cycle.
func checkImports(edges []importEdge) []string {
	var problems []string
	for _, e := range edges {
		switch {
		case external(e.Import):
			if (e.Import == participle || strings.HasPrefix(e.Import, participle+"/")) && !matchPattern("dsl/...", e.From) {
				problems = append(problems, fmt.Sprintf("%s: imports %s: only dsl may import participle", e.File, e.Import))
			}
			continue
		case matchPattern("cmd/...", e.Import) && !matchPattern("cmd/...", e.From):
			problems = append(problems, fmt.Sprintf("%s: imports %s: nothing outside cmd may import cmd", e.File, display(e.Import)))
			continue
		case matchPattern(qualityPkg+"/...", e.Import) && !matchPattern(qualityPkg+"/...", e.From):
			problems = append(problems, fmt.Sprintf("%s: imports %s: only tests and the benchmark may import it", e.File, display(e.Import)))
			continue
		}
		rule, ok := ruleFor(e.From)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: package %s has no import rule; add one to importRules in imports_test.go", e.File, display(e.From)))
			continue
		}
		allow := rule.Allow
		if star, _ := bind(rule.From, e.From); star != "" {
			allow = slices.Clone(allow)
			for i, p := range allow {
				allow[i] = strings.Replace(p, "*", star, 1)
			}
		}
		if !slices.ContainsFunc(allow, func(p string) bool { return matchPattern(p, e.Import) }) {
			problems = append(problems, fmt.Sprintf("%s: package %s may not import %s (allowed: %s)", e.File, display(e.From), display(e.Import), strings.Join(allow, ", ")))
		}
	}
	for _, req := range requiredImports {
		has, imports := false, false
		for _, e := range edges {
			if e.From == req.From {
				has = true
				imports = imports || e.Import == req.Import
			}
		}
		if has && !imports {
			problems = append(problems, fmt.Sprintf("package %s does not import %s", display(req.From), display(req.Import)))
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
		if external(e.Import) {
			continue
		}
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
// "ignore" tag) and returns its imports of packages in the module and of
// packages from outside it, the standard library left out.
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
			switch {
			case imp == module || strings.HasPrefix(imp, module+"/"):
				imp = strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			case !external(imp):
				continue // the standard library
			}
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
				{"dsl", "github.com/alecthomas/participle/v2", "dsl/parser.go"},
				{"layout", "diagram", "layout/layout.go"},
				{"layout", "layout/graph", "layout/kinds.go"},
				{"layout/graph", "layout/graph/layered", "layout/graph/graph.go"},
				{"layout/graph", "layout/panel", "layout/graph/graph.go"},
				{"layout/plot", "layout/plotmath", "layout/plot/plot.go"},
				{"layout/text", "font", "layout/text/text.go"},
				{"layout/quality", "scene/geom", "layout/quality/measure.go"},
				{"scene", "scene/geom", "scene/geometry.go"},
				{"animate", "scene", "animate/build.go"},
				{"svg", "animate", "svg/render.go"},
				{"svg", "scene", "svg/render.go"},
				{"svg", "github.com/ajstarks/svgo/float", "svg/render.go"},
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
			name:  "scene imports a stage",
			edges: []importEdge{{"scene", "layout/text", "scene/bad.go"}},
			want:  []string{"scene/bad.go: package scene may not import layout/text (allowed: scene/..., diagram)"},
		},
		{
			name:  "arrow backwards",
			edges: []importEdge{{"layout/tree", "animate", "layout/tree/x.go"}},
			want:  []string{"layout/tree/x.go: package layout/tree may not import animate (allowed: expr/..., font/..., icon/..., internal/..., diagram, scene, layout/text, layout/draw, layout/panel, layout/plotmath, layout/tensor, layout/tree/...)"},
		},
		{
			name: "a new panel kind needs no rule of its own",
			edges: []importEdge{
				{"layout", "layout/bars", "layout/kinds.go"},
				{"layout/bars", "layout/panel", "layout/bars/bars.go"},
				{"layout/bars", "layout/bars/scale", "layout/bars/bars.go"},
				{"layout/bars/scale", "layout/plotmath", "layout/bars/scale/scale.go"},
			},
		},
		{
			name:  "a panel kind imports another",
			edges: []importEdge{{"layout/sequence", "layout/graph", "layout/sequence/x.go"}},
			want:  []string{"layout/sequence/x.go: package layout/sequence may not import layout/graph (allowed: expr/..., font/..., icon/..., internal/..., diagram, scene, layout/text, layout/draw, layout/panel, layout/plotmath, layout/tensor, layout/sequence/...)"},
		},
		{
			name:  "a panel kind imports the core",
			edges: []importEdge{{"layout/note", "layout", "layout/note/x.go"}},
			want:  []string{"layout/note/x.go: package layout/note may not import layout (allowed: expr/..., font/..., icon/..., internal/..., diagram, scene, layout/text, layout/draw, layout/panel, layout/plotmath, layout/tensor, layout/note/...)"},
		},
		{
			name: "renderer and animation import a panel layout",
			edges: []importEdge{
				{"svg", "scene", "svg/render.go"},
				{"svg", "layout/plot", "svg/x.go"},
				{"animate", "scene", "animate/build.go"},
				{"animate", "layout", "animate/y.go"},
			},
			want: []string{
				"svg/x.go: package svg may not import layout/plot (allowed: expr/..., font/..., icon/..., internal/..., svg/..., animate, scene, diagram)",
				"animate/y.go: package animate may not import layout (allowed: expr/..., font/..., icon/..., internal/..., animate/..., scene, diagram)",
			},
		},
		{
			name:  "renderer without the scene",
			edges: []importEdge{{"svg", "diagram", "svg/render.go"}},
			want:  []string{"package svg does not import scene"},
		},
		{
			name:  "leaf imports pipeline",
			edges: []importEdge{{"layout/quality", "layout", "layout/quality/q.go"}},
			want:  []string{"layout/quality/q.go: package layout/quality may not import layout (allowed: expr/..., font/..., icon/..., internal/..., diagram, layout/quality/..., scene/geom)"},
		},
		{
			name: "production code imports the quality checks",
			edges: []importEdge{
				{"", "layout/quality", "diag.go"},
				{"cmd/diag", "layout/quality", "cmd/diag/layout.go"},
				{"layout", "layout/quality", "layout/layout.go"},
			},
			want: []string{
				"diag.go: imports layout/quality: only tests and the benchmark may import it",
				"cmd/diag/layout.go: imports layout/quality: only tests and the benchmark may import it",
				"layout/layout.go: imports layout/quality: only tests and the benchmark may import it",
			},
		},
		{
			name: "participle outside dsl",
			edges: []importEdge{
				{"layout", "github.com/alecthomas/participle/v2/lexer", "layout/x.go"},
				{"cmd/diag", "github.com/alecthomas/participle/v2", "cmd/diag/y.go"},
			},
			want: []string{
				"layout/x.go: imports github.com/alecthomas/participle/v2/lexer: only dsl may import participle",
				"cmd/diag/y.go: imports github.com/alecthomas/participle/v2: only dsl may import participle",
			},
		},
		{
			name:  "engine imports the curriculum",
			edges: []importEdge{{"", "curriculum", "sheet.go"}},
			want:  []string{"sheet.go: package diag (root) may not import curriculum (allowed: expr/..., font/..., icon/..., internal/..., dsl, layout, scene/..., animate, svg, diagram)"},
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
		"dsl/p.go":          "package dsl\nimport (\n\t\"example.com/m/diagram\"\n\t\"github.com/alecthomas/participle/v2\"\n\t\"strings\"\n)\n",
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
		{"dsl", "github.com/alecthomas/participle/v2", "dsl/p.go"},
		{"font", "expr", "font/font.go"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("collectImports mismatch (-want +got):\n%s", diff)
	}
}
