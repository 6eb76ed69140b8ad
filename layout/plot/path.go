package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// pathMark is a polyline through data points, with an optional arrowhead
// at its end and a marker at its start (an element of its own,
// ID.marker).
type pathMark struct{ *diagram.PlotPath }

func (m pathMark) head() *diagram.MarkHead { return m.Mark() }

func (m pathMark) prepare(pl *plotter) (xs, ys []float64) {
	for _, q := range m.Points {
		xs, ys = append(xs, q.X), append(ys, q.Y)
	}
	return xs, ys
}

func (m pathMark) line(d *plotDraw) []scene.Point {
	out := make([]scene.Point, len(m.Points))
	for i, q := range m.Points {
		out[i] = d.screen(q)
	}
	return out
}

func (m pathMark) plot(d *plotDraw) drawn {
	var dr drawn
	pts := m.line(d)
	paths := d.strokes([][]scene.Point{pts}, lineStyle(m.Tone, curveWidth, m.Dashed))
	if n := len(paths); n > 0 && m.Arrow {
		last := paths[n-1].Poly
		if end := last[len(last)-1]; end == pts[len(pts)-1] {
			paths[n-1].Style.ArrowEnd = true
		}
	}
	if m.Marker != diagram.NoMarker && d.inside(m.Points[0]) {
		dr.after = append(dr.after, &scene.Group{ID: diagram.SubID(m.ID, diagram.PartMarker), Kind: scene.KindMarker,
			Items: []scene.Item{markerItem(m.Marker, pts[0], pathMarker, m.Tone, scene.RoleMark)}})
	}
	if p, ok := lastInside(paths); ok && m.Label != "" {
		dr.spots = append(dr.spots, labelSpot{m.Label, p, []side{sideNE, sideSE, sideNW, sideSW, sideN, sideS}, m.Tone, nil})
	}
	dr.items = pathsToItems(paths)
	return dr
}

func (m pathMark) legend(d *plotDraw) []legendEntry {
	return []legendEntry{{label: m.Label, tone: m.Tone, dashed: m.Dashed, marker: m.Marker, withLine: true}}
}
