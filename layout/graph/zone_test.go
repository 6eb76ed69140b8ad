package graph

import (
	"math/rand/v2"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/quality"
	"github.com/aiprep/diag/scene"
)

// zoneGroups returns the zone groups of the placed graph, by id.
func zoneGroups(items []scene.Item) map[string]*scene.Group {
	out := map[string]*scene.Group{}
	for _, it := range items {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindZone {
			out[g.ID] = g
		}
	}
	return out
}

// TestZoneOutlines lays out zones across groups, overlapping zones and a
// zone whose bounding box would take in a node it does not hold, and
// checks with the quality checks that every member is inside its zone and
// no other node is; a zone with room for a rectangle is one.
func TestZoneOutlines(t *testing.T) {
	g := &diagram.Graph{
		PanelHead: diagram.PanelHead{ID: "g"},
		Nodes: []*diagram.Node{{ID: "user"}, {ID: "gw", Label: "API gateway"}, {ID: "web"}, {ID: "agent"},
			{ID: "tools", Label: "Tool runner"}, {ID: "db"}, {ID: "vec"}},
		Groups: []*diagram.Group{
			{ID: "app", Nodes: []string{"web", "agent", "tools"}},
			{ID: "data", Nodes: []string{"db", "vec"}},
		},
		Edges: []*diagram.Edge{
			{ID: "user->gw", From: "user", To: "gw"}, {ID: "gw->web", From: "gw", To: "web"}, {ID: "gw->agent", From: "gw", To: "agent"},
			{ID: "agent->tools", From: "agent", To: "tools"}, {ID: "web->db", From: "web", To: "db"}, {ID: "agent->vec", From: "agent", To: "vec"},
		},
		Zones: []*diagram.Zone{
			{ID: "trusted", Label: "Trusted", Tone: diagram.Good, Members: []string{"gw", "web", "agent", "data"}},
			{ID: "edge", Label: "Edge", Members: []string{"user", "gw"}},
			{ID: "tooling", Label: "Tools", Members: []string{"agent", "tools"}},
		},
	}
	env := testEnv()
	b := Layout(env, g)
	if errs := env.Errors(); len(errs) > 0 {
		t.Fatal(errs)
	}
	items := b.Place(0, 0)
	sc := &scene.Scene{Width: b.W, Height: b.H, Items: items}
	r := quality.Measure(sc.Geometry())
	if r.ZoneMembersOutside+r.ZoneIntruders+r.LabelOverlaps+r.TextOverflow > 0 {
		t.Errorf("zone members outside %d, intruders %d, label overlaps %d, text overflow %d\n%v",
			r.ZoneMembersOutside, r.ZoneIntruders, r.LabelOverlaps, r.TextOverflow, r.Problems)
	}
	zs := zoneGroups(items)
	if len(zs) != 3 {
		t.Fatalf("got %d zones, want 3", len(zs))
	}
	// The members of data come with it.
	if got := zs["trusted"].Zone.Members; !contains(got, "db") || !contains(got, "vec") || !contains(got, "data") {
		t.Errorf("trusted members = %v, want data, db and vec among them", got)
	}
	if o := zs["edge"].Zone.Outline; len(o) != 1 || len(o[0]) != 4 {
		t.Errorf("edge outline = %v, want a rectangle", o)
	}
	for id, z := range zs {
		bounds := z.Bounds()
		if bounds.X < -0.01 || bounds.Y < -0.01 || bounds.Right() > b.W+0.01 || bounds.Bottom() > b.H+0.01 {
			t.Errorf("zone %s reaches %v, outside the block %gx%g", id, bounds, b.W, b.H)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestZoneShapeRandom places random non-members among random members and
// checks that the outline holds every member and leaves every other box
// out, as the quality check counts them.
func TestZoneShapeRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 17))
	for trial := 0; trial < 300; trial++ {
		var boxes []scene.Rect
		overlaps := func(r scene.Rect) bool {
			for _, o := range boxes {
				if _, ok := intersect(r.Inset(-2*zoneGap-1), o); ok {
					return true
				}
			}
			return false
		}
		for len(boxes) < 8 {
			r := scene.Rect{X: float64(rng.IntN(400)), Y: float64(rng.IntN(300)), W: float64(30 + rng.IntN(60)), H: float64(20 + rng.IntN(30))}
			if !overlaps(r) {
				boxes = append(boxes, r)
			}
		}
		var sh zoneShape
		member := make([]bool, len(boxes))
		for i, r := range boxes {
			if i < 3 || rng.IntN(3) == 0 {
				member[i] = true
				sh.keep = append(sh.keep, r)
				sh.pads = append(sh.pads, r.Inset(-zonePad))
			} else {
				sh.blockers = append(sh.blockers, r.Inset(-zoneGap))
			}
		}
		rings := sh.outline()
		var zg = &scene.Group{ID: "z", Kind: scene.KindZone, Zone: &scene.Zone{Outline: rings}}
		sc := &scene.Scene{Items: []scene.Item{zg}}
		for i, r := range boxes {
			id := string(rune('a' + i))
			sc.Items = append(sc.Items, &scene.Group{ID: id, Kind: scene.KindNode, Items: []scene.Item{&scene.Box{Role: scene.RoleNode, R: r}}})
			if member[i] {
				zg.Zone.Members = append(zg.Zone.Members, id)
			}
		}
		if r := quality.Measure(sc.Geometry()); r.ZoneMembersOutside+r.ZoneIntruders > 0 {
			t.Fatalf("trial %d: %v\nboxes %v\nmembers %v\noutline %v", trial, r.Problems, boxes, member, rings)
		}
	}
}

// TestZoneTogether fans a node out to four in one group, declared in an
// order that puts a zone's two members apart: the layout keeps them side
// by side, so that the zone is a rectangle.
func TestZoneTogether(t *testing.T) {
	g := &diagram.Graph{
		PanelHead:   diagram.PanelHead{ID: "g"},
		SourceOrder: true,
		Nodes:       []*diagram.Node{{ID: "lb"}, {ID: "a1"}, {ID: "b1"}, {ID: "b2"}, {ID: "a2"}},
		Groups:      []*diagram.Group{{ID: "pool", Nodes: []string{"a1", "b1", "b2", "a2"}}},
		Edges: []*diagram.Edge{{ID: "lb->a1", From: "lb", To: "a1"}, {ID: "lb->b1", From: "lb", To: "b1"},
			{ID: "lb->b2", From: "lb", To: "b2"}, {ID: "lb->a2", From: "lb", To: "a2"}},
		Zones: []*diagram.Zone{{ID: "za", Label: "Zone A", Members: []string{"a1", "a2"}}},
	}
	env := testEnv()
	b := Layout(env, g)
	if errs := env.Errors(); len(errs) > 0 {
		t.Fatal(errs)
	}
	z := zoneGroups(b.Place(0, 0))["za"]
	if z == nil || len(z.Zone.Outline) != 1 || len(z.Zone.Outline[0]) != 4 {
		t.Errorf("zone A outline = %v, want one rectangle", z.Zone.Outline)
	}
}
