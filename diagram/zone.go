package diagram

import "fmt"

// MaxZones bounds the zones of one graph.
const MaxZones = 32

// Zone is a region of a graph drawn around nodes and groups that may
// belong to other groups: a trust boundary, an availability zone. A node
// may be in a group and in any number of zones, and zones may overlap.
// It is drawn as a dashed outline with its label, as tight around its
// members as the other nodes allow.
type Zone struct {
	ID    string
	Label string
	Tone  Tone
	// Members are the ids of the nodes and groups of the graph inside the
	// zone, in the order written; a group brings all its nodes.
	Members []string
	Pos     Pos
}

// Position returns where the zone was declared.
func (z *Zone) Position() Pos { return z.Pos }

func (*Zone) walk(func(Element) bool) {}

func (z *Zone) eachString(f func(string)) {
	f(z.ID)
	f(z.Label)
	eachOf(z.Members, f)
}

// Text returns the label, or the id when the label is empty.
func (z *Zone) Text() string {
	if z.Label != "" {
		return z.Label
	}
	return z.ID
}

// check checks a zone of a graph: an id, and members that name nodes and
// groups of the graph, each once.
func (z *Zone) check(v *validator, sc *graphScope) {
	if z.ID == "" {
		v.errorf(z, "give every zone an ID: the animation names zones by id", "zone has no id")
	}
	v.declare(z.ID, "zone", z)
	v.tone(z, z.Tone)
	if len(z.Members) == 0 {
		v.errorf(z, "list the nodes and groups inside the zone: zone ID \"label\" { a b group }", "zone %q has no members", z.ID)
	}
	seen := map[string]bool{}
	nodeIDs := sc.nodeIDs
	for _, id := range z.Members {
		switch {
		case !sc.nodes[id] && !sc.groups[id]:
			v.report(z, v.path, suggestion(id, func() []string { return nodeIDs }),
				"a zone lists ids of nodes and groups of its graph", "unknown node %q in zone %q", id, z.ID)
		case seen[id]:
			v.errorf(z, "list each member once", "%q is listed twice in zone %q", id, z.ID)
		}
		seen[id] = true
	}
}

// checkZones checks the zones of g once its nodes and groups are known.
func (sc *graphScope) checkZones(v *validator, g *Graph) {
	if len(g.Zones) > MaxZones {
		v.errorf(g, fmt.Sprintf("a graph has at most %d zones", MaxZones), "graph %q has %d zones", g.ID, len(g.Zones))
		return
	}
	if len(g.Zones) > 0 && g.Layout == LayoutRing {
		v.errorf(g, "a ring has no zones: remove them, or use the layered layout", "graph %q on a ring has zones", g.ID)
	}
	for i, z := range g.Zones {
		switch {
		case z == nil:
			v.nilEntry(g, "Zones", i)
		case v.in(z, step{kind: "zone", id: z.ID, index: i + 1}, "zone "+z.ID):
			z.check(v, sc)
			v.out(z)
		}
	}
}
