package diag_test

import (
	"testing"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
)

// TestPartsAgree checks that the language, the model and the layout agree
// on the ids of the parts of elements: a script acts on every part by the
// id the language declares, the model lists the same parts (Parts), and the
// layout draws each under the id diagram.SubID gives.
func TestPartsAgree(t *testing.T) {
	src := `row {
  timeline voice {
    budget 100ms
    a "A" 80ms
    b "B" 40ms
  }
  plot fit {
    x 0 .. 4
    y 0 .. 4
    points data: blobs seed=7 k=2 n=20 centers "one" "two"
    path walk (1, 1) (2, 3) marker dot
  }
}
animate {
  step "timeline" 1s { show voice.total voice.axis voice.budget voice.overrun }
  step "blobs" 1s { show data.class1 data.class2 data.centers data.center1 data.center2 }
  step "path" 1s { show walk.marker }
}`
	d, _, err := dsl.Compile("parts.diag", []byte(src))
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	sc, err := layout.Layout(d)
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	if _, err := animate.Build(d.Script, sc); err != nil {
		t.Fatalf("Build: %v", err)
	}
	var ids []string
	diagram.Inspect(d, func(e diagram.Element) bool {
		switch v := e.(type) {
		case *diagram.Timeline:
			for _, p := range v.Parts() {
				ids = append(ids, diagram.SubID(v.ID, p))
			}
		case *diagram.Scatter:
			for _, p := range v.Parts() {
				ids = append(ids, diagram.SubID(v.ID, p))
			}
		case *diagram.PlotPath:
			for _, p := range v.Parts() {
				ids = append(ids, diagram.SubID(v.ID, p))
			}
		}
		return true
	})
	if len(ids) != 10 {
		t.Errorf("the model lists %d parts %q, want 10", len(ids), ids)
	}
	for _, id := range ids {
		if sc.Find(id) == nil {
			t.Errorf("part %q is not in the scene", id)
		}
	}
}
