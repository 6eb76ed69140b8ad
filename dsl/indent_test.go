package dsl

import "testing"

// TestBalancedBracesAnyIndentation checks that braces that balance are
// accepted however they are indented: indentation only guides the message
// when a brace is missing.
func TestBalancedBracesAnyIndentation(t *testing.T) {
	for _, src := range []string{
		"graph g {\n  group a {\n    x\n}\n}\n",
		"graph g {\ngroup a {\nx\n}\n  }\n",
		"row {\n    graph g {\n  a -> b\n}\n}\n",
	} {
		if _, _, err := Compile("t.diag", []byte(src)); err != nil {
			t.Errorf("Compile(%q): %v", src, err)
		}
	}
	// A missing brace is still reported at the block the indentation
	// points to.
	src := "graph g {\n  group a {\n    x\n}\n"
	_, _, err := Compile("t.diag", []byte(src))
	if err == nil {
		t.Fatalf("Compile(%q) succeeded, want an unclosed block", src)
	}
}
