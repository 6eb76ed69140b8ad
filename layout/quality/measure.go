package quality

import "github.com/aiprep/diag/scene/geom"

// Measure computes the metrics of a picture. It never panics and does not
// modify g. The result depends only on g: the same geometry always gives the
// same report.
func Measure(g geom.Geometry) Report {
	s := newScene(g)
	var r Report
	s.boxPairs(&r)
	r.MembersOutside = s.membersOutside()
	r.EdgesThroughNodes = s.edgesThroughNodes()
	r.Crossings = s.crossings()
	r.TextOverflow = s.textOverflow()
	r.MarksOutside = s.marksOutside()
	r.OverMarks = s.overMarks()
	r.BadgesOutside, r.BadgesOverText = s.badges()
	r.ConnectorsThroughPanels, r.ConnectorsOverText = s.connectors()
	r.ZoneMembersOutside, r.ZoneIntruders = s.zones()
	r.CrowdedEnds = s.crowdedEnds()
	r.CloseTracks = s.closeTracks()
	r.ShortLastSegments = s.shortLastSegments()
	for _, route := range s.routes {
		r.Bends += countBends(route)
		r.EdgeLength += routeLength(route)
	}
	r.Width, r.Height = s.size()
	r.HoleBox, r.Hole = hole(g)
	r.Invalid = s.invalid
	r.Problems = s.problems.list()
	return r
}

// scene is a Geometry prepared for the checks: normalised boxes, cleaned
// routes and indexes by id. Items with coordinates that are not finite
// have ok set to false and take part in no check.
type scene struct {
	g        geom.Geometry
	nodes    []rect
	nodeOK   []bool
	groups   []rect
	groupOK  []bool
	labels   []rect
	labelOK  []bool
	routes   [][]point // nil for a route with a coordinate that is not finite
	nodeByID map[string]int
	ends     [][2]int // the nodes an edge starts and ends at, or -1
	structure
	invalid  int
	problems problems
}

func newScene(g geom.Geometry) *scene {
	s := &scene{
		g:        g,
		nodes:    make([]rect, len(g.Nodes)),
		nodeOK:   make([]bool, len(g.Nodes)),
		groups:   make([]rect, len(g.Groups)),
		groupOK:  make([]bool, len(g.Groups)),
		labels:   make([]rect, len(g.Labels)),
		labelOK:  make([]bool, len(g.Labels)),
		routes:   make([][]point, len(g.Edges)),
		ends:     make([][2]int, len(g.Edges)),
		nodeByID: make(map[string]int, len(g.Nodes)),
	}
	for i, n := range g.Nodes {
		s.nodes[i] = boxRect(n.X, n.Y, n.W, n.H)
		s.nodeOK[i] = s.check(s.nodes[i].finite(), name("node", n.ID, i))
		if _, dup := s.nodeByID[n.ID]; !dup {
			s.nodeByID[n.ID] = i
		}
	}
	for i, gr := range g.Groups {
		s.groups[i] = boxRect(gr.X, gr.Y, gr.W, gr.H)
		s.groupOK[i] = s.check(s.groups[i].finite(), name("group", gr.ID, i))
	}
	for i, l := range g.Labels {
		s.labels[i] = boxRect(l.X, l.Y, l.W, l.H)
		s.labelOK[i] = s.check(s.labels[i].finite(), name("label", l.ID, i))
	}
	for i, e := range g.Edges {
		route, ok := cleanRoute(e.Points)
		if s.check(ok, edgeName(e, i)) {
			s.routes[i] = route
		}
		s.ends[i] = [2]int{s.endNode(e.From), s.endNode(e.To)}
	}
	s.structure = newStructure(g)
	return s
}

// endNode returns the index of the node with the given id, or -1 when there
// is none or its box is not finite.
func (s *scene) endNode(id string) int {
	if n, ok := s.nodeByID[id]; ok && s.nodeOK[n] {
		return n
	}
	return -1
}

// check counts and lists an item whose coordinates are not all finite; it
// returns ok.
func (s *scene) check(ok bool, item string) bool {
	if !ok {
		s.invalid++
		s.problems.add("invalid: %s has a coordinate that is not a finite number", item)
	}
	return ok
}

// textOverflow counts the texts that stick out of their container.
func (s *scene) textOverflow() int {
	n := 0
	for i, t := range s.g.Texts {
		box := boxRect(t.X, t.Y, t.W, t.H)
		c := t.Container
		container := boxRect(c.X, c.Y, c.W, c.H)
		if !s.check(box.finite() && container.finite(), name("text", t.ID, i)) {
			continue
		}
		if out := container.stickOut(box); out > tolerance {
			n++
			s.problems.add("text overflow: %s (%q) sticks out of %s by %s",
				name("text", t.ID, i), shorten(t.Text), boxName(c.ID), px(out))
		}
	}
	return n
}

// marksOutside counts the marks that stick out of their area.
func (s *scene) marksOutside() int {
	n := 0
	for i, m := range s.g.Marks {
		box := boxRect(m.X, m.Y, m.W, m.H)
		a := m.Area
		area := boxRect(a.X, a.Y, a.W, a.H)
		if !s.check(box.finite() && area.finite(), name("mark", m.ID, i)) {
			continue
		}
		if out := area.stickOut(box); out > tolerance {
			n++
			s.problems.add("mark outside: %s sticks out of %s by %s",
				name("mark", m.ID, i), boxName(a.ID), px(out))
		}
	}
	return n
}

// size returns the width and height of the bounding box of nodes, groups
// and routes.
func (s *scene) size() (w, h float64) {
	b := emptyBounds
	for i, r := range s.nodes {
		if s.nodeOK[i] {
			b = b.union(r)
		}
	}
	for i, r := range s.groups {
		if s.groupOK[i] {
			b = b.union(r)
		}
	}
	for _, route := range s.routes {
		for _, p := range route {
			b = b.union(rect{p.x, p.y, p.x, p.y})
		}
	}
	if b.x0 > b.x1 {
		return 0, 0
	}
	return b.x1 - b.x0, b.y1 - b.y0
}

// shorten cuts a text for a problem line.
func shorten(text string) string {
	const most = 30
	r := []rune(text)
	if len(r) <= most {
		return text
	}
	return string(r[:most-1]) + "…"
}

// boxName names a container or an area in a problem line.
func boxName(id string) string {
	if id == "" {
		return "its box"
	}
	return "box " + id
}
