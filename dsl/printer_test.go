package dsl

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// formatCases are sources and their canonical layout.
var formatCases = []struct{ name, in, want string }{
	{"spaces", "title   \"T\"  \ngraph g   direction right{\n a->b   \"x\"\n}\n",
		"title \"T\"\ngraph g direction right {\n  a -> b \"x\"\n}\n"},
	{"indentation", "row {\n\t\tgraph g {\n\t\t\t\ta\n      }\n}\n",
		"row {\n  graph g {\n    a\n  }\n}\n"},
	{"blank lines", "\n\n\ntitle \"T\"\n\n\n\ngraph g {\n\n  a\n\n\n  b\n\n}\n\n\n",
		"title \"T\"\n\ngraph g {\n  a\n\n  b\n}\n"},
	{"one-line block stays", "animate {\n  step \"s\" 1s {show a;show b}\n  step \"t\" 1s {   }\n}\n",
		"animate {\n  step \"s\" 1s { show a; show b }\n  step \"t\" 1s { }\n}\n"},
	{"nested one-line blocks", "animate { step \"s\" 1s { together { show a; show b }; show c } }\n",
		"animate { step \"s\" 1s { together { show a; show b }; show c } }\n"},
	{"semicolons become lines", "graph g {\n  a -> b; b -> c ;c -> d\n}\ntitle \"T\"; subtitle \"S\"\n",
		"graph g {\n  a -> b\n  b -> c\n  c -> d\n}\ntitle \"T\"\nsubtitle \"S\"\n"},
	{"block opened on a line with a statement", "graph g { a\n  b }\n",
		"graph g {\n  a\n  b\n}\n"},
	{"comments everywhere", "# file\n\n# doc of g\ngraph g { # after brace\n  # doc of a\n  a \"A\" # after a\n  b   # after b\n  # last in block\n} # after block\n# end\n",
		"# file\n\n# doc of g\ngraph g { # after brace\n  # doc of a\n  a \"A\" # after a\n  b     # after b\n  # last in block\n} # after block\n# end\n"},
	{"comment after a separator", "graph g {\n  a; # a\n  bb # b\n}\n",
		"graph g {\n  a  # a\n  bb # b\n}\n"},
	{"comment blanks trimmed", "#  x  \t\r\ntitle \"T\" #y \r\n",
		"#  x\ntitle \"T\" #y\n"},
	{"crlf", "graph g {\r\n  a\r\n}\r\n", "graph g {\n  a\n}\n"},
	{"signs and points", "plot p {\n  x - 3 .. 3\n  label ( -1.2 ,6 ) \"m\" -> ( 0 , +1 )\n}\n",
		"plot p {\n  x -3 .. 3\n  label (-1.2, 6) \"m\" -> (0, +1)\n}\n"},
	{"formulas as written", "plot p {\n  curve  loss :  y = x^2+1   \"L\"\n  region r: 2*x + y-1 >= 0\n}\n",
		"plot p {\n  curve loss: y = x^2+1 \"L\"\n  region r: 2*x + y-1 >= 0\n}\n"},
	{"region comparison", "plot p {\n  region r: x > = 1\n  region s: x<1.8 tone warn\n}\n",
		"plot p {\n  region r: x >= 1\n  region s: x < 1.8 tone warn\n}\n"},
	{"settings glued", "plot p {\n  points d: blobs seed = 7 k= 3 n =90\n}\n",
		"plot p {\n  points d: blobs seed=7 k=3 n=90\n}\n"},
	{"timeline offsets", "timeline t {\n  a \"A\" 10ms\n  b \"B\" 20ms with a +100ms\n  c \"C\" 5ms after b -5ms\n}\n",
		"timeline t {\n  a \"A\" 10ms\n  b \"B\" 20ms with a + 100ms\n  c \"C\" 5ms after b - 5ms\n}\n"},
	{"sequence arrows", "sequence s {\n  a -- > b \"reply\"\n  a -> > b\n}\n",
		"sequence s {\n  a --> b \"reply\"\n  a ->> b\n}\n"},
	{"matrix cells aligned", "matrix m heat -1..1 {\n  row \"size\": 1.00 -0.15\n  row \"distance\": -0.30 1.00\n  row a: \"x\" tone good b: \"yy\"\n  row c: \"long text\" d: \"z\" tone bad\n}\n",
		"matrix m heat -1 .. 1 {\n  row \"size\":      1.00  -0.15\n  row \"distance\": -0.30   1.00\n  row a: \"x\" tone good  b: \"yy\"\n  row c: \"long text\"    d: \"z\" tone bad\n}\n"},
	{"wide matrix rows not aligned", "matrix m {\n  row \"" + strings.Repeat("a", 60) + "\" \"b\"\n  row \"c\" \"" + strings.Repeat("d", 60) + "\"\n}\n",
		"matrix m {\n  row \"" + strings.Repeat("a", 60) + "\"  \"b\"\n  row \"c\"  \"" + strings.Repeat("d", 60) + "\"\n}\n"},
	{"edge index glued", "animate {\n  step \"s\" 1s { show a -> b [ 2 ] c; hide a->b[3] }\n}\n",
		"animate {\n  step \"s\" 1s { show a -> b[2] c; hide a -> b[3] }\n}\n"},
	{"unknown statement kept", "frobnicate  a   b { x;y }\n",
		"frobnicate a b { x; y }\n"},
	{"empty", "\n\n", ""},
	{"comments only", "# a\n\n\n# b", "# a\n\n# b\n"},
}

