package quality

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/scene/geom"
)

// reference measures g by comparing everything with everything, with the
// same per-pair rules as Measure but without any prefilter.
func reference(g geom.Geometry) counts {
	s := newScene(g)
	var c counts
	for i := range s.nodes {
		for j := i + 1; j < len(s.nodes); j++ {
			if s.nodeOK[i] && s.nodeOK[j] && s.nodes[i].overlaps(s.nodes[j]) {
				c.NodeOverlaps++
			}
		}
	}
	for i := range s.labels {
		if !s.labelOK[i] {
			continue
		}
		for j := i + 1; j < len(s.labels); j++ {
			if s.labelOK[j] && s.labels[i].overlaps(s.labels[j]) {
				c.LabelOverlaps++
			}
		}
		for j := range s.nodes {
			if s.nodeOK[j] && s.labels[i].overlaps(s.nodes[j]) {
				c.LabelOverlaps++
			}
		}
	}
	for i := range s.groups {
		if !s.groupOK[i] {
			continue
		}
		for j := range s.nodes {
			if s.nodeOK[j] && s.groups[i].overlaps(s.nodes[j]) && !s.isMember(j, i) {
				c.GroupIntrusions++
			}
		}
		for j := i + 1; j < len(s.groups); j++ {
			if s.groupOK[j] && s.groups[i].overlaps(s.groups[j]) && !s.nested(i, j) {
				c.GroupIntrusions++
			}
		}
	}
	for ei, route := range s.routes {
		e := g.Edges[ei]
		for ni, n := range g.Nodes {
			inner := s.nodes[ni].grow(-nodeMargin)
			if !s.nodeOK[ni] || inner.empty() || n.ID == e.From || n.ID == e.To {
				continue
			}
			for i := range route {
				q := route[i]
				if i+1 < len(route) {
					q = route[i+1]
				} else if len(route) > 1 {
					break
				}
				if entersInside(route[i], q, inner) {
					c.EdgesThroughNodes++
					break
				}
			}
		}
		c.Bends += countBends(route)
		for eb := ei + 1; eb < len(s.routes); eb++ {
			for i := 0; i+1 < len(route); i++ {
				for j := 0; j+1 < len(s.routes[eb]); j++ {
					if s.crossAt(ei, i, eb, j) {
						c.Crossings++
					}
				}
			}
		}
	}
	c.MembersOutside = s.membersOutside()
	c.TextOverflow = s.textOverflow()
	c.MarksOutside = s.marksOutside()
	c.Invalid = s.invalid
	return c
}

