package diagram

import (
	"math"
	"strings"
	"testing"
)

// TestConstChecks checks what Validate says of constants built in Go.
func TestConstChecks(t *testing.T) {
	tests := []struct {
		consts []Const
		want   string // a part of the error, "" for none
	}{
		{[]Const{{Name: "lambda", Value: 0.3}, {Name: "w_2", Value: -1}}, ""},
		{[]Const{{Name: "2a", Value: 1}}, `constant name "2a" is not a name`},
		{[]Const{{Name: "", Value: 1}}, `constant name "" is not a name`},
		{[]Const{{Name: "a b", Value: 1}}, `constant name "a b" is not a name`},
		{[]Const{{Name: "a", Value: 1}, {Name: "a", Value: 2}}, `constant "a" is declared twice`},
		{[]Const{{Name: "a", Value: math.NaN()}}, "constant a is NaN"},
		{[]Const{{Name: "a", Value: math.Inf(-1)}}, "constant a is -Inf"},
	}
	for _, tt := range tests {
		d := &Diagram{Consts: tt.consts}
		err := Validate(d)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("Validate(%v) = %v, want nil", tt.consts, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("Validate(%v) = %v, want %q", tt.consts, err, tt.want)
		}
	}
	d := &Diagram{Consts: []Const{{Name: "a", Value: 1}, {Name: "b", Value: 2}}}
	if got := d.ConstValues(); len(got) != 2 || got["a"] != 1 || got["b"] != 2 {
		t.Errorf("ConstValues() = %v", got)
	}
}
