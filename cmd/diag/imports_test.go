package main

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCommandUsesTheLibrary checks that the command reaches the engine
// only through the root package: it parses files and flags, and leaves
// parsing, error formatting and fonts to package diag, so it imports none
// of the stages (dsl, diagram, layout, animate, svg, scene) itself.
func TestCommandUsesTheLibrary(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			rest, ok := strings.CutPrefix(path, "github.com/aiprep/diag/")
			if !ok {
				continue
			}
			switch strings.SplitN(rest, "/", 2)[0] {
			case "curriculum", "site", "internal":
			default:
				t.Errorf("%s imports %s; the command may use the root package, curriculum, site and internal packages only", name, path)
			}
		}
	}
}
