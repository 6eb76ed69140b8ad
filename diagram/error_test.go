package diagram

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrors(t *testing.T) {
	one := Errorf(Pos{File: "a.diag", Line: 2, Col: 3}, "bad")
	two := ErrorList{one, Errorf(Pos{File: "a.diag", Line: 4, Col: 1}, "worse")}
	tests := []struct {
		name string
		err  error
		want ErrorList
		ok   bool
	}{
		{"one error", one, ErrorList{one}, true},
		{"a list", two, two, true},
		{"a wrapped list", fmt.Errorf("compile: %w", two), two, true},
		{"no position", errors.New("disk full"), nil, false},
		{"nil", nil, nil, false},
	}
	for _, tt := range tests {
		got, ok := Errors(tt.err)
		if ok != tt.ok || len(got) != len(tt.want) {
			t.Errorf("%s: Errors = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: error %d = %v, want %v", tt.name, i, got[i], tt.want[i])
			}
		}
	}
}
