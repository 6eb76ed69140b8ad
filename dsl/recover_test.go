package dsl

import (
	"testing"

	"github.com/aiprep/diag/diagram"
)

// TestEveryIndependentSyntaxError checks that Parse reports the syntax
// errors of three statements in three blocks, each with its line, caret
// and hint, and skips only the statement that holds each.
func TestEveryIndependentSyntaxError(t *testing.T) {
	src := `title "Three mistakes"

graph g {
  a "A"
  a -> b "x" dashd
  c "C"
}

graph h {
  c2 "C2"
  e "E" ->
}

animate {
  step "s" 2s { show a; flow a -> }
  step "t" 1s { show b }
}
`
	want := `t.diag:5:14: unknown attribute "dashd"
      a -> b "x" dashd
                 ^
    hint: did you mean "dashed"? write a -> b ["label"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)
t.diag:11:9: missing node after ->
      e "E" ->
            ^
    hint: write a -> b ["label"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)
t.diag:15:32: missing node after ->
      step "s" 2s { show a; flow a -> }
                                   ^
    hint: write flow a -> b -> c
`
	_, err := Parse("t.diag", []byte(src))
	if got := FormatError([]byte(src), err); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestSyntaxErrorsCapped checks that a file with more bad statements than
// maxErrors reports maxErrors of them.
func TestSyntaxErrorsCapped(t *testing.T) {
	src := "graph g {\n"
	for range 30 {
		src += "  a -> b dashd\n"
	}
	src += "}\n"
	_, err := Parse("t.diag", []byte(src))
	list, ok := diagram.Errors(err)
	if !ok || len(list) != maxErrors {
		t.Errorf("%d errors, want %d: %v", len(list), maxErrors, err)
	}
}
