package diag_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/scene"
)

const badgeGraph = `graph g "A title long enough to leave room beside the nodes" direction down {
  a "Request"
  b "Model"
  c "Answer"
  a -> b
  b -> c
}
`

// TestBadgeAtGrammar checks that badge at ID [SIDE] compiles into the
// step's badge anchor and is no action.
func TestBadgeAtGrammar(t *testing.T) {
	d, _, err := dsl.Compile("t.diag", []byte(badgeGraph+`animate {
  step "one" 1s { show a; badge at b top-right }
  step "two" 1s { badge at c
    show c }
}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []*diagram.BadgeAnchor
	for _, st := range d.Script.Steps {
		got = append(got, st.Badge)
		for _, a := range st.Actions {
			if a.Kind != diagram.Show {
				t.Errorf("step %q has a %v action", st.Caption, a.Kind)
			}
		}
	}
	want := []*diagram.BadgeAnchor{{Target: "b", Side: diagram.BadgeTopRight}, {Target: "c"}}
	if diff := cmp.Diff(want, got, ignoreAnyPos); diff != "" {
		t.Errorf("badge anchors mismatch (-want +got)\n%s", diff)
	}
}

func TestBadgeAtErrors(t *testing.T) {
	tests := []struct {
		anim string
		want []string
	}{
		{`step "s" 1s { show a; badge at zz }`, []string{`9:32: unknown element "zz"`}},
		{`step "s" 1s { show a; badge at b middle }`, []string{`9:34: unknown side "middle"`}},
		{`step "s" 1s { show a; badge b }`, []string{`9:23: badge needs at and the element it stands by`}},
		{`step "s" 1s { show a; badge at a; badge at b }`, []string{`9:35: second badge in step`}},
		{`step "s" 1s { together { show a; badge at a } }`, []string{`9:34: badge inside a together block`}},
	}
	for _, tt := range tests {
		src := badgeGraph + "animate {\n" + tt.anim + "\n}"
		if diff := cmp.Diff(tt.want, compileErrorLines(src)); diff != "" {
			t.Errorf("%s: errors mismatch (-want +got)\n%s", tt.anim, diff)
		}
	}
}

// TestBadgeAtSide checks that a badge goes on the side its step names
// when there is room there, and by the element of its own choice when the
// step names none.
func TestBadgeAtSide(t *testing.T) {
	src := badgeGraph + `animate {
  step "left of a" 1s { show a; badge at a left }
  step "right of b" 1s { show b; badge at b right }
  step "by c" 1s { show c; badge at c }
}`
	d, _, err := dsl.Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.Badges) != 3 {
		t.Fatalf("%d badges, want 3", len(sc.Badges))
	}
	box := func(id string) scene.Rect { return sc.Find(id).Bounds() }
	a, b, c := box("a"), box("b"), box("c")
	if r := sc.Badges[0].R; r.Right() > a.X || r.Center().Y < a.Y || r.Center().Y > a.Bottom() {
		t.Errorf("badge 1 at %v, want it left of a %v", r, a)
	}
	if r := sc.Badges[1].R; r.X < b.Right() || r.Center().Y < b.Y || r.Center().Y > b.Bottom() {
		t.Errorf("badge 2 at %v, want it right of b %v", r, b)
	}
	if r := sc.Badges[2].R.Inset(-30); !(r.X < c.Right() && c.X < r.Right() && r.Y < c.Bottom() && c.Y < r.Bottom()) {
		t.Errorf("badge 3 at %v, want it by c %v", sc.Badges[2].R, c)
	}
}