// randomScene returns a scene with many near misses: integer and
// half-pixel coordinates, shared and repeated points, collinear stretches,
// flattened curves, nested groups and edges attached to groups.
func randomScene(seed uint64, size float64, nodes, edgeCount int) geom.Geometry {
	rng := rand.New(rand.NewPCG(seed, 7))
	coord := func(limit float64) float64 {
		v := float64(rng.IntN(int(limit)))
		if rng.IntN(4) == 0 {
			v += 0.5
		}
		return v
	}
	var g geom.Geometry
	explicit := rng.IntN(2) == 0
	var ids []string
	for i := 0; i < nodes; i++ {
		id := fmt.Sprint("n", i)
		ids = append(ids, id)
		g.Nodes = append(g.Nodes, node(id, coord(size), coord(size), 1+coord(size/8), 1+coord(size/8)))
	}
	for i := 0; i < nodes/5; i++ {
		gr := geom.Group{ID: fmt.Sprint("g", i), X: coord(size), Y: coord(size), W: coord(size / 2), H: coord(size / 2)}
		if explicit {
			for k := 0; k < 3; k++ {
				gr.Members = append(gr.Members, ids[rng.IntN(len(ids))])
			}
			if i > 0 && rng.IntN(2) == 0 {
				gr.Parent = fmt.Sprint("g", rng.IntN(i))
			}
		}
		g.Groups = append(g.Groups, gr)
		ids = append(ids, gr.ID)
	}
	for i := 0; i < nodes/4; i++ {
		g.Labels = append(g.Labels, geom.Box{ID: fmt.Sprint("l", i), X: coord(size), Y: coord(size), W: coord(size / 8), H: 1 + coord(size/16)})
	}
	for i := 0; i < edgeCount; i++ {
		e := geom.Edge{From: ids[rng.IntN(len(ids))], To: ids[rng.IntN(len(ids))]}
		x, y := coord(size), coord(size)
		switch rng.IntN(4) {
		case 0: // a flattened curve
			cx, cy, r := coord(size), coord(size), 1+coord(size/4)
			a0 := rng.Float64() * 2 * math.Pi
			for k := 0; k <= 12; k++ {
				a := a0 + math.Pi*float64(k)/12
				e.Points = append(e.Points, [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)})
			}
		case 1: // free polyline
			for k := 0; k < 2+rng.IntN(6); k++ {
				e.Points = append(e.Points, [2]float64{coord(size), coord(size)})
			}
		default: // orthogonal steps on a coarse lattice, often collinear
			e.Points = append(e.Points, [2]float64{x, y})
			for k := 0; k < 1+rng.IntN(6); k++ {
				step := float64(rng.IntN(5)-2) * size / 8
				if rng.IntN(2) == 0 {
					x = math.Round(x/size*8) * size / 8
					x += step
				} else {
					y = math.Round(y/size*8) * size / 8
					y += step
				}
				e.Points = append(e.Points, [2]float64{x, y})
			}
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

func TestMeasureMatchesReference(t *testing.T) {
	var total counts
	for seed := uint64(1); seed <= 300; seed++ {
		size, nodes, edgeCount := 200.0, 12, 20
		if seed%10 == 0 {
			size, nodes, edgeCount = 3000, 150, 250
		}
		g := randomScene(seed, size, nodes, edgeCount)
		want := reference(g)
		got := countsOf(Measure(g))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Measure(randomScene(%d)) mismatch with reference (-want +got):\n%s", seed, diff)
		}
		total.NodeOverlaps += got.NodeOverlaps
		total.EdgesThroughNodes += got.EdgesThroughNodes
		total.LabelOverlaps += got.LabelOverlaps
		total.GroupIntrusions += got.GroupIntrusions
		total.MembersOutside += got.MembersOutside
		total.Crossings += got.Crossings
		total.Bends += got.Bends
	}
	// The scenes must exercise every check, or the comparison proves nothing.
	for name, n := range map[string]int{
		"NodeOverlaps": total.NodeOverlaps, "EdgesThroughNodes": total.EdgesThroughNodes,
		"LabelOverlaps": total.LabelOverlaps, "GroupIntrusions": total.GroupIntrusions,
		"MembersOutside": total.MembersOutside, "Crossings": total.Crossings, "Bends": total.Bends,
	} {
		if n < 100 {
			t.Errorf("random scenes found only %d %s; they should find hundreds", n, name)
		}
	}
	t.Logf("totals over the random scenes: %+v", total)
}

// TestCrossingSymmetric checks that the per-pair crossing rule does not
// depend on which route comes first, including at shared vertices.
func TestCrossingSymmetric(t *testing.T) {
	found := 0
	for seed := uint64(1); seed <= 100; seed++ {
		s := newScene(randomScene(seed, 200, 12, 20))
		for ea, a := range s.routes {
			for eb, b := range s.routes {
				if ea == eb {
					continue
				}
				for i := 0; i+1 < len(a); i++ {
					for j := 0; j+1 < len(b); j++ {
						pa, oka := crossingPoint(a, i, b, j)
						pb, okb := crossingPoint(b, j, a, i)
						if oka != okb || oka && math.Hypot(pa.x-pb.x, pa.y-pb.y) > 1e-9 {
							t.Fatalf("seed %d: crossingPoint(edge %d seg %d, edge %d seg %d) = %v %v, swapped = %v %v",
								seed, ea, i, eb, j, pa, oka, pb, okb)
						}
						if oka {
							found++
						}
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("random scenes have no crossings")
	}
}
