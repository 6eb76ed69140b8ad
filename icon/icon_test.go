package icon

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// required lists the icons diagrams rely on by name.
var required = []string{
	"database", "server", "user", "users", "gpu", "cpu", "cloud", "lock",
	"key", "shield", "eye", "document", "search", "chat", "model", "gear",
	"bolt", "clock", "alert", "check", "cross", "bug", "globe", "mail",
	"queue", "cache", "api", "code", "chart", "image", "microphone", "speaker",
	// For the AI/ML curriculum.
	"brain", "robot", "tool", "filter", "flask", "layers", "network", "play", "stop",
}

func TestBuiltinDataParses(t *testing.T) {
	load()
	for _, err := range loaded.errs {
		t.Error(err)
	}
}

func TestBuildRecordsErrors(t *testing.T) {
	lib := build([]source{
		{name: "good", stroke: "M2 2h20"},
		{name: "bad", stroke: "M2 2 X"},
		{name: "empty"},
		{name: "good", stroke: "M2 2h10"},
	})
	var got []string
	for _, err := range lib.errs {
		got = append(got, err.Error())
	}
	want := []string{
		`icon "bad": path offset 5: expected a number`,
		`icon "empty": no path data`,
		`icon "good": defined twice`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("build errors mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"good"}, lib.names); diff != "" {
		t.Errorf("build names mismatch (-want +got):\n%s", diff)
	}
}

func TestRequiredNames(t *testing.T) {
	for _, name := range required {
		ic, ok := Lookup(name)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", name)
			continue
		}
		if ic.Name != name {
			t.Errorf("Lookup(%q).Name = %q", name, ic.Name)
		}
	}
	if _, ok := Lookup("no-such-icon"); ok {
		t.Errorf("Lookup(%q) found an icon", "no-such-icon")
	}
}

func TestNames(t *testing.T) {
	names := Names()
	if len(names) < 32 {
		t.Errorf("Names() has %d icons, want at least 32", len(names))
	}
	for i := 1; i < len(names); i++ {
		if names[i-1] >= names[i] {
			t.Errorf("Names() not sorted and unique: %q before %q", names[i-1], names[i])
		}
	}
	if len(names) != len(sources) {
		t.Errorf("Names() has %d icons, sources %d", len(names), len(sources))
	}
	// The source table itself is kept in name order, for readers.
	if !slices.IsSortedFunc(sources, func(a, b source) int { return strings.Compare(a.name, b.name) }) {
		t.Error("sources are not sorted by name")
	}
	names[0] = "changed"
	if Names()[0] == "changed" {
		t.Error("Names() shares its slice with the package")
	}
}

// TestIconGeometry checks the line style rules on the parsed icons: every
// coordinate, control points included, lies in [1, 23] so the 2 unit
// stroke stays inside the box; every path starts with a move; filled
// parts are small closed dots.
func TestIconGeometry(t *testing.T) {
	for _, name := range Names() {
		ic, _ := Lookup(name)
		if len(ic.Parts) == 0 {
			t.Errorf("%s: no parts", name)
		}
		for pi, p := range ic.Parts {
			if len(p.Ops) == 0 || p.Ops[0].Cmd != 'M' {
				t.Errorf("%s part %d: does not start with a move", name, pi)
			}
			for _, op := range p.Ops {
				want := map[byte]int{'M': 2, 'L': 2, 'C': 6, 'Z': 0}[op.Cmd]
				if len(op.Args) != want {
					t.Errorf("%s part %d: op %c has %d arguments, want %d", name, pi, op.Cmd, len(op.Args), want)
				}
				for _, v := range op.Args {
					if v < 1 || v > 23 || math.IsNaN(v) {
						t.Errorf("%s part %d: coordinate %g outside [1, 23] in %c %v", name, pi, v, op.Cmd, op.Args)
					}
				}
			}
			if p.Fill {
				checkDots(t, name, p)
			}
		}
	}
}

// checkDots requires every subpath of a filled part to be closed and to
// fit in a 4.5 unit square.
func checkDots(t *testing.T, name string, p Part) {
	t.Helper()
	var sub [][]Op
	for _, op := range p.Ops {
		if op.Cmd == 'M' {
			sub = append(sub, nil)
		}
		sub[len(sub)-1] = append(sub[len(sub)-1], op)
	}
	for _, ops := range sub {
		if ops[len(ops)-1].Cmd != 'Z' {
			t.Errorf("%s: filled subpath at %v is not closed", name, ops[0].Args)
		}
		minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, op := range ops {
			for i := 0; i+1 < len(op.Args); i += 2 {
				minX, maxX = min(minX, op.Args[i]), max(maxX, op.Args[i])
				minY, maxY = min(minY, op.Args[i+1]), max(maxY, op.Args[i+1])
			}
		}
		if maxX-minX > 4.5 || maxY-minY > 4.5 {
			t.Errorf("%s: filled subpath at %v is %gx%g, not a small dot", name, ops[0].Args, maxX-minX, maxY-minY)
		}
	}
}

func TestScaled(t *testing.T) {
	ic := &Icon{Name: "test", Parts: []Part{
		{Ops: []Op{m(0, 0), l(24, 24), c(12, 0, 0, 12, 6, 18), z}},
		{Ops: []Op{m(12, 12), z}, Fill: true},
	}}
	got := ic.Scaled(100, 50, 48)
	want := []Part{
		{Ops: []Op{m(100, 50), l(148, 98), c(124, 50, 100, 74, 112, 86), z}},
		{Ops: []Op{m(124, 74), z}, Fill: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Scaled(100, 50, 48) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{24, 24}, ic.Parts[0].Ops[1].Args); diff != "" {
		t.Errorf("Scaled changed the icon (-want +got):\n%s", diff)
	}
	// A real icon keeps its shape: the corners of the grid land on the
	// corners of the square at any size.
	db, _ := Lookup("database")
	for _, size := range []float64{12, 24, 36.5} {
		for _, p := range db.Scaled(3, 7, size) {
			for _, op := range p.Ops {
				for i := 0; i+1 < len(op.Args); i += 2 {
					if op.Args[i] < 3 || op.Args[i] > 3+size || op.Args[i+1] < 7 || op.Args[i+1] > 7+size {
						t.Errorf("database.Scaled(3, 7, %g): point (%g, %g) outside the square", size, op.Args[i], op.Args[i+1])
					}
				}
			}
		}
	}
}
