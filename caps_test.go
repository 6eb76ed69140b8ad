package diag

import (
	"strings"
	"testing"

	"github.com/aiprep/diag/dsl"
)

// TestWorkLimits checks each limit on the work of a compile at its
// boundary: an input that needs exactly the limit compiles, and the same
// input with the limit one lower is refused with an error at the element
// that passes it, which names the limit and its flag.
func TestWorkLimits(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// need is what src needs of the limit set by limit.
		need  int
		limit func(n int) Limits
		want  string // the first line of the error at need-1
		hint  string // the end of its hint
	}{
		{
			name:  "contour levels",
			src:   "plot p {\n  x -1 .. 1\n  y -1 .. 1\n  contour a: z = x at 0.5\n  contour b: z = x^2 + y^2 at 0.25 0.5\n}\n",
			need:  3,
			limit: func(n int) Limits { return Limits{MaxContourLevels: n} },
			want:  "t.diag:5:3: contours have more than 2 levels",
			hint:  "or raise the limit with Limits.MaxContourLevels (diag --max-contour-levels N)",
		},
		{
			// A line x = 0.05 across a plot area 90 px high crosses each
			// of the 31 rows of a grid of 3 px cells once.
			name:  "contour vertices",
			src:   "plot p {\n  x -1 .. 2\n  y 0 .. 1\n  size 120 90\n  contour c: z = x at 0.05\n}\n",
			need:  31,
			limit: func(n int) Limits { return Limits{MaxContourVertices: n} },
			want:  "t.diag:5:3: contour lines have more than 30 points",
			hint:  "or raise the limit with Limits.MaxContourVertices (diag --max-contour-vertices N)",
		},
		{
			// Ten points of a formula of 2 operations: x, then times 2.
			name:  "formula work",
			src:   "plot p {\n  x 0 .. 1\n  y 0 .. 2\n  points s: linspace n=10 y = 2*x\n}\n",
			need:  10 * 2,
			limit: func(n int) Limits { return Limits{MaxFormulaWork: n} },
			want:  "t.diag:4:3: evaluating this formula at 10 points takes 20 operations, more than the limit of 19",
			hint:  "or raise the limit with Limits.MaxFormulaWork (diag --max-formula-work N)",
		},
		{
			// graph g { EOL a -> b EOL } EOL: the last line end is the
			// tenth token.
			name:  "tokens",
			src:   "graph g {\n  a -> b\n}\n",
			need:  10,
			limit: func(n int) Limits { return Limits{MaxTokens: n} },
			want:  "t.diag:3:2: the source has more than the limit of 9 tokens (names, numbers, strings, symbols and line ends)",
			hint:  "split the diagram into several files, or raise the limit with Limits.MaxTokens (diag --max-tokens N)",
		},
		{
			// Two marks use t, of 4 values: each is drawn 3 more times.
			name:  "sweep drawings",
			src:   "param t from 0 to 1 steps 4\nplot p {\n  x 0 .. 1\n  y 0 .. 1\n  rule r: x = t\n  curve c: y = t*x\n}\nanimate {\n  step \"s\" 2s { sweep t }\n}\n",
			need:  6,
			limit: func(n int) Limits { return Limits{MaxSweepDrawings: n} },
			want:  "t.diag:6:3: drawing this mark at every value of its parameter passes the limit of 5 drawings for sweeps",
			hint:  "or raise the limit with Limits.MaxSweepDrawings (diag --max-sweep-drawings N)",
		},
		{
			// a -> c and b -> d each skip one rank of the chain a, b, c, d.
			name:  "layout dummies",
			src:   "graph g {\n  a -> b -> c -> d\n  a -> c\n  b -> d\n}\n",
			need:  2,
			limit: func(n int) Limits { return Limits{MaxLayoutDummies: n} },
			want:  "t.diag:4:5: the layout of graph \"g\" needs 2 dummy nodes for its long edges, more than the limit of 1",
			hint:  "or raise the limit with Limits.MaxLayoutDummies (diag --max-layout-dummies N)",
		},
		{
			// 200 planned sweeps over 2 nodes and 1 edge.
			name:  "crossing work",
			src:   "graph g {\n  a -> b\n}\n",
			need:  600,
			limit: func(n int) Limits { return Limits{MaxCrossingWork: n} },
			want:  "t.diag:1:1: the crossing reduction of graph \"g\" would take 600 steps, more than the limit of 599",
			hint:  "or raise the limit with Limits.MaxCrossingWork (diag --max-crossing-work N)",
		},
		{
			// show a: 2 keyframes (the hold before it and its end), and 2
			// for the edge a -> b that appears with it; the step's caption
			// highlight 4, its progress dot 2 and its badge 2, counted at
			// the script.
			name:  "keyframes",
			src:   "graph g {\n  a -> b\n}\nanimate {\n  step \"s\" 1s { show a }\n}\n",
			need:  12,
			limit: func(n int) Limits { return Limits{MaxKeyframes: n} },
			want:  "t.diag:4:1: the animation makes more than 11 keyframes",
			hint:  "or raise the limit with Limits.MaxKeyframes (diag --max-keyframes N)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			if _, err := Compile("t.diag", src, Options{Limits: tt.limit(tt.need)}); err != nil {
				t.Errorf("Compile(%q) at the limit %d: %v", tt.src, tt.need, err)
			}
			_, err := Compile("t.diag", src, Options{Limits: tt.limit(tt.need - 1)})
			if err == nil {
				t.Fatalf("Compile(%q) with the limit %d compiled, want an error", tt.src, tt.need-1)
			}
			msg := dsl.FormatError(src, err)
			lines := strings.Split(strings.TrimSuffix(msg, "\n"), "\n")
			if lines[0] != tt.want || !strings.HasSuffix(lines[len(lines)-1], tt.hint) {
				t.Errorf("Compile(%q) with the limit %d: error\n%s\nwant first line %q and a hint ending %q", tt.src, tt.need-1, msg, tt.want, tt.hint)
			}
		})
	}
}

// TestKeyframeLimitAtAction checks that the keyframe limit is reported at
// the action that passes it, and that nothing after it is built.
func TestKeyframeLimitAtAction(t *testing.T) {
	src := []byte("graph g {\n  a -> b\n}\nanimate {\n  step \"s\" 1s { show a; show b }\n  step \"t\" 1s { hide a; hide b }\n}\n")
	_, err := Compile("t.diag", src, Options{Limits: Limits{MaxKeyframes: 3}})
	got := ""
	if err != nil {
		got = strings.SplitN(dsl.FormatError(src, err), "\n", 2)[0]
	}
	if want := "t.diag:5:25: the animation makes more than 3 keyframes"; got != want {
		t.Errorf("Compile with MaxKeyframes 3: first line %q, want %q", got, want)
	}
}
