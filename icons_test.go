package diag_test

import (
	"os"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/icon"
)

// TestIconGalleryComplete checks that examples/icons.diag shows every
// built-in icon once, on a node labelled with the icon's name.
func TestIconGalleryComplete(t *testing.T) {
	src, err := os.ReadFile("examples/icons.diag")
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := dsl.Compile("examples/icons.diag", src)
	if err != nil {
		t.Fatal(err)
	}
	shown := map[string]int{}
	var walk func(p diagram.Panel)
	walk = func(p diagram.Panel) {
		switch v := p.(type) {
		case *diagram.Split:
			for _, it := range v.Items {
				walk(it)
			}
		case *diagram.Graph:
			for _, n := range v.Nodes {
				if n.Icon != "" {
					shown[n.Icon]++
					if n.Text() != n.Icon {
						t.Errorf("node %q shows icon %q but reads %q", n.ID, n.Icon, n.Text())
					}
				}
			}
		}
	}
	walk(d.Body)
	for _, name := range icon.Names() {
		if shown[name] != 1 {
			t.Errorf("icon %q is shown %d times in the gallery, want 1", name, shown[name])
		}
	}
	if len(shown) != len(icon.Names()) {
		t.Errorf("the gallery shows %d icons, package icon has %d", len(shown), len(icon.Names()))
	}
}
