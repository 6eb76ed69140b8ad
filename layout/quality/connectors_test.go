package quality

import (
	"testing"

	"github.com/aiprep/diag/scene/geom"
)

// TestConnectors checks the connector checks on hand-made pictures: a line
// across a third panel, a line across a text, and a line that keeps to the
// gutters, leaving its ends' panels and entering no text but its ends'.
func TestConnectors(t *testing.T) {
	left := geom.Box{ID: "left", X: 0, Y: 0, W: 100, H: 100}
	mid := geom.Box{ID: "mid", X: 140, Y: 0, W: 100, H: 100}
	right := geom.Box{ID: "right", X: 280, Y: 0, W: 100, H: 100}
	a := geom.Box{X: 20, Y: 40, W: 60, H: 20}
	b := geom.Box{X: 300, Y: 40, W: 60, H: 20}
	conn := func(pts ...[2]float64) geom.Connector {
		return geom.Connector{ID: "a->b", Points: pts, Ends: []geom.Box{a, b}, Own: []geom.Box{left, right}}
	}
	tests := []struct {
		name           string
		c              geom.Connector
		texts          []geom.Box
		panels, texts2 int
	}{
		{"straight across the middle panel", conn([2]float64{80, 50}, [2]float64{300, 50}), nil, 1, 0},
		{"round the middle panel", conn([2]float64{80, 50}, [2]float64{120, 50}, [2]float64{120, 120}, [2]float64{260, 120}, [2]float64{260, 50}, [2]float64{300, 50}), nil, 0, 0},
		{"across a text below", conn([2]float64{80, 50}, [2]float64{120, 50}, [2]float64{120, 120}, [2]float64{260, 120}, [2]float64{260, 50}, [2]float64{300, 50}), []geom.Box{{ID: "legend", X: 180, Y: 112, W: 40, H: 14}}, 0, 1},
		{"texts of its ends are exempt", conn([2]float64{80, 50}, [2]float64{120, 50}, [2]float64{120, 120}, [2]float64{260, 120}, [2]float64{260, 50}, [2]float64{300, 50}), []geom.Box{{ID: "a.label", X: 25, Y: 42, W: 50, H: 14}}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := geom.Geometry{Panels: []geom.Box{left, mid, right}, Connectors: []geom.Connector{tt.c}, Inks: tt.texts}
			r := Measure(g)
			if r.ConnectorsThroughPanels != tt.panels || r.ConnectorsOverText != tt.texts2 {
				t.Errorf("through panels %d, over text %d; want %d, %d (%v)", r.ConnectorsThroughPanels, r.ConnectorsOverText, tt.panels, tt.texts2, r.Problems)
			}
		})
	}
}
