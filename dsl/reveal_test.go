package dsl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// TestRevealCompiles checks what label parts, named legend entries and
// hidden statements compile to.
func TestRevealCompiles(t *testing.T) {
	src := `graph g {
  h "h" part val "h = 0.88" part grad "∂L/∂h = −0.12"
  y
  h -> y
}
legend { fwd: good "forward"; bad "backward" }
animate loop hidden {
  hidden h.grad h -> y
  step "Forward" 1s { show h h.val legend.fwd }
  step "Backward" 1s { show h.grad }
}
`
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	g := d.Body.(*diagram.Graph)
	var parts []string
	for _, p := range g.Nodes[0].Parts {
		parts = append(parts, p.Name+"="+p.Text)
	}
	if diff := cmp.Diff([]string{"val=h = 0.88", "grad=∂L/∂h = −0.12"}, parts); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
	if d.Legend[0].ID != "legend.fwd" || d.Legend[1].ID != "" {
		t.Errorf("legend ids = %q, %q; want legend.fwd and none", d.Legend[0].ID, d.Legend[1].ID)
	}
	s := d.Script
	if !s.HideAll || len(s.Hidden) != 1 {
		t.Fatalf("HideAll %v, %d hidden statements; want true, 1", s.HideAll, len(s.Hidden))
	}
	if diff := cmp.Diff([]string{"h.grad", "h->y"}, s.Hidden[0].Targets); diff != "" {
		t.Errorf("hidden targets (-want +got):\n%s", diff)
	}
	if err := diagram.Validate(d); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// TestRevealErrors checks the reports for wrong label parts, legend names
// and hidden statements.
func TestRevealErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"graph g {\n  h part\n}\n", `2:5: part needs a name`},
		{"graph g {\n  h part val\n}\n", `2:5: part "val" needs its text in quotes`},
		{"graph g {\n  h part val \"a\" part val \"b\"\n}\n", `2:23: duplicate id "h.val"`},
		{"graph g {\n  h\n}\nanimate {\n  hidden\n  step \"s\" 1s { show h }\n}\n", `5:3: hidden needs at least one id`},
		{"graph g {\n  h\n}\nanimate {\n  hidden hh\n  step \"s\" 1s { show h }\n}\n", `5:10: unknown id "hh"`},
		{"graph g {\n  h\n}\nlegend { a: solid \"x\"; a: dashed \"y\" }\nanimate {\n  step \"s\" 1s { show legend.b }\n}\n", `4:24: duplicate id "legend.a"`},
		{"graph g {\n  h\n}\nlegend { solid \"x\" }\nanimate {\n  step \"s\" 1s { show legend.1 }\n}\n", `unknown id "legend.1"`},
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %s", tt.src, err, tt.want)
		}
	}
}

// TestConnectCompiles checks what connect statements compile to: one
// connector a hop, named like edges, and edges the animation may follow.
func TestConnectCompiles(t *testing.T) {
	src := `graph g {
  a
}
note n {
  x: "line"
}
graph h {
  b
}
connect a -> n.x -> b "label" tone info dashed
connect a -> n.x
animate {
  step "s" 1s { flow a -> n.x -> b; show a -> n.x[2]; move a along a -> n.x[2] }
}
`
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range d.Connectors {
		got = append(got, k.ID+" "+k.Label)
	}
	if diff := cmp.Diff([]string{"a->n.x label", "n.x->b label", "a->n.x[2] "}, got); diff != "" {
		t.Errorf("connectors (-want +got):\n%s", diff)
	}
	if !d.Connectors[0].Dashed || d.Connectors[0].Tone != diagram.Info {
		t.Errorf("first connector: dashed %v, tone %v; want dashed, info", d.Connectors[0].Dashed, d.Connectors[0].Tone)
	}
	if p := d.Script.Steps[0].Actions[2].Path; p != "a->n.x[2]" {
		t.Errorf("move along path %q, want a->n.x[2]", p)
	}
	if err := diagram.Validate(d); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// TestConnectErrors checks the reports for wrong connect statements.
func TestConnectErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"graph g {\n  a\n}\nconnect a\n", `4:1: connect needs two elements joined by an arrow`},
		{"graph g {\n  a\n}\nconnect a -> zz\n", `4:14: unknown element "zz"`},
		{"graph g {\n  a\n  b\n}\nconnect a -> b\n", `"a" and "b" are nodes of the same graph`},
		{"graph g {\n  a\n}\nconnect a -> a\n", `connector from "a" to itself`},
		{"graph g {\n  a\n}\nnote n {\n  \"x\"\n}\nconnect g -> a\n", `"g" holds "a"`},
		{"graph g {\n  a\n}\nnote n {\n  x: \"x\"\n}\nconnect a -> n.x shape box\n", `a connector does not take shape`},
		{"graph g {\n  a\n}\nnote n {\n  x: \"x\"\n}\nconnect a -> n.x\nconnect a -> n.x\nanimate {\n  step \"s\" 1s { move a along a -> n.x }\n}\n", `2 edges join "a" and "n.x"; a move follows one`},
	}
	for _, tt := range tests {
		_, _, err := Compile("t.diag", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %s", tt.src, err, tt.want)
		}
	}
}