func TestFormat(t *testing.T) {
	for _, tc := range formatCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Format("t.diag", []byte(tc.in))
			if err != nil {
				t.Fatalf("Format:\n%s", FormatError([]byte(tc.in), err))
			}
			if string(got) != tc.want {
				t.Errorf("Format(%q)\n got:\n%s\nwant:\n%s", tc.in, got, tc.want)
			}
			again, err := Format("t.diag", got)
			if err != nil || string(again) != string(got) {
				t.Errorf("formatting again gives %q, %v", again, err)
			}
		})
	}
}

// TestFormatRefusesBadInput checks that a file with syntax errors gets its
// errors and no text.
func TestFormatRefusesBadInput(t *testing.T) {
	out, err := Format("t.diag", []byte("title \"open\ngraph g {\n"))
	if err == nil || out != nil {
		t.Fatalf("Format = %q, %v; want errors", out, err)
	}
}

// TestFormatRepository formats every .diag file of the repository: the
// result parses to the same AST with the same comments, formatting it
// again changes nothing, and every comment's text is in it.
func TestFormatRepository(t *testing.T) {
	files := repoDiagFiles(t)
	if len(files) < 40 {
		t.Fatalf("found %d .diag files", len(files))
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(name, src)
		if err != nil {
			continue // a test input that is meant to be wrong
		}
		got, err := Format(name, src)
		if err != nil {
			t.Errorf("%s:\n%s", name, FormatError(src, err))
			continue
		}
		g, err := Parse(name, got)
		if err != nil {
			t.Fatalf("%s: the result does not parse: %v", name, err)
		}
		if at, what := compareTrees(f, g); what != "" {
			t.Errorf("%s: %v: %s", name, f.Position(at), what)
		}
		if again, _ := Format(name, got); string(again) != string(got) {
			t.Errorf("%s: formatting twice changes it", name)
		}
		for _, grp := range f.Comments {
			for _, c := range grp.List {
				if !strings.Contains(string(got), strings.TrimRight(c.Text, " \t\r")) {
					t.Errorf("%s: comment %q lost", name, c.Text)
				}
			}
		}
	}
}

// repoDiagFiles returns the .diag files of the repository.
func repoDiagFiles(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != ".." {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".diag") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCompareTrees checks that the comparison Format relies on sees what
// changes meaning: a token, a formula's text, a comment, and a comment
// moved off its statement's line.
func TestCompareTrees(t *testing.T) {
	base := "graph g {\n  a -> b \"x\" # c\n}\nplot p {\n  curve y = x^2 + 1\n}\n"
	for _, changed := range []string{
		strings.Replace(base, `"x"`, `"y"`, 1),
		strings.Replace(base, "x^2 + 1", "x^2+1", 1),
		strings.Replace(base, "# c", "# d", 1),
		strings.Replace(base, ` # c`, "\n# c", 1),
		strings.Replace(base, "a -> b", "a <- b", 1),
	} {
		x, err := Parse("x.diag", []byte(base))
		if err != nil {
			t.Fatal(err)
		}
		y, err := Parse("x.diag", []byte(changed))
		if err != nil {
			t.Fatal(err)
		}
		if _, what := compareTrees(x, y); what == "" {
			t.Errorf("no difference found between\n%s\nand\n%s", base, changed)
		}
	}
	x, _ := Parse("x.diag", []byte(base))
	y, _ := Parse("x.diag", []byte(strings.ReplaceAll(base, "\n  ", "\n\t\t")))
	if _, what := compareTrees(x, y); what != "" {
		t.Errorf("indentation counted as a difference: %s", what)
	}
}

// TestPrinterRules checks that layoutOf lists every node type of the AST,
// so that a node added to the grammar is printed by a rule someone chose.
func TestPrinterRules(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	nodes := map[string]bool{"Comment": true, "CommentGroup": true}
	listed := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeSpec:
				if st, ok := n.Type.(*ast.StructType); ok {
					for _, fl := range st.Fields.List {
						if id, ok := fl.Type.(*ast.Ident); ok && len(fl.Names) == 0 && id.Name == "Span" {
							nodes[n.Name.Name] = true
						}
					}
				}
			case *ast.FuncDecl:
				if n.Name.Name != "layoutOf" || n.Recv != nil {
					return false
				}
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if cc, ok := m.(*ast.CaseClause); ok {
						for _, e := range cc.List {
							if star, ok := e.(*ast.StarExpr); ok {
								if id, ok := star.X.(*ast.Ident); ok {
									listed[id.Name] = true
								}
							}
						}
					}
					return true
				})
				return false
			}
			return true
		})
	}
	var missing []string
	for name := range nodes {
		if !listed[name] {
			missing = append(missing, "*"+name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("layoutOf (printer.go) has no printing rule for %s: add each to the case of the layout that prints it (layoutSpaced for most statements; layoutVerbatim for text handed on as written, such as a formula)",
			strings.Join(missing, ", "))
	}
	if len(listed) < 50 {
		t.Errorf("found only %d types in layoutOf", len(listed))
	}
}
