package quality

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aiprep/diag/scene/geom"
)

// TestBadges checks the badge counts on hand-made pictures: a badge that
// sticks out of its panel, one on the panel's border, one over a text's
// ink, a label or a boxed text, one that only touches a text, and badges
// with no panel.
func TestBadges(t *testing.T) {
	panel := geom.Box{ID: "p", X: 0, Y: 0, W: 200, H: 100}
	badge := func(id string, x, y float64, p geom.Box) geom.Badge {
		return geom.Badge{ID: id, X: x, Y: y, W: 18, H: 18, Panel: p}
	}
	tests := []struct {
		name              string
		g                 geom.Geometry
		outside, overText int
		problems          []string
	}{
		{"inside, clear", geom.Geometry{Badges: []geom.Badge{badge("b1", 10, 10, panel)}}, 0, 0, nil},
		{"in the gutter", geom.Geometry{Badges: []geom.Badge{badge("b1", 195, 10, panel)}}, 1, 0,
			[]string{"badge outside its panel: badge b1 sticks out of panel p by 13.0 px"}},
		{"on the border", geom.Geometry{Badges: []geom.Badge{badge("b1", -9, 40, panel)}}, 1, 0,
			[]string{"badge outside its panel: badge b1 sticks out of panel p by 9.0 px"}},
		{"over a tick label", geom.Geometry{Badges: []geom.Badge{badge("b1", 10, 10, panel)}, Inks: []geom.Box{{ID: "axis", X: 20, Y: 20, W: 30, H: 10}}}, 0, 1,
			[]string{"badge over text: badge b1 covers text axis"}},
		{"over a label and a text: counted once",
			geom.Geometry{Badges: []geom.Badge{badge("b1", 10, 10, panel)}, Labels: []geom.Box{{ID: "e", X: 0, Y: 0, W: 15, H: 15}},
				Texts: []geom.TextBox{{ID: "n", Text: "node", X: 25, Y: 25, W: 20, H: 10, Container: geom.Box{X: 20, Y: 20, W: 40, H: 20}}}}, 0, 1,
			[]string{`badge over text: badge b1 covers text n ("node")`}},
		{"touching a text", geom.Geometry{Badges: []geom.Badge{badge("b1", 10, 10, panel)}, Inks: []geom.Box{{X: 28, Y: 10, W: 30, H: 10}}}, 0, 0, nil},
		{"no panel: only texts count",
			geom.Geometry{Badges: []geom.Badge{badge("b1", -50, -50, geom.Box{}), badge("b2", 300, 300, geom.Box{})}, Inks: []geom.Box{{X: 305, Y: 305, W: 4, H: 4}}}, 0, 1,
			[]string{"badge over text: badge b2 covers text #0"}},
		{"two badges, one of each",
			geom.Geometry{Badges: []geom.Badge{badge("b1", 190, 90, panel), badge("b2", 50, 50, panel)}, Inks: []geom.Box{{ID: "t", X: 55, Y: 55, W: 4, H: 4}}}, 1, 1,
			[]string{"badge outside its panel: badge b1 sticks out of panel p by 8.0 px", "badge over text: badge b2 covers text t"}},
	}
	for _, tt := range tests {
		r := Measure(tt.g)
		if r.BadgesOutside != tt.outside || r.BadgesOverText != tt.overText {
			t.Errorf("%s: outside %d, over text %d; want %d, %d", tt.name, r.BadgesOutside, r.BadgesOverText, tt.outside, tt.overText)
		}
		if r.Violations() != tt.outside+tt.overText {
			t.Errorf("%s: Violations() = %d, want %d", tt.name, r.Violations(), tt.outside+tt.overText)
		}
		if diff := cmp.Diff(tt.problems, r.Problems, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: problems mismatch (-want +got)\n%s", tt.name, diff)
		}
	}
}
