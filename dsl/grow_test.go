package dsl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// growCharts declares a bar chart with series, a histogram, a split and a
// graph, for the targets of grow.
const growCharts = `bars acc {
  series base
  series tuned
  mmlu 62 71
  gsm 38 57
}
histogram ab {
  control { 1 2 3 }
}
split data {
  train 70%
  test 30%
}
graph g { a -> b }
`

// TestGrowTargets checks what grow acts on: charts, bars, one series' bar
// of a category (id.series), histogram series and split parts.
func TestGrowTargets(t *testing.T) {
	for _, target := range []string{"acc", "mmlu", "mmlu.tuned", "gsm.base", "ab", "control", "data", "test"} {
		src := growCharts + "animate { step \"s\" 1s { grow " + target + " ease linear } }\n"
		d, _, err := Compile("t.diag", []byte(src))
		if err != nil {
			t.Errorf("grow %s:\n%s", target, FormatError([]byte(src), err))
			continue
		}
		a := d.Script.Steps[0].Actions[0]
		if a.Kind != diagram.Grow || a.Easing != diagram.Linear || !cmp.Equal(a.Targets, []string{target}) {
			t.Errorf("grow %s: got %v %v %v", target, a.Kind, a.Easing, a.Targets)
		}
	}
}

// TestGrowErrors checks the errors of grow: each names the target's
// position and says what grow acts on.
func TestGrowErrors(t *testing.T) {
	tests := []struct{ action, want string }{
		{"grow", "grow needs at least one id"},
		{"grow a", `"a" is a node, which has no bars to grow`},
		{"grow g", `"g" is a graph, which has no bars to grow`},
		{"grow base", `grow cannot act on the series "base" of a bar chart`},
		{"grow a -> b", "grow cannot act on edges"},
		{"grow mmlu.nope", `unknown id "mmlu.nope"`},
		{"grow acc delay 1x", "delay"},
	}
	for _, tc := range tests {
		src := growCharts + "animate { step \"s\" 1s { " + tc.action + " } }\n"
		_, _, err := Compile("t.diag", []byte(src))
		if err == nil {
			t.Errorf("%s: no error", tc.action)
			continue
		}
		msg := FormatError([]byte(src), err)
		if !strings.Contains(msg, tc.want) || !strings.HasPrefix(msg, "t.diag:15:") || !strings.Contains(msg, "hint:") {
			t.Errorf("%s: error\n%s\nwant a positioned error with %q and a hint", tc.action, msg, tc.want)
		}
	}
}
