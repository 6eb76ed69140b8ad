package expr

import (
	"testing"

	"github.com/aiprep/diag/diagram"
)

// TestCost checks that Cost counts the operations of the compiled
// program: constants fold, a constant operand joins its operator.
func TestCost(t *testing.T) {
	tests := []struct {
		src  string
		want int
	}{
		{"2", 1},
		{"x", 1},
		{"2*x", 2},
		{"2*3*x", 2},
		{"x*y", 3},
		{"sin(x) + cos(y)", 5},
		// Every branch of an if is evaluated, so all count.
		{"if(x < 0, 0, x)", 6},
		{"if(x < 0, 0, x < 1, x, 1)", 11},
	}
	for _, tt := range tests {
		e, err := Parse(tt.src, diagram.Pos{}, Options{})
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.src, err)
		}
		if got := e.Cost(); got != tt.want {
			t.Errorf("Parse(%q).Cost() = %d, want %d", tt.src, got, tt.want)
		}
	}
	if got := (&Expr{}).Cost(); got != 1 {
		t.Errorf("zero Expr Cost() = %d, want 1", got)
	}
}
