package geom

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// wireGeometry is the JSON form read by Decode. Points are read as plain
// number lists so that a point without exactly two numbers is an error
// instead of being silently padded or cut.
type wireGeometry struct {
	Nodes  []Node     `json:"nodes"`
	Edges  []wireEdge `json:"edges"`
	Groups []Group    `json:"groups"`
	Labels []Box      `json:"labels"`
	Texts  []TextBox  `json:"texts"`
	Marks  []Mark     `json:"marks"`
	Badges []Badge    `json:"badges"`
	Inks   []Box      `json:"inks"`
	Zones  []Zone     `json:"zones"`
	Sheet  Box        `json:"sheet"`
	Body   Box        `json:"body"`
	Cards  []Card     `json:"cards"`
}

type wireEdge struct {
	ID     string      `json:"id"`
	From   string      `json:"from"`
	To     string      `json:"to"`
	Points [][]float64 `json:"points"`
}

// Decode reads one Geometry in the JSON schema described in the package
// documentation. It also reads the plain neutral schema other engines
// write, which has only nodes, edges and groups; unknown fields are
// ignored. A point that is not a pair of numbers, or data after the
// geometry, is an error.
func Decode(r io.Reader) (Geometry, error) {
	dec := json.NewDecoder(r)
	var w wireGeometry
	if err := dec.Decode(&w); err != nil {
		return Geometry{}, fmt.Errorf("decode geometry: %w", err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return Geometry{}, fmt.Errorf("decode geometry: unexpected data after the geometry at byte %d", dec.InputOffset())
	}
	g := Geometry{
		Nodes:  w.Nodes,
		Groups: w.Groups,
		Labels: w.Labels,
		Texts:  w.Texts,
		Marks:  w.Marks,
		Badges: w.Badges,
		Inks:   w.Inks,
		Zones:  w.Zones,
		Sheet:  w.Sheet,
		Body:   w.Body,
		Cards:  w.Cards,
	}
	if w.Edges != nil {
		g.Edges = make([]Edge, len(w.Edges))
	}
	for i, we := range w.Edges {
		e := Edge{ID: we.ID, From: we.From, To: we.To}
		if we.Points != nil {
			e.Points = make([][2]float64, len(we.Points))
		}
		for k, p := range we.Points {
			if len(p) != 2 {
				return Geometry{}, fmt.Errorf("decode geometry: edge %d (%s->%s): point %d has %d numbers, want 2 ([x, y])", i, we.From, we.To, k, len(p))
			}
			e.Points[k] = [2]float64{p[0], p[1]}
		}
		g.Edges[i] = e
	}
	return g, nil
}
